/**
 * parseCreateApiKeyRequest's exact messages for each kind of problem (what a caller logs), how long unknown names
 * are cut, and the exact shape of the defaulted request.
 */
import { describe, expect, it } from 'vitest'
import { parseCreateApiKeyRequest } from '../src/index.js'

const errorsOf = (request: unknown) => {
  const parsed = parseCreateApiKeyRequest(request)
  expect(parsed.ok).toBe(false)
  return parsed.ok ? [] : parsed.errors.map((e) => `${e.Code}|${e.parameter}|${e.rule}|${e.Message}`)
}

describe('request messages', () => {
  it('name the parameter and the rule', () => {
    expect(errorsOf({})).toEqual(['MissingParameter|SecretName|required|Missing required parameter SecretName.'])
    expect(errorsOf({ SecretName: 'x', Tags: ['t', { Key: 'k' }, { Key: 'k', Value: 1 }] })).toEqual([
      'InvalidParameter.FormatError|Tags.0|type|Invalid format of parameter Tags.0: it must be an object with Key and Value.',
      'MissingParameter|Tags.1.Value|required|Missing required parameter Tags.1.Value.',
      'InvalidParameter.FormatError|Tags.2.Value|type|Invalid format of parameter Tags.2.Value: it must be a string.',
    ])
    expect(errorsOf({ SecretName: 'x', Tags: 'k=v' })).toEqual(['InvalidParameter.FormatError|Tags|type|Invalid format of parameter Tags: it must be an array of {Key, Value} objects.'])
  })

  it('quote unknown names, cut after 64 characters', () => {
    const long = 'N'.repeat(65)
    expect(errorsOf({ SecretName: 'x', [long]: 1, ['n'.repeat(64)]: 2 })).toEqual([
      `UnknownParameter|${long}|unknown|Unknown parameter "${'N'.repeat(64)}…": CreateApiKey does not define it (names are case-sensitive).`,
      `UnknownParameter|${'n'.repeat(64)}|unknown|Unknown parameter "${'n'.repeat(64)}": CreateApiKey does not define it (names are case-sensitive).`,
    ])
    expect(errorsOf({ SecretName: 'x', Tags: [{ Key: 'k', Value: 'v', [long]: 1 }] })).toEqual([
      `UnknownParameter|Tags.0.${long}|unknown|Unknown parameter "Tags.0.${'N'.repeat(57)}…": CreateApiKey does not define it (names are case-sensitive).`,
    ])
  })

  it('default AccessKeyType to auto in a request of exactly the given parameters', () => {
    const bare = parseCreateApiKeyRequest({ SecretName: 'x' })
    expect(bare.ok && bare.value).toStrictEqual({ SecretName: 'x', AccessKeyType: 'auto' })
    expect(bare.ok && Object.keys(bare.value)).toEqual(['SecretName', 'AccessKeyType'])
    const tagged = parseCreateApiKeyRequest({ SecretName: 'x', Tags: [] })
    expect(tagged.ok && tagged.value).toStrictEqual({ SecretName: 'x', AccessKeyType: 'auto', Tags: [] })
  })
})
