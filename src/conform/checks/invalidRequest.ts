/**
 * `invalid-request.<Action>`: invalid requests, one problem each (the package's arbitraries), get the documented
 * code. The code expected is the contract's answer to what was sent: the package's validator
 * (runtimeActions[action].parseRequest) on the request as the server reads it from the wire (wireForms.ts
 * readBack), so a case is judged in every form, the flattened ones included, where every value is a string and a
 * problem of type may vanish (then the run only checks the answer's schema). A request over the form's size limit
 * expects RequestSizeLimitExceeded.
 */
import fc from 'fast-check'
import { actionArbitraries } from '../../arbitraries/index.js'
import { actionNames, runtimeActions, type ActionName } from '../../actions.js'
import { sizeLimits } from '../../../generated/contractLimits.js'
import type { Exchange } from '../../client/index.js'
import { expectThat } from '../property.js'
import { readBack } from '../wireForms.js'
import { describeOutcome, propertyCheck, type Check } from './check.js'
import { creatingActions, safeRequest } from './requests.js'

/** Within this many bytes of a size limit, either answer is accepted (how a server counts the bytes may differ). */
const sizeMargin = 512

type SizeVerdict = 'under' | 'near' | 'over'

/** Where the request stands against its form's size limit (GET: the path and query; POST: the body). */
export function sizeVerdict(request: Exchange['request']): SizeVerdict {
  const isGet = request.method.toUpperCase() === 'GET'
  const url = new URL(request.url)
  const bytes = Buffer.byteLength(isGet ? `${url.pathname}${url.search}` : request.body)
  const json = Object.entries(request.headers).some(([name, value]) => name.toLowerCase() === 'content-type' && value.startsWith('application/json'))
  const limit = isGet ? sizeLimits.get : json ? sizeLimits.postV3 : sizeLimits.postV1
  return bytes > limit + sizeMargin ? 'over' : bytes >= limit - sizeMargin ? 'near' : 'under'
}

/** The code the contract gives the request as sent, or undefined where what was sent is valid. */
export function expectedCode(action: ActionName, request: Exchange['request']): string | undefined {
  const read = readBack(action, request)
  if (read.kind === 'refused') return read.code
  const parsed = runtimeActions[action].parseRequest(read.parameters)
  return parsed.ok ? undefined : parsed.error.Code
}

function invalidRequestCheck(action: ActionName): Check {
  return propertyCheck({
    id: `invalid-request.${action}`,
    title: `${action}: invalid requests, one problem each, get the documented code`,
    // A create whose problem the wire drops (a null member is left out, as the SDK does) makes a key: 2 more to delete it.
    requestsPerRun: creatingActions.includes(action) ? 3 : 1,
    arbitrary: (context) => fc.record({ form: fc.constantFrom(...context.forms), invalid: actionArbitraries[action].invalidRequest() }),
    property: async (context, { form, invalid }) => {
      const { session } = context
      const exchange = await session.send(form, action, safeRequest(action, invalid.request, session.keys, { problem: invalid.parameter }))
      const size = sizeVerdict(exchange.request)
      const expected = size === 'over' ? 'RequestSizeLimitExceeded' : expectedCode(action, exchange.request)
      const { outcome } = exchange
      const got = outcome.kind === 'tencent-error' ? outcome.code : undefined
      if (expected === undefined) {
        // The problem did not survive the form (a number sent as text): any answer of the schema will do.
        expectThat(outcome.kind === 'success' || outcome.kind === 'tencent-error', `${action} answered with ${describeOutcome(exchange)}`)
        return
      }
      const accepted = size === 'near' ? [expected, 'RequestSizeLimitExceeded'] : [expected]
      expectThat(got !== undefined && accepted.includes(got), `${action}: a request with one problem (${invalid.parameter}) should get ${expected}, got ${describeOutcome(exchange)}`)
    },
    after: async (context) => {
      await context.session.keys.cleanup(context.session.cleanupCall)
    },
  })
}

export const invalidRequestChecks: readonly Check[] = actionNames.map(invalidRequestCheck)
