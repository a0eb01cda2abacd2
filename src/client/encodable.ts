/**
 * A request the flat forms (TC3 GET, v1) can carry: every name and string well-formed UTF-16. Percent-encoding
 * carries UTF-8 bytes and a lone surrogate has none (node:querystring, the SDK's encoder, throws URIError): the
 * client refuses it before anything is sent, naming the parameter, never the value. The JSON form escapes it
 * (decision client-lone-surrogates).
 */
const depthLimit = 32

/** No lone surrogate (String.prototype.isWellFormed, Node 20; not in this project's ES2022 lib). */
export const isWellFormed = (value: string): boolean => (value as string & { isWellFormed(): boolean }).isWellFormed()

/**
 * A lone surrogate, as RegExp source, for patterns that replace each one (an escape in JSON, XML or a terminal);
 * a test for one is `!isWellFormed(text)`.
 */
export const loneSurrogateSource = '[\\ud800-\\udbff](?![\\udc00-\\udfff])|(?<![\\ud800-\\udbff])[\\udc00-\\udfff]'

function check(value: unknown, path: string, depth: number): void {
  if (typeof value === 'string') {
    if (!isWellFormed(value)) throw new TypeError(`The request cannot be sent as a form: ${path || '(body)'} holds a lone surrogate, which has no UTF-8 form (the JSON form can carry it).`)
    return
  }
  if (typeof value !== 'object' || value === null || depth > depthLimit) return
  for (const name in value) {
    const at = path ? `${path}.${name}` : name
    if (!isWellFormed(name)) throw new TypeError(`The request cannot be sent as a form: a parameter name under ${path || '(body)'} holds a lone surrogate, which has no UTF-8 form.`)
    check((value as Record<string, unknown>)[name], at, depth + 1)
  }
}

/** Throws a TypeError when `parameters` holds a string or a name that UTF-8 cannot carry. */
export const assertEncodable = (parameters: unknown): void => check(parameters, '', 0)
