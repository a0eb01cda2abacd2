/**
 * The runtime API of the contract: for every action, validators precompiled at build time (no TypeBox, no eval)
 * with Tencent-shaped errors, and the contract's types. `runtimeActions` holds every action's parsers by name; the
 * named functions below are the same parsers.
 */
import { runtimeActions } from './actions.js'

export { runtimeActions, actionNames, isActionName, type RuntimeAction, type RuntimeActions } from './actions.js'
export { isUtcDateTime } from '../generated/validators/createApiKeyResponse.js'
/** How many unknown names a parse lists per object before it counts the rest (decision listed-unknown-parameters). */
export { maxListedUnknownParameters } from '../generated/contractLimits.js'
export type * from './types.js'

export const parseCreateApiKeyRequest = runtimeActions.CreateApiKey.parseRequest
export const parseCreateApiKeyResponse = runtimeActions.CreateApiKey.parseResponse
export const parseDescribeApiKeyRequest = runtimeActions.DescribeApiKey.parseRequest
export const parseDescribeApiKeyResponse = runtimeActions.DescribeApiKey.parseResponse
export const parseDescribeApiKeysStatusRequest = runtimeActions.DescribeApiKeysStatus.parseRequest
export const parseDescribeApiKeysStatusResponse = runtimeActions.DescribeApiKeysStatus.parseResponse
export const parseUpdateApiKeyRequest = runtimeActions.UpdateApiKey.parseRequest
export const parseUpdateApiKeyResponse = runtimeActions.UpdateApiKey.parseResponse
export const parseEnableApiKeyRequest = runtimeActions.EnableApiKey.parseRequest
export const parseEnableApiKeyResponse = runtimeActions.EnableApiKey.parseResponse
export const parseDisableApiKeyRequest = runtimeActions.DisableApiKey.parseRequest
export const parseDisableApiKeyResponse = runtimeActions.DisableApiKey.parseResponse
export const parseDeleteApiKeyRequest = runtimeActions.DeleteApiKey.parseRequest
export const parseDeleteApiKeyResponse = runtimeActions.DeleteApiKey.parseResponse
