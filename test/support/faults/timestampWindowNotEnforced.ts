import type { Fault } from './types.js'
import { resign, secretIdOf, signatureIsRight } from './signing.js'

/**
 * The signature is still checked (a wrong one is forwarded as it is), but a rightly signed request is re-signed with
 * the current time, so a timestamp however old or new passes.
 */
export const timestampWindowNotEnforced: Fault = {
  name: 'timestamp-window-not-enforced',
  description: 'A rightly signed request with a timestamp outside the 5-minute window is accepted.',
  expectedCheck: 'auth.timestamp',
  transformRequest: (request, _call, context) =>
    secretIdOf(request) === context.credential.secretId && signatureIsRight(request, context.credential.secretKey)
      ? resign(request, context.credential.secretKey, context.nowSeconds())
      : request,
}
