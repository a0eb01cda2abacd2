/**
 * The runtime API of the CreateApiKey contract: validators precompiled at build time (no TypeBox, no eval) with
 * Tencent-shaped errors, and the contract's types.
 */
export { parseCreateApiKeyRequest } from './parseCreateApiKeyRequest.js'
export { parseCreateApiKeyResponse } from './parseCreateApiKeyResponse.js'
export { isUtcDateTime } from '../generated/validators/createApiKeyResponse.js'
export type * from './types.js'
