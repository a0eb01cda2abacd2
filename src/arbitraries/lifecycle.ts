/**
 * The lifecycle actions' arbitraries under their own names, as every action has them (`actionArbitraries[name]`
 * holds the same): valid and invalid requests, successes, errors and either envelope.
 */
import type fc from './fastCheck.js'
import type { AnyErrorCode, ErrorResponseOf, RequestOf, SuccessResponseOf } from '../types.js'
import { actionArbitraries } from './actions.js'
import type { RequestCase } from './requests.js'

const { DescribeApiKeysStatus, UpdateApiKey, EnableApiKey, DisableApiKey, DeleteApiKey } = actionArbitraries
type Envelope<Name extends keyof typeof actionArbitraries> = SuccessResponseOf<Name> | ErrorResponseOf<Name>

/** Limit and Offset at and within their bounds or absent; Filters of every documented name, Values empty to full. */
export const validDescribeApiKeysStatusRequest = (): fc.Arbitrary<RequestOf<'DescribeApiKeysStatus'>> => DescribeApiKeysStatus.validRequest()
/** One problem each: Limit or Offset out of range (InvalidParameterValue) or not an integer, a filter name unknown (its own code), too many filters or values, ... */
export const invalidDescribeApiKeysStatusRequest = (): fc.Arbitrary<RequestCase<AnyErrorCode>> => DescribeApiKeysStatus.invalidRequest()
export const describeApiKeysStatusSuccessResponse = (): fc.Arbitrary<SuccessResponseOf<'DescribeApiKeysStatus'>> => DescribeApiKeysStatus.successResponse()
export const describeApiKeysStatusErrorResponse = (): fc.Arbitrary<ErrorResponseOf<'DescribeApiKeysStatus'>> => DescribeApiKeysStatus.errorResponse()
export const describeApiKeysStatusResponse = (): fc.Arbitrary<Envelope<'DescribeApiKeysStatus'>> => DescribeApiKeysStatus.response()

/** Any AccessKeyId; AccessKeySecret absent or within its length and charset. */
export const validUpdateApiKeyRequest = (): fc.Arbitrary<RequestOf<'UpdateApiKey'>> => UpdateApiKey.validRequest()
export const invalidUpdateApiKeyRequest = (): fc.Arbitrary<RequestCase<AnyErrorCode>> => UpdateApiKey.invalidRequest()
export const updateApiKeySuccessResponse = (): fc.Arbitrary<SuccessResponseOf<'UpdateApiKey'>> => UpdateApiKey.successResponse()
export const updateApiKeyErrorResponse = (): fc.Arbitrary<ErrorResponseOf<'UpdateApiKey'>> => UpdateApiKey.errorResponse()
export const updateApiKeyResponse = (): fc.Arbitrary<Envelope<'UpdateApiKey'>> => UpdateApiKey.response()

export const validEnableApiKeyRequest = (): fc.Arbitrary<RequestOf<'EnableApiKey'>> => EnableApiKey.validRequest()
export const invalidEnableApiKeyRequest = (): fc.Arbitrary<RequestCase<AnyErrorCode>> => EnableApiKey.invalidRequest()
export const enableApiKeySuccessResponse = (): fc.Arbitrary<SuccessResponseOf<'EnableApiKey'>> => EnableApiKey.successResponse()
export const enableApiKeyErrorResponse = (): fc.Arbitrary<ErrorResponseOf<'EnableApiKey'>> => EnableApiKey.errorResponse()
export const enableApiKeyResponse = (): fc.Arbitrary<Envelope<'EnableApiKey'>> => EnableApiKey.response()

export const validDisableApiKeyRequest = (): fc.Arbitrary<RequestOf<'DisableApiKey'>> => DisableApiKey.validRequest()
export const invalidDisableApiKeyRequest = (): fc.Arbitrary<RequestCase<AnyErrorCode>> => DisableApiKey.invalidRequest()
export const disableApiKeySuccessResponse = (): fc.Arbitrary<SuccessResponseOf<'DisableApiKey'>> => DisableApiKey.successResponse()
export const disableApiKeyErrorResponse = (): fc.Arbitrary<ErrorResponseOf<'DisableApiKey'>> => DisableApiKey.errorResponse()
export const disableApiKeyResponse = (): fc.Arbitrary<Envelope<'DisableApiKey'>> => DisableApiKey.response()

export const validDeleteApiKeyRequest = (): fc.Arbitrary<RequestOf<'DeleteApiKey'>> => DeleteApiKey.validRequest()
export const invalidDeleteApiKeyRequest = (): fc.Arbitrary<RequestCase<AnyErrorCode>> => DeleteApiKey.invalidRequest()
export const deleteApiKeySuccessResponse = (): fc.Arbitrary<SuccessResponseOf<'DeleteApiKey'>> => DeleteApiKey.successResponse()
export const deleteApiKeyErrorResponse = (): fc.Arbitrary<ErrorResponseOf<'DeleteApiKey'>> => DeleteApiKey.errorResponse()
export const deleteApiKeyResponse = (): fc.Arbitrary<Envelope<'DeleteApiKey'>> => DeleteApiKey.response()
