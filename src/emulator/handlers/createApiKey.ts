/** CreateApiKey: a new key (generated, or the caller's manual pair) in the store, within the quota. */
import { fail } from '../apiFailure.js'
import { generateAutoKey } from '../keyGenerator.js'
import { utcSeconds } from '../timestamps.js'
import type { Handler } from './context.js'

/** How many times an auto key is drawn again if its AccessKeyId is taken (effectively never: decision emulator-auto-keys has the odds). */
const autoKeyAttempts = 3

export const createApiKey: Handler<'CreateApiKey'> = async (request, { store, keyQuota, now }) => {
  const createdTime = () => utcSeconds(now())
  for (let attempt = 0; attempt < autoKeyAttempts; attempt++) {
    const material = request.AccessKeyType === 'manual' ? { AccessKeyId: request.AccessKeyId, AccessKeySecret: request.AccessKeySecret } : generateAutoKey(now())
    // Member by member, one layout for both kinds (a spread of `material` was measurably slower in the pipeline).
    const key = { AccessKeyId: material.AccessKeyId, AccessKeySecret: material.AccessKeySecret, AccessKeyType: request.AccessKeyType, SecretName: request.SecretName, Tags: request.Tags }
    const outcome = await store.create(key, createdTime, keyQuota)
    if (outcome.ok) return outcome.key
    if (outcome.reason === 'quota') fail('LimitExceeded.ApiKeyCountLimitExceeded', `The account already has ${keyQuota} keys, the emulator's key quota.`)
    if (request.AccessKeyType === 'manual') fail('FailedOperation.AccessKeyExist', 'A key with this AccessKeyId already exists.')
  }
  return fail('InternalError', 'Could not draw a free AccessKeyId.')
}
