/** Wrong JSON types, random JSON, and objects with own `__proto__` / `constructor` properties. */
import fc from 'fast-check'

/** A JSON value of each type but string (and a few strings' look-alikes). */
export const wrongType = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer(),
  fc.constantFrom(0, 1, -1, 0.5, 1e21, -0),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constant([]),
  fc.array(fc.string(), { maxLength: 2 }),
  fc.constant({}),
  fc.dictionary(fc.string({ maxLength: 3 }), fc.string({ maxLength: 3 }), { maxKeys: 2 }),
)

/** Names that are not parameters: prototype names, wrong case, padding, neighbours of real names. */
export const unknownName = fc.oneof(
  fc.constantFrom(
    '__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'Region', 'Action', 'Version', 'secretName',
    'SECRETNAME', 'SecretName ', ' SecretName', 'accessKeyId', 'AccessKeyID', 'Accesskeysecret', 'Tag', 'tags',
    'Tags.0.Key', 'KeyName', 'Status', 'RequestId', 'Result', 'Error', 'Response', 'Extra', '', ' ', '0', 'Key', 'Value',
  ),
  fc.string({ maxLength: 12 }),
)

/** A copy of `object` with `key` set as an own enumerable data property, even for `__proto__`. */
export function withProperty<T extends object>(object: T, key: string, value: unknown): Record<string, unknown> {
  const copy = { ...object } as Record<string, unknown>
  Object.defineProperty(copy, key, { value, enumerable: true, writable: true, configurable: true })
  return copy
}

/** A copy of `object` without `key`. */
export function withoutProperty<T extends object>(object: T, key: string): Record<string, unknown> {
  const copy = { ...object } as Record<string, unknown>
  delete copy[key]
  return copy
}

/** Random JSON, as JSON.parse would give it (so a `"__proto__"` key is an own property). */
export const randomJson = fc.oneof(
  fc.jsonValue(),
  fc.jsonValue().map((value) => JSON.parse(JSON.stringify(value)) as unknown),
  fc.tuple(unknownName, fc.jsonValue()).map(([key, value]) => JSON.parse(`{${JSON.stringify(key)}:${JSON.stringify(value ?? null)}}`) as unknown),
)
