/**
 * The action pipeline without HTTP, serving CreateApiKey, on a fixed clock: the exact code and message of each refusal on the way
 * from the request to the key store (empty values, the skew bound, timestamp and nonce forms, quota, duplicates),
 * so a caller's log reads as documented. Requests are signed with test/support/tc3Signer.ts or as the SDK signs v1.
 */
import { createHmac } from 'node:crypto'
import { afterAll, describe, expect, it } from 'vitest'
import { ActionPipeline, type PipelineSettings, type WireRequest } from '../src/emulator/pipeline.js'
import { CredentialStore } from '../src/emulator/credentials.js'
import { KeyStore } from '../src/emulator/keyStore.js'
import { RateLimiter } from '../src/emulator/rateLimiter.js'
import { ReplayGuard } from '../src/emulator/replayGuard.js'
import { actionNames, signatureMaxSkewSeconds } from '../src/emulator/contractLimits.js'
import { tc3AuthorizationHeader, tc3Sign } from './support/tc3Signer.js'

const credential = { secretId: 'AKIDpipeline0001', secretKey: 'pipelineSecretKey0001' }
const temporary = { secretId: 'AKIDpipeline0002', secretKey: 'pipelineSecretKey0002', token: 'tok' }
const nowSeconds = 1_780_000_000
const store = new KeyStore()
afterAll(() => store.close())
const pipeline = new ActionPipeline({
  credentials: new CredentialStore([credential, temporary]),
  store,
  rateLimiters: Object.fromEntries(actionNames.map((action) => [action, new RateLimiter(0, () => nowSeconds * 1000)])) as PipelineSettings['rateLimiters'],
  keyQuota: 3,
  now: () => nowSeconds * 1000,
  replayGuard: new ReplayGuard(signatureMaxSkewSeconds, () => nowSeconds * 1000),
  signedHosts: [],
})

const host = 'emulator.test'
function tc3(body: string, overrides: { timestamp?: string; headers?: Record<string, string>; who?: typeof credential } = {}): WireRequest {
  const who = overrides.who ?? credential
  const timestamp = overrides.timestamp ?? String(nowSeconds)
  const signed = tc3Sign({ secretKey: who.secretKey, canonicalHeaders: [['content-type', 'application/json'], ['host', host]], body, timestamp: Number(timestamp) || 0 })
  return {
    method: 'POST',
    url: '/',
    headers: { 'content-type': 'application/json', host, 'x-tc-action': 'CreateApiKey', 'x-tc-version': '2018-08-08', 'x-tc-timestamp': timestamp, authorization: tc3AuthorizationHeader(who.secretId, signed), ...overrides.headers },
    body: { kind: 'json', raw: Buffer.from(body) },
  }
}
function v1(parameters: Record<string, string>): WireRequest {
  const params: Record<string, string> = { Action: 'CreateApiKey', Version: '2018-08-08', Timestamp: String(nowSeconds), Nonce: '7', SecretId: credential.secretId, ...parameters }
  const text = `GET${host}/?${Object.keys(params).sort().map((name) => `${name}=${params[name]}`).join('&')}`
  params.Signature = createHmac('sha1', credential.secretKey).update(text).digest('base64')
  return { method: 'GET', url: `/?${new URLSearchParams(params)}`, headers: { host }, body: { kind: 'none' } }
}
const answer = async (request: WireRequest) => {
  const result = await pipeline.handle(request)
  const response = result.response.Response
  return 'Error' in response ? `${response.Error.Code}: ${response.Error.Message}` : 'Success'
}

describe('pipeline refusals', () => {
  it('routing and transport', async () => {
    expect(await answer({ ...tc3('{}'), method: 'PUT' })).toBe('UnsupportedProtocol: HTTP method PUT is not supported: use POST (recommended) or GET.')
    expect(await answer({ ...tc3('{}'), url: '/x' })).toBe('UnsupportedOperation: API 3.0 is served at the path / only.')
    // A POST's parameters are its body's only: a query, even one the signature covers, is refused, in both signatures.
    const postQuery = 'UnknownParameter: A POST carries its parameters in its body: its URL must have no query string.'
    expect(await answer({ ...tc3('{"SecretName":"q"}'), url: '/?SecretName=other' })).toBe(postQuery)
    expect(await answer({ ...tc3('{"SecretName":"q"}'), url: '/?&' })).toBe(postQuery)
    const form = v1({ SecretName: 'q' })
    expect(await answer({ ...form, method: 'POST', url: '/?Bogus=1', headers: { host, 'content-type': 'application/x-www-form-urlencoded' }, body: { kind: 'form', raw: Buffer.from(form.url.slice(2)) } })).toBe(postQuery)
    // A bare `?` is no query: the request goes on to validation (which refuses `{}` without creating a key).
    expect(await answer({ ...tc3('{}'), url: '/?' })).toBe('MissingParameter: Missing required parameter SecretName.')
    expect(await answer({ ...tc3('{}'), body: { kind: 'none' } })).toBe('UnsupportedOperation.UnpackError: A POST needs a Content-Type: application/json (signature v3) or application/x-www-form-urlencoded (signature v1).')
    expect(await answer({ ...tc3('{}'), body: { kind: 'unsupported', mediaType: `text/${'x'.repeat(200)}` } })).toBe(
      `UnsupportedOperation.UnpackError: Content-Type "text/${'x'.repeat(95)}" is not supported: use application/json (signature v3) or application/x-www-form-urlencoded (signature v1).`,
    )
    for (const [headers, expected] of [
      [{ 'x-tc-action': '' }, 'MissingParameter: Missing required parameter X-TC-Action.'],
      [{ 'x-tc-action': 'Other' }, 'InvalidAction: The action is not supported by this endpoint: only CreateApiKey, DescribeApiKey, DescribeApiKeysStatus, UpdateApiKey, EnableApiKey, DisableApiKey and DeleteApiKey are (names are case-sensitive).'],
      [{ 'x-tc-version': '' }, 'MissingParameter: Missing required parameter X-TC-Version.'],
      [{ 'x-tc-version': '2017-03-12' }, 'NoSuchVersion: The version is not supported: CreateApiKey is served for X-TC-Version 2018-08-08.'],
    ] as const) {
      expect(await answer(tc3('{"SecretName":"x"}', { headers })), JSON.stringify(headers)).toBe(expected)
    }
    const get = v1({ SecretName: 'x' })
    expect(await answer({ ...get, url: `${get.url}&Pad=${'p'.repeat(32 * 1024 - get.url.length - 5 + 1)}` })).toBe('RequestSizeLimitExceeded: A GET request may be at most 32768 bytes (32 KB).')
  })

  it('TC3 timestamps, keys and tokens', async () => {
    const { authorization: _, ...unsigned } = tc3('{}').headers as Record<string, string>
    expect(await answer({ ...tc3('{}'), headers: unsigned })).toBe('AuthFailure.InvalidAuthorization: A JSON POST is signed with TC3-HMAC-SHA256: the Authorization header is missing.')
    expect(await answer(tc3('{"SecretName":"x"}', { timestamp: '' }))).toBe('MissingParameter: Missing required parameter X-TC-Timestamp.')
    for (const timestamp of [`${nowSeconds}x`, `x${nowSeconds}`, '12345678901']) {
      expect(await answer(tc3('{"SecretName":"x"}', { timestamp })), timestamp).toBe('InvalidParameter: Invalid parameter X-TC-Timestamp: it must match ^[0-9]{1,10}$.')
    }
    expect(await answer(tc3('{"SecretName":"edge"}', { timestamp: String(nowSeconds - 300) }))).toBe('Success')
    expect(await answer(tc3('{"SecretName":"edge"}', { timestamp: String(nowSeconds + 301) }))).toBe('AuthFailure.SignatureExpire: The request timestamp is 301 seconds from the server time; at most 300 are allowed.')
    expect(await answer(tc3('{"SecretName":"x"}', { who: { ...credential, secretId: 'AKIDnobody' } }))).toBe("AuthFailure.SecretIdNotFound: The SecretId is not one of the emulator's configured credentials.")
    expect(await answer(tc3('{"SecretName":"x"}', { who: { ...credential, secretKey: 'wrong' } }))).toBe('AuthFailure.SignatureFailure: The signature does not match the request: check the SecretKey and the canonical request.')
    expect(await answer(tc3('{"SecretName":"x"}', { who: temporary }))).toBe('AuthFailure.TokenFailure: This SecretId is temporary: send its token (X-TC-Token or Token).')
    expect(await answer(tc3('{"SecretName":"x"}', { headers: { 'x-tc-token': 'tok' } }))).toBe('AuthFailure.TokenFailure: A token was sent for a SecretId that has none.')
    expect(await answer(tc3('{"SecretName":'))).toBe('UnsupportedOperation.UnpackError: The body is not valid JSON: send the parameters as one JSON object.')
  })

  it('v1 parameters', async () => {
    for (const name of ['Action', 'Version', 'SecretId', 'Timestamp', 'Nonce']) {
      expect(await answer(v1({ SecretName: 'x', [name]: '' })), name).toBe(`MissingParameter: Missing required parameter ${name}.`)
    }
    for (const nonce of ['1x', 'x1', '-1']) expect(await answer(v1({ SecretName: 'x', Nonce: nonce })), nonce).toBe('InvalidParameter: Invalid parameter Nonce: it must match ^(?:0|[1-9][0-9]{0,9})$.')
    expect(await answer(v1({ SecretName: 'x', Timestamp: '1x' }))).toBe('InvalidParameter: Invalid parameter Timestamp: it must match ^[0-9]{1,10}$.')
    expect(await answer(v1({ SecretName: 'x', SignatureMethod: 'HmacMD5' }))).toBe('InvalidParameterValue: Invalid value of parameter SignatureMethod: it must be HmacSHA1 or HmacSHA256.')
    const wrong = v1({ SecretName: 'x' })
    expect(await answer({ ...wrong, headers: { host: 'other.test' } })).toBe('AuthFailure.SignatureFailure: The signature does not match the request: check the SecretKey and the string to sign.')
    expect(await answer({ ...wrong, headers: {} })).toBe('AuthFailure.SignatureFailure: The signature does not match the request: check the SecretKey and the string to sign.')
  })

  it('the key store: a taken manual AccessKeyId, then the quota; the trace names the signature version', async () => {
    const manual = '{"SecretName":"m","AccessKeyType":"manual","AccessKeyId":"pipeline_key","AccessKeySecret":"pipeline_secret"}'
    expect(await answer(tc3(manual))).toBe('Success')
    expect(await answer(tc3(manual))).toBe('FailedOperation.AccessKeyExist: A key with this AccessKeyId already exists.')
    expect(await answer(tc3('{"SecretName":"third"}'))).toBe('Success')
    expect(await answer(tc3('{"SecretName":"fourth"}'))).toBe("LimitExceeded.ApiKeyCountLimitExceeded: The account already has 3 keys, the emulator's key quota.")
    expect(await pipeline.handle(tc3('{}'))).toMatchObject({ signatureVersion: 'v3', secretId: credential.secretId })
    expect(await pipeline.handle(v1({ SecretName: 'x' }))).toMatchObject({ signatureVersion: 'v1', secretId: credential.secretId })
    expect((await pipeline.handle(tc3('{"SecretName":"x"}'))).outcome).toBe('LimitExceeded.ApiKeyCountLimitExceeded')
  })
})
