/**
 * A request the flat forms (TC3 GET, v1) can carry: every name and string well-formed UTF-16. Percent-encoding
 * carries UTF-8 bytes and a lone surrogate has none (node:querystring, the SDK's encoder, throws URIError): the
 * client refuses it before anything is sent, naming the parameter, never the value. The JSON form escapes it
 * (decision client-lone-surrogates).
 */
import { shownName } from '../quoteName.js'
import { keptInForm } from './flatForm.js'

/** No lone surrogate (String.prototype.isWellFormed, Node 20; not in this project's ES2022 lib). */
export const isWellFormed = (value: string): boolean => (value as string & { isWellFormed(): boolean }).isWellFormed()

/**
 * A lone surrogate, as RegExp source, for patterns that replace each one (an escape in JSON, XML or a terminal);
 * a test for one is `!isWellFormed(text)`.
 */
export const loneSurrogateSource = '[\\ud800-\\udbff](?![\\udc00-\\udfff])|(?<![\\ud800-\\udbff])[\\udc00-\\udfff]'

/**
 * Line and paragraph separators, bidirectional embeddings, overrides and isolates, as the body of a RegExp character
 * class: shown as they are, they break or disguise a line of a log or a terminal (server text is escaped with them).
 */
export const lineDisguisingSource = '\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069'

/** One UTF-16 code unit as a JSON-style escape, `\uXXXX` (how JSON, the report table, JUnit and logs show what they cannot hold). */
export const unicodeEscape = (character: string): string => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`

/** How deep parameters may nest: no action's request is more than four levels deep; deeper is refused, not overflowed. */
export const maxParameterDepth = 64

/** A path as a message names it: as it is when it is plain (`Filters.0.Values.1`), else quoted (one line, cut). */
const named = (path: string) => (path === '' ? '(body)' : shownName(path))

/** True when the flat forms keep no member of it (they walk it with for-in, as flatForm.ts does). */
function isEmpty(value: object): boolean {
  for (const name in value) if (keptInForm((value as Record<string, unknown>)[name])) return false
  return true
}

function check(value: unknown, path: string, depth: number, ancestors: Set<object>, flat: boolean): void {
  if (typeof value === 'string') {
    if (flat && !isWellFormed(value)) throw new TypeError(`The request cannot be sent as a form: ${named(path)} holds a lone surrogate, which has no UTF-8 form (the JSON form can carry it).`)
    return
  }
  if (typeof value !== 'object' || value === null) return
  // A flat form names leaves only: an empty list or object inside a list's element would vanish, and the server would
  // judge an element without it (`Filters.0.Values` empty reaches it as no Values at all). A parameter that is an
  // empty list is left out, as the SDK leaves it out: every action's lists are optional, and the request means the
  // same without it (no tags, no filter), though CreateApiKey's answer then carries no Tags, as it echoes only those sent.
  if (flat && depth >= 2 && isEmpty(value)) throw new TypeError(`The request cannot be sent as a form: ${named(path)} is an empty ${Array.isArray(value) ? 'list' : 'object'}, which a flat form cannot carry (the JSON form can).`)
  if (ancestors.has(value)) throw new TypeError(`The request cannot be sent: ${named(path)} holds itself (a cycle), which no wire form can carry.`)
  if (depth >= maxParameterDepth) throw new TypeError(`The request cannot be sent: its parameters nest deeper than ${maxParameterDepth} levels.`)
  ancestors.add(value)
  for (const name in value) {
    const at = path ? `${path}.${name}` : name
    if (flat && !isWellFormed(name)) throw new TypeError(`The request cannot be sent as a form: a parameter name under ${named(path)} holds a lone surrogate, which has no UTF-8 form.`)
    check((value as Record<string, unknown>)[name], at, depth + 1, ancestors, flat)
  }
  ancestors.delete(value)
}

/**
 * Throws a TypeError when `parameters` cannot be sent: they hold themselves, nest deeper than maxParameterDepth, or
 * (in a flat form, `flat`) hold a string or a name that UTF-8 cannot carry, or an empty list or object inside a list's
 * element.
 */
export const assertSendable = (parameters: unknown, flat: boolean): void => check(parameters, '', 0, new Set(), flat)
