/**
 * Answers (CreateApiKey's; any action's with its codes): valid successes and errors generated from the documented shapes, then mutated at one
 * (or two) randomly chosen places: a field removed, set to null, given a wrong type or an edge value, renamed,
 * or an extra field added.
 */
import fc from 'fast-check'
import { ERROR_CODES } from '../oracle/facts.js'
import { editedString } from './strings.js'
import { randomJson, unknownName, withoutProperty, withProperty, wrongType } from './json.js'
import { validTags, tagsOfAnyShape } from './requests.js'
import { nameCharacter } from './characters.js'

const pad = (value: number, width: number) => String(value).padStart(width, '0')
/** `YYYY-MM-DDThh:mm:ssZ` from a Date (years 0000–9999). */
export const formatUtc = (date: Date) =>
  `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1, 2)}-${pad(date.getUTCDate(), 2)}T${pad(date.getUTCHours(), 2)}:${pad(date.getUTCMinutes(), 2)}:${pad(date.getUTCSeconds(), 2)}Z`

export const validTimestamp = fc.oneof(
  fc.date({ min: new Date('0000-01-01T00:00:00Z'), max: new Date('9999-12-31T23:59:59Z'), noInvalidDate: true }).map(formatUtc),
  fc.constantFrom('2020-02-26T06:10:01Z', '2000-02-29T23:59:59Z', '2024-02-29T00:00:00Z', '1970-01-01T00:00:00Z', '9999-12-31T23:59:59Z', '0000-01-01T00:00:00Z', '2021-12-31T00:00:00Z'),
)

/** Timestamps one step outside the documented form. */
export const invalidTimestamp = fc.oneof(
  fc.constantFrom(
    '2021-02-29T00:00:00Z', '1900-02-29T00:00:00Z', '2100-02-29T12:00:00Z', '2020-02-30T00:00:00Z', '2020-04-31T00:00:00Z',
    '2020-13-01T00:00:00Z', '2020-00-10T00:00:00Z', '2020-01-00T00:00:00Z', '2020-01-32T00:00:00Z', '2020-01-01T24:00:00Z',
    '2020-01-01T23:60:00Z', '2016-12-31T23:59:60Z', '2020-02-26T06:10:01z', '2020-02-26t06:10:01Z', '2020-02-26 06:10:01Z',
    '2020-02-26T06:10:01.000Z', '2020-02-26T06:10:01+00:00', '2020-02-26T06:10:01+08:00', '2020-02-26T06:10:01',
    '2020-02-26T06:10Z', '20-02-26T06:10:01Z', '+02020-02-26T06:10:01Z', ' 2020-02-26T06:10:01Z', '2020-02-26T06:10:01Z\n',
    '２０２０-02-26T06:10:01Z', '2020-02-26', '', '2020-2-26T06:10:01Z',
  ),
  validTimestamp.chain(editedString),
)

export const validRequestId = fc.oneof(fc.uuid(), fc.uuid().map((id) => id.toUpperCase()), fc.constant('ad5218b4-edc3-4195-ba4d-a0ef176783ba'))
export const invalidRequestId = fc.oneof(
  fc.uuid().map((id) => `{${id}}`),
  fc.uuid().map((id) => id.replaceAll('-', '')),
  fc.uuid().map((id) => `urn:uuid:${id}`),
  fc.constantFrom('', 'not-a-uuid', 'ad5218b4-edc3-4195-ba4d-a0ef176783bg', 'ad5218b4-edc3-4195-ba4d-a0ef176783b', 'ad5218b4edc3-4195-ba4d-a0ef176783baa'),
  fc.uuid().chain(editedString),
)

/** Any code of an action's closed union. */
export const errorCodeOf = (codes: readonly string[]) => fc.constantFrom(...codes)
/**
 * Codes next to an action's documented ones: other cases, padding, other actions' codes (`others`), inventions.
 */
export const errorCodeAround = (codes: readonly string[], others: readonly string[]) => {
  const valid = errorCodeOf(codes)
  return fc.oneof(
    valid.map((code) => code.toLowerCase()),
    valid.map((code) => `${code} `),
    valid.map((code) => `${code}.Extra`),
    fc.constantFrom(...others, 'InvalidParameter.', 'Invalid', 'Success', ''),
    fc.string({ maxLength: 10 }),
    valid.chain(editedString),
  )
}
export const validErrorCode = errorCodeOf(ERROR_CODES)
/** Codes next to CreateApiKey's: ... and other actions' codes (DescribeApiKey's, DeleteApiKey's). */
export const invalidErrorCode = errorCodeAround(ERROR_CODES, ['ResourceNotFound.InvalidAccessKeyId', 'UnsupportedOperation.InvalidStatus'])

const anyText = fc.oneof(fc.string({ maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 10 }), fc.array(nameCharacter, { maxLength: 6 }).map((chars) => chars.join('')))
const optional = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined, freq: 2 })
const compact = (entries: Record<string, unknown>) => Object.fromEntries(Object.entries(entries).filter(([, value]) => value !== undefined))

export const validApiKey = fc
  .record({
    AccessKeyId: anyText,
    AccessKeySecret: anyText,
    AccessKeyType: fc.constantFrom('auto', 'manual'),
    SecretName: anyText,
    Status: fc.constantFrom(0, 1),
    CreatedTime: validTimestamp,
    ModifiedTime: validTimestamp,
    Tags: optional(fc.oneof(validTags, fc.constant(null))),
  })
  .map(compact)

export const validSuccessResponse = fc.record({
  Response: fc.record({ Result: fc.oneof({ weight: 5, arbitrary: validApiKey }, { weight: 1, arbitrary: fc.constant(null) }), RequestId: validRequestId }),
})
/** A valid error envelope with a code of `codes`. */
export const validErrorResponseOf = (codes: readonly string[]) =>
  fc.record({ Response: fc.record({ Error: fc.record({ Code: errorCodeOf(codes), Message: anyText }), RequestId: validRequestId }) })
export const validErrorResponse = validErrorResponseOf(ERROR_CODES)

/** Values to put anywhere: edge values of every field of the answers, wrong types and random JSON. */
// The enumerations' near misses are weighted up: each must land on its one field (Status, AccessKeyType) often enough
// that 10,000 samples reach it whatever the seed (at weight 1, Status out of its enum was expected about once).
const edgeValue: fc.Arbitrary<unknown> = fc.oneof(
  invalidTimestamp, validTimestamp, invalidRequestId, validRequestId, invalidErrorCode, validErrorCode,
  { weight: 8, arbitrary: fc.constantFrom(0, 1, 2, -1, 0.5, 1.0, '0', '1', true, 'auto', 'manual', 'Auto', 'MANUAL', '') },
  tagsOfAnyShape, validApiKey, wrongType, randomJson,
)

type Path = (string | number)[]
/** Every place in a JSON value (the root included), as a path of keys. */
function paths(value: unknown, prefix: Path = []): Path[] {
  const out: Path[] = [prefix]
  if (Array.isArray(value)) value.forEach((item, index) => out.push(...paths(item, [...prefix, index])))
  else if (typeof value === 'object' && value !== null) for (const key of Object.keys(value)) out.push(...paths((value as Record<string, unknown>)[key], [...prefix, key]))
  return out
}

/** A copy of `value` with the node at `path` replaced by `change(node)` (undefined removes it from its object). */
function update(value: unknown, path: Path, change: (node: unknown) => unknown): unknown {
  if (path.length === 0) return change(value)
  const [head, ...rest] = path
  if (Array.isArray(value)) {
    return value.flatMap((item, index) => {
      if (index !== head) return [item]
      const next = update(item, rest, change)
      return next === undefined ? [] : [next]
    })
  }
  const object = value as Record<string, unknown>
  const next = update(object[head as string], rest, change)
  return next === undefined ? withoutProperty(object, head as string) : withProperty(object, head as string, next)
}

const REMOVE = undefined
type Mutation = (node: unknown, key: string | number | undefined) => unknown
const mutation: fc.Arbitrary<{ name: string; apply: Mutation }> = fc.oneof(
  fc.constant({ name: 'remove', apply: () => REMOVE }),
  fc.constant({ name: 'null', apply: () => null }),
  edgeValue.map((value) => ({ name: 'replace', apply: () => value })),
  fc.tuple(unknownName, fc.jsonValue()).map(([key, extra]) => ({
    name: 'extra field',
    apply: (node: unknown) => (typeof node === 'object' && node !== null && !Array.isArray(node) ? withProperty(node, key, extra) : node),
  })),
  fc.constant({
    name: 'rename',
    apply: (node: unknown) => {
      if (typeof node !== 'object' || node === null || Array.isArray(node)) return node
      const [first] = Object.keys(node)
      if (first === undefined) return node
      const { [first]: moved, ...rest } = node as Record<string, unknown>
      return withProperty(rest, first.toLowerCase() === first ? first.toUpperCase() : first.toLowerCase(), moved)
    },
  }),
  fc.constant({
    name: 'edit string',
    apply: (node: unknown) => (typeof node === 'string' ? `${node} ` : node),
  }),
)

/** A valid answer with one or two mutations at random places (the root included). */
export const mutated = (valid: fc.Arbitrary<unknown>) =>
  fc.tuple(valid, fc.array(fc.tuple(fc.nat(), mutation), { minLength: 1, maxLength: 2 })).map(([value, changes]) =>
    changes.reduce((current, [at, { apply }]) => {
      const places = paths(current)
      const path = places[at % places.length]!
      if (path.length === 0) return apply(current, undefined) ?? null
      return update(current, path, (node) => apply(node, path[path.length - 1]))
    }, value),
  )

/** Answers at the edges: valid ones, mutated ones, random JSON. */
export const answerCandidate = (valid: fc.Arbitrary<unknown>) =>
  fc.oneof({ weight: 2, arbitrary: valid }, { weight: 6, arbitrary: mutated(valid) }, { weight: 1, arbitrary: randomJson })

/** Successes and errors, valid or mutated: what the envelope properties run on (exported for the coverage test). */
export const anyAnswerForCoverage = answerCandidate(fc.oneof(validSuccessResponse, validErrorResponse))
