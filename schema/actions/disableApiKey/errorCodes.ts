/** The codes the Go SDK's client.go lists for DisableApiKey (described in schema/keyErrorCodes.ts). */
import { ownErrorCodes } from '../../keyErrorCodes.js'

export const disableApiKeyErrorCodes = ownErrorCodes('DisableApiKey', ['InternalError.OssException', 'ResourceNotFound.InvalidAccessKeyId', 'UnsupportedOperation.UinNotInWhiteList', 'UnsupportedOperation.UnsupportedUpdateApiKey'])
