/**
 * EnableApiKey and DisableApiKey (decision status-toggle): Status to 1 or 0 with ModifiedTime now; a key already in
 * that status is a success that changes nothing, ModifiedTime included. Decided inside the group commit.
 */
import { utcSeconds } from '../timestamps.js'
import type { Handler, HandlerContext } from './context.js'
import { keyNotFound } from './keyNotFound.js'

const setStatus = (accessKeyId: string, status: 0 | 1, { store, now }: HandlerContext): Promise<boolean> =>
  store.modify(accessKeyId, (key) => {
    if (!key) return keyNotFound()
    if (key.Status === status) return { kind: 'keep', answer: true }
    return { kind: 'patch', patch: { Status: status, ModifiedTime: utcSeconds(now()) }, answer: true }
  })

export const enableApiKey: Handler<'EnableApiKey'> = (request, context) => setStatus(request.AccessKeyId, 1, context)
export const disableApiKey: Handler<'DisableApiKey'> = (request, context) => setStatus(request.AccessKeyId, 0, context)
