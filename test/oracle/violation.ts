/** What the oracle reports: the parameter (a dotted path, `Tags.0.Key`) and the documented rule it breaks. */
export type Rule =
  | 'type' // wrong JSON type (a number where a string is documented, ...)
  | 'required' // a required parameter or field is missing
  | 'unknown' // a parameter or field the contract does not define
  | 'length' // outside the documented length
  | 'charset' // a character outside the documented set (or a lone surrogate)
  | 'enum' // not one of the documented values
  | 'range' // an integer outside the documented range (Limit 1–100, Offset from 0)
  | 'forbidden' // defined, but not allowed here (AccessKeyId with an auto key)
  | 'format' // a structured string (timestamp, UUID, decimal) of the wrong form
  | 'pairing' // a v1 flattened tag without its other half or out of sequence (see the oracle of the query form)

export interface Violation {
  readonly parameter: string
  readonly rule: Rule
}

export const violation = (parameter: string, rule: Rule): Violation => ({ parameter, rule })

/** `Tags` + `.0` + `.Key`: dotted paths, the style of the v1 flattened form and of Tencent's error messages. */
export const join = (prefix: string, name: string | number) => (prefix === '' ? String(name) : `${prefix}.${name}`)
