import type { Fault } from './types.js'
import { errorAnswer } from './wire.js'

/** An update of a disabled key is refused (and not made: the proxy asks whether the key is disabled first). */
export const updateDisabledRefused: Fault = {
  name: 'update-disabled-refused',
  description: 'UpdateApiKey of a disabled key answers UnsupportedOperation.InvalidStatus, where a disabled key may be updated.',
  expectedCheck: 'lifecycle.list-follows',
  transformRequest: async (request, call, context) => {
    if (call.action !== 'UpdateApiKey' || typeof call.parameters.AccessKeyId !== 'string') return request
    const key = (await context.call('DescribeApiKey', { AccessKeyId: call.parameters.AccessKeyId })).Response.Result as { Status?: unknown } | undefined
    return key?.Status === 0 ? { answer: errorAnswer('UnsupportedOperation.InvalidStatus', 'The key is disabled.') } : request
  },
}
