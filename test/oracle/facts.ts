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

/**
 * The lifecycle actions (apikey-lifecycle-facts.md §3.1, §3.3–§3.6), typed in again from the facts file and the
 * decisions list-paging, list-filters and update-secret.
 *
 * DescribeApiKeysStatus: Limit, Offset, Filters, all optional. Limit "default 20, maximum 100" and at least 1; Offset
 * "default 0", not negative; both integers (out of range: InvalidParameterValue; another type: FormatError).
 */
export const DESCRIBE_API_KEYS_STATUS_PARAMETERS = ['Limit', 'Offset', 'Filters'] as const
export const LIST_LIMIT_MIN = 1
export const LIST_LIMIT_MAX = 100
export const LIST_LIMIT_DEFAULT = 20
export const LIST_OFFSET_MIN = 0
export const LIST_OFFSET_DEFAULT = 0
/** Filter: {Name, Values}, both required; the six documented names (case-sensitive); Values strings. */
export const FILTER_NAMES = ['AccessKeyId', 'AccessKeySecret', 'SecretName', 'NotUsagePlanId', 'Status', 'KeyWord'] as const
/** Decision list-filters: at most 10 filters of at most 100 values (FormatError beyond, the list refused whole). */
export const MAX_FILTERS = 10
export const MAX_FILTER_VALUES = 100
/** An unknown filter name (§3.1: "InvalidParameterValue.InvalidFilterNotSupportedName"). */
export const FILTER_NAME_CODE = 'InvalidParameterValue.InvalidFilterNotSupportedName'
/** UpdateApiKey: AccessKeyId required (any string, decision key-id-lookup); AccessKeySecret optional, 10–50 of [A-Za-z0-9_]. */
export const UPDATE_API_KEY_PARAMETERS = ['AccessKeyId', 'AccessKeySecret'] as const

/** Each lifecycle action's own codes, from the Go SDK's lists as the facts give them (§3.1, §3.3–§3.6). */
export const LIFECYCLE_ERROR_CODES = {
  DescribeApiKeysStatus: ['FailedOperation.CamException', 'InternalError.CamException', 'InvalidParameterValue.InvalidFilterNotSupportedName', 'InvalidParameterValue.InvalidRegion'],
  UpdateApiKey: ['InternalError.OssException', 'InvalidParameter.FormatError', 'ResourceNotFound.InvalidAccessKeyId', 'UnsupportedOperation.UinNotInWhiteList'],
  EnableApiKey: ['ResourceNotFound.InvalidAccessKeyId', 'UnsupportedOperation.UinNotInWhiteList', 'UnsupportedOperation.UnsupportedUpdateApiKey'],
  DisableApiKey: ['InternalError.OssException', 'ResourceNotFound.InvalidAccessKeyId', 'UnsupportedOperation.UinNotInWhiteList', 'UnsupportedOperation.UnsupportedUpdateApiKey'],
  DeleteApiKey: ['InvalidParameterValue.InvalidRegion', 'ResourceNotFound.InvalidAccessKeyId', 'UnsupportedOperation.InvalidStatus', 'UnsupportedOperation.ResourceIsInUse'],
} as const
export type LifecycleAction = keyof typeof LIFECYCLE_ERROR_CODES
/** An action's closed union: its own codes, the shared ones (decision shared-codes) and the common ones, each once. */
export const allErrorCodesOf = (action: LifecycleAction): readonly string[] => [...new Set<string>([...LIFECYCLE_ERROR_CODES[action], ...SHARED_ERROR_CODES, ...COMMON_ERROR_CODES])]

/** The actions of the contract (the X-TC-Action / Action values it serves). */
export const ACTIONS = ['CreateApiKey', 'DescribeApiKey', 'DescribeApiKeysStatus', 'UpdateApiKey', 'EnableApiKey', 'DisableApiKey', 'DeleteApiKey'] as const

/** Signature v1 common parameters (facts §4). */
export const ACTION = 'CreateApiKey'
export const VERSION = '2018-08-08'
export const SIGNATURE_METHODS = ['HmacSHA1', 'HmacSHA256'] as const
export const LANGUAGES = ['zh-CN', 'en-US'] as const
