/** DeleteApiKey, defined once: everything the package emits and the emulator serves for it follows from this. */
import { Type } from '@sinclair/typebox'
import { defineAction } from '../../action.js'
import { rateLimitPerSecond } from '../../service.js'
import { deleteApiKeyDecisions } from './decisions.js'
import { deleteApiKeyErrorCodes } from './errorCodes.js'
import { errorMessages, queryExamples, requestExamples, successExamples } from './examples.js'
import { DeleteApiKeyRequest } from './request.js'

export const deleteApiKey = defineAction({
  name: 'DeleteApiKey',
  summary: 'Delete an API key',
  description: 'Deletes a disabled key (an enabled one is refused with UnsupportedOperation.InvalidStatus: disable it first). From then on its AccessKeyId is unknown to every action. Result true on success.',
  request: DeleteApiKeyRequest,
  result: Type.Boolean({ description: 'Whether the key was deleted.' }),
  resultDescription: 'Whether the key was deleted (true on success).',
  successDescription: 'The key was deleted.',
  errorCodes: deleteApiKeyErrorCodes,
  formatErrorCode: 'InvalidParameter.FormatError',
  rateLimitPerSecond,
  examples: { request: requestExamples, query: queryExamples, success: successExamples, errors: errorMessages },
  decisions: deleteApiKeyDecisions,
})

export * from './request.js'
