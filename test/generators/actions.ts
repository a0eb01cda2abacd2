/** The generators by action name, for the agreement harnesses: requests, v1 forms and answers at the edges. */
import type { Arbitrary } from 'fast-check'
import type { ActionName } from '../../generated/actions.js'
import { DESCRIBE_API_KEY_ALL_ERROR_CODES } from '../oracle/facts.js'
import { describeQueryCandidate, describeRequestCandidate } from './describeApiKey.js'
import { queryCandidate } from './query.js'
import { requestCandidate } from './requests.js'
import { anyAnswerForCoverage, answerCandidate, validErrorResponseOf, validSuccessResponse } from './responses.js'
import fastCheck from 'fast-check'

export interface ActionGenerators {
  readonly request: Arbitrary<unknown>
  readonly query: Arbitrary<unknown>
  /** Successes and errors (with the action's codes), valid or mutated, and random JSON. */
  readonly answer: Arbitrary<unknown>
}

export const generators: { readonly [Name in ActionName]: ActionGenerators } = {
  CreateApiKey: { request: requestCandidate, query: queryCandidate, answer: anyAnswerForCoverage },
  DescribeApiKey: {
    request: describeRequestCandidate,
    query: describeQueryCandidate,
    answer: answerCandidate(fastCheck.oneof(validSuccessResponse, validErrorResponseOf(DESCRIBE_API_KEY_ALL_ERROR_CODES))),
  },
}
