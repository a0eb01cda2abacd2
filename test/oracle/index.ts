/**
 * The independent oracle: plain functions written from the documented rules (tencent-api-facts.md,
 * apikey-lifecycle-facts.md and docs/decisions.md), not from the schemas. Each returns the list of violations; an
 * empty list means valid. `oracles` holds them by action name.
 */
export * from './violation.js'
export * from './facts.js'
export { checkCreateApiKeyRequest, checkSecretName, checkAccessKeyId, checkAccessKeySecret, checkTags, checkTag } from './request.js'
export { checkApiKey, checkApiError, checkSuccessResponse, checkSuccessOf, checkEnvelope, checkErrorResponse, checkCreateApiKeyResponse } from './responses.js'
export { checkCreateApiKeyQuery, beyondJsonSchema, parseFlattenedTag } from './query.js'
export { checkTc3Headers } from './headers.js'
export * from './describeApiKey.js'
export * from './lifecycle.js'
export { oracles, oracleList, type ActionOracle } from './actions.js'
