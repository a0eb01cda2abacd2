/** DescribeApiKey, defined once: everything the package emits and the emulator serves for it follows from this. */
import { defineAction } from '../../action.js'
import { ApiKey } from '../../apiKey.js'
import { rateLimitPerSecond } from '../../service.js'
import { describeApiKeyDecisions } from './decisions.js'
import { describeApiKeyErrorCodes } from './errorCodes.js'
import { errorMessages, queryExamples, requestExamples, successExamples } from './examples.js'
import { DescribeApiKeyRequest } from './request.js'

export const describeApiKey = defineAction({
  name: 'DescribeApiKey',
  summary: 'Read an API key',
  description:
    'Returns one key by its AccessKeyId, with every field CreateApiKey returned, the secret included ("该接口会显示密钥 Key"), and its current status and modification time.',
  request: DescribeApiKeyRequest,
  result: ApiKey,
  resultDescription: 'The key.',
  successDescription: 'The key was found.',
  errorCodes: describeApiKeyErrorCodes,
  formatErrorCode: 'InvalidParameter.FormatError',
  rateLimitPerSecond,
  examples: { request: requestExamples, query: queryExamples, success: successExamples, errors: errorMessages },
  decisions: describeApiKeyDecisions,
})

export * from './request.js'
export { describeApiKeyErrorCodes, type DescribeApiKeyOwnErrorCode } from './errorCodes.js'
