/**
 * fast-check arbitraries of every action of the contract, for property-testing clients and servers against it.
 * fast-check (4.x) is an optional peer dependency: only this entry point loads it. Requests are derived from each
 * action's generated request model and codes from its closed error union, so the arbitraries follow the schemas.
 */
import type { ErrorCode } from '../types.js'
import type { ActionArbitraries as Arbitraries } from './actions.js'
import type { RequestCase } from './requests.js'

/** An invalid request with exactly one problem, tagged with the code and parameter the API answers with. */
export type InvalidRequestCase<Code extends string = ErrorCode> = RequestCase<Code>
/** One action's arbitraries, as `actionArbitraries[name]` holds them. */
export type ActionArbitraries<Name extends Arbitraries['name'] = Arbitraries['name']> = Arbitraries<Name>

export { actionArbitraries, arbitrariesFor } from './actions.js'
export { apiKeysStatus } from './apiKeysStatus.js'
export { accessKeyId, accessKeySecret, apiKey, requestId, secretName, tag, tags, utcTimestamp } from './apiKey.js'
export * from './createApiKey.js'
export * from './describeApiKey.js'
export * from './lifecycle.js'
