/**
 * The four wire forms (TC3 JSON POST, TC3 GET, v1 GET, v1 form POST), their names in the report, and what a server
 * reads from a request sent in one: the parameters in the JSON request shape, as the contract's validators judge
 * them (a flattened form read back by the package's own reading of the v1 form, decisions v1-form-arrays and
 * v1-form-integers).
 */
import type { ActionName } from '../actions.js'
import { ApiFailure } from '../emulator/apiFailure.js'
import { withFormIntegers } from '../emulator/formIntegers.js'
import { isWellFormed } from '../client/encodable.js'
import { unflattenV1Form } from '../emulator/v1Form.js'
import type { WireForm } from './options.js'

export const allForms: readonly WireForm[] = [
  { signing: 'tc3', method: 'POST' },
  { signing: 'tc3', method: 'GET' },
  { signing: 'v1', method: 'GET', signatureMethod: 'HmacSHA256' },
  { signing: 'v1', method: 'POST', signatureMethod: 'HmacSHA256' },
]

/** The forms, each v1 one with each signature method (HmacSHA256, HmacSHA1). */
export const withEveryMethod = (forms: readonly WireForm[]): WireForm[] =>
  forms.flatMap((form) => (form.signing === 'v1' ? [{ ...form, signatureMethod: 'HmacSHA256' as const }, { ...form, signatureMethod: 'HmacSHA1' as const }] : [form]))

/** Every form and v1 signature method: what the wire-forms check tries. */
export const everyFormAndMethod: readonly WireForm[] = withEveryMethod(allForms)

/** `tc3 POST`, `v1 GET HmacSHA1`: a form as the report names it. */
export const formName = (form: WireForm): string => `${form.signing} ${form.method}${form.signatureMethod && form.signatureMethod !== 'HmacSHA256' ? ` ${form.signatureMethod}` : ''}`

/** True for the form that carries JSON types (every other form carries strings only). */
export const isJsonForm = (form: WireForm): boolean => form.signing === 'tc3' && form.method === 'POST'

/** The request fields that matter here (the client's WireRequest). */
export interface SentRequest {
  readonly method: string
  readonly url: string
  readonly headers: Readonly<Record<string, string>>
  readonly body: string
}

export type ReadBack = { readonly kind: 'parameters'; readonly parameters: unknown } | { readonly kind: 'refused'; readonly code: string }

/**
 * The action's parameters as a server reads them from `request`: the JSON body, or the flat form of a GET query or
 * a form body turned back into the JSON shape (v1's common parameters left out, except in a TC3 GET's query) with the
 * action's integers as numbers;
 * a form whose structure the v1 reading refuses (gaps, an element sent two ways) is that refusal's code.
 */
export function readBack(action: ActionName, request: SentRequest): ReadBack {
  const isGet = request.method.toUpperCase() === 'GET'
  const contentType = Object.entries(request.headers).find(([name]) => name.toLowerCase() === 'content-type')?.[1] ?? ''
  if (!isGet && contentType.startsWith('application/json')) {
    try {
      // As the bytes carry it: UTF-8 has no lone surrogate, so one is sent as U+FFFD.
      return { kind: 'parameters', parameters: JSON.parse(Buffer.from(request.body, 'utf8').toString('utf8')) }
    } catch {
      return { kind: 'refused', code: 'UnsupportedOperation.UnpackError' }
    }
  }
  const encoded = isGet ? new URL(request.url).search.slice(1) : request.body
  const params = new Map<string, string>()
  for (const [name, value] of new URLSearchParams(encoded)) params.set(name, value)
  try {
    // A TC3 GET (signed in the Authorization header) carries its common parameters as headers: in its query, v1's
    // common names are the action's unknown parameters, as the emulator reads them.
    const signing = Object.keys(request.headers).some((name) => name.toLowerCase() === 'authorization') ? 'tc3' : 'v1'
    return { kind: 'parameters', parameters: withFormIntegers(action, unflattenV1Form(params, signing)) }
  } catch (error) {
    if (error instanceof ApiFailure) return { kind: 'refused', code: error.code }
    throw error
  }
}

/** True when a string anywhere in `value` (a member name too) holds a lone surrogate, which no form's bytes can carry. */
export function hasLoneSurrogate(value: unknown, depth = 0): boolean {
  if (typeof value === 'string') return !isWellFormed(value)
  if (typeof value !== 'object' || value === null || depth > 8) return false
  return Object.entries(value).some(([name, member]) => !isWellFormed(name) || hasLoneSurrogate(member, depth + 1))
}
