/**
 * The documented rules, copied by hand from /work/shared/reference/tencent-api-facts.md and docs/decisions.md.
 * Deliberately NOT imported from schema/: the oracle must be able to disagree with the schemas.
 */

/** AccessKeyId: 5–50 characters [SDK][DOC]. */
export const ACCESS_KEY_ID_MIN = 5
export const ACCESS_KEY_ID_MAX = 50
/** AccessKeySecret: 10–50 characters [SDK][DOC]. */
export const ACCESS_KEY_SECRET_MIN = 10
export const ACCESS_KEY_SECRET_MAX = 50
/** SecretName: 1–50 Unicode code points, no lone surrogate (decision `secret-name-length`). */
export const SECRET_NAME_MIN = 1
export const SECRET_NAME_MAX = 50

/**
 * Tags (decision `tag-limits`, from Tencent Cloud's Tag service limits): at most 50 per key; a key of 1–127 code
 * points, a value of 0–255, neither with a lone surrogate. A Tags list over the count is refused as a whole.
 */
export const MAX_TAGS = 50
export const TAG_KEY_MIN = 1
export const TAG_KEY_MAX = 127
export const TAG_VALUE_MIN = 0
export const TAG_VALUE_MAX = 255

/** The action's own parameters (facts §1). Everything else in the JSON body is unknown (decision `closed-request`). */
export const REQUEST_PARAMETERS = ['SecretName', 'AccessKeyType', 'AccessKeyId', 'AccessKeySecret', 'Tags'] as const
export const ACCESS_KEY_TYPES = ['auto', 'manual'] as const

/** ApiKey fields (facts §2); the first seven are required and non-null (decision `apikey-required-fields`). */
export const API_KEY_REQUIRED = ['AccessKeyId', 'AccessKeySecret', 'AccessKeyType', 'SecretName', 'Status', 'CreatedTime', 'ModifiedTime'] as const
export const API_KEY_FIELDS = [...API_KEY_REQUIRED, 'Tags'] as const

/** CreateApiKey's own error codes and the common API 3.0 codes (facts §3), typed in again from the facts file. */
export const CREATE_API_KEY_ERROR_CODES = [
  'FailedOperation.AccessKeyExist',
  'InternalError.ApigwException',
  'InternalError.OssException',
  'InvalidParameter.FormatError',
  'LimitExceeded.ApiKeyCountLimitExceeded',
  'UnauthorizedOperation.UncertifiedUser',
  'UnsupportedOperation.UnpackError',
] as const
export const COMMON_ERROR_CODES = [
  'ActionOffline', 'AuthFailure.InvalidAuthorization', 'AuthFailure.InvalidSecretId', 'AuthFailure.MFAFailure',
  'AuthFailure.SecretIdNotFound', 'AuthFailure.SignatureExpire', 'AuthFailure.SignatureFailure', 'AuthFailure.TokenFailure',
  'AuthFailure.UnauthorizedOperation', 'DryRunOperation', 'FailedOperation', 'InternalError', 'InvalidAction',
  'InvalidParameter', 'InvalidParameterValue', 'InvalidRequest', 'IpInBlacklist', 'IpNotInWhitelist', 'LimitExceeded',
  'MissingParameter', 'NoSuchProduct', 'NoSuchVersion', 'RequestLimitExceeded',
  'RequestLimitExceeded.GlobalRegionUinLimitExceeded', 'RequestLimitExceeded.IPLimitExceeded',
  'RequestLimitExceeded.UinLimitExceeded', 'RequestSizeLimitExceeded', 'ResourceInUse', 'ResourceInsufficient',
  'ResourceNotFound', 'ResourceUnavailable', 'ResponseSizeLimitExceeded', 'ServiceUnavailable', 'UnauthorizedOperation',
  'UnknownParameter', 'UnsupportedOperation', 'UnsupportedProtocol', 'UnsupportedRegion',
] as const
export const ERROR_CODES: readonly string[] = [...CREATE_API_KEY_ERROR_CODES, ...COMMON_ERROR_CODES]

/**
 * Decision shared-codes: every action answers a body it cannot read with UnpackError and a parameter of the wrong
 * type or format with FormatError, so both are in every action's union, listed by the Go SDK for that action or not.
 */
export const SHARED_ERROR_CODES = ['InvalidParameter.FormatError', 'UnsupportedOperation.UnpackError'] as const

/**
 * DescribeApiKey (lifecycle facts §3.2; decision key-id-lookup): one required parameter, AccessKeyId, any string
 * (the empty one included: it finds no key); a non-string is `InvalidParameter.FormatError` (decision shared-codes).
 * Its own codes, from the Go SDK's list.
 */
export const DESCRIBE_API_KEY_PARAMETERS = ['AccessKeyId'] as const
export const DESCRIBE_API_KEY_ERROR_CODES = ['FailedOperation.CamException', 'ResourceNotFound.InvalidAccessKeyId'] as const
export const DESCRIBE_API_KEY_ALL_ERROR_CODES: readonly string[] = [...DESCRIBE_API_KEY_ERROR_CODES, ...SHARED_ERROR_CODES, ...COMMON_ERROR_CODES]

/** The actions of the contract (the X-TC-Action / Action values it serves). */
export const ACTIONS = ['CreateApiKey', 'DescribeApiKey'] as const

/** Signature v1 common parameters (facts §4). */
export const ACTION = 'CreateApiKey'
export const VERSION = '2018-08-08'
export const SIGNATURE_METHODS = ['HmacSHA1', 'HmacSHA256'] as const
export const LANGUAGES = ['zh-CN', 'en-US'] as const
