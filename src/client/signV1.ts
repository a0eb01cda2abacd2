/**
 * Signature v1 (HmacSHA256 / HmacSHA1), byte for byte as tencentcloud-sdk-nodejs signs it (abstract_client.js
 * `formatSignString`, sign.js `sign`): base64 HMAC of METHOD + host + path + `?` + every parameter but Signature,
 * sorted by name (UTF-16 order, Array.prototype.sort), as `name=value` with the values unescaped.
 */
import { createHmac } from 'node:crypto'
import type { FlatParameter } from './flatForm.js'

/** The node:crypto HMAC of each v1 SignatureMethod (the emulator verifies with the same table). */
export const v1Algorithms = { HmacSHA256: 'sha256', HmacSHA1: 'sha1' } as const
export type V1SignatureMethod = keyof typeof v1Algorithms
const algorithms: Readonly<Record<string, string | undefined>> = v1Algorithms

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

/** The parameters sorted by name (UTF-16 order), as `name=value` joined by `&`, values unescaped. */
export function v1SortedQuery(parameters: readonly FlatParameter[]): string {
  const sorted = [...parameters].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  return sorted.map(([name, value]) => `${name}=${value}`).join('&')
}

/** METHOD + host + path + `?` + the sorted query: the text v1 signs, for the client and the emulator's check alike. */
export const v1SignedText = (method: string, host: string, path: string, sortedQuery: string): string => `${method}${host}${path}?${sortedQuery}`

/** The string the v1 signature is the HMAC of. */
export function v1StringToSign(input: Omit<V1SignInput, 'signatureMethod' | 'secretKey'>): string {
  return v1SignedText(input.method, input.host, input.path, v1SortedQuery(input.parameters))
}

/** The Signature parameter (base64). */
export function signV1(input: V1SignInput): string {
  const algorithm = algorithms[input.signatureMethod]
  if (algorithm === undefined) throw new TypeError('signatureMethod must be HmacSHA256 or HmacSHA1.')
  return createHmac(algorithm, input.secretKey).update(v1StringToSign(input), 'utf8').digest('base64')
}
