/**
 * Compatibility with the official SDK's models (npm tencentcloud-sdk-nodejs, pinned): every valid request of ours is
 * an SDK CreateApiKeyRequest, our ApiKey is an SDK ApiKey, and every field name of those SDK interfaces is one of
 * ours (and the other way round). A field renamed or retyped on either side fails to compile. The same for every
 * action of the registry: CreateApiKey, DescribeApiKey, then the lifecycle actions (DescribeApiKeysStatus with its
 * Filter and ApiKeysStatus, UpdateApiKey, EnableApiKey, DisableApiKey, DeleteApiKey).
 */
import type {
  ApiKey as SdkApiKey,
  CreateApiKeyRequest as SdkCreateApiKeyRequest,
  CreateApiKeyResponse as SdkCreateApiKeyResponse,
  DescribeApiKeyRequest as SdkDescribeApiKeyRequest,
  DescribeApiKeyResponse as SdkDescribeApiKeyResponse,
  ApiKeysStatus as SdkApiKeysStatus,
  DeleteApiKeyRequest as SdkDeleteApiKeyRequest,
  DeleteApiKeyResponse as SdkDeleteApiKeyResponse,
  DescribeApiKeysStatusRequest as SdkDescribeApiKeysStatusRequest,
  DescribeApiKeysStatusResponse as SdkDescribeApiKeysStatusResponse,
  DisableApiKeyRequest as SdkDisableApiKeyRequest,
  DisableApiKeyResponse as SdkDisableApiKeyResponse,
  EnableApiKeyRequest as SdkEnableApiKeyRequest,
  EnableApiKeyResponse as SdkEnableApiKeyResponse,
  Filter as SdkFilter,
  Tag as SdkTag,
  UpdateApiKeyRequest as SdkUpdateApiKeyRequest,
  UpdateApiKeyResponse as SdkUpdateApiKeyResponse,
} from 'tencentcloud-sdk-nodejs/tencentcloud/services/apigateway/v20180808/apigateway_models.js'
import type { Static } from '@sinclair/typebox'
import type {
  ApiKey,
  ApiKeyFilter,
  CreateApiKeyAutoRequest,
  CreateApiKeyManualRequest,
  CreateApiKeyRequest,
  CreateApiKeySuccessResponse,
  DeleteApiKeyRequest,
  DescribeApiKeyRequest,
  DescribeApiKeysStatusRequest,
  DisableApiKeyRequest,
  EnableApiKeyRequest,
  Tag,
  UpdateApiKeyRequest,
  deleteApiKey,
  describeApiKey,
  describeApiKeysStatus,
  disableApiKey,
  enableApiKey,
  updateApiKey,
} from '../../schema/index.js'
import type { Assert, Equals, Extends, KeysOfUnion } from './equals.js'

// Requests: each shape of ours, and their union, is assignable to the SDK's request.
export type AutoRequestIsSdkRequest = Assert<Extends<CreateApiKeyAutoRequest, SdkCreateApiKeyRequest>>
export type ManualRequestIsSdkRequest = Assert<Extends<CreateApiKeyManualRequest, SdkCreateApiKeyRequest>>
export type RequestIsSdkRequest = Assert<Extends<CreateApiKeyRequest, SdkCreateApiKeyRequest>>
// Field names: the SDK's request fields are exactly ours (across both shapes).
export type RequestFieldNames = Assert<Equals<KeysOfUnion<CreateApiKeyRequest>, keyof SdkCreateApiKeyRequest>>
// Field types, field by field, so a retyped SDK field fails even where assignability would let it pass (widening).
type FieldOfUnion<U, K extends PropertyKey> = U extends unknown ? (K extends keyof U ? U[K] : never) : never
type RequestField<K extends keyof SdkCreateApiKeyRequest> = FieldOfUnion<CreateApiKeyRequest, K>
// Guard against a vacuous check: every SDK field has a non-never type on our side.
export type NoVacuousRequestField = Assert<Equals<{ [K in keyof SdkCreateApiKeyRequest]-?: [NonNullable<RequestField<K>>] extends [never] ? false : true }, { [K in keyof SdkCreateApiKeyRequest]-?: true }>>
export type RequestFieldTypes = Assert<
  Equals<
    { [K in keyof SdkCreateApiKeyRequest]-?: Extends<NonNullable<RequestField<K>>, NonNullable<SdkCreateApiKeyRequest[K]>> },
    { [K in keyof SdkCreateApiKeyRequest]-?: true }
  >
>
// SecretName is required on both sides.
export type SecretNameRequired = Assert<Equals<undefined extends SdkCreateApiKeyRequest['SecretName'] ? false : true, true>>

// Tag: the same two required strings.
export type TagIsSdkTag = Assert<Equals<Tag, SdkTag>>

// ApiKey: the field names are the same set.
export type ApiKeyFieldNames = Assert<Equals<keyof ApiKey, keyof SdkApiKey>>
/**
 * ApiKey is assignable to the SDK's ApiKey except for one documented point: Tags may be null (the SDK's own comment
 * says "此字段可能返回 null", may return null, but its .d.ts omits the null). So: with a non-null Tags it is assignable,
 * and null is the only value of our Tags the SDK's type lacks.
 */
type ApiKeyWithTags = Omit<ApiKey, 'Tags'> & { Tags?: NonNullable<ApiKey['Tags']> }
export type ApiKeyIsSdkApiKey = Assert<Extends<ApiKeyWithTags, SdkApiKey>>
export type OnlyNullTagsDiffer = Assert<Equals<Exclude<ApiKey['Tags'], SdkApiKey['Tags']>, null>>
// Each SDK ApiKey field, made required, equals ours widened the way the SDK types it (enums as string/number).
export type ApiKeyFieldTypes = Assert<
  Equals<
    { [K in keyof SdkApiKey]-?: Extends<NonNullable<ApiKey[K]>, NonNullable<SdkApiKey[K]>> },
    { [K in keyof SdkApiKey]-?: true }
  >
>

// The success envelope's Response is the SDK's CreateApiKeyResponse (Result null aside, as documented).
type SuccessBody = CreateApiKeySuccessResponse['Response']
export type SuccessFieldNames = Assert<Equals<keyof SuccessBody, keyof SdkCreateApiKeyResponse>>
export type SuccessIsSdkResponse = Assert<Extends<{ Result?: ApiKeyWithTags; RequestId: SuccessBody['RequestId'] }, SdkCreateApiKeyResponse>>

// DescribeApiKey: the request is exactly the SDK's (one required string), both ways.
export type DescribeRequestIsSdkRequest = Assert<Equals<DescribeApiKeyRequest, SdkDescribeApiKeyRequest>>
export type DescribeAccessKeyIdRequired = Assert<Equals<undefined extends SdkDescribeApiKeyRequest['AccessKeyId'] ? false : true, true>>
// Its success envelope's Response is the SDK's DescribeApiKeyResponse (Result null and null Tags aside, as for CreateApiKey).
type DescribeSuccessBody = Static<typeof describeApiKey.successResponse>['Response']
export type DescribeSuccessFieldNames = Assert<Equals<keyof DescribeSuccessBody, keyof SdkDescribeApiKeyResponse>>
export type DescribeResultIsApiKey = Assert<Equals<NonNullable<DescribeSuccessBody['Result']>, ApiKey>>
export type DescribeSuccessIsSdkResponse = Assert<Extends<{ Result?: ApiKeyWithTags; RequestId: DescribeSuccessBody['RequestId'] }, SdkDescribeApiKeyResponse>>
export type DescribeSdkResultIsSdkApiKey = Assert<Equals<NonNullable<SdkDescribeApiKeyResponse['Result']>, SdkApiKey>>

// DescribeApiKeysStatus. The request: the same field names, each of ours assignable to the SDK's, field by field (the
// SDK types Limit and Offset as number and Filter.Name as string; ours are integers, and Name is one of six names).
export type ListRequestFieldNames = Assert<Equals<keyof DescribeApiKeysStatusRequest, keyof SdkDescribeApiKeysStatusRequest>>
export type ListRequestIsSdkRequest = Assert<Extends<DescribeApiKeysStatusRequest, SdkDescribeApiKeysStatusRequest>>
export type ListRequestFieldTypes = Assert<
  Equals<
    { [K in keyof SdkDescribeApiKeysStatusRequest]-?: Extends<NonNullable<DescribeApiKeysStatusRequest[K]>, NonNullable<SdkDescribeApiKeysStatusRequest[K]>> },
    { [K in keyof SdkDescribeApiKeysStatusRequest]-?: true }
  >
>
// All three optional on both sides.
export type ListRequestAllOptional = Assert<Equals<{} extends DescribeApiKeysStatusRequest ? true : false, {} extends SdkDescribeApiKeysStatusRequest ? true : false>>
// Filter: the same two required fields; our Name is a subset of the SDK's string (the six documented names), Values the same.
type Filter = Static<typeof ApiKeyFilter>
export type FilterFieldNames = Assert<Equals<keyof Filter, keyof SdkFilter>>
export type FilterIsSdkFilter = Assert<Extends<Filter, SdkFilter>>
export type FilterValuesEqual = Assert<Equals<Filter['Values'], SdkFilter['Values']>>
export type FilterNameIsString = Assert<Equals<Filter['Name'] extends string ? (string extends Filter['Name'] ? 'wide' : 'narrow') : 'not a string', 'narrow'>>
export type FilterFieldsRequired = Assert<Equals<{ [K in keyof Filter]-?: undefined extends Filter[K] ? false : true }, { [K in keyof SdkFilter]-?: undefined extends SdkFilter[K] ? false : true }>>
// ApiKeysStatus: the same field names, both required; ours adds null to each (the SDK's own comments say "may return
// null", its .d.ts omits it) and null Tags in the keys, as for ApiKey. With those left out it is the SDK's.
type ListBody = Static<typeof describeApiKeysStatus.successResponse>['Response']
type ApiKeysStatus = NonNullable<ListBody['Result']>
export type ApiKeysStatusFieldNames = Assert<Equals<keyof ApiKeysStatus, keyof SdkApiKeysStatus>>
export type ApiKeysStatusFieldsRequired = Assert<Equals<{ [K in keyof ApiKeysStatus]-?: undefined extends ApiKeysStatus[K] ? false : true }, { [K in keyof SdkApiKeysStatus]-?: true }>>
export type ApiKeysStatusIsSdkApiKeysStatus = Assert<Extends<{ TotalCount: NonNullable<ApiKeysStatus['TotalCount']>; ApiKeySet: ApiKeyWithTags[] }, SdkApiKeysStatus>>
export type OnlyNullTotalCountDiffers = Assert<Equals<Exclude<ApiKeysStatus['TotalCount'], SdkApiKeysStatus['TotalCount']>, null>>
export type OnlyNullApiKeySetDiffers = Assert<Equals<Exclude<ApiKeysStatus['ApiKeySet'], readonly unknown[]>, null>>
export type ApiKeySetItemIsApiKey = Assert<Equals<NonNullable<ApiKeysStatus['ApiKeySet']>[number], ApiKey>>
export type ListSuccessFieldNames = Assert<Equals<keyof ListBody, keyof SdkDescribeApiKeysStatusResponse>>
export type ListSuccessIsSdkResponse = Assert<Extends<{ Result?: { TotalCount: number; ApiKeySet: ApiKeyWithTags[] }; RequestId: ListBody['RequestId'] }, SdkDescribeApiKeysStatusResponse>>
export type ListSdkResultIsSdkApiKeysStatus = Assert<Equals<NonNullable<SdkDescribeApiKeysStatusResponse['Result']>, SdkApiKeysStatus>>

// UpdateApiKey: the request is exactly the SDK's, both ways (AccessKeyId required, AccessKeySecret optional); its
// Result is an ApiKey, as the SDK's.
export type UpdateRequestIsSdkRequest = Assert<Equals<UpdateApiKeyRequest, SdkUpdateApiKeyRequest>>
export type UpdateAccessKeyIdRequired = Assert<Equals<undefined extends SdkUpdateApiKeyRequest['AccessKeyId'] ? false : true, true>>
type UpdateBody = Static<typeof updateApiKey.successResponse>['Response']
export type UpdateSuccessFieldNames = Assert<Equals<keyof UpdateBody, keyof SdkUpdateApiKeyResponse>>
export type UpdateResultIsApiKey = Assert<Equals<NonNullable<UpdateBody['Result']>, ApiKey>>
export type UpdateSuccessIsSdkResponse = Assert<Extends<{ Result?: ApiKeyWithTags; RequestId: UpdateBody['RequestId'] }, SdkUpdateApiKeyResponse>>
export type UpdateSdkResultIsSdkApiKey = Assert<Equals<NonNullable<SdkUpdateApiKeyResponse['Result']>, SdkApiKey>>

// EnableApiKey, DisableApiKey, DeleteApiKey: the request is exactly the SDK's (one required string); Result a boolean
// on both sides (ours may be null, as the metadata says).
export type EnableRequestIsSdkRequest = Assert<Equals<EnableApiKeyRequest, SdkEnableApiKeyRequest>>
export type DisableRequestIsSdkRequest = Assert<Equals<DisableApiKeyRequest, SdkDisableApiKeyRequest>>
export type DeleteRequestIsSdkRequest = Assert<Equals<DeleteApiKeyRequest, SdkDeleteApiKeyRequest>>
type EnableBody = Static<typeof enableApiKey.successResponse>['Response']
type DisableBody = Static<typeof disableApiKey.successResponse>['Response']
type DeleteBody = Static<typeof deleteApiKey.successResponse>['Response']
export type BooleanSuccessFieldNames = Assert<
  Equals<[keyof EnableBody, keyof DisableBody, keyof DeleteBody], [keyof SdkEnableApiKeyResponse, keyof SdkDisableApiKeyResponse, keyof SdkDeleteApiKeyResponse]>
>
export type BooleanResults = Assert<
  Equals<
    [EnableBody['Result'], DisableBody['Result'], DeleteBody['Result'], NonNullable<SdkEnableApiKeyResponse['Result']>, NonNullable<SdkDisableApiKeyResponse['Result']>, NonNullable<SdkDeleteApiKeyResponse['Result']>],
    [boolean | null, boolean | null, boolean | null, boolean, boolean, boolean]
  >
>
export type BooleanSuccessIsSdkResponse = Assert<
  Extends<[{ Result?: boolean; RequestId: EnableBody['RequestId'] }, { Result?: boolean; RequestId: DisableBody['RequestId'] }, { Result?: boolean; RequestId: DeleteBody['RequestId'] }], [SdkEnableApiKeyResponse, SdkDisableApiKeyResponse, SdkDeleteApiKeyResponse]>
>
