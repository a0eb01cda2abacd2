/**
 * The reference of the generated parsers (scripts/emitRequestParser.ts): an interpreter of the request model that the
 * runtime once used, kept so a property test can hold every generated parse<Action>Request to it, error for error.
 * Every problem of an invalid request of any action, as Tencent-shaped field errors, judged by the action's request
 * model (generated/validators/<action>Request.js): its parameters in documentation order with the rules and wording
 * the schemas state, and the shapes its discriminator selects. This module decides which code each kind of problem
 * gets (docs/decisions.md, request-error-codes) and knows no parameter, bound or action by name.
 * No message ever contains a value from the request: only parameter names and the rule.
 */
import type { ArrayParameter, ItemField, ParameterRule, RequestModel, RequestParameter, StringsField } from '../../generated/validators/model.js'
import type { FieldError } from '../../src/types.js'
import { bodyParameter } from '../../generated/actions.js'
import { maxListedUnknownParameters } from '../../generated/contractLimits.js'


const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)

/** Unknown names are the caller's: cut long ones and quote them, so a message stays one safe line. */
function quoteName(name: string): string {
  return JSON.stringify(name.length > 64 ? `${name.slice(0, 64)}…` : name)
}

const fieldError = (Code: string, parameter: string, rule: string, Message: string): FieldError => ({ Code, Message, parameter, rule }) as FieldError

const missing = (parameter: string) => fieldError('MissingParameter', parameter, 'required', `Missing required parameter ${parameter}.`)

/** A broken rule of type, length, characters or count: the action's format code, the rule's own wording. */
const formatError = (code: string, parameter: string, rule: ParameterRule) =>
  fieldError(code, parameter, rule.rule, `Invalid format of parameter ${parameter}: it ${rule.requirement}.`)

/** A value outside its enumeration or range, with the code of the parameter. */
const valueError = (code: string, parameter: string, rule: ParameterRule) => fieldError(code, parameter, rule.rule, `Invalid value of parameter ${parameter}: it ${rule.requirement}.`)
const enumRule = (values: readonly string[]): ParameterRule => ({ rule: 'enum', requirement: `must be one of ${values.join(', ')}` })
const stringTypeRule: ParameterRule = { rule: 'type', requirement: 'must be a string' }

/**
 * Which shape applies, as a number: the index in the model's shapes selected by the discriminator (the default's when
 * absent), or `undecided` (= the number of shapes) when the discriminator itself is wrong and no shape applies.
 */
type Mode = number

/** The errors one parameter can get, built once per model and shared (FieldError is read-only). */
interface ParameterJudge {
  readonly parameter: RequestParameter
  /** Indexed by Mode: whether the shape requires / allows the parameter. */
  readonly required: readonly boolean[]
  readonly allowed: readonly boolean[]
  readonly missing: FieldError
  /** Sent where the selected shape does not allow it. */
  readonly notInShape: FieldError
  /** string: one per rule; enum: [type, value]; array: [type, count]. */
  readonly broken: readonly FieldError[]
}

/** A model prepared for judging: frozen errors, the discriminator's position, the message of an unknown name. */
export interface Judge {
  readonly model: RequestModel
  readonly unpack: FieldError
  readonly unknown: (parameter: string) => FieldError
  /** The index in parameters of each parameter name. */
  readonly index: ReadonlyMap<string, number>
  readonly parameters: readonly ParameterJudge[]
  readonly discriminator: number
  readonly defaultMode: Mode
}

function parameterJudge(model: RequestModel, parameter: RequestParameter): ParameterJudge {
  const { name } = parameter
  const format = (rule: ParameterRule) => Object.freeze(formatError(model.formatErrorCode, name, rule))
  const shapes = model.shapes
  const allowing = model.discriminator ? model.discriminator.values.filter((_, index) => shapes[index]!.parameters.includes(name)) : []
  let broken: FieldError[]
  if (parameter.kind === 'string') broken = parameter.rules.rules.map(format)
  else if (parameter.kind === 'enum') broken = [format(stringTypeRule), Object.freeze(valueError(parameter.code, name, enumRule(parameter.values)))]
  else if (parameter.kind === 'integer') broken = [format(parameter.typeRule), Object.freeze(valueError(parameter.code, name, parameter.rangeRule))]
  else broken = [format(parameter.typeRule), format(parameter.countRule)]
  return Object.freeze({
    parameter,
    // Undecided (the discriminator wrong): required only if every shape requires it, allowed if any shape allows it.
    required: Object.freeze([...shapes.map((shape) => shape.required.includes(name)), shapes.every((shape) => shape.required.includes(name))]),
    allowed: Object.freeze([...shapes.map((shape) => shape.parameters.includes(name)), shapes.some((shape) => shape.parameters.includes(name))]),
    missing: Object.freeze(missing(name)),
    notInShape: Object.freeze(
      fieldError('InvalidParameter', name, `${allowing.join('-or-')}-only`, `Parameter ${name} is accepted only when ${model.discriminator?.name} is ${allowing.join(' or ')}.`),
    ),
    broken: Object.freeze(broken),
  })
}

const judges = new WeakMap<RequestModel, Judge>()

function judgeOf(model: RequestModel): Judge {
  let judge = judges.get(model)
  if (judge === undefined) {
    const { action } = model
    judge = Object.freeze({
      model,
      unpack: Object.freeze(fieldError('UnsupportedOperation.UnpackError', bodyParameter, 'object', `The request body must be a JSON object whose members are the ${action} parameters.`)),
      unknown: (parameter: string) => fieldError('UnknownParameter', parameter, 'unknown', `Unknown parameter ${quoteName(parameter)}: ${action} does not define it (names are case-sensitive).`),
      index: new Map(model.parameters.map((parameter, index) => [parameter.name, index])),
      parameters: Object.freeze(model.parameters.map((parameter) => parameterJudge(model, parameter))),
      discriminator: model.discriminator ? model.parameters.findIndex((parameter) => parameter.name === model.discriminator!.name) : -1,
      defaultMode: model.discriminator ? model.discriminator.values.indexOf(model.discriminator.default) : 0,
    })
    judges.set(model, judge)
  }
  return judge
}

/**
 * The unknown names of one object, in the order met: the first maxListedUnknownParameters listed, the rest counted in
 * one more error that names the object (decision listed-unknown-parameters).
 */
function reportUnknown(judge: Judge, errors: FieldError[], unknown: readonly string[], where: string): void {
  for (const name of unknown.slice(0, maxListedUnknownParameters)) errors.push(judge.unknown(name))
  const more = unknown.length - maxListedUnknownParameters
  if (more <= 0) return
  const counted = more === 1 ? '1 more unknown parameter' : `${more} more unknown parameters`
  const verb = more === 1 ? 'is' : 'are'
  const message = where === bodyParameter ? `${counted} ${verb} not listed (the first ${maxListedUnknownParameters} are).` : `${counted} of ${where} ${verb} not listed (the first ${maxListedUnknownParameters} are).`
  errors.push(fieldError('UnknownParameter', where, 'unknown', message))
}

/** One element of an array of objects. Parameter names (`Tags.N.Key`) are built only for the errors reported. */
function checkItem(judge: Judge, errors: FieldError[], parameter: ArrayParameter, item: unknown, index: number): void {
  const at = `${parameter.name}.${index}`
  if (!isObject(item)) {
    errors.push(formatError(judge.model.formatErrorCode, at, parameter.item.typeRule))
    return
  }
  // Members as JSON has them (decision json-members): own enumerable, an undefined one absent.
  const fields = parameter.item.fields
  const values: unknown[] = new Array(fields.length)
  const names = Object.keys(item)
  const unknown: string[] = []
  for (let i = 0; i < names.length; i++) {
    const name = names[i]!
    const member = item[name]
    const field = fields.findIndex((entry) => entry.name === name)
    if (field >= 0) values[field] = member
    else if (member !== undefined) unknown.push(`${at}.${name}`)
  }
  reportUnknown(judge, errors, unknown, at)
  for (let i = 0; i < fields.length; i++) checkField(judge, errors, values[i], `${at}.${fields[i]!.name}`, fields[i]!)
}

const formatErrorAt = (judge: Judge, at: string, rule: ParameterRule) => formatError(judge.model.formatErrorCode, at, rule)

function checkField(judge: Judge, errors: FieldError[], value: unknown, at: string, field: ItemField): void {
  if (value === undefined) {
    if (field.required) errors.push(missing(at))
    return
  }
  if (field.kind === 'string') {
    const broken = field.rules.firstBroken(value)
    if (broken >= 0) errors.push(formatErrorAt(judge, at, field.rules.rules[broken]!))
  } else if (field.kind === 'enum') {
    if (typeof value !== 'string') errors.push(formatErrorAt(judge, at, stringTypeRule))
    else if (!field.values.includes(value)) errors.push(valueError(field.code, at, enumRule(field.values)))
  } else checkStrings(judge, errors, value, at, field)
}

/** An array of strings inside an array's object (`Filters.0.Values`): its type, its count, then each string. */
function checkStrings(judge: Judge, errors: FieldError[], value: unknown, at: string, field: StringsField): void {
  if (!Array.isArray(value)) {
    errors.push(formatErrorAt(judge, at, field.typeRule))
    return
  }
  if (value.length > field.maxItems) {
    errors.push(formatErrorAt(judge, at, field.countRule))
    return
  }
  for (let index = 0; index < value.length; index++) {
    const broken = field.rules.firstBroken(value[index])
    if (broken >= 0) errors.push(formatErrorAt(judge, `${at}.${index}`, field.rules.rules[broken]!))
  }
}

/** One parameter, present or not, under the selected shape. */
function checkParameter(judge: Judge, errors: FieldError[], value: unknown, mode: Mode, parameter: ParameterJudge): void {
  if (value === undefined) {
    if (parameter.required[mode]) errors.push(parameter.missing)
    return
  }
  if (!parameter.allowed[mode]) {
    errors.push(parameter.notInShape)
    return
  }
  const definition = parameter.parameter
  if (definition.kind === 'string') {
    const broken = definition.rules.firstBroken(value)
    if (broken >= 0) errors.push(parameter.broken[broken]!)
  } else if (definition.kind === 'enum') {
    if (typeof value !== 'string') errors.push(parameter.broken[0]!)
    else if (!definition.values.includes(value)) errors.push(parameter.broken[1]!)
  } else if (definition.kind === 'integer') {
    if (typeof value !== 'number' || !Number.isInteger(value)) errors.push(parameter.broken[0]!)
    else if ((definition.minimum !== null && value < definition.minimum) || (definition.maximum !== null && value > definition.maximum)) errors.push(parameter.broken[1]!)
  } else if (!Array.isArray(value)) {
    errors.push(parameter.broken[0]!)
  } else if (value.length > definition.maxItems) {
    // Too many items: refused without reading any of them, so a huge list costs no more than a short one.
    errors.push(parameter.broken[1]!)
  } else {
    for (let index = 0; index < value.length; index++) {
      const item: unknown = value[index]
      // The compiled check passes valid items without the detail; it fails (never passes) an item with inherited or
      // non-enumerable members, which the detail then judges as JSON would.
      if (!definition.item.check(item)) checkItem(judge, errors, definition, item, index)
    }
  }
}

/** A request's problems and the members they were judged on, by parameter index (the parse result is built from these). */
export interface RequestInspection {
  readonly errors: FieldError[]
  /** The value of each parameter of the model, in its order; undefined when absent. Undefined for a non-object body. */
  readonly members: unknown[] | undefined
  /** The index of the shape that applied (the model's shapes), when one did. */
  readonly mode: number
}

/**
 * All problems of `input` as a request of `model`'s action: unknown parameters first, then the parameters in
 * documentation order. Only own enumerable members count, as in JSON: inherited, non-enumerable and symbol-keyed
 * properties are not parameters, and an undefined member is absent (decision json-members). Empty exactly when the
 * compiled check accepts the JSON form of the input (a property test holds the two together for every action).
 */
export const inspectRequest = (model: RequestModel, input: unknown): RequestInspection => inspectWith(judgeOf(model), input)

/** A prepared model, for callers that inspect many requests of one action (no lookup per request). */
export const requestJudge = (model: RequestModel): Judge => judgeOf(model)

export function inspectWith(judge: Judge, input: unknown): RequestInspection {
  const { model } = judge
  if (!isObject(input)) return { errors: [judge.unpack], members: undefined, mode: -1 }
  const errors: FieldError[] = []
  const parameters = judge.parameters
  const members: unknown[] = new Array(parameters.length)
  const names = Object.keys(input)
  const unknown: string[] = []
  for (let i = 0; i < names.length; i++) {
    const name = names[i]!
    const member = input[name]
    const index = judge.index.get(name)
    if (index !== undefined) members[index] = member
    else if (member !== undefined) unknown.push(name)
  }
  reportUnknown(judge, errors, unknown, bodyParameter)

  // The shape (which parameters are allowed and required) follows the discriminator; if that is wrong, none applies.
  let mode = judge.defaultMode
  let selectorError: FieldError | undefined
  if (judge.discriminator >= 0) {
    const selector = members[judge.discriminator]
    if (selector !== undefined) {
      mode = model.discriminator!.values.indexOf(selector as string)
      if (mode < 0) {
        const { broken } = parameters[judge.discriminator]!
        selectorError = typeof selector === 'string' ? broken[1] : broken[0]
        mode = model.shapes.length
      }
    }
  }
  for (let index = 0; index < parameters.length; index++) {
    if (index === judge.discriminator) {
      if (selectorError !== undefined) errors.push(selectorError)
      continue
    }
    checkParameter(judge, errors, members[index], mode, parameters[index]!)
  }
  return { errors, members, mode }
}

/** The problems of `input` as a request of `model`'s action (see inspectRequest). */
export const collectRequestErrors = (model: RequestModel, input: unknown): FieldError[] => inspectRequest(model, input).errors
