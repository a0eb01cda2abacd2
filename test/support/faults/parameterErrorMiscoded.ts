import type { Fault } from './types.js'
import { errorCodeOf } from './wire.js'

/**
 * The code an invalid request gets, by family (the part before the first dot): each replaced by a code of every
 * action's error union, so the answer still validates and only the code is wrong.
 */
const swapped: Readonly<Record<string, string>> = {
  MissingParameter: 'InvalidParameter',
  UnknownParameter: 'InvalidParameter',
  InvalidParameterValue: 'InvalidParameter',
  InvalidParameter: 'InvalidParameterValue',
  'UnsupportedOperation.UnpackError': 'InvalidParameter',
}

const replacement = (code: string) => swapped[code] ?? swapped[code.split('.')[0]!]

export const parameterErrorMiscoded: Fault = {
  name: 'parameter-error-miscoded',
  description:
    'An invalid request gets a wrong code: MissingParameter, UnknownParameter, InvalidParameterValue(.*) and UnsupportedOperation.UnpackError are answered InvalidParameter, InvalidParameter(.*) InvalidParameterValue.',
  expectedCheck: 'invalid-request.DescribeApiKey',
  transformResponse: (answer) => {
    const code = errorCodeOf(answer)
    const wrong = typeof code === 'string' ? replacement(code) : undefined
    if (wrong !== undefined) (answer.Response.Error as { Code: string }).Code = wrong
    return answer
  },
}
