import type { Fault } from './types.js'
import { apiKeysIn } from './wire.js'

/**
 * A manual key's AccessKeySecret is shown with its first character changed, in every answer alike: create, describe
 * and list agree with each other, but not with the secret the caller chose.
 */
export const manualSecretReplaced: Fault = {
  name: 'manual-secret-replaced',
  description: 'A manual key keeps a secret other than the one sent (every answer shows the same other secret).',
  expectedCheck: 'lifecycle.manual-id',
  transformResponse: (answer) => {
    for (const key of apiKeysIn(answer)) {
      if (key.AccessKeyType !== 'manual' || typeof key.AccessKeySecret !== 'string') continue
      const secret = key.AccessKeySecret
      key.AccessKeySecret = `${secret.startsWith('a') ? 'b' : 'a'}${secret.slice(1)}`
    }
    return answer
  },
}
