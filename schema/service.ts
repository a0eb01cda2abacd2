/**
 * Facts of the whole service, apart from any action: version, endpoints, signing window, size limits, the envelope's
 * patterns, and the helpers that say these numbers in prose.
 */

/**
 * CreatedTime / ModifiedTime: UTC, whole seconds, literal Z, as in every example (`2020-02-26T06:10:01Z`), on a real
 * calendar day: 31-day and 30-day months, February up to the 28th, and the 29th in leap years (divisible by 4 but not
 * by 100, or by 400). The pattern says it all, so a validator that treats `format` as an annotation (the JSON Schema
 * 2020-12 default) refuses 2021-02-29 too.
 */
export const utcTimestampPattern =
  '^(?:[0-9]{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12][0-9]|3[01])|(?:0[469]|11)-(?:0[1-9]|[12][0-9]|30)|02-(?:0[1-9]|1[0-9]|2[0-8]))' +
  '|(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)' +
  'T(?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]Z$'

/** RequestId: a UUID, as Tencent's servers generate it (either case of hex digits is accepted). */
export const requestIdPattern = '^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$'

export const apiVersion = '2018-08-08'
export const service = 'apigateway'
export const host = 'apigateway.tencentcloudapi.com'
/** The endpoint the international site's API pages name (updated 2025-10-30). */
export const intlHost = 'apigateway.intl.tencentcloudapi.com'

/** Requests per second, per action: the limit every API-key action's page states [DOC seed page; lifecycle facts §2]. */
export const rateLimitPerSecond = 20
/** A timestamp further than this from the server clock gets AuthFailure.SignatureExpire [DOC]. */
export const signatureMaxSkewSeconds = 300
/**
 * How many unknown parameters the problems of one object list (the body, or one item of a list): the rest are counted
 * in one more error, so a body of a million unknown names costs no more to report than a short one. The package's
 * choice (decision listed-unknown-parameters); the API answers only the first problem.
 */
export const maxListedUnknownParameters = 100
/**
 * The most digits an integer of the v1 form may have (decision v1-form-integers): every decimal integer of up to 308
 * digits is a finite number (below 1e308), some of 309 are not; so the form's pattern and the emulator's reading
 * draw the same line, where "finite" alone would leave the pattern unbounded.
 */
export const formIntegerMaxDigits = 308
/** Body size limits of API 3.0 [DOC], in bytes. */
export const sizeLimits = { get: 32 * 1024, postV1: 1024 * 1024, postV3: 10 * 1024 * 1024 } as const

/**
 * Numbers in prose, said from the values above (test/proseNumbers.test.ts fails on one typed into a sentence).
 */
/** `5–50`: a bound as an en-dash range. */
export const formatRange = ({ min, max }: { readonly min: number; readonly max: number }) => `${min}–${max}`
/** `32 KB`, `1 MB`, `10 MB`: a size in binary units, whole numbers only. */
export function formatBytes(bytes: number): string {
  for (const [unit, size] of [['MB', 1024 * 1024], ['KB', 1024]] as const) if (bytes >= size && bytes % size === 0) return `${bytes / size} ${unit}`
  return `${bytes} bytes`
}
/** `5 minutes`: the signature window. */
export const signatureMaxSkewText = `${signatureMaxSkewSeconds / 60} minutes`
/** `GET 32 KB, v1 POST 1 MB, v3 POST 10 MB`. */
export const sizeLimitsText = `GET ${formatBytes(sizeLimits.get)}, v1 POST ${formatBytes(sizeLimits.postV1)}, v3 POST ${formatBytes(sizeLimits.postV3)}`
