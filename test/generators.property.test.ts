/**
 * The generators reach every edge the issue lists: without this, the agreement properties could pass on values that
 * never touch a bound. Each test samples a generator (FC_NUM_RUNS values, the run's seed) and checks what it hit.
 */
import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import {
  checkCreateApiKeyQuery,
  checkCreateApiKeyRequest,
  checkCreateApiKeyResponse,
  checkDescribeApiKeyQuery,
  checkDescribeApiKeyRequest,
  checkDescribeApiKeysStatusQuery,
  checkDescribeApiKeysStatusRequest,
  checkUpdateApiKeyRequest,
  FILTER_NAMES,
  oracles,
} from './oracle/index.js'
import {
  accessKeyId,
  accessKeySecret,
  anyAnswerForCoverage,
  characterClasses,
  describeQueryCandidate,
  describeRequestCandidate,
  generators,
  listQueryCandidate,
  listRequestCandidate,
  updateRequestCandidate,
  queryCandidate,
  requestCandidate,
  secretName,
  tagKey,
  tagValue,
} from './generators/index.js'
import { numRuns, seed } from './generators/run.js'

// At least 10,000 samples whatever FC_NUM_RUNS says: fewer could miss a rare edge and fail for nothing.
const sample = <T>(arbitrary: fc.Arbitrary<T>) => fc.sample(arbitrary, { numRuns: Math.max(numRuns, 10_000), seed })
const codePoints = (value: string) => [...value].length
const classOf = (char: string) => Object.entries(characterClasses).find(([, chars]) => (chars as readonly string[]).includes(char))?.[0]

/** The character classes seen at the first, a middle and the last position of the sampled strings. */
function positions(values: readonly string[]) {
  const seen = new Set<string>()
  for (const value of values) {
    const chars = [...value]
    chars.forEach((char, index) => {
      const where = index === 0 ? 'first' : index === chars.length - 1 ? 'last' : 'middle'
      const kind = classOf(char)
      if (kind) seen.add(`${kind}@${where}`)
    })
  }
  return seen
}
/** What `expected` lists and `seen` lacks (empty when everything was reached). */
const missing = (seen: ReadonlySet<string>, expected: readonly string[]) => expected.filter((entry) => !seen.has(entry))
const everyClassEverywhere = Object.keys(characterClasses).flatMap((kind) => ['first', 'middle', 'last'].map((where) => `${kind}@${where}`))

describe('the generators reach the documented edges', () => {
  test('AccessKeyId: lengths 0, 1, 4, 5, 50, 51 and every character class in first, middle and last position', () => {
    const values = sample(accessKeyId)
    const lengths = new Set(values.map(codePoints))
    for (const length of [0, 1, 4, 5, 6, 49, 50, 51]) expect(lengths, `length ${length}`).toContain(length)
    expect(missing(positions(values), everyClassEverywhere)).toEqual([])
    expect(values).toEqual(expect.arrayContaining([expect.stringContaining('-')]))
  })

  test('AccessKeySecret: lengths 9, 10, 50, 51 and every character class in first, middle and last position', () => {
    const values = sample(accessKeySecret)
    const lengths = new Set(values.map(codePoints))
    for (const length of [0, 1, 9, 10, 11, 49, 50, 51]) expect(lengths, `length ${length}`).toContain(length)
    expect(missing(positions(values), everyClassEverywhere)).toEqual([])
  })

  test('SecretName: 0, 1, 50 and 51 code points, with astral characters (50 pairs valid, 51 not) and lone surrogates', () => {
    const values = sample(secretName)
    const lengths = new Set(values.map(codePoints))
    for (const length of [0, 1, 2, 49, 50, 51]) expect(lengths, `length ${length}`).toContain(length)
    const astralAt = (count: number) => values.some((value) => codePoints(value) === count && value.length > count)
    expect(astralAt(50), '50 code points with surrogate pairs').toBe(true)
    expect(astralAt(51), '51 code points with surrogate pairs').toBe(true)
    expect(values.some((value) => /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(value)), 'a lone surrogate').toBe(true)
  })

  test('requests: every parameter breaks every rule that applies to it; __proto__ and constructor arrive as own properties', () => {
    const seen = new Set<string>()
    const types = new Set<string>()
    for (const value of sample(requestCandidate)) {
      for (const v of checkCreateApiKeyRequest(value)) seen.add(`${v.parameter.replace(/^Tags\.\d+/, 'Tags.N')} ${v.rule}`)
      if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
        const type = Object.prototype.hasOwnProperty.call(value, 'AccessKeyType') ? (value as Record<string, unknown>).AccessKeyType : '(absent)'
        types.add(type === 'auto' || type === 'manual' || type === '(absent)' ? type : typeof type === 'string' ? '(other string)' : '(not a string)')
      }
    }
    expect([...types].sort()).toEqual(['(absent)', '(not a string)', '(other string)', 'auto', 'manual'])
    const expected = [
      ' type', '__proto__ unknown', 'constructor unknown', 'Region unknown', 'secretName unknown',
      'SecretName required', 'SecretName type', 'SecretName length', 'SecretName charset',
      'AccessKeyType type', 'AccessKeyType enum',
      'AccessKeyId required', 'AccessKeyId type', 'AccessKeyId length', 'AccessKeyId charset', 'AccessKeyId forbidden',
      'AccessKeySecret required', 'AccessKeySecret type', 'AccessKeySecret length', 'AccessKeySecret charset', 'AccessKeySecret forbidden',
      'Tags type', 'Tags.N type', 'Tags.N.Key required', 'Tags.N.Key type', 'Tags.N.Value required', 'Tags.N.Value type', 'Tags.N.__proto__ unknown',
      'Tags length', 'Tags.N.Key length', 'Tags.N.Key charset', 'Tags.N.Value length', 'Tags.N.Value charset',
    ]
    expect(missing(seen, expected)).toEqual([])
  })

  test('Tags: 0, 49, 50, 51 tags; keys of 0, 1, 127, 128 and values of 0, 255, 256 code points, astral at the maximum', () => {
    const counts = new Set<number>()
    for (const value of sample(requestCandidate)) {
      const tags = typeof value === 'object' && value !== null ? (value as Record<string, unknown>).Tags : undefined
      if (Array.isArray(tags)) counts.add(tags.length)
    }
    for (const count of [0, 1, 49, 50, 51]) expect(counts, `${count} tags`).toContain(count)
    const keys = sample(tagKey)
    const values = sample(tagValue)
    const keyLengths = new Set(keys.map(codePoints))
    for (const length of [0, 1, 2, 126, 127, 128]) expect(keyLengths, `key length ${length}`).toContain(length)
    const valueLengths = new Set(values.map(codePoints))
    for (const length of [0, 1, 254, 255, 256]) expect(valueLengths, `value length ${length}`).toContain(length)
    expect(keys.some((key) => codePoints(key) === 127 && key.length > 127), '127 code points with surrogate pairs').toBe(true)
    expect(values.some((text) => codePoints(text) === 255 && text.length > 255), '255 code points with surrogate pairs').toBe(true)
  })

  test('answers: every field removed, mistyped, out of range or malformed; extra fields at every level', () => {
    const seen = new Set<string>()
    for (const value of sample(anyAnswerForCoverage)) for (const v of checkCreateApiKeyResponse(value)) seen.add(`${v.parameter.replace(/\.\d+/g, '.N')} ${v.rule}`)
    const fields = ['AccessKeyId', 'AccessKeySecret', 'AccessKeyType', 'SecretName', 'Status', 'CreatedTime', 'ModifiedTime']
    const expected = [
      ' type', 'Response required', 'Response type', 'Response.RequestId required', 'Response.RequestId format', 'Response.RequestId type',
      'Response.Result required', 'Response.Result type', 'Response.Error.Code enum', 'Response.Error.Code required', 'Response.Error.Message type',
      ...fields.flatMap((field) => [`Response.Result.${field} required`, `Response.Result.${field} type`]),
      'Response.Result.Status enum', 'Response.Result.AccessKeyType enum', 'Response.Result.CreatedTime format', 'Response.Result.ModifiedTime format',
      'Response.Result.Tags type', 'Response.Result.Tags.N.Key required',
    ]
    expect(missing(seen, expected)).toEqual([])
    expect([...seen].some((entry) => /^[^ ]+ unknown$/.test(entry) && !entry.startsWith('Response.'))).toBe(true)
    expect([...seen].some((entry) => /^Response\.[^.]+ unknown$/.test(entry))).toBe(true)
    expect([...seen].some((entry) => /^Response\.Result\.[^.]+ unknown$/.test(entry))).toBe(true)
  })

  test('v1 forms: every common parameter malformed, tags unpaired, unknown names', () => {
    const seen = new Set<string>()
    for (const value of sample(queryCandidate)) for (const v of checkCreateApiKeyQuery(value)) seen.add(`${v.parameter.replace(/^Tags\.\d+/, 'Tags.N')} ${v.rule}`)
    const expected = [
      'Action enum', 'Version enum', 'Timestamp format', 'Nonce format', 'SecretId length', 'Signature length', 'Region length',
      'SignatureMethod enum', 'Language enum', 'Action required', 'Timestamp required', 'SecretName length', 'SecretName type',
      'AccessKeyId forbidden', 'AccessKeyId required', 'AccessKeyId charset', 'Tags.N pairing', 'Tags length', 'Tags.N.Key length', 'Tags.N.Value length', 'Tags.N.Key unknown', 'Tags.N.key unknown', 'Tags..Key unknown', '__proto__ unknown',
    ]
    expect(missing(seen, expected)).toEqual([])
  })

  test('DescribeApiKey requests: AccessKeyId missing, of every other JSON type, misspelled and prototype names; valid ids empty, long, astral, with lone surrogates', () => {
    const seen = new Set<string>()
    const types = new Set<string>()
    const ids: string[] = []
    for (const value of sample(describeRequestCandidate)) {
      for (const v of checkDescribeApiKeyRequest(value)) seen.add(`${v.parameter} ${v.rule}`)
      if (typeof value === 'object' && value !== null && Object.prototype.hasOwnProperty.call(value, 'AccessKeyId')) {
        const id = (value as Record<string, unknown>).AccessKeyId
        types.add(id === null ? 'null' : Array.isArray(id) ? 'array' : typeof id)
        if (typeof id === 'string' && checkDescribeApiKeyRequest(value).length === 0) ids.push(id)
      }
    }
    expect([...types].sort()).toEqual(['array', 'boolean', 'null', 'number', 'object', 'string'])
    expect(missing(seen, [' type', 'AccessKeyId required', 'AccessKeyId type', '__proto__ unknown', 'constructor unknown', 'AccessKeyID unknown', 'accessKeyId unknown', 'AccessKeyId  unknown', 'SecretName unknown'])).toEqual([])
    const loneSurrogate = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/
    expect(ids.includes(''), 'the empty id, valid').toBe(true)
    expect(ids.some((id) => id.length > 1000), 'a very long id, valid').toBe(true)
    expect(ids.some((id) => [...id].length < id.length && !loneSurrogate.test(id)), 'an astral id, valid').toBe(true)
    expect(ids.some((id) => loneSurrogate.test(id)), 'a lone surrogate, valid').toBe(true)
    expect(ids.some((id) => /[^A-Za-z0-9_]/.test(id) && id.length >= 5 && id.length <= 50), 'outside CreateApiKey\'s charset, valid').toBe(true)
  })

  test('DescribeApiKey v1 forms: every common parameter malformed, the other action named, AccessKeyId missing or mistyped, unknown names', () => {
    const seen = new Set<string>()
    let otherAction = false
    for (const value of sample(describeQueryCandidate)) {
      for (const v of checkDescribeApiKeyQuery(value)) seen.add(`${v.parameter} ${v.rule}`)
      if ((value as Record<string, unknown>).Action === 'CreateApiKey') otherAction = true
    }
    expect(otherAction).toBe(true)
    const expected = [
      'Action enum', 'Version enum', 'Timestamp format', 'Nonce format', 'SecretId length', 'Signature length', 'Region length', 'SignatureMethod enum',
      'Language enum', 'Action required', 'Timestamp required', 'AccessKeyId required', 'AccessKeyId type', 'Timestamp type', 'AccessKeyID unknown', '__proto__ unknown',
    ]
    expect(missing(seen, expected)).toEqual([])
  })
})

describe('the generators reach the lifecycle actions\' edges', () => {
  const kind = (value: unknown) => (value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value === 'number' && !Number.isInteger(value) ? 'fraction' : typeof value)
  const member = (value: unknown, name: string) => (typeof value === 'object' && value !== null && Object.prototype.hasOwnProperty.call(value, name) ? (value as Record<string, unknown>)[name] : undefined)

  test('DescribeApiKeysStatus requests: Limit 0/1/100/101/-1/1.5/"5"/null, Offset -1/0/huge, every filter name and its neighbours, Values 0/100/101 and non-strings, 10 and 11 filters', () => {
    const seen = new Set<string>()
    const limits = new Set<unknown>()
    const offsets = new Set<unknown>()
    const names = new Set<unknown>()
    const valueCounts = new Set<number>()
    const filterCounts = new Set<number>()
    for (const value of sample(listRequestCandidate)) {
      for (const v of checkDescribeApiKeysStatusRequest(value)) seen.add(`${v.parameter.replace(/\.\d+/g, '.N')} ${v.rule}`)
      limits.add(member(value, 'Limit'))
      offsets.add(member(value, 'Offset'))
      const filters = member(value, 'Filters')
      if (Array.isArray(filters)) {
        filterCounts.add(filters.length)
        for (const filter of filters) {
          names.add(member(filter, 'Name'))
          const values = member(filter, 'Values')
          if (Array.isArray(values)) valueCounts.add(values.length)
        }
      }
    }
    for (const limit of [undefined, 0, 1, 20, 100, 101, -1, 1.5, '5', null]) expect(limits.has(limit), `Limit ${String(limit)}`).toBe(true)
    for (const offset of [undefined, -1, 0, Number.MAX_SAFE_INTEGER, 1e21]) expect(offsets.has(offset), `Offset ${String(offset)}`).toBe(true)
    for (const name of [...FILTER_NAMES, 'accessKeyId', 'STATUS', 'Keyword', 'KeyWords', '']) expect(names.has(name), `filter name ${name}`).toBe(true)
    for (const count of [0, 1, 99, 100, 101]) expect(valueCounts.has(count), `${count} values`).toBe(true)
    for (const count of [0, 1, 9, 10, 11]) expect(filterCounts.has(count), `${count} filters`).toBe(true)
    const expected = [
      ' type', 'Limit type', 'Limit range', 'Offset type', 'Offset range', 'Filters type', 'Filters length', 'Filters.N type', 'Filters.N.Name required', 'Filters.N.Name type',
      'Filters.N.Name enum', 'Filters.N.Values required', 'Filters.N.Values type', 'Filters.N.Values length', 'Filters.N.Values.N type', 'Filters.N.__proto__ unknown', 'limit unknown', '__proto__ unknown',
    ]
    expect(missing(seen, expected)).toEqual([])
  })

  test('DescribeApiKeysStatus v1 forms: Limit and Offset out of range and not decimal, filter names off, unpaired and out-of-bound flattened names', () => {
    const seen = new Set<string>()
    for (const value of sample(listQueryCandidate)) for (const v of checkDescribeApiKeysStatusQuery(value)) seen.add(`${v.parameter.replace(/\.\d+/g, '.N')} ${v.rule}`)
    const expected = [
      'Action enum', 'Timestamp format', 'Limit range', 'Limit format', 'Limit type', 'Offset range', 'Offset format', 'Filters.N.Name enum', 'Filters.N pairing', 'Filters length',
      'Filters.N.Values length', 'Filters.N.Name type', 'Filters.N.name unknown', 'filters.N.Name unknown', 'Filters.N.Values unknown', '__proto__ unknown',
    ]
    expect(missing(seen, expected)).toEqual([])
  })

  test('UpdateApiKey requests: AccessKeySecret of 9, 10, 50, 51 and outside its charset, AccessKeyId of every JSON type, CreateApiKey\'s other parameters unknown', () => {
    const seen = new Set<string>()
    const lengths = new Set<number>()
    const types = new Set<string>()
    for (const value of sample(updateRequestCandidate)) {
      for (const v of checkUpdateApiKeyRequest(value)) seen.add(`${v.parameter} ${v.rule}`)
      const secret = member(value, 'AccessKeySecret')
      if (typeof secret === 'string') lengths.add(secret.length)
      if (member(value, 'AccessKeyId') !== undefined) types.add(kind(member(value, 'AccessKeyId')))
    }
    for (const length of [0, 9, 10, 50, 51]) expect(lengths.has(length), `secret length ${length}`).toBe(true)
    expect([...types].sort()).toEqual(['array', 'boolean', 'fraction', 'null', 'number', 'object', 'string'])
    expect(missing(seen, [' type', 'AccessKeyId required', 'AccessKeyId type', 'AccessKeySecret type', 'AccessKeySecret length', 'AccessKeySecret charset', 'SecretName unknown', 'AccessKeyType unknown', '__proto__ unknown'])).toEqual([])
  })

  test('lifecycle answers: a page\'s members removed, null, mistyped and negative; boolean Results mistyped; codes of other actions', () => {
    const seen = (name: 'DescribeApiKeysStatus' | 'EnableApiKey' | 'UpdateApiKey') => {
      const out = new Set<string>()
      for (const value of sample(generators[name].answer)) for (const v of oracles[name].response(value)) out.add(`${v.parameter.replace(/\.\d+/g, '.N')} ${v.rule}`)
      return out
    }
    expect(missing(seen('DescribeApiKeysStatus'), [
      'Response.Result type', 'Response.Result.TotalCount required', 'Response.Result.TotalCount type', 'Response.Result.TotalCount range', 'Response.Result.ApiKeySet required',
      'Response.Result.ApiKeySet type', 'Response.Result.ApiKeySet.N type', 'Response.Result.ApiKeySet.N.Status enum', 'Response.Result.ApiKeySet.N.CreatedTime format', 'Response.Error.Code enum',
    ])).toEqual([])
    expect(missing(seen('EnableApiKey'), ['Response.Result type', 'Response.Result required', 'Response.RequestId format', 'Response.Error.Code enum'])).toEqual([])
    expect(missing(seen('UpdateApiKey'), ['Response.Result.AccessKeySecret type', 'Response.Result.Status enum', 'Response.Error.Code enum'])).toEqual([])
  })
})
