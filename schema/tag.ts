import { Type, type Static } from '@sinclair/typebox'

/** A resource tag, `{Key, Value}`, both required [SDK]. The API documents no length or charset for either. */
export const Tag = Type.Object(
  {
    Key: Type.String({ description: 'Tag key.' }),
    Value: Type.String({ description: 'Tag value.' }),
  },
  { $id: 'Tag', title: 'Tag', description: 'A tag attached to the key. Both Key and Value are required.', additionalProperties: false },
)
export type Tag = Static<typeof Tag>
