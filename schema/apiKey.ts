import { Type, type Static } from '@sinclair/typebox'
import './formats.js'
import { AccessKeyType } from './accessKeyType.js'
import { tagList } from './tag.js'
import { utcTimestampPattern } from './rules.js'

const UtcTimestamp = (description: string) =>
  Type.String({ description, format: 'date-time', pattern: utcTimestampPattern, examples: ['2020-02-26T06:10:01Z'] })

/**
 * The created key, as CreateApiKey returns it. The seven fields are always present and non-null (the CLI's api.json
 * marks them so, although the Node SDK's .d.ts makes them optional); Tags is optional and may be null.
 */
export const ApiKey = Type.Object(
  {
    AccessKeyId: Type.String({ description: 'Key ID.', examples: ['AKID8my5MRr9i6VM98F3dZG9zV0KuBq5ID7pMG83'] }),
    AccessKeySecret: Type.String({ description: 'Key secret. Returned here, and also by DescribeApiKey and DescribeApiKeysStatus; UpdateApiKey rotates it. Treat it as a credential.' }),
    AccessKeyType,
    SecretName: Type.String({ description: 'Custom key name.' }),
    Status: Type.Union([Type.Literal(0), Type.Literal(1)], {
      description: 'Key status: 0 disabled, 1 enabled. A newly created key is enabled (1).',
    }),
    CreatedTime: UtcTimestamp('Creation time, UTC, `YYYY-MM-DDThh:mm:ssZ`.'),
    ModifiedTime: UtcTimestamp('Last modification time, UTC, `YYYY-MM-DDThh:mm:ssZ`.'),
    Tags: Type.Optional(
      Type.Union([tagList('Tags bound to the key.'), Type.Null()], { description: 'Tags bound to the key. May be absent or null.' }),
    ),
  },
  { $id: 'ApiKey', title: 'ApiKey', description: 'Details of an API key.', additionalProperties: false },
)
export type ApiKey = Static<typeof ApiKey>
