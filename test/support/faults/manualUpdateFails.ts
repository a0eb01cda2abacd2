import type { Fault } from './types.js'
import { errorAnswer, isSuccess } from './wire.js'

/** Every UpdateApiKey that set a manual key's AccessKeySecret is answered InternalError (the secret is set all the same). */
export const manualUpdateFails: Fault = {
  name: 'manual-update-fails',
  description: 'UpdateApiKey with a new AccessKeySecret (a manual key) answers InternalError, though the secret is set.',
  expectedCheck: 'lifecycle.update-manual',
  transformResponse: (answer, call) =>
    call.action === 'UpdateApiKey' && call.parameters.AccessKeySecret !== undefined && isSuccess(answer) ? errorAnswer('InternalError', 'An internal error in the service.') : answer,
}
