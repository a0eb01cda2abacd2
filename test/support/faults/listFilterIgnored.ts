import type { Fault } from './types.js'
import { isSuccess } from './wire.js'

/** A list the emulator answered (so the request was authentic and valid) is replaced by the same page without Filters. */
export const listFilterIgnored: Fault = {
  name: 'list-filter-ignored',
  description: 'DescribeApiKeysStatus ignores its Filters: it answers the page of all keys.',
  expectedCheck: 'lifecycle.list-by-id',
  transformResponse: async (answer, call, context) => {
    if (call.action !== 'DescribeApiKeysStatus' || !isSuccess(answer)) return answer
    const page: Record<string, number> = {}
    for (const name of ['Limit', 'Offset'] as const) if (call.parameters[name] !== undefined) page[name] = Number(call.parameters[name])
    const unfiltered = await context.call('DescribeApiKeysStatus', page)
    return { Response: { ...unfiltered.Response, RequestId: answer.Response.RequestId } }
  },
}
