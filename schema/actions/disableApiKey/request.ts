import { Type, type Static } from '@sinclair/typebox'
import { lookedUpKeyId } from '../../lookedUpKeyId.js'

export const DisableApiKeyRequest = Type.Object(
  { AccessKeyId: lookedUpKeyId('to disable') },
  {
    $id: 'DisableApiKeyRequest',
    title: 'DisableApiKeyRequest',
    description: 'Parameters of DisableApiKey: the AccessKeyId of the key to disable. Unknown parameters are rejected.',
    additionalProperties: false,
  },
)
export type DisableApiKeyRequest = Static<typeof DisableApiKeyRequest>
