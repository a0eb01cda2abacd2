/**
 * What the arbitraries draw, beyond validity (the property tests hold that): optional members both present and
 * absent, the null forms the contract allows, and the tricky unknown names and boundary values they promise.
 * Sampled with a fixed seed, so the counts below are deterministic.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { requestModel } from '../generated/validators/createApiKeyRequest.js'
import type { ArrayParameter } from '../generated/validators/model.js'

const maxTags = (requestModel.parameters.find((parameter) => parameter.name === 'Tags') as ArrayParameter).maxItems
import { apiKey, invalidCreateApiKeyRequest, secretName, successResponse, validAutoRequest, validManualRequest } from '../src/arbitraries/index.js'

const sample = <T>(arbitrary: fc.Arbitrary<T>, numRuns = 2000) => fc.sample(arbitrary, { numRuns, seed: 20261201 })

describe('arbitraries draw', () => {
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
