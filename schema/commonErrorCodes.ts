/**
 * The error codes every API 3.0 action can answer with, defined once; each action's closed union is its own codes
 * (in its folder under schema/actions/) plus these. Descriptions and remedies are this package's own words; source:
 * the API 3.0 "Common Error Codes" page.
 */
import { keyErrorCodes } from './keyErrorCodes.js'
import { rateLimitPerSecond, signatureMaxSkewText, sizeLimitsText } from './service.js'

export interface ErrorCodeInfo {
  readonly code: string
  /**
   * The action that lists the code (`CreateApiKey`); `common`: any API 3.0 action can return it; `shared`: this
   * package answers it for every action (sharedActionCodes).
   */
  readonly category: string
  /** What the code means. */
  readonly description: string
  /** What a caller should do about it. */
  readonly remedy: string
}

export const commonErrorCodes = [
  { code: 'ActionOffline', category: 'common', description: 'The action has been taken offline.', remedy: 'Move to the action that replaces it.' },
  { code: 'AuthFailure.InvalidAuthorization', category: 'common', description: 'The Authorization header is malformed.', remedy: 'Build the header as `TC3-HMAC-SHA256 Credential=..., SignedHeaders=..., Signature=...`.' },
  { code: 'AuthFailure.InvalidSecretId', category: 'common', description: 'The SecretId is not a valid key (wrong type or format).', remedy: 'Use an API key SecretId from the access management console.' },
  { code: 'AuthFailure.MFAFailure', category: 'common', description: 'Multi-factor authentication failed.', remedy: 'Complete MFA for the account and retry.' },
  { code: 'AuthFailure.SecretIdNotFound', category: 'common', description: 'The SecretId does not exist or has been disabled.', remedy: 'Check the SecretId, or create or enable the key.' },
  { code: 'AuthFailure.SignatureExpire', category: 'common', description: `The request timestamp is more than ${signatureMaxSkewText} from the server time.`, remedy: 'Sync the local clock and sign with the current time.' },
  { code: 'AuthFailure.SignatureFailure', category: 'common', description: 'The signature does not match the request.', remedy: 'Check the SecretKey and the signing steps (canonical request, string to sign, key chain).' },
  { code: 'AuthFailure.TokenFailure', category: 'common', description: 'The temporary-credential token is wrong or expired.', remedy: 'Obtain fresh temporary credentials and send the matching token.' },
  { code: 'AuthFailure.UnauthorizedOperation', category: 'common', description: 'The credentials are not authorised for this action (CAM).', remedy: 'Grant the sub-account permission for the action (`apigateway:<Action>`, for example apigateway:CreateApiKey).' },
  { code: 'DryRunOperation', category: 'common', description: 'A dry run would have succeeded; nothing was done.', remedy: 'Send without DryRun to perform the action.' },
  { code: 'FailedOperation', category: 'common', description: 'The operation failed.', remedy: 'Read the message; retry if the cause was transient.' },
  { code: 'InternalError', category: 'common', description: 'An internal error in the service.', remedy: 'Retry later with backoff; contact support with the RequestId if it persists.' },
  { code: 'InvalidAction', category: 'common', description: 'The action does not exist.', remedy: 'Check the spelling of the Action (names are case-sensitive) and the service endpoint.' },
  { code: 'InvalidParameter', category: 'common', description: 'A parameter is wrong.', remedy: 'Fix the parameter named in the message.' },
  { code: 'InvalidParameterValue', category: 'common', description: 'A parameter has a value outside its allowed values.', remedy: 'Use one of the documented values of the parameter named in the message.' },
  { code: 'InvalidRequest', category: 'common', description: 'The multipart body of the request is invalid.', remedy: 'Send a well-formed body.' },
  { code: 'IpInBlacklist', category: 'common', description: 'The caller IP is on a blocklist.', remedy: 'Call from an allowed address.' },
  { code: 'IpNotInWhitelist', category: 'common', description: 'The caller IP is not on the allowlist.', remedy: 'Add the address to the allowlist or call from an allowed one.' },
  { code: 'LimitExceeded', category: 'common', description: 'A quota has been exceeded.', remedy: 'Free resources or ask for a higher quota.' },
  { code: 'MissingParameter', category: 'common', description: 'A required parameter is missing.', remedy: 'Send the parameter named in the message.' },
  { code: 'NoSuchProduct', category: 'common', description: 'The product (service) does not exist.', remedy: 'Check the endpoint host (apigateway.tencentcloudapi.com).' },
  { code: 'NoSuchVersion', category: 'common', description: 'The API version does not exist.', remedy: 'Send Version 2018-08-08.' },
  { code: 'RequestLimitExceeded', category: 'common', description: 'Too many requests: the rate limit was hit.', remedy: `Slow down (each API-key action allows ${rateLimitPerSecond} requests per second) and retry with backoff.` },
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

/**
 * Codes this package answers for every action, because what causes them is shared by all: a body that cannot be
 * read (not JSON, not UTF-8, an unknown Content-Type) and a parameter that breaks a rule of type, length or
 * characters (the v1 form's structure included). Tencent's metadata lists them only for some actions; each action's
 * union adds those it does not list itself (decision shared-codes).
 */
export const sharedActionCodes = (['InvalidParameter.FormatError', 'UnsupportedOperation.UnpackError'] as const).map((code) => ({
  code,
  category: 'shared',
  ...keyErrorCodes[code],
}))

export type CommonErrorCode = (typeof commonErrorCodes)[number]['code'] | (typeof sharedActionCodes)[number]['code']
