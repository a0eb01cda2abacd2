import { Type, type Static } from '@sinclair/typebox'
import { lookedUpKeyId } from '../../lookedUpKeyId.js'

export const DescribedAccessKeyId = lookedUpKeyId('to read')

export const DescribeApiKeyRequest = Type.Object(
  { AccessKeyId: DescribedAccessKeyId },
  {
    $id: 'DescribeApiKeyRequest',
    title: 'DescribeApiKeyRequest',
    description: 'Parameters of DescribeApiKey: the AccessKeyId of the key to read. Unknown parameters are rejected.',
    additionalProperties: false,
  },
)
export type DescribeApiKeyRequest = Static<typeof DescribeApiKeyRequest>
