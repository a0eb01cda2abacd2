import type { Fault } from './types.js'

/** Each page of a list comes oldest first (the page's keys reversed); TotalCount and the pages' contents are right. */
export const listOldestFirst: Fault = {
  name: 'list-oldest-first',
  description: 'DescribeApiKeysStatus answers each page oldest first, where the contract lists newest first.',
  expectedCheck: 'lifecycle.list-paging',
  transformResponse: (answer, call) => {
    const result = answer.Response.Result as { ApiKeySet?: unknown[] } | undefined
    if (call.action === 'DescribeApiKeysStatus' && Array.isArray(result?.ApiKeySet)) result.ApiKeySet.reverse()
    return answer
  },
}
