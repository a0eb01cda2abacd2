/**
 * `response-schema.<Action>`: valid requests (the package's arbitraries, made safe) get answers that validate
 * against the action's response schema, a success or an error of its closed union (the client's parseResponse). An
 * action on one key is sent to a key this check created or to an id no key has, drawn per run; sent to the check's
 * own key (an enabled auto key), the contract says more than the schema, and the answer must be what it says
 * (ownKeyAnswer).
 */
import fc from 'fast-check'
import { actionArbitraries } from '../../arbitraries/index.js'
import { actionNames, type ActionName } from '../../actions.js'
import { expectThat } from '../property.js'
import { describeOutcome, propertyCheck, type Check, type CheckContext } from './check.js'
import { isObject } from '../values.js'
import { keyActions, safeRequest } from './requests.js'

/** The key a check on one key may target, created at its first use and deleted after the check. */
function fixtureKey(context: CheckContext): { get(): Promise<string | undefined>; release(): Promise<void> } {
  let id: string | undefined
  return {
    async get() {
      if (id !== undefined) return id
      const created = await context.session.send(context.mainForm, 'CreateApiKey', { SecretName: context.session.keys.secretName() })
      const result = created.outcome.kind === 'success' ? (created.outcome.result as { AccessKeyId?: unknown }) : undefined
      if (typeof result?.AccessKeyId === 'string') id = result.AccessKeyId
      return id
    },
    async release() {
      if (id !== undefined) await context.session.keys.cleanup(context.session.cleanupCall, [id])
      id = undefined
    },
  }
}

/**
 * What the contract answers a valid request of `action` to the check's own key, an enabled auto key: a success, or
 * the one code that refuses it; undefined for an action that does not act on one key.
 */
export function ownKeyAnswer(action: ActionName, request: unknown): { readonly code?: string } | undefined {
  switch (action) {
    case 'DescribeApiKey':
    case 'EnableApiKey': // decision status-toggle: enabling an enabled key (or disabling a disabled one) succeeds
    case 'DisableApiKey':
      return {}
    case 'UpdateApiKey': // decision update-secret: an auto key's secret is the service's to draw
      return isObject(request) && request.AccessKeySecret !== undefined && request.AccessKeySecret !== null ? { code: 'InvalidParameter' } : {}
    case 'DeleteApiKey': // decision delete-needs-disabled: the fixture is never disabled by this check
      return { code: 'UnsupportedOperation.InvalidStatus' }
    default:
      return undefined
  }
}

function responseSchemaCheck(action: ActionName): Check {
  const onKey = keyActions.includes(action)
  const creates = action === 'CreateApiKey'
  let fixture: ReturnType<typeof fixtureKey> | undefined
  const created: string[] = []
  return propertyCheck({
    id: `response-schema.${action}`,
    title: `${action}: valid requests get answers of the response schema (a success or an error of its union)`,
    // A create may make a key, deleted after the check (2 requests each); a check on one key makes one fixture key.
    requestsPerRun: creates ? 3 : 1,
    fixed: onKey ? 3 : 0,
    arbitrary: (context) =>
      fc.record({ form: fc.constantFrom(...context.forms), request: actionArbitraries[action].validRequest() as fc.Arbitrary<unknown>, ownKey: fc.boolean() }),
    property: async (context, { form, request, ownKey }) => {
      const { session } = context
      fixture ??= fixtureKey(context)
      const target = onKey && ownKey ? await fixture.get() : undefined
      const before = new Set(session.keys.alive)
      const sent = safeRequest(action, request, session.keys, target === undefined ? {} : { target })
      const exchange = await session.send(form, action, sent)
      for (const id of session.keys.alive) if (!before.has(id)) created.push(id)
      const { outcome } = exchange
      expectThat(outcome.kind === 'success' || outcome.kind === 'tencent-error', `${action} answered a valid request with ${describeOutcome(exchange)}`)
      const expected = target === undefined ? undefined : ownKeyAnswer(action, sent)
      if (expected === undefined) return
      const got = outcome.kind === 'tencent-error' ? outcome.code : undefined
      expectThat(got === expected.code, `${action} of a valid request to the run's own enabled auto key should get ${expected.code === undefined ? 'a success' : `the error ${expected.code}`}, got ${describeOutcome(exchange)}`)
    },
    after: async (context) => {
      await fixture?.release()
      fixture = undefined
      await context.session.keys.cleanup(context.session.cleanupCall, created.splice(0))
    },
  })
}

export const responseSchemaChecks: readonly Check[] = actionNames.map(responseSchemaCheck)
