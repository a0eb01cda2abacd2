import type { Fault } from './types.js'
import { apiKeysIn } from './wire.js'

export const statusAsString: Fault = {
  name: 'status-as-string',
  description: 'Every key in an answer has its Status as a string ("1") instead of the integer.',
  expectedCheck: 'response-schema.CreateApiKey',
  transformResponse: (answer) => {
    for (const key of apiKeysIn(answer)) if (typeof key.Status === 'number') key.Status = String(key.Status)
    return answer
  },
}
