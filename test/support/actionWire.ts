/**
 * Any action of the registry in one of the four wire forms (TC3 JSON POST, TC3 GET, v1 GET, v1 form POST), signed
 * with the SDK's own code (emulatorWire.ts). The JSON form sends the parameters as they are; the others flatten them
 * as the v1 form does (`Filters.0.Values.1`) and send every value, integers too, as a string.
 */
import type http from 'node:http'
import { expect } from 'vitest'
import type { ActionName } from '../../src/actions.js'
import type { ApiKey } from '../../src/types.js'
import { codeOf, send, tc3Get, tc3Post, v1Request, type WireAnswer } from './emulatorWire.js'

export type Form = 'TC3 JSON POST' | 'TC3 GET' | 'v1 GET' | 'v1 form POST'
export const forms: readonly Form[] = ['TC3 JSON POST', 'TC3 GET', 'v1 GET', 'v1 form POST']

export interface Signer {
  readonly secretId: string
  readonly secretKey: string
}

/** `{Filters: [{Name, Values: [a]}], Limit: 5}` as `{'Filters.0.Name', 'Filters.0.Values.0': a, Limit: '5'}`. */
export function flattenForm(parameters: object, prefix = '', into: Record<string, string> = {}): Record<string, string> {
  for (const [name, value] of Object.entries(parameters)) {
    const at = `${prefix}${name}`
    if (value !== null && typeof value === 'object') flattenForm(value as object, `${at}.`, into)
    else into[at] = String(value)
  }
  return into
}

/**
 * Calls `action` in `form`; `timestamp` (seconds) signs it, for an emulator on a test clock; `agent` lets it reuse a
 * kept-alive connection (so that calls sent together arrive together).
 */
export function callAction(endpoint: string, form: Form, action: ActionName, parameters: object, who: Signer, timestamp?: number, agent?: http.Agent): Promise<WireAnswer> {
  const stamp = timestamp === undefined ? {} : { timestamp }
  const headers = { ...who, action, version: '2018-08-08', ...stamp }
  const via = agent === undefined ? {} : { agent }
  switch (form) {
    case 'TC3 JSON POST':
      return send(endpoint, { ...tc3Post(endpoint, JSON.stringify(parameters), headers), ...via }, action)
    case 'TC3 GET':
      return send(endpoint, { ...tc3Get(endpoint, flattenForm(parameters), headers), ...via }, action)
    case 'v1 GET':
      return send(endpoint, { ...v1Request(endpoint, flattenForm(parameters), { ...who, ...stamp, common: { Action: action } }), ...via }, action)
    case 'v1 form POST':
      return send(endpoint, { ...v1Request(endpoint, flattenForm(parameters), { ...who, ...stamp, method: 'POST', common: { Action: action } }), ...via }, action)
  }
}

/** The Result of a success (failing the test, with the answer, otherwise). */
export function resultOf<R = unknown>(answer: WireAnswer): R {
  expect(codeOf(answer), answer.text.slice(0, 300)).toBe('Success')
  return (answer.body.Response as unknown as { Result: R }).Result
}

/** The Error of an answer, or undefined for a success. */
export const errorOf = (answer: WireAnswer): { Code: string; Message: string } | undefined =>
  'Error' in answer.body.Response ? (answer.body.Response.Error as { Code: string; Message: string }) : undefined

export interface ApiKeyPage {
  readonly TotalCount: number
  readonly ApiKeySet: ApiKey[]
}
