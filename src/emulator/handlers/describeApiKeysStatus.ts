/**
 * DescribeApiKeysStatus: a page of the keys matching the filters, newest first, with the number of all matches
 * (decisions list-filters, list-paging, list-empty). No match, a deleted key's id included, is an empty page.
 */
import type { Handler } from './context.js'

export const describeApiKeysStatus: Handler<'DescribeApiKeysStatus'> = (request, { store }) => store.list(request.Filters ?? [], request.Limit, request.Offset)
