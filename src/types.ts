/**
 * The public types, taken from the generated OpenAPI types (generated/openapi.d.ts) and the action table
 * (generated/actions.d.ts), so consumers need neither TypeBox nor schema/ to type-check. contract tests hold them
 * equal to the TypeBox static types.
 */
import type { components } from '../generated/openapi.js'
import type { ActionName, ActionTypes } from '../generated/actions.js'

type Schemas = components['schemas']

/**
 * openapi-typescript's types of the whole document, for typed clients such as openapi-fetch
 * (`createClient<paths>()`): `paths` by path and method, `components` by component name, `operations` by operationId.
 */
export type { components, operations, paths } from '../generated/openapi.js'
export type { ActionName, ActionTypes } from '../generated/actions.js'

/** An action's request (what a caller sends), its request after parsing (defaults applied), its success envelope. */
export type RequestOf<Name extends ActionName = ActionName> = ActionTypes[Name]['request']
export type ParsedRequestOf<Name extends ActionName = ActionName> = ActionTypes[Name]['parsed']
export type SuccessResponseOf<Name extends ActionName = ActionName> = ActionTypes[Name]['success']
export type ResultOf<Name extends ActionName = ActionName> = SuccessResponseOf<Name>['Response']['Result']
export type ErrorResponseOf<Name extends ActionName = ActionName> = ActionTypes[Name]['errorResponse']
export type ErrorCodeOf<Name extends ActionName = ActionName> = ActionTypes[Name]['errorCode']
/** Every code any action may answer with. */
export type AnyErrorCode = ErrorCodeOf<ActionName>

export type AccessKeyType = Schemas['AccessKeyType']
export type Tag = Schemas['Tag']
export type ApiKey = Schemas['ApiKey']

// CreateApiKey, under the names it was first published with.
export type CreateApiKeyRequest = Schemas['CreateApiKeyRequest']
export type CreateApiKeyAutoRequest = Schemas['CreateApiKeyAutoRequest']
export type CreateApiKeyManualRequest = Schemas['CreateApiKeyManualRequest']
export type ErrorCode = Schemas['ErrorCode']
export type ApiError = Schemas['ApiError']
export type CreateApiKeySuccessResponse = Schemas['CreateApiKeySuccessResponse']
export type ErrorResponse = Schemas['ErrorResponse']
export type CreateApiKeyEnvelope = Schemas['CreateApiKeyEnvelope']
/** The former name of CreateApiKeyEnvelope (the component was renamed so generated SDKs do not collide), kept as an alias. */
export type CreateApiKeyResponse = CreateApiKeyEnvelope
/** A request after parsing: AccessKeyType is always present (the default `auto` applied). */
export type ParsedCreateApiKeyRequest = ParsedRequestOf<'CreateApiKey'>

// DescribeApiKey.
export type DescribeApiKeyRequest = Schemas['DescribeApiKeyRequest']
export type DescribeApiKeySuccessResponse = Schemas['DescribeApiKeySuccessResponse']
export type DescribeApiKeyErrorResponse = Schemas['DescribeApiKeyErrorResponse']
export type DescribeApiKeyErrorCode = Schemas['DescribeApiKeyErrorCode']
export type DescribeApiKeyEnvelope = Schemas['DescribeApiKeyEnvelope']

/** One problem with one parameter of a request, in Tencent's error shape plus where and which rule. */
export interface FieldError<Code extends string = AnyErrorCode> {
  /** The code the API answers with for this problem. */
  readonly Code: Code
  /** Names the parameter and the rule; never contains a value sent in the request. */
  readonly Message: string
  /** The parameter, in Tencent's flat notation for nested ones (`Tags.0.Key`); `(body)` for the request itself. */
  readonly parameter: string
  /** The rule broken: required, unknown, type, length, charset, enum, manual-only, object. */
  readonly rule: string
}

export type ParseRequestResult<Parsed = ParsedCreateApiKeyRequest, Code extends string = AnyErrorCode> =
  | { readonly ok: true; readonly value: Parsed }
  | { readonly ok: false; readonly error: { readonly Code: Code; readonly Message: string }; readonly errors: readonly FieldError<Code>[] }

/** Where a response breaks the contract. Messages name the path and the rule, never a value. */
export interface ContractViolation {
  /** JSON path from the body, dotted (`Response.Result.CreatedTime`); `(body)` for the body itself. */
  readonly path: string
  /** The rule broken: object, required, unknown, schema; readable when reading the body threw. */
  readonly rule: string
  readonly message: string
}

/** What a client of `Name` receives, told apart. CreateApiKey's by default. */
export type ParseResponseResult<Name extends ActionName = 'CreateApiKey'> =
  | { readonly kind: 'success'; readonly response: SuccessResponseOf<Name>; readonly result: ResultOf<Name> }
  | { readonly kind: 'error'; readonly response: ErrorResponseOf<Name>; readonly error: ErrorResponseOf<Name>['Response']['Error'] }
  | { readonly kind: 'invalid'; readonly violations: readonly ContractViolation[] }
