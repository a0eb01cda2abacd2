import type { Fault } from './types.js'
import { errorCodeOf } from './wire.js'

/** ResourceNotFound is in every action's error union, so the answer still validates: only the code is wrong. */
export const wrongCodeBadAccessKeyId: Fault = {
  name: 'wrong-code-bad-access-key-id',
  description: 'An unknown AccessKeyId is answered ResourceNotFound instead of ResourceNotFound.InvalidAccessKeyId.',
  expectedCheck: 'lifecycle.delete-gone',
  transformResponse: (answer) => {
    if (errorCodeOf(answer) === 'ResourceNotFound.InvalidAccessKeyId') (answer.Response.Error as { Code: string }).Code = 'ResourceNotFound'
    return answer
  },
}
