/**
 * Signature v1 (HmacSHA256 / HmacSHA1), byte for byte as tencentcloud-sdk-nodejs signs it (abstract_client.js
 * `formatSignString`, sign.js `sign`): base64 HMAC of METHOD + host + path + `?` + every parameter but Signature,
 * sorted by name (UTF-16 order, Array.prototype.sort), as `name=value` with the values unescaped.
 */
import { createHmac } from 'node:crypto'
import type { FlatParameter } from './flatForm.js'

export type V1SignatureMethod = 'HmacSHA256' | 'HmacSHA1'
const algorithms: Readonly<Record<V1SignatureMethod, string>> = { HmacSHA256: 'sha256', HmacSHA1: 'sha1' }

export interface V1SignInput {
  readonly method: 'POST' | 'GET'
  /** The host as the request names it, with the port when it is not the scheme's default (the SDK's endpoint). */
  readonly host: string
  readonly path: string
  /** Every parameter sent, common ones included, Signature excluded. */
  readonly parameters: readonly FlatParameter[]
  readonly signatureMethod: V1SignatureMethod
  readonly secretKey: string
}

/** The string the v1 signature is the HMAC of. */
export function v1StringToSign(input: Omit<V1SignInput, 'signatureMethod' | 'secretKey'>): string {
  const sorted = [...input.parameters].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  return `${input.method}${input.host}${input.path}?${sorted.map(([name, value]) => `${name}=${value}`).join('&')}`
}

/** The Signature parameter (base64). */
export function signV1(input: V1SignInput): string {
  const algorithm = algorithms[input.signatureMethod]
  if (algorithm === undefined) throw new TypeError('signatureMethod must be HmacSHA256 or HmacSHA1.')
  return createHmac(algorithm, input.secretKey).update(v1StringToSign(input), 'utf8').digest('base64')
}
