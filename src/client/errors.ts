/**
 * What a typed call rejects with: exactly one of a Tencent error (typed by the action's closed error union), a
 * contract violation (the answer breaks the contract: paths and rules), a timeout, or a transport failure. Messages
 * never hold a secret; `exchange` is the exchange with its secrets redacted.
 */
import type { ActionName } from '../actions.js'
import type { ContractViolation, ErrorCodeOf } from '../types.js'
import { shownName } from '../quoteName.js'
import { lineDisguisingSource, unicodeEscape } from './encodable.js'
import type { Exchange } from './exchange.js'

/** How many violations a ContractViolationError's message names. */
export const shownViolations = 10

export type ClientErrorKind = 'tencent-error' | 'contract-violation' | 'timeout' | 'transport'

export abstract class ClientError extends Error {
  abstract readonly kind: ClientErrorKind
  /** The exchange, secrets redacted (redactExchange). */
  readonly exchange: Exchange
  readonly action: ActionName
  constructor(message: string, exchange: Exchange) {
    super(message)
    this.action = exchange.action
    this.exchange = exchange
  }
}

/** How much of Tencent's Message a TencentApiError's message shows (apiMessage keeps it whole). */
export const shownMessageLength = 1000

/** A backslash, a control character, or a character that breaks or disguises a line. */
const escapedInOneLine = new RegExp(`[\\\\\\p{Cc}${lineDisguisingSource}]`, 'gu')

/**
 * Tencent's Message as one line a log can hold: controls, line and paragraph separators and bidirectional overrides
 * (which would break or disguise a log line) written as \uXXXX, backslashes doubled, and cut past shownMessageLength.
 */
export function oneLineMessage(text: string): string {
  let end = Math.min(text.length, shownMessageLength)
  // Not between the halves of a pair.
  if (end < text.length && /[\ud800-\udbff]/.test(text[end - 1] ?? '')) end--
  // A backslash is doubled, so an escape written here cannot be mistaken for text that Tencent sent.
  const shown = text.slice(0, end).replace(escapedInOneLine, (character) => (character === '\\' ? '\\\\' : unicodeEscape(character)))
  return end < text.length ? `${shown}…` : shown
}

/**
 * The API answered with an error of the action's union. `message` is Tencent's Message as one bounded line
 * (oneLineMessage); `apiMessage` is the Message as answered. Both are scrubbed of the client's secrets.
 */
export class TencentApiError<A extends ActionName = ActionName> extends ClientError {
  readonly kind = 'tencent-error' as const
  override readonly name = 'TencentApiError'
  readonly code: ErrorCodeOf<A>
  readonly requestId: string
  readonly apiMessage: string
  constructor(code: ErrorCodeOf<A>, message: string, requestId: string, exchange: Exchange) {
    super(oneLineMessage(message), exchange)
    this.code = code
    this.requestId = requestId
    this.apiMessage = message
  }
}

/** The answer is HTTP 200 JSON but neither the action's success nor one of its errors. */
export class ContractViolationError extends ClientError {
  readonly kind = 'contract-violation' as const
  override readonly name = 'ContractViolationError'
  readonly violations: readonly ContractViolation[]
  readonly requestId: string | undefined
  constructor(violations: readonly ContractViolation[], requestId: string | undefined, exchange: Exchange) {
    // The message is one line of bounded length: paths hold the server's member names, so one that is not plain (or
    // is long) is quoted and cut (a control character shows escaped), and past the first few the rest are counted.
    const shown = violations.slice(0, shownViolations).map((violation) => `${shownName(violation.path)} (${violation.rule})`)
    const more = violations.length > shownViolations ? `; and ${violations.length - shownViolations} more` : ''
    super(`${exchange.action}: the answer breaks the contract: ${shown.join('; ')}${more}.`, exchange)
    this.violations = violations
    this.requestId = requestId
  }
}

/** No complete answer within timeoutMs. */
export class ClientTimeoutError extends ClientError {
  readonly kind = 'timeout' as const
  override readonly name = 'ClientTimeoutError'
}

/** No answer of the API: no connection, HTTP status not 200, or a body that is not JSON. */
export class ClientTransportError extends ClientError {
  readonly kind = 'transport' as const
  override readonly name = 'ClientTransportError'
  /** The HTTP status, when an answer came. */
  readonly status: number | undefined
  constructor(message: string, exchange: Exchange) {
    super(message, exchange)
    this.status = exchange.response?.status
  }
}

/** Any rejection of a typed call of `A`. */
export type ClientErrorOf<A extends ActionName = ActionName> = TencentApiError<A> | ContractViolationError | ClientTimeoutError | ClientTransportError

/** The error a typed call rejects with for `exchange` (already redacted), or undefined for a success. */
export function errorOf<A extends ActionName>(exchange: Exchange): ClientErrorOf<A> | undefined {
  const outcome = exchange.outcome
  switch (outcome.kind) {
    case 'success':
      return undefined
    case 'tencent-error':
      return new TencentApiError<A>(outcome.code as ErrorCodeOf<A>, outcome.message, outcome.requestId, exchange)
    case 'contract-violation':
      return new ContractViolationError(outcome.violations, outcome.requestId, exchange)
    case 'timeout':
      return new ClientTimeoutError(outcome.message, exchange)
    case 'transport':
      return new ClientTransportError(outcome.message, exchange)
  }
}

/** True when `error` is a Tencent error of action `A` (narrows `code` to its union). */
export const isTencentApiError = <A extends ActionName = ActionName>(error: unknown, action?: A): error is TencentApiError<A> =>
  error instanceof TencentApiError && (action === undefined || error.action === action)
