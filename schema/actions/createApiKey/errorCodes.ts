/** The codes the Go SDK's client.go lists for CreateApiKey (described in schema/keyErrorCodes.ts). */
import { ownErrorCodes } from '../../keyErrorCodes.js'

export const createApiKeyErrorCodes = ownErrorCodes('CreateApiKey', [
  'FailedOperation.AccessKeyExist',
  'InternalError.ApigwException',
  'InternalError.OssException',
  'InvalidParameter.FormatError',
  'LimitExceeded.ApiKeyCountLimitExceeded',
  'UnauthorizedOperation.UncertifiedUser',
  'UnsupportedOperation.UnpackError',
])

export type CreateApiKeyOwnErrorCode = (typeof createApiKeyErrorCodes)[number]['code']
