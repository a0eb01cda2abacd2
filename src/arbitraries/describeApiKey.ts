/** DescribeApiKey's arbitraries, named after the action (the registry-shaped `actionArbitraries.DescribeApiKey`). */
import type fc from './fastCheck.js'
import type { AnyErrorCode, DescribeApiKeyEnvelope, DescribeApiKeyErrorResponse, DescribeApiKeyRequest, DescribeApiKeySuccessResponse } from '../types.js'
import { actionArbitraries } from './actions.js'
import type { RequestCase } from './requests.js'

const arbitraries = actionArbitraries.DescribeApiKey

/** Any valid request: an AccessKeyId of any string (decision key-id-lookup), the empty, long and unicode ones included. */
export const validDescribeApiKeyRequest = (): fc.Arbitrary<DescribeApiKeyRequest> => arbitraries.validRequest()
/** Requests with exactly one problem: AccessKeyId missing or not a string, an unknown parameter, a body that is not an object. */
export const invalidDescribeApiKeyRequest = (): fc.Arbitrary<RequestCase<AnyErrorCode>> => arbitraries.invalidRequest()
export const describeApiKeySuccessResponse = (): fc.Arbitrary<DescribeApiKeySuccessResponse> => arbitraries.successResponse()
export const describeApiKeyErrorResponse = (): fc.Arbitrary<DescribeApiKeyErrorResponse> => arbitraries.errorResponse()
/** Either envelope, as a client receives it. */
export const describeApiKeyResponse = (): fc.Arbitrary<DescribeApiKeyEnvelope> => arbitraries.response()
