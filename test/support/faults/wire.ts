/** Reading a proxied request (which action, which parameters) and the parts of an answer faults change. */
import { randomUUID } from 'node:crypto'
import type { Envelope, ProxiedRequest, WireCall } from './types.js'

const queryOf = (url: string) => url.slice(url.indexOf('?') + 1 || url.length)

/** TC3 when the Authorization header says so; v1 (parameters in the query or the form body) otherwise. */
export const isTc3 = (request: ProxiedRequest) => (request.headers.authorization ?? '').startsWith('TC3-')

/** The parameters of a v1 request, in order, as the emulator reads them (query for GET, form body for POST). */
export function v1Parameters(request: ProxiedRequest): URLSearchParams {
  return new URLSearchParams(request.method === 'GET' ? queryOf(request.url) : request.body.toString('utf8'))
}

export function readCall(request: ProxiedRequest): WireCall {
  if (isTc3(request)) {
    let parameters: Record<string, unknown> = Object.fromEntries(new URLSearchParams(queryOf(request.url)))
    if (request.method === 'POST') {
      try {
        const parsed: unknown = JSON.parse(request.body.toString('utf8'))
        parameters = parsed !== null && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : {}
      } catch {
        parameters = {}
      }
    }
    return { action: request.headers['x-tc-action'], parameters, signing: 'tc3' }
  }
  const parameters = Object.fromEntries(v1Parameters(request))
  return { action: parameters.Action, parameters, signing: 'v1' }
}

export const resultOf = (answer: Envelope): unknown => answer.Response.Result
export const isSuccess = (answer: Envelope) => !('Error' in answer.Response)
export const errorCodeOf = (answer: Envelope) => (answer.Response.Error as { Code?: unknown } | undefined)?.Code

/** The API keys an answer carries: the Result of Create/Describe/Update, each of a list's ApiKeySet. */
export function apiKeysIn(answer: Envelope): Record<string, unknown>[] {
  const result = resultOf(answer)
  if (result === null || typeof result !== 'object') return []
  const object = result as Record<string, unknown>
  if (Array.isArray(object.ApiKeySet)) return object.ApiKeySet.filter((key): key is Record<string, unknown> => key !== null && typeof key === 'object')
  return typeof object.AccessKeyId === 'string' ? [object] : []
}

/** An error answer as the service writes one. */
export const errorAnswer = (code: string, message: string): Envelope => ({ Response: { Error: { Code: code, Message: message }, RequestId: randomUUID() } })
