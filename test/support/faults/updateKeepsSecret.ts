import type { Fault } from './types.js'
import { apiKeysIn } from './wire.js'

/**
 * The first secret seen for each auto key is the one every later answer shows (UpdateApiKey's included): from
 * outside, the update did not rotate it.
 */
export const updateKeepsSecret: Fault = {
  name: 'update-keeps-secret',
  description: 'UpdateApiKey of an auto key answers (and later reads show) the secret it had: no rotation.',
  expectedCheck: 'lifecycle.update-rotates',
  transformResponse: (answer, _call, context) => {
    for (const key of apiKeysIn(answer)) {
      if (key.AccessKeyType !== 'auto') continue
      const slot = `secret:${String(key.AccessKeyId)}`
      if (!context.state.has(slot)) context.state.set(slot, key.AccessKeySecret)
      key.AccessKeySecret = context.state.get(slot)
    }
    return answer
  },
}
