/**
 * The public types, taken from the generated OpenAPI types (generated/openapi.d.ts), so consumers need neither
 * TypeBox nor schema/ to type-check. contract tests hold them equal to the TypeBox static types.
 */
import type { components } from '../generated/openapi.js'

type Schemas = components['schemas']

/**
 * openapi-typescript's types of the whole document, for typed clients such as openapi-fetch
 * (`createClient<paths>()`): `paths` by path and method, `components` by component name, `operations` by operationId.
 */
export type { components, operations, paths } from '../generated/openapi.js'

export type CreateApiKeyRequest = Schemas['CreateApiKeyRequest']
export type CreateApiKeyAutoRequest = Schemas['CreateApiKeyAutoRequest']
export type CreateApiKeyManualRequest = Schemas['CreateApiKeyManualRequest']
export type AccessKeyType = Schemas['AccessKeyType']
export type Tag = Schemas['Tag']
export type ApiKey = Schemas['ApiKey']
export type ErrorCode = Schemas['ErrorCode']
export type ApiError = Schemas['ApiError']
export type CreateApiKeySuccessResponse = Schemas['CreateApiKeySuccessResponse']
export type ErrorResponse = Schemas['ErrorResponse']
export type CreateApiKeyEnvelope = Schemas['CreateApiKeyEnvelope']
/** The former name of CreateApiKeyEnvelope (the component was renamed so generated SDKs do not collide), kept as an alias. */
export type CreateApiKeyResponse = CreateApiKeyEnvelope

/** A request after parsing: AccessKeyType is always present (the default `auto` applied). */
export type ParsedCreateApiKeyRequest =
  | (CreateApiKeyAutoRequest & { AccessKeyType: 'auto' })
  | CreateApiKeyManualRequest

/** One problem with one parameter of a request, in Tencent's error shape plus where and which rule. */
export interface FieldError {
  /** The code the API answers with for this problem. */
  readonly Code: ErrorCode
  /** Names the parameter and the rule; never contains a value sent in the request. */
  readonly Message: string
  /** The parameter, in Tencent's flat notation for nested ones (`Tags.0.Key`); `(body)` for the request itself. */
  readonly parameter: string
  /** The rule broken: required, unknown, type, length, charset, enum, manual-only, object. */
  readonly rule: string
}

export type ParseRequestResult =
  | { readonly ok: true; readonly value: ParsedCreateApiKeyRequest }
  | { readonly ok: false; readonly error: ApiError; readonly errors: readonly FieldError[] }

/** Where a response breaks the contract. Messages name the path and the rule, never a value. */
export interface ContractViolation {
  /** JSON path from the body, dotted (`Response.Result.CreatedTime`); `(body)` for the body itself. */
  readonly path: string
  /** The rule broken: object, required, unknown, schema. */
  readonly rule: string
  readonly message: string
}

export type ParseResponseResult =
  | { readonly kind: 'success'; readonly response: CreateApiKeySuccessResponse; readonly result: ApiKey | null }
  | { readonly kind: 'error'; readonly response: ErrorResponse; readonly error: ApiError }
  | { readonly kind: 'invalid'; readonly violations: readonly ContractViolation[] }
