/**
 * Secrets out of anything printed: `scrub` replaces every occurrence of a secret (as it is, and as the wire forms
 * escape it) in a text; `redactExchange` also blanks what is secret by its place (the TC3 signature, the v1
 * Signature and Token, X-TC-Token, every AccessKeySecret, SecretKey and Token member of a request or an answer).
 */
import { escape, unescape } from 'node:querystring'
import { requestModels } from '../../generated/requestModels.js'
import type { Exchange, ExchangeResponse, Outcome } from './exchange.js'
import type { WireRequest } from './wireRequest.js'

export const redacted = '[redacted]'

/** Member and parameter names whose values are secret, at any depth (`ApiKeySet.0.AccessKeySecret` too). */
const secretNames: ReadonlySet<string> = new Set(['AccessKeySecret', 'SecretKey', 'Token', 'Signature'])
const isSecretName = (name: string) => secretNames.has(name.slice(name.lastIndexOf('.') + 1))

/**
 * The shortest AccessKeySecret any action accepts (from the request models). A value found by its place (an
 * AccessKeySecret member of an invalid request, say `a`) that is shorter was never a key's secret: it is blanked where
 * it stands, but not hunted through the whole text, where one letter would blank every word of a counterexample.
 */
export const shortestSecret = Math.min(
  ...Object.values(requestModels).flatMap((model) =>
    model.parameters.flatMap((parameter) => (parameter.name === 'AccessKeySecret' && parameter.kind === 'string' ? [parameter.limits.minLength ?? 1] : [])),
  ),
)

/** True for a value found by place that is worth replacing everywhere it occurs. */
export const isScrubbable = (value: string): boolean => value.length >= shortestSecret

/** Where the JSON string starting at the quote `open` ends (its closing quote), or -1 when it does not. */
function closingQuote(text: string, open: number): number {
  for (let from = open + 1; ; ) {
    const quote = text.indexOf('"', from)
    if (quote < 0) return -1
    let backslashes = 0
    while (text.charCodeAt(quote - 1 - backslashes) === 0x5c) backslashes++
    if (backslashes % 2 === 0) return quote
    from = quote + 1
  }
}
const isSpace = (code: number) => code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d

/** One `"name": "value"` member of JSON text: offsets of the value's quotes, the name as written (escapes kept). */
interface StringMember {
  readonly name: string
  readonly valueOpen: number
  readonly valueClose: number
}

/**
 * Every member of JSON text whose value is a string, in one linear scan of its string tokens (so a text that is not
 * JSON, or came with another status than 200, is searched too). Written by hand: a regular expression over strings
 * with escapes backtracks per escape and overflows the stack on an answer of a few megabytes of them.
 */
function stringMembers(text: string): StringMember[] {
  const members: StringMember[] = []
  for (let at = text.indexOf('"'); at >= 0; ) {
    const close = closingQuote(text, at)
    if (close < 0) break
    let next = close + 1
    while (isSpace(text.charCodeAt(next))) next++
    if (text.charCodeAt(next) === 0x3a) {
      next++
      while (isSpace(text.charCodeAt(next))) next++
      if (text.charCodeAt(next) === 0x22) {
        // A value cut off by the end of the text (a body cut short) runs to the end.
        const valueClose = closingQuote(text, next)
        members.push({ name: text.slice(at + 1, close), valueOpen: next, valueClose: valueClose < 0 ? text.length : valueClose })
        if (valueClose < 0) break
        next = valueClose + 1
      }
    }
    at = text.indexOf('"', next)
  }
  return members
}

/** A JSON string's text (between its quotes) as the string it stands for; undefined when it is not valid JSON. */
const unquoted = (text: string): string | undefined => {
  if (!text.includes('\\')) return text
  try {
    return JSON.parse(`"${text}"`) as string
  } catch {
    return undefined
  }
}
/** True for a member name, as written in JSON text (`AccessKey\u0053ecret` is AccessKeySecret), that is secret. */
const isSecretJsonName = (written: string) => {
  const name = unquoted(written)
  return name !== undefined && isSecretName(name)
}
/** Where a secret member's string value stands: its opening and closing quotes (the end of the text if cut off). */
interface SecretValue {
  readonly open: number
  readonly close: number
}

/**
 * Every `SecretName": "value"` of the text, found by each secret name itself: for a text that is not JSON, where a
 * stray quote puts the token scan out of step (it would read every string after it inside out). Names written with
 * escapes are not found this way (the token scan finds them in JSON).
 */
function literalSecretValues(text: string): SecretValue[] {
  const found: SecretValue[] = []
  for (const name of secretNames) {
    for (let at = text.indexOf(`${name}"`); at >= 0; at = text.indexOf(`${name}"`, at + 1)) {
      let next = at + name.length + 1
      while (isSpace(text.charCodeAt(next))) next++
      if (text.charCodeAt(next) !== 0x3a) continue
      next++
      while (isSpace(text.charCodeAt(next))) next++
      if (text.charCodeAt(next) !== 0x22) continue
      const close = closingQuote(text, next)
      found.push({ open: next, close: close < 0 ? text.length : close })
    }
  }
  return found
}

/**
 * The secret members' values of a text, in order, none overlapping: by the token scan (exact for JSON, escapes
 * understood), and, for a text that is not JSON (`json` false), also by each secret name (blanking too much there
 * is better than too little).
 */
function secretValuesOf(text: string, json: boolean): SecretValue[] {
  const spans = stringMembers(text)
    .filter((member) => isSecretJsonName(member.name))
    .map((member) => ({ open: member.valueOpen, close: member.valueClose }))
  if (!json) spans.push(...literalSecretValues(text))
  spans.sort((a, b) => a.open - b.open)
  const kept: SecretValue[] = []
  for (const span of spans) if (kept.length === 0 || span.open >= kept[kept.length - 1]!.close) kept.push(span)
  return kept
}

/** The text with the given secret values (secretValuesOf) blanked. */
function blanked(text: string, spans: readonly SecretValue[]): string {
  const parts: string[] = []
  let kept = 0
  for (const span of spans) {
    parts.push(text.slice(kept, span.open + 1), redacted)
    kept = span.close
  }
  return kept === 0 ? text : parts.join('') + text.slice(kept)
}
/** The strings the given secret values (secretValuesOf) stand for. */
const secretStrings = (text: string, spans: readonly SecretValue[]): string[] =>
  spans.flatMap((span) => {
    const secret = unquoted(text.slice(span.open + 1, span.close))
    return secret ? [secret] : []
  })

/** The forms a secret may take in a URL, a form body or JSON text. */
function spellings(secret: string): string[] {
  const json = JSON.stringify(secret).slice(1, -1)
  return [...new Set([secret, escape(secret), encodeURIComponent(secret), new URLSearchParams({ s: secret }).toString().slice(2), json])]
}

/** Every spelling of every non-empty secret, longest first. */
const spellingsOf = (secrets: readonly string[]): string[] =>
  [...new Set(secrets.filter((secret) => typeof secret === 'string' && secret.length > 0).flatMap(spellings))].sort((a, b) => b.length - a.length)
// The spellings of the last list scrubbed: an answer with many violations scrubs each with the same list, and working
// the spellings out again for each made judging such an answer take seconds.
let lastSecrets: readonly string[] | undefined
let lastCopy: readonly string[] = []
let lastSpellings: readonly string[] = []
const cachedSpellings = (secrets: readonly string[]): readonly string[] => {
  // The list is compared by its values, not only its identity: a caller may change an array it passed before.
  if (secrets !== lastSecrets || secrets.length !== lastCopy.length || secrets.some((secret, i) => secret !== lastCopy[i])) {
    lastSecrets = secrets
    lastCopy = [...secrets]
    lastSpellings = spellingsOf(secrets)
  }
  return lastSpellings
}

/** `text` with every spelling of every non-empty secret replaced by [redacted] (longest first). */
export function scrub(text: string, secrets: readonly string[]): string {
  let out = text
  for (const secret of cachedSpellings(secrets)) if (out.includes(secret)) out = out.split(secret).join(redacted)
  return out
}

/** How deep redaction looks into a parsed body; API answers are a few levels deep. */
const depthLimit = 16
/**
 * What stands for an object or array nested deeper than depthLimit in a redacted body: its secrets were not looked
 * for, so it is not kept (and a body thousands of levels deep cannot overflow the stack of JSON.stringify later).
 */
export const tooDeep = `[redacted: nested deeper than ${depthLimit} levels]`

/** The string values of secret members anywhere in `value` (a parsed JSON body). */
export function secretValues(value: unknown, into: string[] = [], depth = 0): string[] {
  if (typeof value !== 'object' || value === null || depth > depthLimit) return into
  for (const [name, member] of Object.entries(value)) {
    if (typeof member === 'string' && isSecretName(name)) into.push(member)
    else secretValues(member, into, depth + 1)
  }
  return into
}

/** A copy of a parsed JSON value with secret members blanked and every string and member name scrubbed. */
export function redactValue(value: unknown, secrets: readonly string[], depth = 0): unknown {
  if (typeof value === 'string') return scrub(value, secrets)
  if (typeof value !== 'object' || value === null) return value
  if (depth > depthLimit) return tooDeep
  if (Array.isArray(value)) return value.map((element) => redactValue(element, secrets, depth + 1))
  const copy: Record<string, unknown> = {}
  for (const [name, member] of Object.entries(value)) {
    // A name is the server's text too (one may echo a token as a member name).
    Object.defineProperty(copy, scrub(name, secrets), {
      value: isSecretName(name) && member !== null && member !== undefined ? redacted : redactValue(member, secrets, depth + 1),
      enumerable: true,
      writable: true,
      configurable: true,
    })
  }
  return copy
}

const parseJson = (text: string): unknown => {
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}

const decode = (text: string) => unescape(text.replace(/\+/g, ' '))

/** The values of secret parameters of a form (`a=b&…`). */
const formSecrets = (form: string): string[] =>
  form === '' ? [] : form.split('&').flatMap((pair) => {
    const [name = '', value = ''] = pair.split('=', 2)
    return isSecretName(decode(name)) && value !== '' ? [decode(value)] : []
  })

/** A form with the values of secret parameters blanked. */
const redactForm = (form: string): string =>
  form.split('&').map((pair) => {
    const at = pair.indexOf('=')
    return at >= 0 && isSecretName(decode(pair.slice(0, at))) ? `${pair.slice(0, at)}=${redacted}` : pair
  }).join('&')

const signaturePattern = /Signature=[0-9A-Za-z+/=]+/

/** What is secret by its place in a request: the TC3 signature, X-TC-Token, and secret parameters or members. */
export function requestSecrets(request: WireRequest): string[] {
  const found: string[] = []
  const authorization = Object.entries(request.headers).find(([name]) => name.toLowerCase() === 'authorization')?.[1]
  const signature = authorization === undefined ? undefined : signaturePattern.exec(authorization)?.[0].slice('Signature='.length)
  if (signature) found.push(signature)
  for (const [name, value] of Object.entries(request.headers)) if (name.toLowerCase() === 'x-tc-token' && value) found.push(value)
  const query = request.url.indexOf('?')
  if (query >= 0) found.push(...formSecrets(request.url.slice(query + 1)))
  const body = parseJson(request.body)
  if (body !== undefined) secretValues(body, found)
  else found.push(...formSecrets(request.body))
  return found
}

/**
 * An answer's text with its secret members' values (`spans`, from secretValuesOf) blanked and every secret scrubbed.
 * A secret written with JSON escapes (`\u0053…`) survives that, and reading the text as JSON would decode it: then
 * the text is written anew from the redacted body (its layout is lost, its secrets with it).
 */
function redactAnswerText(text: string, spans: readonly SecretValue[], secrets: readonly string[]): string {
  const redactedText = scrub(blanked(text, spans), secrets)
  const parsed = parseJson(redactedText)
  if (parsed === undefined || !holdsSecret(parsed, cachedSpellings(secrets))) return redactedText
  // redactValue stops at its depth limit, so this JSON.stringify cannot overflow the stack.
  return JSON.stringify(redactValue(parsed, secrets))
}

/** True when a string or a member name anywhere in `value` holds one of `spellings` (no recursion: bodies may be deep). */
function holdsSecret(value: unknown, spellings: readonly string[]): boolean {
  const has = (text: string) => spellings.some((secret) => text.includes(secret))
  const pending: unknown[] = [value]
  while (pending.length > 0) {
    const next = pending.pop()
    if (typeof next === 'string') {
      if (has(next)) return true
    } else if (typeof next === 'object' && next !== null) {
      for (const [name, member] of Object.entries(next)) {
        if (has(name)) return true
        pending.push(member)
      }
    }
  }
  return false
}

function redactRequest(request: WireRequest, secrets: readonly string[]): WireRequest {
  const headers: Record<string, string> = {}
  for (const [name, value] of Object.entries(request.headers)) {
    const lower = name.toLowerCase()
    headers[name] = lower === 'x-tc-token' ? redacted : lower === 'authorization' ? scrub(value.replace(signaturePattern, `Signature=${redacted}`), secrets) : scrub(value, secrets)
  }
  const query = request.url.indexOf('?')
  const url = query < 0 ? request.url : `${request.url.slice(0, query + 1)}${redactForm(request.url.slice(query + 1))}`
  const json = parseJson(request.body)
  const body = json !== undefined ? scrub(blanked(request.body, secretValuesOf(request.body, true)), secrets) : scrub(redactForm(request.body), secrets)
  return { method: request.method, url: scrub(url, secrets), headers, body }
}

function redactOutcome(outcome: Outcome, secrets: readonly string[]): Outcome {
  // A RequestId and a violation's path are the server's text (a path holds its member names): scrubbed as messages are.
  switch (outcome.kind) {
    case 'success':
      return { ...outcome, result: redactValue(outcome.result, secrets), requestId: scrub(outcome.requestId, secrets) }
    case 'tencent-error':
      return { ...outcome, message: scrub(outcome.message, secrets), requestId: scrub(outcome.requestId, secrets) }
    case 'contract-violation': {
      const violations = outcome.violations.map((violation) => ({ ...violation, path: scrub(violation.path, secrets), message: scrub(violation.message, secrets) }))
      return outcome.requestId === undefined ? { ...outcome, violations } : { ...outcome, violations, requestId: scrub(outcome.requestId, secrets) }
    }
    default:
      return { ...outcome, message: scrub(outcome.message, secrets) }
  }
}

/**
 * A copy of `exchange` fit to print or store: the signature, the token, every AccessKeySecret (sent or answered) and
 * every occurrence of `secrets` (the SecretKey, the token) replaced by [redacted].
 */
export function redactExchange(exchange: Exchange, secrets: readonly string[]): Exchange {
  const answered = exchange.response?.body
  // A text that is not JSON, or came with another status than 200, may still hold secret members (a new key's
  // AccessKeySecret): they are found, and blanked, in the text itself.
  const text = exchange.response?.text ?? ''
  const spans = secretValuesOf(text, answered !== undefined)
  const found = [...requestSecrets(exchange.request), ...secretStrings(text, spans), ...(answered === undefined ? [] : secretValues(answered))]
  if (exchange.outcome.kind === 'success') secretValues(exchange.outcome.result, found)
  const all = [...secrets, ...found.filter(isScrubbable)]
  const response: ExchangeResponse | undefined = exchange.response && {
    status: exchange.response.status,
    headers: Object.fromEntries(Object.entries(exchange.response.headers).map(([name, value]) => [scrub(name, all), scrub(value, all)])),
    text: redactAnswerText(text, spans, all),
    ...(answered === undefined ? {} : { body: redactValue(answered, all) }),
  }
  return {
    action: exchange.action,
    request: redactRequest(exchange.request, all),
    ...(response === undefined ? {} : { response }),
    outcome: redactOutcome(exchange.outcome, all),
  }
}
