/**
 * The codes the Go SDK's client.go lists for DescribeApiKey, described in this package's own words (source: the Go
 * SDK's errors.go: "CAM异常", "密钥不存在。"). Its closed union adds the common codes.
 */
import type { ErrorCodeInfo } from '../../commonErrorCodes.js'

export const describeApiKeyErrorCodes = [
  { code: 'FailedOperation.CamException', category: 'DescribeApiKey', description: 'The access management (CAM) check of the call failed.', remedy: 'Retry later; if it persists, check the account\'s CAM policies and contact support with the RequestId.' },
  { code: 'ResourceNotFound.InvalidAccessKeyId', category: 'DescribeApiKey', description: 'No key has this AccessKeyId (it was never created, or was deleted).', remedy: 'Check the AccessKeyId, or list the keys with DescribeApiKeysStatus.' },
] as const satisfies readonly ErrorCodeInfo[]

export type DescribeApiKeyOwnErrorCode = (typeof describeApiKeyErrorCodes)[number]['code']
