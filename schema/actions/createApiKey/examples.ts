/**
 * CreateApiKey's named examples, one per scenario: the OpenAPI document, the generated example files, the docs and
 * the tests all read them from here. Each is validated against its schema by the tests and by the linter.
 */
import type { NamedExample } from '../../action.js'
import { exampleRequestId } from '../../exampleRequestId.js'
import type { ApiKey } from '../../apiKey.js'
import type { CommonErrorCode } from '../../commonErrorCodes.js'
import { accessKeyIdLength, accessKeySecretLength, formatRange, rateLimitPerSecond, signatureMaxSkewText } from '../../rules.js'
import type { CreateApiKeyRequest } from './request.js'
import type { CreateApiKeyOwnErrorCode } from './errorCodes.js'

type CreateApiKeyErrorCode = CreateApiKeyOwnErrorCode | CommonErrorCode
interface CreateApiKeySuccessResponse {
  Response: { Result: ApiKey | null; RequestId: string }
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
} as const satisfies Record<string, NamedExample<Record<string, string>>>

const success = (name: string, result: ApiKey): CreateApiKeySuccessResponse => ({
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
      AccessKeyId: 'AKIDb1Ll1ngS3rv1c3K3yG3n3r4t3dByTh3S3rv1',
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
export const errorMessages: Partial<Record<CreateApiKeyErrorCode, string>> = {
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
