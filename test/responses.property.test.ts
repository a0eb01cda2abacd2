/**
 * Agreement on every action's answers (each action's success, error and envelope components, and its closed
 * union of codes, looped over the registry), then on the shared ApiKey and CreateApiKey's ApiError: valid ApiKeys, successes and errors are generated from the
 * documented shapes, then mutated field by field (removed, null, wrong type, out of range, renamed, extra field, bad
 * timestamp, bad RequestId, unknown error code...). For every value the oracle, TypeBox (interpreted and compiled)
 * and ajv over the JSON Schema file and the OpenAPI component give the same verdict.
 */
import fc from 'fast-check'
import { describe, test } from 'vitest'
import { checkApiError, checkApiKey, checkCreateApiKeyResponse, checkDescribeApiKeysStatusSuccess, oracleList } from './oracle/index.js'
import {
  answerCandidate,
  anyAnswerForCoverage,
  errorCodeAround,
  invalidErrorCode,
  invalidRequestId,
  invalidTimestamp,
  randomJson,
  validApiKeysStatus,
  validApiKey,
  validErrorCode,
  validErrorResponse,
  validSuccessResponse,
  validTimestamp,
} from './generators/index.js'
import { runProperty } from './generators/run.js'
import { expectAgreement } from './support/validators.js'
import { harnessRows } from './support/harness.js'

const anyAnswer = anyAnswerForCoverage

describe.each(harnessRows)('%s: the envelopes, oracle == TypeBox == ajv (JSON Schema file, OpenAPI component)', (_name, action) => {
  const { components, oracle, generators } = action
  test(`${components.success} agrees on mutated successes and errors`, () => {
    runProperty(components.success, generators.answer, (value) => expectAgreement(components.success, value, oracle.success(value)))
  })
  test(`${components.errorResponse} agrees on mutated successes and errors (the action's closed union of codes)`, () => {
    runProperty(components.errorResponse, generators.answer, (value) => expectAgreement(components.errorResponse, value, oracle.error(value)))
  })
  test(`${components.envelope} agrees on mutated successes and errors`, () => {
    runProperty(components.envelope, generators.answer, (value) => expectAgreement(components.envelope, value, oracle.response(value)))
  })
  test(`${components.errorCode} is exactly the action's documented codes`, () => {
    const codes = fc.constantFrom(...oracle.errorCodes)
    // Near misses include every other action's codes (DeleteApiKey's InvalidStatus is not EnableApiKey's).
    const near = errorCodeAround(oracle.errorCodes, [...new Set(oracleList.flatMap((other) => other.errorCodes))])
    const check = (value: unknown) => (typeof value === 'string' && oracle.errorCodes.includes(value) ? [] : [{ parameter: '', rule: 'enum' } as const])
    runProperty(components.errorCode, fc.oneof(codes, near, randomJson), (value) => expectAgreement(components.errorCode, value, check(value)))
  })
})

describe('ApiKey, ApiError and the timestamps: oracle == TypeBox == ajv (JSON Schema file, OpenAPI component)', () => {
  test('ApiKey agrees on valid keys mutated field by field', () => {
    runProperty('ApiKey', answerCandidate(validApiKey), (value) => expectAgreement('ApiKey', value, checkApiKey(value)))
  })

  test('DescribeApiKeysStatus\'s page (ApiKeysStatus, inlined in its success) agrees on valid pages mutated field by field', () => {
    const success = fc.tuple(answerCandidate(validApiKeysStatus), fc.uuid()).map(([Result, RequestId]) => ({ Response: { Result, RequestId } }))
    runProperty('ApiKeysStatus in DescribeApiKeysStatusSuccessResponse', success, (value) => expectAgreement('DescribeApiKeysStatusSuccessResponse', value, checkDescribeApiKeysStatusSuccess(value)))
  })

  test('ApiError agrees on codes, their neighbours and messages', () => {
    const error = fc.record({ Code: fc.oneof(validErrorCode, invalidErrorCode), Message: fc.oneof(fc.string(), fc.constant(null)) })
    runProperty('ApiError', answerCandidate(error), (value) => expectAgreement('ApiError', value, checkApiError(value)))
  })

  test('timestamps and RequestIds at their edges, in place in a success', () => {
    const success = fc
      .record({ key: validApiKey, created: fc.oneof(validTimestamp, invalidTimestamp), modified: fc.oneof(validTimestamp, invalidTimestamp), id: fc.oneof(fc.uuid(), invalidRequestId) })
      .map(({ key, created, modified, id }) => ({ Response: { Result: { ...key, CreatedTime: created, ModifiedTime: modified }, RequestId: id } }))
    runProperty('timestamps and RequestIds', success, (value) => expectAgreement('CreateApiKeyEnvelope', value, checkCreateApiKeyResponse(value)))
  })
})
