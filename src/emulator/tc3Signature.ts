/**
 * Verifies a TC3-HMAC-SHA256 (signature v3) request exactly as the official SDKs sign it
 * (tencentcloud-sdk-nodejs common/sign.js `sign3`).
 */
import { createHmac, hash, timingSafeEqual } from 'node:crypto'
import { fail } from './apiFailure.js'
import { service as apiService } from './contractLimits.js'
import { hmacSha256, prepareHmacKey, type HmacKey } from './hmacSha256.js'
import { hostCandidates } from './hostCandidates.js'
import { utcDate } from './timestamps.js'
import { tc3Algorithm, tc3CanonicalRequest, tc3StringToSign } from '../client/signTc3.js'

export { tc3Algorithm }

export interface Tc3Authorization {
  readonly secretId: string
  readonly date: string
  readonly service: string
  readonly signedHeaders: readonly string[]
  readonly signature: string
}

const authorizationPattern =
  /^TC3-HMAC-SHA256 +Credential=([^/,\s]+)\/(\d{4}-\d{2}-\d{2})\/([^/,\s]+)\/tc3_request *, *SignedHeaders=([a-z0-9-]+(?:;[a-z0-9-]+)*) *, *Signature=([0-9a-f]{64})$/

const expectedForm = `${tc3Algorithm} Credential=<SecretId>/<YYYY-MM-DD>/${apiService}/tc3_request, SignedHeaders=content-type;host, Signature=<64 lowercase hex digits>`

/** Parses the Authorization header; any other shape is AuthFailure.InvalidAuthorization (the header is never echoed). */
export function parseTc3Authorization(header: string): Tc3Authorization {
  if (!header.startsWith(`${tc3Algorithm} `)) {
    fail('AuthFailure.InvalidAuthorization', `The Authorization header must use the ${tc3Algorithm} algorithm: ${expectedForm}.`)
  }
  const match = authorizationPattern.exec(header.trim())
  if (!match) fail('AuthFailure.InvalidAuthorization', `The Authorization header is malformed; expected ${expectedForm}.`)
  const [, secretId, date, service, signedHeaders, signature] = match as unknown as string[]
  const headers = signedHeaders!.split(';')
  if (!headers.includes('content-type') || !headers.includes('host')) {
    fail('AuthFailure.InvalidAuthorization', 'SignedHeaders must include content-type and host.')
  }
  return { secretId: secretId!, date: date!, service: service!, signedHeaders: headers, signature: signature! }
}

// One-shot hashing: no Hash object per call.
const sha256Hex = (data: string | Buffer) => hash('sha256', data, 'hex')
const hmac = (key: string | Buffer, data: string) => createHmac('sha256', key).update(data).digest()

/**
 * The derived signing key depends only on the SecretKey, the date and the service: it is kept (in memory, bounded)
 * rather than derived with three HMACs on every request.
 */
const signingKeys = new Map<string, HmacKey>()
const signingKeyCacheSize = 256

function signingKey(secretKey: string, date: string, service: string): HmacKey {
  const cacheKey = `${date}\n${service}\n${secretKey}`
  let key = signingKeys.get(cacheKey)
  if (!key) {
    key = prepareHmacKey(hmac(hmac(hmac(`TC3${secretKey}`, date), service), 'tc3_request'))
    if (signingKeys.size >= signingKeyCacheSize) signingKeys.clear()
    signingKeys.set(cacheKey, key)
  }
  return key
}

export interface Tc3Request {
  readonly method: string
  readonly path: string
  /** The query string as sent, without `?`. */
  readonly rawQuery: string
  /** Header values by lower-case name. */
  readonly headers: Readonly<Record<string, string | string[] | undefined>>
  readonly body: Buffer
  readonly timestamp: number
  /** Extra hosts the signature may name (the emulator's `signedHosts` option). */
  readonly signedHosts?: readonly string[]
}

/**
 * True when `signature` is the TC3 signature of the request under `secretKey`. Header values are tried trimmed and
 * lower-cased (the documented canonical form) and trimmed as sent; Host with and without its port.
 */
export function verifyTc3Signature(request: Tc3Request, authorization: Tc3Authorization, secretKey: string): boolean {
  const hostHeader = headerValue(request.headers, 'host')
  const payloadHash = sha256Hex(request.body)
  const scope = `${authorization.date}/${authorization.service}/tc3_request`
  const kSigning = signingKey(secretKey, authorization.date, authorization.service)
  const signedList = authorization.signedHeaders.join(';')
  // The header's signature is 64 lowercase hex digits (checked by the parser): compared as the 32 bytes it encodes.
  const sent = Buffer.from(authorization.signature, 'hex')

  for (const host of hostCandidates(hostHeader ?? '', request.signedHosts)) {
    for (const lowerCaseValues of [true, false]) {
      let canonicalHeaders = ''
      for (const name of authorization.signedHeaders) {
        const raw = name === 'host' ? host : (headerValue(request.headers, name) ?? '').trim()
        canonicalHeaders += `${name}:${lowerCaseValues ? raw.toLowerCase() : raw}\n`
      }
      const canonicalRequest = tc3CanonicalRequest(request.method, request.path, request.rawQuery, canonicalHeaders, signedList, payloadHash)
      const stringToSign = tc3StringToSign(request.timestamp, scope, sha256Hex(canonicalRequest))
      const expected = hmacSha256(kSigning, stringToSign)
      if (expected.length === sent.length && timingSafeEqual(expected, sent)) return true
    }
  }
  return false
}

/**
 * The credential-scope services the emulator accepts: `apigateway`, and the first label of the Host header, which is
 * what the official Node SDK puts there when its endpoint is a local address (`127.0.0.1:9777` → `127`).
 */
export function acceptedServices(hostHeader: string | undefined): string[] {
  const firstLabel = (hostHeader ?? '').trim().split('.')[0] ?? ''
  return firstLabel && firstLabel !== apiService ? [apiService, firstLabel] : [apiService]
}

/** Checks of the scope that need no secret: the date must be the timestamp's UTC date, the service one accepted. */
export function checkTc3Scope(authorization: Tc3Authorization, timestamp: number, hostHeader: string | undefined): void {
  if (authorization.date !== utcDate(timestamp)) {
    fail('AuthFailure.SignatureFailure', 'The date in the Credential scope is not the UTC date of X-TC-Timestamp.')
  }
  // `apigateway` is the answer for every request the SDKs sign for the cloud: no Host to split then.
  if (authorization.service !== apiService && !acceptedServices(hostHeader).includes(authorization.service)) {
    fail('AuthFailure.SignatureFailure', `The service in the Credential scope must be ${apiService}.`)
  }
}

/**
 * A received header's value, joined when sent more than once. Only the request's own headers: a name the caller
 * chooses (a SignedHeaders entry such as `constructor`) must not read what Node's headers object inherits.
 */
export function headerValue(headers: Readonly<Record<string, string | string[] | undefined>>, name: string): string | undefined {
  if (!Object.hasOwn(headers, name)) return undefined
  const value = headers[name]
  return Array.isArray(value) ? value.join(', ') : value
}
