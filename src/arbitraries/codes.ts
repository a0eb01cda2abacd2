/**
 * The codes the request parser gives each kind of problem that is not a broken rule of type, length or charset
 * (decision request-error-codes; the latter code is each action's own, `formatErrorCode` in its model), and the
 * pseudo-parameter of the body itself.
 */
export { bodyParameter } from '../../generated/actions.js'

export const requestCodes = {
  missing: 'MissingParameter',
  unknown: 'UnknownParameter',
  /** A string that is not one of an enumeration's values. */
  notInEnum: 'InvalidParameterValue',
  /** A parameter the shape selected by the discriminator does not allow (CreateApiKey's credentials with auto). */
  notInShape: 'InvalidParameter',
  /** A body that is not a JSON object. */
  notAnObject: 'UnsupportedOperation.UnpackError',
} as const
