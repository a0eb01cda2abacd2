import type { Fault } from './types.js'
import { errorAnswer } from './wire.js'

/**
 * Every DeleteApiKey is answered InternalError without being forwarded (a sub-account whose policy denies it): the
 * keys stay. conform must report them left and stay within its request budget while its cleanups keep failing.
 */
export const deleteRefused: Fault = {
  name: 'delete-refused',
  description: 'Every DeleteApiKey is answered InternalError, and no key is ever deleted.',
  expectedCheck: 'lifecycle.delete-gone',
  transformRequest: (request, call) => (call.action === 'DeleteApiKey' ? { answer: errorAnswer('InternalError', 'An internal error in the service.') } : request),
}
