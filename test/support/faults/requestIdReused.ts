import type { Fault } from './types.js'

export const requestIdReused: Fault = {
  name: 'request-id-reused',
  description: 'Every answer carries the RequestId of the first answer.',
  expectedCheck: 'request-id',
  transformResponse: (answer, _call, context) => {
    if (!context.state.has('requestId')) context.state.set('requestId', answer.Response.RequestId)
    answer.Response.RequestId = context.state.get('requestId')
    return answer
  },
}
