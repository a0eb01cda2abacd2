import type { Fault } from './types.js'
import { errorCodeOf } from './wire.js'

/**
 * Once the emulator has refused to delete an enabled key (so the request was authentic and the key exists), the
 * proxy disables and deletes it itself and answers a success: the key is really gone.
 */
export const deleteEnabledAllowed: Fault = {
  name: 'delete-enabled-allowed',
  description: 'DeleteApiKey of an enabled key succeeds (and deletes it) instead of UnsupportedOperation.InvalidStatus.',
  expectedCheck: 'lifecycle.delete-enabled-refused',
  transformResponse: async (answer, call, context) => {
    if (call.action !== 'DeleteApiKey' || errorCodeOf(answer) !== 'UnsupportedOperation.InvalidStatus') return answer
    const AccessKeyId = call.parameters.AccessKeyId
    await context.call('DisableApiKey', { AccessKeyId })
    const deleted = await context.call('DeleteApiKey', { AccessKeyId })
    return { Response: { ...deleted.Response, RequestId: answer.Response.RequestId } }
  },
}
