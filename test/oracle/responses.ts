/**
 * The oracle of CreateApiKey's answers, from facts §2–§3 and the decisions `closed-responses`,
 * `apikey-required-fields`, `timestamps`, `request-id`, `error-codes-closed` and `errors-http-200`.
 */
import { ACCESS_KEY_TYPES, API_KEY_FIELDS, API_KEY_REQUIRED, ERROR_CODES } from './facts.js'
import { checkTags } from './request.js'
import { has, isJsonObject, isUtcTimestamp, isUuid, ownKeys } from './text.js'
import { join, violation, type Violation } from './violation.js'

/** Fields that must be exactly the listed ones: reports missing and unknown names, and the object type itself. */
function closedObject(value: unknown, path: string, required: readonly string[], allowed: readonly string[]) {
  if (!isJsonObject(value)) return { out: [violation(path, 'type')], object: undefined }
  const out: Violation[] = []
  for (const name of required) if (!has(value, name)) out.push(violation(join(path, name), 'required'))
  for (const key of ownKeys(value)) if (!allowed.includes(key)) out.push(violation(join(path, key), 'unknown'))
  return { out, object: value }
}

const string = (value: unknown, path: string) => (typeof value === 'string' ? [] : [violation(path, 'type')])

/** An ApiKey: seven required non-null fields, optional nullable Tags, nothing else. */
export function checkApiKey(value: unknown, path = ''): Violation[] {
  if (!isJsonObject(value)) return [violation(path, 'type')]
  const out: Violation[] = []
  for (const name of API_KEY_REQUIRED) if (!has(value, name)) out.push(violation(join(path, name), 'required'))
  for (const key of ownKeys(value)) if (!(API_KEY_FIELDS as readonly string[]).includes(key)) out.push(violation(join(path, key), 'unknown'))
  for (const name of ['AccessKeyId', 'AccessKeySecret', 'SecretName']) if (has(value, name)) out.push(...string(value[name], join(path, name)))
  if (has(value, 'AccessKeyType')) {
    const type = value.AccessKeyType
    if (typeof type !== 'string') out.push(violation(join(path, 'AccessKeyType'), 'type'))
    else if (!(ACCESS_KEY_TYPES as readonly string[]).includes(type)) out.push(violation(join(path, 'AccessKeyType'), 'enum'))
  }
  if (has(value, 'Status')) {
    const status = value.Status
    if (typeof status !== 'number') out.push(violation(join(path, 'Status'), 'type'))
    else if (status !== 0 && status !== 1) out.push(violation(join(path, 'Status'), 'enum'))
  }
  for (const name of ['CreatedTime', 'ModifiedTime']) {
    if (!has(value, name)) continue
    const time = value[name]
    if (typeof time !== 'string') out.push(violation(join(path, name), 'type'))
    else if (!isUtcTimestamp(time)) out.push(violation(join(path, name), 'format'))
  }
  if (has(value, 'Tags') && value.Tags !== null) out.push(...checkTags(value.Tags, join(path, 'Tags')))
  return out
}

function checkRequestId(response: Record<string, unknown>, path: string): Violation[] {
  if (!has(response, 'RequestId')) return []
  const id = response.RequestId
  if (typeof id !== 'string') return [violation(join(path, 'RequestId'), 'type')]
  return isUuid(id) ? [] : [violation(join(path, 'RequestId'), 'format')]
}

/** `{"Response": {"Result": <result> | null, "RequestId": uuid}}`, closed at both levels, the result judged by `checkResult`. */
export const checkSuccessOf = (checkResult: (value: unknown, path: string) => Violation[]) => (value: unknown): Violation[] => {
  const outer = closedObject(value, '', ['Response'], ['Response'])
  if (!outer.object || !has(outer.object, 'Response')) return outer.out
  const inner = closedObject(outer.object.Response, 'Response', ['Result', 'RequestId'], ['Result', 'RequestId'])
  const out = [...outer.out, ...inner.out]
  if (!inner.object) return out
  out.push(...checkRequestId(inner.object, 'Response'))
  if (has(inner.object, 'Result') && inner.object.Result !== null) out.push(...checkResult(inner.object.Result, 'Response.Result'))
  return out
}

/** `{"Response": {"Result": ApiKey | null, "RequestId": uuid}}`, closed at both levels. */
export const checkSuccessResponse = checkSuccessOf(checkApiKey)

/** An ApiError: a documented Code (of the action's closed union, CreateApiKey's by default) and a string Message. */
export function checkApiError(value: unknown, path = '', codes: readonly string[] = ERROR_CODES): Violation[] {
  const { out, object: error } = closedObject(value, path, ['Code', 'Message'], ['Code', 'Message'])
  if (!error) return out
  if (has(error, 'Message')) out.push(...string(error.Message, join(path, 'Message')))
  if (!has(error, 'Code')) return out
  if (typeof error.Code !== 'string') out.push(violation(join(path, 'Code'), 'type'))
  else if (!codes.includes(error.Code)) out.push(violation(join(path, 'Code'), 'enum'))
  return out
}

/** `{"Response": {"Error": {Code, Message}, "RequestId": uuid}}`, closed at every level. */
export function checkErrorResponse(value: unknown, codes: readonly string[] = ERROR_CODES): Violation[] {
  const outer = closedObject(value, '', ['Response'], ['Response'])
  if (!outer.object || !has(outer.object, 'Response')) return outer.out
  const inner = closedObject(outer.object.Response, 'Response', ['Error', 'RequestId'], ['Error', 'RequestId'])
  const out = [...outer.out, ...inner.out]
  if (!inner.object) return out
  out.push(...checkRequestId(inner.object, 'Response'))
  if (has(inner.object, 'Error')) out.push(...checkApiError(inner.object.Error, 'Response.Error', codes))
  return out
}

/** Any answer: valid when it is a valid success (judged by `success`) or a valid error. Reports the violations of the closer shape. */
export function checkEnvelope(value: unknown, success: (value: unknown) => Violation[], codes: readonly string[]): Violation[] {
  const successes = success(value)
  if (successes.length === 0) return []
  const error = checkErrorResponse(value, codes)
  if (error.length === 0) return []
  const response = isJsonObject(value) && has(value, 'Response') && isJsonObject(value.Response) ? value.Response : {}
  return has(response, 'Error') ? error : successes
}

/** Any CreateApiKey answer (or, with `codes`, any answer whose Result is an ApiKey). */
export const checkCreateApiKeyResponse = (value: unknown, codes: readonly string[] = ERROR_CODES): Violation[] => checkEnvelope(value, checkSuccessResponse, codes)
