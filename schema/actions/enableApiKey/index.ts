/** EnableApiKey, defined once: everything the package emits and the emulator serves for it follows from this. */
import { Type } from '@sinclair/typebox'
import { defineAction } from '../../action.js'
import { rateLimitPerSecond } from '../../service.js'
import { enableApiKeyDecisions } from './decisions.js'
import { enableApiKeyErrorCodes } from './errorCodes.js'
import { errorMessages, queryExamples, requestExamples, successExamples } from './examples.js'
import { EnableApiKeyRequest } from './request.js'

export const enableApiKey = defineAction({
  name: 'EnableApiKey',
  summary: 'Enable an API key',
  description: "Sets a key's Status to 1 (enabled); a key already enabled stays so. Result true on success.",
  request: EnableApiKeyRequest,
  result: Type.Boolean({ description: 'Whether the key is enabled.' }),
  resultDescription: 'Whether the key is enabled (true on success).',
  successDescription: 'The key is enabled.',
  errorCodes: enableApiKeyErrorCodes,
  formatErrorCode: 'InvalidParameter.FormatError',
  rateLimitPerSecond,
  examples: { request: requestExamples, query: queryExamples, success: successExamples, errors: errorMessages },
  decisions: enableApiKeyDecisions,
})

export * from './request.js'
