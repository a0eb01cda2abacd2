/**
 * `lifecycle.*`: the key's lifecycle, each rule a property over a drawn create (auto or manual, with or without
 * tags; names made this run's) sent in a drawn form: create answers the key asked for (a manual key's own id and
 * secret, its type, a new key enabled and stamped now) and describe gives the same key; a list filtered by its id
 * finds exactly it, as it is, also after a disable and an update; lists page newest first with TotalCount of every
 * match, and the SecretName, KeyWord and Status filters select; disable gives Status 0 and enable Status 1 again;
 * deleting an enabled key is refused; after delete the id is gone, and a manual id is free again (while it exists,
 * another create of it is refused); an auto key's update rotates its secret, a manual key's update needs and sets
 * one, and either keeps the rest. Each run deletes its keys at its end. Messages name members, never values of
 * secrets.
 */
import fc from 'fast-check'
import { actionArbitraries } from '../../arbitraries/index.js'
import type { ActionName } from '../../actions.js'
import type { Exchange } from '../../client/index.js'
import type { ApiKey, ErrorCodeOf } from '../../types.js'
import type { WireForm } from '../options.js'
import { expectThat } from '../property.js'
import { signatureMaxSkewSeconds } from '../../../generated/contractLimits.js'
import { describeOutcome, propertyCheck, type Check, type CheckContext } from './check.js'
import { keyActions, safeRequest } from './requests.js'

const notFound: ErrorCodeOf<'DescribeApiKey'> = 'ResourceNotFound.InvalidAccessKeyId'
const enabledRefused: ErrorCodeOf<'DeleteApiKey'> = 'UnsupportedOperation.InvalidStatus'
const idTaken: ErrorCodeOf<'CreateApiKey'> = 'FailedOperation.AccessKeyExist'
const secretMissing: ErrorCodeOf<'UpdateApiKey'> = 'MissingParameter'
/** The members a key keeps from its create to a describe (no write in between). */
const keptMembers = ['AccessKeyId', 'AccessKeySecret', 'SecretName', 'AccessKeyType', 'Status', 'CreatedTime', 'ModifiedTime'] as const
/** The members an update keeps (decision update-secret): all but the secret and ModifiedTime. */
const keptByUpdate = ['AccessKeyId', 'SecretName', 'AccessKeyType', 'Status', 'CreatedTime'] as const

/** How many keys the paging check lists: its run's key and two more, created after it. */
const pagedKeys = 3

/** The members of `names` in which two keys differ. */
const differing = (a: ApiKey | undefined, b: ApiKey | undefined, names: readonly (keyof ApiKey)[]) => names.filter((name) => a?.[name] !== b?.[name])

type Page = { TotalCount: number; ApiKeySet: ApiKey[] }
const idsOf = (page: Page) => page.ApiKeySet.map((key) => key.AccessKeyId)

interface Case {
  readonly form: WireForm
  readonly create: unknown
  /** A manual key's new AccessKeySecret (update-manual). */
  readonly secret?: string
}

/** A case as run: the CreateApiKey request exactly as sent (names and ids made the run's). */
interface RunCase extends Case {
  readonly sent: Readonly<Record<string, unknown>>
}

/** A valid AccessKeySecret for a manual key's update: the package's UpdateApiKey requests that carry one. */
const manualSecret: fc.Arbitrary<string> = actionArbitraries.UpdateApiKey.validRequest()
  .map((request) => request.AccessKeySecret)
  .filter((secret): secret is string => typeof secret === 'string')

const cases = (context: CheckContext, create = actionArbitraries.CreateApiKey.validRequest() as fc.Arbitrary<unknown>) => fc.record({ form: fc.constantFrom(...context.forms), create })
const autoCreates = actionArbitraries.CreateApiKey.validRequest().filter((request) => request.AccessKeyType !== 'manual') as fc.Arbitrary<unknown>
const manualCreates = actionArbitraries.CreateApiKey.validRequest().filter((request) => request.AccessKeyType === 'manual') as fc.Arbitrary<unknown>

/**
 * Seconds between a CreatedTime or ModifiedTime and the local clock. The checks assume the clocks within the
 * signature's window (auth.timestamp relies on it too): a time further off is another zone, or a stale clock.
 */
const secondsFromNow = (time: string) => Math.abs(Date.parse(time) - Date.now()) / 1000

/** A created key is what was asked for (decisions emulator-auto-keys, status-toggle, timestamps): the failures. */
function createdAsAsked(key: ApiKey, sent: Readonly<Record<string, unknown>>): string[] {
  const problems: string[] = []
  const type = sent.AccessKeyType ?? 'auto'
  if (key.SecretName !== sent.SecretName) problems.push('SecretName is not the one sent')
  if (key.AccessKeyType !== type) problems.push(`AccessKeyType is ${JSON.stringify(key.AccessKeyType)}, the request asked for ${JSON.stringify(type)}`)
  if (type === 'manual' && key.AccessKeyId !== sent.AccessKeyId) problems.push('a manual key\'s AccessKeyId is not the one sent')
  if (type === 'manual' && key.AccessKeySecret !== sent.AccessKeySecret) problems.push('a manual key\'s AccessKeySecret is not the one sent')
  if (key.Status !== 1) problems.push(`Status is ${key.Status}, a new key is enabled (1)`)
  for (const name of ['CreatedTime', 'ModifiedTime'] as const) {
    if (!(secondsFromNow(key[name]) <= signatureMaxSkewSeconds)) problems.push(`${name} is more than ${signatureMaxSkewSeconds} s from this machine's clock (UTC expected)`)
  }
  return problems
}

const resultOf = <R>(exchange: Exchange, what: string): R => {
  expectThat(exchange.outcome.kind === 'success', `${what} should succeed, got ${describeOutcome(exchange)}`)
  return (exchange.outcome as { result: R }).result
}

const codeOf = (exchange: Exchange) => (exchange.outcome.kind === 'tencent-error' ? exchange.outcome.code : undefined)

/** Deletes (disables, then deletes) those of these keys the run still holds: a check's own, at its end. */
async function deleteIfAlive(session: CheckContext['session'], ids: readonly string[]): Promise<void> {
  const alive = ids.filter((id) => session.keys.alive.includes(id))
  if (alive.length > 0) await session.keys.cleanup(session.cleanupCall, alive)
}

/** Creates the case's key, runs `steps` on it, then deletes it (disable, delete) whatever happened. */
async function withKey(context: CheckContext, value: Case, steps: (key: ApiKey, call: (action: ActionName, parameters: object) => Promise<Exchange>, context: CheckContext, value: RunCase) => Promise<void>): Promise<void> {
  const { form, create } = value
  const { session } = context
  const call = (action: ActionName, parameters: object) => session.send(form, action, parameters)
  const sent = safeRequest('CreateApiKey', create, session.keys) as Record<string, unknown>
  const key = resultOf<ApiKey>(await call('CreateApiKey', sent), 'CreateApiKey of a valid request')
  try {
    // Every check's key is first the key asked for: a manual key's secret or the clock's zone may be wrong in any.
    const problems = createdAsAsked(key, sent)
    expectThat(problems.length === 0, `CreateApiKey answered a key other than the one asked for: ${problems.join('; ')}`)
    await steps(key, call, context, { ...value, sent })
  } finally {
    await deleteIfAlive(session, [key.AccessKeyId])
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
      const differ = differing(described, key, keptMembers)
      expectThat(differ.length === 0, `DescribeApiKey of a new key differs from its CreateApiKey in ${differ.join(', ')}`)
    },
  }),
  lifecycleCheck({
    id: 'list-by-id',
    title: 'a list filtered by an id finds exactly that key, as it is',
    // A second key (create, and disable and delete at the end) that the filter must leave out: with the run's key
    // alone in the account, a list that ignored its filter would look right.
    steps: 1 + 3,
    run: async (key, call, { session }) => {
      const other = resultOf<ApiKey>(await call('CreateApiKey', { SecretName: session.keys.secretName() }), 'CreateApiKey of a second key')
      try {
        const page = resultOf<Page>(await call('DescribeApiKeysStatus', { Filters: [{ Name: 'AccessKeyId', Values: [key.AccessKeyId] }] }), 'DescribeApiKeysStatus by AccessKeyId')
        expectThat(page.TotalCount === 1, `DescribeApiKeysStatus by the AccessKeyId of one key (another key existing): TotalCount ${page.TotalCount}, expected 1`)
        expectThat(page.ApiKeySet.length === 1 && page.ApiKeySet[0]?.AccessKeyId === key.AccessKeyId, `DescribeApiKeysStatus by the AccessKeyId of one key (another key existing): ApiKeySet holds ${page.ApiKeySet.length} keys, expected exactly that one`)
        // Each listed key carries every field, its secret included (decision list-empty).
        const differ = differing(page.ApiKeySet[0], key, keptMembers)
        expectThat(differ.length === 0, `DescribeApiKeysStatus lists a new key other than its CreateApiKey answered it: ${differ.join(', ')} differ`)
      } finally {
        await deleteIfAlive(session, [other.AccessKeyId])
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
      const page = resultOf<Page>(await call('DescribeApiKeysStatus', { Filters: [{ Name: 'AccessKeyId', Values: [id] }] }), 'DescribeApiKeysStatus by a deleted id')
      expectThat(page.TotalCount === 0 && page.ApiKeySet.length === 0, `DescribeApiKeysStatus by a deleted id: TotalCount ${page.TotalCount} and ${page.ApiKeySet.length} keys, expected 0 and none`)
    },
  }),
  lifecycleCheck({
    id: 'update-rotates',
    title: 'UpdateApiKey of an auto key rotates its secret',
    steps: 2,
    arbitrary: (context) => cases(context, autoCreates),
    run: async (key, call) => {
      const updated = resultOf<ApiKey>(await call('UpdateApiKey', { AccessKeyId: key.AccessKeyId }), 'UpdateApiKey of an auto key')
      expectThat(typeof updated?.AccessKeySecret === 'string' && updated.AccessKeySecret !== key.AccessKeySecret, 'UpdateApiKey of an auto key should answer a new AccessKeySecret; it answered the old one')
      expectUpdateKeeps(key, updated)
      const described = resultOf<ApiKey>(await call('DescribeApiKey', { AccessKeyId: key.AccessKeyId }), 'DescribeApiKey after UpdateApiKey')
      expectThat(described?.AccessKeySecret === updated.AccessKeySecret, 'after UpdateApiKey, DescribeApiKey should give the new AccessKeySecret')
    },
  }),
  lifecycleCheck({
    id: 'update-manual',
    title: 'UpdateApiKey of a manual key needs a new AccessKeySecret, and sets it',
    steps: 3,
    arbitrary: (context) => fc.record({ form: fc.constantFrom(...context.forms), create: manualCreates, secret: manualSecret }),
    run: async (key, call, _context, { secret = '' }) => {
      const without = await call('UpdateApiKey', { AccessKeyId: key.AccessKeyId })
      expectThat(codeOf(without) === secretMissing, `UpdateApiKey of a manual key without AccessKeySecret should get ${secretMissing}, got ${describeOutcome(without)}`)
      // Drawn, and different from the key's (a secret keeps its length and charset with its first character moved last).
      const update = { AccessKeyId: key.AccessKeyId, AccessKeySecret: secret === key.AccessKeySecret ? `${secret.slice(1)}${secret[0]}` : secret }
      const updated = resultOf<ApiKey>(await call('UpdateApiKey', update), 'UpdateApiKey of a manual key with a new AccessKeySecret')
      expectThat(updated?.AccessKeySecret === update.AccessKeySecret, 'UpdateApiKey of a manual key should answer the AccessKeySecret it was given')
      expectUpdateKeeps(key, updated)
      const described = resultOf<ApiKey>(await call('DescribeApiKey', { AccessKeyId: key.AccessKeyId }), 'DescribeApiKey after UpdateApiKey')
      expectThat(described?.AccessKeySecret === update.AccessKeySecret, 'after UpdateApiKey of a manual key, DescribeApiKey should give the AccessKeySecret it was given')
    },
  }),
  lifecycleCheck({
    id: 'list-follows',
    title: 'a list by id shows a key as DescribeApiKey does after a disable and an update (a disabled key may be updated and stays disabled)',
    steps: 4,
    arbitrary: (context) => cases(context, autoCreates),
    run: async (key, call) => {
      const id = key.AccessKeyId
      resultOf(await call('DisableApiKey', { AccessKeyId: id }), 'DisableApiKey')
      const updated = resultOf<ApiKey>(await call('UpdateApiKey', { AccessKeyId: id }), 'UpdateApiKey of a disabled auto key (decision update-secret: a disabled key may be updated)')
      expectThat(updated?.Status === 0, `UpdateApiKey of a disabled key answered Status ${updated?.Status}: an update keeps the status (0)`)
      const page = resultOf<Page>(await call('DescribeApiKeysStatus', { Filters: [{ Name: 'AccessKeyId', Values: [id] }] }), 'DescribeApiKeysStatus by AccessKeyId')
      const described = resultOf<ApiKey>(await call('DescribeApiKey', { AccessKeyId: id }), 'DescribeApiKey after the update')
      expectThat(page.ApiKeySet.length === 1, `DescribeApiKeysStatus by the AccessKeyId of one key: ${page.ApiKeySet.length} keys, expected 1`)
      const differ = differing(page.ApiKeySet[0], described, keptMembers)
      expectThat(differ.length === 0, `after a disable and an update, DescribeApiKeysStatus and DescribeApiKey differ in ${differ.join(', ')}`)
      expectThat(described?.Status === 0 && described.AccessKeySecret === updated.AccessKeySecret, 'after a disable and an update, the key should be disabled with the new AccessKeySecret')
    },
  }),
  lifecycleCheck({
    id: 'manual-id',
    title: 'a manual AccessKeyId in use cannot be created again; once its key is deleted, it can',
    // A second create of the id, disable, delete, the create again (its key is the run's, deleted at the end).
    steps: 4,
    arbitrary: (context) => cases(context, manualCreates),
    run: async (key, call, { session }, { sent }) => {
      const again = { SecretName: session.keys.secretName(), AccessKeyType: 'manual', AccessKeyId: key.AccessKeyId, AccessKeySecret: sent.AccessKeySecret }
      const taken = await call('CreateApiKey', again)
      expectThat(codeOf(taken) === idTaken, `CreateApiKey of a manual AccessKeyId in use should get ${idTaken}, got ${describeOutcome(taken)}`)
      resultOf(await call('DisableApiKey', { AccessKeyId: key.AccessKeyId }), 'DisableApiKey')
      resultOf(await call('DeleteApiKey', { AccessKeyId: key.AccessKeyId }), 'DeleteApiKey of a disabled key')
      const made = resultOf<ApiKey>(await call('CreateApiKey', again), 'CreateApiKey of the AccessKeyId of a deleted key')
      expectThat(made?.AccessKeyId === key.AccessKeyId, 'CreateApiKey of the AccessKeyId of a deleted key should make a key with that AccessKeyId')
    },
  }),
  listPagingCheck(),
]

/** What an update keeps of the key (decision update-secret), and ModifiedTime not before CreatedTime. */
function expectUpdateKeeps(before: ApiKey, updated: ApiKey): void {
  const differ = differing(updated, before, keptByUpdate)
  expectThat(differ.length === 0, `UpdateApiKey changed ${differ.join(', ')}: an update keeps everything but the secret and ModifiedTime`)
  expectThat(typeof updated.ModifiedTime === 'string' && updated.ModifiedTime >= updated.CreatedTime && secondsFromNow(updated.ModifiedTime) <= signatureMaxSkewSeconds, 'UpdateApiKey should set ModifiedTime to the time of the change')
}

/**
 * `lifecycle.list-paging`: three keys of the run, the last a second newer than the others, listed by their ids (one
 * filter, its values ORed) two to a page: newest first by CreatedTime, TotalCount 3 on both pages, and the pages
 * neither repeat nor skip a key (decision list-paging); then
 * the SecretName, KeyWord (one key's whole SecretName) and Status filters, ANDed with the ids, select exactly
 * the key they name (decision list-filters). The facts leave the real service's order open: newest first is the
 * contract's choice (decision list-paging); keys of one second may come in any order, as a service ordering by
 * CreatedTime then by another member would list them.
 */
function listPagingCheck(): Check {
  // Two more creates, two pages, SecretName, KeyWord, a disable and a Status list; their cleanup: 2 each.
  const extra = pagedKeys - 1
  return lifecycleCheck({
    id: 'list-paging',
    title: 'lists page newest first with TotalCount of every match; the SecretName, KeyWord and Status filters select',
    steps: extra + 2 + 2 + 2 + extra * 2,
    arbitrary: (context) => cases(context, autoCreates),
    run: async (first, call, { session }) => {
      const keys = [first]
      try {
        for (let i = 0; i < extra; i++) {
          // The last key a second newer than the others (CreatedTime has whole seconds), so that it must come first
          // on the first page; keys of one second may come in either order (the facts leave ties, and the order, open).
          if (i === extra - 1) await new Promise((resolve) => setTimeout(resolve, 1000 + 50))
          keys.push(resultOf<ApiKey>(await call('CreateApiKey', { SecretName: session.keys.secretName() }), 'CreateApiKey of a key to list'))
        }
        const ids = keys.map((key) => key.AccessKeyId)
        const byIds = { Name: 'AccessKeyId', Values: ids }
        const pageOne = resultOf<Page>(await call('DescribeApiKeysStatus', { Filters: [byIds], Limit: 2, Offset: 0 }), 'DescribeApiKeysStatus, Limit 2')
        const pageTwo = resultOf<Page>(await call('DescribeApiKeysStatus', { Filters: [byIds], Limit: 2, Offset: 2 }), 'DescribeApiKeysStatus, Limit 2, Offset 2')
        expectThat(pageOne.TotalCount === pagedKeys && pageTwo.TotalCount === pagedKeys, `TotalCount of ${pagedKeys} matching keys, two to a page: ${pageOne.TotalCount} and ${pageTwo.TotalCount}, expected ${pagedKeys} on each page`)
        const listed = [...pageOne.ApiKeySet, ...pageTwo.ApiKeySet]
        const names = listed.map((key) => `key ${ids.indexOf(key.AccessKeyId) + 1}`).join(', ')
        expectThat(listed.length === pagedKeys && new Set(idsOf(pageOne).concat(idsOf(pageTwo))).size === pagedKeys && ids.every((id) => listed.some((key) => key.AccessKeyId === id)), `${pagedKeys} keys listed two to a page came as [${names}]: the pages should hold each key once`)
        expectThat(
          listed.every((key, i) => i === 0 || key.CreatedTime <= listed[i - 1]!.CreatedTime),
          `${pagedKeys} keys listed two to a page came as [${names}] with CreatedTime ${listed.map((key) => key.CreatedTime).join(', ')}: expected newest first (key ${pagedKeys} is a second newer than the others)`,
        )
        const middle = keys[1]!
        const byName = resultOf<Page>(await call('DescribeApiKeysStatus', { Filters: [byIds, { Name: 'SecretName', Values: [middle.SecretName] }] }), 'DescribeApiKeysStatus by SecretName')
        expectThat(byName.TotalCount === 1 && idsOf(byName).join() === middle.AccessKeyId, `a SecretName filter (with the ids) should find exactly the key of that name: TotalCount ${byName.TotalCount}, ${byName.ApiKeySet.length} keys`)
        // KeyWord matches the name (the meaning the facts are surest of); no other of the three names holds this one
        // (the run numbers its names in order, and the other two were made just before and just after it).
        const byWord = resultOf<Page>(await call('DescribeApiKeysStatus', { Filters: [byIds, { Name: 'KeyWord', Values: [middle.SecretName] }] }), 'DescribeApiKeysStatus by KeyWord')
        expectThat(byWord.TotalCount === 1 && idsOf(byWord).join() === middle.AccessKeyId, `a KeyWord filter of one key's whole SecretName (with the ids) should find exactly that key: TotalCount ${byWord.TotalCount}, ${byWord.ApiKeySet.length} keys`)
        resultOf(await call('DisableApiKey', { AccessKeyId: first.AccessKeyId }), 'DisableApiKey')
        const byStatus = resultOf<Page>(await call('DescribeApiKeysStatus', { Filters: [byIds, { Name: 'Status', Values: ['0'] }] }), 'DescribeApiKeysStatus by Status')
        expectThat(byStatus.TotalCount === 1 && idsOf(byStatus).join() === first.AccessKeyId, `a Status "0" filter (with the ids) should find exactly the disabled key: TotalCount ${byStatus.TotalCount}, ${byStatus.ApiKeySet.length} keys`)
      } finally {
        await deleteIfAlive(session, keys.slice(1).map((key) => key.AccessKeyId))
      }
    },
  })
}
