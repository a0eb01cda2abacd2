import { checkCreateApiKeyRequest, defaultAccessKeyType } from '../generated/validators/createApiKeyRequest.js'
import { collectRequestErrors } from './requestErrors.js'
import type { CreateApiKeyRequest, FieldError, ParseRequestResult, ParsedCreateApiKeyRequest } from './types.js'

/** Used only if the collector and the compiled check ever disagreed (a test holds that they do not). */
const contractMismatch: FieldError = {
  Code: 'InvalidParameter',
  Message: 'The request does not match the CreateApiKey contract.',
  parameter: '(body)',
  rule: 'schema',
}

/**
 * Validates a CreateApiKey request (the parsed JSON body). On success returns the request with AccessKeyType
 * defaulted to `auto` (the input itself when it already has one, else a shallow copy; the input is never changed).
 * On failure returns every problem as a Tencent-shaped error; `error` is the first, as the API would answer.
 */
export function parseCreateApiKeyRequest(input: unknown): ParseRequestResult {
  // Fast path: the compiled check; errors are only built for requests that fail it.
  if (checkCreateApiKeyRequest(input)) {
    const request = input as CreateApiKeyRequest
    if (request.AccessKeyType !== undefined) return { ok: true, value: request as ParsedCreateApiKeyRequest }
    // A valid request without AccessKeyType is an auto one: SecretName and maybe Tags. An object literal of fixed
    // shape is several times cheaper than a spread.
    const value: ParsedCreateApiKeyRequest =
      request.Tags === undefined
        ? { SecretName: request.SecretName, AccessKeyType: defaultAccessKeyType }
        : { SecretName: request.SecretName, AccessKeyType: defaultAccessKeyType, Tags: request.Tags }
    return { ok: true, value }
  }
  const errors = collectRequestErrors(input)
  const first = errors[0] ?? contractMismatch
  return { ok: false, error: { Code: first.Code, Message: first.Message }, errors: errors.length > 0 ? errors : [contractMismatch] }
}
