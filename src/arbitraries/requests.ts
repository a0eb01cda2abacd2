/**
 * Requests of any action, derived from its request model (generated/validators/<action>Request.js): its shapes, the
 * discriminator that selects one, and every parameter with its kind, bounds and charset. Valid requests are drawn
 * shape by shape; invalid ones carry exactly one problem, tagged with the code and parameter the API answers with.
 */
import fc from './fastCheck.js'
import type { ArrayParameter, IntegerParameter, ItemField, RequestModel, RequestParameter, StringsField } from '../../generated/validators/model.js'
import { bodyParameter, requestCodes } from './codes.js'
import { badIntegers, notAnInteger, validInteger } from './integers.js'
import { badTexts, notAString, validText } from './strings.js'

/** An invalid request with exactly one problem, tagged with the code and parameter the API answers with. */
export interface RequestCase<Code extends string = string> {
  readonly request: unknown
  readonly code: Code
  readonly parameter: string
}

type Request = Record<string, unknown>
const invalid = (request: unknown, code: string, parameter: string): RequestCase => ({ request, code, parameter })

/** A copy with `key` set as an own enumerable data property (so `__proto__` is a member, as JSON.parse makes it). */
export const withKey = (object: object, key: string, value: unknown): Request => {
  const copy: Request = { ...object }
  Object.defineProperty(copy, key, { value, enumerable: true, configurable: true, writable: true })
  return copy
}
export const withoutKey = (object: object, key: string): Request => {
  const copy: Request = { ...object }
  delete copy[key]
  return copy
}

/** Valid arrays of strings inside an item (`Filters[].Values`): usually a few, now and then up to the maximum. */
export function validStrings(field: StringsField, size?: fc.SizeForArbitrary): fc.Arbitrary<string[]> {
  const text = validText(field, 'small')
  return fc.oneof(
    { weight: 9, arbitrary: fc.array(text, { maxLength: Math.min(3, field.maxItems), size }) },
    { weight: 1, arbitrary: fc.array(text, { maxLength: field.maxItems, size: 'max' }) },
  )
}

/** A valid value of an item's field: text within its bounds, one of its values, or a list of strings. */
export function validField(field: ItemField, size?: fc.SizeForArbitrary): fc.Arbitrary<unknown> {
  if (field.kind === 'enum') return fc.constantFrom(...field.values)
  if (field.kind === 'strings') return validStrings(field, size)
  return validText(field, size)
}

/** An item of an array parameter: its fields, mostly short, now and then up to their bounds. */
function validItem(parameter: ArrayParameter): fc.Arbitrary<Request> {
  const value = (field: ItemField) => fc.oneof({ weight: 9, arbitrary: validField(field, 'small') }, { weight: 1, arbitrary: validField(field, 'max') })
  const fields = Object.fromEntries(parameter.item.fields.map((field) => [field.name, value(field)]))
  return fc.record(fields, { requiredKeys: parameter.item.fields.filter((field) => field.required).map((field) => field.name), noNullPrototype: true })
}

/** Valid arrays: usually a few items, now and then up to the maximum. */
export function validArray(parameter: ArrayParameter): fc.Arbitrary<Request[]> {
  const item = validItem(parameter)
  return fc.oneof(
    { weight: 19, arbitrary: fc.array(item, { maxLength: Math.min(5, parameter.maxItems) }) },
    { weight: 1, arbitrary: fc.array(item, { maxLength: parameter.maxItems, size: 'max' }) },
  )
}

/** A valid value of any parameter. */
export function validValue(parameter: RequestParameter): fc.Arbitrary<unknown> {
  if (parameter.kind === 'string') return validText(parameter)
  if (parameter.kind === 'enum') return fc.constantFrom(...parameter.values)
  if (parameter.kind === 'integer') return validInteger(parameter)
  return validArray(parameter)
}

const parameterNamed = (model: RequestModel, name: string) => {
  const found = model.parameters.find((parameter) => parameter.name === name)
  if (!found) throw new Error(`arbitraries: ${model.action} has no parameter ${name}`)
  return found
}

/** Valid requests of one shape (the discriminator's value `index`, which may be left out where it is the default). */
export function validRequestOfShape(model: RequestModel, index: number): fc.Arbitrary<Request> {
  const shape = model.shapes[index]
  if (!shape) throw new Error(`arbitraries: ${model.action} has no shape ${index}`)
  const members = Object.fromEntries(
    shape.parameters.map((name) => [name, model.discriminator?.name === name ? fc.constant(model.discriminator.values[index]!) : validValue(parameterNamed(model, name))]),
  )
  return fc.record(members, { requiredKeys: [...shape.required], noNullPrototype: true }) as fc.Arbitrary<Request>
}

/** Any valid request: every shape, optional parameters present and absent. */
export function validRequest(model: RequestModel): fc.Arbitrary<Request> {
  return fc.oneof(...model.shapes.map((_, index) => validRequestOfShape(model, index)))
}

/**
 * Names that are not parameters: the real names in another case or with a space, a plural's singular, a common
 * parameter (Region), prototype names and the empty name, then any string.
 */
export function unknownName(model: RequestModel): fc.Arbitrary<string> {
  const names = model.parameters.map((parameter) => parameter.name)
  const near = names.flatMap((name) => [`${name[0]!.toLowerCase()}${name.slice(1)}`, name.toUpperCase(), `${name} `, ...(name.endsWith('s') ? [name.slice(0, -1)] : [])])
  const candidates = [...new Set([...near, 'Region', '__proto__', 'constructor', 'toString', ''])].filter((name) => !names.includes(name))
  return fc.oneof(fc.constantFrom(...candidates), fc.string({ maxLength: 20 })).filter((name) => !names.includes(name))
}

/** The shapes that allow `name`, as indexes. */
const shapesAllowing = (model: RequestModel, name: string) => model.shapes.flatMap((shape, index) => (shape.parameters.includes(name) ? [index] : []))

/** A valid request of any of the given shapes. */
const requestOfShapes = (model: RequestModel, indexes: readonly number[]) => fc.oneof(...indexes.map((index) => validRequestOfShape(model, index)))

/** Cases for one string, enum or integer parameter set to a bad value in a request whose shape allows it. */
function badScalarCases(model: RequestModel, parameter: Exclude<RequestParameter, ArrayParameter>): fc.Arbitrary<RequestCase>[] {
  const requests = requestOfShapes(model, shapesAllowing(model, parameter.name))
  const set = (value: fc.Arbitrary<unknown>, code: string) =>
    fc.tuple(requests, value).map(([request, bad]) => invalid({ ...request, [parameter.name]: bad }, code, parameter.name))
  if (parameter.kind === 'integer') return integerCases(model, parameter).map(([value, code]) => set(value, code))
  const cases = [set(notAString(), model.formatErrorCode)]
  if (parameter.kind === 'string') cases.push(...badTexts(parameter).map((bad) => set(bad, model.formatErrorCode)))
  else cases.push(set(fc.string().filter((value) => !parameter.values.includes(value)), parameter.code))
  return cases
}

/** An integer parameter's bad values with their codes: another type or a non-integer (the format code), out of range (its own code). */
function integerCases(model: RequestModel, parameter: IntegerParameter): (readonly [fc.Arbitrary<unknown>, string])[] {
  const cases: (readonly [fc.Arbitrary<unknown>, string])[] = [[notAnInteger(), model.formatErrorCode]]
  const outside = badIntegers(parameter)
  if (outside.length > 0) cases.push([fc.oneof(...outside), parameter.code])
  return cases
}

/**
 * Bad lists of strings inside an item, each with the suffix of the parameter it breaks: not an array, one string too
 * many (refused whole, its strings unread), or one element that is not a string (`.N`).
 */
function badStringsCases(field: StringsField): fc.Arbitrary<readonly [unknown, string]>[] {
  const text = validText(field, 'small')
  const cases: fc.Arbitrary<readonly [unknown, string]>[] = [
    fc.oneof(fc.constant(null), fc.string(), fc.integer(), fc.boolean(), fc.dictionary(fc.string(), fc.string(), { maxKeys: 2, noNullPrototype: true })).map((value) => [value, ''] as const),
    fc.tuple(fc.integer({ min: field.maxItems + 1, max: field.maxItems + 3 }), text).map(([count, one]) => [Array.from({ length: count }, () => one), ''] as const),
    fc.tuple(fc.array(text, { maxLength: Math.min(3, field.maxItems - 1) }), notAString(), fc.array(text, { maxLength: 2 })).map(([before, bad, after]) => {
      const list = [...before, bad, ...after].slice(0, field.maxItems)
      return [list, `.${before.length}`] as const
    }),
  ]
  for (const bad of badTexts(field)) {
    cases.push(fc.tuple(fc.array(text, { maxLength: Math.min(3, field.maxItems - 1) }), bad).map(([before, value]) => [[...before, value], `.${before.length}`] as const))
  }
  return cases
}

/** Cases for one array parameter: not an array, too many items, one bad item (not an object, a field missing, mistyped or out of bounds). */
function badArrayCases(model: RequestModel, parameter: ArrayParameter): fc.Arbitrary<RequestCase>[] {
  const { name } = parameter
  const requests = requestOfShapes(model, shapesAllowing(model, name))
  // Valid items that leave room for one more: the item a case adds must not also break the count.
  const before = validArray(parameter).map((list) => list.slice(0, parameter.maxItems - 1))
  const item = validItem(parameter)
  const withItem = (bad: fc.Arbitrary<readonly [unknown, string, string]>) =>
    fc.tuple(requests, before, bad).map(([request, list, [value, code, suffix]]) => invalid({ ...request, [name]: [...list, value] }, code, `${name}.${list.length}${suffix}`))
  const format = model.formatErrorCode
  const cases = [
    fc.tuple(requests, fc.oneof(fc.constant(null), fc.string(), fc.integer(), item)).map(([request, value]) => invalid({ ...request, [name]: value }, format, name)),
    fc.tuple(requests, fc.integer({ min: parameter.maxItems + 1, max: parameter.maxItems + 3 }), item).map(([request, count, one]) => invalid({ ...request, [name]: Array.from({ length: count }, () => one) }, format, name)),
    withItem(fc.oneof(fc.constant(null), fc.string(), fc.integer(), fc.array(fc.string(), { maxLength: 2 })).map((value) => [value, format, ''] as const)),
  ]
  for (const field of parameter.item.fields) {
    const at = `.${field.name}`
    const setField = (value: fc.Arbitrary<unknown>, code: string, suffix = at) => withItem(fc.tuple(item, value).map(([good, bad]) => [{ ...good, [field.name]: bad }, code, suffix] as const))
    if (field.required) cases.push(withItem(item.map((good) => [withoutKey(good, field.name), requestCodes.missing, at] as const)))
    if (field.kind === 'string') {
      cases.push(setField(notAString(), format))
      for (const bad of badTexts(field)) cases.push(setField(bad, format))
    } else if (field.kind === 'enum') {
      cases.push(setField(notAString(), format))
      cases.push(setField(fc.string().filter((value) => !field.values.includes(value)), field.code))
    } else cases.push(...badStringsCases(field).map((bad) => withItem(fc.tuple(item, bad).map(([good, [value, suffix]]) => [{ ...good, [field.name]: value }, format, `${at}${suffix}`] as const))))
  }
  return cases
}

/**
 * Invalid requests of any action, each with exactly one problem, tagged with the code it must produce and the
 * parameter: a required parameter missing, an unknown one, each rule of each parameter broken, a parameter the
 * selected shape does not allow, each problem an array's item can have, and a body that is not an object.
 */
export function invalidRequest(model: RequestModel): fc.Arbitrary<RequestCase> {
  const any = validRequest(model)
  const cases: fc.Arbitrary<RequestCase>[] = []
  model.shapes.forEach((shape, index) => {
    const missing = shape.required.filter((name) => name !== model.discriminator?.name)
    if (missing.length > 0) {
      cases.push(fc.tuple(validRequestOfShape(model, index), fc.constantFrom(...missing)).map(([request, name]) => invalid(withoutKey(request, name), requestCodes.missing, name)))
    }
    const elsewhere = model.parameters.filter((parameter) => !shape.parameters.includes(parameter.name))
    for (const parameter of elsewhere) {
      cases.push(fc.tuple(validRequestOfShape(model, index), validValue(parameter)).map(([request, value]) => invalid({ ...request, [parameter.name]: value }, requestCodes.notInShape, parameter.name)))
    }
  })
  cases.push(fc.tuple(any, unknownName(model), fc.jsonValue()).map(([request, name, value]) => invalid(withKey(request, name, value), requestCodes.unknown, name)))
  for (const parameter of model.parameters) cases.push(...(parameter.kind === 'array' ? badArrayCases(model, parameter) : badScalarCases(model, parameter)))
  cases.push(fc.oneof(fc.constant(null), fc.string(), fc.integer(), fc.boolean(), fc.array(fc.jsonValue(), { maxLength: 3 })).map((body) => invalid(body, requestCodes.notAnObject, bodyParameter)))
  return fc.oneof(...cases)
}
