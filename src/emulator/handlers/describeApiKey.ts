/** DescribeApiKey: the stored key, secret included, by its AccessKeyId (any string is looked up: key-id-lookup). */
import { fail } from '../apiFailure.js'
import type { Handler } from './context.js'

export const describeApiKey: Handler<'DescribeApiKey'> = async (request, { store }) => {
  const key = await store.find(request.AccessKeyId)
  // The id is the caller's and may be anything: it is not echoed.
  return key ?? fail('ResourceNotFound.InvalidAccessKeyId', 'No key has this AccessKeyId.')
}
