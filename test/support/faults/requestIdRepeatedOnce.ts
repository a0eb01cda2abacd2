import type { Fault } from './types.js'

/**
 * One answer, early in the run, repeats the RequestId of an earlier one; every other RequestId is fresh. The
 * request-id check must find it although neither answer is one of its own.
 */
export const requestIdRepeatedOnce: Fault = {
  name: 'request-id-repeated-once',
  description: 'The 12th answer carries the RequestId of the 4th.',
  expectedCheck: 'request-id',
  transformResponse: (answer, _call, context) => {
    const count = ((context.state.get('count') as number | undefined) ?? 0) + 1
    context.state.set('count', count)
    if (count === 4) context.state.set('requestId', answer.Response.RequestId)
    if (count === 12) answer.Response.RequestId = context.state.get('requestId')
    return answer
  },
}
