import { Type, type Static } from '@sinclair/typebox'
import { lookedUpKeyId } from '../../lookedUpKeyId.js'
import { accessKeyCharsetDescription, accessKeyCharsetPattern, accessKeySecretLength, formatRange } from '../../rules.js'

export const UpdateApiKeyRequest = Type.Object(
  {
    AccessKeyId: lookedUpKeyId('whose secret changes'),
    AccessKeySecret: Type.Optional(
      Type.String({
        description: `The new secret of a manual key: required for a manual key, refused for an auto key (whose new secret the service draws; decision update-secret). ${formatRange(accessKeySecretLength)} characters: ${accessKeyCharsetDescription}.`,
        minLength: accessKeySecretLength.min,
        maxLength: accessKeySecretLength.max,
        pattern: accessKeyCharsetPattern,
        examples: ['ci_deploy_secret_rotated_01'],
      }),
    ),
  },
  {
    $id: 'UpdateApiKeyRequest',
    title: 'UpdateApiKeyRequest',
    description: 'Parameters of UpdateApiKey: the key, and for a manual key its new secret. Unknown parameters are rejected.',
    additionalProperties: false,
  },
)
export type UpdateApiKeyRequest = Static<typeof UpdateApiKeyRequest>
