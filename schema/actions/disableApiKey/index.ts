/** DisableApiKey, defined once: everything the package emits and the emulator serves for it follows from this. */
import { Type } from '@sinclair/typebox'
import { defineAction } from '../../action.js'
import { rateLimitPerSecond } from '../../service.js'

import { disableApiKeyErrorCodes } from './errorCodes.js'
import { errorMessages, queryExamples, requestExamples, successExamples } from './examples.js'
import { DisableApiKeyRequest } from './request.js'

export const disableApiKey = defineAction({
  name: 'DisableApiKey',
  summary: 'Disable an API key',
  description: "Sets a key's Status to 0 (disabled): API Gateway then refuses requests signed with it. A key already disabled stays so. Result true on success; a key must be disabled before DeleteApiKey.",
  request: DisableApiKeyRequest,
  result: Type.Boolean({ description: 'Whether the key is disabled.' }),
  resultDescription: 'Whether the key is disabled (true on success).',
  successDescription: 'The key is disabled.',
  errorCodes: disableApiKeyErrorCodes,
  formatErrorCode: 'InvalidParameter.FormatError',
  rateLimitPerSecond,
  examples: { request: requestExamples, query: queryExamples, success: successExamples, errors: errorMessages },
  decisions: [],
})

export * from './request.js'
