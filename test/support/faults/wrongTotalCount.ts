import type { Fault } from './types.js'

export const wrongTotalCount: Fault = {
  name: 'wrong-total-count',
  description: 'DescribeApiKeysStatus answers a TotalCount one more than the number of matching keys.',
  expectedCheck: 'lifecycle.list-by-id',
  transformResponse: (answer, call) => {
    const result = answer.Response.Result as { TotalCount?: unknown } | undefined
    if (call.action === 'DescribeApiKeysStatus' && typeof result?.TotalCount === 'number') result.TotalCount += 1
    return answer
  },
}
