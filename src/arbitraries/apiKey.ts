/**
 * The ApiKey result (CreateApiKey's and DescribeApiKey's): its fields hold what CreateApiKey accepts, so their bounds
 * and charsets are those of CreateApiKey's request model; timestamps are UTC, whole seconds, literal Z.
 */
import fc from './fastCheck.js'
import { requestModel } from '../../generated/validators/createApiKeyRequest.js'
import type { ArrayParameter, EnumParameter, StringParameter } from '../../generated/validators/model.js'
import type { AccessKeyType, ApiKey, Tag } from '../types.js'
import { validArray, validField } from './requests.js'
import { validText } from './strings.js'

const parameter = <P>(name: string) => requestModel.parameters.find((entry) => entry.name === name) as P

/** A valid SecretName: 1–50 Unicode code points (any but lone surrogates), from ASCII to astral characters. */
export const secretName = (): fc.Arbitrary<string> => validText(parameter<StringParameter>('SecretName'))
/** A valid custom AccessKeyId: 5–50 of `[A-Za-z0-9_]`. */
export const accessKeyId = (): fc.Arbitrary<string> => validText(parameter<StringParameter>('AccessKeyId'))
/** A valid custom AccessKeySecret: 10–50 of `[A-Za-z0-9_]`. */
export const accessKeySecret = (): fc.Arbitrary<string> => validText(parameter<StringParameter>('AccessKeySecret'))

const tagsParameter = parameter<ArrayParameter>('Tags')
/** A valid Tag: a key of 1–127 and a value of 0–255 code points (decision tag-limits). */
export function tag(): fc.Arbitrary<Tag> {
  const [Key, Value] = tagsParameter.item.fields.map((field) => fc.oneof({ weight: 9, arbitrary: validField(field, 'small') }, { weight: 1, arbitrary: validField(field, 'max') }) as fc.Arbitrary<string>)
  return fc.record({ Key: Key!, Value: Value! }, { noNullPrototype: true })
}
/** Valid Tags: usually a few, now and then up to the maximum of 50. */
export const tags = (): fc.Arbitrary<Tag[]> => validArray(tagsParameter) as fc.Arbitrary<Tag[]>

const accessKeyTypes = parameter<EnumParameter>('AccessKeyType').values as readonly AccessKeyType[]

/** A timestamp as the API writes it: UTC, whole seconds, literal Z. */
export function utcTimestamp(): fc.Arbitrary<string> {
  return fc
    .date({ min: new Date('1970-01-01T00:00:00Z'), max: new Date('9999-12-31T23:59:59Z'), noInvalidDate: true })
    .map((date) => `${date.toISOString().slice(0, 19)}Z`)
}

export const requestId = () => fc.uuid()

/** The ApiKey a success carries. Tags is absent, null or an array. */
export function apiKey(): fc.Arbitrary<ApiKey> {
  return fc.record(
    {
      AccessKeyId: accessKeyId(),
      AccessKeySecret: accessKeySecret(),
      AccessKeyType: fc.constantFrom(...accessKeyTypes),
      SecretName: secretName(),
      Status: fc.constantFrom(0 as const, 1 as const),
      CreatedTime: utcTimestamp(),
      ModifiedTime: utcTimestamp(),
      Tags: fc.option(tags(), { nil: null }),
    },
    { requiredKeys: ['AccessKeyId', 'AccessKeySecret', 'AccessKeyType', 'SecretName', 'Status', 'CreatedTime', 'ModifiedTime'], noNullPrototype: true },
  )
}
