import type { Fault } from './types.js'
import { resign, secretIdOf } from './signing.js'

/** Every request signed with the known SecretId is re-signed with the real key, its timestamp kept: any signature passes. */
export const signatureNotChecked: Fault = {
  name: 'signature-not-checked',
  description: 'The signature is not checked: a request with a wrong signature (any wire form) is answered as a right one.',
  expectedCheck: 'auth.signature',
  transformRequest: (request, _call, context) =>
    secretIdOf(request) === context.credential.secretId ? resign(request, context.credential.secretKey) : request,
}
