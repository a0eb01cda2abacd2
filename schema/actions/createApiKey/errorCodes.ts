/**
 * The codes the Go SDK's client.go lists for CreateApiKey, each described in this package's own words (sources: the
 * seed page, the Go SDK's errors.go). Its closed union adds the common codes (schema/commonErrorCodes.ts).
 */
import type { ErrorCodeInfo } from '../../commonErrorCodes.js'

export const createApiKeyErrorCodes = [
  { code: 'FailedOperation.AccessKeyExist', category: 'CreateApiKey', description: 'A key with the requested custom AccessKeyId already exists.', remedy: 'Choose another AccessKeyId, or use the existing key.' },
  { code: 'InternalError.ApigwException', category: 'CreateApiKey', description: 'API Gateway failed internally while handling the request.', remedy: 'Retry later with backoff; if it persists, contact Tencent Cloud support with the RequestId.' },
  { code: 'InternalError.OssException', category: 'CreateApiKey', description: 'A storage service behind API Gateway failed internally.', remedy: 'Retry later with backoff; if it persists, contact Tencent Cloud support with the RequestId.' },
  { code: 'InvalidParameter.FormatError', category: 'CreateApiKey', description: 'A parameter has the wrong format, length or characters.', remedy: 'Fix the parameter named in the message (see the limits of each parameter) and send again.' },
  { code: 'LimitExceeded.ApiKeyCountLimitExceeded', category: 'CreateApiKey', description: 'The account already has as many keys as its quota allows.', remedy: 'Delete unused keys or ask for a higher quota before creating more.' },
  { code: 'UnauthorizedOperation.UncertifiedUser', category: 'CreateApiKey', description: 'The account has not completed identity verification.', remedy: 'Complete real-name identity verification for the account in the console.' },
  { code: 'UnsupportedOperation.UnpackError', category: 'CreateApiKey', description: 'The service could not unpack (decode) the request.', remedy: 'Check that the body is well-formed for its Content-Type and signature version, then retry.' },
] as const satisfies readonly ErrorCodeInfo[]

export type CreateApiKeyOwnErrorCode = (typeof createApiKeyErrorCodes)[number]['code']
