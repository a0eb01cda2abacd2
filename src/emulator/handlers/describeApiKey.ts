/** DescribeApiKey: the stored key, secret included, by its AccessKeyId (any string is looked up: key-id-lookup). */
import type { Handler } from './context.js'
import { keyNotFound } from './keyNotFound.js'

export const describeApiKey: Handler<'DescribeApiKey'> = async (request, { store }) => (await store.find(request.AccessKeyId)) ?? keyNotFound()
