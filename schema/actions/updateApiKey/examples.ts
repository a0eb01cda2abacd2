/** UpdateApiKey's named examples; the official example's masked values are replaced by valid ones. */
import type { NamedExample } from '../../action.js'
import type { CommonErrorCode } from '../../commonErrorCodes.js'
import { exampleRequestId } from '../../exampleRequestId.js'
import type { KeyErrorCode } from '../../keyErrorCodes.js'
import { accessKeySecretLength } from '../../rules.js'
import type { UpdateApiKeyRequest } from './request.js'

const keyId = 'AKIDq2Ck7Sn1Vb0Tz8Lm3Xr5We9Yu4Oi6Pa1Sd7F'

export const requestExamples = {
  official: { summary: 'Rotate an auto key\'s secret (the official example)', description: 'The service draws the new secret.', value: { AccessKeyId: keyId } },
  manualKey: { summary: 'Set a manual key\'s new secret (the Terraform provider\'s update)', value: { AccessKeyId: 'ci_deploy_key_01', AccessKeySecret: 'ci_deploy_secret_rotated_01' } },
} as const satisfies Record<string, NamedExample<UpdateApiKeyRequest>>

export const queryExamples = {
  official: {
    summary: 'Rotate an auto key\'s secret, signature v1 (GET query)',
    value: { Action: 'UpdateApiKey', Version: '2018-08-08', AccessKeyId: keyId, Timestamp: '1582699557', Nonce: '2718', SecretId: 'AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE', Signature: 'Zr4Pq9Lk2Vb8Xn1Tc6Wm3Yd5HfQ=' },
  },
} as const satisfies Record<string, NamedExample<Record<string, string>>>

export const successExamples = {
  official: {
    summary: 'The key with its new secret (the official example)',
    description: 'AccessKeyId, SecretName, type, status and CreatedTime are kept; ModifiedTime is the time of the change.',
    value: {
      Response: {
        Result: { AccessKeyId: keyId, AccessKeySecret: 'hvhuan76de5im5Fa0bqh8aaBcOO9cy6c7yg2ywlf', AccessKeyType: 'auto', SecretName: 'dd', Status: 1, CreatedTime: '2020-02-26T06:09:44Z', ModifiedTime: '2020-02-26T06:45:57Z' },
        RequestId: '3d0d6dc0-1fa9-4634-9c42-a1ff635c0bd5',
      },
    },
  },
  manualKey: {
    summary: 'A manual key with the secret it was sent',
    value: {
      Response: {
        Result: { AccessKeyId: 'ci_deploy_key_01', AccessKeySecret: 'ci_deploy_secret_rotated_01', AccessKeyType: 'manual', SecretName: 'ci-deploy', Status: 1, CreatedTime: '2024-03-01T08:30:00Z', ModifiedTime: '2024-04-01T10:00:00Z' },
        RequestId: exampleRequestId('UpdateApiKey.manualKey'),
      },
    },
  },
} as const satisfies Record<string, NamedExample<unknown>>

export const errorMessages: Partial<Record<KeyErrorCode | CommonErrorCode, string>> = {
  'ResourceNotFound.InvalidAccessKeyId': 'The key does not exist.',
  'InvalidParameter.FormatError': `AccessKeySecret must be ${accessKeySecretLength.min}-${accessKeySecretLength.max} letters, digits or underscores.`,
  'UnsupportedOperation.UinNotInWhiteList': 'The current Uin is not in the manual key allowlist.',
  'InternalError.OssException': 'OSS internal request error. Please try again later.',
  MissingParameter: 'The request is missing a required parameter `AccessKeySecret` (a manual key).',
  InvalidParameter: 'Parameter AccessKeySecret is accepted only for a manual key.',
}
