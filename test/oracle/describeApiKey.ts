/**
 * The oracle of DescribeApiKey, from apikey-lifecycle-facts.md §3.2 and decision key-id-lookup: the request is
 * `{AccessKeyId}`, required, any string (empty, long, any character: the lookup, not a format rule, answers a key
 * that does not exist), nothing else; its v1 form carries the common parameters and AccessKeyId; its answers are
 * CreateApiKey's envelopes (Result: ApiKey | null) with its own closed union of codes.
 */
import { DESCRIBE_API_KEY_ALL_ERROR_CODES, DESCRIBE_API_KEY_PARAMETERS } from './facts.js'
import { v1Common } from './query.js'
import { checkApiError, checkCreateApiKeyResponse, checkErrorResponse } from './responses.js'
import { has, isJsonObject, ownKeys } from './text.js'
import { violation, type Violation } from './violation.js'

/** Every violation of a DescribeApiKey request (the JSON body of a v3 call); an empty list means it is valid. */
export function checkDescribeApiKeyRequest(request: unknown): Violation[] {
  if (!isJsonObject(request)) return [violation('', 'type')]
  const out: Violation[] = []
  for (const key of ownKeys(request)) if (!(DESCRIBE_API_KEY_PARAMETERS as readonly string[]).includes(key)) out.push(violation(key, 'unknown'))
  if (!has(request, 'AccessKeyId')) out.push(violation('AccessKeyId', 'required'))
  else if (typeof request.AccessKeyId !== 'string') out.push(violation('AccessKeyId', 'type'))
  return out
}

const common = v1Common('DescribeApiKey')

/** Every violation of a v1 DescribeApiKey form (a flat map of strings); an empty list means it is valid. */
export function checkDescribeApiKeyQuery(query: unknown): Violation[] {
  if (!isJsonObject(query)) return [violation('', 'type')]
  const out: Violation[] = []
  for (const key of ownKeys(query)) {
    const value = query[key]
    const known = has(common, key) || key === 'AccessKeyId'
    if (!known) out.push(violation(key, 'unknown'))
    else if (typeof value !== 'string') out.push(violation(key, 'type'))
    else if (has(common, key)) out.push(...common[key]!.check(value, key))
  }
  for (const [name, { required }] of Object.entries(common)) if (required && !has(query, name)) out.push(violation(name, 'required'))
  if (!has(query, 'AccessKeyId')) out.push(violation('AccessKeyId', 'required'))
  return out
}

export const checkDescribeApiKeyApiError = (value: unknown, path = '') => checkApiError(value, path, DESCRIBE_API_KEY_ALL_ERROR_CODES)
export const checkDescribeApiKeyErrorResponse = (value: unknown) => checkErrorResponse(value, DESCRIBE_API_KEY_ALL_ERROR_CODES)
/** Either envelope: CreateApiKey's shapes (the same ApiKey result), DescribeApiKey's codes. */
export const checkDescribeApiKeyResponse = (value: unknown) => checkCreateApiKeyResponse(value, DESCRIBE_API_KEY_ALL_ERROR_CODES)
