/** CreateApiKey, defined once: everything the package emits and the emulator serves for it follows from this. */
import type { Static } from '@sinclair/typebox'
import { defineAction } from '../../action.js'
import { ApiKey } from '../../apiKey.js'
import { rateLimitPerSecond } from '../../service.js'
import { createApiKeyDecisions } from './decisions.js'
import { rulesMarkdown } from './documentation.js'
import { createApiKeyErrorCodes } from './errorCodes.js'
import { errorMessages, queryExamples, requestExamples, successExamples } from './examples.js'
import { CreateApiKeyAutoRequest, CreateApiKeyManualRequest, CreateApiKeyRequest } from './request.js'

export const createApiKey = defineAction({
  name: 'CreateApiKey',
  summary: 'Create an API key',
  description:
    'Creates an API key pair that API Gateway usage plans can bind to. With `AccessKeyType` `auto` (the default) the service generates the AccessKeyId and AccessKeySecret; with `manual` the caller supplies both. The answer carries the new key, secret included (DescribeApiKey and DescribeApiKeysStatus return the secret as well).',
  request: CreateApiKeyRequest,
  requestComponents: { CreateApiKeyAutoRequest, CreateApiKeyManualRequest },
  result: ApiKey,
  resultDescription: 'The new key.',
  successDescription: 'The key was created.',
  errorCodes: createApiKeyErrorCodes,
  formatErrorCode: 'InvalidParameter.FormatError',
  rateLimitPerSecond,
  examples: { request: requestExamples, query: queryExamples, success: successExamples, errors: errorMessages },
  decisions: createApiKeyDecisions,
  // Published before there was a second action; consumers reference these names (decision component-names).
  errorComponentNames: { errorCode: 'ErrorCode', apiError: 'ApiError', errorResponse: 'ErrorResponse' },
  rulesMarkdown,
})

export * from './request.js'
export { createApiKeyErrorCodes, type CreateApiKeyOwnErrorCode } from './errorCodes.js'

/**
 * CreateApiKey's derived schemas under the names they were first published with (the schema index exported them
 * before there was a registry), and their static types.
 */
export const CreateApiKeyQuery = createApiKey.query
export const CreateApiKeySuccessResponse = createApiKey.successResponse
export const ErrorCode = createApiKey.errorCode
export const ApiError = createApiKey.apiError
export const ErrorResponse = createApiKey.errorResponse
export const CreateApiKeyEnvelope = createApiKey.envelope
/** The former name of CreateApiKeyEnvelope, kept as an alias. */
export const CreateApiKeyResponse = createApiKey.envelope
export type CreateApiKeySuccessResponse = Static<typeof CreateApiKeySuccessResponse>
export type ErrorCode = Static<typeof ErrorCode>
export type ApiError = Static<typeof ApiError>
export type ErrorResponse = Static<typeof ErrorResponse>
export type CreateApiKeyEnvelope = Static<typeof CreateApiKeyEnvelope>
export type CreateApiKeyResponse = CreateApiKeyEnvelope
/** CreateApiKey's examples and codes under their first names. */
export { requestExamples, queryExamples, successExamples } from './examples.js'
export const responseExamples = createApiKey.responseExamples as Readonly<Record<string, { readonly summary: string; readonly value: CreateApiKeyEnvelope }>>
export const errorCodes = createApiKey.allErrorCodes
