/**
 * The value rules of the API-key fields (charsets, lengths, tag bounds), shared by every action that carries them.
 * Schemas, docs, tests and the emulator read them from here, so a bound is changed in exactly one place. Facts of
 * the whole service (version, endpoints, size limits, signing) are in service.ts, re-exported here.
 */
export * from './service.js'


/** ASCII letters, digits and underscore: the charset of AccessKeyId and AccessKeySecret [SDK][DOC]. */
export const accessKeyCharsetPattern = '^[A-Za-z0-9_]+$'
export const accessKeyCharsetDescription = 'ASCII letters (A-Z, a-z), digits (0-9) and underscore (_)'

export const accessKeyIdLength = { min: 5, max: 50 } as const
export const accessKeySecretLength = { min: 10, max: 50 } as const

/**
 * The emulator's auto keys (decision emulator-auto-keys): the documented example's shape, `AKID` + 36 characters and
 * a 40-character secret, the first `timeLength` characters after the prefix being the creation time.
 */
export const autoKeyShape = { idPrefix: 'AKID', idLength: 40, timeLength: 7, secretLength: 40 } as const

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

/** A page of a list: Limit 1–100, 20 when absent [DOC DescribeApiKeysStatus; decision list-paging]. */
export const pageLimit = { min: 1, max: 100, default: 20 } as const
/**
 * Filters of a list: at most 10 filters of at most 100 values each (decision list-filters; the API documents no bound,
 * and 100 values let one call name a full page of ids).
 */
export const listFilterLimits = { maxFilters: 10, maxValues: 100 } as const
