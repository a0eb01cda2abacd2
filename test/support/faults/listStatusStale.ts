import type { Fault } from './types.js'

/** A list shows every key enabled, whatever its Status: DescribeApiKey and the writes are right, the list is stale. */
export const listStatusStale: Fault = {
  name: 'list-status-stale',
  description: 'DescribeApiKeysStatus lists every key with Status 1, a disabled one too (DescribeApiKey shows 0).',
  expectedCheck: 'lifecycle.list-follows',
  transformResponse: (answer, call) => {
    const result = answer.Response.Result as { ApiKeySet?: { Status?: unknown }[] } | undefined
    if (call.action === 'DescribeApiKeysStatus' && Array.isArray(result?.ApiKeySet)) for (const key of result.ApiKeySet) key.Status = 1
    return answer
  },
}
