/** The generators by action name, for the agreement harnesses: requests, v1 forms and answers at the edges. */
import type { Arbitrary } from 'fast-check'
import type { ActionName } from '../../generated/actions.js'
import { allErrorCodesOf, DESCRIBE_API_KEY_ALL_ERROR_CODES, type LifecycleAction } from '../oracle/facts.js'
import { describeQueryCandidate, describeRequestCandidate } from './describeApiKey.js'
import { keyIdQueryCandidate, lifecycleAnswerCandidate, listQueryCandidate, listRequestCandidate, updateQueryCandidate, updateRequestCandidate } from './lifecycle.js'
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

const answer = (name: LifecycleAction) => lifecycleAnswerCandidate(name, allErrorCodesOf(name))
/** Enable, Disable, Delete take DescribeApiKey's request (`{AccessKeyId}`, any string), each with its own form. */
const keyIdAction = (name: 'EnableApiKey' | 'DisableApiKey' | 'DeleteApiKey'): ActionGenerators => ({ request: describeRequestCandidate, query: keyIdQueryCandidate(name), answer: answer(name) })

export const generators: { readonly [Name in ActionName]: ActionGenerators } = {
  CreateApiKey: { request: requestCandidate, query: queryCandidate, answer: anyAnswerForCoverage },
  DescribeApiKey: {
    request: describeRequestCandidate,
    query: describeQueryCandidate,
    answer: answerCandidate(fastCheck.oneof(validSuccessResponse, validErrorResponseOf(DESCRIBE_API_KEY_ALL_ERROR_CODES))),
  },
  DescribeApiKeysStatus: { request: listRequestCandidate, query: listQueryCandidate, answer: answer('DescribeApiKeysStatus') },
  UpdateApiKey: { request: updateRequestCandidate, query: updateQueryCandidate, answer: answer('UpdateApiKey') },
  EnableApiKey: keyIdAction('EnableApiKey'),
  DisableApiKey: keyIdAction('DisableApiKey'),
  DeleteApiKey: keyIdAction('DeleteApiKey'),
}
