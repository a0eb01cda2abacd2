/**
 * Every problem of an invalid CreateApiKey request, as Tencent-shaped field errors. Runs only after the compiled
 * check has failed (so valid requests never pay for it). Bounds, charsets and shapes come from the generated
 * validators; this module only decides which code each kind of problem gets (see docs/decisions.md).
 * No message ever contains a value from the request: only parameter names and the rule.
 */
import {
  accessKeyTypes,
  requestParameterNames,
  requestShapes,
  stringParameterRules,
  tagFieldNames,
  tagFieldRules,
  tagRequired,
  type ParameterRule,
} from '../generated/validators/createApiKeyRequest.js'
import type { ErrorCode, FieldError } from './types.js'

/** The pseudo-parameter naming the request itself. */
export const bodyParameter = '(body)'

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** Long or odd unknown names are cut and quoted safely: the name is the caller's, and messages stay one line. */
function quoteName(name: string): string {
  const shown = name.length > 64 ? `${name.slice(0, 64)}…` : name
  return JSON.stringify(shown)
}

function fieldError(Code: ErrorCode, parameter: string, rule: string, Message: string): FieldError {
  return { Code, Message, parameter, rule }
}

const missing = (parameter: string) =>
  fieldError('MissingParameter', parameter, 'required', `Missing required parameter ${parameter}.`)

const unknown = (parameter: string) =>
  fieldError('UnknownParameter', parameter, 'unknown', `Unknown parameter ${quoteName(parameter)}: CreateApiKey does not define it (names are case-sensitive).`)

/** The first rule the value breaks, as a format error; undefined when it passes them all. */
function ruleError(parameter: string, value: unknown, rules: readonly ParameterRule[]): FieldError | undefined {
  for (const rule of rules) {
    if (!rule.test(value)) {
      return fieldError('InvalidParameter.FormatError', parameter, rule.rule, `Invalid format of parameter ${parameter}: it ${rule.requirement}.`)
    }
  }
  return undefined
}

function tagErrors(tags: unknown, errors: FieldError[]): void {
  if (!Array.isArray(tags)) {
    errors.push(fieldError('InvalidParameter.FormatError', 'Tags', 'type', 'Invalid format of parameter Tags: it must be an array of {Key, Value} objects.'))
    return
  }
  for (let index = 0; index < tags.length; index++) {
    const tag: unknown = tags[index]
    const prefix = `Tags.${index}`
    if (!isObject(tag)) {
      errors.push(fieldError('InvalidParameter.FormatError', prefix, 'type', `Invalid format of parameter ${prefix}: it must be an object with Key and Value.`))
      continue
    }
    for (const name of Object.getOwnPropertyNames(tag)) {
      if (!tagFieldNames.includes(name)) errors.push(unknown(`${prefix}.${name}`))
    }
    for (const name of tagFieldNames as readonly ('Key' | 'Value')[]) {
      const value = tag[name]
      if (value === undefined) {
        if (tagRequired.includes(name)) errors.push(missing(`${prefix}.${name}`))
        continue
      }
      const error = ruleError(`${prefix}.${name}`, value, tagFieldRules[name])
      if (error) errors.push(error)
    }
  }
}

/**
 * All problems of `input`, unknown parameters first, then the parameters in documentation order. Empty exactly when
 * the compiled check accepts the input (a test holds the two together).
 */
export function collectRequestErrors(input: unknown): FieldError[] {
  if (!isObject(input)) {
    return [fieldError('UnsupportedOperation.UnpackError', bodyParameter, 'object', 'The request body must be a JSON object whose members are the CreateApiKey parameters.')]
  }
  const errors: FieldError[] = []
  for (const name of Object.getOwnPropertyNames(input)) {
    if (!requestParameterNames.includes(name)) errors.push(unknown(name))
  }

  // The shape (which parameters are allowed and required) follows AccessKeyType; if that is wrong, no shape applies.
  const type = input.AccessKeyType
  let shape: (typeof requestShapes)['auto'] | undefined = requestShapes.auto
  let typeError: FieldError | undefined
  if (type !== undefined) {
    if (typeof type !== 'string') {
      typeError = fieldError('InvalidParameter.FormatError', 'AccessKeyType', 'type', 'Invalid format of parameter AccessKeyType: it must be a string.')
    } else if (!(accessKeyTypes as readonly string[]).includes(type)) {
      typeError = fieldError('InvalidParameterValue', 'AccessKeyType', 'enum', `Invalid value of parameter AccessKeyType: it must be one of ${accessKeyTypes.join(', ')}.`)
    }
    shape = typeError ? undefined : requestShapes[type as 'auto' | 'manual']
  }

  for (const name of requestParameterNames) {
    const value = input[name]
    if (name === 'AccessKeyType') {
      if (typeError) errors.push(typeError)
      continue
    }
    if (value === undefined) {
      if (shape?.required.includes(name)) errors.push(missing(name))
      continue
    }
    if (shape && !shape.parameters.includes(name)) {
      errors.push(fieldError('InvalidParameter', name, 'manual-only', `Parameter ${name} is accepted only when AccessKeyType is manual.`))
      continue
    }
    if (name === 'Tags') {
      tagErrors(value, errors)
      continue
    }
    const error = ruleError(name, value, stringParameterRules[name as keyof typeof stringParameterRules])
    if (error) errors.push(error)
  }
  return errors
}
