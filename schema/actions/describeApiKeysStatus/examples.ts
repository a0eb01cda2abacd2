/** DescribeApiKeysStatus's named examples; the official example's masked values are replaced by valid ones. */
import type { NamedExample } from '../../action.js'
import type { CommonErrorCode } from '../../commonErrorCodes.js'
import { exampleRequestId } from '../../exampleRequestId.js'
import type { KeyErrorCode } from '../../keyErrorCodes.js'
import { pageLimit } from '../../rules.js'
import type { DescribeApiKeysStatusRequest } from './request.js'

const keyId = 'AKIDq2Ck7Sn1Vb0Tz8Lm3Xr5We9Yu4Oi6Pa1Sd7F'

export const requestExamples = {
  byAccessKeyId: {
    summary: 'One key by its AccessKeyId (the Terraform provider\'s read)',
    description: `A full page (Limit ${pageLimit.max}); the provider pages on until a page is short. An unknown id gives TotalCount 0 and an empty ApiKeySet.`,
    value: { Filters: [{ Name: 'AccessKeyId', Values: [keyId] }], Limit: pageLimit.max, Offset: 0 },
  },
  everyKey: {
    summary: 'Every key, first page',
    description: `No filter; Limit ${pageLimit.default} and Offset 0 when absent.`,
    value: {},
  },
  enabledByKeyWord: {
    summary: 'Enabled keys whose name or id contains a word',
    value: { Filters: [{ Name: 'Status', Values: ['1'] }, { Name: 'KeyWord', Values: ['deploy'] }], Limit: 50, Offset: 50 },
  },
} as const satisfies Record<string, NamedExample<DescribeApiKeysStatusRequest>>

export const queryExamples = {
  byAccessKeyIds: {
    summary: 'Several keys by id, signature v1 (the serverless toolkit\'s form POST)',
    value: {
      Action: 'DescribeApiKeysStatus',
      Version: '2018-08-08',
      Region: 'ap-guangzhou',
      'Filters.0.Name': 'AccessKeyId',
      'Filters.0.Values.0': keyId,
      'Filters.0.Values.1': 'ci_deploy_key_01',
      Limit: '2',
      Timestamp: '1582697401',
      Nonce: '31227',
      SecretId: 'AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE',
      RequestClient: 'ServerlessComponentV2',
      Signature: 'bN9c4pQ2vLk8Xr1Tz6Wm3Yh5DgM=',
    },
  },
} as const satisfies Record<string, NamedExample<Record<string, string>>>

export const successExamples = {
  official: {
    summary: 'One key (the official example)',
    value: {
      Response: {
        Result: {
          TotalCount: 1,
          ApiKeySet: [
            { AccessKeyId: keyId, AccessKeySecret: 'qYSyjRk3Nf8Vx2Lm9Pq4Wt7Zb1Hc6Dg0Ja5Se3Uy', AccessKeyType: 'auto', SecretName: 'dd', Status: 1, CreatedTime: '2020-02-26T06:09:44Z', ModifiedTime: '2020-02-26T06:09:44Z' },
          ],
        },
        RequestId: '6096c75d-1562-44be-a4af-75b5e235d319',
      },
    },
  },
  noMatch: {
    summary: 'No key matches (a deleted key\'s id, for example)',
    description: 'A success, not an error: TotalCount 0 and an empty ApiKeySet (decision list-empty).',
    value: { Response: { Result: { TotalCount: 0, ApiKeySet: [] }, RequestId: exampleRequestId('DescribeApiKeysStatus.noMatch') } },
  },
  nullMembers: {
    summary: 'Members without a value',
    description: 'TotalCount and ApiKeySet are always present and may be null (the metadata says so).',
    value: { Response: { Result: { TotalCount: null, ApiKeySet: null }, RequestId: exampleRequestId('DescribeApiKeysStatus.nullMembers') } },
  },
} as const satisfies Record<string, NamedExample<unknown>>

export const errorMessages: Partial<Record<KeyErrorCode | CommonErrorCode, string>> = {
  'InvalidParameterValue.InvalidFilterNotSupportedName': 'The filter name is not supported.',
  'InvalidParameterValue.InvalidRegion': 'Incorrect region.',
  'InternalError.CamException': 'CAM internal request error. Please try again later.',
  'FailedOperation.CamException': 'CAM error.',
  InvalidParameterValue: `Invalid value of parameter Limit: it must be ${pageLimit.min}–${pageLimit.max}.`,
}
