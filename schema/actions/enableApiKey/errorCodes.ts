/** The codes the Go SDK's client.go lists for EnableApiKey (described in schema/keyErrorCodes.ts). */
import { ownErrorCodes } from '../../keyErrorCodes.js'

export const enableApiKeyErrorCodes = ownErrorCodes('EnableApiKey', ['ResourceNotFound.InvalidAccessKeyId', 'UnsupportedOperation.UinNotInWhiteList', 'UnsupportedOperation.UnsupportedUpdateApiKey'])
