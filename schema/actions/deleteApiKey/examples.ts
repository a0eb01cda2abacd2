/** DeleteApiKey's named examples; the official example's masked values are replaced by valid ones. */
import type { NamedExample } from '../../action.js'
import type { CommonErrorCode } from '../../commonErrorCodes.js'
import type { KeyErrorCode } from '../../keyErrorCodes.js'
import type { DeleteApiKeyRequest } from './request.js'

const keyId = 'AKIDq2Ck7Sn1Vb0Tz8Lm3Xr5We9Yu4Oi6Pa1Sd7F'

export const requestExamples = {
  official: { summary: 'Delete a disabled key (the official example)', value: { AccessKeyId: keyId } },
} as const satisfies Record<string, NamedExample<DeleteApiKeyRequest>>

export const queryExamples = {
  official: {
    summary: 'Delete a disabled key, signature v1 (GET query)',
    value: { Action: 'DeleteApiKey', Version: '2018-08-08', AccessKeyId: keyId, Timestamp: '1582699557', Nonce: '4411', SecretId: 'AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE', Signature: 'Hq7Tn2Lm9Vb4Xc1Zr6Wk3Yd8PfE=' },
  },
} as const satisfies Record<string, NamedExample<Record<string, string>>>

export const successExamples = {
  official: { summary: 'Done (the official example)', value: { Response: { Result: true, RequestId: '7bc61f00-1cb0-4436-9f7e-55c3e2652248' } } },
} as const satisfies Record<string, NamedExample<unknown>>

export const errorMessages: Partial<Record<KeyErrorCode | CommonErrorCode, string>> = {
  'ResourceNotFound.InvalidAccessKeyId': 'The key does not exist.',
  'UnsupportedOperation.InvalidStatus': 'The current key status does not support this operation.',
  'UnsupportedOperation.ResourceIsInUse': 'The key has already been bound to a usage plan. Please unbind it and try again.',
}
