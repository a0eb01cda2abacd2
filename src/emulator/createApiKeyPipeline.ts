/**
 * One CreateApiKey call, from the bytes on the wire to the envelope: transport and routing, authentication (TC3 or
 * v1), the rate limit, validation by the package's validator, and the key store. Knows nothing of the HTTP framework.
 */
import type { ApiKey, CreateApiKeyResponse, ErrorCode } from '../types.js'
import { ApiFailure, fail } from './apiFailure.js'
import { checkCommonParameters, tc3CommonHeaders, v1CommonParameters } from './commonParameters.js'
import { constantTimeEqual } from './constantTime.js'
import { apiVersion, signatureMaxSkewSeconds, sizeLimitLabels, sizeLimits } from './contractLimits.js'

// Until the pipeline routes by the registry: the one action it serves.
const supportedAction = 'CreateApiKey'
import type { CredentialStore, EmulatorCredential } from './credentials.js'
import { errorEnvelope, newRequestId, successEnvelope } from './envelope.js'
import { generateAutoKey } from './keyGenerator.js'
import type { KeyStore } from './keyStore.js'
import type { RateLimiter } from './rateLimiter.js'
import type { ReplayGuard } from './replayGuard.js'
import { checkTc3Scope, headerValue, parseTc3Authorization, verifyTc3Signature } from './tc3Signature.js'
import { utcSeconds } from './timestamps.js'
import { decodeUtf8 } from './utf8.js'
import { parseV1Form, unflattenV1Form } from './v1Form.js'
import { v1DefaultSignatureMethod, verifyV1Signature, type V1SignatureMethod } from './v1Signature.js'
import { validateCreateApiKey } from './validateAction.js'

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
  readonly response: CreateApiKeyResponse
  /** `Success` or the error code, for the log. */
  readonly outcome: 'Success' | ErrorCode
  readonly signatureVersion?: 'v1' | 'v3' | undefined
  /** The SecretId that signed the request, once known (not a secret). */
  readonly secretId?: string | undefined
  /** An unexpected exception (a bug), answered as InternalError; for the log. */
  readonly internalError?: unknown
}

export interface PipelineSettings {
  readonly credentials: CredentialStore
  readonly store: KeyStore
  readonly rateLimiter: RateLimiter
  readonly replayGuard: ReplayGuard
  readonly keyQuota: number
  readonly now: () => number
  /** Extra hosts a signature may name besides the received Host (the `signedHosts` option). */
  readonly signedHosts: readonly string[]
}

interface Trace {
  signatureVersion?: 'v1' | 'v3'
  secretId?: string
}

const emptyBody = Buffer.alloc(0)

/** How many times an auto key is drawn again if its random AccessKeyId is taken (2^-200 odds: effectively never). */
const autoKeyAttempts = 3

export class CreateApiKeyPipeline {
  constructor(private readonly settings: PipelineSettings) {}

  /** Never rejects: every outcome, a bug included, is an envelope. */
  async handle(request: WireRequest): Promise<PipelineResult> {
    const requestId = newRequestId()
    const trace: Trace = {}
    try {
      const key = await this.process(request, trace)
      return { requestId, response: successEnvelope(key, requestId), outcome: 'Success', ...trace }
    } catch (error) {
      if (error instanceof ApiFailure) return this.errorResult(error, requestId, trace)
      const failure = new ApiFailure('InternalError', 'The emulator failed while handling the request; its log has the details.')
      return { ...this.errorResult(failure, requestId, trace), internalError: error }
    }
  }

  private errorResult(failure: ApiFailure, requestId: string, trace: Trace): PipelineResult {
    return { requestId, response: errorEnvelope(failure.code, failure.message, requestId), outcome: failure.code, ...trace }
  }

  /** Synchronous up to the key store, which answers once the key is committed. */
  private process(request: WireRequest, trace: Trace): Promise<ApiKey> {
    const { method } = request
    if (method !== 'GET' && method !== 'POST') fail('UnsupportedProtocol', `HTTP method ${method} is not supported: use POST (recommended) or GET.`)
    const queryStart = request.url.indexOf('?')
    const path = queryStart === -1 ? request.url : request.url.slice(0, queryStart)
    const rawQuery = queryStart === -1 ? '' : request.url.slice(queryStart + 1)
    if (path !== '/') fail('UnsupportedOperation', 'API 3.0 is served at the path / only.')

    if (method === 'GET') {
      if (Buffer.byteLength(request.url) > sizeLimits.get) fail('RequestSizeLimitExceeded', `A GET request may be at most ${sizeLimits.get} bytes (${sizeLimitLabels.get}).`)
      if (headerValue(request.headers, 'authorization') !== undefined) {
        this.authenticateTc3(request, path, rawQuery, emptyBody, trace)
        return this.create(unflattenV1Form(parseV1Form(rawQuery, 'The query string')))
      }
      return this.create(this.authenticateV1(request, path, parseV1Form(rawQuery, 'The query string'), trace))
    }

    const { body } = request
    switch (body.kind) {
      case 'json':
        this.authenticateTc3(request, path, rawQuery, body.raw, trace)
        return this.create(parseJsonBody(body.raw))
      case 'form':
        return this.create(this.authenticateV1(request, path, parseV1Form(decodeUtf8(body.raw, 'The form body'), 'The form body'), trace))
      case 'none':
        return fail('UnsupportedOperation.UnpackError', 'A POST needs a Content-Type: application/json (signature v3) or application/x-www-form-urlencoded (signature v1).')
      case 'unsupported':
        return fail(
          'UnsupportedOperation.UnpackError',
          `Content-Type ${JSON.stringify(body.mediaType.slice(0, 100))} is not supported: use application/json (signature v3) or application/x-www-form-urlencoded (signature v1).`,
        )
    }
  }

  /** Routing: the action and version this emulator serves. */
  private route(actionName: string | undefined, version: string | undefined, actionParameter: string, versionParameter: string): void {
    if (actionName === undefined || actionName === '') fail('MissingParameter', `Missing required parameter ${actionParameter}.`)
    if (actionName !== supportedAction) fail('InvalidAction', `The action is not supported by this endpoint: only ${supportedAction} is (names are case-sensitive).`)
    if (version === undefined || version === '') fail('MissingParameter', `Missing required parameter ${versionParameter}.`)
    if (version !== apiVersion) fail('NoSuchVersion', `The version is not supported: ${supportedAction} is served for ${versionParameter} ${apiVersion}.`)
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

  private admit(secretId: string, trace: Trace): void {
    trace.secretId = secretId
    if (!this.settings.rateLimiter.take(secretId)) fail('RequestLimitExceeded', 'Too many requests for this SecretId: the rate limit was hit; retry with backoff.')
  }

  /** Authenticates and admits a TC3 request; its parameters are read only after that. No closures: this runs per request. */
  private authenticateTc3(request: WireRequest, path: string, rawQuery: string, body: Buffer, trace: Trace): void {
    trace.signatureVersion = 'v3'
    const { headers } = request
    this.route(headerValue(headers, 'x-tc-action'), headerValue(headers, 'x-tc-version'), 'X-TC-Action', 'X-TC-Version')
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
    this.admit(credential.secretId, trace)
  }

  private authenticateV1(request: WireRequest, path: string, params: Map<string, string>, trace: Trace): unknown {
    trace.signatureVersion = 'v1'
    this.route(params.get('Action'), params.get('Version'), 'Action', 'Version')
    const timestamp = this.checkCommon(v1CommonParameters, (name) => params.get(name), 'Timestamp')
    const nonce = params.get('Nonce')!
    const method = (params.get('SignatureMethod') ?? v1DefaultSignatureMethod) as V1SignatureMethod
    const credential = this.findCredential(params.get('SecretId')!)
    const host = headerValue(request.headers, 'host') ?? ''
    if (!verifyV1Signature(request.method, host, path, params, method, credential.secretKey, this.settings.signedHosts)) {
      fail('AuthFailure.SignatureFailure', 'The signature does not match the request: check the SecretKey and the string to sign.')
    }
    this.checkToken(credential, params.get('Token'))
    this.admit(credential.secretId, trace)
    // After the rate limit: only admitted requests are remembered, so the guard holds at most the rate times the window.
    if (!this.settings.replayGuard.admit(credential.secretId, timestamp, nonce, params.get('Signature')!)) {
      fail('InvalidParameter', 'Invalid parameter Nonce: this signed request (SecretId, Timestamp, Nonce) was already received; sign each request with a fresh Nonce.')
    }
    return unflattenV1Form(params)
  }

  private async create(parameters: unknown): Promise<ApiKey> {
    const request = validateCreateApiKey(parameters)
    const createdTime = utcSeconds(this.settings.now())
    for (let attempt = 0; attempt < autoKeyAttempts; attempt++) {
      const material = request.AccessKeyType === 'manual' ? { AccessKeyId: request.AccessKeyId, AccessKeySecret: request.AccessKeySecret } : generateAutoKey()
      const outcome = await this.settings.store.create(
        { ...material, AccessKeyType: request.AccessKeyType, SecretName: request.SecretName, Tags: request.Tags },
        createdTime,
        this.settings.keyQuota,
      )
      if (outcome.ok) return outcome.key
      if (outcome.reason === 'quota') {
        fail('LimitExceeded.ApiKeyCountLimitExceeded', `The account already has ${this.settings.keyQuota} keys, the emulator's key quota.`)
      }
      if (request.AccessKeyType === 'manual') fail('FailedOperation.AccessKeyExist', 'A key with this AccessKeyId already exists.')
    }
    return fail('InternalError', 'Could not draw a free AccessKeyId.')
  }
}

/** The JSON body, after its TC3 signature was checked over the raw bytes. */
function parseJsonBody(raw: Buffer): unknown {
  const text = decodeUtf8(raw, 'The JSON body')
  try {
    return JSON.parse(text)
  } catch {
    return fail('UnsupportedOperation.UnpackError', 'The body is not valid JSON: send the parameters as one JSON object.')
  }
}
