/**
 * The description of every code the API-key actions list (the Go SDK's client.go, above each action), defined once in
 * this package's own words (sources: the seed page, the Go SDK's errors.go, the lifecycle facts). Each action's folder
 * lists which of them it may return (`ownErrorCodes`); its closed union adds the shared and common codes.
 */
import type { ErrorCodeInfo } from './commonErrorCodes.js'

const retry = 'Retry later with backoff; if it persists, contact Tencent Cloud support with the RequestId.'

export const keyErrorCodes = {
  'FailedOperation.AccessKeyExist': { description: 'A key with the requested custom AccessKeyId already exists.', remedy: 'Choose another AccessKeyId, or use the existing key.' },
  'FailedOperation.CamException': { description: 'The access management (CAM) check of the call failed.', remedy: 'Retry later; if it persists, check the account\'s CAM policies and contact support with the RequestId.' },
  'InternalError.ApigwException': { description: 'API Gateway failed internally while handling the request.', remedy: retry },
  'InternalError.CamException': { description: 'The access management (CAM) service failed internally.', remedy: retry },
  'InternalError.OssException': { description: 'A storage service behind API Gateway failed internally.', remedy: retry },
  'InvalidParameter.FormatError': { description: 'A parameter has the wrong format, length or characters.', remedy: 'Fix the parameter named in the message (see the limits of each parameter) and send again.' },
  'InvalidParameterValue.InvalidFilterNotSupportedName': { description: 'A filter has a Name the action does not support.', remedy: 'Use one of the filter names the action documents (names are case-sensitive).' },
  'InvalidParameterValue.InvalidRegion': { description: 'The Region is not one API Gateway serves.', remedy: 'Send a region API Gateway serves (for example ap-guangzhou), or check its spelling.' },
  'LimitExceeded.ApiKeyCountLimitExceeded': { description: 'The account already has as many keys as its quota allows.', remedy: 'Delete unused keys or ask for a higher quota before creating more.' },
  'ResourceNotFound.InvalidAccessKeyId': { description: 'No key has this AccessKeyId (it was never created, or was deleted).', remedy: 'Check the AccessKeyId, or list the keys with DescribeApiKeysStatus.' },
  'UnauthorizedOperation.UncertifiedUser': { description: 'The account has not completed identity verification.', remedy: 'Complete real-name identity verification for the account in the console.' },
  'UnsupportedOperation.InvalidStatus': { description: 'The key\'s status does not allow this operation: an enabled key cannot be deleted.', remedy: 'Disable the key (DisableApiKey), then retry.' },
  'UnsupportedOperation.ResourceIsInUse': { description: 'The key is bound to a usage plan.', remedy: 'Unbind it from its usage plans (UnBindSecretIds), then retry.' },
  'UnsupportedOperation.UinNotInWhiteList': { description: 'The account is not on the allowlist for custom (manual) keys.', remedy: 'Ask Tencent Cloud support to allow custom keys for the account, or use auto keys.' },
  'UnsupportedOperation.UnpackError': { description: 'The service could not unpack (decode) the request.', remedy: 'Check that the body is well-formed for its Content-Type and signature version, then retry.' },
  'UnsupportedOperation.UnsupportedUpdateApiKey': { description: 'The key\'s current status does not allow this change.', remedy: 'Read the key (DescribeApiKey) and change it only from a status that allows it.' },
} as const satisfies Readonly<Record<string, Omit<ErrorCodeInfo, 'code' | 'category'>>>

export type KeyErrorCode = keyof typeof keyErrorCodes

/** An action's own codes, in the order given (the Go SDK's), described from the catalogue. */
export const ownErrorCodes = <const Action extends string, const Code extends KeyErrorCode>(action: Action, codes: readonly Code[]) =>
  codes.map((code) => ({ code, category: action, ...(keyErrorCodes as Readonly<Record<KeyErrorCode, { description: string; remedy: string }>>)[code] })) as readonly { readonly code: Code; readonly category: Action; readonly description: string; readonly remedy: string }[]
