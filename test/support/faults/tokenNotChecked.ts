import type { Fault } from './types.js'
import { resign, secretIdOf, signatureIsRight } from './signing.js'
import { isTc3, v1Parameters } from './wire.js'

/**
 * The session token is not checked: a rightly signed request of the known SecretId has its token replaced by the
 * credential's before it is forwarded (TC3: the X-TC-Token header, which TC3 does not sign; v1: the Token parameter,
 * then re-signed). A wrong signature is forwarded as it is, so only the token goes unchecked.
 */
export const tokenNotChecked: Fault = {
  name: 'token-not-checked',
  description: 'A wrong session token passes (temporary credentials): the request is answered as if it carried the right one.',
  expectedCheck: 'auth.token',
  temporaryCredential: true,
  transformRequest: (request, _call, context) => {
    const { secretId, secretKey, token } = context.credential
    if (token === undefined || secretIdOf(request) !== secretId || !signatureIsRight(request, secretKey)) return request
    if (isTc3(request)) return { ...request, headers: { ...request.headers, 'x-tc-token': token } }
    const parameters = v1Parameters(request)
    parameters.set('Token', token)
    const encoded = parameters.toString()
    const withToken = request.method === 'GET' ? { ...request, url: `${request.url.split('?')[0]}?${encoded}` } : { ...request, body: Buffer.from(encoded) }
    return resign(withToken, secretKey)
  },
}
