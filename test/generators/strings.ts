/** Strings at and around every bound, with a character of every class in first, middle or last position. */
import fc from 'fast-check'
import { foreignCharacter, keyCharacter, nameCharacter } from './characters.js'

export interface Bound {
  readonly min: number
  readonly max: number
}

/** A length at a bound, next to one, or anywhere from 0 to a little past the maximum. */
export const lengthAround = ({ min, max }: Bound) =>
  fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...new Set([0, 1, min - 1, min, min + 1, max - 1, max, max + 1].filter((n) => n >= 0))) },
    { weight: 2, arbitrary: fc.integer({ min: 0, max: max + 3 }) },
    { weight: 3, arbitrary: fc.integer({ min, max }) },
  )

/** Put `char` at the first, a middle or the last position of `chars` (replacing), or append it. */
const inject = (chars: string[], char: string, where: number) => {
  const out = [...chars]
  if (out.length === 0) return [char]
  const positions = [0, Math.floor(out.length / 2), out.length - 1]
  const index = positions[where % 3]!
  if (where >= 3) out.splice(index, 0, char)
  else out[index] = char
  return out
}

/**
 * A string of `length` code points built from `character`, sometimes with one foreign character injected at the
 * first, middle or last position (replacing one, or inserted so that the length moves by one).
 */
export const stringAround = (bound: Bound, character: fc.Arbitrary<string>) =>
  lengthAround(bound).chain((length) =>
    fc.tuple(
      fc.array(character, { minLength: length, maxLength: length }),
      // No injection three times out of four: valid strings stay common.
      fc.oneof({ weight: 3, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.tuple(foreignCharacter, fc.nat({ max: 5 })) }),
    ).map(([chars, injection]) => (injection ? inject(chars, injection[0], injection[1]) : chars).join('')),
  )

/** AccessKeyId / AccessKeySecret candidates: the key charset at the bounds, sometimes a foreign character. */
export const keyStringAround = (bound: Bound) => stringAround(bound, keyCharacter)

/** SecretName candidates: any characters, lengths counted in code points around 1 and 50. */
export const nameAround = (bound: Bound) =>
  fc.oneof(
    { weight: 4, arbitrary: stringAround(bound, nameCharacter) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: bound.max + 2 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: bound.max + 2 }) },
  )

/** One edit of a string: a character replaced, inserted or deleted at a random place. */
export const editedString = (base: string) =>
  fc.tuple(fc.nat(), fc.constantFrom('replace', 'insert', 'delete'), fc.oneof(foreignCharacter, keyCharacter, fc.constantFrom('0', '9', 'a', 'f', 'g', 'A', 'F', 'G', 'Z', 'z', 'T', 't', ' ', '-', ':'))).map(
    ([at, edit, char]) => {
      const index = base.length === 0 ? 0 : at % base.length
      if (edit === 'insert') return base.slice(0, index) + char + base.slice(index)
      if (edit === 'delete') return base.slice(0, index) + base.slice(index + 1)
      return base.slice(0, index) + char + base.slice(index + 1)
    },
  )
