/**
 * Named examples, one per scenario, defined once: the OpenAPI document, the generated example files, the docs and
 * the tests all read them from here. Each is validated against its schema by the tests and by the linter.
 */
import type { CreateApiKeyRequest } from './createApiKeyRequest.js'
import type { CreateApiKeyResponse, CreateApiKeySuccessResponse, ErrorResponse } from './envelopes.js'
import type { CreateApiKeyQuery } from './commonParameters.js'
import type { ErrorCode } from './errorCodes.js'
import { accessKeyIdLength, accessKeySecretLength, formatRange, rateLimitPerSecond, signatureMaxSkewText } from './rules.js'

export interface NamedExample<T> {
  readonly summary: string
  readonly description?: string
  readonly value: T
}

/** A stable, UUID-shaped RequestId per example name (FNV-1a), so regenerating the document changes nothing. */
export function exampleRequestId(name: string): string {
  let hex = ''
  for (let round = 0; hex.length < 32; round++) {
    let hash = 0x811c9dc5 ^ round
    for (const char of name) hash = Math.imul(hash ^ char.charCodeAt(0), 0x01000193) >>> 0
    hex += hash.toString(16).padStart(8, '0')
  }
  // Version 4 and RFC 4122 variant nibbles, so the value also passes strict UUID checks.
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`
}

export const requestExamples = {
  seed: {
    summary: 'Auto key (the product page\'s example)',
    description: 'The service generates AccessKeyId and AccessKeySecret. AccessKeyType defaults to `auto`.',
    value: { SecretName: 'test' },
  },
  manualKey: {
    summary: 'Manual (custom) key',
    description: `The caller supplies AccessKeyId (${formatRange(accessKeyIdLength)}) and AccessKeySecret (${formatRange(accessKeySecretLength)}), letters, digits and underscores.`,
    value: { SecretName: 'ci-deploy', AccessKeyType: 'manual', AccessKeyId: 'ci_deploy_key_01', AccessKeySecret: 'ci_deploy_secret_0123456789' },
  },
  withTags: {
    summary: 'Auto key with tags',
    value: { SecretName: 'billing-service', AccessKeyType: 'auto', Tags: [{ Key: 'team', Value: 'billing' }, { Key: 'env', Value: 'prod' }] },
  },
} as const satisfies Record<string, NamedExample<CreateApiKeyRequest>>

export const queryExamples = {
  seed: {
    summary: 'Auto key, signature v1 (GET query)',
    value: {
      Action: 'CreateApiKey',
      Version: '2018-08-08',
      SecretName: 'test',
      Timestamp: '1582697401',
      Nonce: '11886',
      SecretId: 'AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE',
      Signature: 'Q4yCbH7S0mYDgjVHRdoYx9LPlsw=',
    },
  },
  manualKeyWithTags: {
    summary: 'Manual key with a tag, signature v1 with HmacSHA256',
    value: {
      Action: 'CreateApiKey',
      Version: '2018-08-08',
      Region: 'ap-guangzhou',
      SecretName: 'ci-deploy',
      AccessKeyType: 'manual',
      AccessKeyId: 'ci_deploy_key_01',
      AccessKeySecret: 'ci_deploy_secret_0123456789',
      'Tags.0.Key': 'team',
      'Tags.0.Value': 'platform',
      Timestamp: '1582697401',
      Nonce: '4215',
      SecretId: 'AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE',
      SignatureMethod: 'HmacSHA256',
      Signature: 'uZ0mPwBWl0yaQ2FyIQY9jWsqO4xNTRfV5q4ZqvJ1Zm0=',
    },
  },
} as const satisfies Record<string, NamedExample<CreateApiKeyQuery>>

const success = (name: string, result: NonNullable<CreateApiKeySuccessResponse['Response']['Result']>): CreateApiKeySuccessResponse => ({
  Response: { Result: result, RequestId: exampleRequestId(name) },
})

export const successExamples = {
  seed: {
    summary: 'Auto key created (the product page\'s example)',
    value: {
      Response: {
        Result: {
          AccessKeyId: 'AKID8my5MRr9i6VM98F3dZG9zV0KuBq5ID7pMG83',
          AccessKeySecret: '9i3BQU8lMUl2dAvrF8RvL5EM6RKEG47P770du61B',
          AccessKeyType: 'auto',
          SecretName: 'test',
          Status: 1,
          CreatedTime: '2020-02-26T06:10:01Z',
          ModifiedTime: '2020-02-26T06:10:01Z',
        },
        RequestId: 'ad5218b4-edc3-4195-ba4d-a0ef176783ba',
      },
    },
  },
  manualKey: {
    summary: 'Manual key created',
    value: success('manualKey', {
      AccessKeyId: 'ci_deploy_key_01',
      AccessKeySecret: 'ci_deploy_secret_0123456789',
      AccessKeyType: 'manual',
      SecretName: 'ci-deploy',
      Status: 1,
      CreatedTime: '2024-03-01T08:30:00Z',
      ModifiedTime: '2024-03-01T08:30:00Z',
    }),
  },
  withTags: {
    summary: 'Auto key created with tags',
    value: success('withTags', {
      AccessKeyId: 'AKIDb1Ll1ngS3rv1c3K3yG3n3r4t3dByTh3S3rv1c',
      AccessKeySecret: 'Sx8Kd2Lq9Wm4Zr7Tn1Vb6Yc3Hf5Jg0Pa2Qe4Rt6U',
      AccessKeyType: 'auto',
      SecretName: 'billing-service',
      Status: 1,
      CreatedTime: '2024-03-01T08:31:15Z',
      ModifiedTime: '2024-03-01T08:31:15Z',
      Tags: [{ Key: 'team', Value: 'billing' }, { Key: 'env', Value: 'prod' }],
    }),
  },
  nullResult: {
    summary: 'Success without a result',
    description: 'Result may be null when no valid value can be obtained.',
    value: { Response: { Result: null, RequestId: exampleRequestId('nullResult') } },
  },
} as const satisfies Record<string, NamedExample<CreateApiKeySuccessResponse>>

/** One error example per code worth showing: every CreateApiKey code, and the common codes callers meet most. */
const errorMessages: Partial<Record<ErrorCode, string>> = {
  'FailedOperation.AccessKeyExist': 'The custom key ci_deploy_key_01 already exists.',
  'InternalError.ApigwException': 'API Gateway internal request error. Please try again later.',
  'InternalError.OssException': 'OSS internal request error. Please try again later.',
  'InvalidParameter.FormatError': `AccessKeyId must be ${accessKeyIdLength.min}-${accessKeyIdLength.max} letters, digits or underscores.`,
  'LimitExceeded.ApiKeyCountLimitExceeded': 'The number of keys exceeds the limit.',
  'UnauthorizedOperation.UncertifiedUser': 'The user has not passed identity verification.',
  'UnsupportedOperation.UnpackError': 'Unpack function error.',
  MissingParameter: 'The request is missing a required parameter `SecretName`.',
  UnknownParameter: 'The parameter `Secretname` is not recognized (names are case-sensitive).',
  InvalidParameterValue: 'The value of AccessKeyType must be auto or manual.',
  'AuthFailure.SignatureFailure': 'The provided credentials could not be validated. Please check your signature is correct.',
  'AuthFailure.SignatureExpire': `Signature expired. Timestamp differs from the server time by more than ${signatureMaxSkewText}.`,
  'AuthFailure.SecretIdNotFound': 'The SecretId is not found, please ensure that your SecretId is correct.',
  RequestLimitExceeded: `Your current request times equals to \`${rateLimitPerSecond}\` in a second, which exceeds the frequency limit \`${rateLimitPerSecond}\` for a second.`,
}

export const errorExamples: Record<string, NamedExample<ErrorResponse>> = Object.fromEntries(
  Object.entries(errorMessages).map(([code, message]) => [
    code,
    {
      summary: `Error ${code}`,
      value: { Response: { Error: { Code: code as ErrorCode, Message: message! }, RequestId: exampleRequestId(code) } },
    },
  ]),
)

/** Every response example, as a client receives it (success and error alike, all HTTP 200). */
export const responseExamples: Record<string, NamedExample<CreateApiKeyResponse>> = { ...successExamples, ...errorExamples }
