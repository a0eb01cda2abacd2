/**
 * An action's signature-v1 form, derived from its request schema rather than written again: one flat map of strings
 * (the GET query or an `application/x-www-form-urlencoded` body) holding the common v1 parameters and the action's
 * parameters, with arrays of objects flattened as `Name.N.Field` (`Tags.0.Key`). Each shape of the request (the
 * members of a union) gives one shape of the form, so a rule such as CreateApiKey's manual rule holds here too.
 */
import { Kind, OptionalKind, Type, type TObject, type TProperties, type TSchema } from '@sinclair/typebox'
import { actionLiteral, v1CommonParameters } from './commonParameters.js'
import { formIntegerMaxDigits } from './service.js'

/** The indexes 0 to `count - 1`, without leading zeros, as an alternation (exact, and short for 50). */
const indexBelow = (count: number) => Array.from({ length: count }, (_, index) => String(index)).join('|')
export const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** The pattern of the flattened names of an array of objects: `^Tags\.(?:0|1|...|49)\.Key$`. */
export const flattenedNamePattern = (name: string, maxItems: number, field: string) =>
  `^${escapeRegExp(name)}\\.(?:${indexBelow(maxItems)})\\.${escapeRegExp(field)}$`

/**
 * A canonical decimal integer within the integer's bounds (no leading zero, no `-0`), as the v1 form carries a JSON
 * integer and the emulator reads it (decision v1-form-integers). A small bounded range is listed value by value; a
 * lower bound of 0 or 1 without an upper one is up to formIntegerMaxDigits digits, without or with a zero value.
 */
export function formIntegerPattern(minimum?: number, maximum?: number): string {
  if (minimum !== undefined && maximum !== undefined && maximum - minimum <= 1000 && minimum >= 0) {
    return `^(?:${Array.from({ length: maximum - minimum + 1 }, (_, index) => String(minimum + index)).join('|')})$`
  }
  const digits = `[1-9][0-9]{0,${formIntegerMaxDigits - 1}}`
  if (minimum === 0 && maximum === undefined) return `^(?:0|${digits})$`
  if (minimum === 1 && maximum === undefined) return `^${digits}$`
  if (minimum === undefined && maximum === undefined) return `^(?:0|-?${digits})$`
  throw new Error(`v1Form: no form pattern for an integer of ${minimum ?? '-∞'}–${maximum ?? '∞'} yet`)
}

/**
 * The v1 spellings of the fields of an array of objects, N the element's index and M the index in a list of strings:
 * `Tags.N.Key`, `Filters.N.Values.M`.
 */
export const flattenedSpellings = (name: string, array: TSchema): string[] =>
  Object.entries(((array.items as TSchema).properties ?? {}) as Record<string, TSchema>).map(([field, schema]) => `${name}.N.${field}${schema[Kind] === 'Array' ? '.M' : ''}`)

interface Flattened {
  readonly records: TSchema[]
  readonly names: string[]
  /** Flattened names given one by one (an enumeration's), beside the action's own parameters. */
  readonly properties: TProperties
}

/** An array of objects as one record per field, keyed by its flattened names. */
function flattenArray(name: string, array: TSchema, flattened: Flattened): void {
  const items = array.items as TSchema
  const maxItems = array.maxItems as number | undefined
  if (items[Kind] !== 'Object' || maxItems === undefined) {
    throw new Error(`v1Form: ${name} is an array of ${String(items[Kind])}${maxItems === undefined ? ' without maxItems' : ''}; only bounded arrays of objects are flattened yet`)
  }
  for (const [field, schema] of Object.entries((items as TObject).properties)) {
    const example = `\`${name}.0.${field}\`, \`${name}.1.${field}\`, ...`
    const description = `${name}[].${field}, flattened: ${example} (at most ${maxItems}). ${schema.description ?? ''}`.trim()
    if (schema[Kind] === 'String') {
      const pattern = flattenedNamePattern(name, maxItems, field)
      flattened.names.push(pattern.slice(1, -1))
      flattened.records.push(Type.Record(Type.String({ pattern }), Type.String({ ...schema, description })))
    } else if (schema[Kind] === 'Union') {
      // An enumeration is one optional property per index (`Filters.0.Name` ... `Filters.9.Name`), not a pattern: a
      // pattern's schema becomes a TypeScript index signature, which every other member would have to match too
      // (openapi-typescript: `[key: string]: "AccessKeyId" | ...` leaves no value for Action).
      for (let index = 0; index < maxItems; index++) flattened.properties[`${name}.${index}.${field}`] = Type.Optional(Type.Union(schema.anyOf as TSchema[], { description }))
    } else if (schema[Kind] === 'Array' && (schema.items as TSchema)[Kind] === 'String' && schema.maxItems !== undefined) {
      // An array of strings in each element: `Filters.0.Values.0`, `Filters.0.Values.1`, ...
      const pattern = `^${escapeRegExp(name)}\\.(?:${indexBelow(maxItems)})\\.${escapeRegExp(field)}\\.(?:${indexBelow(schema.maxItems as number)})$`
      flattened.names.push(pattern.slice(1, -1))
      const inner = `\`${name}.0.${field}.0\`, \`${name}.0.${field}.1\`, ...`
      flattened.records.push(Type.Record(Type.String({ pattern }), Type.String({ ...(schema.items as TSchema), description: `${name}[].${field}[], flattened: ${inner} (at most ${schema.maxItems as number} per element). ${schema.description ?? ''}`.trim() })))
    } else throw new Error(`v1Form: ${name}[].${field} is a ${String(schema[Kind])}, which the v1 form does not carry yet`)
  }
}

/** One shape of the request as one closed flat map. */
function formShape(action: string, shape: TObject): TSchema {
  const properties: TProperties = { ...v1CommonParameters(actionLiteral(action)) }
  const flattened: Flattened = { records: [], names: [], properties: {} }
  for (const [name, schema] of Object.entries(shape.properties)) {
    if (schema[Kind] === 'Never') continue // present only to type the other shape out; the closed form refuses it
    if (schema[Kind] === 'Array') flattenArray(name, schema, flattened)
    else if (schema[Kind] === 'String' || schema[Kind] === 'Literal' || schema[Kind] === 'Union') properties[name] = schema
    else if (schema[Kind] === 'Integer') {
      const { default: fallback, description, minimum, maximum } = schema as { default?: number; description?: string; minimum?: number; maximum?: number }
      const integer = Type.String({ description: `${description ?? ''} In the v1 form, the same integer in decimal digits.`.trim(), pattern: formIntegerPattern(minimum, maximum), ...(fallback === undefined ? {} : { default: String(fallback) }) })
      properties[name] = schema[OptionalKind] === 'Optional' ? Type.Optional(integer) : integer
    }
    else throw new Error(`v1Form: ${action}.${name} is a ${String(schema[Kind])}, which the v1 form does not carry yet`)
  }
  Object.assign(properties, flattened.properties)
  const names = [...Object.keys(properties).map(escapeRegExp), ...flattened.names].join('|')
  // `unevaluatedProperties: false` closes the map for TypeBox; `propertyNames` says it again for JSON Schema
  // validators, because ajv 8 tracks evaluated names in a plain object and so takes `__proto__`, `constructor`,
  // `toString`... for evaluated (found by the property tests).
  const title = String(shape.title ?? action)
  const propertyNames = { pattern: `^(?:${names})$` }
  return flattened.records.length > 0
    ? Type.Intersect([Type.Object(properties), ...flattened.records], { title, unevaluatedProperties: false, propertyNames })
    : Type.Object(properties, { title, additionalProperties: false, propertyNames })
}

/** The request's shapes: the members of a union, or the one object. */
export const requestShapes = (request: TSchema): TObject[] =>
  (request[Kind] === 'Union' ? (request.anyOf as TSchema[]) : [request]).map((shape) => {
    if (shape[Kind] !== 'Object') throw new Error(`v1Form: a request shape is a ${String(shape[Kind])}, not an object`)
    return shape as TObject
  })

/** The v1 spellings of every array of objects of a request, across its shapes, each once (`Tags.N.Key`, ...). */
export const requestFlattenedSpellings = (request: TSchema): string[] => [
  ...new Set(requestShapes(request).flatMap((shape) => Object.entries(shape.properties).flatMap(([name, schema]) => (schema[Kind] === 'Array' ? flattenedSpellings(name, schema) : [])))),
]

/** A spelling with its indexes filled in: `Filters.N.Values.M` at 0 and 1 is `Filters.0.Values.1`. */
export const spelledAt = (spelling: string, index: number | string, inner: number | string = 0): string => spelling.replace('.N.', `.${index}.`).replace(/\.M$/, `.${inner}`)

/** The v1 form of `action`, as the component `<Action>Query`. */
export function v1FormSchema(action: string, request: TSchema): TSchema {
  const shapes = requestShapes(request).map((shape) => formShape(action, shape))
  const spellings = requestFlattenedSpellings(request)
  const flattened = spellings.length > 0 ? `, its arrays of objects flattened as ${spellings.map((spelling) => `\`${spelling}\``).join(', ')} (N and M counted from 0)` : ''
  const options = {
    $id: `${action}Query`,
    title: `${action}Query`,
    description: `${action} in the signature-v1 form: the common parameters and the action's parameters in one flat map of strings${flattened}.`,
  }
  return shapes.length === 1 ? { ...shapes[0]!, ...options } : Type.Union(shapes, options)
}

/** Whether a property of a request shape is optional. */
export const isOptional = (schema: TSchema) => schema[OptionalKind] === 'Optional'
