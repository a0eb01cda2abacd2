/** EnableApiKey's named examples; the official example's masked values are replaced by valid ones. */
import type { NamedExample } from '../../action.js'
import type { CommonErrorCode } from '../../commonErrorCodes.js'
import type { KeyErrorCode } from '../../keyErrorCodes.js'
import type { EnableApiKeyRequest } from './request.js'

const keyId = 'AKIDq2Ck7Sn1Vb0Tz8Lm3Xr5We9Yu4Oi6Pa1Sd7F'

export const requestExamples = {
  official: { summary: 'Enable a disabled key (the official example)', value: { AccessKeyId: keyId } },
} as const satisfies Record<string, NamedExample<EnableApiKeyRequest>>

export const queryExamples = {
  official: {
    summary: 'Enable a disabled key, signature v1 (GET query)',
    value: { Action: 'EnableApiKey', Version: '2018-08-08', AccessKeyId: keyId, Timestamp: '1582699557', Nonce: '4411', SecretId: 'AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE', Signature: 'Hq7Tn2Lm9Vb4Xc1Zr6Wk3Yd8PfE=' },
  },
} as const satisfies Record<string, NamedExample<Record<string, string>>>

export const successExamples = {
  official: { summary: 'Done (the official example)', value: { Response: { Result: true, RequestId: 'db81808c-77d5-4fc9-9ab4-de59991f9933' } } },
} as const satisfies Record<string, NamedExample<unknown>>

export const errorMessages: Partial<Record<KeyErrorCode | CommonErrorCode, string>> = {
  'ResourceNotFound.InvalidAccessKeyId': 'The key does not exist.',
  'UnsupportedOperation.UnsupportedUpdateApiKey': 'The current key status does not support this operation.',
  'UnsupportedOperation.UinNotInWhiteList': 'The current Uin is not in the manual key allowlist.',
}
