/**
 * The reference of the benchmark: a validator for the same rules written by hand, in one pass, as a careful
 * developer would write it for this one request (no generated code, no tables). It returns the same result shape
 * and codes as parseCreateApiKeyRequest; bench/index.ts checks that they agree on the whole workload before timing.
 */
type Code = 'MissingParameter' | 'UnknownParameter' | 'InvalidParameter.FormatError' | 'InvalidParameterValue' | 'InvalidParameter' | 'UnsupportedOperation.UnpackError'
interface HandError { Code: Code; Message: string; parameter: string; rule: string }
type HandResult = { ok: true; value: Record<string, unknown> } | { ok: false; error: { Code: Code; Message: string }; errors: HandError[] }

const accessKeyCharset = /^[A-Za-z0-9_]+$/
const secretName = /^(?:[^\uD800-\uDFFF]|[\uD800-\uDBFF][\uDC00-\uDFFF]){1,50}$/
const charsetText = 'ASCII letters (A-Z, a-z), digits (0-9) and underscore (_)'

/** min–max code points, no lone surrogate: a loop, as a careful developer would write it. */
function scalarText(value: string, min: number, max: number): boolean {
  if (value.length < min || value.length > 2 * max) return false
  let count = 0
  for (let i = 0; i < value.length; i++) {
    const unit = value.charCodeAt(i)
    if (unit >= 0xd800 && unit <= 0xdfff) {
      if (unit > 0xdbff || i + 1 === value.length) return false
      const next = value.charCodeAt(i + 1)
      if (next < 0xdc00 || next > 0xdfff) return false
      i++
    }
    if (++count > max) return false
  }
  return count >= min
}
const tagBounds = { Key: [1, 127], Value: [0, 255] } as const

function push(errors: HandError[], Code: Code, parameter: string, rule: string, Message: string) {
  errors.push({ Code, Message, parameter, rule })
}

function accessKeyField(errors: HandError[], name: string, value: unknown, min: number, max: number) {
  if (typeof value !== 'string') push(errors, 'InvalidParameter.FormatError', name, 'type', `Invalid format of parameter ${name}: it must be a string.`)
  else if (value.length < min || value.length > max) push(errors, 'InvalidParameter.FormatError', name, 'length', `Invalid format of parameter ${name}: it must be ${min}–${max} characters long.`)
  else if (!accessKeyCharset.test(value)) push(errors, 'InvalidParameter.FormatError', name, 'charset', `Invalid format of parameter ${name}: it may contain only ${charsetText}.`)
}

export function handWrittenParse(input: unknown): HandResult {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    const error: HandError = { Code: 'UnsupportedOperation.UnpackError', Message: 'The request body must be a JSON object whose members are the CreateApiKey parameters.', parameter: '(body)', rule: 'object' }
    return { ok: false, error: { Code: error.Code, Message: error.Message }, errors: [error] }
  }
  const request = input as Record<string, unknown>
  const errors: HandError[] = []
  // Members as in JSON: own enumerable, undefined ones absent; each read once.
  let name: unknown, type: unknown, accessKeyId: unknown, accessKeySecret: unknown, tags: unknown
  for (const key of Object.keys(request)) {
    const member = request[key]
    if (key === 'SecretName') name = member
    else if (key === 'AccessKeyType') type = member
    else if (key === 'AccessKeyId') accessKeyId = member
    else if (key === 'AccessKeySecret') accessKeySecret = member
    else if (key === 'Tags') tags = member
    else if (member !== undefined) {
      push(errors, 'UnknownParameter', key, 'unknown', `Unknown parameter ${JSON.stringify(key.length > 64 ? `${key.slice(0, 64)}…` : key)}: CreateApiKey does not define it (names are case-sensitive).`)
    }
  }
  if (name === undefined) push(errors, 'MissingParameter', 'SecretName', 'required', 'Missing required parameter SecretName.')
  else if (typeof name !== 'string') push(errors, 'InvalidParameter.FormatError', 'SecretName', 'type', 'Invalid format of parameter SecretName: it must be a string.')
  else if (!secretName.test(name)) push(errors, 'InvalidParameter.FormatError', 'SecretName', 'length', 'Invalid format of parameter SecretName: it must be 1–50 characters (Unicode code points), with no lone surrogate.')

  let mode: 'auto' | 'manual' | undefined = 'auto'
  if (type !== undefined) {
    if (type === 'auto' || type === 'manual') mode = type
    else {
      mode = undefined
      if (typeof type !== 'string') push(errors, 'InvalidParameter.FormatError', 'AccessKeyType', 'type', 'Invalid format of parameter AccessKeyType: it must be a string.')
      else push(errors, 'InvalidParameterValue', 'AccessKeyType', 'enum', 'Invalid value of parameter AccessKeyType: it must be one of auto, manual.')
    }
  }
  for (const [field, min, value] of [['AccessKeyId', 5, accessKeyId], ['AccessKeySecret', 10, accessKeySecret]] as const) {
    if (value === undefined) {
      if (mode === 'manual') push(errors, 'MissingParameter', field, 'required', `Missing required parameter ${field}.`)
    } else if (mode === 'auto') {
      push(errors, 'InvalidParameter', field, 'manual-only', `Parameter ${field} is accepted only when AccessKeyType is manual.`)
    } else accessKeyField(errors, field, value, min, 50)
  }

  if (tags !== undefined) {
    if (!Array.isArray(tags)) push(errors, 'InvalidParameter.FormatError', 'Tags', 'type', 'Invalid format of parameter Tags: it must be an array of {Key, Value} objects.')
    else if (tags.length > 50) push(errors, 'InvalidParameter.FormatError', 'Tags', 'length', 'Invalid format of parameter Tags: it must hold at most 50 tags.')
    else {
      for (let i = 0; i < tags.length; i++) {
        const tag = tags[i]
        if (typeof tag !== 'object' || tag === null || Array.isArray(tag)) {
          push(errors, 'InvalidParameter.FormatError', `Tags.${i}`, 'type', `Invalid format of parameter Tags.${i}: it must be an object with Key and Value.`)
          continue
        }
        let key_: unknown, value_: unknown
        for (const key of Object.keys(tag)) {
          const member = (tag as Record<string, unknown>)[key]
          if (key === 'Key') key_ = member
          else if (key === 'Value') value_ = member
          else if (member !== undefined) push(errors, 'UnknownParameter', `Tags.${i}.${key}`, 'unknown', `Unknown parameter ${JSON.stringify(`Tags.${i}.${key}`)}: CreateApiKey does not define it (names are case-sensitive).`)
        }
        for (const [field, value] of [['Key', key_], ['Value', value_]] as const) {
          if (value === undefined) push(errors, 'MissingParameter', `Tags.${i}.${field}`, 'required', `Missing required parameter Tags.${i}.${field}.`)
          else if (typeof value !== 'string') push(errors, 'InvalidParameter.FormatError', `Tags.${i}.${field}`, 'type', `Invalid format of parameter Tags.${i}.${field}: it must be a string.`)
          else if (!scalarText(value, tagBounds[field][0], tagBounds[field][1])) push(errors, 'InvalidParameter.FormatError', `Tags.${i}.${field}`, 'length', `Invalid format of parameter Tags.${i}.${field}: it must be ${tagBounds[field][0]}–${tagBounds[field][1]} characters (Unicode code points), with no lone surrogate.`)
        }
      }
    }
  }
  if (errors.length > 0) return { ok: false, error: { Code: errors[0]!.Code, Message: errors[0]!.Message }, errors }
  // A new plain object of the members judged, as parseCreateApiKeyRequest returns.
  const value: Record<string, unknown> =
    mode === 'manual' ? { SecretName: name, AccessKeyType: 'manual', AccessKeyId: accessKeyId, AccessKeySecret: accessKeySecret } : { SecretName: name, AccessKeyType: 'auto' }
  if (tags !== undefined) value.Tags = (tags as { Key: string; Value: string }[]).map((tag) => ({ Key: tag.Key, Value: tag.Value }))
  return { ok: true, value }
}
