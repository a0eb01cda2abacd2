/**
 * DescribeApiKeysStatus's result: a page of ApiKeys and the number of all matches, either of them null now and then
 * (both are always present and nullable). A page holds at most the request's Limit maximum (its request model), and
 * TotalCount, when the page is not null, counts at least the keys on it.
 */
import fc from './fastCheck.js'
import { requestModel } from '../../generated/validators/describeApiKeysStatusRequest.js'
import type { IntegerParameter } from '../../generated/validators/model.js'
import type { ApiKey, ResultOf } from '../types.js'
import { apiKey } from './apiKey.js'

type ApiKeysStatus = NonNullable<ResultOf<'DescribeApiKeysStatus'>>

const limit = requestModel.parameters.find((parameter): parameter is IntegerParameter => parameter.name === 'Limit' && parameter.kind === 'integer')
if (!limit || limit.maximum === null) throw new Error('arbitraries: DescribeApiKeysStatus has no bounded Limit')
const pageSize = limit.maximum

/** Pages: usually a few keys, now and then a full one; empty ones often (a filter that matches nothing). */
const page = (): fc.Arbitrary<ApiKey[]> =>
  fc.oneof(
    { weight: 3, arbitrary: fc.constant([]).map((): ApiKey[] => []) },
    { weight: 12, arbitrary: fc.array(apiKey(), { minLength: 1, maxLength: 3 }) },
    { weight: 1, arbitrary: fc.array(apiKey(), { maxLength: pageSize, size: 'max' }) },
  )

export function apiKeysStatus(): fc.Arbitrary<ApiKeysStatus> {
  return fc
    .tuple(fc.option(page(), { nil: null, freq: 8 }), fc.option(fc.nat(), { nil: null, freq: 8 }), fc.nat({ max: 1000 }))
    .map(([ApiKeySet, total, more]) => ({ TotalCount: total === null ? null : (ApiKeySet?.length ?? 0) + more, ApiKeySet }))
}
