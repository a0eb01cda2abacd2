/**
 * Three-way agreement on CreateApiKey's answers: valid ApiKeys, successes and errors are generated from the
 * documented shapes, then mutated field by field (removed, null, wrong type, out of range, renamed, extra field, bad
 * timestamp, bad RequestId, unknown error code...). For every value the oracle, TypeBox (interpreted and compiled)
 * and ajv over the JSON Schema file and the OpenAPI component give the same verdict.
 */
import fc from 'fast-check'
import { describe, test } from 'vitest'
import { checkApiError, checkApiKey, checkCreateApiKeyResponse, checkErrorResponse, checkSuccessResponse, ERROR_CODES } from './oracle/index.js'
import {
  answerCandidate,
  anyAnswerForCoverage,
  invalidErrorCode,
  invalidRequestId,
  invalidTimestamp,
  randomJson,
  validApiKey,
  validErrorCode,
  validErrorResponse,
  validSuccessResponse,
  validTimestamp,
} from './generators/index.js'
import { runProperty } from './generators/run.js'
import { expectAgreement } from './support/validators.js'

const anyAnswer = anyAnswerForCoverage

describe('ApiKey and the envelopes: oracle == TypeBox == ajv (JSON Schema file, OpenAPI component)', () => {
  test('ApiKey agrees on valid keys mutated field by field', () => {
    runProperty('ApiKey', answerCandidate(validApiKey), (value) => expectAgreement('ApiKey', value, checkApiKey(value)))
  })

  test('CreateApiKeySuccessResponse agrees on mutated successes and errors', () => {
    runProperty('CreateApiKeySuccessResponse', anyAnswer, (value) => expectAgreement('CreateApiKeySuccessResponse', value, checkSuccessResponse(value)))
  })

  test('ErrorResponse agrees on mutated successes and errors', () => {
    runProperty('ErrorResponse', anyAnswer, (value) => expectAgreement('ErrorResponse', value, checkErrorResponse(value)))
  })

  test('CreateApiKeyResponse agrees on mutated successes and errors', () => {
    runProperty('CreateApiKeyEnvelope', anyAnswer, (value) => expectAgreement('CreateApiKeyEnvelope', value, checkCreateApiKeyResponse(value)))
  })

  test('ApiError agrees on codes, their neighbours and messages', () => {
    const error = fc.record({ Code: fc.oneof(validErrorCode, invalidErrorCode), Message: fc.oneof(fc.string(), fc.constant(null)) })
    runProperty('ApiError', answerCandidate(error), (value) => expectAgreement('ApiError', value, checkApiError(value)))
  })

  test('ErrorCode is exactly the documented list of codes', () => {
    const oracle = (value: unknown) => (typeof value === 'string' && ERROR_CODES.includes(value) ? [] : [{ parameter: '', rule: 'enum' } as const])
    runProperty('ErrorCode', fc.oneof(validErrorCode, invalidErrorCode, randomJson), (value) => expectAgreement('ErrorCode', value, oracle(value)))
  })

  test('timestamps and RequestIds at their edges, in place in a success', () => {
    const success = fc
      .record({ key: validApiKey, created: fc.oneof(validTimestamp, invalidTimestamp), modified: fc.oneof(validTimestamp, invalidTimestamp), id: fc.oneof(fc.uuid(), invalidRequestId) })
      .map(({ key, created, modified, id }) => ({ Response: { Result: { ...key, CreatedTime: created, ModifiedTime: modified }, RequestId: id } }))
    runProperty('timestamps and RequestIds', success, (value) => expectAgreement('CreateApiKeyEnvelope', value, checkCreateApiKeyResponse(value)))
  })
})
