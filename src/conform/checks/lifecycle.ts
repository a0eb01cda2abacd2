/**
 * `lifecycle.*`: the key's lifecycle, each rule a property over a drawn create (auto or manual, with or without
 * tags; names made this run's) sent in a drawn form: create then describe give the same key; a list filtered by its
 * id finds exactly it; disable gives Status 0 and enable Status 1 again; deleting an enabled key is refused; after
 * delete the id is gone; an auto key's update rotates its secret; a manual key's update sets the secret it is given. Each run deletes its key at its end. Messages name members, never values
 * of secrets.
 */
import fc from 'fast-check'
import { actionArbitraries } from '../../arbitraries/index.js'
import type { ActionName } from '../../actions.js'
import type { Exchange } from '../../client/index.js'
import type { ApiKey, ErrorCodeOf } from '../../types.js'
import type { WireForm } from '../options.js'
import { expectThat } from '../property.js'
import { describeOutcome, propertyCheck, type Check, type CheckContext } from './check.js'
import { keyActions, safeRequest } from './requests.js'

const notFound: ErrorCodeOf<'DescribeApiKey'> = 'ResourceNotFound.InvalidAccessKeyId'
const enabledRefused: ErrorCodeOf<'DeleteApiKey'> = 'UnsupportedOperation.InvalidStatus'
/** The members a key keeps from its create to a describe (no write in between). */
const keptMembers = ['AccessKeyId', 'AccessKeySecret', 'SecretName', 'AccessKeyType', 'Status', 'CreatedTime', 'ModifiedTime'] as const

interface Case {
  readonly form: WireForm
  readonly create: unknown
  /** A manual key's new AccessKeySecret (update-manual). */
  readonly secret?: string
}

/** A valid AccessKeySecret for a manual key's update: the package's UpdateApiKey requests that carry one. */
const manualSecret: fc.Arbitrary<string> = actionArbitraries.UpdateApiKey.validRequest()
  .map((request) => request.AccessKeySecret)
  .filter((secret): secret is string => typeof secret === 'string')

const cases = (context: CheckContext, create = actionArbitraries.CreateApiKey.validRequest() as fc.Arbitrary<unknown>) => fc.record({ form: fc.constantFrom(...context.forms), create })

const resultOf = <R>(exchange: Exchange, what: string): R => {
  expectThat(exchange.outcome.kind === 'success', `${what} should succeed, got ${describeOutcome(exchange)}`)
  return (exchange.outcome as { result: R }).result
}

const codeOf = (exchange: Exchange) => (exchange.outcome.kind === 'tencent-error' ? exchange.outcome.code : undefined)

/** Creates the case's key, runs `steps` on it, then deletes it (disable, delete) whatever happened. */
async function withKey(context: CheckContext, value: Case, steps: (key: ApiKey, call: (action: ActionName, parameters: object) => Promise<Exchange>, context: CheckContext, value: Case) => Promise<void>): Promise<void> {
  const { form, create } = value
  const { session } = context
  const call = (action: ActionName, parameters: object) => session.send(form, action, parameters)
  const key = resultOf<ApiKey>(await call('CreateApiKey', safeRequest('CreateApiKey', create, session.keys) as object), 'CreateApiKey of a valid request')
  try {
    await steps(key, call, context, value)
  } finally {
    if (session.keys.alive.includes(key.AccessKeyId)) await session.keys.cleanup(session.cleanupCall, [key.AccessKeyId])
  }
}

/** Create (1) + the steps + cleanup (disable, delete: 2). */
const lifecycleCheck = (spec: { id: string; title: string; steps: number; arbitrary?: (context: CheckContext) => fc.Arbitrary<Case>; run: Parameters<typeof withKey>[2] }): Check =>
  propertyCheck({
    id: `lifecycle.${spec.id}`,
    title: spec.title,
    requestsPerRun: 1 + spec.steps + 2,
    arbitrary: spec.arbitrary ?? ((context) => cases(context)),
    property: (context, value) => withKey(context, value, spec.run),
  })

export const lifecycleChecks: readonly Check[] = [
  lifecycleCheck({
    id: 'create-describe',
    title: 'create then describe give the same key',
    steps: 1,
    run: async (key, call) => {
      const described = resultOf<ApiKey>(await call('DescribeApiKey', { AccessKeyId: key.AccessKeyId }), 'DescribeApiKey of a new key')
      const differ = keptMembers.filter((name) => described?.[name] !== key[name])
      expectThat(differ.length === 0, `DescribeApiKey of a new key differs from its CreateApiKey in ${differ.join(', ')}`)
    },
  }),
  lifecycleCheck({
    id: 'list-by-id',
    title: 'a list filtered by an id finds exactly that key',
    // A second key (create, and disable and delete at the end) that the filter must leave out: with the run's key
    // alone in the account, a list that ignored its filter would look right.
    steps: 1 + 3,
    run: async (key, call, { session }) => {
      const other = resultOf<ApiKey>(await call('CreateApiKey', { SecretName: session.keys.secretName() }), 'CreateApiKey of a second key')
      try {
        const page = resultOf<{ TotalCount: number; ApiKeySet: ApiKey[] }>(await call('DescribeApiKeysStatus', { Filters: [{ Name: 'AccessKeyId', Values: [key.AccessKeyId] }] }), 'DescribeApiKeysStatus by AccessKeyId')
        expectThat(page.TotalCount === 1, `DescribeApiKeysStatus by the AccessKeyId of one key (another key existing): TotalCount ${page.TotalCount}, expected 1`)
        expectThat(page.ApiKeySet.length === 1 && page.ApiKeySet[0]?.AccessKeyId === key.AccessKeyId, `DescribeApiKeysStatus by the AccessKeyId of one key (another key existing): ApiKeySet holds ${page.ApiKeySet.length} keys, expected exactly that one`)
      } finally {
        if (session.keys.alive.includes(other.AccessKeyId)) await session.keys.cleanup(session.cleanupCall, [other.AccessKeyId])
      }
    },
  }),
  lifecycleCheck({
    id: 'disable-status',
    title: 'DisableApiKey gives Status 0',
    steps: 2,
    run: async (key, call) => {
      expectThat(key.Status === 1, `a new key has Status ${key.Status}, expected 1`)
      expectThat(resultOf(await call('DisableApiKey', { AccessKeyId: key.AccessKeyId }), 'DisableApiKey') === true, 'DisableApiKey should answer Result true')
      const described = resultOf<ApiKey>(await call('DescribeApiKey', { AccessKeyId: key.AccessKeyId }), 'DescribeApiKey of a disabled key')
      expectThat(described?.Status === 0, `a disabled key has Status ${described?.Status}, expected 0`)
    },
  }),
  lifecycleCheck({
    id: 'enable-status',
    title: 'EnableApiKey of a disabled key gives Status 1',
    steps: 3,
    run: async (key, call) => {
      resultOf(await call('DisableApiKey', { AccessKeyId: key.AccessKeyId }), 'DisableApiKey')
      expectThat(resultOf(await call('EnableApiKey', { AccessKeyId: key.AccessKeyId }), 'EnableApiKey of a disabled key') === true, 'EnableApiKey should answer Result true')
      const described = resultOf<ApiKey>(await call('DescribeApiKey', { AccessKeyId: key.AccessKeyId }), 'DescribeApiKey of an enabled key')
      expectThat(described?.Status === 1, `a key enabled again has Status ${described?.Status}, expected 1`)
    },
  }),
  lifecycleCheck({
    id: 'delete-enabled-refused',
    title: 'deleting an enabled key is refused',
    steps: 2,
    run: async (key, call) => {
      const deleted = await call('DeleteApiKey', { AccessKeyId: key.AccessKeyId })
      expectThat(codeOf(deleted) === enabledRefused, `DeleteApiKey of an enabled key should get ${enabledRefused}, got ${describeOutcome(deleted)}`)
      const described = await call('DescribeApiKey', { AccessKeyId: key.AccessKeyId })
      expectThat(described.outcome.kind === 'success', `after a refused DeleteApiKey, DescribeApiKey got ${describeOutcome(described)}: the key should still be there`)
    },
  }),
  lifecycleCheck({
    id: 'delete-gone',
    title: 'after delete the id is gone: every action on it is ResourceNotFound.InvalidAccessKeyId, a list by it is empty',
    steps: 2 + keyActions.length + 1,
    run: async (key, call) => {
      const id = key.AccessKeyId
      resultOf(await call('DisableApiKey', { AccessKeyId: id }), 'DisableApiKey')
      expectThat(resultOf(await call('DeleteApiKey', { AccessKeyId: id }), 'DeleteApiKey of a disabled key') === true, 'DeleteApiKey of a disabled key should answer Result true')
      for (const action of keyActions) {
        const answer = await call(action, { AccessKeyId: id })
        expectThat(codeOf(answer) === notFound, `${action} of a deleted key should get ${notFound}, got ${describeOutcome(answer)}`)
      }
      const page = resultOf<{ TotalCount: number; ApiKeySet: unknown[] }>(await call('DescribeApiKeysStatus', { Filters: [{ Name: 'AccessKeyId', Values: [id] }] }), 'DescribeApiKeysStatus by a deleted id')
      expectThat(page.TotalCount === 0 && page.ApiKeySet.length === 0, `DescribeApiKeysStatus by a deleted id: TotalCount ${page.TotalCount} and ${page.ApiKeySet.length} keys, expected 0 and none`)
    },
  }),
  lifecycleCheck({
    id: 'update-rotates',
    title: 'UpdateApiKey of an auto key rotates its secret',
    steps: 2,
    arbitrary: (context) => cases(context, actionArbitraries.CreateApiKey.validRequest().filter((request) => request.AccessKeyType !== 'manual') as fc.Arbitrary<unknown>),
    run: async (key, call) => {
      const updated = resultOf<ApiKey>(await call('UpdateApiKey', { AccessKeyId: key.AccessKeyId }), 'UpdateApiKey of an auto key')
      expectThat(typeof updated?.AccessKeySecret === 'string' && updated.AccessKeySecret !== key.AccessKeySecret, 'UpdateApiKey of an auto key should answer a new AccessKeySecret; it answered the old one')
      const described = resultOf<ApiKey>(await call('DescribeApiKey', { AccessKeyId: key.AccessKeyId }), 'DescribeApiKey after UpdateApiKey')
      expectThat(described?.AccessKeySecret === updated.AccessKeySecret, 'after UpdateApiKey, DescribeApiKey should give the new AccessKeySecret')
    },
  }),
  lifecycleCheck({
    id: 'update-manual',
    title: 'UpdateApiKey of a manual key with a new AccessKeySecret sets it',
    steps: 2,
    arbitrary: (context) =>
      fc.record({
        form: fc.constantFrom(...context.forms),
        create: actionArbitraries.CreateApiKey.validRequest().filter((request) => request.AccessKeyType === 'manual') as fc.Arbitrary<unknown>,
        secret: manualSecret,
      }),
    run: async (key, call, _context, { secret = '' }) => {
      // Drawn, and different from the key's (a secret keeps its length and charset with its first character moved last).
      const update = { AccessKeyId: key.AccessKeyId, AccessKeySecret: secret === key.AccessKeySecret ? `${secret.slice(1)}${secret[0]}` : secret }
      const updated = resultOf<ApiKey>(await call('UpdateApiKey', update), 'UpdateApiKey of a manual key with a new AccessKeySecret')
      expectThat(updated?.AccessKeySecret === update.AccessKeySecret, 'UpdateApiKey of a manual key should answer the AccessKeySecret it was given')
      const described = resultOf<ApiKey>(await call('DescribeApiKey', { AccessKeyId: key.AccessKeyId }), 'DescribeApiKey after UpdateApiKey')
      expectThat(described?.AccessKeySecret === update.AccessKeySecret, 'after UpdateApiKey of a manual key, DescribeApiKey should give the AccessKeySecret it was given')
    },
  }),
]
