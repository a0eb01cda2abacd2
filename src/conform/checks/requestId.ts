/**
 * `request-id`: RequestIds are fresh UUIDs. Each run sends a drawn valid request of a reading action (made safe) and
 * expects an answer of the schema (whose RequestId pattern is the UUID) with a RequestId no earlier answer of the
 * whole run had.
 */
import fc from 'fast-check'
import { actionArbitraries } from '../../arbitraries/index.js'
import { expectThat } from '../property.js'
import { describeOutcome, propertyCheck } from './check.js'
import { safeRequest } from './requests.js'

import { isObject } from '../values.js'

export const requestIdCheck = propertyCheck({
  id: 'request-id',
  title: 'RequestIds are fresh UUIDs (distinct across every answer of the run)',
  requestsPerRun: 1,
  arbitrary: (context) =>
    fc.record({
      form: fc.constantFrom(...context.forms),
      call: fc.oneof(
        actionArbitraries.DescribeApiKey.validRequest().map((request) => ({ action: 'DescribeApiKey' as const, request: request as unknown })),
        actionArbitraries.DescribeApiKeysStatus.validRequest().map((request) => ({ action: 'DescribeApiKeysStatus' as const, request: request as unknown })),
      ),
    }),
  property: async ({ session }, { form, call }) => {
    // The answers of the checks before this one count too: a RequestId answered twice anywhere in the run.
    const earlier = new Set<string>()
    for (const id of session.requestIds) {
      expectThat(!earlier.has(id), `two answers of this run had the same RequestId (${id})`)
      earlier.add(id)
    }
    const exchange = await session.send(form, call.action, safeRequest(call.action, call.request, session.keys))
    const { kind } = exchange.outcome
    expectThat(kind === 'success' || kind === 'tencent-error', `${call.action} answered with ${describeOutcome(exchange)}`)
    const body = exchange.response?.body
    const requestId = isObject(body) && isObject(body.Response) ? body.Response.RequestId : undefined
    expectThat(typeof requestId === 'string' && !earlier.has(requestId), `${call.action} answered a RequestId an earlier answer of this run already had (${String(requestId)})`)
  },
})
