/**
 * TypeBox `Static<>` of every component equals the type openapi-typescript generated for it in
 * generated/openapi.d.ts, and the two sets of component names are the same.
 */
import type { Static } from '@sinclair/typebox'
import type { components as schemaComponents } from '../../schema/index.js'
import type { components as openApiComponents, operations } from '../../generated/openapi.js'
import type { Assert, Equals } from './equals.js'

type Generated = openApiComponents['schemas']
type Ours = typeof schemaComponents
type StaticOf<Name extends keyof Ours> = Static<Ours[Name]>

/** The TC3 headers are header parameters in the OpenAPI document, not a schema component. */
type ParameterSchemas = 'Tc3Headers'

export type SameComponentNames = Assert<Equals<Exclude<keyof Ours, ParameterSchemas>, keyof Generated>>

export type TagEquals = Assert<Equals<StaticOf<'Tag'>, Generated['Tag']>>
export type AccessKeyTypeEquals = Assert<Equals<StaticOf<'AccessKeyType'>, Generated['AccessKeyType']>>
export type CreateApiKeyAutoRequestEquals = Assert<Equals<StaticOf<'CreateApiKeyAutoRequest'>, Generated['CreateApiKeyAutoRequest']>>
export type CreateApiKeyManualRequestEquals = Assert<Equals<StaticOf<'CreateApiKeyManualRequest'>, Generated['CreateApiKeyManualRequest']>>
export type CreateApiKeyRequestEquals = Assert<Equals<StaticOf<'CreateApiKeyRequest'>, Generated['CreateApiKeyRequest']>>
export type ApiKeyEquals = Assert<Equals<StaticOf<'ApiKey'>, Generated['ApiKey']>>
export type ErrorCodeEquals = Assert<Equals<StaticOf<'ErrorCode'>, Generated['ErrorCode']>>
export type ApiErrorEquals = Assert<Equals<StaticOf<'ApiError'>, Generated['ApiError']>>
export type CreateApiKeySuccessResponseEquals = Assert<Equals<StaticOf<'CreateApiKeySuccessResponse'>, Generated['CreateApiKeySuccessResponse']>>
export type ErrorResponseEquals = Assert<Equals<StaticOf<'ErrorResponse'>, Generated['ErrorResponse']>>
export type CreateApiKeyEnvelopeEquals = Assert<Equals<StaticOf<'CreateApiKeyEnvelope'>, Generated['CreateApiKeyEnvelope']>>
export type DescribeApiKeyRequestEquals = Assert<Equals<StaticOf<'DescribeApiKeyRequest'>, Generated['DescribeApiKeyRequest']>>
export type DescribeApiKeyErrorCodeEquals = Assert<Equals<StaticOf<'DescribeApiKeyErrorCode'>, Generated['DescribeApiKeyErrorCode']>>
export type DescribeApiKeyApiErrorEquals = Assert<Equals<StaticOf<'DescribeApiKeyApiError'>, Generated['DescribeApiKeyApiError']>>
export type DescribeApiKeySuccessResponseEquals = Assert<Equals<StaticOf<'DescribeApiKeySuccessResponse'>, Generated['DescribeApiKeySuccessResponse']>>
export type DescribeApiKeyErrorResponseEquals = Assert<Equals<StaticOf<'DescribeApiKeyErrorResponse'>, Generated['DescribeApiKeyErrorResponse']>>
export type DescribeApiKeyEnvelopeEquals = Assert<Equals<StaticOf<'DescribeApiKeyEnvelope'>, Generated['DescribeApiKeyEnvelope']>>

/**
 * Each action's operations carry that action's types (decision openapi-many-actions): the request body and the
 * answer of `operations['<Action>']` are its own components, not a union over the actions.
 */
type JsonBody<Operation extends keyof operations> = NonNullable<operations[Operation]['requestBody']>['content']['application/json']
type Answer<Operation extends keyof operations> = operations[Operation]['responses'][200]['content']['application/json']
export type CreateApiKeyOperationEquals = Assert<Equals<[JsonBody<'CreateApiKey'>, Answer<'CreateApiKey'>, Answer<'CreateApiKeyWithQuery'>], [StaticOf<'CreateApiKeyRequest'>, StaticOf<'CreateApiKeyEnvelope'>, StaticOf<'CreateApiKeyEnvelope'>]>>
export type DescribeApiKeyOperationEquals = Assert<Equals<[JsonBody<'DescribeApiKey'>, Answer<'DescribeApiKey'>, Answer<'DescribeApiKeyWithQuery'>], [StaticOf<'DescribeApiKeyRequest'>, StaticOf<'DescribeApiKeyEnvelope'>, StaticOf<'DescribeApiKeyEnvelope'>]>>
export type OperationNames = Assert<Equals<keyof operations, 'CreateApiKey' | 'CreateApiKeyWithQuery' | 'DescribeApiKey' | 'DescribeApiKeyWithQuery'>>
// The v1 forms are derived at run time (schema/v1Form.ts), so their static type is not tracked: their agreement is held by the validation tests (contract.test.ts).

// auto-with-credentials, in the types: a custom AccessKeyId or AccessKeySecret without `manual` does not compile,
// in TypeBox's static type and in openapi-typescript's (the auto shape names both as `never`).
type SchemaRequest = StaticOf<'CreateApiKeyRequest'>
// @ts-expect-error AccessKeyId needs AccessKeyType manual
export const autoWithIdSchema: SchemaRequest = { SecretName: 'x', AccessKeyId: 'abcde' }
// @ts-expect-error AccessKeySecret needs AccessKeyType manual
export const autoWithSecretSchema: SchemaRequest = { SecretName: 'x', AccessKeySecret: 'abcdefghij' }
// @ts-expect-error AccessKeyId needs AccessKeyType manual
export const autoWithIdGenerated: Generated['CreateApiKeyRequest'] = { SecretName: 'x', AccessKeyId: 'abcde' }
// @ts-expect-error AccessKeySecret needs AccessKeyType manual
export const autoWithSecretGenerated: Generated['CreateApiKeyRequest'] = { SecretName: 'x', AccessKeySecret: 'abcdefghij' }
export const autoPlain: Generated['CreateApiKeyRequest'] = { SecretName: 'x', AccessKeyType: 'auto', Tags: [] }
