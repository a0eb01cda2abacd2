import { defaultAccessKeyType } from '../generated/validators/createApiKeyRequest.js'
import { collectRequestErrors } from './requestErrors.js'
import type { CreateApiKeyRequest, ParseRequestResult, ParsedCreateApiKeyRequest } from './types.js'

/**
 * Validates a CreateApiKey request (the parsed JSON body). On success returns the request with AccessKeyType
 * defaulted to `auto` (the input itself when it already has one, else a new object; the input is never changed).
 * On failure returns every problem as a Tencent-shaped error; `error` is the first, as the API would answer.
 *
 * One pass: the collector checks each part with the generated rules and compiled checks (a valid Tag costs one
 * compiled check) and finds no error exactly when TypeBox's compiled check of the whole request passes (a property
 * test holds the two together). On a mix of valid and invalid requests this beats "compiled check, then collect on
 * failure", which walks an invalid request twice (see npm run bench).
 */
export function parseCreateApiKeyRequest(input: unknown): ParseRequestResult {
  const errors = collectRequestErrors(input)
  if (errors.length > 0) {
    const first = errors[0]!
    return { ok: false, error: { Code: first.Code, Message: first.Message }, errors }
  }
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
