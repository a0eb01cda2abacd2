/**
 * TypeBox `Static<>` of every component equals the type openapi-typescript generated for it in
 * generated/openapi.d.ts, and the two sets of component names are the same.
 */
import type { Static } from '@sinclair/typebox'
import type { actions, components as schemaComponents } from '../../schema/index.js'
import type { components as openApiComponents, operations } from '../../generated/openapi.js'
import type { Assert, Equals, Extends } from './equals.js'

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
// The lifecycle actions (ApiKeysStatus is inlined in DescribeApiKeysStatusSuccessResponse, not a component of its own).
export type ApiKeyFilterEquals = Assert<Equals<StaticOf<'Filter'>, Generated['Filter']>>
export type DescribeApiKeysStatusRequestEquals = Assert<Equals<StaticOf<'DescribeApiKeysStatusRequest'>, Generated['DescribeApiKeysStatusRequest']>>
export type DescribeApiKeysStatusErrorCodeEquals = Assert<Equals<StaticOf<'DescribeApiKeysStatusErrorCode'>, Generated['DescribeApiKeysStatusErrorCode']>>
export type DescribeApiKeysStatusApiErrorEquals = Assert<Equals<StaticOf<'DescribeApiKeysStatusApiError'>, Generated['DescribeApiKeysStatusApiError']>>
export type DescribeApiKeysStatusSuccessResponseEquals = Assert<Equals<StaticOf<'DescribeApiKeysStatusSuccessResponse'>, Generated['DescribeApiKeysStatusSuccessResponse']>>
export type DescribeApiKeysStatusErrorResponseEquals = Assert<Equals<StaticOf<'DescribeApiKeysStatusErrorResponse'>, Generated['DescribeApiKeysStatusErrorResponse']>>
export type DescribeApiKeysStatusEnvelopeEquals = Assert<Equals<StaticOf<'DescribeApiKeysStatusEnvelope'>, Generated['DescribeApiKeysStatusEnvelope']>>
export type UpdateApiKeyRequestEquals = Assert<Equals<StaticOf<'UpdateApiKeyRequest'>, Generated['UpdateApiKeyRequest']>>
export type UpdateApiKeyErrorCodeEquals = Assert<Equals<StaticOf<'UpdateApiKeyErrorCode'>, Generated['UpdateApiKeyErrorCode']>>
export type UpdateApiKeyApiErrorEquals = Assert<Equals<StaticOf<'UpdateApiKeyApiError'>, Generated['UpdateApiKeyApiError']>>
export type UpdateApiKeySuccessResponseEquals = Assert<Equals<StaticOf<'UpdateApiKeySuccessResponse'>, Generated['UpdateApiKeySuccessResponse']>>
export type UpdateApiKeyErrorResponseEquals = Assert<Equals<StaticOf<'UpdateApiKeyErrorResponse'>, Generated['UpdateApiKeyErrorResponse']>>
export type UpdateApiKeyEnvelopeEquals = Assert<Equals<StaticOf<'UpdateApiKeyEnvelope'>, Generated['UpdateApiKeyEnvelope']>>
export type EnableApiKeyRequestEquals = Assert<Equals<StaticOf<'EnableApiKeyRequest'>, Generated['EnableApiKeyRequest']>>
export type EnableApiKeyErrorCodeEquals = Assert<Equals<StaticOf<'EnableApiKeyErrorCode'>, Generated['EnableApiKeyErrorCode']>>
export type EnableApiKeyApiErrorEquals = Assert<Equals<StaticOf<'EnableApiKeyApiError'>, Generated['EnableApiKeyApiError']>>
export type EnableApiKeySuccessResponseEquals = Assert<Equals<StaticOf<'EnableApiKeySuccessResponse'>, Generated['EnableApiKeySuccessResponse']>>
export type EnableApiKeyErrorResponseEquals = Assert<Equals<StaticOf<'EnableApiKeyErrorResponse'>, Generated['EnableApiKeyErrorResponse']>>
export type EnableApiKeyEnvelopeEquals = Assert<Equals<StaticOf<'EnableApiKeyEnvelope'>, Generated['EnableApiKeyEnvelope']>>
export type DisableApiKeyRequestEquals = Assert<Equals<StaticOf<'DisableApiKeyRequest'>, Generated['DisableApiKeyRequest']>>
export type DisableApiKeyErrorCodeEquals = Assert<Equals<StaticOf<'DisableApiKeyErrorCode'>, Generated['DisableApiKeyErrorCode']>>
export type DisableApiKeyApiErrorEquals = Assert<Equals<StaticOf<'DisableApiKeyApiError'>, Generated['DisableApiKeyApiError']>>
export type DisableApiKeySuccessResponseEquals = Assert<Equals<StaticOf<'DisableApiKeySuccessResponse'>, Generated['DisableApiKeySuccessResponse']>>
export type DisableApiKeyErrorResponseEquals = Assert<Equals<StaticOf<'DisableApiKeyErrorResponse'>, Generated['DisableApiKeyErrorResponse']>>
export type DisableApiKeyEnvelopeEquals = Assert<Equals<StaticOf<'DisableApiKeyEnvelope'>, Generated['DisableApiKeyEnvelope']>>
export type DeleteApiKeyRequestEquals = Assert<Equals<StaticOf<'DeleteApiKeyRequest'>, Generated['DeleteApiKeyRequest']>>
export type DeleteApiKeyErrorCodeEquals = Assert<Equals<StaticOf<'DeleteApiKeyErrorCode'>, Generated['DeleteApiKeyErrorCode']>>
export type DeleteApiKeyApiErrorEquals = Assert<Equals<StaticOf<'DeleteApiKeyApiError'>, Generated['DeleteApiKeyApiError']>>
export type DeleteApiKeySuccessResponseEquals = Assert<Equals<StaticOf<'DeleteApiKeySuccessResponse'>, Generated['DeleteApiKeySuccessResponse']>>
export type DeleteApiKeyErrorResponseEquals = Assert<Equals<StaticOf<'DeleteApiKeyErrorResponse'>, Generated['DeleteApiKeyErrorResponse']>>
export type DeleteApiKeyEnvelopeEquals = Assert<Equals<StaticOf<'DeleteApiKeyEnvelope'>, Generated['DeleteApiKeyEnvelope']>>

/**
 * Each action's operations carry that action's types (decision openapi-many-actions): the request body and the
 * answer of `operations['<Action>']` are its own components, not a union over the actions.
 */
type JsonBody<Operation extends keyof operations> = NonNullable<operations[Operation]['requestBody']>['content']['application/json']
type Answer<Operation extends keyof operations> = operations[Operation]['responses'][200]['content']['application/json']
export type CreateApiKeyOperationEquals = Assert<Equals<[JsonBody<'CreateApiKey'>, Answer<'CreateApiKey'>, Answer<'CreateApiKeyWithQuery'>], [StaticOf<'CreateApiKeyRequest'>, StaticOf<'CreateApiKeyEnvelope'>, StaticOf<'CreateApiKeyEnvelope'>]>>
export type DescribeApiKeyOperationEquals = Assert<Equals<[JsonBody<'DescribeApiKey'>, Answer<'DescribeApiKey'>, Answer<'DescribeApiKeyWithQuery'>], [StaticOf<'DescribeApiKeyRequest'>, StaticOf<'DescribeApiKeyEnvelope'>, StaticOf<'DescribeApiKeyEnvelope'>]>>
export type DescribeApiKeysStatusOperationEquals = Assert<Equals<[JsonBody<'DescribeApiKeysStatus'>, Answer<'DescribeApiKeysStatus'>, Answer<'DescribeApiKeysStatusWithQuery'>], [StaticOf<'DescribeApiKeysStatusRequest'>, StaticOf<'DescribeApiKeysStatusEnvelope'>, StaticOf<'DescribeApiKeysStatusEnvelope'>]>>
export type UpdateApiKeyOperationEquals = Assert<Equals<[JsonBody<'UpdateApiKey'>, Answer<'UpdateApiKey'>, Answer<'UpdateApiKeyWithQuery'>], [StaticOf<'UpdateApiKeyRequest'>, StaticOf<'UpdateApiKeyEnvelope'>, StaticOf<'UpdateApiKeyEnvelope'>]>>
export type EnableApiKeyOperationEquals = Assert<Equals<[JsonBody<'EnableApiKey'>, Answer<'EnableApiKey'>, Answer<'EnableApiKeyWithQuery'>], [StaticOf<'EnableApiKeyRequest'>, StaticOf<'EnableApiKeyEnvelope'>, StaticOf<'EnableApiKeyEnvelope'>]>>
export type DisableApiKeyOperationEquals = Assert<Equals<[JsonBody<'DisableApiKey'>, Answer<'DisableApiKey'>, Answer<'DisableApiKeyWithQuery'>], [StaticOf<'DisableApiKeyRequest'>, StaticOf<'DisableApiKeyEnvelope'>, StaticOf<'DisableApiKeyEnvelope'>]>>
export type DeleteApiKeyOperationEquals = Assert<Equals<[JsonBody<'DeleteApiKey'>, Answer<'DeleteApiKey'>, Answer<'DeleteApiKeyWithQuery'>], [StaticOf<'DeleteApiKeyRequest'>, StaticOf<'DeleteApiKeyEnvelope'>, StaticOf<'DeleteApiKeyEnvelope'>]>>
/** Every action of the registry has its two operations, and there are no others. */
type ActionName = (typeof actions)[number]['name']
export type OperationNames = Assert<Equals<keyof operations, ActionName | `${ActionName}WithQuery`>>
// The v1 forms are derived at run time (schema/v1Form.ts), so their static type is not tracked: their agreement is held by the validation tests (contract.test.ts).
// But openapi-typescript's type of each v1 form is inhabited: every documented v1 example of every action is one of
// its values (a pattern-keyed enumeration used to become an index signature that Action could not satisfy).
type QueryExampleValues<Examples> = { [Name in keyof Examples]: Examples[Name] extends { readonly value: infer Value } ? Value : never }[keyof Examples]
type QueryExamplesOf = {
  CreateApiKey: typeof import('../../schema/actions/createApiKey/examples.js').queryExamples
  DescribeApiKey: typeof import('../../schema/actions/describeApiKey/examples.js').queryExamples
  DescribeApiKeysStatus: typeof import('../../schema/actions/describeApiKeysStatus/examples.js').queryExamples
  UpdateApiKey: typeof import('../../schema/actions/updateApiKey/examples.js').queryExamples
  EnableApiKey: typeof import('../../schema/actions/enableApiKey/examples.js').queryExamples
  DisableApiKey: typeof import('../../schema/actions/disableApiKey/examples.js').queryExamples
  DeleteApiKey: typeof import('../../schema/actions/deleteApiKey/examples.js').queryExamples
}
export type QueryExamplesCoverEveryAction = Assert<Equals<keyof QueryExamplesOf, ActionName>>
type FormOf<Name extends ActionName> = Generated[`${Name}Query`]
export type QueryExamplesAreFormValues = Assert<Equals<{ [Name in ActionName]: Extends<QueryExampleValues<QueryExamplesOf[Name]>, FormOf<Name>> }[ActionName], true>>
type FormBody<Name extends ActionName> = NonNullable<operations[Name]['requestBody']>['content']['application/x-www-form-urlencoded']
export type FormBodiesAreTheForms = Assert<Equals<{ [Name in ActionName]: Equals<FormBody<Name>, FormOf<Name>> }[ActionName], true>>
// The list's filters, in the form and in the GET query (each `Filters.N.Name` its own parameter, so Prism judges it;
// the values in the Filters object): a name of the enumeration compiles, another does not.
const listQuery = { Action: 'DescribeApiKeysStatus', Version: '2018-08-08', Timestamp: '1582697401', Nonce: '31227', SecretId: 'AKIDexample', Signature: 'c2lnbmF0dXJl', 'Filters.0.Name': 'Status', 'Filters.0.Values.0': '1' } as const
export const listForm: FormOf<'DescribeApiKeysStatus'> = listQuery
// @ts-expect-error Bogus is not a filter name
export const listFormBadName: FormOf<'DescribeApiKeysStatus'> = { ...listQuery, 'Filters.1.Name': 'Bogus' }
type ListGetQuery = NonNullable<operations['DescribeApiKeysStatusWithQuery']['parameters']['query']>
export const listGetFilters: ListGetQuery = { Limit: '10', 'Filters.0.Name': 'KeyWord', Filters: { 'Filters.0.Values.0': 'ci', 'Filters.0.Values.1': 'deploy' } }
// @ts-expect-error Bogus is not a filter name
export const listGetBadName: ListGetQuery = { 'Filters.0.Name': 'Bogus' }

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
