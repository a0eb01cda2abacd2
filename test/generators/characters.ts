/**
 * Characters grouped by the way they can break a rule: the documented charset, ASCII punctuation (with `-`),
 * whitespace and control characters, non-ASCII letters and digits, look-alikes of ASCII letters, astral characters
 * (surrogate pairs) and lone surrogates.
 */
import fc from 'fast-check'

export const keyCharset = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_'
export const asciiPunctuation = [...'!"#$%&\'()*+,-./:;<=>?@[\\]^`{|}~']
export const whitespaceAndControl = [' ', '\t', '\n', '\r', '\v', '\f', '\u0000', '\u0001', '\u001f', '\u007f', '\u0085', '\u00a0', '\u200b', '\u2028', '\u3000', '\ufeff']
export const nonAsciiLettersAndDigits = ['é', 'ß', 'Ω', 'Ж', '名', 'ー', '٣', '०', '０', '①', '²', 'ℌ', 'ﬁ']
/** Letters that look like (or case-fold to) ASCII: Cyrillic А/а/о/е, fullwidth, Kelvin sign, long s, dotless i. */
export const lookAlikes = ['А', 'а', 'о', 'е', 'Ｏ', 'ｏ', '\u212a', '\u017f', 'ı', 'Ⅰ', '＿', '‐', '−', '\u2010']
export const astral = ['😀', '𝐀', '𠀀', '🏳️‍🌈', '\u{10ffff}', '\u{1d7ce}']
export const loneSurrogates = ['\ud800', '\udbff', '\udc00', '\udfff']

export const characterClasses = {
  keyCharset: [...keyCharset],
  asciiPunctuation,
  whitespaceAndControl,
  nonAsciiLettersAndDigits,
  lookAlikes,
  astral,
  loneSurrogates,
} as const

/** One character (a string of one code point, or a lone surrogate) of any class but the key charset. */
export const foreignCharacter = fc.oneof(
  fc.constantFrom(...asciiPunctuation),
  fc.constantFrom('-'),
  fc.constantFrom(...whitespaceAndControl),
  fc.constantFrom(...nonAsciiLettersAndDigits),
  fc.constantFrom(...lookAlikes),
  fc.constantFrom(...astral),
  fc.constantFrom(...loneSurrogates),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
)

export const keyCharacter = fc.constantFrom(...keyCharset)
/** Any character a name may hold: mostly ASCII, often non-ASCII and astral. */
export const nameCharacter = fc.oneof(
  { weight: 4, arbitrary: fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 1 }) },
  { weight: 2, arbitrary: fc.constantFrom(...nonAsciiLettersAndDigits, ...lookAlikes, ...asciiPunctuation, ' ') },
  { weight: 2, arbitrary: fc.constantFrom(...astral) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) },
)
