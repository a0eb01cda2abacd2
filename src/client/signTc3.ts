/**
 * TC3-HMAC-SHA256, byte for byte as tencentcloud-sdk-nodejs common/sign.js `sign3` computes it: the canonical
 * request signs the content-type and the URL's hostname (no port), the URL's path and its query as the WHATWG URL
 * parser normalises it, and the SHA-256 of the body's UTF-8 bytes.
 */
import { createHash, createHmac } from 'node:crypto'

export interface Tc3SignInput {
  readonly method: 'POST' | 'GET'
  /** The full URL the request goes to, query included (GET). */
  readonly url: string
  /** The body as sent ('' for a GET). */
  readonly body: string
  readonly contentType: string
  /** Seconds since the epoch (X-TC-Timestamp). */
  readonly timestamp: number
  readonly service: string
  readonly secretId: string
  readonly secretKey: string
}

export interface Tc3Signature {
  /** The Authorization header. */
  readonly authorization: string
  /** The canonical request that was hashed, for diagnostics (it holds no secret). */
  readonly canonicalRequest: string
  readonly stringToSign: string
}

export const tc3Algorithm = 'TC3-HMAC-SHA256'
export const tc3SignedHeaders = 'content-type;host'

const sha256Hex = (data: string) => createHash('sha256').update(data, 'utf8').digest('hex')
const hmac = (key: string | Buffer, data: string) => createHmac('sha256', key).update(data, 'utf8').digest()

/** The UTC date of a timestamp in seconds, YYYY-MM-DD (the credential scope's date). */
export const utcDateOf = (timestamp: number): string => new Date(timestamp * 1000).toISOString().slice(0, 10)

/** The canonical request TC3 hashes (the emulator's check builds it with the same function). */
export const tc3CanonicalRequest = (method: string, path: string, query: string, canonicalHeaders: string, signedHeaders: string, payloadHash: string): string =>
  `${method}\n${path}\n${query}\n${canonicalHeaders}\n${signedHeaders}\n${payloadHash}`

/** The string TC3 signs: the algorithm, the timestamp, the credential scope and the canonical request's SHA-256. */
export const tc3StringToSign = (timestamp: number, scope: string, canonicalRequestHash: string): string =>
  `${tc3Algorithm}\n${timestamp}\n${scope}\n${canonicalRequestHash}`

/** The signature of one request, with the texts it was computed from. */
export function tc3Sign(input: Tc3SignInput): Tc3Signature {
  const url = new URL(input.url)
  const canonicalHeaders = `content-type:${input.contentType}\nhost:${url.hostname}\n`
  const canonicalRequest = tc3CanonicalRequest(input.method, url.pathname, url.search.slice(1), canonicalHeaders, tc3SignedHeaders, sha256Hex(input.body))
  const date = utcDateOf(input.timestamp)
  const scope = `${date}/${input.service}/tc3_request`
  const stringToSign = tc3StringToSign(input.timestamp, scope, sha256Hex(canonicalRequest))
  const signingKey = hmac(hmac(hmac(`TC3${input.secretKey}`, date), input.service), 'tc3_request')
  const signature = createHmac('sha256', signingKey).update(stringToSign, 'utf8').digest('hex')
  return {
    authorization: `${tc3Algorithm} Credential=${input.secretId}/${scope}, SignedHeaders=${tc3SignedHeaders}, Signature=${signature}`,
    canonicalRequest,
    stringToSign,
  }
}

/** The Authorization header of a TC3 request (what sign3 returns). */
export const signTc3 = (input: Tc3SignInput): string => tc3Sign(input).authorization
