/**
 * The signature-v1 form (GET query or form POST body): a flat list of name=value pairs. Here it is read into a map
 * (a repeated name is an error: it would make the signature ambiguous) and turned back into the JSON request shape
 * (`Tags.0.Key` → `Tags[0].Key`) with the common parameters removed, so the same validator judges both forms.
 */
import { fail } from './apiFailure.js'
import { checkPercentDecodedUtf8 } from './utf8.js'
import { v1CommonParameters as v1CommonParameterRules } from '../../generated/validators/commonParameters.js'

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

const flattenedTag = /^Tags\.(0|[1-9][0-9]*)\.(.+)$/

/** Defines an own property even for names like `__proto__`, so no name can reach a prototype. */
function put(target: Record<string, unknown>, name: string, value: unknown): void {
  Object.defineProperty(target, name, { value, enumerable: true, writable: true, configurable: true })
}

/**
 * The action parameters of a v1 form in the JSON request shape. Flattened tags become an array in index order;
 * a missing index leaves a hole that the validator reports (`Tags.1` must be an object). Names that do not fit the
 * flattened pattern are left as they are, for the validator to report as unknown.
 */
export function unflattenV1Form(params: ReadonlyMap<string, string>): Record<string, unknown> {
  const request: Record<string, unknown> = {}
  const tags: Record<string, unknown>[] = []
  let flattenedTagCount = 0
  for (const [name, value] of params) {
    if (v1CommonParameters.has(name)) continue
    const match = flattenedTag.exec(name)
    if (!match) {
      put(request, name, value)
      continue
    }
    flattenedTagCount++
    const index = Number(match[1])
    // An index beyond the number of tag fields sent must leave a gap: refuse it without allocating the array.
    if (index >= params.size) fail('InvalidParameter.FormatError', `Invalid format of parameter Tags: index ${index} leaves gaps (Tags.N counts from 0 without holes).`)
    const tag = (tags[index] ??= {})
    put(tag, match[2]!, value)
  }
  if (flattenedTagCount > 0) {
    if (Object.hasOwn(request, 'Tags')) fail('InvalidParameter.FormatError', 'Invalid format of parameter Tags: send either Tags.N.Key / Tags.N.Value or nothing named Tags.')
    // Array.from turns holes into undefined, which the validator names (Tags.N must be an object).
    put(request, 'Tags', Array.from(tags))
  }
  return request
}

const quote = (name: string) => JSON.stringify(name.length > 64 ? `${name.slice(0, 64)}…` : name)
