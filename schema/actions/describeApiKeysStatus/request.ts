import { Type, type Static } from '@sinclair/typebox'
import { listFilterLimits, pageLimit } from '../../rules.js'

/** The filter names the action documents (lifecycle facts §3.1; decision list-filters for what each matches). */
export const apiKeyFilterNames = ['AccessKeyId', 'AccessKeySecret', 'SecretName', 'NotUsagePlanId', 'Status', 'KeyWord'] as const

export const ApiKeyFilter = Type.Object(
  {
    Name: Type.Union(
      apiKeyFilterNames.map((name) => Type.Literal(name)),
      { description: `What to filter on: ${apiKeyFilterNames.map((name) => `\`${name}\``).join(', ')} (case-sensitive). Another name gives InvalidParameterValue.InvalidFilterNotSupportedName.` },
    ),
    Values: Type.Array(Type.String(), {
      description: `The values, any of which matches (OR); at most ${listFilterLimits.maxValues}. Values are strings, Status's too (\`"0"\`, \`"1"\`).`,
      maxItems: listFilterLimits.maxValues,
    }),
  },
  { $id: 'Filter', title: 'Filter', description: 'One filter of the API keys: a name and its values (Tencent\'s Filter object, its Name limited to the key filters). Filters combine with AND, the values of one filter with OR.', additionalProperties: false },
)

export const DescribeApiKeysStatusRequest = Type.Object(
  {
    Limit: Type.Optional(
      Type.Integer({ description: `Number of keys to return: ${pageLimit.min}–${pageLimit.max}, ${pageLimit.default} when absent.`, minimum: pageLimit.min, maximum: pageLimit.max, default: pageLimit.default }),
    ),
    Offset: Type.Optional(Type.Integer({ description: 'Number of matching keys to skip, in the list\'s order (decision list-paging); 0 when absent.', minimum: 0, default: 0 })),
    Filters: Type.Optional(
      Type.Array(ApiKeyFilter, { description: `Filters, combined with AND; at most ${listFilterLimits.maxFilters}. No filter lists every key.`, maxItems: listFilterLimits.maxFilters }),
    ),
  },
  {
    $id: 'DescribeApiKeysStatusRequest',
    title: 'DescribeApiKeysStatusRequest',
    description: 'Parameters of DescribeApiKeysStatus: a page (Limit, Offset) of the keys matching the filters. Unknown parameters are rejected.',
    additionalProperties: false,
  },
)
export type DescribeApiKeysStatusRequest = Static<typeof DescribeApiKeysStatusRequest>
