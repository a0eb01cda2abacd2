import { Type } from '@sinclair/typebox'

/**
 * The AccessKeyId of an existing key, as every action on one key takes it. Any string is looked up (decision
 * key-id-lookup): an id that no key has, the empty one included, is answered ResourceNotFound.InvalidAccessKeyId
 * rather than refused by a format rule the API does not document.
 */
export const lookedUpKeyId = (what: string) =>
  Type.String({
    description: `ID of the key ${what} (its AccessKeyId). Required. A key that does not exist, or an empty ID, gives ResourceNotFound.InvalidAccessKeyId.`,
    examples: ['AKID8my5MRr9i6VM98F3dZG9zV0KuBq5ID7pMG83'],
  })
