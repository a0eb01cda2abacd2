/**
 * The documented limits the emulator enforces. They are defined in schema/rules.ts, which runtime code may not load
 * (it is TypeBox-side TypeScript); test/emulator.test.ts holds these copies equal to it.
 */
export const action = 'CreateApiKey'
export const apiVersion = '2018-08-08'
export const service = 'apigateway'
/** Requests per second per SecretId for this action. */
export const rateLimitPerSecond = 20
/** A timestamp further than this from the server clock gets AuthFailure.SignatureExpire. */
export const signatureMaxSkewSeconds = 300
/** Request size limits of API 3.0, in bytes: the GET URL, a v1 (form) POST body, a v3 (JSON) POST body. */
export const sizeLimits = { get: 32 * 1024, postV1: 1024 * 1024, postV3: 10 * 1024 * 1024 } as const
