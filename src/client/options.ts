/**
 * The client's options, checked once when the client is made: a bad option is a TypeError naming the option, never
 * echoing its value (a misplaced secret must not reach a log).
 */
import { isWellFormed } from './encodable.js'
import { quoteName } from '../quoteName.js'
import type { V1SignatureMethod } from './signV1.js'

export type Signing = 'tc3' | 'v1'
export type Language = 'zh-CN' | 'en-US'

export interface ClientOptions {
  /** Where requests go, e.g. 'https://apigateway.tencentcloudapi.com' or 'http://127.0.0.1:9777'. */
  readonly endpoint: string
  readonly secretId: string
  readonly secretKey: string
  /** A temporary credential's session token: X-TC-Token (TC3) or Token (v1). */
  readonly token?: string | undefined
  /** tc3 = TC3-HMAC-SHA256 in the Authorization header; v1 = HmacSHA256/HmacSHA1 in the query or form. */
  readonly signing: Signing
  /** Default POST: TC3 sends a JSON body, v1 a form body; GET sends the parameters in the query. */
  readonly method?: 'POST' | 'GET' | undefined
  /** v1 only; default HmacSHA256. */
  readonly signatureMethod?: V1SignatureMethod | undefined
  /** X-TC-Region / Region; sent only when given (the key actions are not regional). */
  readonly region?: string | undefined
  /** X-TC-Language / Language. */
  readonly language?: Language | undefined
  /** Per request, the whole exchange included (default 10000); when it passes, the call ends as a timeout. */
  readonly timeoutMs?: number | undefined
  /** The clock, in ms (default Date.now), that timestamps are signed with. */
  readonly now?: (() => number) | undefined
  /** X-TC-RequestClient / RequestClient: names the caller (default `tencent-apigateway-apikey-contract`). */
  readonly requestClient?: string | undefined
}

export interface ResolvedOptions {
  readonly url: URL
  readonly secretId: string
  readonly secretKey: string
  readonly token: string | undefined
  readonly signing: Signing
  readonly method: 'POST' | 'GET'
  readonly signatureMethod: V1SignatureMethod
  readonly region: string | undefined
  readonly language: Language | undefined
  readonly timeoutMs: number
  readonly now: () => number
  readonly requestClient: string
}

export const defaultTimeoutMs = 10_000
/** The longest timer Node keeps (2^31 - 1 ms, about 24.8 days): a longer one fires at once, with a warning. */
export const maxTimeoutMs = 2 ** 31 - 1
export const defaultRequestClient = 'tencent-apigateway-apikey-contract'

function optionError(name: string, rule: string): never {
  throw new TypeError(`createClient: option ${name} ${rule}.`)
}

/** `value` when it is one of `allowed`, undefined when absent; otherwise a TypeError naming the option and the choices. */
export const oneOf = <T extends string>(name: string, value: unknown, allowed: readonly T[]): T | undefined => {
  if (value === undefined) return undefined
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) optionError(name, `must be one of ${allowed.join(', ')}`)
  return value as T
}

/** C0 controls, DEL and C1 controls (Unicode general category Cc). */
const controlCharacter = /\p{Cc}/u

/** A character an HTTP header value cannot hold: fetch takes only bytes (a ByteString: U+0000–U+00FF). */
const beyondLatin1 = /[^\u0000-\u00ff]/

/**
 * Why a value cannot be text that goes into headers and signed strings, or undefined when it can; never the value. A
 * line break would split the request, and fetch refuses a header with NUL with a message quoting the whole header,
 * signature included; a lone surrogate would be signed as U+FFFD. The emulator holds its credentials to it too.
 */
export function signedTextFlaw(value: unknown): string | undefined {
  if (typeof value !== 'string' || value === '') return 'must be a non-empty string'
  if (controlCharacter.test(value)) return 'must not contain a control character (a line break, a tab, NUL, …)'
  if (!isWellFormed(value)) return 'must be well-formed Unicode (no lone surrogate)'
  return undefined
}

const text = (name: string, value: unknown, required: boolean, header: boolean): string | undefined => {
  if (value === undefined && !required) return undefined
  const flaw = signedTextFlaw(value)
  if (flaw !== undefined) optionError(name, flaw)
  // signedTextFlaw found none: a non-empty string.
  const checked = value as string
  // With TC3 it is sent in a header (Authorization, X-TC-Token, X-TC-Region, X-TC-RequestClient), where fetch would
  // refuse it at every call; v1 sends it in the query or the form, which carry any text.
  if (header && beyondLatin1.test(checked)) optionError(name, 'must hold only Latin-1 characters (U+0000–U+00FF) with TC3 signing: it is sent in an HTTP header')
  return checked
}

/** Every option the client reads: another name is a mistake (a misspelt `timeoutMs` would otherwise do nothing). */
export const clientOptionNames = [
  'endpoint', 'secretId', 'secretKey', 'token', 'signing', 'method', 'signatureMethod', 'region', 'language', 'timeoutMs', 'now', 'requestClient',
] as const satisfies readonly (keyof ClientOptions)[]
// Fails to compile when ClientOptions gains an option the list above lacks.
const everyOptionListed: Exclude<keyof ClientOptions, (typeof clientOptionNames)[number]> extends never ? true : never = true
void everyOptionListed

/** The options checked and completed with their defaults; a TypeError naming the option when one is bad. */
export function resolveOptions(options: ClientOptions): ResolvedOptions {
  if (typeof options !== 'object' || options === null || Array.isArray(options)) throw new TypeError('createClient: options must be an object.')
  for (const name of Object.keys(options)) {
    if (!(clientOptionNames as readonly string[]).includes(name)) throw new TypeError(`createClient: unknown option ${quoteName(name)}: the options are ${clientOptionNames.join(', ')}.`)
  }
  let url: URL
  try {
    url = new URL(String(options.endpoint))
  } catch {
    optionError('endpoint', 'must be an absolute http:// or https:// URL')
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') optionError('endpoint', 'must be an http:// or https:// URL')
  // A bare `?` or `#` leaves search and hash empty but stays in href, where a query appended to it would be lost.
  if (url.href.includes('?') || url.href.includes('#') || url.username !== '' || url.password !== '') optionError('endpoint', 'must have no query, fragment or user info')
  const signing = oneOf<Signing>('signing', options.signing, ['tc3', 'v1'])
  if (signing === undefined) optionError('signing', 'is required (tc3 or v1)')
  if (signing === 'tc3' && options.signatureMethod !== undefined) optionError('signatureMethod', 'applies to v1 signing only')
  const timeoutMs = options.timeoutMs ?? defaultTimeoutMs
  if (typeof timeoutMs !== 'number' || !Number.isInteger(timeoutMs) || timeoutMs < 1 || timeoutMs > maxTimeoutMs) optionError('timeoutMs', `must be a positive integer of ms, at most ${maxTimeoutMs}`)
  if (options.now !== undefined && typeof options.now !== 'function') optionError('now', 'must be a function returning ms')
  return {
    url,
    secretId: text('secretId', options.secretId, true, signing === 'tc3')!,
    secretKey: text('secretKey', options.secretKey, true, false)!,
    token: text('token', options.token, false, signing === 'tc3'),
    signing,
    method: oneOf('method', options.method, ['POST', 'GET'] as const) ?? 'POST',
    signatureMethod: oneOf('signatureMethod', options.signatureMethod, ['HmacSHA256', 'HmacSHA1'] as const) ?? 'HmacSHA256',
    region: text('region', options.region, false, signing === 'tc3'),
    language: oneOf<Language>('language', options.language, ['zh-CN', 'en-US']),
    timeoutMs,
    now: options.now ?? Date.now,
    requestClient: text('requestClient', options.requestClient, false, signing === 'tc3') ?? defaultRequestClient,
  }
}

/** Throws the TypeError createClient would throw for `options` (naming the option, never its value); else nothing. */
export function checkClientOptions(options: ClientOptions): void {
  resolveOptions(options)
}
