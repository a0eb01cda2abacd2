/**
 * The flat form of the GET query and the v1 form body, as the official Node SDK writes it (common/http/
 * http_connection.js and abstract_client.js `mergeData`, then node:querystring): nested members become
 * `Filters.0.Values.1`, `Tags.0.Key`; every leaf becomes a string (integers in decimal, booleans `true`/`false`).
 */
import { escape } from 'node:querystring'

export type FlatParameter = readonly [name: string, value: string]

/** A leaf as node:querystring writes it (what the SDK sends; its v1 string to sign uses the same text). */
function leafText(value: unknown): string {
  switch (typeof value) {
    case 'string':
      return value
    case 'number':
      // An integer from 1e21 on in full digits: String writes it as `1e+21`, which no integer's form accepts (the SDK
      // sends that and is refused; decision client-sdk-bytes). Below, String's digits are the SDK's.
      if (Number.isInteger(value) && Math.abs(value) >= 1e21) return BigInt(value).toString()
      return Number.isFinite(value) ? String(value) : ''
    case 'bigint':
    case 'boolean':
      return String(value)
    default:
      return ''
  }
}

/**
 * Whether a member goes into the flat forms: null and undefined are left out, as the SDK's v1 mergeData leaves them
 * (decision client-absent-members), and a function, as the SDK's flat forms (and JSON) leave it out.
 */
export const keptInForm = (value: unknown): value is NonNullable<unknown> => value !== null && value !== undefined && typeof value !== 'function'

function flatten(parameters: object, prefix: string, into: Record<string, string>): void {
  for (const name in parameters) {
    const value = (parameters as Record<string, unknown>)[name]
    if (!keptInForm(value)) continue
    if (typeof value === 'object') flatten(value, `${prefix}${name}.`, into)
    else into[`${prefix}${name}`] = leafText(value)
  }
}

/**
 * The parameters flattened into an object, as the SDK's mergeData does: members in for-in order, elements by index,
 * and an object's own key order (integer-like names first; a name met twice keeps its first place and its last
 * value). Members that are null or undefined are left out, as the SDK's v1 mergeData does and as JSON drops them
 * (decision client-absent-members). Null-prototype: any name is a plain key.
 */
export function flatObject(parameters: unknown): Record<string, string> {
  const into = Object.create(null) as Record<string, string>
  if (typeof parameters === 'object' && parameters !== null) flatten(parameters, '', into)
  return into
}

/** The flat parameters as name-value pairs, in the order the SDK sends them. */
export const flattenParameters = (parameters: unknown): FlatParameter[] => Object.entries(flatObject(parameters))

/** `name=value&…`, escaped as node:querystring's stringify escapes (the SDK's encoder). */
export const encodeForm = (parameters: readonly FlatParameter[]): string => parameters.map(([name, value]) => `${escape(name)}=${escape(value)}`).join('&')
