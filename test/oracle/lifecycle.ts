/**
 * The oracles of the lifecycle actions, from apikey-lifecycle-facts.md §2, §3.1, §3.3–§3.6 and the decisions
 * key-id-lookup, list-paging, list-filters, list-empty, update-secret and shared-codes (facts.ts holds the numbers,
 * typed in again). Requests are judged as JSON bodies; v1 forms as flat maps of strings, where Limit and Offset are
 * decimal integers (`Limit=100`) and Filters are flattened to `Filters.N.Name` and `Filters.N.Values.M`.
 */
import {
  DESCRIBE_API_KEYS_STATUS_PARAMETERS,
  FILTER_NAMES,
  LIST_LIMIT_MAX,
  LIST_LIMIT_MIN,
  LIST_OFFSET_MIN,
  MAX_FILTER_VALUES,
  MAX_FILTERS,
  UPDATE_API_KEY_PARAMETERS,
} from './facts.js'
import { v1Common } from './query.js'
import { checkAccessKeySecret } from './request.js'
import { checkApiKey, checkSuccessOf } from './responses.js'
import { has, isDecimal, isJsonObject, ownKeys } from './text.js'
import { join, violation, type Violation } from './violation.js'

interface Range {
  readonly min: number
  readonly max: number | undefined
}
const limitRange: Range = { min: LIST_LIMIT_MIN, max: LIST_LIMIT_MAX }
const offsetRange: Range = { min: LIST_OFFSET_MIN, max: undefined }

const unknownKeys = (value: Record<string, unknown>, known: readonly string[], path = '') =>
  ownKeys(value).filter((key) => !known.includes(key)).map((key) => violation(join(path, key), 'unknown'))

/** A JSON integer within the range: another type or a fraction is `type`, an integer outside is `range`. */
function checkInteger(value: unknown, parameter: string, { min, max }: Range): Violation[] {
  if (typeof value !== 'number' || !Number.isInteger(value)) return [violation(parameter, 'type')]
  return value < min || (max !== undefined && value > max) ? [violation(parameter, 'range')] : []
}

/** One Filter: exactly `{Name, Values}`; Name one of the six names; Values at most 100 strings (the list refused whole beyond). */
export function checkFilter(value: unknown, path: string): Violation[] {
  if (!isJsonObject(value)) return [violation(path, 'type')]
  const out = unknownKeys(value, ['Name', 'Values'], path)
  const name = join(path, 'Name')
  if (!has(value, 'Name')) out.push(violation(name, 'required'))
  else if (typeof value.Name !== 'string') out.push(violation(name, 'type'))
  else if (!(FILTER_NAMES as readonly string[]).includes(value.Name)) out.push(violation(name, 'enum'))
  const values = join(path, 'Values')
  if (!has(value, 'Values')) out.push(violation(values, 'required'))
  else if (!Array.isArray(value.Values)) out.push(violation(values, 'type'))
  else if (value.Values.length > MAX_FILTER_VALUES) out.push(violation(values, 'length'))
  else value.Values.forEach((item: unknown, index: number) => { if (typeof item !== 'string') out.push(violation(join(values, index), 'type')) })
  return out
}

/** Every violation of a DescribeApiKeysStatus request; every parameter is optional. */
export function checkDescribeApiKeysStatusRequest(request: unknown): Violation[] {
  if (!isJsonObject(request)) return [violation('', 'type')]
  const out = unknownKeys(request, DESCRIBE_API_KEYS_STATUS_PARAMETERS)
  if (has(request, 'Limit')) out.push(...checkInteger(request.Limit, 'Limit', limitRange))
  if (has(request, 'Offset')) out.push(...checkInteger(request.Offset, 'Offset', offsetRange))
  if (has(request, 'Filters')) {
    const filters = request.Filters
    if (!Array.isArray(filters)) out.push(violation('Filters', 'type'))
    else if (filters.length > MAX_FILTERS) out.push(violation('Filters', 'length'))
    else filters.forEach((filter: unknown, index: number) => out.push(...checkFilter(filter, join('Filters', index))))
  }
  return out
}

/** The request of an action on one key (Describe, Enable, Disable, Delete): `{AccessKeyId}`, any string, nothing else. */
export function checkKeyIdRequest(request: unknown): Violation[] {
  if (!isJsonObject(request)) return [violation('', 'type')]
  const out = unknownKeys(request, ['AccessKeyId'])
  if (!has(request, 'AccessKeyId')) out.push(violation('AccessKeyId', 'required'))
  else if (typeof request.AccessKeyId !== 'string') out.push(violation('AccessKeyId', 'type'))
  return out
}

/** UpdateApiKey: AccessKeyId as above; AccessKeySecret, when sent, 10–50 letters, digits and underscores. */
export function checkUpdateApiKeyRequest(request: unknown): Violation[] {
  if (!isJsonObject(request)) return [violation('', 'type')]
  const out = unknownKeys(request, UPDATE_API_KEY_PARAMETERS)
  if (!has(request, 'AccessKeyId')) out.push(violation('AccessKeyId', 'required'))
  else if (typeof request.AccessKeyId !== 'string') out.push(violation('AccessKeyId', 'type'))
  if (has(request, 'AccessKeySecret')) out.push(...checkAccessKeySecret(request.AccessKeySecret))
  return out
}

/** `0`, or `-?` then digits without a leading zero: a decimal integer as the v1 form writes one (no `-0`). */
function formInteger(value: string): bigint | undefined {
  if (value === '0') return 0n
  const digits = value.startsWith('-') ? value.slice(1) : value
  return isDecimal(digits, 1, Infinity, false) ? BigInt(value) : undefined
}

/** A decimal integer within the range, in a v1 form: not decimal is `format`, outside the range `range`. */
function checkFormInteger(value: string, parameter: string, { min, max }: Range): Violation[] {
  const integer = formInteger(value)
  if (integer === undefined) return [violation(parameter, 'format')]
  return integer < BigInt(min) || (max !== undefined && integer > BigInt(max)) ? [violation(parameter, 'range')] : []
}

/** A canonical index (`0`, `1`, ..., no leading zero), as a number, or undefined. */
const index = (text: string) => (text === '0' || isDecimal(text, 1, 15, false) ? Number(text) : undefined)

/** `Filters.N.Name` or `Filters.N.Values.M`, N and M canonical indexes: the parts, or undefined for another name. */
export function parseFlattenedFilter(name: string): { filter: number; field: 'Name' } | { filter: number; field: 'Values'; value: number } | undefined {
  const parts = name.split('.')
  if (parts[0] !== 'Filters' || parts.length < 3) return undefined
  const filter = index(parts[1]!)
  if (filter === undefined) return undefined
  if (parts.length === 3 && parts[2] === 'Name') return { filter, field: 'Name' }
  if (parts.length === 4 && parts[2] === 'Values') {
    const value = index(parts[3]!)
    return value === undefined ? undefined : { filter, field: 'Values', value }
  }
  return undefined
}

type Form = Record<string, unknown>

/** The common parameters of a v1 form: each present one a string with its rule, the required ones present. */
function checkCommon(query: Form, action: string, own: (key: string) => boolean): Violation[] {
  const common = v1Common(action)
  const out: Violation[] = []
  for (const key of ownKeys(query)) {
    const value = query[key]
    if (!has(common, key) && !own(key)) out.push(violation(key, 'unknown'))
    else if (typeof value !== 'string') out.push(violation(key, 'type'))
    else if (has(common, key)) out.push(...common[key]!.check(value, key))
  }
  for (const [name, { required }] of Object.entries(common)) if (required && !has(query, name)) out.push(violation(name, 'required'))
  return out
}

/** The v1 form of an action on one key: the common parameters and AccessKeyId, any string. */
export const checkKeyIdQuery = (action: string) => (query: unknown): Violation[] => {
  if (!isJsonObject(query)) return [violation('', 'type')]
  const out = checkCommon(query, action, (key) => key === 'AccessKeyId')
  if (!has(query, 'AccessKeyId')) out.push(violation('AccessKeyId', 'required'))
  return out
}

/** UpdateApiKey's v1 form: AccessKeyId, and AccessKeySecret within its rules when sent. */
export function checkUpdateApiKeyQuery(query: unknown): Violation[] {
  if (!isJsonObject(query)) return [violation('', 'type')]
  const out = checkCommon(query, 'UpdateApiKey', (key) => (UPDATE_API_KEY_PARAMETERS as readonly string[]).includes(key))
  if (!has(query, 'AccessKeyId')) out.push(violation('AccessKeyId', 'required'))
  if (typeof query.AccessKeySecret === 'string' && has(query, 'AccessKeySecret')) out.push(...checkAccessKeySecret(query.AccessKeySecret))
  return out
}

/**
 * DescribeApiKeysStatus's v1 form. Limit and Offset are decimal integers within their ranges. A flattened name
 * beyond the bounds (`Filters.10.Name`, `Filters.0.Values.100`) breaks the count of its list. Each filter index
 * carries its Name and at least one value (the form cannot send an empty list, and Values is required), and the
 * indexes of filters and of each filter's values run 0, 1, 2, ...: `pairing`, which no JSON Schema can state.
 */
export function checkDescribeApiKeysStatusQuery(query: unknown): Violation[] {
  if (!isJsonObject(query)) return [violation('', 'type')]
  const out = checkCommon(query, 'DescribeApiKeysStatus', (key) => key === 'Limit' || key === 'Offset' || parseFlattenedFilter(key) !== undefined)
  for (const [name, range] of [['Limit', limitRange], ['Offset', offsetRange]] as const) {
    if (has(query, name) && typeof query[name] === 'string') out.push(...checkFormInteger(query[name], name, range))
  }
  const filters = new Map<number, { name: boolean; values: number[] }>()
  for (const key of ownKeys(query)) {
    const flat = parseFlattenedFilter(key)
    if (!flat) continue
    if (flat.filter >= MAX_FILTERS) out.push(violation('Filters', 'length'))
    const entry = filters.get(flat.filter) ?? { name: false, values: [] }
    filters.set(flat.filter, entry)
    const value = query[key]
    if (flat.field === 'Name') {
      entry.name = true
      if (typeof value === 'string' && !(FILTER_NAMES as readonly string[]).includes(value)) out.push(violation(key, 'enum'))
    } else {
      if (flat.value >= MAX_FILTER_VALUES) out.push(violation(`Filters.${flat.filter}.Values`, 'length'))
      entry.values.push(flat.value)
    }
  }
  const indexes = [...filters.keys()].sort((a, b) => a - b)
  indexes.forEach((filter, position) => {
    const { name, values } = filters.get(filter)!
    const sorted = [...values].sort((a, b) => a - b)
    const contiguous = filter === position && sorted.every((value, at) => value === at)
    if (!name || values.length === 0 || !contiguous) out.push(violation(`Filters.${filter}`, 'pairing'))
  })
  return out
}

/** ApiKeysStatus: exactly `{TotalCount, ApiKeySet}`, both present; TotalCount null or an integer ≥ 0, ApiKeySet null or ApiKeys. */
export function checkApiKeysStatus(value: unknown, path = ''): Violation[] {
  if (!isJsonObject(value)) return [violation(path, 'type')]
  const out = unknownKeys(value, ['TotalCount', 'ApiKeySet'], path)
  const total = join(path, 'TotalCount')
  if (!has(value, 'TotalCount')) out.push(violation(total, 'required'))
  else if (value.TotalCount !== null) out.push(...checkInteger(value.TotalCount, total, { min: 0, max: undefined }))
  const set = join(path, 'ApiKeySet')
  if (!has(value, 'ApiKeySet')) out.push(violation(set, 'required'))
  else if (value.ApiKeySet !== null) {
    if (!Array.isArray(value.ApiKeySet)) out.push(violation(set, 'type'))
    else value.ApiKeySet.forEach((key: unknown, at: number) => out.push(...checkApiKey(key, join(set, at))))
  }
  return out
}

/** A boolean Result (Enable, Disable, Delete: "whether it succeeded"). */
const checkBoolean = (value: unknown, path: string): Violation[] => (typeof value === 'boolean' ? [] : [violation(path, 'type')])

export const checkDescribeApiKeysStatusSuccess = checkSuccessOf(checkApiKeysStatus)
export const checkBooleanSuccess = checkSuccessOf(checkBoolean)
