/**
 * The oracles by action name: what the agreement harnesses (test/*.property.test.ts) loop over. Each entry is
 * written from the facts of its action, not from the schemas; the codes are the ones decision request-error-codes
 * (and, for DescribeApiKey, key-id-lookup) gives each rule.
 */
import type { ActionName } from '../../generated/actions.js'
import { checkDescribeApiKeyErrorResponse, checkDescribeApiKeyQuery, checkDescribeApiKeyRequest, checkDescribeApiKeyResponse } from './describeApiKey.js'
import { allErrorCodesOf, DESCRIBE_API_KEY_ALL_ERROR_CODES, ERROR_CODES, FILTER_NAME_CODE, LIST_LIMIT_DEFAULT, LIST_OFFSET_DEFAULT, type LifecycleAction } from './facts.js'
import {
  checkBooleanSuccess,
  checkDescribeApiKeysStatusQuery,
  checkDescribeApiKeysStatusRequest,
  checkDescribeApiKeysStatusSuccess,
  checkKeyIdQuery,
  checkKeyIdRequest,
  checkUpdateApiKeyQuery,
  checkUpdateApiKeyRequest,
} from './lifecycle.js'
import { beyondJsonSchema, checkCreateApiKeyQuery } from './query.js'
import { checkCreateApiKeyRequest } from './request.js'
import { checkCreateApiKeyResponse, checkEnvelope, checkErrorResponse, checkSuccessResponse } from './responses.js'
import type { Rule, Violation } from './violation.js'

export interface ActionOracle {
  readonly name: ActionName
  /** The JSON request (the body of a v3 call). */
  readonly request: (value: unknown) => Violation[]
  /** The v1 form, rules JSON Schema can state (the rest: `beyondJsonSchema`). */
  readonly query: (value: unknown) => Violation[]
  readonly success: (value: unknown) => Violation[]
  readonly error: (value: unknown) => Violation[]
  /** Either envelope. */
  readonly response: (value: unknown) => Violation[]
  /** The action's closed error union. */
  readonly errorCodes: readonly string[]
  /** The code the API answers a request with for each rule the oracle reports (a body that is not an object aside). */
  readonly codeOfRule: Readonly<Partial<Record<Rule, string>>>
  /** The code of a body that is not a JSON object. */
  readonly bodyCode: string
  /** The defaults a valid request gets (CreateApiKey: AccessKeyType auto, facts §1). */
  readonly defaults: Readonly<Record<string, unknown>>
}

/** Decision request-error-codes: the codes every action shares. */
const sharedCodes = { required: 'MissingParameter', unknown: 'UnknownParameter', enum: 'InvalidParameterValue', forbidden: 'InvalidParameter', pairing: 'InvalidParameter' } as const

const format = 'InvalidParameter.FormatError'

/** A lifecycle action's oracle: its request and form checks, its Result's check, its closed union (facts §3). */
function lifecycleOracle(
  name: LifecycleAction,
  checks: { request: (value: unknown) => Violation[]; query: (value: unknown) => Violation[]; success: (value: unknown) => Violation[] },
  codeOfRule: ActionOracle['codeOfRule'],
  defaults: ActionOracle['defaults'] = {},
): ActionOracle {
  const errorCodes = allErrorCodesOf(name)
  return {
    name,
    ...checks,
    error: (value) => checkErrorResponse(value, errorCodes),
    response: (value) => checkEnvelope(value, checks.success, errorCodes),
    errorCodes,
    codeOfRule: { ...sharedCodes, ...codeOfRule },
    // Decision shared-codes: a body that is not an object, for every action.
    bodyCode: 'UnsupportedOperation.UnpackError',
    defaults,
  }
}

/** Enable, Disable, Delete: `{AccessKeyId}` (decision key-id-lookup), a boolean Result. */
const keyIdOracle = (name: 'EnableApiKey' | 'DisableApiKey' | 'DeleteApiKey') =>
  lifecycleOracle(name, { request: checkKeyIdRequest, query: checkKeyIdQuery(name), success: checkBooleanSuccess }, { type: format })

export const oracles: { readonly [Name in ActionName]: ActionOracle } = {
  CreateApiKey: {
    name: 'CreateApiKey',
    request: checkCreateApiKeyRequest,
    query: (value) => checkCreateApiKeyQuery(value).filter((v) => !beyondJsonSchema.has(v.rule)),
    success: checkSuccessResponse,
    error: (value) => checkErrorResponse(value),
    response: (value) => checkCreateApiKeyResponse(value),
    errorCodes: ERROR_CODES,
    codeOfRule: { ...sharedCodes, type: 'InvalidParameter.FormatError', length: 'InvalidParameter.FormatError', charset: 'InvalidParameter.FormatError', format: 'InvalidParameter.FormatError' },
    bodyCode: 'UnsupportedOperation.UnpackError',
    defaults: { AccessKeyType: 'auto' },
  },
  DescribeApiKey: {
    name: 'DescribeApiKey',
    request: checkDescribeApiKeyRequest,
    query: checkDescribeApiKeyQuery,
    success: checkSuccessResponse,
    error: checkDescribeApiKeyErrorResponse,
    response: checkDescribeApiKeyResponse,
    errorCodes: DESCRIBE_API_KEY_ALL_ERROR_CODES,
    // Decisions key-id-lookup and shared-codes: a non-string AccessKeyId is InvalidParameter.FormatError.
    codeOfRule: { ...sharedCodes, type: 'InvalidParameter.FormatError' },
    // As CreateApiKey (decisions request-error-codes, shared-codes).
    bodyCode: 'UnsupportedOperation.UnpackError',
    defaults: {},
  },
  // Decisions list-paging (out of range: InvalidParameterValue; another type: FormatError) and list-filters (an
  // unknown name: its own code; too many filters or values: FormatError); the defaults Limit 20, Offset 0.
  DescribeApiKeysStatus: lifecycleOracle(
    'DescribeApiKeysStatus',
    { request: checkDescribeApiKeysStatusRequest, query: (value) => checkDescribeApiKeysStatusQuery(value).filter((v) => !beyondJsonSchema.has(v.rule)), success: checkDescribeApiKeysStatusSuccess },
    { type: format, length: format, range: 'InvalidParameterValue', enum: FILTER_NAME_CODE },
    { Limit: LIST_LIMIT_DEFAULT, Offset: LIST_OFFSET_DEFAULT },
  ),
  // Facts §3.3: a bad charset or length is FormatError; Result is the updated ApiKey.
  UpdateApiKey: lifecycleOracle('UpdateApiKey', { request: checkUpdateApiKeyRequest, query: checkUpdateApiKeyQuery, success: checkSuccessResponse }, { type: format, length: format, charset: format }),
  EnableApiKey: keyIdOracle('EnableApiKey'),
  DisableApiKey: keyIdOracle('DisableApiKey'),
  DeleteApiKey: keyIdOracle('DeleteApiKey'),
}

export const oracleList: readonly ActionOracle[] = Object.values(oracles)
