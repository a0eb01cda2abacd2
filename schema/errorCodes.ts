/**
 * Every error code a CreateApiKey call can answer with, defined once. The ErrorCode schema, the exported `ErrorCode`
 * type, the OpenAPI examples and the documentation's error table are all derived from this list.
 * Descriptions and remedies are this package's own words; sources: the seed page, the Go SDK's errors.go and the
 * API 3.0 "Common Error Codes" page.
 */
import { rateLimitPerSecond, signatureMaxSkewText, sizeLimitsText } from './rules.js'

export interface ErrorCodeInfo {
  readonly code: string
  /** `CreateApiKey`: listed for this action; `common`: any API 3.0 action can return it. */
  readonly category: 'CreateApiKey' | 'common'
  /** What the code means. */
  readonly description: string
  /** What a caller should do about it. */
  readonly remedy: string
}

export const createApiKeyErrorCodes = [
  { code: 'FailedOperation.AccessKeyExist', category: 'CreateApiKey', description: 'A key with the requested custom AccessKeyId already exists.', remedy: 'Choose another AccessKeyId, or use the existing key.' },
  { code: 'InternalError.ApigwException', category: 'CreateApiKey', description: 'API Gateway failed internally while handling the request.', remedy: 'Retry later with backoff; if it persists, contact Tencent Cloud support with the RequestId.' },
  { code: 'InternalError.OssException', category: 'CreateApiKey', description: 'A storage service behind API Gateway failed internally.', remedy: 'Retry later with backoff; if it persists, contact Tencent Cloud support with the RequestId.' },
  { code: 'InvalidParameter.FormatError', category: 'CreateApiKey', description: 'A parameter has the wrong format, length or characters.', remedy: 'Fix the parameter named in the message (see the limits of each parameter) and send again.' },
  { code: 'LimitExceeded.ApiKeyCountLimitExceeded', category: 'CreateApiKey', description: 'The account already has as many keys as its quota allows.', remedy: 'Delete unused keys or ask for a higher quota before creating more.' },
  { code: 'UnauthorizedOperation.UncertifiedUser', category: 'CreateApiKey', description: 'The account has not completed identity verification.', remedy: 'Complete real-name identity verification for the account in the console.' },
  { code: 'UnsupportedOperation.UnpackError', category: 'CreateApiKey', description: 'The service could not unpack (decode) the request.', remedy: 'Check that the body is well-formed for its Content-Type and signature version, then retry.' },
] as const satisfies readonly ErrorCodeInfo[]

export const commonErrorCodes = [
  { code: 'ActionOffline', category: 'common', description: 'The action has been taken offline.', remedy: 'Move to the action that replaces it.' },
  { code: 'AuthFailure.InvalidAuthorization', category: 'common', description: 'The Authorization header is malformed.', remedy: 'Build the header as `TC3-HMAC-SHA256 Credential=..., SignedHeaders=..., Signature=...`.' },
  { code: 'AuthFailure.InvalidSecretId', category: 'common', description: 'The SecretId is not a valid key (wrong type or format).', remedy: 'Use an API key SecretId from the access management console.' },
  { code: 'AuthFailure.MFAFailure', category: 'common', description: 'Multi-factor authentication failed.', remedy: 'Complete MFA for the account and retry.' },
  { code: 'AuthFailure.SecretIdNotFound', category: 'common', description: 'The SecretId does not exist or has been disabled.', remedy: 'Check the SecretId, or create or enable the key.' },
  { code: 'AuthFailure.SignatureExpire', category: 'common', description: `The request timestamp is more than ${signatureMaxSkewText} from the server time.`, remedy: 'Sync the local clock and sign with the current time.' },
  { code: 'AuthFailure.SignatureFailure', category: 'common', description: 'The signature does not match the request.', remedy: 'Check the SecretKey and the signing steps (canonical request, string to sign, key chain).' },
  { code: 'AuthFailure.TokenFailure', category: 'common', description: 'The temporary-credential token is wrong or expired.', remedy: 'Obtain fresh temporary credentials and send the matching token.' },
  { code: 'AuthFailure.UnauthorizedOperation', category: 'common', description: 'The credentials are not authorised for this action (CAM).', remedy: 'Grant the sub-account permission for apigateway:CreateApiKey.' },
  { code: 'DryRunOperation', category: 'common', description: 'A dry run would have succeeded; nothing was done.', remedy: 'Send without DryRun to perform the action.' },
  { code: 'FailedOperation', category: 'common', description: 'The operation failed.', remedy: 'Read the message; retry if the cause was transient.' },
  { code: 'InternalError', category: 'common', description: 'An internal error in the service.', remedy: 'Retry later with backoff; contact support with the RequestId if it persists.' },
  { code: 'InvalidAction', category: 'common', description: 'The action does not exist.', remedy: 'Check the spelling of the Action (CreateApiKey) and the service endpoint.' },
  { code: 'InvalidParameter', category: 'common', description: 'A parameter is wrong.', remedy: 'Fix the parameter named in the message.' },
  { code: 'InvalidParameterValue', category: 'common', description: 'A parameter has a value outside its allowed values.', remedy: 'Use one of the documented values (for AccessKeyType: auto or manual).' },
  { code: 'InvalidRequest', category: 'common', description: 'The multipart body of the request is invalid.', remedy: 'Send a well-formed body.' },
  { code: 'IpInBlacklist', category: 'common', description: 'The caller IP is on a blocklist.', remedy: 'Call from an allowed address.' },
  { code: 'IpNotInWhitelist', category: 'common', description: 'The caller IP is not on the allowlist.', remedy: 'Add the address to the allowlist or call from an allowed one.' },
  { code: 'LimitExceeded', category: 'common', description: 'A quota has been exceeded.', remedy: 'Free resources or ask for a higher quota.' },
  { code: 'MissingParameter', category: 'common', description: 'A required parameter is missing.', remedy: 'Send the parameter named in the message.' },
  { code: 'NoSuchProduct', category: 'common', description: 'The product (service) does not exist.', remedy: 'Check the endpoint host (apigateway.tencentcloudapi.com).' },
  { code: 'NoSuchVersion', category: 'common', description: 'The API version does not exist.', remedy: 'Send Version 2018-08-08.' },
  { code: 'RequestLimitExceeded', category: 'common', description: 'Too many requests: the rate limit was hit.', remedy: `Slow down (CreateApiKey allows ${rateLimitPerSecond} requests per second) and retry with backoff.` },
  { code: 'RequestLimitExceeded.GlobalRegionUinLimitExceeded', category: 'common', description: 'The account exceeded its rate limit across all regions.', remedy: 'Slow down and retry with backoff.' },
  { code: 'RequestLimitExceeded.IPLimitExceeded', category: 'common', description: 'The caller IP exceeded its rate limit.', remedy: 'Slow down and retry with backoff.' },
  { code: 'RequestLimitExceeded.UinLimitExceeded', category: 'common', description: 'The account exceeded its rate limit.', remedy: 'Slow down and retry with backoff.' },
  { code: 'RequestSizeLimitExceeded', category: 'common', description: `The request is larger than allowed (${sizeLimitsText}).`, remedy: 'Send a smaller request.' },
  { code: 'ResourceInUse', category: 'common', description: 'The resource is in use.', remedy: 'Wait for the resource to be released, then retry.' },
  { code: 'ResourceInsufficient', category: 'common', description: 'The service lacks the resources to complete the request.', remedy: 'Retry later.' },
  { code: 'ResourceNotFound', category: 'common', description: 'The resource does not exist.', remedy: 'Check the identifiers in the request.' },
  { code: 'ResourceUnavailable', category: 'common', description: 'The resource is unavailable.', remedy: 'Retry later, or check the resource state.' },
  { code: 'ResponseSizeLimitExceeded', category: 'common', description: 'The response would be larger than allowed.', remedy: 'Ask for less data per call.' },
  { code: 'ServiceUnavailable', category: 'common', description: 'The service is temporarily unavailable.', remedy: 'Retry later with backoff.' },
  { code: 'UnauthorizedOperation', category: 'common', description: 'The operation is not authorised.', remedy: 'Check the account permissions.' },
  { code: 'UnknownParameter', category: 'common', description: 'The request has a parameter this action does not define.', remedy: 'Remove the parameter named in the message (names are case-sensitive).' },
  { code: 'UnsupportedOperation', category: 'common', description: 'The operation is not supported.', remedy: 'Read the message; the action cannot be done in this state.' },
  { code: 'UnsupportedProtocol', category: 'common', description: 'The HTTP method or protocol is not supported: only GET and POST over HTTPS.', remedy: 'Use GET or POST.' },
  { code: 'UnsupportedRegion', category: 'common', description: 'The action is not supported in the given region.', remedy: 'Use a supported region, or omit Region for this action.' },
] as const satisfies readonly ErrorCodeInfo[]

/** All codes: CreateApiKey's first, then the common ones, each group alphabetical. */
export const errorCodes: readonly ErrorCodeInfo[] = [...createApiKeyErrorCodes, ...commonErrorCodes]

export type CreateApiKeyErrorCode = (typeof createApiKeyErrorCodes)[number]['code']
export type CommonErrorCode = (typeof commonErrorCodes)[number]['code']
/** Every code a CreateApiKey response may carry. */
export type ErrorCode = CreateApiKeyErrorCode | CommonErrorCode

export const errorCodeNames = errorCodes.map((info) => info.code) as readonly ErrorCode[]

export function errorCodeInfo(code: ErrorCode): ErrorCodeInfo {
  const info = errorCodes.find((entry) => entry.code === code)
  if (!info) throw new Error(`unknown error code ${code}`)
  return info
}
