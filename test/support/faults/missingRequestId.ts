import type { Fault } from './types.js'

export const missingRequestId: Fault = {
  name: 'missing-request-id',
  description: 'Every answer lacks Response.RequestId.',
  expectedCheck: 'response-schema.CreateApiKey',
  transformResponse: (answer) => {
    const { RequestId: _dropped, ...rest } = answer.Response
    return { Response: rest }
  },
}
