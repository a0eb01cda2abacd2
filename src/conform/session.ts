/**
 * One run's connection to the endpoint: a client per wire form, every request through the budget and the rate
 * limiter, and what every answer teaches the run: the keys created (tracked for the cleanup, even from an answer
 * that breaks the contract), the keys deleted, the RequestIds seen and the secrets to redact.
 */
import { createClient, encodeForm, flattenParameters, isScrubbable, redactExchange, secretValues, type ApiKeyClient, type Exchange, type SendOverrides, type WireRequest } from '../client/index.js'
import { sizeLimits } from '../../generated/contractLimits.js'
import { runtimeActions, type ActionName } from '../actions.js'
import { Budget, RateLimiter } from './budget.js'
import { creatingActions, keyActions } from './checks/requests.js'
import { KeyTracker, type CleanupCall } from './keys.js'
import type { Credentials, WireForm } from './options.js'
import { isObject, stringsIn } from './values.js'
import { formName, hasLoneSurrogate, isJsonForm, readBack } from './wireForms.js'

/**
 * Thrown by send for parameters the form cannot carry: a lone surrogate in a flat form (the v1 signature signs the
 * text, the bytes sent decode to another), a GET query far over its limit, or parameters the client refuses to
 * build. The case is skipped.
 */
export class Unsendable extends Error {
  override name = 'Unsendable'
}

/** A request's signing changes (the client's SendOverrides) and, for the token check, another session token. */
export interface SessionOverrides extends SendOverrides {
  /** Signs and sends this session token in place of the run's. */
  readonly token?: string
}

/** Thrown by send once the run is interrupted (SIGINT, SIGTERM): the check stops, the cleanup runs. */
export class RunInterrupted extends Error {
  constructor() {
    super('the run was interrupted')
    this.name = 'RunInterrupted'
  }
}

export interface SessionSettings {
  readonly endpoint: string
  readonly credentials: Credentials
  readonly region?: string
  readonly timeoutMs?: number
  readonly maxRequests: number
  readonly rate: number
  readonly keyPrefix: string
  readonly runId: string
  readonly signal?: AbortSignal
  /** The form the cleanup uses (the one the user chose). */
  readonly mainForm: WireForm
}

const creates = (action: ActionName) => action === 'CreateApiKey'

/** The values of secret members (AccessKeySecret and the like, at any depth) long enough to hunt through a text. */
const secretsIn = (value: unknown, into: Set<string>): void => {
  for (const secret of secretValues(value)) if (isScrubbable(secret)) into.add(secret)
}

export class Session {
  readonly budget: Budget
  readonly keys: KeyTracker
  readonly #limiter: RateLimiter
  readonly #clients = new Map<string, ApiKeyClient>()
  readonly #secrets = new Set<string>()
  /** Every RequestId answered in this run, in order. */
  readonly requestIds: string[] = []
  /** The exchanges of the property run going on (a check reads them when the run fails). */
  #recording: Exchange[] = []

  constructor(readonly settings: SessionSettings) {
    this.budget = new Budget(settings.maxRequests)
    this.keys = new KeyTracker(settings.keyPrefix, settings.runId)
    this.#limiter = new RateLimiter(settings.rate)
    for (const secret of [settings.credentials.secretKey, settings.credentials.token]) if (secret) this.#secrets.add(secret)
  }

  get interrupted(): boolean {
    return this.settings.signal?.aborted === true
  }

  /** The secrets to redact: the SecretKey, the token and every AccessKeySecret sent or received so far. */
  get secrets(): readonly string[] {
    return [...this.#secrets]
  }

  #client(form: WireForm, tokenOverride?: string): ApiKeyClient {
    const { endpoint, credentials, region, timeoutMs } = this.settings
    const token = tokenOverride ?? credentials.token
    const name = formName(form)
    let client = this.#clients.get(name)
    if (!client || tokenOverride !== undefined) {
      client = createClient({
        endpoint,
        secretId: credentials.secretId,
        secretKey: credentials.secretKey,
        ...(token ? { token } : {}),
        signing: form.signing,
        method: form.method,
        ...(form.signatureMethod ? { signatureMethod: form.signatureMethod } : {}),
        ...(region ? { region } : {}),
        ...(timeoutMs ? { timeoutMs } : {}),
      })
      if (tokenOverride === undefined) this.#clients.set(name, client)
    }
    return client
  }

  /** Builds the client of each form now: an option a client refuses is a TypeError before anything is sent. */
  openClients(forms: readonly WireForm[]): void {
    for (const form of forms) this.#client(form)
  }

  /** Starts a new property run's record of exchanges. */
  startRecording(): void {
    this.#recording = []
  }

  /** The exchanges of the current property run, redacted. */
  recorded(): Exchange[] {
    return this.#recording.map((exchange) => this.redact(exchange))
  }

  redact(exchange: Exchange): Exchange {
    return redactExchange(exchange, this.secrets)
  }

  /** One request of a check: within the budget (BudgetExhausted otherwise) and the rate. */
  async send(form: WireForm, action: ActionName, parameters: unknown, overrides?: SessionOverrides): Promise<Exchange> {
    if (this.interrupted) throw new RunInterrupted()
    if (!isJsonForm(form) && hasLoneSurrogate(parameters)) throw new Unsendable(`${formName(form)} cannot carry a lone surrogate`)
    // Far beyond the GET limit, HTTP servers refuse the head (HTTP 431) before the API can answer RequestSizeLimitExceeded.
    if (form.method === 'GET' && encodeForm(flattenParameters(parameters)).length > 2 * sizeLimits.get) throw new Unsendable('a GET query this long never reaches the API')
    // Room kept for deleting every key alive, every key a create without an answer may have made, and this one.
    const take = () => this.budget.take(this.keys.alive.length + this.keys.unseen + (creates(action) ? 1 : 0))
    take()
    const exchange = await this.#sendCounted(form, action, parameters, overrides)
    // No answer at all (a connection reset by a keep-alive race): tried once more before it counts.
    if (exchange.outcome.kind !== 'transport' || exchange.response !== undefined) return exchange
    take()
    const retry = await this.#sendCounted(form, action, parameters, overrides)
    // A create may have been carried out the first time (the sweep finds the key): when the second one finds its
    // manual key's id taken by it, the fault to report is the lost answer, not that error.
    const taken = retry.outcome.kind === 'tencent-error' && retry.outcome.code === 'FailedOperation.AccessKeyExist'
    return creates(action) && taken ? exchange : retry
  }

  async #sendCounted(form: WireForm, action: ActionName, parameters: unknown, overrides?: SessionOverrides): Promise<Exchange> {
    const createdBefore = this.keys.created
    const exchange = await this.#send(form, action, parameters, overrides)
    // A create may have made a key unless the service refused it (a Tencent error) or its answer named the key
    // (tracked from it by #learn): a reset or a timeout, and as much an HTTP 500 from a gateway, a body too long or not JSON,
    // or a JSON answer with neither, leave a key only the sweep can find, and room is kept to delete it.
    if (creates(action) && exchange.outcome.kind !== 'tencent-error' && this.keys.created === createdBefore) this.keys.unanswered()
    return exchange
  }

  /**
   * The last guard, on the request exactly as it goes out (after any tamper), read back as the server reads it: an
   * action on one key whose AccessKeyId (or any string under it) is not an id this run issued, or a create the
   * contract would accept under a name that is not the run's, is never sent. Whatever a check drew or built, no
   * request reaches a key the run did not create, nor makes one the sweep could not find.
   */
  #refuseForeign(action: ActionName, request: WireRequest): void {
    const read = readBack(action, request)
    if (read.kind !== 'parameters' || !isObject(read.parameters)) return
    const { AccessKeyId: id, SecretName: name } = read.parameters
    if (keyActions.includes(action) && stringsIn(id).some((text) => !this.keys.issued(text))) {
      throw new Unsendable(`${action} would name an AccessKeyId this run did not issue`)
    }
    if (creatingActions.includes(action) && runtimeActions[action].parseRequest(read.parameters).ok) {
      if (typeof name !== 'string' || !name.startsWith(this.keys.secretNamePrefix) || stringsIn(id).some((text) => !this.keys.issued(text))) {
        throw new Unsendable(`${action} would create a key under a name or AccessKeyId that is not this run's`)
      }
    }
  }

  async #send(form: WireForm, action: ActionName, parameters: unknown, overrides: SessionOverrides = {}): Promise<Exchange> {
    secretsIn({ parameters }, this.#secrets)
    await this.#limiter.wait()
    const { token, ...signing } = overrides
    const guarded: SendOverrides = {
      ...signing,
      tamper: (request) => {
        const sent = signing.tamper ? signing.tamper(request) : request
        this.#refuseForeign(action, sent)
        return sent
      },
    }
    let exchange: Exchange
    try {
      exchange = await this.#client(form, token).send(action, parameters, guarded)
    } catch (error) {
      this.budget.refund()
      if (error instanceof Unsendable) throw error
      throw new Unsendable(`the client cannot build this request: ${(error as Error).message}`)
    }
    this.#learn(action, parameters, exchange)
    this.#recording.push(exchange)
    return exchange
  }

  #learn(action: ActionName, parameters: unknown, exchange: Exchange): void {
    const response = isObject(exchange.response?.body) && isObject(exchange.response.body.Response) ? exchange.response.body.Response : undefined
    if (!response) return
    if (typeof response.RequestId === 'string') this.requestIds.push(response.RequestId)
    secretsIn(response, this.#secrets)
    // Tracked from the raw body: an answer that breaks the contract (an extra member) may still have created a key.
    const result = response.Result
    if (action === 'CreateApiKey' && isObject(result) && typeof result.AccessKeyId === 'string' && !isObject(response.Error)) this.keys.track(result.AccessKeyId)
    if (action === 'DeleteApiKey' && result === true && isObject(parameters) && typeof parameters.AccessKeyId === 'string') this.keys.forget(parameters.AccessKeyId)
  }

  /**
   * The cleanup's calls, in the run's main form, outside the checks' budget (which kept room for them). Read from
   * the raw body: a server whose answers break the contract (an extra member) has still deleted the key.
   */
  readonly cleanupCall: CleanupCall = async (action, parameters) => {
    this.budget.takeForCleanup()
    const exchange = await this.#send(this.settings.mainForm, action, parameters)
    const body = exchange.response?.body
    const response = isObject(body) && isObject(body.Response) ? body.Response : undefined
    if (!response) return {}
    if (isObject(response.Error)) return { code: typeof response.Error.Code === 'string' ? response.Error.Code : 'no code' }
    return { result: response.Result }
  }
}
