/**
 * DescribeApiKey's named examples, one per scenario. The official example's masked AccessKeyId (`AKID****…`) is
 * replaced by a valid one of the same shape; its secret is the unmasked one, the rotated secret of UpdateApiKey's
 * example. Every example is validated against its schema.
 */
import type { NamedExample } from '../../action.js'
import type { ApiKey } from '../../apiKey.js'
import type { CommonErrorCode } from '../../commonErrorCodes.js'
import { exampleRequestId } from '../../exampleRequestId.js'
import type { DescribeApiKeyOwnErrorCode } from './errorCodes.js'
import type { DescribeApiKeyRequest } from './request.js'

const officialKeyId = 'AKIDq2Ck7Sn1Vb0Tz8Lm3Xr5We9Yu4Oi6Pa1Sd7F'

export const requestExamples = {
  official: {
    summary: 'Read a key (the official example)',
    description: 'The AccessKeyId of a key created earlier; the answer carries its secret too.',
    value: { AccessKeyId: officialKeyId },
  },
  manualKey: {
    summary: 'Read a manual key',
    value: { AccessKeyId: 'ci_deploy_key_01' },
  },
} as const satisfies Record<string, NamedExample<DescribeApiKeyRequest>>

export const queryExamples = {
  official: {
    summary: 'Read a key, signature v1 (GET query)',
    value: {
      Action: 'DescribeApiKey',
      Version: '2018-08-08',
      AccessKeyId: officialKeyId,
      Timestamp: '1582699557',
      Nonce: '52871',
      SecretId: 'AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE',
      Signature: 'mK3dF6Qp9XbV2sLw8ZrT1nYc4Hg=',
    },
  },
} as const satisfies Record<string, NamedExample<Record<string, string>>>

const success = (name: string, result: ApiKey | null) => ({ Response: { Result: result, RequestId: exampleRequestId(`DescribeApiKey.${name}`) } })

export const successExamples = {
  official: {
    summary: 'The key, secret included (the official example)',
    description: 'ModifiedTime is later than CreatedTime: the secret was rotated by UpdateApiKey since, and the key shows the new one (the secret of the UpdateApiKey example, as the unmasked official example does).',
    value: {
      Response: {
        Result: {
          AccessKeyId: officialKeyId,
          AccessKeySecret: 'hvhuan76de5im5Fa0bqh8aaBcOO9cy6c7yg2ywlf',
          AccessKeyType: 'auto',
          SecretName: 'dd',
          Status: 1,
          CreatedTime: '2020-02-26T06:09:44Z',
          ModifiedTime: '2020-02-26T06:45:57Z',
        },
        RequestId: 'ac423dbe-4e28-470d-b3f7-b8c95c614124',
      },
    },
  },
  disabledManualKey: {
    summary: 'A disabled manual key with tags',
    value: success('disabledManualKey', {
      AccessKeyId: 'ci_deploy_key_01',
      AccessKeySecret: 'ci_deploy_secret_0123456789',
      AccessKeyType: 'manual',
      SecretName: 'ci-deploy',
      Status: 0,
      CreatedTime: '2024-03-01T08:30:00Z',
      ModifiedTime: '2024-03-02T09:00:00Z',
      Tags: [{ Key: 'team', Value: 'platform' }],
    }),
  },
  nullResult: {
    summary: 'Success without a result',
    description: 'Result may be null when no valid value can be obtained.',
    value: success('nullResult', null),
  },
} as const satisfies Record<string, NamedExample<unknown>>

export const errorMessages: Partial<Record<DescribeApiKeyOwnErrorCode | CommonErrorCode, string>> = {
  'ResourceNotFound.InvalidAccessKeyId': 'The key does not exist.',
  'FailedOperation.CamException': 'CAM error.',
  MissingParameter: 'The request is missing a required parameter `AccessKeyId`.',
  UnknownParameter: 'The parameter `AccessKeyID` is not recognized (names are case-sensitive).',
}
