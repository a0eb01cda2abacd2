import type { Fault } from './types.js'
import { errorCodeOf } from './wire.js'

/** A create of a manual AccessKeyId in use "succeeds": the answer is the key that holds the id, as if made anew. */
export const manualIdTakenTwice: Fault = {
  name: 'manual-id-taken-twice',
  description: 'CreateApiKey of a manual AccessKeyId in use answers success (the existing key), not FailedOperation.AccessKeyExist.',
  expectedCheck: 'lifecycle.manual-id',
  transformResponse: async (answer, call, context) => {
    if (call.action !== 'CreateApiKey' || errorCodeOf(answer) !== 'FailedOperation.AccessKeyExist') return answer
    const existing = await context.call('DescribeApiKey', { AccessKeyId: call.parameters.AccessKeyId as string })
    return { Response: { Result: existing.Response.Result, RequestId: answer.Response.RequestId } }
  },
}
