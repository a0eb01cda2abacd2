/**
 * The arbitraries of every action of the registry, by name: requests derived from each action's request model
 * (generated/actions.js), envelopes from its Result arbitrary and its closed error union. Tools loop over
 * `actionArbitraries` (or call `arbitrariesFor(name)`); an action missing from `results` below fails to compile.
 */
import fc from './fastCheck.js'
import { actionModels, type ActionName } from '../../generated/actions.js'
import { errorCodeNames as createApiKeyCodes } from '../../generated/validators/createApiKeyResponse.js'
import { errorCodeNames as describeApiKeyCodes } from '../../generated/validators/describeApiKeyResponse.js'
import { errorCodeNames as describeApiKeysStatusCodes } from '../../generated/validators/describeApiKeysStatusResponse.js'
import { errorCodeNames as updateApiKeyCodes } from '../../generated/validators/updateApiKeyResponse.js'
import { errorCodeNames as enableApiKeyCodes } from '../../generated/validators/enableApiKeyResponse.js'
import { errorCodeNames as disableApiKeyCodes } from '../../generated/validators/disableApiKeyResponse.js'
import { errorCodeNames as deleteApiKeyCodes } from '../../generated/validators/deleteApiKeyResponse.js'
import type { ErrorCodeOf, ErrorResponseOf, RequestOf, ResultOf, SuccessResponseOf } from '../types.js'
import { apiKey } from './apiKey.js'
import { apiKeysStatus } from './apiKeysStatus.js'
import { invalidRequest, validRequest, type RequestCase } from './requests.js'
import { errorEnvelope, successEnvelope } from './responses.js'

/** What only the action's types say: the arbitrary of its (non-null) Result and its closed list of codes. */
const results: { readonly [Name in ActionName]: { readonly result: () => fc.Arbitrary<NonNullable<ResultOf<Name>>>; readonly errorCodes: readonly ErrorCodeOf<Name>[] } } = {
  CreateApiKey: { result: apiKey, errorCodes: createApiKeyCodes },
  DescribeApiKey: { result: apiKey, errorCodes: describeApiKeyCodes },
  DescribeApiKeysStatus: { result: apiKeysStatus, errorCodes: describeApiKeysStatusCodes },
  UpdateApiKey: { result: apiKey, errorCodes: updateApiKeyCodes },
  EnableApiKey: { result: fc.boolean, errorCodes: enableApiKeyCodes },
  DisableApiKey: { result: fc.boolean, errorCodes: disableApiKeyCodes },
  DeleteApiKey: { result: fc.boolean, errorCodes: deleteApiKeyCodes },
}

export interface ActionArbitraries<Name extends ActionName = ActionName> {
  readonly name: Name
  /** Valid requests: every shape, optional parameters present and absent, values at and within their bounds. */
  readonly validRequest: () => fc.Arbitrary<RequestOf<Name>>
  /** Requests with exactly one problem, each tagged with the code and parameter the API answers with. */
  readonly invalidRequest: () => fc.Arbitrary<RequestCase<ErrorCodeOf<Name>>>
  readonly result: () => fc.Arbitrary<NonNullable<ResultOf<Name>>>
  readonly successResponse: () => fc.Arbitrary<SuccessResponseOf<Name>>
  readonly errorResponse: () => fc.Arbitrary<ErrorResponseOf<Name>>
  /** Either envelope, as a client receives it. */
  readonly response: () => fc.Arbitrary<SuccessResponseOf<Name> | ErrorResponseOf<Name>>
  /** The action's closed error union. */
  readonly errorCodes: readonly ErrorCodeOf<Name>[]
}

function arbitrariesOf<Name extends ActionName>(name: Name): ActionArbitraries<Name> {
  const { request } = actionModels[name]
  const { result, errorCodes } = results[name]
  const successResponse = () => successEnvelope(result()) as unknown as fc.Arbitrary<SuccessResponseOf<Name>>
  const errorResponse = () => errorEnvelope(errorCodes) as unknown as fc.Arbitrary<ErrorResponseOf<Name>>
  return Object.freeze({
    name,
    validRequest: () => validRequest(request) as fc.Arbitrary<RequestOf<Name>>,
    // Every code a request's problem gets is in the action's union (defineAction checks the format and value codes).
    invalidRequest: () => invalidRequest(request) as fc.Arbitrary<RequestCase<ErrorCodeOf<Name>>>,
    result,
    successResponse,
    errorResponse,
    response: () => fc.oneof(successResponse(), errorResponse()),
    errorCodes,
  })
}

/** Every action's arbitraries, by name, in registry order. */
export const actionArbitraries = Object.freeze(
  Object.fromEntries(Object.keys(actionModels).map((name) => [name, arbitrariesOf(name as ActionName)])),
) as { readonly [Name in ActionName]: ActionArbitraries<Name> }

/** The arbitraries of one action; throws for a name that is not in the registry. */
export function arbitrariesFor<Name extends ActionName>(name: Name): ActionArbitraries<Name> {
  if (!Object.hasOwn(actionArbitraries, name)) throw new Error(`arbitrariesFor: no action ${String(name)} in the registry`)
  return actionArbitraries[name]
}
