/**
 * One signed request in one of the four wire forms, built as the official Node SDK builds it
 * (common/http/http_connection.js, abstract_client.js): TC3 POST (JSON body), TC3 GET (flat query), v1 GET (flat
 * query with the common parameters and Signature) and v1 POST (the same as a form body).
 */
import { randomInt } from 'node:crypto'
import { assertSendable } from './encodable.js'
import { apiVersion, service } from '../../generated/contractLimits.js'
import { encodeForm, flatObject, flattenParameters } from './flatForm.js'
import type { ResolvedOptions } from './options.js'
import { removeNullMembers, stringifySdkJson } from './sdkJson.js'
import { signTc3 } from './signTc3.js'
import { signV1 } from './signV1.js'

/** A request exactly as it is sent (Host and the transport's own headers aside: fetch adds them from the URL). */
export interface WireRequest {
  readonly method: string
  readonly url: string
  readonly headers: Readonly<Record<string, string>>
  readonly body: string
}

/** Changes to one request's signing, for checks of how a server treats bad credentials, clocks and signatures. */
export interface SendOverrides {
  /** Seconds: signs with this X-TC-Timestamp / Timestamp. */
  readonly timestamp?: number | undefined
  /** Signs with another SecretKey. */
  readonly secretKey?: string | undefined
  readonly secretId?: string | undefined
  /** v1: the Nonce (default a random integer 1–65535). */
  readonly nonce?: number | undefined
  /** Changes the signed request before it is sent (a bad signature, a missing header, …). */
  readonly tamper?: ((request: WireRequest) => WireRequest) | undefined
}

/** The largest timestamp, in seconds, that has a date: Date's range is ±8.64e15 ms. */
export const maxTimestamp = 8.64e12

export const jsonContentType = 'application/json'
export const formContentType = 'application/x-www-form-urlencoded'

/**
 * The URL with a query, as the WHATWG parser normalises it (what fetch sends and what sign3 signs). An empty query
 * leaves no `?` (the SDK's URL keeps one; fetch drops it on the wire, and both sign an empty query).
 */
const withQuery = (base: URL, query: string) => (query === '' ? base.href : new URL(`${base.href}?${query}`).href)

function tc3Request(action: string, parameters: unknown, options: ResolvedOptions, timestamp: number, overrides: SendOverrides): WireRequest {
  const get = options.method === 'GET'
  // Bounded before the copy (a cycle would overflow it); in a query, only what is sent must be encodable (a null
  // member is dropped, whatever its name).
  assertSendable(parameters, false)
  const data = removeNullMembers(parameters)
  if (get) assertSendable(data, true)
  const url = get ? withQuery(options.url, encodeForm(flattenParameters(data))) : options.url.href
  const body = get ? '' : (stringifySdkJson(data) ?? '')
  const contentType = get ? formContentType : jsonContentType
  const headers: Record<string, string> = { 'X-TC-Action': action }
  if (options.region !== undefined) headers['X-TC-Region'] = options.region
  headers['X-TC-Timestamp'] = String(timestamp)
  headers['X-TC-Version'] = apiVersion
  if (options.token !== undefined) headers['X-TC-Token'] = options.token
  headers['X-TC-RequestClient'] = options.requestClient
  if (options.language !== undefined) headers['X-TC-Language'] = options.language
  headers['Content-Type'] = contentType
  headers.Authorization = signTc3({
    method: options.method,
    url,
    body,
    contentType,
    timestamp,
    service,
    secretId: overrides.secretId ?? options.secretId,
    secretKey: overrides.secretKey ?? options.secretKey,
  })
  return { method: options.method, url, headers, body }
}

function v1Request(action: string, parameters: unknown, options: ResolvedOptions, timestamp: number, overrides: SendOverrides): WireRequest {
  // An object, as the SDK's: an action parameter named like a common one keeps its place and takes its value, and
  // integer-like names come first on the wire.
  assertSendable(parameters, true)
  const params = flatObject(parameters)
  params.Action = action
  params.RequestClient = options.requestClient
  params.Nonce = String(overrides.nonce ?? randomInt(1, 65536))
  params.Timestamp = String(timestamp)
  params.Version = apiVersion
  params.SecretId = overrides.secretId ?? options.secretId
  if (options.region !== undefined) params.Region = options.region
  if (options.token !== undefined) params.Token = options.token
  if (options.language !== undefined) params.Language = options.language
  params.SignatureMethod = options.signatureMethod
  params.Signature = signV1({
    method: options.method,
    host: options.url.host,
    path: options.url.pathname,
    // Signature itself is signed when the request holds one, as the SDK signs every member present.
    parameters: Object.entries(params),
    signatureMethod: options.signatureMethod,
    secretKey: overrides.secretKey ?? options.secretKey,
  })
  const form = encodeForm(Object.entries(params))
  return options.method === 'GET'
    ? { method: 'GET', url: withQuery(options.url, form), headers: {}, body: '' }
    : { method: 'POST', url: options.url.href, headers: { 'Content-Type': formContentType }, body: form }
}

/**
 * The signed request of `action` with `parameters` (undefined sends `{}`, as the SDK does). Throws a TypeError for
 * parameters a flat form cannot carry (a lone surrogate), parameters that hold themselves, and a timestamp that has
 * no date.
 */
export function signedRequest(action: string, parameters: unknown, options: ResolvedOptions, overrides: SendOverrides = {}): WireRequest {
  const timestamp = overrides.timestamp ?? Math.floor(options.now() / 1000)
  // TC3 signs the UTC date of the timestamp, which exists only within Date's range (±8.64e12 s).
  if (typeof timestamp !== 'number' || !Number.isFinite(timestamp) || Math.abs(timestamp) > maxTimestamp) {
    throw new TypeError(
      `The request cannot be signed: its timestamp (${overrides.timestamp === undefined ? 'from option now, which returns ms' : 'overrides.timestamp, in seconds'}) must be a finite number of seconds within ±${maxTimestamp}.`,
    )
  }
  const build = options.signing === 'tc3' ? tc3Request : v1Request
  const request = build(action, parameters ?? {}, options, timestamp, overrides)
  return overrides.tamper ? overrides.tamper(request) : request
}
