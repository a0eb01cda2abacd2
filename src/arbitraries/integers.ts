/**
 * Integers for a parameter, from the bounds its generated model states (generated/validators): valid ones within
 * (and at) the bounds, ones just and far outside, and values that are not integers at all.
 */
import fc from './fastCheck.js'
import type { IntegerParameter } from '../../generated/validators/model.js'

/** Valid integers: the bounds themselves, values next to them, anywhere between. An open bound stays within safe integers. */
export function validInteger(parameter: IntegerParameter): fc.Arbitrary<number> {
  const min = parameter.minimum ?? Number.MIN_SAFE_INTEGER
  const max = parameter.maximum ?? Number.MAX_SAFE_INTEGER
  const edges = [min, min + 1, max - 1, max, parameter.default ?? min].filter((value) => value >= min && value <= max)
  return fc.oneof(
    { weight: 2, arbitrary: fc.constantFrom(...new Set(edges)) },
    { weight: 3, arbitrary: fc.integer({ min, max: Math.min(max, min + 1000) }) },
    { weight: 1, arbitrary: fc.integer({ min, max }) },
  )
}

/** Integers outside the range: next to each bound and far beyond it (none for an unbounded side). */
export function badIntegers(parameter: IntegerParameter): fc.Arbitrary<number>[] {
  const out: fc.Arbitrary<number>[] = []
  const { minimum: min, maximum: max } = parameter
  if (min !== null) out.push(fc.oneof(fc.constant(min - 1), fc.integer({ min: Number.MIN_SAFE_INTEGER, max: min - 1 })))
  if (max !== null) out.push(fc.oneof(fc.constant(max + 1), fc.integer({ min: max + 1, max: Number.MAX_SAFE_INTEGER })))
  return out
}

/** JSON values that are not integers: fractions, decimal strings, null, booleans, arrays, objects (a wrong type). */
export const notAnInteger = () =>
  fc.oneof(
    fc.constant(null),
    fc.boolean(),
    fc.double({ noNaN: true, noDefaultInfinity: true }).filter((value) => !Number.isInteger(value)),
    fc.constantFrom(0.5, 1.5, -0.5),
    fc.integer({ min: -5, max: 200 }).map(String),
    fc.string({ maxLength: 4 }),
    fc.array(fc.integer(), { maxLength: 2 }),
    fc.dictionary(fc.string(), fc.integer(), { maxKeys: 2, noNullPrototype: true }),
  )
