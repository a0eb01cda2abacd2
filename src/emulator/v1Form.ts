/**
 * The signature-v1 form (GET query or form POST body): a flat list of name=value pairs. Here it is read into a map
 * (a repeated name is an error: it would make the signature ambiguous) and turned back into the JSON request shape
 * (`Tags.0.Key` → `Tags[0].Key`, for any array parameter of any action) with the common parameters removed, so the
 * same validator judges both forms.
 */
import { fail } from './apiFailure.js'
import { checkPercentDecodedUtf8 } from './utf8.js'
import { v1CommonParameters as v1CommonParameterRules } from '../../generated/validators/commonParameters.js'
import { quoteName as quote } from '../quoteName.js'

/** The common parameters of a v1 call (from the schema; `RequestClient` is sent by the official SDKs). Not action parameters. */
export const v1CommonParameters: ReadonlySet<string> = new Set(Object.keys(v1CommonParameterRules))

/**
 * Parses an `application/x-www-form-urlencoded` string (the query or the body, named by `what` in errors) into a map
 * of decoded values; escapes that decode to bytes that are not UTF-8 fail (see utf8.ts).
 */
export function parseV1Form(encoded: string, what: string): Map<string, string> {
  checkPercentDecodedUtf8(encoded, what)
  const params = new Map<string, string>()
  for (const [name, value] of new URLSearchParams(encoded)) {
    if (params.has(name)) fail('InvalidParameter', `Parameter ${quote(name)} is sent more than once.`)
    params.set(name, value)
  }
  return params
}

/**
 * A flattened array element: `Name.N` (an array of strings) or `Name.N.Field` (an array of objects; Field is the
 * rest of the name, dots included). Parameter names are PascalCase, as every Tencent API 3.0 parameter is; N counts
 * from 0 in its canonical form (`01` is no index). A name that does not fit stays as it is, for the validator to
 * report as unknown.
 */
const flattenedElement = /^([A-Z][A-Za-z0-9]*)\.(0|[1-9][0-9]*)(?:\.(.+))?$/

/**
 * How many levels of arrays a flattened name is read into. The contract's deepest is two (`Filters.N.Values.N`); below
 * this bound a name stays as it is, an unknown member the validator reports, so a name of thousands of `.0.` levels
 * (one request of the 32 KB limit holds thousands) is answered like any unknown name instead of exhausting the stack.
 */
export const maxArrayDepth = 8

/** Defines an own property even for names like `__proto__`, so no name can reach a prototype. */
function put(target: Record<string, unknown>, name: string, value: unknown): void {
  Object.defineProperty(target, name, { value, enumerable: true, writable: true, configurable: true })
}

/**
 * The action parameters of a v1 form in the JSON request shape, for every action alike: `Name.N.Field` becomes
 * `Name[N].Field` and `Name.N` becomes `Name[N]`, in index order, at any depth (`Filters.0.Values.1` becomes
 * `Filters[0].Values[1]`); a missing index leaves a hole that the validator reports (`Tags.1` must be an object). An
 * index no form of this size can fill, an element sent both as a value and as fields, and an array sent both
 * flattened and as one value are refused here. The v1 common parameters are left out when `signing` is v1; a TC3
 * GET sends its common parameters as headers, so in its query they are unknown names, as in a JSON body.
 */
export function unflattenV1Form(params: ReadonlyMap<string, string>, signing: 'v1' | 'tc3' = 'v1'): Record<string, unknown> {
  const entries: [string, string][] = []
  for (const [name, value] of params) if (signing === 'tc3' || !v1CommonParameters.has(name)) entries.push([name, value])
  return unflatten(entries, params.size, '', 0)
}

/** One level: the names of `entries` relative to `prefix` (`''` at the top, `Filters.0.` inside an element). */
function unflatten(entries: readonly (readonly [string, string])[], size: number, prefix: string, depth: number): Record<string, unknown> {
  const request: Record<string, unknown> = {}
  // Null-prototype: the array names are the caller's. Each element: a value, or the entries of its fields.
  const arrays: Record<string, (string | [string, string][] | undefined)[]> = Object.create(null)
  for (const [name, value] of entries) {
    const match = depth < maxArrayDepth ? flattenedElement.exec(name) : null
    if (!match) {
      put(request, name, value)
      continue
    }
    const arrayName = match[1]!
    const index = Number(match[2])
    const field = match[3]
    const at = `${prefix}${arrayName}`
    // An index beyond the number of fields sent must leave a gap: refuse it without allocating the array.
    if (index >= size) fail('InvalidParameter.FormatError', `Invalid format of parameter ${at}: index ${index} leaves gaps (${at}.N counts from 0 without holes).`)
    const elements = (arrays[arrayName] ??= [])
    const element = elements[index]
    if (field === undefined) {
      if (element !== undefined) fail('InvalidParameter.FormatError', elementBothWays(`${at}.${index}`))
      elements[index] = value
      continue
    }
    if (typeof element === 'string') fail('InvalidParameter.FormatError', elementBothWays(`${at}.${index}`))
    ;((elements[index] ??= []) as [string, string][]).push([field, value])
  }
  for (const arrayName in arrays) {
    if (Object.hasOwn(request, arrayName)) fail('InvalidParameter.FormatError', bothWays(`${prefix}${arrayName}`))
    // Array.from turns holes into undefined, which the validator names (Tags.N must be an object).
    const elements = Array.from(arrays[arrayName]!, (element, index) =>
      Array.isArray(element) ? unflatten(element, size, `${prefix}${arrayName}.${index}.`, depth + 1) : element,
    )
    put(request, arrayName, elements)
  }
  return request
}

const bothWays = (name: string) => `Invalid format of parameter ${name}: send either ${name}.N / ${name}.N.Field or ${name} itself, not both.`
const elementBothWays = (name: string) => `Invalid format of parameter ${name}: send either ${name} or ${name}.Field, not both.`

