/**
 * DeleteApiKey (decision delete-needs-disabled): only a disabled key; checked in the order not found, bound to a usage
 * plan (the emulator has none, so never), enabled. The id is then free, and its place in the quota too.
 */
import { fail } from '../apiFailure.js'
import type { Handler } from './context.js'
import { keyNotFound } from './keyNotFound.js'

export const deleteApiKey: Handler<'DeleteApiKey'> = (request, { store }) =>
  store.modify(request.AccessKeyId, (key) => {
    if (!key) return keyNotFound()
    if (key.Status !== 0) fail('UnsupportedOperation.InvalidStatus', 'The key is enabled: disable it (DisableApiKey), then delete it.')
    return { kind: 'delete', answer: true }
  })
