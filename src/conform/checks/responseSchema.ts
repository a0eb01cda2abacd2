/**
 * `response-schema.<Action>`: valid requests (the package's arbitraries, made safe) get answers that validate
 * against the action's response schema, a success or an error of its closed union (the client's parseResponse). An
 * action on one key is sent to a key this check created or to an id no key has, drawn per run.
 */
import fc from 'fast-check'
import { actionArbitraries } from '../../arbitraries/index.js'
import { actionNames, type ActionName } from '../../actions.js'
import { expectThat } from '../property.js'
import { describeOutcome, propertyCheck, type Check, type CheckContext } from './check.js'
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
      const exchange = await session.send(form, action, safeRequest(action, request, session.keys, target === undefined ? {} : { target }))
      for (const id of session.keys.alive) if (!before.has(id)) created.push(id)
      const { kind } = exchange.outcome
      expectThat(kind === 'success' || kind === 'tencent-error', `${action} answered a valid request with ${describeOutcome(exchange)}`)
    },
    after: async (context) => {
      await fixture?.release()
      fixture = undefined
      await context.session.keys.cleanup(context.session.cleanupCall, created.splice(0))
    },
  })
}

export const responseSchemaChecks: readonly Check[] = actionNames.map(responseSchemaCheck)
