/** DescribeApiKeysStatus, defined once: everything the package emits and the emulator serves for it follows from this. */
import { ApiKeysStatus } from './result.js'
import { defineAction } from '../../action.js'
import { rateLimitPerSecond } from '../../service.js'
import { describeApiKeysStatusDecisions } from './decisions.js'
import { describeApiKeysStatusErrorCodes } from './errorCodes.js'
import { errorMessages, queryExamples, requestExamples, successExamples } from './examples.js'
import { DescribeApiKeysStatusRequest, ApiKeyFilter } from './request.js'

export const describeApiKeysStatus = defineAction({
  name: 'DescribeApiKeysStatus',
  summary: 'List API keys',
  description: 'Returns a page of the keys matching the filters (all keys without a filter), newest first, each with every field, the secret included, and the number of all matches. A filter that matches nothing is a success with TotalCount 0 and an empty ApiKeySet.',
  request: DescribeApiKeysStatusRequest,
  requestComponents: { Filter: ApiKeyFilter },
  result: ApiKeysStatus,
  resultDescription: 'The page of keys and the number of all matches.',
  successDescription: 'The keys matching the filters.',
  errorCodes: describeApiKeysStatusErrorCodes,
  formatErrorCode: 'InvalidParameter.FormatError',
  valueErrorCodes: { 'Filters[].Name': 'InvalidParameterValue.InvalidFilterNotSupportedName' },
  rateLimitPerSecond,
  examples: { request: requestExamples, query: queryExamples, success: successExamples, errors: errorMessages },
  decisions: describeApiKeysStatusDecisions,
})

export * from './request.js'
