import type { Fault } from './types.js'
import { errorAnswer, isTc3 } from './wire.js'

export const v1GetRefused: Fault = {
  name: 'v1-get-refused',
  description: 'A v1-signed GET is refused (UnsupportedProtocol) instead of served; the other wire forms work.',
  expectedCheck: 'wire-forms',
  transformRequest: (request) =>
    request.method === 'GET' && !isTc3(request) ? { answer: errorAnswer('UnsupportedProtocol', 'The v1 GET form is not supported.') } : request,
}
