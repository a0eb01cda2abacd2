/**
 * Every problem of an invalid CreateApiKey request, as Tencent-shaped field errors. Runs only after the compiled
 * check has failed, so valid requests never pay for it. Bounds, charsets, names and shapes come from the generated
 * validators; this module decides which code each kind of problem gets (docs/decisions.md, request-error-codes).
 * It reads each parameter by its fixed name (monomorphic property loads), which keeps error building cheap.
 * No message ever contains a value from the request: only parameter names and the rule.
 */
import {
  checkTag as isTag,
  accessKeyTypes,
  defaultAccessKeyType,
  isRequestParameterName,
  isTagFieldName,
  maxTags,
  requestShapes,
  stringParameterRules,
  tagFieldRules,
  tagRequired,
  tagsCountRule,
  type ParameterRules,
} from '../generated/validators/createApiKeyRequest.js'
import type { ErrorCode, FieldError } from './types.js'

/** The pseudo-parameter naming the request itself. */
export const bodyParameter = '(body)'

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** Unknown names are the caller's: cut long ones and quote them, so a message stays one safe line. */
function quoteName(name: string): string {
  return JSON.stringify(name.length > 64 ? `${name.slice(0, 64)}…` : name)
}

function fieldError(Code: ErrorCode, parameter: string, rule: string, Message: string): FieldError {
  return { Code, Message, parameter, rule }
}

const missing = (parameter: string) =>
  fieldError('MissingParameter', parameter, 'required', `Missing required parameter ${parameter}.`)

const unknown = (parameter: string) =>
  fieldError('UnknownParameter', parameter, 'unknown', `Unknown parameter ${quoteName(parameter)}: CreateApiKey does not define it (names are case-sensitive).`)

const formatError = (parameter: string, rule: string, requirement: string) =>
  fieldError('InvalidParameter.FormatError', parameter, rule, `Invalid format of parameter ${parameter}: it ${requirement}.`)

/**
 * The errors a top-level parameter can get never vary, so each is built once, frozen and shared: the error path
 * then allocates little more than its array (FieldError is read-only).
 */
/**
 * Which shape applies, as a number: the index of the request's AccessKeyType in accessKeyTypes (the default when
 * absent), or `undecided` when AccessKeyType itself is wrong and no shape applies.
 */
type Mode = number
const modeShapes = accessKeyTypes.map((type) => requestShapes[type])
const defaultMode: Mode = accessKeyTypes.indexOf(defaultAccessKeyType)
const undecided: Mode = accessKeyTypes.length

interface ParameterErrors {
  readonly name: string
  readonly rules: ParameterRules
  /** Indexed by Mode: whether the shape requires / allows the parameter (flags, not array scans, per request). */
  readonly required: readonly boolean[]
  readonly allowed: readonly boolean[]
  readonly missing: FieldError
  readonly manualOnly: FieldError
  readonly format: readonly FieldError[]
}

function parameterErrors(name: string, rules: ParameterRules): ParameterErrors {
  return Object.freeze({
    name,
    rules,
    // Undecided (AccessKeyType wrong): required only if every shape requires it, allowed if any shape allows it.
    required: Object.freeze([...modeShapes.map((shape) => shape.required.includes(name)), modeShapes.every((shape) => shape.required.includes(name))]),
    allowed: Object.freeze([...modeShapes.map((shape) => shape.parameters.includes(name)), modeShapes.some((shape) => shape.parameters.includes(name))]),
    missing: Object.freeze(missing(name)),
    manualOnly: Object.freeze(fieldError('InvalidParameter', name, 'manual-only', `Parameter ${name} is accepted only when AccessKeyType is manual.`)),
    format: Object.freeze(rules.rules.map((rule) => Object.freeze(formatError(name, rule.rule, rule.requirement)))),
  })
}

const secretNameErrors = parameterErrors('SecretName', stringParameterRules.SecretName)
const accessKeyIdErrors = parameterErrors('AccessKeyId', stringParameterRules.AccessKeyId)
const accessKeySecretErrors = parameterErrors('AccessKeySecret', stringParameterRules.AccessKeySecret)
const unpackError: FieldError = Object.freeze(
  fieldError('UnsupportedOperation.UnpackError', bodyParameter, 'object', 'The request body must be a JSON object whose members are the CreateApiKey parameters.'),
)
const accessKeyTypeTypeError: FieldError = Object.freeze(formatError('AccessKeyType', 'type', 'must be a string'))
const accessKeyTypeValueError: FieldError = Object.freeze(
  fieldError('InvalidParameterValue', 'AccessKeyType', 'enum', `Invalid value of parameter AccessKeyType: it must be one of ${accessKeyTypes.join(', ')}.`),
)
const tagsErrors = parameterErrors('Tags', { rules: [], firstBroken: () => -1 })
const tagsTypeError: FieldError = Object.freeze(formatError('Tags', 'type', 'must be an array of {Key, Value} objects'))
const tagsCountError: FieldError = Object.freeze(formatError('Tags', tagsCountRule.rule, tagsCountRule.requirement))

/** A string parameter: missing, not allowed with this AccessKeyType, or breaking one of its rules. */
function checkParameter(errors: FieldError[], value: unknown, mode: Mode, parameter: ParameterErrors): void {
  if (value === undefined) {
    if (parameter.required[mode]) errors.push(parameter.missing)
    return
  }
  if (!parameter.allowed[mode]) {
    errors.push(parameter.manualOnly)
    return
  }
  const broken = parameter.rules.firstBroken(value)
  if (broken >= 0) errors.push(parameter.format[broken]!)
}

/** One element of Tags. Parameter names (`Tags.N.Key`) are built only for the errors actually reported. */
function checkTag(errors: FieldError[], tag: unknown, index: number): void {
  if (!isObject(tag)) {
    errors.push(formatError(`Tags.${index}`, 'type', 'must be an object with Key and Value'))
    return
  }
  // Members as JSON has them (decision json-members): own enumerable, an undefined one absent.
  let key: unknown
  let value: unknown
  const names = Object.keys(tag)
  for (let i = 0; i < names.length; i++) {
    const name = names[i]!
    const member = tag[name]
    if (name === 'Key') key = member
    else if (name === 'Value') value = member
    else if (member !== undefined && !isTagFieldName(name)) errors.push(unknown(`Tags.${index}.${name}`))
  }
  checkTagField(errors, key, index, 'Key', tagFieldRules.Key)
  checkTagField(errors, value, index, 'Value', tagFieldRules.Value)
}

function checkTagField(errors: FieldError[], value: unknown, index: number, field: 'Key' | 'Value', rules: ParameterRules): void {
  if (value === undefined) {
    if (tagRequired.includes(field)) errors.push(missing(`Tags.${index}.${field}`))
    return
  }
  const broken = rules.firstBroken(value)
  if (broken >= 0) errors.push(formatError(`Tags.${index}.${field}`, rules.rules[broken]!.rule, rules.rules[broken]!.requirement))
}

/** The action's parameters as JSON has them: each own enumerable member read once; undefined means absent. */
export interface RequestMembers {
  SecretName: unknown
  AccessKeyType: unknown
  AccessKeyId: unknown
  AccessKeySecret: unknown
  Tags: unknown
}

/** A request's problems and the members they were judged on (the parse result is built from these, not the input). */
export interface RequestInspection {
  readonly errors: FieldError[]
  readonly members: RequestMembers | undefined
}

/**
 * All problems of `input`: unknown parameters first, then the parameters in documentation order (SecretName,
 * AccessKeyType, AccessKeyId, AccessKeySecret, Tags). Only own enumerable members count, as in JSON: inherited,
 * non-enumerable and symbol-keyed properties are not parameters, and an undefined member is absent (decision
 * json-members). Empty exactly when the compiled check accepts the JSON form of the input (a test holds the two
 * together).
 */
export function inspectRequest(input: unknown): RequestInspection {
  if (!isObject(input)) {
    return { errors: [unpackError], members: undefined }
  }
  const errors: FieldError[] = []
  const members: RequestMembers = { SecretName: undefined, AccessKeyType: undefined, AccessKeyId: undefined, AccessKeySecret: undefined, Tags: undefined }
  const names = Object.keys(input)
  for (let i = 0; i < names.length; i++) {
    const name = names[i]!
    const member = input[name]
    // A switch on the fixed names keeps the member object monomorphic (no dynamic stores).
    switch (name) {
      case 'SecretName': members.SecretName = member; break
      case 'AccessKeyType': members.AccessKeyType = member; break
      case 'AccessKeyId': members.AccessKeyId = member; break
      case 'AccessKeySecret': members.AccessKeySecret = member; break
      case 'Tags': members.Tags = member; break
      default: if (member !== undefined && !isRequestParameterName(name)) errors.push(unknown(name))
    }
  }

  // The shape (which parameters are allowed and required) follows AccessKeyType; if that is wrong, none applies.
  const type = members.AccessKeyType
  let mode = defaultMode
  let typeError: FieldError | undefined
  if (type !== undefined) {
    mode = (accessKeyTypes as readonly unknown[]).indexOf(type)
    if (mode < 0) {
      typeError = typeof type === 'string' ? accessKeyTypeValueError : accessKeyTypeTypeError
      mode = undecided
    }
  }

  checkParameter(errors, members.SecretName, mode, secretNameErrors)
  if (typeError !== undefined) errors.push(typeError)
  checkParameter(errors, members.AccessKeyId, mode, accessKeyIdErrors)
  checkParameter(errors, members.AccessKeySecret, mode, accessKeySecretErrors)

  const tags = members.Tags
  if (tags !== undefined) {
    if (!tagsErrors.allowed[mode]) {
      errors.push(tagsErrors.manualOnly)
    } else if (!Array.isArray(tags)) {
      errors.push(tagsTypeError)
    } else if (tags.length > maxTags) {
      // Too many tags: refused without reading any of them, so a huge list costs no more than a short one.
      errors.push(tagsCountError)
    } else {
      for (let index = 0; index < tags.length; index++) {
        const tag: unknown = tags[index]
        // The compiled check passes valid tags without the detail; it fails (never passes) a tag with inherited or
        // non-enumerable members, which the detail then judges as JSON would.
        if (!isTag(tag)) checkTag(errors, tag, index)
      }
    }
  }
  return { errors, members }
}

/** The problems of `input` (see inspectRequest). */
export const collectRequestErrors = (input: unknown): FieldError[] => inspectRequest(input).errors
