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

/** JSON text with the string value of every secret member (`"AccessKeySecret": "…"`, at any depth) blanked. */
const secretMemberPattern = /"((?:[^"\\]|\\.)*)"(\s*:\s*)"(?:[^"\\]|\\.)*"/g
const redactJsonText = (text: string): string =>
  text.replace(secretMemberPattern, (member, name: string, colon: string) => (isSecretName(name) ? `"${name}"${colon}"${redacted}"` : member))

/** The forms a secret may take in a URL, a form body or JSON text. */
function spellings(secret: string): string[] {
  const json = JSON.stringify(secret).slice(1, -1)
  return [...new Set([secret, escape(secret), encodeURIComponent(secret), new URLSearchParams({ s: secret }).toString().slice(2), json])]
}

/** `text` with every spelling of every non-empty secret replaced by [redacted] (longest first). */
export function scrub(text: string, secrets: readonly string[]): string {
  const all = [...new Set(secrets.filter((secret) => typeof secret === 'string' && secret.length > 0).flatMap(spellings))].sort((a, b) => b.length - a.length)
  let out = text
  for (const secret of all) out = out.split(secret).join(redacted)
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

/** A copy of a parsed JSON value with secret members blanked and every string scrubbed. */
export function redactValue(value: unknown, secrets: readonly string[], depth = 0): unknown {
  if (typeof value === 'string') return scrub(value, secrets)
  if (typeof value !== 'object' || value === null) return value
  if (depth > depthLimit) return tooDeep
  if (Array.isArray(value)) return value.map((element) => redactValue(element, secrets, depth + 1))
  const copy: Record<string, unknown> = {}
  for (const [name, member] of Object.entries(value)) {
    Object.defineProperty(copy, name, {
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

function redactRequest(request: WireRequest, secrets: readonly string[]): WireRequest {
  const headers: Record<string, string> = {}
  for (const [name, value] of Object.entries(request.headers)) {
    const lower = name.toLowerCase()
    headers[name] = lower === 'x-tc-token' ? redacted : lower === 'authorization' ? scrub(value.replace(signaturePattern, `Signature=${redacted}`), secrets) : scrub(value, secrets)
  }
  const query = request.url.indexOf('?')
  const url = query < 0 ? request.url : `${request.url.slice(0, query + 1)}${redactForm(request.url.slice(query + 1))}`
  const json = parseJson(request.body)
  const body = json !== undefined ? scrub(redactJsonText(request.body), secrets) : scrub(redactForm(request.body), secrets)
  return { method: request.method, url: scrub(url, secrets), headers, body }
}

function redactOutcome(outcome: Outcome, secrets: readonly string[]): Outcome {
  switch (outcome.kind) {
    case 'success':
      return { ...outcome, result: redactValue(outcome.result, secrets) }
    case 'contract-violation':
      return { ...outcome, violations: outcome.violations.map((violation) => ({ ...violation, message: scrub(violation.message, secrets) })) }
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
  const found = [...requestSecrets(exchange.request), ...(answered === undefined ? [] : secretValues(answered))]
  if (exchange.outcome.kind === 'success') secretValues(exchange.outcome.result, found)
  const all = [...secrets, ...found.filter(isScrubbable)]
  const response: ExchangeResponse | undefined = exchange.response && {
    status: exchange.response.status,
    headers: Object.fromEntries(Object.entries(exchange.response.headers).map(([name, value]) => [name, scrub(value, all)])),
    text: scrub(answered === undefined ? exchange.response.text : redactJsonText(exchange.response.text), all),
    ...(answered === undefined ? {} : { body: redactValue(answered, all) }),
  }
  return {
    action: exchange.action,
    request: redactRequest(exchange.request, all),
    ...(response === undefined ? {} : { response }),
    outcome: redactOutcome(exchange.outcome, all),
  }
}
