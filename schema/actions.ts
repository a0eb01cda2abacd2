/**
 * The actions this contract describes, with the components that carry each one's request, success envelope and
 * error codes. Tools that walk every action (the fidelity check against Tencent's metadata) read this list.
 */
import { action } from './rules.js'
import { createApiKeyErrorCodes } from './errorCodes.js'

export interface ContractAction {
  /** The Action name, as sent in X-TC-Action / Action. */
  readonly name: string
  /** Component (and generated/json-schema file) holding the action's JSON request parameters. */
  readonly requestComponent: string
  /** Component holding the success envelope `{Response: {Result, RequestId}}`. */
  readonly successComponent: string
  /** Component holding the full response (success | error). */
  readonly responseComponent: string
  /** Component holding the closed union of the codes an error answer may carry. */
  readonly errorCodeComponent: string
  /** The codes documented for this action (the rest of its union are the common API 3.0 codes). */
  readonly ownErrorCodes: readonly string[]
}

export const contractActions: readonly ContractAction[] = [
  {
    name: action,
    requestComponent: 'CreateApiKeyRequest',
    successComponent: 'CreateApiKeySuccessResponse',
    responseComponent: 'CreateApiKeyEnvelope',
    errorCodeComponent: 'ErrorCode',
    ownErrorCodes: createApiKeyErrorCodes.map((info) => info.code),
  },
]
