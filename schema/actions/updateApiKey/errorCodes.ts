/** The codes the Go SDK's client.go lists for UpdateApiKey (described in schema/keyErrorCodes.ts). */
import { ownErrorCodes } from '../../keyErrorCodes.js'

export const updateApiKeyErrorCodes = ownErrorCodes('UpdateApiKey', ['InternalError.OssException', 'InvalidParameter.FormatError', 'ResourceNotFound.InvalidAccessKeyId', 'UnsupportedOperation.UinNotInWhiteList'])
