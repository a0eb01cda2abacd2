/**
 * The response parser of any action, from its response model (generated/validators/<action>Response.js): tells apart
 * what a client receives (always HTTP 200): a success with its Result, a Tencent error of the action's closed union,
 * or a body that breaks the contract, with where and how.
 */
import type { ObjectShape, ResponseModel } from '../generated/validators/model.js'
import type { ContractViolation, ParseResponseResult } from './types.js'
import { quoteName as quote } from './quoteName.js'
import { readsWithoutThrowing } from '../generated/validators/readsWithoutThrowing.js'
import { maxListedUnknownParameters } from '../generated/contractLimits.js'

/** A JSON object: not null, not an array (conform reads bodies with the same test). */
export const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)


/** Walks an object against its shape; reports paths and rules only (a Result holds a secret: never echo values). */
function walk(model: ResponseModel, shapeName: string, value: unknown, path: string, out: ContractViolation[]): void {
  const shape: ObjectShape | undefined = model.shapes[shapeName]
  if (!shape) throw new Error(`no response shape ${shapeName}`)
  const at = (name: string) => (path ? `${path}.${name}` : name)
  if (!isObject(value)) {
    out.push({ path: path || '(body)', rule: 'object', message: `${path || 'The body'} must be a JSON object.` })
    return
  }
  // As the request parsers do (decision listed-unknown-parameters): the first unknown members of an object listed,
  // the rest counted in one more violation, so a hostile answer of millions of names costs no more to report.
  let unknown = 0
  for (const name of Object.keys(value)) {
    if (value[name] !== undefined && !Object.hasOwn(shape.properties, name) && ++unknown <= maxListedUnknownParameters) {
      out.push({ path: at(name), rule: 'unknown', message: `${path || 'The body'} has a member the contract does not define: ${quote(name)}.` })
    }
  }
  if (unknown > maxListedUnknownParameters) {
    const more = unknown - maxListedUnknownParameters
    out.push({ path: path || '(body)', rule: 'unknown', message: `${path || 'The body'} has ${more} more member${more === 1 ? '' : 's'} the contract does not define, not listed (the first ${maxListedUnknownParameters} are).` })
  }
  for (const [name, property] of Object.entries(shape.properties)) {
    const member = Object.prototype.propertyIsEnumerable.call(value, name) ? value[name] : undefined
    if (member === undefined) {
      if (shape.required.includes(name)) out.push({ path: at(name), rule: 'required', message: `${at(name)} is required.` })
      continue
    }
    if (property.check(member)) continue
    if (property.nested && isObject(member)) walk(model, property.nested, member, at(name), out)
    else out.push({ path: at(name), rule: 'schema', message: `${at(name)} does not match the contract${property.description ? `: ${property.description}` : '.'}` })
  }
}

function envelopeOf<R>(model: ResponseModel, input: unknown): R | undefined {
  if (model.checkSuccess(input)) {
    const response = input as { Response: { Result: unknown } }
    return { kind: 'success', response, result: response.Response.Result } as unknown as R
  }
  if (model.checkError(input)) {
    const response = input as { Response: { Error: unknown } }
    return { kind: 'error', response, error: response.Response.Error } as unknown as R
  }
  return undefined
}

/** Deeper than any level of the envelopes: below it a value is kept as it is (and a cycle cannot recurse forever). */
const copyDepth = 8

/**
 * A copy of `value` as JSON would carry it: objects reduced to their own enumerable members (undefined ones
 * dropped), arrays element by element. Only for bodies the compiled checks refused, so valid answers are not copied.
 */
export function jsonMembers(value: unknown, depth = 0): unknown {
  if (typeof value !== 'object' || value === null || depth >= copyDepth) return value
  if (Array.isArray(value)) return Array.from({ length: value.length }, (_, i) => jsonMembers(value[i], depth + 1))
  const copy: Record<string, unknown> = {}
  for (const name of Object.keys(value)) {
    const member = (value as Record<string, unknown>)[name]
    if (member === undefined) continue
    // defineProperty for a name Object.prototype holds (`__proto__`, or a setter a polluted prototype added): it stays
    // an own member, as JSON.parse makes it. Any other name is assigned, which is faster.
    if (name in Object.prototype) Object.defineProperty(copy, name, { value: jsonMembers(member, depth + 1), enumerable: true, writable: true, configurable: true })
    else copy[name] = jsonMembers(member, depth + 1)
  }
  return copy
}

/** The violations of a body that is neither envelope, read as the envelope it was closest to (Error present or not). */
export function describeResponseViolations(model: ResponseModel, input: unknown): ContractViolation[] {
  const violations: ContractViolation[] = []
  const body = isObject(input) && isObject(input.Response) ? input.Response : undefined
  walk(model, body && Object.prototype.propertyIsEnumerable.call(body, 'Error') && body.Error !== undefined ? model.errorShape : model.successShape, input, '', violations)
  return violations
}

/** The answer to a body whose reading threw (a getter or a Proxy of the caller): what it threw is not repeated. */
const unreadable: readonly ContractViolation[] = Object.freeze([
  Object.freeze({ path: '(body)', rule: 'readable', message: 'The body could not be read: reading one of its members threw (a getter or a Proxy of the caller).' }),
])

/** The parse function of `model`'s action's responses. */
export function responseParser<R = ParseResponseResult>(model: ResponseModel): (input: unknown) => R {
  const parse = bodyParser<R>(model)
  // A getter or a Proxy trap may throw while it is read: that body is invalid, an answer rather than a crash. A body
  // that reads again without an exception cannot have thrown: that exception is the parser's own, passed on.
  return (input) => {
    try {
      return parse(input)
    } catch (error) {
      if (readsWithoutThrowing(input)) throw error
      return { kind: 'invalid', violations: unreadable } as unknown as R
    }
  }
}

function bodyParser<R>(model: ResponseModel): (input: unknown) => R {
  return (input) => {
    const kind = envelopeOf<R>(model, input)
    if (kind !== undefined) return kind
    // The compiled checks never pass a value whose inherited or non-enumerable members they read, but may fail one
    // that is valid as JSON: judge its JSON form, and hand out that plain copy (decision json-members).
    const json = jsonMembers(input)
    const copied = envelopeOf<R>(model, json)
    if (copied !== undefined) return copied
    const violations = describeResponseViolations(model, json)
    return {
      kind: 'invalid',
      violations: violations.length > 0 ? violations : [{ path: '(body)', rule: 'schema', message: `The body does not match the ${model.action} contract.` }],
    } as unknown as R
  }
}
