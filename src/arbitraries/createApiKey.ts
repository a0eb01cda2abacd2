/** CreateApiKey's arbitraries, under the names they were first published with. */
import fc from './fastCheck.js'
import { requestModel } from '../../generated/validators/createApiKeyRequest.js'
import type {
  ApiError,
  CreateApiKeyAutoRequest,
  CreateApiKeyManualRequest,
  CreateApiKeyRequest,
  CreateApiKeyResponse,
  CreateApiKeySuccessResponse,
  ErrorCode,
  ErrorResponse,
} from '../types.js'
import { actionArbitraries } from './actions.js'
import { validRequestOfShape, type RequestCase } from './requests.js'
import { apiErrorOf } from './responses.js'

const arbitraries = actionArbitraries.CreateApiKey
const shapeOf = (type: string) => requestModel.discriminator!.values.indexOf(type)

export const validAutoRequest = (): fc.Arbitrary<CreateApiKeyAutoRequest> => validRequestOfShape(requestModel, shapeOf('auto')) as fc.Arbitrary<CreateApiKeyAutoRequest>
export const validManualRequest = (): fc.Arbitrary<CreateApiKeyManualRequest> => validRequestOfShape(requestModel, shapeOf('manual')) as fc.Arbitrary<CreateApiKeyManualRequest>
/** Any valid request: auto (with or without AccessKeyType) or manual, with or without tags. */
export const validCreateApiKeyRequest = (): fc.Arbitrary<CreateApiKeyRequest> => arbitraries.validRequest()
/**
 * Invalid requests, each with exactly one problem, tagged with the code it must produce (and the parameter):
 * MissingParameter, UnknownParameter, InvalidParameter.FormatError (type, length, charset, null),
 * InvalidParameterValue (AccessKeyType), InvalidParameter (credentials with auto), UnsupportedOperation.UnpackError
 * (a body that is not an object). `parseCreateApiKeyRequest` reports exactly that one error.
 */
export const invalidCreateApiKeyRequest = (): fc.Arbitrary<RequestCase<ErrorCode>> => arbitraries.invalidRequest() as fc.Arbitrary<RequestCase<ErrorCode>>

export const createApiKeySuccessResponse = (): fc.Arbitrary<CreateApiKeySuccessResponse> => arbitraries.successResponse()
export const createApiKeyErrorResponse = (): fc.Arbitrary<ErrorResponse> => arbitraries.errorResponse()
/** Either envelope, as a client receives it. */
export const createApiKeyResponse = (): fc.Arbitrary<CreateApiKeyResponse> => arbitraries.response()

/** The former names of the CreateApiKey envelopes' arbitraries. */
export const successResponse = createApiKeySuccessResponse
export const errorResponse = createApiKeyErrorResponse
export const errorCode = (): fc.Arbitrary<ErrorCode> => fc.constantFrom(...arbitraries.errorCodes)
export const apiError = (): fc.Arbitrary<ApiError> => apiErrorOf(arbitraries.errorCodes)
