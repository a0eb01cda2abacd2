/**
 * The official Node SDK (tencentcloud-sdk-nodejs, pinned devDependency) against the emulator, as a user's code would
 * call it: apigateway v20180808 Client, endpoint = the emulator, protocol http://.
 */
import http from 'node:http'
import { createRequire } from 'node:module'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createEmulator, defaultCredential, type Emulator } from '../src/emulator/index.js'
import { parseCreateApiKeyRequest, parseCreateApiKeyResponse } from '../src/index.js'

const require = createRequire(import.meta.url)
const tencentcloud = require('tencentcloud-sdk-nodejs') as {
  apigateway: { v20180808: { Client: new (config: object) => { CreateApiKey(request: object): Promise<{ Result: Record<string, unknown>; RequestId: string }> } } }
}
const sdkVersion = (require('tencentcloud-sdk-nodejs/package.json') as { version: string }).version

let emulator: Emulator
beforeAll(async () => {
  emulator = await createEmulator({ rateLimitPerSecond: 0 })
})
afterAll(() => emulator.close())

interface ClientOptions {
  secretKey?: string
  secretId?: string
  signMethod?: 'TC3-HMAC-SHA256' | 'HmacSHA1' | 'HmacSHA256'
  reqMethod?: 'GET' | 'POST'
}

function client(options: ClientOptions = {}) {
  return new tencentcloud.apigateway.v20180808.Client({
    credential: { secretId: options.secretId ?? defaultCredential.secretId, secretKey: options.secretKey ?? defaultCredential.secretKey },
    region: 'ap-guangzhou',
    profile: {
      ...(options.signMethod ? { signMethod: options.signMethod } : {}),
      // An explicit agent also keeps the SDK away from any http_proxy in the environment.
      httpProfile: { endpoint: emulator.endpoint, protocol: 'http://', reqMethod: options.reqMethod ?? 'POST', agent: new http.Agent() },
    },
  })
}

/** The SDK returns `Response`; put it back in its envelope to check it against the contract. */
const expectContractSuccess = (response: { Result: unknown; RequestId: string }) => {
  const parsed = parseCreateApiKeyResponse({ Response: response })
  expect(parsed.kind).toBe('success')
}

async function sdkError(call: Promise<unknown>): Promise<{ code: string; requestId: string }> {
  try {
    await call
  } catch (error) {
    return error as { code: string; requestId: string }
  }
  throw new Error('the call succeeded')
}

describe(`official SDK tencentcloud-sdk-nodejs ${sdkVersion}`, () => {
  it('is the pinned version', () => {
    expect(sdkVersion).toBe('4.1.313')
  })

  it('creates an auto key (TC3-HMAC-SHA256, its default)', async () => {
    const response = await client().CreateApiKey({ SecretName: 'sdk auto' })
    expectContractSuccess(response)
    expect(response.Result).toMatchObject({ AccessKeyType: 'auto', SecretName: 'sdk auto', Status: 1 })
    expect(response.Result.AccessKeyId).toMatch(/^[A-Za-z0-9_]{5,50}$/)
    expect(response.Result.AccessKeySecret).toMatch(/^[A-Za-z0-9_]{10,50}$/)
  })

  it('creates a manual key, then gets FailedOperation.AccessKeyExist on a repeat', async () => {
    const request = { SecretName: 'sdk manual', AccessKeyType: 'manual', AccessKeyId: 'sdk_manual_key', AccessKeySecret: 'sdk_manual_secret', Tags: [{ Key: 'env', Value: 'ci' }] }
    const response = await client().CreateApiKey(request)
    expectContractSuccess(response)
    expect(response.Result).toMatchObject({ AccessKeyId: 'sdk_manual_key', AccessKeySecret: 'sdk_manual_secret', AccessKeyType: 'manual', Tags: [{ Key: 'env', Value: 'ci' }] })
    const error = await sdkError(client().CreateApiKey(request))
    expect(error.code).toBe('FailedOperation.AccessKeyExist')
    expect(error.requestId).toMatch(/^[0-9a-f-]{36}$/)
  })

  it('gets a signature error with a wrong secret and SecretIdNotFound with an unknown id', async () => {
    expect((await sdkError(client({ secretKey: 'not-the-secret' }).CreateApiKey({ SecretName: 'x' }))).code).toBe('AuthFailure.SignatureFailure')
    expect((await sdkError(client({ secretId: 'AKIDunknown' }).CreateApiKey({ SecretName: 'x' }))).code).toBe('AuthFailure.SecretIdNotFound')
  })

  it('gets the validator\'s codes for invalid requests', async () => {
    const invalid = [
      {},
      { SecretName: 'x', AccessKeyType: 'manual', AccessKeyId: 'ab' },
      { SecretName: 'x', AccessKeyType: 'manual', AccessKeyId: 'a-b-c', AccessKeySecret: 'abcdefghij' },
      { SecretName: 'x', AccessKeyType: 'semi' },
    ]
    for (const request of invalid) {
      const expected = parseCreateApiKeyRequest(request)
      expect(expected.ok).toBe(false)
      expect((await sdkError(client().CreateApiKey(request))).code).toBe(expected.ok ? '' : expected.error.Code)
    }
  })

  it('signs TC3 over GET too', async () => {
    const response = await client({ reqMethod: 'GET' }).CreateApiKey({ SecretName: 'sdk tc3 get', Tags: [{ Key: 'a', Value: 'b c&d=e' }] })
    expectContractSuccess(response)
    expect(response.Result.Tags).toEqual([{ Key: 'a', Value: 'b c&d=e' }])
  })

  for (const signMethod of ['HmacSHA1', 'HmacSHA256'] as const) {
    for (const reqMethod of ['GET', 'POST'] as const) {
      it(`signs v1 with ${signMethod} by ${reqMethod}`, async () => {
        const response = await client({ signMethod, reqMethod }).CreateApiKey({ SecretName: `sdk ${signMethod} ${reqMethod}`, Tags: [{ Key: 'k', Value: 'v/+=' }] })
        expectContractSuccess(response)
        expect(response.Result).toMatchObject({ SecretName: `sdk ${signMethod} ${reqMethod}`, Tags: [{ Key: 'k', Value: 'v/+=' }] })
        const manual = { SecretName: 'v1 manual', AccessKeyType: 'manual', AccessKeyId: `v1_${signMethod}_${reqMethod}`, AccessKeySecret: 'v1_manual_secret' }
        await client({ signMethod, reqMethod }).CreateApiKey(manual)
        expect((await sdkError(client({ signMethod, reqMethod }).CreateApiKey(manual))).code).toBe('FailedOperation.AccessKeyExist')
        expect((await sdkError(client({ signMethod, reqMethod, secretKey: 'wrong' }).CreateApiKey({ SecretName: 'x' }))).code).toBe('AuthFailure.SignatureFailure')
      })
    }
  }
})
