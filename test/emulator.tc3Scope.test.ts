/**
 * The TC3 credential scope's date must be the UTC date of X-TC-Timestamp (the real service refuses a client that
 * signs with its local date). Near UTC midnight a local date differs from the UTC one; these requests are signed
 * correctly in every other respect, so only the scope check can refuse them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createEmulator, type Emulator } from '../src/emulator/index.js'
import { codeOf, createApiKeyHeaders, send, tc3Post } from './support/emulatorWire.js'
import { tc3AuthorizationHeader, tc3Sign } from './support/tc3Signer.js'

const credential = { secretId: 'AKIDtestScope0001', secretKey: 'testSecretKeyForTheScope0001' }

/** A request signed correctly in every respect, with the credential-scope date chosen by the caller. */
function signWithDate(endpoint: string, body: string, timestamp: number, date: string): Record<string, string> {
  const host = endpoint.replace(/:\d+$/, '')
  const signed = tc3Sign({ secretKey: credential.secretKey, canonicalHeaders: [['content-type', 'application/json'], ['host', host]], body, timestamp, date })
  return {
    'Content-Type': 'application/json',
    'X-TC-Action': createApiKeyHeaders.action,
    'X-TC-Version': createApiKeyHeaders.version,
    'X-TC-Timestamp': String(timestamp),
    Authorization: tc3AuthorizationHeader(credential.secretId, signed),
  }
}

/** The calendar date at `offsetHours` from UTC, as a client in that time zone would compute it locally. */
const localDate = (timestamp: number, offsetHours: number) => new Date((timestamp + offsetHours * 3600) * 1000).toISOString().slice(0, 10)

// 2026-03-01T20:00:00Z is already 2026-03-02 in Beijing (UTC+8); 2026-03-02T02:00:00Z is still 2026-03-01 in New York (UTC-5).
const cases = [
  { name: 'UTC+8 ahead of the UTC date', timestamp: Date.UTC(2026, 2, 1, 20) / 1000, offsetHours: 8, utc: '2026-03-01', local: '2026-03-02' },
  { name: 'UTC-5 behind the UTC date', timestamp: Date.UTC(2026, 2, 2, 2) / 1000, offsetHours: -5, utc: '2026-03-02', local: '2026-03-01' },
]

describe.each(cases)('TC3 credential scope date, client at $name', ({ timestamp, offsetHours, utc, local }) => {
  let emulator: Emulator
  beforeAll(async () => {
    emulator = await createEmulator({ credentials: [credential], rateLimitPerSecond: 0, now: () => timestamp * 1000 + 1500 })
  })
  afterAll(() => emulator.close())

  it('the test signer agrees with the official SDK when it uses the UTC date', () => {
    expect(localDate(timestamp, offsetHours)).toBe(local)
    expect(localDate(timestamp, 0)).toBe(utc)
    const body = '{"SecretName":"scope"}'
    const sdk = tc3Post(emulator.endpoint, body, { ...credential, ...createApiKeyHeaders, timestamp })
    expect(signWithDate(emulator.endpoint, body, timestamp, utc).Authorization).toBe(sdk.headers!.Authorization)
    expect(String(sdk.headers!.Authorization)).toContain(`/${utc}/apigateway/`)
  })

  it('accepts the request signed with the UTC date of X-TC-Timestamp', async () => {
    const body = '{"SecretName":"scope utc"}'
    expect(codeOf(await send(emulator.endpoint, { method: 'POST', headers: signWithDate(emulator.endpoint, body, timestamp, utc), body }))).toBe('Success')
  })

  it('refuses the same request signed with the client\'s local date, with AuthFailure.SignatureFailure', async () => {
    const body = '{"SecretName":"scope local"}'
    const answer = await send(emulator.endpoint, { method: 'POST', headers: signWithDate(emulator.endpoint, body, timestamp, local), body })
    expect(codeOf(answer)).toBe('AuthFailure.SignatureFailure')
    expect((answer.body.Response as { Error: { Message: string } }).Error.Message).toBe('The date in the Credential scope is not the UTC date of X-TC-Timestamp.')
    expect(emulator.keyCount()).toBe(1)
  })
})
