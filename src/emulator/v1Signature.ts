/**
 * Verifies a signature-v1 request (GET query or form POST) exactly as the official SDKs sign it
 * (tencentcloud-sdk-nodejs common/abstract_client.js `formatSignString`, common/sign.js `sign`).
 */
import { createHmac } from 'node:crypto'
import { constantTimeEqual } from './constantTime.js'
import { v1CommonParameters } from '../../generated/validators/commonParameters.js'
import { hostCandidates } from './hostCandidates.js'
import { v1Algorithms, v1SignedText, v1SortedQuery, type V1SignatureMethod } from '../client/signV1.js'

export type { V1SignatureMethod }
/** What a v1 request without SignatureMethod is signed with: the schema's default, emitted with its rule. */
export const v1DefaultSignatureMethod = v1CommonParameters.SignatureMethod!.default as V1SignatureMethod

/**
 * True when `signature` (base64) is the v1 signature of the parameters under `secretKey`: HMAC over
 * METHOD + host + path + `?` + every parameter but Signature, sorted by name, as `name=value` joined by `&`
 * (values decoded, not escaped).
 */
export function verifyV1Signature(
  method: string,
  hostHeader: string,
  path: string,
  params: ReadonlyMap<string, string>,
  signatureMethod: V1SignatureMethod,
  secretKey: string,
  signedHosts: readonly string[] = [],
): boolean {
  const signature = params.get('Signature') ?? ''
  const query = v1SortedQuery([...params].filter(([name]) => name !== 'Signature'))
  for (const host of hostCandidates(hostHeader, signedHosts)) {
    const expected = createHmac(v1Algorithms[signatureMethod], secretKey).update(v1SignedText(method, host, path, query), 'utf8').digest('base64')
    if (constantTimeEqual(expected, signature)) return true
  }
  return false
}
