/**
 * The fast-check commands of the lifecycle model test: each calls one action on the emulator through the official
 * SDK, checks the answer against what the model (model.ts) expects from the decisions, and updates the model.
 * Commands name keys by a number resolved against the ids the model has ever seen, deleted ones included, or by an
 * id no key has, so a shrunk sequence stays meaningful. Every call is written to the run's trace, which a failure
 * prints: the shrunk sequence with the ids and answers of its last run.
 */
import fc from 'fast-check'
import { expect } from 'vitest'
import { apiKeyFilterNames } from '../../schema/actions/describeApiKeysStatus/request.js'
import { listFilterLimits, pageLimit, signatureMaxSkewSeconds } from '../../schema/rules.js'
import type { ActionName } from '../../src/actions.js'
import type { ApiKey } from '../../src/types.js'
import { KeyModel, type KeyState, type ListFilter } from './model.js'
import type { Answer, SdkCaller } from './sdkCaller.js'

/** A lifecycle transition the run saw: the state before, the action, the state after, the refusal code. */
export interface Observed {
  readonly from: KeyState
  readonly action: ActionName
  readonly to: KeyState
  readonly refusal?: string
}

export interface Real {
  readonly sdk: SdkCaller
  /** The SDK sends a flat form (v1): every value a string, empty arrays dropped. */
  readonly form: boolean
  readonly trace: string[]
  readonly observed: Observed[]
  /** Answers by action and code, and list shapes: printed with the result, to show the runs were not vacuous. */
  readonly tally: Map<string, number>
}

export const count = (real: Real, label: string) => real.tally.set(label, (real.tally.get(label) ?? 0) + 1)

type LifecycleCommand = fc.AsyncCommand<KeyModel, Real, false>

// Small pools, so that names, ids and secrets collide: exact filters then match several keys, and a manual id is
// taken, deleted and created again.
export const secretNames = ['alpha', 'beta', 'ci deploy', 'alpha beta', 'Ωmega 𝄞'] as const
export const manualIds = ['manual_key_01', 'manual_key_02', 'Manual_Key_01', 'mk_003'] as const
export const manualSecrets = ['manual_secret_01', 'manual_secret_02', 'Manual_Secret_0123456789'] as const
/** Ids no key ever has: the empty one (Terraform's auto + off bug, Q14), another case, a foreign auto id. */
export const unknownIds = ['', 'never_created_key_01', 'MANUAL_KEY_01', `AKID${'z'.repeat(36)}`] as const
const tagPool = [
  { Key: 'env', Value: 'ci' },
  { Key: 'team', Value: '' },
  { Key: 'owner', Value: 'a&b=c' },
] as const
/** Secrets the validator refuses (decision update-secret: 10–50 of [A-Za-z0-9_]). */
const invalidSecrets = ['short', 'has-hyphen-secret', 'x'.repeat(51)] as const
const autoIdShape = /^AKID[A-Za-z0-9]{36}$/
const autoSecretShape = /^[A-Za-z0-9]{40}$/
/** The clock moves at most this far, so the SDK's real-time signatures stay inside the emulator's window. */
const maxClockOffsetSeconds = signatureMaxSkewSeconds - 60

export type Target = { readonly pick: number } | { readonly unknown: string }
const targetArb: fc.Arbitrary<Target> = fc.oneof(
  { weight: 6, arbitrary: fc.nat({ max: 40 }).map((pick) => ({ pick })) },
  { weight: 1, arbitrary: fc.constantFrom(...unknownIds).map((unknown) => ({ unknown })) },
)
const showTarget = (target: Target) => ('pick' in target ? `key#${target.pick}` : JSON.stringify(target.unknown))

/** An id the model has seen (live or deleted), or one no key has. */
function resolve(model: KeyModel, target: Target): string {
  if ('unknown' in target) return target.unknown
  return model.everIds.length === 0 ? unknownIds[1] : model.everIds[target.pick % model.everIds.length]!
}

/** The SDK call, traced; every error message is checked to carry no secret. */
async function call(model: KeyModel, real: Real, action: ActionName, request: Record<string, unknown>): Promise<Answer> {
  const answer = await real.sdk.call(action, request)
  count(real, `${action} ${answer.code}`)
  const shown = { ...request, ...('AccessKeySecret' in request ? { AccessKeySecret: '<secret>' } : {}) }
  real.trace.push(`  t+${model.offsetSeconds}s ${action} ${JSON.stringify(shown)} -> ${answer.ok ? `Success ${JSON.stringify(summary(answer.result))}` : answer.code}`)
  if (!answer.ok) {
    for (const secret of [...model.everSecrets, request.AccessKeySecret]) if (typeof secret === 'string') expect(answer.message.includes(secret), `${action} error message echoes a secret`).toBe(false)
  }
  return answer
}

/** A trace line's view of a Result: ids and states, never a secret. */
function summary(result: unknown): unknown {
  if (result === null || typeof result !== 'object') return result
  if ('ApiKeySet' in result) {
    const page = result as { TotalCount: number | null; ApiKeySet: ApiKey[] | null }
    return { TotalCount: page.TotalCount, ApiKeySet: page.ApiKeySet?.map((key) => key.AccessKeyId) ?? null }
  }
  const key = result as ApiKey
  return { AccessKeyId: key.AccessKeyId, Status: key.Status, ModifiedTime: key.ModifiedTime }
}

function expectCode(answer: Answer, code: string, context: string): void {
  expect(answer.code, context).toBe(code)
}
function successResult<T>(answer: Answer, context: string): T {
  expectCode(answer, 'Success', context)
  return (answer as { result: T }).result
}

/** After a write, the key reads back as the model holds it (or, deleted, as unknown). */
async function expectStored(model: KeyModel, real: Real, accessKeyId: string): Promise<void> {
  const key = model.get(accessKeyId)
  const answer = await call(model, real, 'DescribeApiKey', { AccessKeyId: accessKeyId })
  if (key) expect(successResult(answer, 'DescribeApiKey after a write'), 'DescribeApiKey after a write').toStrictEqual(key)
  else expectCode(answer, 'ResourceNotFound.InvalidAccessKeyId', 'DescribeApiKey of a deleted key')
}

function observe(real: Real, from: KeyState, action: ActionName, to: KeyState, refusal?: string): void {
  real.observed.push({ from, action, to, ...(refusal ? { refusal } : {}) })
}

abstract class Base implements LifecycleCommand {
  check(): boolean {
    return true
  }
  abstract run(model: KeyModel, real: Real): Promise<void>
  abstract toString(): string
}

type Tags = readonly { readonly Key: string; readonly Value: string }[]
const withTags = (tags: Tags | undefined) => (tags ? { Tags: tags.map((tag) => ({ ...tag })) } : {})

export class CreateAuto extends Base {
  constructor(
    readonly name: string,
    readonly tags: Tags | undefined,
  ) {
    super()
  }
  async run(model: KeyModel, real: Real) {
    const answer = await call(model, real, 'CreateApiKey', { SecretName: this.name, ...withTags(this.tags) })
    const key = successResult<ApiKey>(answer, 'auto CreateApiKey')
    // decision emulator-auto-keys: AKID + 36 and 40 characters of [A-Za-z0-9]; a new id.
    expect(key.AccessKeyId).toMatch(autoIdShape)
    expect(key.AccessKeySecret).toMatch(autoSecretShape)
    expect(model.everIds).not.toContain(key.AccessKeyId)
    const now = model.nowText()
    expect(key).toStrictEqual({ AccessKeyId: key.AccessKeyId, AccessKeySecret: key.AccessKeySecret, AccessKeyType: 'auto', SecretName: this.name, Status: 1, CreatedTime: now, ModifiedTime: now, ...withTags(this.tags) })
    observe(real, 'none', 'CreateApiKey', 'enabled')
    model.add(key)
  }
  toString() {
    return `CreateAuto(${JSON.stringify(this.name)}${this.tags ? `, ${this.tags.length} tags` : ''})`
  }
}

export class CreateManual extends Base {
  constructor(
    /** An id of the pool, or a seen one (an auto key's id: taken, or deleted and then free for a manual key). */
    readonly id: string | Target,
    readonly secret: string,
    readonly name: string,
    readonly tags: Tags | undefined,
  ) {
    super()
  }
  async run(model: KeyModel, real: Real) {
    const id = typeof this.id === 'string' ? this.id : resolve(model, this.id)
    // An unknown target may name an id the validator refuses (the empty one, 5–50 characters): not this command's case.
    if (!/^[A-Za-z0-9_]{5,50}$/.test(id)) return
    const from = model.stateOf(id)
    const answer = await call(model, real, 'CreateApiKey', { SecretName: this.name, AccessKeyType: 'manual', AccessKeyId: id, AccessKeySecret: this.secret, ...withTags(this.tags) })
    if (from === 'enabled' || from === 'disabled') {
      expectCode(answer, 'FailedOperation.AccessKeyExist', `manual CreateApiKey of the taken ${id}`)
      observe(real, from, 'CreateApiKey', from, 'FailedOperation.AccessKeyExist')
      return
    }
    const now = model.nowText()
    const key = successResult<ApiKey>(answer, `manual CreateApiKey of ${id} (${from})`)
    expect(key).toStrictEqual({ AccessKeyId: id, AccessKeySecret: this.secret, AccessKeyType: 'manual', SecretName: this.name, Status: 1, CreatedTime: now, ModifiedTime: now, ...withTags(this.tags) })
    observe(real, from, 'CreateApiKey', 'enabled')
    model.add(key)
  }
  toString() {
    return `CreateManual(${typeof this.id === 'string' ? this.id : showTarget(this.id)}, ${JSON.stringify(this.name)}${this.tags ? `, ${this.tags.length} tags` : ''})`
  }
}

export class Describe extends Base {
  constructor(readonly target: Target) {
    super()
  }
  async run(model: KeyModel, real: Real) {
    const id = resolve(model, this.target)
    const key = model.get(id)
    const answer = await call(model, real, 'DescribeApiKey', { AccessKeyId: id })
    if (key) {
      expect(successResult(answer, `DescribeApiKey ${id}`)).toStrictEqual(key)
      return
    }
    expectCode(answer, 'ResourceNotFound.InvalidAccessKeyId', `DescribeApiKey of ${JSON.stringify(id)} (${model.stateOf(id)})`)
    observe(real, model.stateOf(id), 'DescribeApiKey', model.stateOf(id), 'ResourceNotFound.InvalidAccessKeyId')
  }
  toString() {
    return `Describe(${showTarget(this.target)})`
  }
}

type FilterName = (typeof apiKeyFilterNames)[number]
export interface ValueSpec {
  readonly pick: number
  readonly from: number
  readonly length: number
}
export interface FilterSpec {
  readonly name: FilterName
  readonly values: readonly ValueSpec[]
}

/** A filter value drawn from what the model has seen, so that filters hit keys (and sometimes miss them). */
function filterValue(model: KeyModel, name: FilterName, spec: ValueSpec): string {
  const pickFrom = (candidates: readonly string[]) => candidates[spec.pick % candidates.length]!
  switch (name) {
    case 'AccessKeyId':
      return pickFrom([...model.everIds, ...unknownIds])
    case 'AccessKeySecret':
      return pickFrom([...model.everSecrets, 'not_a_secret_01'])
    case 'SecretName':
      return pickFrom([...secretNames, 'ALPHA'])
    case 'Status':
      return pickFrom(['0', '1', '2', '', '01'])
    case 'NotUsagePlanId':
      return pickFrom(['usagePlan-quqxvett', 'usagePlan-bxtnltfd'])
    case 'KeyWord': {
      // A piece of an id or a name, in code points (never half a surrogate pair); sometimes empty.
      const chars = Array.from(pickFrom([...model.everIds, ...secretNames, 'ALPHA', 'akid']))
      const start = spec.from % (chars.length + 1)
      return chars.slice(start, start + (spec.length % 6)).join('')
    }
  }
}

/** The filters of a list; a form cannot carry a filter without values (the SDK drops the empty array), so none is sent. */
const resolveFilters = (model: KeyModel, real: Real, filters: readonly FilterSpec[]): ListFilter[] =>
  filters.filter((filter) => !real.form || filter.values.length > 0).map((filter) => ({ Name: filter.name, Values: filter.values.map((value) => filterValue(model, filter.name, value)) }))

/** A request fault of a list, and the code decisions list-filters and list-paging give it. */
export type ListFault =
  | { readonly kind: 'Limit'; readonly value: number }
  | { readonly kind: 'Offset'; readonly value: number }
  | { readonly kind: 'LimitType'; readonly value: string | boolean }
  | { readonly kind: 'FilterName'; readonly value: string }
  | { readonly kind: 'TooManyFilters' }
  | { readonly kind: 'TooManyValues' }

function withFault(request: { Limit?: unknown; Offset?: unknown; Filters: ListFilter[] }, fault: ListFault): { request: Record<string, unknown>; code: string } {
  switch (fault.kind) {
    case 'Limit':
      return { request: { ...request, Limit: fault.value }, code: 'InvalidParameterValue' }
    case 'Offset':
      return { request: { ...request, Offset: fault.value }, code: 'InvalidParameterValue' }
    case 'LimitType':
      return { request: { ...request, Limit: fault.value }, code: 'InvalidParameter.FormatError' }
    case 'FilterName':
      return { request: { ...request, Filters: [{ Name: fault.value, Values: ['x'] }, ...request.Filters] }, code: 'InvalidParameterValue.InvalidFilterNotSupportedName' }
    case 'TooManyFilters':
      return { request: { ...request, Filters: Array.from({ length: listFilterLimits.maxFilters + 1 }, () => ({ Name: 'Status', Values: ['1'] })) }, code: 'InvalidParameter.FormatError' }
    case 'TooManyValues':
      return { request: { ...request, Filters: [{ Name: 'KeyWord', Values: Array.from({ length: listFilterLimits.maxValues + 1 }, (_, i) => `v${i}`) }] }, code: 'InvalidParameter.FormatError' }
  }
}

export class List extends Base {
  constructor(
    readonly filters: readonly FilterSpec[],
    readonly limit: number | undefined,
    readonly offset: number | undefined,
    readonly fault: ListFault | undefined,
  ) {
    super()
  }
  async run(model: KeyModel, real: Real) {
    const Filters = resolveFilters(model, real, this.filters)
    // In a form every value is a string: Limit "20" is the integer 20 there (a JSON string stays a FormatError).
    const formLimit = real.form && this.fault?.kind === 'LimitType' && typeof this.fault.value === 'string' ? Number(this.fault.value) : undefined
    const limit = formLimit ?? this.limit
    const request = { ...(limit === undefined ? {} : { Limit: limit }), ...(this.offset === undefined ? {} : { Offset: this.offset }), Filters }
    if (this.fault && formLimit === undefined) {
      const { request: faulty, code } = withFault(request, this.fault)
      expectCode(await call(model, real, 'DescribeApiKeysStatus', faulty), code, `DescribeApiKeysStatus with ${JSON.stringify(this.fault)}`)
      return
    }
    const matches = model.matching(Filters)
    const offset = this.offset ?? 0
    const page = matches.slice(offset, offset + (limit ?? pageLimit.default))
    const result = successResult(await call(model, real, 'DescribeApiKeysStatus', request), 'DescribeApiKeysStatus')
    expect(result, `DescribeApiKeysStatus ${JSON.stringify(request)}`).toStrictEqual({ TotalCount: matches.length, ApiKeySet: page })
    count(real, matches.length === 0 ? 'list: no match' : page.length < matches.length ? 'list: a part of the matches' : 'list: every match')
  }
  toString() {
    return `List(${JSON.stringify({ filters: this.filters, limit: this.limit, offset: this.offset, ...(this.fault ? { fault: this.fault } : {}) })})`
  }
}

/** Terraform's read: pages of `pageSize` until a short page; no key repeated or skipped, TotalCount the same each page. */
export class ListAllPages extends Base {
  constructor(
    readonly filters: readonly FilterSpec[],
    readonly pageSize: number,
  ) {
    super()
  }
  async run(model: KeyModel, real: Real) {
    const Filters = resolveFilters(model, real, this.filters)
    const expected = model.matching(Filters)
    const seen: ApiKey[] = []
    for (let offset = 0; ; offset += this.pageSize) {
      expect(offset, 'paging ends').toBeLessThanOrEqual(expected.length)
      const result = successResult<{ TotalCount: number; ApiKeySet: ApiKey[] }>(await call(model, real, 'DescribeApiKeysStatus', { Limit: this.pageSize, Offset: offset, Filters }), 'DescribeApiKeysStatus page')
      expect(result.TotalCount, `TotalCount at offset ${offset}`).toBe(expected.length)
      seen.push(...result.ApiKeySet)
      if (result.ApiKeySet.length < this.pageSize) break
    }
    expect(seen, `every page of ${JSON.stringify(Filters)}`).toStrictEqual(expected)
    if (expected.length > this.pageSize) count(real, 'list: several pages')
  }
  toString() {
    return `ListAllPages(${JSON.stringify({ filters: this.filters, pageSize: this.pageSize })})`
  }
}

export type SecretSpec = { readonly valid: string } | { readonly invalid: string } | undefined

export class Update extends Base {
  constructor(
    readonly target: Target,
    readonly secret: SecretSpec,
  ) {
    super()
  }
  async run(model: KeyModel, real: Real) {
    const id = resolve(model, this.target)
    const before = model.get(id)
    const secret = this.secret && ('valid' in this.secret ? this.secret.valid : this.secret.invalid)
    const answer = await call(model, real, 'UpdateApiKey', { AccessKeyId: id, ...(secret === undefined ? {} : { AccessKeySecret: secret }) })
    const context = `UpdateApiKey of ${JSON.stringify(id)} (${before?.AccessKeyType ?? model.stateOf(id)}) ${this.secret ? Object.keys(this.secret)[0] : 'without'} secret`
    // The validator judges the request before any key is looked up.
    if (this.secret && 'invalid' in this.secret) return expectCode(answer, 'InvalidParameter.FormatError', context)
    if (!before) {
      expectCode(answer, 'ResourceNotFound.InvalidAccessKeyId', context)
      return observe(real, model.stateOf(id), 'UpdateApiKey', model.stateOf(id), 'ResourceNotFound.InvalidAccessKeyId')
    }
    if (before.AccessKeyType === 'auto' && secret !== undefined) return expectCode(answer, 'InvalidParameter', context)
    if (before.AccessKeyType === 'manual' && secret === undefined) return expectCode(answer, 'MissingParameter', context)
    const key = successResult<ApiKey>(answer, context)
    if (before.AccessKeyType === 'auto') {
      expect(key.AccessKeySecret, 'a rotated auto secret').toMatch(autoSecretShape)
      expect(key.AccessKeySecret, 'a rotated auto secret').not.toBe(before.AccessKeySecret)
    }
    expect(key, context).toStrictEqual({ ...before, AccessKeySecret: secret ?? key.AccessKeySecret, ModifiedTime: model.nowText() })
    const state = model.stateOf(id)
    observe(real, state, 'UpdateApiKey', state)
    model.replace(key)
    await expectStored(model, real, id)
  }
  toString() {
    return `Update(${showTarget(this.target)}, ${this.secret ? JSON.stringify('valid' in this.secret ? { secret: 'valid' } : this.secret) : 'no secret'})`
  }
}

export class SetStatus extends Base {
  constructor(
    readonly action: 'EnableApiKey' | 'DisableApiKey',
    readonly target: Target,
  ) {
    super()
  }
  async run(model: KeyModel, real: Real) {
    const id = resolve(model, this.target)
    const before = model.get(id)
    const from = model.stateOf(id)
    const answer = await call(model, real, this.action, { AccessKeyId: id })
    if (!before) {
      expectCode(answer, 'ResourceNotFound.InvalidAccessKeyId', `${this.action} of ${JSON.stringify(id)} (${from})`)
      return observe(real, from, this.action, from, 'ResourceNotFound.InvalidAccessKeyId')
    }
    expect(successResult(answer, `${this.action} of ${id} (${from})`)).toBe(true)
    const Status = this.action === 'EnableApiKey' ? 1 : 0
    // decision status-toggle: a no-op succeeds and changes nothing, ModifiedTime included.
    model.replace(before.Status === Status ? before : { ...before, Status, ModifiedTime: model.nowText() })
    observe(real, from, this.action, model.stateOf(id))
    await expectStored(model, real, id)
  }
  toString() {
    return `${this.action === 'EnableApiKey' ? 'Enable' : 'Disable'}(${showTarget(this.target)})`
  }
}

export class Delete extends Base {
  constructor(readonly target: Target) {
    super()
  }
  async run(model: KeyModel, real: Real) {
    const id = resolve(model, this.target)
    const from = model.stateOf(id)
    const answer = await call(model, real, 'DeleteApiKey', { AccessKeyId: id })
    const context = `DeleteApiKey of ${JSON.stringify(id)} (${from})`
    if (from === 'none' || from === 'deleted') {
      expectCode(answer, 'ResourceNotFound.InvalidAccessKeyId', context)
      return observe(real, from, 'DeleteApiKey', from, 'ResourceNotFound.InvalidAccessKeyId')
    }
    if (from === 'enabled') {
      expectCode(answer, 'UnsupportedOperation.InvalidStatus', context)
      observe(real, from, 'DeleteApiKey', from, 'UnsupportedOperation.InvalidStatus')
    } else {
      expect(successResult(answer, context)).toBe(true)
      model.remove(id)
      observe(real, from, 'DeleteApiKey', 'deleted')
    }
    await expectStored(model, real, id)
  }
  toString() {
    return `Delete(${showTarget(this.target)})`
  }
}

/** Moves the emulator's clock (the model owns it), within the signature window. */
export class Tick extends Base {
  constructor(readonly seconds: number) {
    super()
  }
  async run(model: KeyModel, real: Real) {
    if (model.offsetSeconds + this.seconds <= maxClockOffsetSeconds) model.offsetSeconds += this.seconds
    real.trace.push(`  clock now t+${model.offsetSeconds}s`)
  }
  toString() {
    return `Tick(${this.seconds}s)`
  }
}

const tagsArb = fc.option(fc.subarray([...tagPool], { minLength: 1 }), { nil: undefined, freq: 3 })
const nameArb = fc.constantFrom(...secretNames)
const filterArb: fc.Arbitrary<FilterSpec> = fc.record({
  name: fc.constantFrom(...apiKeyFilterNames),
  values: fc.oneof({ weight: 1, arbitrary: fc.constant([]) }, { weight: 6, arbitrary: fc.array(fc.record({ pick: fc.nat({ max: 40 }), from: fc.nat({ max: 40 }), length: fc.nat({ max: 11 }) }), { minLength: 1, maxLength: 3 }) }),
})
const filtersArb = fc.oneof(fc.array(filterArb, { maxLength: 1 }), fc.array(filterArb, { maxLength: 3 }))
const faultArb: fc.Arbitrary<ListFault> = fc.oneof(
  fc.record({ kind: fc.constant('Limit' as const), value: fc.constantFrom(0, pageLimit.max + 1, -1, 1000) }),
  fc.record({ kind: fc.constant('Offset' as const), value: fc.constantFrom(-1, -100) }),
  fc.record({ kind: fc.constant('LimitType' as const), value: fc.constantFrom<string | boolean>('20', true) }),
  fc.record({ kind: fc.constant('FilterName' as const), value: fc.constantFrom('accessKeyId', 'Name', 'UsagePlanId', '') }),
  fc.constant({ kind: 'TooManyFilters' as const }),
  fc.constant({ kind: 'TooManyValues' as const }),
)
const secretSpecArb: fc.Arbitrary<SecretSpec> = fc.oneof(
  { weight: 3, arbitrary: fc.constant(undefined) },
  { weight: 3, arbitrary: fc.oneof(fc.constantFrom(...manualSecrets), fc.stringMatching(/^[A-Za-z0-9_]{10,50}$/)).map((valid) => ({ valid })) },
  { weight: 1, arbitrary: fc.constantFrom(...invalidSecrets).map((invalid) => ({ invalid })) },
)

/** The command arbitraries, repeated for weight: creates and status changes often, so that keys reach every state. */
export const commandArbitraries: fc.Arbitrary<LifecycleCommand>[] = [
  fc.tuple(nameArb, tagsArb).map(([name, tags]) => new CreateAuto(name, tags)),
  ...Array.from({ length: 2 }, () =>
    fc.tuple(fc.oneof({ weight: 4, arbitrary: fc.constantFrom<string | Target>(...manualIds) }, { weight: 1, arbitrary: targetArb }), fc.constantFrom(...manualSecrets), nameArb, tagsArb).map(([id, secret, name, tags]) => new CreateManual(id, secret, name, tags)),
  ),
  targetArb.map((target) => new Describe(target)),
  ...Array.from({ length: 2 }, () =>
    fc
      .tuple(
        filtersArb,
        fc.option(fc.oneof(fc.integer({ min: pageLimit.min, max: 4 }), fc.integer({ min: pageLimit.min, max: pageLimit.max })), { nil: undefined }),
        fc.option(fc.oneof({ weight: 6, arbitrary: fc.nat({ max: 6 }) }, { weight: 1, arbitrary: fc.constantFrom(1000, 2 ** 31, Number.MAX_SAFE_INTEGER) }), { nil: undefined }),
        fc.oneof({ weight: 3, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: faultArb }),
      )
      .map(([filters, limit, offset, fault]) => new List(filters, limit, offset, fault)),
  ),
  fc.tuple(filtersArb, fc.integer({ min: 1, max: 4 })).map(([filters, pageSize]) => new ListAllPages(filters, pageSize)),
  fc.tuple(targetArb, secretSpecArb).map(([target, secret]) => new Update(target, secret)),
  targetArb.map((target) => new SetStatus('EnableApiKey', target)),
  ...Array.from({ length: 2 }, () => targetArb.map((target) => new SetStatus('DisableApiKey', target))),
  ...Array.from({ length: 2 }, () => targetArb.map((target) => new Delete(target))),
  fc.integer({ min: 1, max: 90 }).map((seconds) => new Tick(seconds)),
]
