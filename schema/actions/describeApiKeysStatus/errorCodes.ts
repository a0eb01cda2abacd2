/** The codes the Go SDK's client.go lists for DescribeApiKeysStatus (described in schema/keyErrorCodes.ts). */
import { ownErrorCodes } from '../../keyErrorCodes.js'

export const describeApiKeysStatusErrorCodes = ownErrorCodes('DescribeApiKeysStatus', [
  'FailedOperation.CamException',
  'InternalError.CamException',
  'InvalidParameterValue.InvalidFilterNotSupportedName',
  'InvalidParameterValue.InvalidRegion',
])
