import type { Fault } from './types.js'
import { apiKeysIn } from './wire.js'

/** Times are Beijing's (UTC+8) written with `Z`: well-formed, consistent, and eight hours ahead of UTC. */
export const timesInBeijing: Fault = {
  name: 'times-in-beijing',
  description: 'CreatedTime and ModifiedTime are Beijing time (UTC+8) labelled Z.',
  expectedCheck: 'lifecycle.create-describe',
  transformResponse: (answer) => {
    for (const key of apiKeysIn(answer)) {
      for (const name of ['CreatedTime', 'ModifiedTime'] as const) {
        const time = key[name]
        if (typeof time === 'string') key[name] = new Date(Date.parse(time) + 8 * 3600 * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z')
      }
    }
    return answer
  },
}
