/**
 * The TC3 verification as functions: the Authorization header's accepted forms and the exact error of each
 * refusal, the canonical forms a signature is accepted in (header case, surrounding blanks, Host with and without
 * its port, extra signed headers), the services accepted in the scope, and the host candidates both signature
 * versions try. Signatures come from the official SDK (`sign3`) or from test/support/tc3Signer.ts.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { ApiFailure } from '../src/emulator/apiFailure.js'
import { hostCandidates } from '../src/emulator/hostCandidates.js'
import { acceptedServices, checkTc3Scope, headerValue, parseTc3Authorization, verifyTc3Signature, type Tc3Request } from '../src/emulator/tc3Signature.js'
import { utcDate, utcSeconds } from '../src/emulator/timestamps.js'
import { Sign } from './support/emulatorWire.js'
import { tc3AuthorizationHeader, tc3Sign } from './support/tc3Signer.js'

const secretId = 'AKIDunitTc3000001'
const secretKey = 'unitTc3SecretKey000001'
const timestamp = 1_780_000_000
const body = Buffer.from('{"SecretName":"unit"}')

/** The ApiFailure `run` throws, as `{ code, message }`. */
function failureOf(run: () => unknown): { code: string; message: string } {
  try {
    run()
  } catch (error) {
    if (error instanceof ApiFailure) return { code: error.code, message: error.message }
    throw error
  }
  throw new Error('expected an ApiFailure')
}

const expectedForm = 'TC3-HMAC-SHA256 Credential=<SecretId>/<YYYY-MM-DD>/apigateway/tc3_request, SignedHeaders=content-type;host, Signature=<64 lowercase hex digits>'
const hex64 = 'ab'.repeat(32)
const good = `TC3-HMAC-SHA256 Credential=${secretId}/2026-05-28/apigateway/tc3_request, SignedHeaders=content-type;host, Signature=${hex64}`

describe('parseTc3Authorization', () => {
  // Loaded afresh for each test: the header's pattern is a module constant, which a mutation run (perTest coverage)
  // credits only to a test during which the module loads. Its ApiFailure class is the fresh copy's too.
  let parseTc3Authorization: (typeof import('../src/emulator/tc3Signature.js'))['parseTc3Authorization']
  let failureOf: (run: () => unknown) => { code: string; message: string }
  beforeEach(async () => {
    vi.resetModules()
    ;({ parseTc3Authorization } = await import('../src/emulator/tc3Signature.js'))
    const { ApiFailure: FreshApiFailure } = await import('../src/emulator/apiFailure.js')
    failureOf = (run) => {
      try {
        run()
      } catch (error) {
        if (error instanceof FreshApiFailure) return { code: error.code, message: error.message }
        throw error
      }
      throw new Error('expected an ApiFailure')
    }
  })

  it('reads every part of the SDK\'s header', () => {
    expect(parseTc3Authorization(good)).toEqual({ secretId, date: '2026-05-28', service: 'apigateway', signedHeaders: ['content-type', 'host'], signature: hex64 })
  })

  it('accepts blanks around the separators, several spaces after the algorithm, trailing blanks, and more signed headers', () => {
    const spaced = `TC3-HMAC-SHA256   Credential=${secretId}/2026-05-28/apigateway/tc3_request ,  SignedHeaders=content-type;host;x-tc-action ,Signature=${hex64}  `
    expect(parseTc3Authorization(spaced)).toEqual({ secretId, date: '2026-05-28', service: 'apigateway', signedHeaders: ['content-type', 'host', 'x-tc-action'], signature: hex64 })
  })

  it('names the algorithm when the header does not start with it', () => {
    for (const header of ['', 'Basic dXNlcjpwYXNz', good.replace('TC3-HMAC-SHA256', 'TC3-HMAC-SHA1'), `x${good}`]) {
      expect(failureOf(() => parseTc3Authorization(header)), header).toEqual({
        code: 'AuthFailure.InvalidAuthorization',
        message: `The Authorization header must use the TC3-HMAC-SHA256 algorithm: ${expectedForm}.`,
      })
    }
  })

  it('shows the expected form when the rest is malformed, without echoing the header', () => {
    const malformed = [
      good.replace('Credential=', 'Cred='),
      good.replace(`Signature=${hex64}`, 'Signature='),
      `TC3-HMAC-SHA256 junk ${good}`,
      good.replace('SignedHeaders=content-type;host', 'SignedHeaders=content-type;;host'),
      good.replace('SignedHeaders=content-type;host', 'SignedHeaders=content-type;Host'),
      `${good}, Extra=1`,
      good.replace(hex64, hex64.toUpperCase()),
    ]
    for (const header of malformed) {
      const failure = failureOf(() => parseTc3Authorization(header))
      expect(failure, header).toEqual({ code: 'AuthFailure.InvalidAuthorization', message: `The Authorization header is malformed; expected ${expectedForm}.` })
      expect(failure.message).not.toContain(secretId)
    }
  })

  it('requires content-type and host among the signed headers', () => {
    for (const list of ['host', 'content-type', 'content-type;x-tc-action', 'host;x-tc-action']) {
      expect(failureOf(() => parseTc3Authorization(good.replace('content-type;host', list))), list).toEqual({
        code: 'AuthFailure.InvalidAuthorization',
        message: 'SignedHeaders must include content-type and host.',
      })
    }
  })
})

describe('checkTc3Scope', () => {
  const scope = (date: string, service: string) => parseTc3Authorization(good.replace('2026-05-28/apigateway', `${date}/${service}`))
  const day = utcDate(timestamp)

  it('accepts the UTC date of the timestamp with the API\'s service or the Host\'s first label', () => {
    expect(() => checkTc3Scope(scope(day, 'apigateway'), timestamp, 'apigateway.tencentcloudapi.com')).not.toThrow()
    expect(() => checkTc3Scope(scope(day, '127'), timestamp, '127.0.0.1:9777')).not.toThrow()
  })

  it('refuses another date, and another service, each with its own message', () => {
    expect(failureOf(() => checkTc3Scope(scope('2001-01-01', 'apigateway'), timestamp, undefined))).toEqual({
      code: 'AuthFailure.SignatureFailure',
      message: 'The date in the Credential scope is not the UTC date of X-TC-Timestamp.',
    })
    expect(failureOf(() => checkTc3Scope(scope(day, 'cvm'), timestamp, '127.0.0.1'))).toEqual({
      code: 'AuthFailure.SignatureFailure',
      message: 'The service in the Credential scope must be apigateway.',
    })
  })
})

describe('acceptedServices', () => {
  it('is apigateway, plus the first label of a Host (trimmed) that is not apigateway', () => {
    expect(acceptedServices(undefined)).toEqual(['apigateway'])
    expect(acceptedServices('')).toEqual(['apigateway'])
    expect(acceptedServices('apigateway.tencentcloudapi.com')).toEqual(['apigateway'])
    expect(acceptedServices('127.0.0.1:9777')).toEqual(['apigateway', '127'])
    expect(acceptedServices('  localhost:9777 ')).toEqual(['apigateway', 'localhost:9777'])
    expect(acceptedServices(' emulator.test ')).toEqual(['apigateway', 'emulator'])
  })
})

describe('hostCandidates', () => {
  it('is the Host as sent (trimmed), and first without its port when it has one', () => {
    expect(hostCandidates('example.test')).toEqual(['example.test'])
    expect(hostCandidates(' example.test ')).toEqual(['example.test'])
    expect(hostCandidates('127.0.0.1:9777')).toEqual(['127.0.0.1', '127.0.0.1:9777'])
    expect(hostCandidates(' 127.0.0.1:9777 ')).toEqual(['127.0.0.1', '127.0.0.1:9777'])
    // Only a trailing :port is a port; IPv6 literals keep their colons.
    expect(hostCandidates('[::1]:9777')).toEqual(['[::1]', '[::1]:9777'])
    expect(hostCandidates('[::1]')).toEqual(['[::1]'])
    expect(hostCandidates('')).toEqual([''])
  })
})

describe('headerValue', () => {
  it('is the value of a header, repeated values joined as HTTP does', () => {
    expect(headerValue({ a: 'x' }, 'a')).toBe('x')
    expect(headerValue({ a: ['x', 'y'] }, 'a')).toBe('x, y')
    expect(headerValue({}, 'a')).toBeUndefined()
  })

  it('reads only the request\'s own headers: a name such as constructor is an absent header, not what the object inherits', () => {
    for (const name of ['constructor', 'toString', 'hasOwnProperty', '__proto__', 'valueOf', 'isPrototypeOf']) expect(headerValue({ a: 'x' }, name), name).toBeUndefined()
    expect(headerValue(Object.assign(Object.create(null), { constructor: 'sent' }), 'constructor')).toBe('sent')
  })
})

describe('verifyTc3Signature', () => {
  const request = (headers: Tc3Request['headers'], overrides: Partial<Tc3Request> = {}): Tc3Request => ({ method: 'POST', path: '/', rawQuery: '', headers, body, timestamp, ...overrides })
  const sign = (canonicalHeaders: [string, string][], overrides: Partial<Parameters<typeof tc3Sign>[0]> = {}) =>
    parseTc3Authorization(tc3AuthorizationHeader(secretId, tc3Sign({ secretKey, canonicalHeaders, body, timestamp, ...overrides })))

  it('accepts the official SDK\'s signature, and the test signer agrees with it', () => {
    const header = Sign.sign3({ method: 'POST', url: 'http://127.0.0.1:9777/', payload: body, timestamp, service: 'apigateway', secretId, secretKey, headers: { 'Content-Type': 'application/json' } })
    expect(tc3AuthorizationHeader(secretId, tc3Sign({ secretKey, canonicalHeaders: [['content-type', 'application/json'], ['host', '127.0.0.1']], body, timestamp }))).toBe(header)
    const headers = { 'content-type': 'application/json', host: '127.0.0.1:9777' }
    expect(verifyTc3Signature(request(headers), parseTc3Authorization(header), secretKey)).toBe(true)
    expect(verifyTc3Signature(request(headers), parseTc3Authorization(header), `${secretKey}x`)).toBe(false)
    expect(verifyTc3Signature(request(headers, { timestamp: timestamp + 1 }), parseTc3Authorization(header), secretKey)).toBe(false)
    expect(verifyTc3Signature(request(headers, { body: Buffer.from('{}') }), parseTc3Authorization(header), secretKey)).toBe(false)
    expect(verifyTc3Signature(request(headers, { rawQuery: 'a=1' }), parseTc3Authorization(header), secretKey)).toBe(false)
    expect(verifyTc3Signature(request(headers, { method: 'GET' }), parseTc3Authorization(header), secretKey)).toBe(false)
  })

  it('accepts header values signed lower-cased or as sent, both trimmed; nothing else', () => {
    const headers = { 'content-type': ' Application/JSON ', host: 'Emulator.Test' }
    const lower = sign([['content-type', 'application/json'], ['host', 'emulator.test']])
    const asSent = sign([['content-type', 'Application/JSON'], ['host', 'Emulator.Test']])
    const untrimmed = sign([['content-type', ' Application/JSON '], ['host', 'Emulator.Test']])
    const upper = sign([['content-type', 'APPLICATION/JSON'], ['host', 'EMULATOR.TEST']])
    expect(verifyTc3Signature(request(headers), lower, secretKey)).toBe(true)
    expect(verifyTc3Signature(request(headers), asSent, secretKey)).toBe(true)
    expect(verifyTc3Signature(request(headers), untrimmed, secretKey)).toBe(false)
    expect(verifyTc3Signature(request(headers), upper, secretKey)).toBe(false)
  })

  it('accepts Host signed with or without its port', () => {
    const headers = { 'content-type': 'application/json', host: 'emulator.test:9777' }
    expect(verifyTc3Signature(request(headers), sign([['content-type', 'application/json'], ['host', 'emulator.test']]), secretKey)).toBe(true)
    expect(verifyTc3Signature(request(headers), sign([['content-type', 'application/json'], ['host', 'emulator.test:9777']]), secretKey)).toBe(true)
    expect(verifyTc3Signature(request(headers), sign([['content-type', 'application/json'], ['host', 'emulator.test:977']]), secretKey)).toBe(false)
  })

  it('signs the headers listed, in their order, an absent one as empty; a request without Host as an empty host', () => {
    const headers = { 'content-type': 'application/json', host: 'emulator.test', 'x-tc-action': 'CreateApiKey' }
    const listed = sign([['content-type', 'application/json'], ['host', 'emulator.test'], ['x-tc-action', 'createapikey'], ['x-absent', '']])
    expect(verifyTc3Signature(request(headers), listed, secretKey)).toBe(true)
    expect(verifyTc3Signature(request({ ...headers, 'x-absent': 'now present' }), listed, secretKey)).toBe(false)
    const reordered = sign([['host', 'emulator.test'], ['content-type', 'application/json']])
    expect(verifyTc3Signature(request(headers), reordered, secretKey)).toBe(true)
    // A signed name that is also an Object.prototype member is an absent header too (it answered InternalError).
    const inherited = sign([['content-type', 'application/json'], ['host', 'emulator.test'], ['constructor', '']])
    expect(verifyTc3Signature(request(headers), inherited, secretKey)).toBe(true)
    const noHost = sign([['content-type', 'application/json'], ['host', '']])
    expect(verifyTc3Signature(request({ 'content-type': 'application/json' }), noHost, secretKey)).toBe(true)
  })

  it('derives the signing key from the scope\'s date and service', () => {
    const headers = { 'content-type': 'application/json', host: 'emulator.test' }
    const canonical: [string, string][] = [['content-type', 'application/json'], ['host', 'emulator.test']]
    for (const overrides of [{ date: '2026-05-27' }, { service: 'cvm' }]) {
      const authorization = sign(canonical, overrides)
      expect(verifyTc3Signature(request(headers), authorization, secretKey), JSON.stringify(overrides)).toBe(true)
      // The same signature under the default scope is not valid: the scope is part of what is signed.
      expect(verifyTc3Signature(request(headers), { ...sign(canonical), signature: authorization.signature }, secretKey)).toBe(false)
    }
  })

  it('keeps verifying correctly after many different keys (the signing-key cache is bounded and exact)', () => {
    const headers = { 'content-type': 'application/json', host: 'emulator.test' }
    const canonical: [string, string][] = [['content-type', 'application/json'], ['host', 'emulator.test']]
    for (let i = 0; i < 600; i++) {
      const key = `${secretKey}-${i}`
      expect(verifyTc3Signature(request(headers), sign(canonical, { secretKey: key }), key)).toBe(true)
    }
    expect(verifyTc3Signature(request(headers), sign(canonical, { secretKey: `${secretKey}-1` }), `${secretKey}-2`)).toBe(false)
  })
})

describe('timestamps', () => {
  it('formats UTC seconds and dates, also on repeated and alternating calls', () => {
    expect(utcSeconds(Date.UTC(2026, 0, 2, 3, 4, 5, 999))).toBe('2026-01-02T03:04:05Z')
    expect(utcSeconds(Date.UTC(2026, 0, 2, 3, 4, 5, 1))).toBe('2026-01-02T03:04:05Z')
    expect(utcSeconds(Date.UTC(2026, 0, 2, 3, 4, 6))).toBe('2026-01-02T03:04:06Z')
    expect(utcSeconds(Date.UTC(2026, 0, 2, 3, 4, 5))).toBe('2026-01-02T03:04:05Z')
    expect(utcDate(Date.UTC(2026, 1, 28, 23, 59, 59) / 1000)).toBe('2026-02-28')
    expect(utcDate(Date.UTC(2026, 2, 1) / 1000)).toBe('2026-03-01')
    expect(utcDate(Date.UTC(2026, 2, 1) / 1000)).toBe('2026-03-01')
    expect(utcDate(Date.UTC(2026, 1, 28, 23, 59, 59) / 1000)).toBe('2026-02-28')
  })
})
