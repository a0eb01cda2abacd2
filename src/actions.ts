/**
 * TEMPORARY (emulator branch): replaced by the lead's generated-validator registry at merge.
 *
 * The runtime registry of actions, in the shape the lead's registry will have: per action, its request parser
 * (Tencent-shaped errors) and its response reader. CreateApiKey uses the package's validators; DescribeApiKey a
 * minimal hand-written parse of its one parameter, until the generated one replaces it.
 */
import { parseCreateApiKeyRequest } from './parseCreateApiKeyRequest.js'
import { parseCreateApiKeyResponse } from './parseCreateApiKeyResponse.js'
import type { ApiError, FieldError, ParseResponseResult, ParsedCreateApiKeyRequest } from './types.js'

export type ActionName = 'CreateApiKey' | 'DescribeApiKey'

export type ParseRequestResult<P> =
  | { readonly ok: true; readonly value: P }
  | { readonly ok: false; readonly error: ApiError; readonly errors: readonly FieldError[] }

export interface RuntimeAction<Parsed = unknown> {
  readonly name: ActionName
  parseRequest(input: unknown): ParseRequestResult<Parsed>
  parseResponse(input: unknown): ParseResponseResult
}

const refuse = (error: FieldError): ParseRequestResult<never> => ({ ok: false, error: { Code: error.Code, Message: error.Message }, errors: [error] })

const quote = (name: string) => JSON.stringify(name.length > 64 ? `${name.slice(0, 64)}…` : name)

/** Own enumerable members only, as JSON carries them (decision json-members); the first problem is the answer. */
function parseDescribeApiKeyRequest(input: unknown): ParseRequestResult<{ AccessKeyId: string }> {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return refuse({ Code: 'UnsupportedOperation.UnpackError', Message: 'The request body must be a JSON object whose members are the DescribeApiKey parameters.', parameter: '(body)', rule: 'object' })
  }
  const members = input as Record<string, unknown>
  for (const name of Object.keys(members)) {
    if (name !== 'AccessKeyId' && members[name] !== undefined) {
      return refuse({ Code: 'UnknownParameter', Message: `Unknown parameter ${quote(name)}: DescribeApiKey does not define it (names are case-sensitive).`, parameter: name, rule: 'unknown' })
    }
  }
  const id = Object.prototype.propertyIsEnumerable.call(members, 'AccessKeyId') ? members.AccessKeyId : undefined
  if (id === undefined) return refuse({ Code: 'MissingParameter', Message: 'Missing required parameter AccessKeyId.', parameter: 'AccessKeyId', rule: 'required' })
  if (typeof id !== 'string') return refuse({ Code: 'InvalidParameter', Message: 'Invalid parameter AccessKeyId: it must be a string.', parameter: 'AccessKeyId', rule: 'type' })
  return { ok: true, value: { AccessKeyId: id } }
}

/** DescribeApiKey's own codes (its success envelope is CreateApiKey's: Result is an ApiKey or null). */
const describeOwnCodes: ReadonlySet<unknown> = new Set(['FailedOperation.CamException', 'ResourceNotFound.InvalidAccessKeyId'])

function parseDescribeApiKeyResponse(input: unknown): ParseResponseResult {
  const response = (input as { Response?: { Error?: { Code?: unknown; Message?: unknown }; RequestId?: unknown } } | null)?.Response
  const error = response?.Error
  if (error && describeOwnCodes.has(error.Code) && typeof error.Message === 'string' && typeof response.RequestId === 'string') {
    return { kind: 'error', response: input as never, error: error as ApiError }
  }
  return parseCreateApiKeyResponse(input)
}

export const runtimeActions: { readonly CreateApiKey: RuntimeAction<ParsedCreateApiKeyRequest>; readonly DescribeApiKey: RuntimeAction<{ AccessKeyId: string }> } = {
  CreateApiKey: { name: 'CreateApiKey', parseRequest: parseCreateApiKeyRequest, parseResponse: parseCreateApiKeyResponse },
  DescribeApiKey: { name: 'DescribeApiKey', parseRequest: parseDescribeApiKeyRequest, parseResponse: parseDescribeApiKeyResponse },
}
