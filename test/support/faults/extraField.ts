import type { Fault } from './types.js'

export const extraField: Fault = {
  name: 'extra-field',
  description: 'Every object Result (a key, a list page) carries an undocumented member, Region.',
  expectedCheck: 'response-schema.CreateApiKey',
  transformResponse: (answer) => {
    const result = answer.Response.Result
    if (result !== null && typeof result === 'object' && !Array.isArray(result)) (result as Record<string, unknown>).Region = 'ap-guangzhou'
    return answer
  },
}
