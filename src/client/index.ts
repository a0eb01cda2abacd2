/**
 * A typed client of the API-key actions: one method per action of the registry (named as the action, typed by its
 * request and Result), requests signed as the official Node SDK signs them in any of the four wire forms, and every
 * answer judged by the contract. Node built-ins only: no runtime dependency.
 */
import { actionNames, isActionName, type ActionName } from '../actions.js'
import type { RequestOf, ResultOf } from '../types.js'
import { errorOf } from './errors.js'
import { exchange, type Exchange } from './exchange.js'
import { resolveOptions, type ClientOptions } from './options.js'
import { redactExchange } from './redact.js'
import { signedRequest, type SendOverrides, type WireRequest } from './wireRequest.js'

export type { ClientOptions, Language, ResolvedOptions, Signing } from './options.js'
export { checkClientOptions, defaultTimeoutMs, defaultRequestClient, maxTimeoutMs, resolveOptions } from './options.js'
export type { Exchange, ExchangeResponse, Outcome } from './exchange.js'
export type { SendOverrides, WireRequest } from './wireRequest.js'
export { ClientError, ClientTimeoutError, ClientTransportError, ContractViolationError, TencentApiError, isTencentApiError, oneLineMessage, shownMessageLength, shownViolations, type ClientErrorKind, type ClientErrorOf } from './errors.js'
export { maxParameterDepth } from './encodable.js'
export { maxTimestamp } from './wireRequest.js'
export { isScrubbable, redactExchange, redactValue, redacted, scrub, secretValues, shortestSecret, tooDeep } from './redact.js'
export { maxAnswerBytes } from './answerLimit.js'
export { signTc3, tc3Sign, utcDateOf, type Tc3SignInput, type Tc3Signature } from './signTc3.js'
export { signV1, v1StringToSign, type V1SignatureMethod, type V1SignInput } from './signV1.js'
export { encodeForm, flattenParameters, type FlatParameter } from './flatForm.js'
export { stringifySdkJson } from './sdkJson.js'
export type { ActionName, ContractViolation, ErrorCodeOf, RequestOf, ResultOf } from '../index.js'

/** An action's argument list: the request may be left out when every parameter is optional. */
export type ActionArguments<A extends ActionName> = {} extends RequestOf<A> ? [request?: RequestOf<A>] : [request: RequestOf<A>]

/** One method per action: resolves with the Result, or rejects with a ClientErrorOf<A>. */
export type ActionMethods = { readonly [A in ActionName]: (...request: ActionArguments<A>) => Promise<ResultOf<A>> }

export interface ApiKeyClient extends ActionMethods {
  /** Sends any parameters (valid or not) as `action`; resolves with the exchange whatever the answer. */
  send(action: ActionName, parameters?: unknown, overrides?: SendOverrides): Promise<Exchange>
  /** `exchange` with this client's secrets (and every signature, token, AccessKeySecret) redacted. */
  redact(exchange: Exchange): Exchange
}

/**
 * The signed request `createClient(options).send(action, parameters, overrides)` would send, built without sending
 * it (a plan to print, a request to compare).
 */
export function buildWireRequest(options: ClientOptions, action: ActionName, parameters?: unknown, overrides?: SendOverrides): WireRequest {
  return signedRequest(action, parameters, resolveOptions(options), overrides)
}

export function createClient(options: ClientOptions): ApiKeyClient {
  const resolved = resolveOptions(options)
  const secrets = [resolved.secretKey, ...(resolved.token === undefined ? [] : [resolved.token])]

  const send = async (action: ActionName, parameters?: unknown, overrides: SendOverrides = {}): Promise<Exchange> => {
    if (!isActionName(action)) throw new TypeError(`send: ${JSON.stringify(String(action).slice(0, 64))} is not an action of the contract.`)
    const extra = overrides.secretKey === undefined ? secrets : [...secrets, overrides.secretKey]
    const request = signedRequest(action, parameters, resolved, overrides)
    return exchange(action, request, resolved.timeoutMs, extra)
  }
  const redact = (sent: Exchange) => redactExchange(sent, secrets)

  const methods = Object.fromEntries(
    actionNames.map((action) => [
      action,
      async (request?: unknown) => {
        const sent = await send(action, request)
        if (sent.outcome.kind === 'success') return sent.outcome.result
        throw errorOf(redact(sent))
      },
    ]),
  ) as unknown as ActionMethods
  return Object.freeze({ ...methods, send, redact })
}
