import type { Fault } from './types.js'
import { errorCodeOf } from './wire.js'

/** Each code swapped for another of every action's error union, so the answer still validates: only the code is wrong. */
const swapped: Readonly<Record<string, string>> = {
  MissingParameter: 'InvalidParameter',
  UnknownParameter: 'InvalidParameter',
  InvalidParameterValue: 'InvalidParameter',
  InvalidParameter: 'InvalidParameterValue',
}

export const parameterErrorMiscoded: Fault = {
  name: 'parameter-error-miscoded',
  description: 'An invalid request gets a wrong validation code (MissingParameter, UnknownParameter, InvalidParameterValue answered InvalidParameter; InvalidParameter answered InvalidParameterValue).',
  expectedCheck: 'invalid-request.DescribeApiKey',
  transformResponse: (answer) => {
    const code = errorCodeOf(answer)
    if (typeof code === 'string' && Object.hasOwn(swapped, code)) (answer.Response.Error as { Code: string }).Code = swapped[code]!
    return answer
  },
}
