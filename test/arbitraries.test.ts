/**
 * What the arbitraries draw, beyond validity (the property tests hold that): optional members both present and
 * absent, the null forms the contract allows, and the tricky unknown names and boundary values they promise.
 * Sampled with a fixed seed, so the counts below are deterministic. Then, for every action of the registry: the
 * arbitraries agree with the action's parser (each invalid case's code and parameter are the parser's).
 */
import fc from 'fast-check'
import * as exported from '../src/arbitraries/index.js'
import { describe, expect, it } from 'vitest'
import { requestModel } from '../generated/validators/createApiKeyRequest.js'
import type { ArrayParameter } from '../generated/validators/model.js'

const maxTags = (requestModel.parameters.find((parameter) => parameter.name === 'Tags') as ArrayParameter).maxItems
import { actionModels } from '../generated/actions.js'
import * as createApiKeyResponse from '../generated/validators/createApiKeyResponse.js'
import * as describeApiKeyResponse from '../generated/validators/describeApiKeyResponse.js'
import * as describeApiKeysStatusResponse from '../generated/validators/describeApiKeysStatusResponse.js'
import * as updateApiKeyResponse from '../generated/validators/updateApiKeyResponse.js'
import * as enableApiKeyResponse from '../generated/validators/enableApiKeyResponse.js'
import * as disableApiKeyResponse from '../generated/validators/disableApiKeyResponse.js'
import * as deleteApiKeyResponse from '../generated/validators/deleteApiKeyResponse.js'
import { actionNames, runtimeActions } from '../src/index.js'
import {
  actionArbitraries,
  apiKey,
  arbitrariesFor,
  invalidCreateApiKeyRequest,
  invalidDescribeApiKeyRequest,
  secretName,
  successResponse,
  validAutoRequest,
  validDescribeApiKeyRequest,
  validManualRequest,
} from '../src/arbitraries/index.js'

/** Each action's closed error union, as its response validator lists it. */
const responseModules = {
  CreateApiKey: createApiKeyResponse,
  DescribeApiKey: describeApiKeyResponse,
  DescribeApiKeysStatus: describeApiKeysStatusResponse,
  UpdateApiKey: updateApiKeyResponse,
  EnableApiKey: enableApiKeyResponse,
  DisableApiKey: disableApiKeyResponse,
  DeleteApiKey: deleteApiKeyResponse,
} satisfies Record<(typeof actionNames)[number], { errorCodeNames: readonly string[] }>

const sample = <T>(arbitrary: fc.Arbitrary<T>, numRuns = 2000) => fc.sample(arbitrary, { numRuns, seed: 20261201 })

describe('arbitraries draw', () => {
  it('only objects as JSON.parse makes them (no null prototype, so a consumer may call their methods), for every action', () => {
    const unplain = (value: unknown, path: string): string[] => {
      if (typeof value !== 'object' || value === null) return []
      const prototype = Object.getPrototypeOf(value)
      const own = prototype === Object.prototype || prototype === Array.prototype ? [] : [path || '(value)']
      return [...own, ...Object.entries(value).flatMap(([name, member]) => unplain(member, `${path}.${name}`))]
    }
    for (const name of actionNames) {
      const arbitraries = actionArbitraries[name]
      const drawn = [
        ...sample(arbitraries.validRequest() as fc.Arbitrary<unknown>, 300),
        ...sample(arbitraries.invalidRequest() as fc.Arbitrary<{ request: unknown }>, 300).map((invalid) => invalid.request),
        ...sample(arbitraries.response() as fc.Arbitrary<unknown>, 300),
      ]
      expect(drawn.flatMap((value) => unplain(value, '')), name).toEqual([])
      // An invalid request's code is one of its action's (the type says so too).
      for (const invalid of sample(arbitraries.invalidRequest() as fc.Arbitrary<{ code: string }>, 300)) expect(arbitraries.errorCodes as readonly string[], name).toContain(invalid.code)
    }
  })

  it('auto requests with and without AccessKeyType and Tags; manual requests with and without Tags; mostly at most 5 tags, now and then up to maxTags', () => {
    const auto = sample(validAutoRequest())
    expect(auto.some((r) => !('AccessKeyType' in r))).toBe(true)
    expect(auto.some((r) => 'AccessKeyType' in r)).toBe(true)
    expect(auto.some((r) => !('Tags' in r))).toBe(true)
    expect(auto.some((r) => (r.Tags?.length ?? 0) > 0)).toBe(true)
    const manual = sample(validManualRequest())
    expect(manual.some((r) => !('Tags' in r))).toBe(true)
    expect(manual.some((r) => 'Tags' in r)).toBe(true)
    const counts = [...auto, ...manual].map((r) => r.Tags?.length ?? 0)
    expect(counts.filter((count) => count <= 5).length / counts.length).toBeGreaterThan(0.85)
    expect(counts.some((count) => count > 5)).toBe(true)
    expect(Math.max(...counts)).toBeLessThanOrEqual(maxTags)
  })

  it('SecretNames of many lengths, astral characters included', () => {
    const names = sample(secretName())
    expect(new Set(names.map((name) => [...name].length)).size).toBeGreaterThan(10)
    expect(names.every((name) => [...name].length >= 1 && [...name].length <= 50)).toBe(true)
    expect(names.some((name) => [...name].length !== name.length)).toBe(true)
  })

  it('ApiKeys with Tags absent, null and an array; successes with a null Result', () => {
    const keys = sample(apiKey())
    expect(keys.some((key) => !('Tags' in key))).toBe(true)
    expect(keys.some((key) => key.Tags === null)).toBe(true)
    expect(keys.some((key) => Array.isArray(key.Tags))).toBe(true)
    const successes = sample(successResponse())
    expect(successes.some((body) => body.Response.Result === null)).toBe(true)
    expect(successes.every((body) => body.Response.Result !== undefined)).toBe(true)
  })

  it('invalid requests with the promised unknown names, lone surrogates and off-by-one lengths', () => {
    const cases = sample(invalidCreateApiKeyRequest(), 20_000)
    const unknownNames = new Set(cases.filter((c) => c.code === 'UnknownParameter').map((c) => c.parameter))
    for (const name of ['Region', 'secretName', 'SECRETNAME', 'Tag', '__proto__', 'constructor', 'AccessKeyType ', '']) expect(unknownNames.has(name), name).toBe(true)
    // __proto__ arrives as an own, enumerable property.
    const proto = cases.find((c) => c.parameter === '__proto__')!.request as object
    expect(Object.getOwnPropertyDescriptor(proto, '__proto__')).toMatchObject({ enumerable: true, writable: true, configurable: true })
    const secretNames = cases.filter((c) => c.parameter === 'SecretName' && c.code === 'InvalidParameter.FormatError').map((c) => (c.request as { SecretName: unknown }).SecretName)
    expect(secretNames.some((name) => typeof name === 'string' && /[\uD800-\uDFFF]/.test(name) && name.length <= 21)).toBe(true)
    const ids = cases.filter((c) => c.parameter === 'AccessKeyId' && c.code === 'InvalidParameter.FormatError').map((c) => (c.request as { AccessKeyId: unknown }).AccessKeyId)
    const lengths = new Set(ids.filter((id): id is string => typeof id === 'string').map((id) => id.length))
    for (const length of [0, 4, 51]) expect(lengths.has(length), String(length)).toBe(true)
    expect(ids.some((id) => typeof id === 'string' && /^[A-Za-z0-9_]*[^A-Za-z0-9_][A-Za-z0-9_]+$/.test(id))).toBe(true)
    expect(ids.some((id) => typeof id === 'string' && /^[A-Za-z0-9_]+[^A-Za-z0-9_][A-Za-z0-9_]*$/.test(id))).toBe(true)
    expect(ids.some((id) => typeof id === 'number' && !Number.isInteger(id))).toBe(true)
  })
})

describe.each(actionNames)('%s: the registry-shaped arbitraries', (name) => {
  const arbitraries = arbitrariesFor(name)
  const { parseRequest, parseResponse } = runtimeActions[name]
  const union = new Set<string>(responseModules[name].errorCodeNames)

  it('valid requests parse; each invalid request gets exactly its tagged code, for its parameter, from the parser', () => {
    for (const request of sample(arbitraries.validRequest(), 1000)) expect(parseRequest(request), fc.stringify(request)).toMatchObject({ ok: true })
    const cases = sample(arbitraries.invalidRequest(), 3000)
    for (const { request, code, parameter } of cases) {
      const result = parseRequest(request)
      expect(result.ok ? [] : result.errors.map((e) => [e.Code, e.parameter]), fc.stringify(request)).toEqual([[code, parameter]])
    }
    // Every parameter of the model gets at least one case, and every kind of problem its code.
    const parameters = new Set(cases.map((c) => c.parameter.replace(/\.\d+/g, '.N')))
    for (const parameter of actionModels[name].request.parameters) expect(parameters.has(parameter.name), parameter.name).toBe(true)
    const codes = new Set<string>(cases.map((c) => c.code))
    for (const code of ['MissingParameter', 'UnknownParameter', actionModels[name].request.formatErrorCode, 'UnsupportedOperation.UnpackError']) expect(codes.has(code), code).toBe(true)
  })

  it('every parameter-level code is in the action\'s closed error union', () => {
    const codes = new Set(sample(arbitraries.invalidRequest(), 3000).filter((c) => c.parameter !== '(body)').map((c) => c.code))
    expect([...codes].filter((code) => !union.has(code))).toEqual([])
  })

  it('successes, errors and either envelope parse to their kind; errors draw codes of the action\'s union only', () => {
    for (const body of sample(arbitraries.successResponse(), 500)) expect(parseResponse(body).kind).toBe('success')
    const errors = sample(arbitraries.errorResponse(), 500)
    for (const body of errors) expect(parseResponse(body).kind).toBe('error')
    expect(errors.every((body) => union.has(body.Response.Error.Code))).toBe(true)
    expect(new Set(errors.map((body) => body.Response.Error.Code)).size).toBeGreaterThan(union.size / 2)
    const kinds = new Set(sample(arbitraries.response(), 500).map((body) => parseResponse(body).kind))
    expect([...kinds].sort()).toEqual(['error', 'success'])
  })
})

describe('the registry of arbitraries', () => {
  it('holds every action of the runtime registry, in order, and refuses other names', () => {
    expect(Object.keys(actionArbitraries)).toEqual([...actionNames])
    expect(() => arbitrariesFor('BindSecretIds' as never)).toThrow(/no action BindSecretIds/)
  })

  it('every action has its five named arbitraries (valid<Action>Request, invalid<Action>Request, <action>SuccessResponse, <action>ErrorResponse, <action>Response), drawing what the registry\'s draw', () => {
    for (const name of actionNames) {
      const lower = `${name[0]!.toLowerCase()}${name.slice(1)}`
      const named = [`valid${name}Request`, `invalid${name}Request`, `${lower}SuccessResponse`, `${lower}ErrorResponse`, `${lower}Response`]
      const functions = named.map((key) => (exported as Record<string, unknown>)[key])
      expect(functions.map((f) => typeof f), name).toEqual(named.map(() => 'function'))
      const [valid] = functions as (() => fc.Arbitrary<unknown>)[]
      expect(sample(valid!(), 20), name).toEqual(sample(arbitrariesFor(name).validRequest(), 20))
    }
  })

  it('DescribeApiKey: AccessKeyIds that are empty, long, astral and with a lone surrogate are valid (decision key-id-lookup)', () => {
    const ids = sample(validDescribeApiKeyRequest(), 3000).map((request) => request.AccessKeyId)
    expect(ids.includes('')).toBe(true)
    expect(ids.some((id) => id.length >= 200)).toBe(true)
    const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/
    expect(ids.some((id) => [...id].length < id.length && !loneSurrogate.test(id))).toBe(true)
    expect(ids.some((id) => loneSurrogate.test(id))).toBe(true)
    const unknown = new Set(sample(invalidDescribeApiKeyRequest(), 5000).filter((c) => c.code === 'UnknownParameter').map((c) => c.parameter))
    for (const name of ['accessKeyId', 'ACCESSKEYID', 'AccessKeyId ', 'Region', '__proto__', 'constructor', '']) expect(unknown.has(name), name).toBe(true)
  })

  it('DescribeApiKeysStatus: Limit and Offset at and beyond their bounds, every filter name, Values empty and full; the out-of-range and filter-name codes', () => {
    const arbitraries = arbitrariesFor('DescribeApiKeysStatus')
    const valid = sample(arbitraries.validRequest(), 3000)
    const limits = new Set(valid.map((request) => request.Limit))
    for (const limit of [undefined, 1, 2, 20, 99, 100]) expect(limits.has(limit), String(limit)).toBe(true)
    expect(valid.some((request) => request.Offset === undefined) && valid.some((request) => request.Offset === 0) && valid.some((request) => (request.Offset ?? 0) > 1_000_000)).toBe(true)
    const filters = valid.flatMap((request) => request.Filters ?? [])
    expect(new Set(filters.map((filter) => filter.Name)).size).toBe(6)
    expect(filters.some((filter) => filter.Values.length === 0) && filters.some((filter) => filter.Values.length === 100)).toBe(true)
    expect(valid.some((request) => request.Filters?.length === 10)).toBe(true)
    const cases = sample(arbitraries.invalidRequest(), 6000)
    const limitCases = cases.filter((c) => c.parameter === 'Limit').map((c) => [c.code, (c.request as { Limit: unknown }).Limit] as const)
    for (const [code, value] of [['InvalidParameterValue', 0], ['InvalidParameterValue', 101]] as const) expect(limitCases.some(([c, v]) => c === code && v === value), `${code} ${value}`).toBe(true)
    expect(limitCases.some(([c, v]) => c === 'InvalidParameter.FormatError' && typeof v === 'number' && !Number.isInteger(v))).toBe(true)
    expect(limitCases.some(([c, v]) => c === 'InvalidParameter.FormatError' && typeof v === 'string')).toBe(true)
    expect(cases.some((c) => c.parameter === 'Offset' && c.code === 'InvalidParameterValue' && (c.request as { Offset: unknown }).Offset === -1)).toBe(true)
    expect(cases.some((c) => /^Filters\.\d+\.Name$/.test(c.parameter) && c.code === 'InvalidParameterValue.InvalidFilterNotSupportedName')).toBe(true)
    expect(cases.some((c) => /^Filters\.\d+\.Values$/.test(c.parameter) && (c.request as { Filters: { Values: unknown }[] }).Filters.some((filter) => Array.isArray(filter.Values) && filter.Values.length === 101))).toBe(true)
    expect(cases.some((c) => /^Filters\.\d+\.Values\.\d+$/.test(c.parameter))).toBe(true)
    expect(cases.some((c) => c.parameter === 'Filters' && Array.isArray((c.request as { Filters: unknown }).Filters) && (c.request as { Filters: unknown[] }).Filters.length === 11)).toBe(true)
  })

  it('UpdateApiKey: AccessKeySecret absent and at 10 and 50; 9, 51 and a foreign character refused; any AccessKeyId', () => {
    const arbitraries = arbitrariesFor('UpdateApiKey')
    const valid = sample(arbitraries.validRequest(), 3000)
    const lengths = new Set(valid.map((request) => request.AccessKeySecret?.length))
    for (const length of [undefined, 10, 50]) expect(lengths.has(length), String(length)).toBe(true)
    expect(valid.some((request) => request.AccessKeyId === '')).toBe(true)
    const secrets = sample(arbitraries.invalidRequest(), 5000).filter((c) => c.parameter === 'AccessKeySecret' && c.code === 'InvalidParameter.FormatError').map((c) => (c.request as { AccessKeySecret: unknown }).AccessKeySecret)
    const bad = new Set(secrets.filter((secret): secret is string => typeof secret === 'string').map((secret) => secret.length))
    for (const length of [9, 51]) expect(bad.has(length), String(length)).toBe(true)
    expect(secrets.some((secret) => typeof secret === 'string' && secret.length >= 10 && secret.length <= 50)).toBe(true)
  })

  it('the results: ApiKeysStatus with null and empty members, TotalCount never below the page; a boolean for Enable, Disable and Delete', () => {
    const pages = sample(arbitrariesFor('DescribeApiKeysStatus').result())
    expect(pages.some((page) => page.TotalCount === null) && pages.some((page) => page.ApiKeySet === null) && pages.some((page) => page.ApiKeySet?.length === 0)).toBe(true)
    expect(pages.every((page) => page.TotalCount === null || page.TotalCount >= (page.ApiKeySet?.length ?? 0))).toBe(true)
    for (const name of ['EnableApiKey', 'DisableApiKey', 'DeleteApiKey'] as const) expect(new Set(sample(arbitrariesFor(name).result(), 100))).toEqual(new Set([true, false]))
  })

  // Decision shared-codes: a body that is not an object gets UnsupportedOperation.UnpackError for every action, and
  // that code is in every action's closed union, so an emulator answering it still keeps the action's envelope.
  it.each(Object.keys(runtimeActions) as (keyof typeof runtimeActions)[])('%s: the answer to a non-object body is in its closed error union (decision shared-codes)', (name) => {
    const result = runtimeActions[name].parseRequest(null)
    expect(!result.ok && (responseModules[name].errorCodeNames as readonly string[]).includes(result.error.Code)).toBe(true)
  })
})
