/** UpdateApiKey, defined once: everything the package emits and the emulator serves for it follows from this. */
import { ApiKey } from '../../apiKey.js'
import { defineAction } from '../../action.js'
import { rateLimitPerSecond } from '../../service.js'
import { updateApiKeyDecisions } from './decisions.js'
import { updateApiKeyErrorCodes } from './errorCodes.js'
import { errorMessages, queryExamples, requestExamples, successExamples } from './examples.js'
import { UpdateApiKeyRequest } from './request.js'

export const updateApiKey = defineAction({
  name: 'UpdateApiKey',
  summary: "Change an API key's secret",
  description: 'Gives a key a new secret: a secret the service draws for an auto key, the AccessKeySecret sent for a manual key (required then). The AccessKeyId, name, type, status and creation time are kept; the answer is the updated key.',
  request: UpdateApiKeyRequest,
  result: ApiKey,
  resultDescription: 'The key after the change, its new secret included.',
  successDescription: 'The secret was changed.',
  errorCodes: updateApiKeyErrorCodes,
  formatErrorCode: 'InvalidParameter.FormatError',
  rateLimitPerSecond,
  examples: { request: requestExamples, query: queryExamples, success: successExamples, errors: errorMessages },
  decisions: updateApiKeyDecisions,
})

export * from './request.js'
