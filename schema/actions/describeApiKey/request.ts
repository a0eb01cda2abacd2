import { Type, type Static } from '@sinclair/typebox'

/**
 * The key to read. Any string is looked up (decision key-id-lookup): an id that no key has, the empty one included,
 * is answered ResourceNotFound.InvalidAccessKeyId rather than refused by a format rule the API does not document.
 */
export const DescribedAccessKeyId = Type.String({
  description: 'ID of the key to read (its AccessKeyId). Required. A key that does not exist, or an empty ID, gives ResourceNotFound.InvalidAccessKeyId.',
  examples: ['AKID8my5MRr9i6VM98F3dZG9zV0KuBq5ID7pMG83'],
})

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
