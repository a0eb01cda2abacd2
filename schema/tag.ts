import { Type, type Static } from '@sinclair/typebox'
import { maxTagsPerKey, tagKeyLength, tagKeyPattern, tagValueLength, tagValuePattern } from './rules.js'

/**
 * A resource tag, `{Key, Value}`, both required [SDK]. The API documents no bound; the bounds are those of Tencent
 * Cloud's Tag service (decision `tag-limits`), counted as code points through a pattern as for SecretName.
 */
export const TagKey = Type.String({
  description: `Tag key. ${tagKeyLength.min}–${tagKeyLength.max} characters (Unicode code points); any characters but lone surrogates.`,
  minLength: tagKeyLength.min,
  pattern: tagKeyPattern,
})
export const TagValue = Type.String({
  description: `Tag value. ${tagValueLength.min}–${tagValueLength.max} characters (Unicode code points), empty allowed; any characters but lone surrogates.`,
  pattern: tagValuePattern,
})

export const Tag = Type.Object(
  { Key: TagKey, Value: TagValue },
  { $id: 'Tag', title: 'Tag', description: 'A tag attached to the key. Both Key and Value are required.', additionalProperties: false },
)
export type Tag = Static<typeof Tag>

/** A list of tags: at most `maxTagsPerKey` (decision `tag-limits`). */
export const tagList = (description: string) => Type.Array(Tag, { description, maxItems: maxTagsPerKey })
