/** A first property on the request's boundaries: lengths and charset of AccessKeyId and AccessKeySecret. */
import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { Value } from '@sinclair/typebox/value'
import { accessKeyIdLength, accessKeySecretLength, CreateApiKeyRequest } from '../schema/index.js'
import { fromJsonSchemaFile, fromOpenApi } from './support/ajv.js'

const numRuns = Number(process.env.FC_NUM_RUNS ?? 2000)
const allowed = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_'
const isAllowed = (value: string) => [...value].every((char) => allowed.includes(char))
/** Mostly allowed characters, sometimes one that is not: the edge of the charset. */
const keyChar = fc.oneof({ weight: 8, arbitrary: fc.constantFrom(...allowed) }, { weight: 1, arbitrary: fc.constantFrom('-', ' ', '.', 'é', '０', '\n', '😀', '\u0000') })
const keyString = (bound: { min: number; max: number }) =>
  fc.oneof(fc.integer({ min: 0, max: bound.max + 3 }), fc.constantFrom(bound.min - 1, bound.min, bound.max, bound.max + 1))
    .chain((length) => fc.array(keyChar, { minLength: Math.max(0, length), maxLength: Math.max(0, length) }).map((chars) => chars.join('')))

const expectedValid = (id: string, secret: string) =>
  isAllowed(id) && id.length >= accessKeyIdLength.min && id.length <= accessKeyIdLength.max &&
  isAllowed(secret) && secret.length >= accessKeySecretLength.min && secret.length <= accessKeySecretLength.max

describe('manual key boundaries', () => {
  test('TypeBox, the JSON Schema file and the OpenAPI component accept exactly the documented ids and secrets', () => {
    const viaFile = fromJsonSchemaFile('CreateApiKeyRequest')
    const viaOpenApi = fromOpenApi('CreateApiKeyRequest')
    let checked = 0
    fc.assert(
      fc.property(keyString(accessKeyIdLength), keyString(accessKeySecretLength), (AccessKeyId, AccessKeySecret) => {
        const request = { SecretName: 'n', AccessKeyType: 'manual', AccessKeyId, AccessKeySecret }
        const expected = expectedValid(AccessKeyId, AccessKeySecret)
        checked++
        expect(Value.Check(CreateApiKeyRequest, request)).toBe(expected)
        expect(viaFile(request)).toBe(expected)
        expect(viaOpenApi(request)).toBe(expected)
      }),
      { numRuns },
    )
    console.log(`manual key boundaries: ${checked} cases`)
  })
})
