/** The codes the Go SDK's client.go lists for DescribeApiKey (described in schema/keyErrorCodes.ts). */
import { ownErrorCodes } from '../../keyErrorCodes.js'

export const describeApiKeyErrorCodes = ownErrorCodes('DescribeApiKey', ['FailedOperation.CamException', 'ResourceNotFound.InvalidAccessKeyId'])

export type DescribeApiKeyOwnErrorCode = (typeof describeApiKeyErrorCodes)[number]['code']
