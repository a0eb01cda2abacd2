/** The codes the Go SDK's client.go lists for DeleteApiKey (described in schema/keyErrorCodes.ts). */
import { ownErrorCodes } from '../../keyErrorCodes.js'

export const deleteApiKeyErrorCodes = ownErrorCodes('DeleteApiKey', ['InvalidParameterValue.InvalidRegion', 'ResourceNotFound.InvalidAccessKeyId', 'UnsupportedOperation.InvalidStatus', 'UnsupportedOperation.ResourceIsInUse'])
