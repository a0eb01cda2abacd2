// Generated from schema/service.ts, schema/rules.ts and the action registry by scripts/build.ts: do not edit.
/** Every action of the registry, in documentation order. */
export declare const actionNames: readonly ("CreateApiKey" | "DescribeApiKey" | "DescribeApiKeysStatus" | "UpdateApiKey" | "EnableApiKey" | "DisableApiKey" | "DeleteApiKey")[]
export declare const apiVersion: "2018-08-08"
export declare const service: "apigateway"
/** Requests per second of each action, as its page states it (the emulator counts them per SecretId too). */
export declare const rateLimits: Readonly<Record<(typeof actionNames)[number], number>>
/** A timestamp further than this (seconds) from the server clock gets AuthFailure.SignatureExpire. */
export declare const signatureMaxSkewSeconds: number
/** Request size limits of API 3.0, in bytes: the GET URL, a v1 (form) POST body, a v3 (JSON) POST body. */
export declare const sizeLimits: { readonly get: number; readonly postV1: number; readonly postV3: number }
/** The same limits for messages (`32 KB`), formatted by formatBytes of schema/rules.ts. */
export declare const sizeLimitLabels: { readonly get: string; readonly postV1: string; readonly postV3: string }
/** How many unknown parameters a parser lists per object (the body, one item); the rest are counted in one more error. */
export declare const maxListedUnknownParameters: number
/** The most digits of an integer in the v1 form (decision v1-form-integers); a longer one stays a string. */
export declare const formIntegerMaxDigits: number
/** The emulator's auto keys: AccessKeyId prefix and length, the length of its time head, the secret's length (decision emulator-auto-keys). */
export declare const autoKeyShape: { readonly idPrefix: "AKID"; readonly idLength: 40; readonly timeLength: 7; readonly secretLength: 40 }
