/**
 * One call of any action, from the bytes on the wire to the envelope: transport, routing by the registry,
 * authentication (TC3 or v1) with the common parameters, the rate limit per action and SecretId, validation by the
 * action's own validator, then the action's handler over the key store. Knows nothing of the HTTP framework, and
 * nothing of any one action: those are the registry's (src/actions.ts) and the handlers' (handlers/).
 */
import { MIMEType } from 'node:util'
import { runtimeActions, type ActionName } from '../actions.js'
import { ApiFailure, fail, type EmulatorErrorCode } from './apiFailure.js'
import { checkCommonParameters, tc3CommonHeaders, v1CommonParameters } from './commonParameters.js'
import { constantTimeEqual } from './constantTime.js'
import { actionNames, apiVersion, signatureMaxSkewSeconds, sizeLimitLabels, sizeLimits } from './contractLimits.js'
import type { CredentialStore, EmulatorCredential } from './credentials.js'
import { errorEnvelope, newRequestId, successEnvelope, type Envelope } from './envelope.js'
import { handlers, type Handler, type HandlerContext } from './handlers/index.js'
import type { KeyStore } from './keyStore.js'
import type { RateLimiter } from './rateLimiter.js'
import type { ReplayGuard } from './replayGuard.js'
import { checkTc3Scope, headerValue, parseTc3Authorization, verifyTc3Signature } from './tc3Signature.js'
import { decodeUtf8 } from './utf8.js'
import { withFormIntegers } from './formIntegers.js'
import { parseV1Form, unflattenV1Form } from './v1Form.js'
import { v1DefaultSignatureMethod, verifyV1Signature, type V1SignatureMethod } from './v1Signature.js'

/** The body as the server read it: JSON and form bodies raw (within their size limits), others not read at all. */
export type WireBody =
  | { readonly kind: 'none' }
  | { readonly kind: 'json'; readonly raw: Buffer }
  | { readonly kind: 'form'; readonly raw: Buffer }
  | { readonly kind: 'unsupported'; readonly mediaType: string }

export interface WireRequest {
  readonly method: string
  /** The request target as sent (path and query). */
  readonly url: string
  readonly headers: Readonly<Record<string, string | string[] | undefined>>
  readonly body: WireBody
}

export interface PipelineResult {
  readonly requestId: string
  readonly response: Envelope
  /** `Success` or the error code, for the log. */
  readonly outcome: 'Success' | EmulatorErrorCode
  /** The action, once routed (a request refused before routing has none). */
  readonly action?: ActionName | undefined
  readonly signatureVersion?: 'v1' | 'v3' | undefined
  /** The SecretId that signed the request, once known (not a secret). */
  readonly secretId?: string | undefined
  /** An unexpected exception (a bug), answered as InternalError; for the log. */
  readonly internalError?: unknown
}

export interface PipelineSettings {
  readonly credentials: CredentialStore
  readonly store: KeyStore
  /** One limiter per action, each keyed by SecretId: the rate limit is per action and SecretId. */
  readonly rateLimiters: { readonly [A in ActionName]: RateLimiter }
  readonly replayGuard: ReplayGuard
  readonly keyQuota: number
  readonly now: () => number
  /** Extra hosts a signature may name besides the received Host (the `signedHosts` option). */
  readonly signedHosts: readonly string[]
}

interface Trace {
  signatureVersion?: 'v1' | 'v3'
  secretId?: string
  action?: ActionName
}

/** The registry's action names, for routing: a name is served exactly when it is one of these (case-sensitive). */
const servedActions: ReadonlySet<string> = new Set(actionNames)
const servedActionList = actionNames.length === 1 ? `only ${actionNames[0]} is` : `only ${actionNames.slice(0, -1).join(', ')} and ${actionNames.at(-1)} are`

const emptyBody = Buffer.alloc(0)

/** The parameters of a request, authenticated and admitted, for the action it was routed to. */
interface Admitted {
  readonly action: ActionName
  readonly parameters: unknown
}

export class ActionPipeline {
  private readonly context: HandlerContext

  constructor(private readonly settings: PipelineSettings) {
    this.context = { store: settings.store, keyQuota: settings.keyQuota, now: settings.now }
  }

  /** Never rejects: every outcome, a bug included, is an envelope. */
  async handle(request: WireRequest): Promise<PipelineResult> {
    const requestId = newRequestId()
    const trace: Trace = {}
    try {
      const result = await this.run(this.process(request, trace))
      return { requestId, response: successEnvelope(result, requestId), outcome: 'Success', ...trace }
    } catch (error) {
      if (error instanceof ApiFailure) return this.errorResult(error, requestId, trace)
      const failure = new ApiFailure('InternalError', 'The emulator failed while handling the request; its log has the details.')
      return { ...this.errorResult(failure, requestId, trace), internalError: error }
    }
  }

  private errorResult(failure: ApiFailure, requestId: string, trace: Trace): PipelineResult {
    return { requestId, response: errorEnvelope(failure.code, failure.message, requestId), outcome: failure.code, ...trace }
  }

  /**
   * Validation by the action's own validator, then its handler: the one place parameters are judged, so the emulator
   * answers with exactly the codes and messages the contract defines.
   */
  private run({ action, parameters }: Admitted): Promise<unknown> {
    const parsed = runtimeActions[action].parseRequest(parameters)
    if (!parsed.ok) return fail(parsed.error.Code, parsed.error.Message)
    return (handlers[action] as Handler)(parsed.value as never, this.context)
  }

  /** Transport, routing and authentication; synchronous (the handler may wait for the key store). */
  private process(request: WireRequest, trace: Trace): Admitted {
    const { method } = request
    if (method !== 'GET' && method !== 'POST') fail('UnsupportedProtocol', `HTTP method ${method} is not supported: use POST (recommended) or GET.`)
    const queryStart = request.url.indexOf('?')
    const path = queryStart === -1 ? request.url : request.url.slice(0, queryStart)
    const rawQuery = queryStart === -1 ? '' : request.url.slice(queryStart + 1)
    if (path !== '/') fail('UnsupportedOperation', 'API 3.0 is served at the path / only.')
    // The server joins a repeated header into one list (decision emulator-transport-errors); a host name has no comma.
    if (headerValue(request.headers, 'host')?.includes(',')) fail('UnsupportedOperation.UnpackError', 'The Host header is malformed or sent more than once.')

    if (method === 'GET') {
      if (Buffer.byteLength(request.url) > sizeLimits.get) fail('RequestSizeLimitExceeded', `A GET request may be at most ${sizeLimits.get} bytes (${sizeLimitLabels.get}).`)
      if (headerValue(request.headers, 'authorization') !== undefined) {
        const action = this.authenticateTc3(request, path, rawQuery, emptyBody, trace)
        return { action, parameters: formParameters(action, parseV1Form(rawQuery, 'The query string'), 'tc3') }
      }
      return this.authenticateV1(request, path, parseV1Form(rawQuery, 'The query string'), trace)
    }

    // A POST's parameters are its body's (Tencent's TC3 guide signs a POST's query as empty): a query would go unread.
    if (rawQuery !== '') fail('UnknownParameter', 'A POST carries its parameters in its body: its URL must have no query string.')
    const { body } = request
    if (body.kind === 'json' || body.kind === 'form') checkEncoding(request.headers)
    switch (body.kind) {
      case 'json':
        return { action: this.authenticateTc3(request, path, rawQuery, body.raw, trace), parameters: parseJsonBody(body.raw) }
      case 'form':
        return this.authenticateV1(request, path, parseV1Form(decodeUtf8(body.raw, 'The form body'), 'The form body'), trace)
      case 'none':
        return fail('UnsupportedOperation.UnpackError', 'A POST needs a Content-Type: application/json (signature v3) or application/x-www-form-urlencoded (signature v1).')
      case 'unsupported':
        return fail(
          'UnsupportedOperation.UnpackError',
          `Content-Type ${JSON.stringify(body.mediaType.slice(0, 100))} is not supported: use application/json (signature v3) or application/x-www-form-urlencoded (signature v1).`,
        )
    }
  }

  /** Routing by the registry: an action it lists, at the API's version. The name sent is never echoed. */
  private route(actionName: string | undefined, version: string | undefined, actionParameter: string, versionParameter: string, trace: Trace): ActionName {
    if (actionName === undefined || actionName === '') fail('MissingParameter', `Missing required parameter ${actionParameter}.`)
    if (!servedActions.has(actionName!)) fail('InvalidAction', `The action is not supported by this endpoint: ${servedActionList} (names are case-sensitive).`)
    const action = actionName as ActionName
    trace.action = action
    if (version === undefined || version === '') fail('MissingParameter', `Missing required parameter ${versionParameter}.`)
    if (version !== apiVersion) fail('NoSuchVersion', `The version is not supported: ${action} is served for ${versionParameter} ${apiVersion}.`)
    return action
  }

  /** The common parameters by their schemas' rules, then the timestamp against the clock. */
  private checkCommon(rules: typeof v1CommonParameters, read: (name: string) => string | undefined, timestampParameter: string): number {
    checkCommonParameters(rules, read)
    const timestamp = Number(read(timestampParameter))
    const skew = Math.abs(Math.floor(this.settings.now() / 1000) - timestamp)
    if (skew > signatureMaxSkewSeconds) {
      fail('AuthFailure.SignatureExpire', `The request timestamp is ${skew} seconds from the server time; at most ${signatureMaxSkewSeconds} are allowed.`)
    }
    return timestamp
  }

  private findCredential(secretId: string): EmulatorCredential {
    const credential = this.settings.credentials.find(secretId)
    if (!credential) fail('AuthFailure.SecretIdNotFound', 'The SecretId is not one of the emulator\'s configured credentials.')
    return credential!
  }

  private checkToken(credential: EmulatorCredential, token: string | undefined): void {
    // Reached only after a valid signature; compared in constant time all the same (decision emulator-replay).
    if (constantTimeEqual(credential.token ?? '', token ?? '')) return
    fail('AuthFailure.TokenFailure', credential.token ? 'This SecretId is temporary: send its token (X-TC-Token or Token).' : 'A token was sent for a SecretId that has none.')
  }

  private admit(action: ActionName, secretId: string, trace: Trace): void {
    trace.secretId = secretId
    if (!this.settings.rateLimiters[action].take(secretId)) fail('RequestLimitExceeded', 'Too many requests of this action for this SecretId: the rate limit was hit; retry with backoff.')
  }

  /** Authenticates and admits a TC3 request; its parameters are read only after that. No closures: this runs per request. */
  private authenticateTc3(request: WireRequest, path: string, rawQuery: string, body: Buffer, trace: Trace): ActionName {
    trace.signatureVersion = 'v3'
    const { headers } = request
    const action = this.route(headerValue(headers, 'x-tc-action'), headerValue(headers, 'x-tc-version'), 'X-TC-Action', 'X-TC-Version', trace)
    const authorizationHeader = headerValue(headers, 'authorization')
    if (authorizationHeader === undefined) fail('AuthFailure.InvalidAuthorization', 'A JSON POST is signed with TC3-HMAC-SHA256: the Authorization header is missing.')
    const authorization = parseTc3Authorization(authorizationHeader!)
    const timestamp = this.checkCommon(tc3CommonHeaders, (name) => headerValue(headers, name.toLowerCase()), 'X-TC-Timestamp')
    const credential = this.findCredential(authorization.secretId)
    checkTc3Scope(authorization, timestamp, headerValue(headers, 'host'))
    if (!verifyTc3Signature({ method: request.method, path, rawQuery, headers: request.headers, body, timestamp, signedHosts: this.settings.signedHosts }, authorization, credential.secretKey)) {
      fail('AuthFailure.SignatureFailure', 'The signature does not match the request: check the SecretKey and the canonical request.')
    }
    this.checkToken(credential, headerValue(headers, 'x-tc-token'))
    this.admit(action, credential.secretId, trace)
    return action
  }

  private authenticateV1(request: WireRequest, path: string, params: Map<string, string>, trace: Trace): Admitted {
    trace.signatureVersion = 'v1'
    const action = this.route(params.get('Action'), params.get('Version'), 'Action', 'Version', trace)
    const timestamp = this.checkCommon(v1CommonParameters, (name) => params.get(name), 'Timestamp')
    const nonce = params.get('Nonce')!
    const method = (params.get('SignatureMethod') ?? v1DefaultSignatureMethod) as V1SignatureMethod
    const credential = this.findCredential(params.get('SecretId')!)
    const host = headerValue(request.headers, 'host') ?? ''
    if (!verifyV1Signature(request.method, host, path, params, method, credential.secretKey, this.settings.signedHosts)) {
      fail('AuthFailure.SignatureFailure', 'The signature does not match the request: check the SecretKey and the string to sign.')
    }
    this.checkToken(credential, params.get('Token'))
    this.admit(action, credential.secretId, trace)
    // After the rate limit: only admitted requests are remembered, so the guard holds at most the rate times the window.
    if (!this.settings.replayGuard.admit(credential.secretId, timestamp, nonce, params.get('Signature')!)) {
      fail('InvalidParameter', 'Invalid parameter Nonce: this signed request (SecretId, Timestamp, Nonce) was already received; sign each request with a fresh Nonce.')
    }
    return { action, parameters: formParameters(action, params) }
  }
}

/** A form's (or query's) parameters in the JSON request shape, its integers as numbers, for the action's validator (a TC3 query keeps v1's common names, which are unknown there). */
const formParameters = (action: ActionName, params: ReadonlyMap<string, string>, signing: 'v1' | 'tc3' = 'v1') => withFormIntegers(action, unflattenV1Form(params, signing))

/** The JSON body, after its TC3 signature was checked over the raw bytes. */
function parseJsonBody(raw: Buffer): unknown {
  const text = decodeUtf8(raw, 'The JSON body')
  try {
    return JSON.parse(text)
  } catch {
    return fail('UnsupportedOperation.UnpackError', 'The body is not valid JSON: send the parameters as one JSON object.')
  }
}

/**
 * A POST body is read as sent and as UTF-8 (the SDKs send `application/json; charset=utf-8`, uncompressed): a body
 * declared compressed or in another charset is refused rather than misread. The Content-Type's parameters are
 * parsed by Node's own MIMEType.
 */
function checkEncoding(headers: WireRequest['headers']): void {
  const coding = headerValue(headers, 'content-encoding')
  if (coding !== undefined && !/^\s*identity\s*$/i.test(coding)) {
    fail('UnsupportedOperation.UnpackError', 'A compressed body (a Content-Encoding other than identity) is not supported: send the body uncompressed.')
  }
  const contentType = headerValue(headers, 'content-type') ?? ''
  // The bare media types (what the SDKs send) have no charset to check: no MIMEType to build, on every request.
  if (contentType === 'application/json' || contentType === 'application/x-www-form-urlencoded') return
  let charset: string | null | undefined
  try {
    charset = new MIMEType(contentType).params.get('charset')
  } catch {
    return // A Content-Type that reached a body parser but not MIMEType's grammar: judged by what follows.
  }
  if (charset != null && !/^utf-?8$/i.test(charset)) {
    fail('UnsupportedOperation.UnpackError', 'A POST body must be UTF-8: the charset its Content-Type declares is not supported.')
  }
}
