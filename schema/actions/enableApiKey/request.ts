import { Type, type Static } from '@sinclair/typebox'
import { lookedUpKeyId } from '../../lookedUpKeyId.js'

export const EnableApiKeyRequest = Type.Object(
  { AccessKeyId: lookedUpKeyId('to enable') },
  {
    $id: 'EnableApiKeyRequest',
    title: 'EnableApiKeyRequest',
    description: 'Parameters of EnableApiKey: the AccessKeyId of the key to enable. Unknown parameters are rejected.',
    additionalProperties: false,
  },
)
export type EnableApiKeyRequest = Static<typeof EnableApiKeyRequest>
