/**
 * CreateApiKey requests aimed at the edges: valid auto and manual requests built from strings at the bounds,
 * then 0–3 edits (a parameter removed, given a wrong type, an unknown parameter added, the type switched), plus
 * fully random JSON.
 */
import fc from 'fast-check'
import {
  ACCESS_KEY_ID_MAX,
  ACCESS_KEY_ID_MIN,
  ACCESS_KEY_SECRET_MAX,
  ACCESS_KEY_SECRET_MIN,
  MAX_TAGS,
  SECRET_NAME_MAX,
  SECRET_NAME_MIN,
  TAG_KEY_MAX,
  TAG_KEY_MIN,
  TAG_VALUE_MAX,
  TAG_VALUE_MIN,
} from '../oracle/facts.js'
import { keyStringAround, nameAround, stringAround, type Bound } from './strings.js'
import { randomJson, unknownName, withoutProperty, withProperty, wrongType } from './json.js'
import { nameCharacter } from './characters.js'

export const secretName = nameAround({ min: SECRET_NAME_MIN, max: SECRET_NAME_MAX })
export const accessKeyId = keyStringAround({ min: ACCESS_KEY_ID_MIN, max: ACCESS_KEY_ID_MAX })
export const accessKeySecret = keyStringAround({ min: ACCESS_KEY_SECRET_MIN, max: ACCESS_KEY_SECRET_MAX })

/** AccessKeyType values that are not `auto` or `manual`. */
export const invalidAccessKeyType = fc.oneof(
  fc.constantFrom('Auto', 'AUTO', 'Manual', 'MANUAL', ' auto', 'manual ', 'auto\u0000', '', 'custom', 'аuto', 'manuaI'),
  fc.string({ maxLength: 8 }),
)

const tagText = fc.oneof(fc.string({ maxLength: 6 }), fc.string({ unit: 'binary', maxLength: 4 }), fc.constantFrom('', ' ', '😀', '\ud800'))
/**
 * Text at and around a bound of code points. Characters of one code point each (no flag emoji of several), so that
 * long strings land exactly on the bound as often as short ones.
 */
const codePointCharacter = nameCharacter.filter((char) => [...char].length === 1)
const textAround = (bound: Bound) =>
  fc.oneof({ weight: 4, arbitrary: stringAround(bound, codePointCharacter) }, { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: bound.max + 2 }) })

/** Tag keys and values: mostly short, sometimes at and around their bounds (1–127 and 0–255 code points). */
export const tagKey = fc.oneof(
  { weight: 12, arbitrary: fc.string({ minLength: 1, maxLength: 6 }) },
  { weight: 2, arbitrary: tagText },
  { weight: 2, arbitrary: textAround({ min: TAG_KEY_MIN, max: TAG_KEY_MAX }) },
)
export const tagValue = fc.oneof(
  { weight: 12, arbitrary: fc.string({ maxLength: 6 }) },
  { weight: 2, arbitrary: tagText },
  { weight: 2, arbitrary: textAround({ min: TAG_VALUE_MIN, max: TAG_VALUE_MAX }) },
)

/** A Tag of any shape: valid, a half missing, a half of the wrong type, an extra field, not an object. */
export const tagOfAnyShape = fc.oneof(
  { weight: 6, arbitrary: fc.record({ Key: tagKey, Value: tagValue }) },
  { weight: 1, arbitrary: fc.record({ Key: tagText }) },
  { weight: 1, arbitrary: fc.record({ Value: tagText }) },
  { weight: 1, arbitrary: fc.record({ Key: wrongType, Value: tagText }) },
  { weight: 1, arbitrary: fc.record({ Key: tagText, Value: wrongType }) },
  { weight: 1, arbitrary: fc.tuple(fc.record({ Key: tagText, Value: tagText }), fc.oneof(fc.constantFrom('__proto__', 'constructor'), unknownName), fc.jsonValue()).map(([tag, key, value]) => withProperty(tag, key, value)) },
  { weight: 1, arbitrary: wrongType },
)
/** Short tag lists (each tag maybe at a bound), or lists of short tags at and around the maximum count. */
export const validTags = fc.oneof(
  { weight: 6, arbitrary: fc.array(fc.record({ Key: tagKey, Value: tagValue }), { maxLength: 3 }) },
  {
    weight: 1,
    arbitrary: fc
      .constantFrom(MAX_TAGS - 1, MAX_TAGS, MAX_TAGS + 1, MAX_TAGS + 2)
      .chain((count) => fc.array(fc.record({ Key: fc.string({ minLength: 1, maxLength: 3 }), Value: fc.string({ maxLength: 3 }) }), { minLength: count, maxLength: count })),
  },
)
/** Tags of every shape: a valid array, an empty one, an array with one bad tag, not an array at all. */
export const tagsOfAnyShape = fc.oneof(
  { weight: 3, arbitrary: validTags },
  { weight: 2, arbitrary: fc.array(tagOfAnyShape, { minLength: 1, maxLength: 3 }) },
  { weight: 1, arbitrary: wrongType },
  { weight: 1, arbitrary: fc.record({ Key: tagText, Value: tagText }) },
)

const optional = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined, freq: 2 })
const compact = (entries: Record<string, unknown>) => Object.fromEntries(Object.entries(entries).filter(([, value]) => value !== undefined))

export const autoRequest = fc
  .record({ SecretName: secretName, AccessKeyType: optional(fc.constant('auto')), Tags: optional(validTags) })
  .map(compact)
export const manualRequest = fc
  .record({ SecretName: secretName, AccessKeyType: fc.constant('manual'), AccessKeyId: accessKeyId, AccessKeySecret: accessKeySecret, Tags: optional(validTags) })
  .map(compact)

const parameter = fc.constantFrom('SecretName', 'AccessKeyType', 'AccessKeyId', 'AccessKeySecret', 'Tags')

/** One edit of a request. */
const requestEdit: fc.Arbitrary<(request: Record<string, unknown>) => Record<string, unknown>> = fc.oneof(
  parameter.map((name) => (request: Record<string, unknown>) => withoutProperty(request, name)),
  fc.tuple(parameter, wrongType).map(([name, value]) => (request: Record<string, unknown>) => withProperty(request, name, value)),
  fc.tuple(unknownName, fc.oneof(fc.string({ maxLength: 4 }), wrongType)).map(([name, value]) => (request: Record<string, unknown>) => withProperty(request, name, value)),
  fc.oneof(fc.constantFrom<unknown>('auto', 'manual', undefined), invalidAccessKeyType).map((type) => (request: Record<string, unknown>) =>
    type === undefined ? withoutProperty(request, 'AccessKeyType') : withProperty(request, 'AccessKeyType', type),
  ),
  accessKeyId.map((id) => (request: Record<string, unknown>) => withProperty(request, 'AccessKeyId', id)),
  accessKeySecret.map((secret) => (request: Record<string, unknown>) => withProperty(request, 'AccessKeySecret', secret)),
  tagsOfAnyShape.map((tags) => (request: Record<string, unknown>) => withProperty(request, 'Tags', tags)),
  fc.array(nameCharacter, { maxLength: 3 }).map((chars) => (request: Record<string, unknown>) => withProperty(request, 'SecretName', chars.join(''))),
)

/** Requests at the edges: mostly valid-looking shapes with a few edits, sometimes random JSON. */
export const requestCandidate: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 8, arbitrary: fc.tuple(fc.oneof(autoRequest, manualRequest), fc.oneof(fc.constant([]), fc.array(requestEdit, { minLength: 1, maxLength: 3 }))).map(([request, edits]) => edits.reduce((value, edit) => edit(value), request)) },
  { weight: 1, arbitrary: randomJson },
)
