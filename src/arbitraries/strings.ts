/**
 * Strings for a parameter, from the limits and rules its generated model states (generated/validators): valid text
 * within the bounds and charset, and values that break one rule of it (type, length, charset, a lone surrogate).
 */
import fc from './fastCheck.js'
import type { ParameterRules, StringLimits } from '../../generated/validators/model.js'

/** A string parameter or item field as the model gives it. */
export interface TextModel {
  readonly limits: StringLimits
  readonly rules: ParameterRules
}

/** The printable ASCII characters a charset pattern (`^[...]+$`) allows; empty when it is not a charset. */
function charsetOf(pattern: string): string[] {
  const regExp = new RegExp(pattern)
  return Array.from({ length: 0x7f - 0x20 }, (_, offset) => String.fromCharCode(0x20 + offset)).filter((char) => regExp.test(char))
}

/** Text of min–max Unicode code points (any but lone surrogates), from ASCII to astral characters. */
export function scalarText(minLength: number, maxLength: number | null, size?: fc.SizeForArbitrary): fc.Arbitrary<string> {
  const max = maxLength ?? undefined
  return fc.oneof(
    fc.string({ minLength, maxLength: max, size }),
    fc.string({ unit: 'grapheme', minLength, maxLength: max, size }).filter((text) => max === undefined || [...text].length <= max),
    fc.string({ unit: 'binary', minLength, maxLength: max, size }),
  )
}

/** A string with a lone surrogate somewhere. */
export const withLoneSurrogate = (around = 10) =>
  fc.tuple(fc.string({ maxLength: around }), fc.integer({ min: 0xd800, max: 0xdfff }), fc.string({ maxLength: around })).map(([a, unit, b]) => `${a}${String.fromCharCode(unit)}${b}`)

/** The characters a charset-limited string is drawn from, or undefined for text counted in code points. */
export function charsetCharacters(text: TextModel): fc.Arbitrary<string> | undefined {
  const { pattern } = text.limits
  if (pattern === null) return undefined
  const chars = charsetOf(pattern)
  if (chars.length === 0) throw new Error(`arbitraries: the pattern ${pattern} is not a charset of printable ASCII; add a generator for it`)
  return fc.constantFrom(...chars)
}

/** A parameter whose only rule is its type takes any string: lone surrogates, long and astral text included. */
const onlyTyped = (text: TextModel) => text.rules.rules.every((rule) => rule.rule === 'type')

/** Valid values of a string parameter. */
export function validText(text: TextModel, size?: fc.SizeForArbitrary): fc.Arbitrary<string> {
  const { minLength, maxLength } = text.limits
  const unit = charsetCharacters(text)
  if (unit) {
    const within = fc.string({ unit, minLength, maxLength: maxLength ?? undefined, size })
    if (size !== undefined || maxLength === null) return within
    // Exactly at each bound now and then: a small size would rarely reach the maximum.
    return fc.oneof({ weight: 4, arbitrary: within }, { weight: 1, arbitrary: fc.string({ unit, minLength, maxLength: minLength }) }, { weight: 1, arbitrary: fc.string({ unit, minLength: maxLength, maxLength }) })
  }
  if (onlyTyped(text)) {
    return fc.oneof(
      { weight: 6, arbitrary: scalarText(minLength, maxLength, size) },
      { weight: 1, arbitrary: withLoneSurrogate() },
      { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: Math.max(minLength, 200), maxLength: 2000 }) },
    )
  }
  return scalarText(minLength, maxLength, size)
}

/** JSON values other than strings, for wrong-type cases (null is a wrong type, decision request-error-codes). */
export const notAString = () =>
  fc.oneof(fc.constant(null), fc.boolean(), fc.integer(), fc.double({ noNaN: true }), fc.array(fc.string(), { maxLength: 2 }), fc.dictionary(fc.string(), fc.string(), { maxKeys: 2, noNullPrototype: true }))

/** Strings that break the length or charset rule of the parameter (and nothing else of the request); none if it has neither. */
export function badTexts(text: TextModel): fc.Arbitrary<string>[] {
  const { minLength, maxLength } = text.limits
  const unit = charsetCharacters(text)
  const out: fc.Arbitrary<string>[] = []
  if (minLength > 0) out.push(unit ? fc.string({ unit, maxLength: minLength - 1 }) : fc.constant(''))
  if (maxLength !== null) {
    out.push(unit ? fc.string({ unit, minLength: maxLength + 1, maxLength: maxLength + 20 }) : fc.string({ unit: 'binary', minLength: maxLength + 1, maxLength: maxLength + 20 }))
  }
  if (unit) {
    // Right length, one character outside the charset, at any position.
    const shorter = { minLength: Math.max(0, minLength - 1), maxLength: Math.max(0, (maxLength ?? minLength + 20) - 1) }
    out.push(
      fc.tuple(fc.string({ unit, ...shorter }), fc.constantFrom('-', ' ', '.', 'é', '💥', '\u0000'), fc.nat()).map(([base, char, at]) => {
        const i = at % (base.length + 1)
        return `${base.slice(0, i)}${char}${base.slice(i)}`
      }),
    )
  } else if (!onlyTyped(text)) out.push(withLoneSurrogate(maxLength === null ? 10 : Math.min(10, Math.floor((maxLength - 1) / 2))))
  return out
}
