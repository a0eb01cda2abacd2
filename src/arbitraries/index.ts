/**
 * fast-check arbitraries of the CreateApiKey contract, for property-testing clients and servers against it.
 * fast-check (4.x) is an optional peer dependency: only this entry point loads it.
 * Bounds and codes come from the generated validators, so the arbitraries follow the schemas.
 */
import fc from 'fast-check'
import { requestModel } from '../../generated/validators/createApiKeyRequest.js'
import type { ArrayParameter, EnumParameter, StringParameter } from '../../generated/validators/model.js'
import { errorCodeNames } from '../../generated/validators/createApiKeyResponse.js'
import type {
  ApiError,
  ApiKey,
  CreateApiKeyAutoRequest,
  CreateApiKeyManualRequest,
  CreateApiKeyRequest,
  CreateApiKeyResponse,
  CreateApiKeySuccessResponse,
  ErrorCode,
  ErrorResponse,
  Tag,
} from '../types.js'

const parameter = <P>(name: string) => requestModel.parameters.find((entry) => entry.name === name) as P
const limitsOf = (name: string) => {
  const { limits } = parameter<StringParameter>(name)
  return { minLength: limits.minLength, maxLength: limits.maxLength!, pattern: limits.pattern }
}
const stringParameterLimits = { SecretName: limitsOf('SecretName'), AccessKeyId: limitsOf('AccessKeyId'), AccessKeySecret: limitsOf('AccessKeySecret') }
const tagsParameter = parameter<ArrayParameter>('Tags')
const maxTags = tagsParameter.maxItems
const fieldLimits = (name: string) => {
  const { limits } = tagsParameter.item.fields.find((field) => field.name === name) as import('../../generated/validators/model.js').StringField
  return { minLength: limits.minLength, maxLength: limits.maxLength! }
}
const tagFieldLimits = { Key: fieldLimits('Key'), Value: fieldLimits('Value') }
const accessKeyTypes = parameter<EnumParameter>('AccessKeyType').values as readonly ('auto' | 'manual')[]
const requestParameterNames = requestModel.parameters.map((entry) => entry.name)

/** The printable ASCII characters the schemas' AccessKeyId pattern allows, so the arbitraries follow the schemas. */
const accessKeyPattern = new RegExp(stringParameterLimits.AccessKeyId.pattern!)
const accessKeyChars = Array.from({ length: 0x7f - 0x20 }, (_, offset) => String.fromCharCode(0x20 + offset)).filter((char) => accessKeyPattern.test(char))
const accessKeyChar = fc.constantFrom(...accessKeyChars)

function accessKeyString(limits: { minLength: number; maxLength: number }): fc.Arbitrary<string> {
  return fc.string({ unit: accessKeyChar, minLength: limits.minLength, maxLength: limits.maxLength })
}

/** Text of minLength–maxLength Unicode code points (any but lone surrogates), from ASCII to astral characters. */
function scalarText({ minLength, maxLength }: { minLength: number; maxLength: number }, size?: fc.SizeForArbitrary): fc.Arbitrary<string> {
  return fc.oneof(
    fc.string({ minLength, maxLength, size }),
    fc.string({ unit: 'grapheme', minLength, maxLength, size }).filter((text) => [...text].length <= maxLength),
    fc.string({ unit: 'binary', minLength, maxLength, size }),
  )
}

/** A valid SecretName: 1–50 Unicode code points (any but lone surrogates), from ASCII to astral characters. */
export const secretName = (): fc.Arbitrary<string> => scalarText(stringParameterLimits.SecretName)

export const accessKeyId = () => accessKeyString(stringParameterLimits.AccessKeyId)
export const accessKeySecret = () => accessKeyString(stringParameterLimits.AccessKeySecret)

/** A valid Tag: a key of 1–127 and a value of 0–255 code points (decision tag-limits). */
export function tag(): fc.Arbitrary<Tag> {
  // Mostly short, as tags are; now and then up to the bounds.
  const text = (limits: { minLength: number; maxLength: number }) => fc.oneof({ weight: 9, arbitrary: scalarText(limits, 'small') }, { weight: 1, arbitrary: scalarText(limits, 'max') })
  return fc.record({ Key: text(tagFieldLimits.Key), Value: text(tagFieldLimits.Value) })
}
/** Valid Tags: usually a few, now and then up to the maximum of 50. */
export const tags = () => fc.oneof({ weight: 19, arbitrary: fc.array(tag(), { maxLength: 5 }) }, { weight: 1, arbitrary: fc.array(tag(), { maxLength: maxTags, size: 'max' }) })
/** Valid tags that leave room for one more: the tag an invalid request adds must not also break the count. */
const tagsBeforeOneMore = () => tags().map((list) => list.slice(0, maxTags - 1))

export function validAutoRequest(): fc.Arbitrary<CreateApiKeyAutoRequest> {
  return fc.record(
    { SecretName: secretName(), AccessKeyType: fc.constant('auto' as const), Tags: tags() },
    { requiredKeys: ['SecretName'] },
  )
}

export function validManualRequest(): fc.Arbitrary<CreateApiKeyManualRequest> {
  return fc.record(
    { SecretName: secretName(), AccessKeyType: fc.constant('manual' as const), AccessKeyId: accessKeyId(), AccessKeySecret: accessKeySecret(), Tags: tags() },
    { requiredKeys: ['SecretName', 'AccessKeyType', 'AccessKeyId', 'AccessKeySecret'] },
  )
}

/** Any valid request: auto (with or without AccessKeyType) or manual, with or without tags. */
export function validCreateApiKeyRequest(): fc.Arbitrary<CreateApiKeyRequest> {
  return fc.oneof(validAutoRequest(), validManualRequest())
}

/** An invalid request with exactly one problem, tagged with the code and parameter the API answers with. */
export interface InvalidRequestCase {
  readonly request: unknown
  readonly code: ErrorCode
  readonly parameter: string
}

const invalid = (request: unknown, code: ErrorCode, parameter: string): InvalidRequestCase => ({ request, code, parameter })

/** JSON values other than strings, for wrong-type cases. */
const notAString = () => fc.oneof(fc.constant(null), fc.boolean(), fc.integer(), fc.double({ noNaN: true }), fc.array(fc.string(), { maxLength: 2 }), fc.dictionary(fc.string(), fc.string(), { maxKeys: 2 }))

function badSecretName(): fc.Arbitrary<unknown> {
  const { maxLength } = stringParameterLimits.SecretName
  return fc.oneof(
    notAString(),
    fc.constant(''),
    fc.string({ minLength: maxLength + 1, maxLength: maxLength + 20 }),
    // A lone surrogate somewhere in an otherwise fine name.
    fc.tuple(fc.string({ maxLength: 10 }), fc.integer({ min: 0xd800, max: 0xdfff }), fc.string({ maxLength: 10 })).map(([a, unit, b]) => `${a}${String.fromCharCode(unit)}${b}`),
  )
}

function badAccessKeyString(limits: { minLength: number; maxLength: number }): fc.Arbitrary<unknown> {
  return fc.oneof(
    notAString(),
    fc.string({ unit: accessKeyChar, maxLength: limits.minLength - 1 }),
    fc.string({ unit: accessKeyChar, minLength: limits.maxLength + 1, maxLength: limits.maxLength + 20 }),
    // Right length, one character outside the charset.
    fc.tuple(accessKeyString({ minLength: limits.minLength - 1, maxLength: limits.maxLength - 1 }), fc.constantFrom('-', ' ', '.', 'é', '💥', '\u0000'), fc.nat())
      .map(([text, char, at]) => { const i = at % (text.length + 1); return `${text.slice(0, i)}${char}${text.slice(i)}` }),
  )
}

/** A tag key or value just out of bounds: an empty key, one code point too many, a lone surrogate. */
function badTagText(): fc.Arbitrary<readonly ['Key' | 'Value', string]> {
  const { Key, Value } = tagFieldLimits
  return fc.oneof(
    fc.constant(['Key', ''] as const),
    fc.constantFrom('Key' as const, 'Value' as const).chain((field) =>
      fc.oneof(
        fc.string({ unit: 'binary', minLength: (field === 'Key' ? Key : Value).maxLength + 1, maxLength: (field === 'Key' ? Key : Value).maxLength + 5 }),
        fc.constant(`x${String.fromCharCode(0xd800)}`),
      ).map((text) => [field, text] as const),
    ),
  )
}

function unknownParameterName(): fc.Arbitrary<string> {
  return fc
    .oneof(fc.constantFrom('Region', 'secretName', 'SECRETNAME', 'Tag', '__proto__', 'constructor', 'AccessKeyType ', ''), fc.string({ maxLength: 20 }))
    .filter((name) => !requestParameterNames.includes(name))
}

const withKey = (object: object, key: string, value: unknown) => {
  const copy: Record<string, unknown> = { ...object }
  Object.defineProperty(copy, key, { value, enumerable: true, configurable: true, writable: true })
  return copy
}
const withoutKey = (object: object, key: string) => {
  const copy: Record<string, unknown> = { ...object }
  delete copy[key]
  return copy
}

/**
 * Invalid requests, each with exactly one problem, tagged with the code it must produce (and the parameter):
 * MissingParameter, UnknownParameter, InvalidParameter.FormatError (type, length, charset, null),
 * InvalidParameterValue (AccessKeyType), InvalidParameter (credentials with auto), UnsupportedOperation.UnpackError
 * (a body that is not an object). `parseCreateApiKeyRequest` reports exactly that one error.
 */
export function invalidCreateApiKeyRequest(): fc.Arbitrary<InvalidRequestCase> {
  const manual = validManualRequest()
  const anyValid = validCreateApiKeyRequest()
  const auto = validAutoRequest()
  return fc.oneof(
    anyValid.map((request) => invalid(withoutKey(request, 'SecretName'), 'MissingParameter', 'SecretName')),
    fc.tuple(manual, fc.constantFrom('AccessKeyId', 'AccessKeySecret')).map(([request, name]) => invalid(withoutKey(request, name), 'MissingParameter', name)),
    fc.tuple(anyValid, unknownParameterName(), fc.jsonValue()).map(([request, name, value]) => invalid(withKey(request, name, value), 'UnknownParameter', name)),
    fc.tuple(anyValid, badSecretName()).map(([request, value]) => invalid({ ...request, SecretName: value }, 'InvalidParameter.FormatError', 'SecretName')),
    fc.tuple(manual, badAccessKeyString(stringParameterLimits.AccessKeyId)).map(([request, value]) => invalid({ ...request, AccessKeyId: value }, 'InvalidParameter.FormatError', 'AccessKeyId')),
    fc.tuple(manual, badAccessKeyString(stringParameterLimits.AccessKeySecret)).map(([request, value]) => invalid({ ...request, AccessKeySecret: value }, 'InvalidParameter.FormatError', 'AccessKeySecret')),
    fc.tuple(anyValid, fc.oneof(fc.constant(null), fc.string(), fc.integer(), fc.record({ Key: fc.string(), Value: fc.string() }))).map(([request, value]) => invalid({ ...request, Tags: value }, 'InvalidParameter.FormatError', 'Tags')),
    fc.tuple(anyValid, tagsBeforeOneMore(), fc.oneof(fc.constant(null), fc.string(), fc.integer(), fc.array(fc.string(), { maxLength: 2 }))).map(([request, before, value]) => invalid({ ...request, Tags: [...before, value] }, 'InvalidParameter.FormatError', `Tags.${before.length}`)),
    fc.tuple(anyValid, tagsBeforeOneMore(), tag(), fc.constantFrom('Key', 'Value'), notAString()).map(([request, before, bad, field, value]) => invalid({ ...request, Tags: [...before, { ...bad, [field]: value }] }, 'InvalidParameter.FormatError', `Tags.${before.length}.${field}`)),
    fc.tuple(anyValid, tagsBeforeOneMore(), tag(), fc.constantFrom('Key', 'Value')).map(([request, before, bad, field]) => invalid({ ...request, Tags: [...before, withoutKey(bad, field)] }, 'MissingParameter', `Tags.${before.length}.${field}`)),
    fc.tuple(anyValid, fc.integer({ min: maxTags + 1, max: maxTags + 3 }), tag()).map(([request, count, one]) => invalid({ ...request, Tags: Array.from({ length: count }, () => one) }, 'InvalidParameter.FormatError', 'Tags')),
    fc.tuple(anyValid, tagsBeforeOneMore(), tag(), badTagText()).map(([request, before, good, [field, text]]) => invalid({ ...request, Tags: [...before, { ...good, [field]: text }] }, 'InvalidParameter.FormatError', `Tags.${before.length}.${field}`)),
    fc.tuple(anyValid, fc.oneof(fc.constant(null), fc.integer(), fc.boolean())).map(([request, value]) => invalid({ ...request, AccessKeyType: value }, 'InvalidParameter.FormatError', 'AccessKeyType')),
    fc.tuple(anyValid, fc.string().filter((type) => !(accessKeyTypes as readonly string[]).includes(type))).map(([request, value]) => invalid({ ...request, AccessKeyType: value }, 'InvalidParameterValue', 'AccessKeyType')),
    fc.tuple(auto, fc.constantFrom('AccessKeyId', 'AccessKeySecret'), accessKeySecret()).map(([request, name, value]) => invalid({ ...request, [name]: value }, 'InvalidParameter', name)),
    fc.oneof(fc.constant(null), fc.string(), fc.integer(), fc.boolean(), fc.array(fc.jsonValue(), { maxLength: 3 })).map((body) => invalid(body, 'UnsupportedOperation.UnpackError', '(body)')),
  )
}

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
    { requiredKeys: ['AccessKeyId', 'AccessKeySecret', 'AccessKeyType', 'SecretName', 'Status', 'CreatedTime', 'ModifiedTime'] },
  )
}

export function successResponse(): fc.Arbitrary<CreateApiKeySuccessResponse> {
  return fc.record({ Response: fc.record({ Result: fc.option(apiKey(), { nil: null, freq: 10 }), RequestId: requestId() }) })
}

export const errorCode = (): fc.Arbitrary<ErrorCode> => fc.constantFrom(...errorCodeNames)

export function apiError(): fc.Arbitrary<ApiError> {
  return fc.record({ Code: errorCode(), Message: fc.string() })
}

export function errorResponse(): fc.Arbitrary<ErrorResponse> {
  return fc.record({ Response: fc.record({ Error: apiError(), RequestId: requestId() }) })
}

/** Either envelope, as a client receives it. */
export function createApiKeyResponse(): fc.Arbitrary<CreateApiKeyResponse> {
  return fc.oneof(successResponse(), errorResponse())
}
