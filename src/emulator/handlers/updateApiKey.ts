/**
 * UpdateApiKey (decision update-secret): an auto key gets a new secret drawn as at creation, a manual key takes the one
 * sent; every other field stays, ModifiedTime becomes now. Decided inside the group commit, on the key as it is then.
 */
import { fail } from '../apiFailure.js'
import { generateAutoSecret } from '../keyGenerator.js'
import { utcSeconds } from '../timestamps.js'
import type { Handler } from './context.js'
import { keyNotFound } from './keyNotFound.js'

export const updateApiKey: Handler<'UpdateApiKey'> = (request, { store, now }) =>
  store.modify(request.AccessKeyId, (key) => {
    if (!key) return keyNotFound()
    let secret: string
    if (key.AccessKeyType === 'auto') {
      if (request.AccessKeySecret !== undefined) fail('InvalidParameter', 'AccessKeySecret cannot be set for an auto key: send none, and a new secret is drawn.')
      secret = generateAutoSecret()
    } else {
      if (request.AccessKeySecret === undefined) fail('MissingParameter', 'Missing required parameter AccessKeySecret: a manual key takes the new secret sent.')
      secret = request.AccessKeySecret!
    }
    const patch = { AccessKeySecret: secret, ModifiedTime: utcSeconds(now()) }
    return { kind: 'patch', patch, answer: { ...key, ...patch } }
  })
