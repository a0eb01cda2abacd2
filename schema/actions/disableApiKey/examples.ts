/** DisableApiKey's named examples; the official example's masked values are replaced by valid ones. */
import type { NamedExample } from '../../action.js'
import type { CommonErrorCode } from '../../commonErrorCodes.js'
import type { KeyErrorCode } from '../../keyErrorCodes.js'
import type { DisableApiKeyRequest } from './request.js'

const keyId = 'AKIDq2Ck7Sn1Vb0Tz8Lm3Xr5We9Yu4Oi6Pa1Sd7F'

export const requestExamples = {
  official: { summary: 'Disable an enabled key (the official example)', value: { AccessKeyId: keyId } },
} as const satisfies Record<string, NamedExample<DisableApiKeyRequest>>

export const queryExamples = {
  official: {
    summary: 'Disable an enabled key, signature v1 (GET query)',
    value: { Action: 'DisableApiKey', Version: '2018-08-08', AccessKeyId: keyId, Timestamp: '1582699557', Nonce: '4411', SecretId: 'AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE', Signature: 'Hq7Tn2Lm9Vb4Xc1Zr6Wk3Yd8PfE=' },
  },
} as const satisfies Record<string, NamedExample<Record<string, string>>>

export const successExamples = {
  official: { summary: 'Done (the official example)', value: { Response: { Result: true, RequestId: '6ea68436-c37c-4887-9a2b-91ed0eb72f7a' } } },
} as const satisfies Record<string, NamedExample<unknown>>

export const errorMessages: Partial<Record<KeyErrorCode | CommonErrorCode, string>> = {
  'ResourceNotFound.InvalidAccessKeyId': 'The key does not exist.',
  'UnsupportedOperation.UnsupportedUpdateApiKey': 'The current key status does not support this operation.',
  'InternalError.OssException': 'OSS internal request error. Please try again later.',
}
