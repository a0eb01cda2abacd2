import type { Fault } from './types.js'
import { resign, secretIdOf } from './signing.js'
import { isTc3, v1Parameters } from './wire.js'

/** Only v1 HmacSHA1 signatures go unchecked (re-signed with the real key); HmacSHA256 and TC3 are checked. */
export const sha1SignatureNotChecked: Fault = {
  name: 'sha1-signature-not-checked',
  description: 'A v1 request signed HmacSHA1 (the method the SDKs default to) passes with any signature.',
  expectedCheck: 'auth.signature',
  conformArgs: ['--signing', 'v1'],
  transformRequest: (request, _call, context) => {
    const sha1 = !isTc3(request) && (v1Parameters(request).get('SignatureMethod') ?? 'HmacSHA1') === 'HmacSHA1'
    return sha1 && secretIdOf(request) === context.credential.secretId ? resign(request, context.credential.secretKey) : request
  },
}
