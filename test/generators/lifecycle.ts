/**
 * The lifecycle actions' requests, v1 forms and answers aimed at their documented edges (apikey-lifecycle-facts.md
 * §3.1, §3.3–§3.6; decisions list-paging, list-filters, update-secret, key-id-lookup): Limit 0/1/100/101, -1, 1.5,
 * "5", null; Offset -1/0/huge; every filter name, misspelled and in the wrong case; Values empty, 100, 101, not
 * strings; 10 and 11 filters; AccessKeySecret at 9/10/50/51 and out of its charset; AccessKeyId any string.
 */
import fc from 'fast-check'
import { ACTIONS, FILTER_NAMES, LIST_LIMIT_MAX, LIST_LIMIT_MIN, MAX_FILTER_VALUES, MAX_FILTERS, type LifecycleAction } from '../oracle/facts.js'
import { describedAccessKeyId } from './describeApiKey.js'
import { randomJson, unknownName, withoutProperty, withProperty, wrongType } from './json.js'
import { commonV1, compact, optional } from './query.js'
import { accessKeySecret } from './requests.js'
import { answerCandidate, validApiKey, validErrorResponseOf, validRequestId, validSuccessResponse } from './responses.js'

type Edit = (value: Record<string, unknown>) => Record<string, unknown>
const applyEdits = (base: Record<string, unknown>, edits: readonly Edit[]) => edits.reduce((value, edit) => edit(value), base)
const someEdits = (edit: fc.Arbitrary<Edit>, max = 2) => fc.oneof({ weight: 3, arbitrary: fc.constant([] as Edit[]) }, { weight: 2, arbitrary: fc.array(edit, { minLength: 1, maxLength: max }) })
const otherActions = (action: string) => ACTIONS.filter((name) => name !== action)

/** Integers around Limit's bounds, and values that are not integers at all. */
export const limitCandidate: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(LIST_LIMIT_MIN - 1, LIST_LIMIT_MIN, LIST_LIMIT_MIN + 1, 20, LIST_LIMIT_MAX - 1, LIST_LIMIT_MAX, LIST_LIMIT_MAX + 1, -1) },
  { weight: 3, arbitrary: fc.integer({ min: -3, max: LIST_LIMIT_MAX + 3 }) },
  { weight: 2, arbitrary: fc.constantFrom<unknown>(1.5, 0.5, 100.5, '5', '20', null, true, [], {}, -0, 1e21, Number.MAX_SAFE_INTEGER) },
  { weight: 1, arbitrary: wrongType },
)
/** Offsets: 0, -1, huge (beyond 2^53 included), fractions and strings. */
export const offsetCandidate: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(0, 1, -1, 99, 100, Number.MAX_SAFE_INTEGER, 2 ** 53, 1e21, 1e300, -0) },
  { weight: 3, arbitrary: fc.integer({ min: -2, max: 1_000_000 }) },
  { weight: 2, arbitrary: fc.constantFrom<unknown>(0.5, -0.5, '0', '10', null, false, [0]) },
  { weight: 1, arbitrary: wrongType },
)

/** The documented names, and names next to them (another case, a plural, padding, an action's other parameters). */
export const filterName: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...FILTER_NAMES) },
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      'accessKeyId', 'ACCESSKEYID', 'AccessKeyID', 'Accesskeysecret', 'secretName', 'SECRETNAME', 'SecretNames', 'notUsagePlanId',
      'NotUsagePlanID', 'UsagePlanId', 'status', 'STATUS', 'Statuss', 'keyword', 'Keyword', 'KeyWords', 'AccessKeyType', 'Status ',
      ' KeyWord', 'Key Word', 'SecretId', 'Name', '', '__proto__', 'constructor', 'Stаtus',
    ),
  },
  { weight: 1, arbitrary: fc.string({ maxLength: 10 }) },
  { weight: 1, arbitrary: wrongType },
)

const filterValue = fc.oneof(fc.constantFrom('0', '1', '2', '', ' ', 'AKID', 'usagePlan-quqxvett', '😀', '\ud800'), fc.string({ maxLength: 8 }), describedAccessKeyId)
/** Lists of values: empty, a few, exactly 100 and 101, one that is not a string, and no list at all. */
export const filterValues: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: fc.array(filterValue, { maxLength: 3 }) },
  { weight: 1, arbitrary: fc.constant([]) },
  { weight: 1, arbitrary: fc.constantFrom(MAX_FILTER_VALUES - 1, MAX_FILTER_VALUES, MAX_FILTER_VALUES + 1).chain((count) => fc.array(fc.string({ maxLength: 3 }), { minLength: count, maxLength: count })) },
  { weight: 1, arbitrary: fc.tuple(fc.array(filterValue, { maxLength: 2 }), wrongType, fc.array(filterValue, { maxLength: 2 })).map(([before, bad, after]) => [...before, bad, ...after]) },
  { weight: 1, arbitrary: wrongType },
)

/** A filter of any shape: valid, with a bad name or values, a field missing, an extra field, not an object. */
export const filterCandidate: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 8, arbitrary: fc.record({ Name: filterName, Values: filterValues }) },
  { weight: 1, arbitrary: fc.record({ Name: filterName }) },
  { weight: 1, arbitrary: fc.record({ Values: filterValues }) },
  { weight: 1, arbitrary: fc.tuple(fc.record({ Name: fc.constantFrom(...FILTER_NAMES), Values: fc.array(filterValue, { maxLength: 2 }) }), fc.oneof(fc.constantFrom('name', 'Value', 'values', 'Values ', '__proto__'), unknownName), fc.jsonValue()).map(([filter, key, value]) => withProperty(filter, key, value)) },
  { weight: 1, arbitrary: wrongType },
)
const validFilter = fc.record({ Name: fc.constantFrom(...FILTER_NAMES), Values: fc.array(filterValue, { maxLength: 2 }) })

/** One filter with one problem at a bound: 101 values, a name next to a documented one. */
const nearMissFilter = fc.oneof(
  fc.tuple(fc.constantFrom(...FILTER_NAMES), fc.constantFrom(MAX_FILTER_VALUES, MAX_FILTER_VALUES + 1)).chain(([Name, count]) => fc.array(fc.string({ maxLength: 2 }), { minLength: count, maxLength: count }).map((Values) => ({ Name, Values }))),
  fc.record({ Name: filterName, Values: fc.array(filterValue, { maxLength: 2 }) }),
)

/** Filters: a few (each of any shape), valid ones with one near miss among them, none, or valid ones at and around the maximum count. */
export const filtersCandidate: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.array(fc.oneof({ weight: 3, arbitrary: validFilter }, { weight: 1, arbitrary: filterCandidate }), { maxLength: 3 }) },
  { weight: 2, arbitrary: fc.tuple(fc.array(validFilter, { maxLength: 2 }), nearMissFilter, fc.array(validFilter, { maxLength: 1 })).map(([before, filter, after]) => [...before, filter, ...after]) },
  { weight: 1, arbitrary: fc.constantFrom(MAX_FILTERS - 1, MAX_FILTERS, MAX_FILTERS + 1).chain((count) => fc.array(validFilter, { minLength: count, maxLength: count })) },
  { weight: 1, arbitrary: fc.oneof(wrongType, validFilter) },
)

const listNames = fc.constantFrom('limit', 'LIMIT', 'offset', 'Filter', 'filters', 'Filters ', 'Filters.0.Name', 'Filters.0.Values.0', 'PageSize', 'PageNumber', 'Order', 'OrderBy', 'AccessKeyId', 'SecretName', 'Region')
const listEdit: fc.Arbitrary<Edit> = fc.oneof(
  fc.constantFrom('Limit', 'Offset', 'Filters').map((name) => (request: Record<string, unknown>) => withoutProperty(request, name)),
  fc.tuple(fc.constantFrom('Limit', 'Offset', 'Filters'), wrongType).map(([name, value]) => (request: Record<string, unknown>) => withProperty(request, name, value)),
  fc.tuple(fc.oneof(listNames, unknownName), fc.oneof(fc.string({ maxLength: 3 }), fc.integer(), wrongType)).map(([name, value]) => (request: Record<string, unknown>) => withProperty(request, name, value)),
)

/** DescribeApiKeysStatus requests: each parameter present or not, at its edges, then 0–2 edits; sometimes random JSON. */
export const listRequestCandidate: fc.Arbitrary<unknown> = fc.oneof(
  {
    weight: 8,
    arbitrary: fc
      .tuple(fc.record({ Limit: optional(limitCandidate), Offset: optional(offsetCandidate), Filters: optional(filtersCandidate) }).map(compact), someEdits(listEdit))
      .map(([request, edits]) => applyEdits(request, edits)),
  },
  { weight: 1, arbitrary: randomJson },
)

/** Decimal integers as the v1 form writes them, and strings that are not (padding, signs, exponents, leading zeros). */
const formInteger = (around: fc.Arbitrary<number>) =>
  fc.oneof(
    { weight: 6, arbitrary: around.map(String) },
    { weight: 2, arbitrary: fc.constantFrom('-0', '05', '+5', ' 5', '5 ', '1.5', '1e2', '0x10', '', 'abc', '１', '٥', '99999999999999999999', '-99999999999999999999', '20.0') },
  )
const formLimit = formInteger(fc.oneof(fc.constantFrom(LIST_LIMIT_MIN - 1, LIST_LIMIT_MIN, 20, LIST_LIMIT_MAX, LIST_LIMIT_MAX + 1, -1), fc.integer({ min: -2, max: LIST_LIMIT_MAX + 2 })))
const formOffset = formInteger(fc.oneof(fc.constantFrom(0, -1, 1, Number.MAX_SAFE_INTEGER), fc.integer({ min: -2, max: 100_000 })))

/** Flattened filters: `Filters.N.Name` with `Filters.N.Values.M`, sometimes with a stray or malformed name. */
const flattenedFilters = fc
  .tuple(
    fc.array(fc.tuple(fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...FILTER_NAMES) }, { weight: 1, arbitrary: filterName.filter((name): name is string => typeof name === 'string') }), fc.array(fc.string({ maxLength: 4 }), { minLength: 1, maxLength: 3 })), { maxLength: 3 }),
    fc.oneof(
      { weight: 3, arbitrary: fc.constant(null) },
      {
        weight: 1,
        arbitrary: fc.constantFrom(
          'Filters.0.Name', 'Filters.0.Values.0', 'Filters.1.Name', 'Filters.0.Values.1', 'Filters.0.Values.5', 'Filters.3.Values.0', 'Filters.9.Name', 'Filters.10.Name', 'Filters.10.Values.0',
          'Filters.0.Values.99', 'Filters.0.Values.100', 'Filters.01.Name', 'Filters.0.Values.01', 'Filters.0.name', 'filters.0.Name', 'Filters.0.Values', 'Filters.0.Value.0', 'Filters.0',
          'Filters.0.Values.0.x', 'Filters..Name', 'Filters.-1.Name', 'Filters.0.Name ', 'Filters.1e1.Name',
        ),
      },
    ),
    fc.oneof(fc.constantFrom(...FILTER_NAMES), fc.constant('x')),
  )
  .map(([filters, stray, strayValue]) => {
    const out: Record<string, string> = {}
    filters.forEach(([name, values], index) => {
      out[`Filters.${index}.Name`] = name
      values.forEach((value, at) => { out[`Filters.${index}.Values.${at}`] = value })
    })
    if (stray !== null) out[stray] = strayValue
    return out
  })

const formEdit = (action: string, names: readonly string[], typed: readonly string[]): fc.Arbitrary<Edit> =>
  fc.oneof(
    fc.constantFrom('Action', 'Version', 'Timestamp', 'Nonce', 'SecretId', 'Signature', ...names).map((name) => (form: Record<string, unknown>) => withoutProperty(form, name)),
    fc.tuple(fc.constantFrom('Timestamp', 'Nonce', 'Region', ...typed), wrongType).map(([name, value]) => (form: Record<string, unknown>) => withProperty(form, name, value)),
    fc.tuple(fc.oneof(listNames, unknownName, fc.constant(`${action}.0`)), fc.string({ maxLength: 3 })).map(([name, value]) => (form: Record<string, unknown>) => withProperty(form, name, value)),
  )

/** DescribeApiKeysStatus's v1 forms: the common parameters at their edges, Limit and Offset as decimals, flattened filters. */
export const listQueryCandidate: fc.Arbitrary<unknown> = fc
  .tuple(
    fc.record({ ...commonV1('DescribeApiKeysStatus', otherActions('DescribeApiKeysStatus')), Limit: optional(formLimit), Offset: optional(formOffset) }).map(compact),
    flattenedFilters,
    someEdits(formEdit('DescribeApiKeysStatus', ['Limit', 'Offset', 'Filters.0.Name', 'Filters.0.Values.0'], ['Limit', 'Offset', 'Filters.0.Name', 'Filters.0.Values.0'])),
  )
  .map(([form, filters, edits]) => applyEdits({ ...form, ...filters }, edits))

/** UpdateApiKey's secrets: the key charset at and around 10 and 50 (9, 51 included), sometimes a foreign character. */
const secretCandidate = fc.oneof({ weight: 6, arbitrary: accessKeySecret }, { weight: 1, arbitrary: fc.constantFrom('', 'ci_deploy_secret_rotated_01', 'a'.repeat(9), 'a'.repeat(51), 'abc-defghij', 'abcdefghij ') })
const updateNames = fc.constantFrom('accessKeySecret', 'AccessKeySecret ', 'AccessKeyID', 'SecretKey', 'SecretName', 'AccessKeyType', 'Status', 'Tags', 'NewAccessKeySecret')
const updateEdit: fc.Arbitrary<Edit> = fc.oneof(
  fc.constantFrom('AccessKeyId', 'AccessKeySecret').map((name) => (request: Record<string, unknown>) => withoutProperty(request, name)),
  fc.tuple(fc.constantFrom('AccessKeyId', 'AccessKeySecret'), wrongType).map(([name, value]) => (request: Record<string, unknown>) => withProperty(request, name, value)),
  secretCandidate.map((secret) => (request: Record<string, unknown>) => withProperty(request, 'AccessKeySecret', secret)),
  fc.tuple(fc.oneof(updateNames, unknownName), fc.oneof(fc.string({ maxLength: 4 }), wrongType)).map(([name, value]) => (request: Record<string, unknown>) => withProperty(request, name, value)),
)

/** UpdateApiKey requests: any AccessKeyId, a secret at its edges or none, then 0–2 edits; sometimes random JSON. */
export const updateRequestCandidate: fc.Arbitrary<unknown> = fc.oneof(
  {
    weight: 8,
    arbitrary: fc
      .tuple(fc.record({ AccessKeyId: describedAccessKeyId, AccessKeySecret: optional(secretCandidate) }).map(compact), someEdits(updateEdit))
      .map(([request, edits]) => applyEdits(request, edits)),
  },
  { weight: 1, arbitrary: randomJson },
)

export const updateQueryCandidate: fc.Arbitrary<unknown> = fc
  .tuple(
    fc.record({ ...commonV1('UpdateApiKey', otherActions('UpdateApiKey')), AccessKeyId: fc.option(describedAccessKeyId, { nil: undefined, freq: 8 }), AccessKeySecret: optional(secretCandidate) }).map(compact),
    someEdits(formEdit('UpdateApiKey', ['AccessKeyId', 'AccessKeySecret'], ['AccessKeyId', 'AccessKeySecret'])),
  )
  .map(([form, edits]) => applyEdits(form, edits))

/** The v1 form of an action on one key (Enable, Disable, Delete): AccessKeyId of every kind, present or not. */
export const keyIdQueryCandidate = (action: string): fc.Arbitrary<unknown> =>
  fc
    .tuple(
      fc.record({ ...commonV1(action, otherActions(action)), AccessKeyId: fc.option(describedAccessKeyId, { nil: undefined, freq: 8 }) }).map(compact),
      someEdits(formEdit(action, ['AccessKeyId'], ['AccessKeyId'])),
    )
    .map(([form, edits]) => applyEdits(form, edits))

/** A page of keys as valid answers carry it: TotalCount and ApiKeySet, each null now and then; pages empty, short or full. */
export const validApiKeysStatus = fc.record({
  TotalCount: fc.oneof({ weight: 6, arbitrary: fc.nat() }, { weight: 1, arbitrary: fc.constantFrom(0, Number.MAX_SAFE_INTEGER) }, { weight: 1, arbitrary: fc.constant(null) }),
  ApiKeySet: fc.oneof({ weight: 2, arbitrary: fc.constant([]) }, { weight: 6, arbitrary: fc.array(validApiKey, { minLength: 1, maxLength: 3 }) }, { weight: 1, arbitrary: fc.constant(null) }),
})
const successOf = (result: fc.Arbitrary<unknown>) =>
  fc.record({ Response: fc.record({ Result: fc.oneof({ weight: 5, arbitrary: result }, { weight: 1, arbitrary: fc.constant(null) }), RequestId: validRequestId }) })

/** Answers of each lifecycle action at the edges: its valid successes and errors (its own codes), mutated, random JSON. */
export const lifecycleAnswerCandidate = (action: LifecycleAction, codes: readonly string[]): fc.Arbitrary<unknown> => {
  // A page's TotalCount one below its bound (0), aimed at rather than left to random mutation, which seldom makes it.
  const belowBound = successOf(validApiKeysStatus.map((page) => ({ ...page, TotalCount: -1 })))
  // A key's Status outside 0 and 1, aimed at too (here and for UpdateApiKey): random mutation made about 3 in 10,000,
  // and a reach test missed it.
  const keyStatusOutside = fc.tuple(validApiKey, fc.constantFrom(2, -1, 10)).map(([key, Status]) => ({ ...(key as object), Status }))
  const pageStatusOutside = successOf(fc.tuple(fc.nat(), keyStatusOutside, fc.array(validApiKey, { maxLength: 2 })).map(([TotalCount, first, rest]) => ({ TotalCount, ApiKeySet: [first, ...rest] })))
  const success = action === 'DescribeApiKeysStatus'
    ? fc.oneof({ weight: 8, arbitrary: successOf(validApiKeysStatus) }, { weight: 1, arbitrary: belowBound }, { weight: 1, arbitrary: pageStatusOutside })
    : action === 'UpdateApiKey'
      ? fc.oneof({ weight: 8, arbitrary: validSuccessResponse }, { weight: 1, arbitrary: successOf(keyStatusOutside) })
      : successOf(fc.boolean())
  // Results of the other shapes too: an ApiKey where a boolean belongs, a boolean where a page belongs.
  const foreign = successOf(fc.oneof(validApiKey, fc.boolean(), validApiKeysStatus, fc.constantFrom(0, 1, 'true', [])))
  return answerCandidate(fc.oneof({ weight: 4, arbitrary: success }, { weight: 4, arbitrary: validErrorResponseOf(codes) }, { weight: 1, arbitrary: foreign }))
}
