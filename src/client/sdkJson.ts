/**
 * JSON text exactly as the official Node SDK writes a TC3 POST body (tencentcloud-sdk-nodejs uses json-bigint's
 * stringify, Crockford's json2): unlike JSON.stringify it escapes a set of invisible and format characters
 * (U+007F–U+009F, U+00AD, U+2028–U+202F, …) as `\uXXXX`. The body is what the signature covers and what the server
 * reads: the same bytes as the SDK's make the client's requests the SDK's. One difference: a lone surrogate, which
 * json2 leaves raw, is escaped (see `escapable`).
 */

import { loneSurrogateSource, maxParameterDepth, unicodeEscape } from './encodable.js'

// json2's `escapable`: the characters it writes as escapes (besides `"` and `\`).
// Also a lone surrogate, which json2 leaves raw (UTF-8 then turns it into U+FFFD, another value): written as an escape,
// as JSON.stringify writes it, so the server receives the string sent (decision client-lone-surrogates).
const escapable = new RegExp(`[\\\\"\\x00-\\x1f\\x7f-\\x9f\\u00ad\\u0600-\\u0604\\u070f\\u17b4\\u17b5\\u200c-\\u200f\\u2028-\\u202f\\u2060-\\u206f\\ufeff\\ufff0-\\uffff]|${loneSurrogateSource}`, 'g')
const short: Readonly<Record<string, string>> = { '\b': '\\b', '\t': '\\t', '\n': '\\n', '\f': '\\f', '\r': '\\r', '"': '\\"', '\\': '\\\\' }

function quote(text: string): string {
  return `"${text.replace(escapable, (c) => short[c] ?? unicodeEscape(c))}"`
}

/** The SDK's serialisation of `value`; `undefined` (and functions, symbols) as members are left out, as JSON does. */
export function stringifySdkJson(value: unknown, key = '', depth = 0, converted = false): string | undefined {
  // assertSendable bounds the parameters, but a toJSON may return anything, itself deeper or holding itself.
  if (depth > maxParameterDepth) throw new TypeError(`The request cannot be sent: its parameters (after toJSON) nest deeper than ${maxParameterDepth} levels.`)
  switch (typeof value) {
    case 'string':
      return quote(value)
    case 'number':
      return Number.isFinite(value) ? String(value) : 'null'
    case 'boolean':
    case 'bigint':
      return String(value)
    case 'object': {
      if (value === null) return 'null'
      const json = (value as { toJSON?: unknown }).toJSON
      // Called once, with the member's name (an element's index, '' at the top), as JSON.stringify and json2 call it;
      // what it returns is written as it is (`return this` is the object's members, not another toJSON call).
      if (typeof json === 'function' && !converted) return stringifySdkJson((json as (key: string) => unknown).call(value, key), key, depth, true)
      if (Array.isArray(value)) return `[${Array.from(value, (element, index) => stringifySdkJson(element, String(index), depth + 1) ?? 'null').join(',')}]`
      const members: string[] = []
      for (const name of Object.keys(value)) {
        const member = stringifySdkJson((value as Record<string, unknown>)[name], name, depth + 1)
        if (member !== undefined) members.push(`${quote(name)}:${member}`)
      }
      return `{${members.join(',')}}`
    }
    default:
      return undefined
  }
}

/**
 * The SDK's `deepRemoveNull`, applied before a TC3 request is built: members whose value is null are dropped from
 * objects at any depth; array elements are kept (a null element stays null).
 */
export function removeNullMembers(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(removeNullMembers)
  if (typeof value !== 'object' || value === null) return value
  const copy: Record<string, unknown> = {}
  for (const name in value) {
    const member = (value as Record<string, unknown>)[name]
    if (member !== null) Object.defineProperty(copy, name, { value: removeNullMembers(member), enumerable: true, writable: true, configurable: true })
  }
  return copy
}
