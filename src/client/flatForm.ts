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
      return Number.isFinite(value) ? String(value) : ''
    case 'bigint':
    case 'boolean':
      return String(value)
    default:
      return ''
  }
}

/**
 * The parameters flattened, in the SDK's order (members in for-in order, elements by index). Members that are null
 * or undefined are left out, as the SDK's v1 mergeData does and as JSON drops them (decision client-absent-members).
 */
export function flattenParameters(parameters: unknown, prefix = '', into: FlatParameter[] = []): FlatParameter[] {
  if (typeof parameters !== 'object' || parameters === null) return into
  for (const name in parameters) {
    const value = (parameters as Record<string, unknown>)[name]
    if (value === null || value === undefined) continue
    if (typeof value === 'object') flattenParameters(value, `${prefix}${name}.`, into)
    else into.push([`${prefix}${name}`, leafText(value)])
  }
  return into
}

/** `name=value&…`, escaped as node:querystring's stringify escapes (the SDK's encoder). */
export const encodeForm = (parameters: readonly FlatParameter[]): string => parameters.map(([name, value]) => `${escape(name)}=${escape(value)}`).join('&')
