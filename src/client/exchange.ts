/**
 * One request sent and its answer judged by the action's response parser (runtimeActions[action].parseResponse):
 * a success, a Tencent error of the action's union, a body that breaks the contract, or no usable answer at all
 * (a timeout; a transport failure: no connection, HTTP status not 200, a body that is not JSON).
 */
import { runtimeActions, type ActionName } from '../actions.js'
import type { ContractViolation } from '../types.js'
import { maxAnswerBytes } from './answerLimit.js'
import { isScrubbable, requestSecrets, scrub } from './redact.js'
import type { WireRequest } from './wireRequest.js'

export interface ExchangeResponse {
  readonly status: number
  readonly headers: Readonly<Record<string, string>>
  readonly text: string
  /** The body parsed as JSON, when it is JSON. */
  readonly body?: unknown
}

export type Outcome =
  | { readonly kind: 'success'; readonly result: unknown; readonly requestId: string }
  | { readonly kind: 'tencent-error'; readonly code: string; readonly message: string; readonly requestId: string }
  | { readonly kind: 'contract-violation'; readonly violations: readonly ContractViolation[]; readonly requestId?: string }
  | { readonly kind: 'timeout' | 'transport'; readonly message: string }

export interface Exchange {
  readonly action: ActionName
  /** Exactly what was sent. */
  readonly request: WireRequest
  /** What came back, when anything did. */
  readonly response?: ExchangeResponse
  readonly outcome: Outcome
}

const requestIdOf = (body: unknown): string | undefined => {
  const id = (body as { Response?: { RequestId?: unknown } } | null)?.Response?.RequestId
  return typeof id === 'string' ? id : undefined
}

/** What the answer says, judged by the contract of `action`. Messages are scrubbed of `secrets`. */
export function judgeResponse(action: ActionName, status: number, text: string, secrets: readonly string[]): { body?: unknown; outcome: Outcome } {
  // Tencent answers every call, its errors included, with HTTP 200: anything else is not an answer of the API.
  if (status !== 200) return { outcome: { kind: 'transport', message: `${action}: HTTP status ${status}; the API answers every call with 200.` } }
  let body: unknown
  try {
    body = JSON.parse(text)
  } catch {
    return { outcome: { kind: 'transport', message: `${action}: the body (${Buffer.byteLength(text)} bytes) is not JSON.` } }
  }
  const parsed = runtimeActions[action].parseResponse(body)
  switch (parsed.kind) {
    case 'success':
      return { body, outcome: { kind: 'success', result: parsed.result, requestId: parsed.response.Response.RequestId } }
    case 'error':
      return {
        body,
        outcome: { kind: 'tencent-error', code: parsed.error.Code, message: scrub(parsed.error.Message, secrets), requestId: parsed.response.Response.RequestId },
      }
    case 'invalid': {
      const requestId = requestIdOf(body)
      const violations = parsed.violations.map((violation) => ({ ...violation, message: scrub(violation.message, secrets) }))
      return { body, outcome: requestId === undefined ? { kind: 'contract-violation', violations } : { kind: 'contract-violation', violations, requestId } }
    }
  }
}

/** Why a fetch failed, without the URL or headers (they may carry a signature or a token). */
function failureOf(action: ActionName, error: unknown, timeoutMs: number, secrets: readonly string[]): Outcome {
  const named = error as { name?: unknown; message?: unknown; cause?: { code?: unknown; message?: unknown } } | null
  if (named?.name === 'TimeoutError') return { kind: 'timeout', message: `${action}: no complete answer within ${timeoutMs} ms.` }
  const cause = named?.cause
  const detail = typeof cause?.message === 'string' ? cause.message : typeof named?.message === 'string' ? named.message : String(error)
  return { kind: 'transport', message: scrub(`${action}: the request failed: ${detail}`, secrets) }
}

/**
 * The body as text (UTF-8, as Response.text() decodes it), or undefined once it is longer than `cap` bytes: then
 * the rest is not read and the connection is dropped.
 */
async function readCapped(answer: Response, cap: number): Promise<string | undefined> {
  const declared = Number(answer.headers.get('content-length') ?? Number.NaN)
  if (declared > cap) {
    await answer.body?.cancel().catch(() => {})
    return undefined
  }
  if (answer.body === null) return ''
  const reader = answer.body.getReader()
  const chunks: Uint8Array[] = []
  let length = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    length += value.byteLength
    if (length > cap) {
      await reader.cancel().catch(() => {})
      return undefined
    }
    chunks.push(value)
  }
  return new TextDecoder().decode(Buffer.concat(chunks, length))
}

/** Sends `request` (fetch, bounded by timeoutMs for the whole exchange) and judges the answer. Never rejects. */
export async function exchange(action: ActionName, request: WireRequest, timeoutMs: number, secrets: readonly string[]): Promise<Exchange> {
  const signal = AbortSignal.timeout(timeoutMs)
  let status: number
  let headers: Record<string, string>
  let text: string
  try {
    const answer = await fetch(request.url, {
      method: request.method,
      headers: request.headers,
      // fetch refuses a body on GET; a tampered GET with a body is sent without it.
      ...(request.method === 'GET' || request.method === 'HEAD' ? {} : { body: request.body }),
      redirect: 'manual',
      signal,
    })
    status = answer.status
    headers = Object.fromEntries(answer.headers)
    const read = await readCapped(answer, maxAnswerBytes)
    // The status and headers came; the body, not read, is left empty.
    if (read === undefined) return { action, request, response: { status, headers, text: '' }, outcome: { kind: 'transport', message: `${action}: the body is longer than ${maxAnswerBytes} bytes, the most the client reads of an answer.` } }
    text = read
  } catch (error) {
    // The request's own signature and tokens too: fetch quotes a header it refuses.
    return { action, request, outcome: failureOf(action, error, timeoutMs, [...secrets, ...requestSecrets(request).filter(isScrubbable)]) }
  }
  const { body, outcome } = judgeResponse(action, status, text, secrets)
  return { action, request, response: body === undefined ? { status, headers, text } : { status, headers, text, body }, outcome }
}
