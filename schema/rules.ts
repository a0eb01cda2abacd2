/**
 * The documented limits of CreateApiKey, as data. Schemas, docs, tests and the emulator all read them from here,
 * so a bound is changed in exactly one place.
 */

/** ASCII letters, digits and underscore: the charset of AccessKeyId and AccessKeySecret [SDK][DOC]. */
export const accessKeyCharsetPattern = '^[A-Za-z0-9_]+$'
export const accessKeyCharsetDescription = 'ASCII letters (A-Z, a-z), digits (0-9) and underscore (_)'

export const accessKeyIdLength = { min: 5, max: 50 } as const
export const accessKeySecretLength = { min: 10, max: 50 } as const

/** SecretName: the console's limit of 50 characters, counted as Unicode code points (see docs/decisions.md). */
export const secretNameLength = { min: 1, max: 50 } as const

/**
 * SecretName's bound as a pattern rather than minLength/maxLength: TypeBox counts UTF-16 code units while JSON
 * Schema counts code points, so `maxLength` alone would make the validators disagree on astral characters. This
 * pattern counts a surrogate pair as one character in a non-`u` RegExp (TypeBox) and, in a `u` RegExp (ajv and
 * other JSON Schema validators), `[^\uD800-\uDFFF]` matches every code point but a lone surrogate. Both therefore
 * accept 1–50 Unicode scalar values and reject lone surrogates, which UTF-8 cannot carry.
 */
export const scalarTextPattern = ({ min, max }: { readonly min: number; readonly max: number }) =>
  `^(?:[^\\uD800-\\uDFFF]|[\\uD800-\\uDBFF][\\uDC00-\\uDFFF]){${min},${max}}$`
export const secretNamePattern = scalarTextPattern(secretNameLength)

/**
 * Tags: Tencent Cloud's Tag service limits per resource (decision `tag-limits`): at most 50 tags, a key of 1–127
 * characters, a value of 0–255, counted as Unicode code points like SecretName (and expressed as patterns for the
 * same reason).
 */
export const maxTagsPerKey = 50
export const tagKeyLength = { min: 1, max: 127 } as const
export const tagValueLength = { min: 0, max: 255 } as const
export const tagKeyPattern = scalarTextPattern(tagKeyLength)
export const tagValuePattern = scalarTextPattern(tagValueLength)

/** CreatedTime / ModifiedTime: UTC, whole seconds, literal Z, as in every example (`2020-02-26T06:10:01Z`). */
export const utcTimestampPattern =
  '^[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])T(?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]Z$'

/** RequestId: a UUID, as Tencent's servers generate it (either case of hex digits is accepted). */
export const requestIdPattern = '^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$'

export const action = 'CreateApiKey'
export const apiVersion = '2018-08-08'
export const service = 'apigateway'
export const host = 'apigateway.tencentcloudapi.com'
/** The endpoint the international site's API pages name (updated 2025-10-30). */
export const intlHost = 'apigateway.intl.tencentcloudapi.com'

/** Requests per second for this action [DOC seed page]. */
export const rateLimitPerSecond = 20
/** A timestamp further than this from the server clock gets AuthFailure.SignatureExpire [DOC]. */
export const signatureMaxSkewSeconds = 300
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
