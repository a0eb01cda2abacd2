import type { Fault } from './types.js'
import { isSuccess } from './wire.js'

/** After the emulator disabled a key, the proxy enables it again: DisableApiKey answers true but changes nothing. */
export const disableIgnored: Fault = {
  name: 'disable-ignored',
  description: 'DisableApiKey answers Result true but the key stays enabled (Status 1).',
  expectedCheck: 'lifecycle.disable-status',
  transformResponse: async (answer, call, context) => {
    if (call.action === 'DisableApiKey' && isSuccess(answer)) await context.call('EnableApiKey', { AccessKeyId: call.parameters.AccessKeyId })
    return answer
  },
}
