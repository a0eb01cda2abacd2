/**
 * Compatibility with the official SDK's models (npm tencentcloud-sdk-nodejs, pinned): every valid request of ours is
 * an SDK CreateApiKeyRequest, our ApiKey is an SDK ApiKey, and every field name of those SDK interfaces is one of
 * ours (and the other way round). A field renamed or retyped on either side fails to compile. The same for every
 * action of the registry: CreateApiKey, then DescribeApiKey.
 */
import type {
  ApiKey as SdkApiKey,
  CreateApiKeyRequest as SdkCreateApiKeyRequest,
  CreateApiKeyResponse as SdkCreateApiKeyResponse,
  DescribeApiKeyRequest as SdkDescribeApiKeyRequest,
  DescribeApiKeyResponse as SdkDescribeApiKeyResponse,
  Tag as SdkTag,
} from 'tencentcloud-sdk-nodejs/tencentcloud/services/apigateway/v20180808/apigateway_models.js'
import type { Static } from '@sinclair/typebox'
import type { ApiKey, CreateApiKeyAutoRequest, CreateApiKeyManualRequest, CreateApiKeyRequest, CreateApiKeySuccessResponse, DescribeApiKeyRequest, Tag, describeApiKey } from '../../schema/index.js'
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
