import type { Fault } from './types.js'
import { errorCodeOf } from './wire.js'

/** InvalidParameter is in every action's error union, so the answer still validates: only the code is wrong. */
export const missingParameterMiscoded: Fault = {
  name: 'missing-parameter-miscoded',
  description: 'A missing required parameter is answered InvalidParameter instead of MissingParameter.',
  expectedCheck: 'invalid-request.CreateApiKey',
  transformResponse: (answer) => {
    if (errorCodeOf(answer) === 'MissingParameter') (answer.Response.Error as { Code: string }).Code = 'InvalidParameter'
    return answer
  },
}
