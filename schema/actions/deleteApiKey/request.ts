import { Type, type Static } from '@sinclair/typebox'
import { lookedUpKeyId } from '../../lookedUpKeyId.js'

export const DeleteApiKeyRequest = Type.Object(
  { AccessKeyId: lookedUpKeyId('to delete') },
  {
    $id: 'DeleteApiKeyRequest',
    title: 'DeleteApiKeyRequest',
    description: 'Parameters of DeleteApiKey: the AccessKeyId of the key to delete. Unknown parameters are rejected.',
    additionalProperties: false,
  },
)
export type DeleteApiKeyRequest = Static<typeof DeleteApiKeyRequest>
