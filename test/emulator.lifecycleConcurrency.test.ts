/**
 * Concurrent writes of one key over real HTTP on loopback: rounds of UpdateApiKey, EnableApiKey, DisableApiKey,
 * DeleteApiKey and CreateApiKey (of the same manual id) sent at once, against one emulator and against two emulator
 * processes sharing a --data file. Every round's answers and the key's final state must be those of some serial order
 * of its calls (checked by search over the orders, against a model of the decisions): no lost update. Then every
 * answered change survives a restart, even after SIGKILL, and the key count (quota) stays exact.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import http from 'node:http'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { createEmulator } from '../src/emulator/index.js'
import type { ActionName } from '../src/actions.js'
import type { ApiKey } from '../src/types.js'
import { callAction, errorOf, forms, resultOf, type ApiKeyPage } from './support/actionWire.js'
import type { WireAnswer } from './support/emulatorWire.js'

const root = resolve(import.meta.dirname, '..')
const who = { secretId: 'AKIDlifecycleRace01', secretKey: 'lifecycleRaceSecretKey01' }
const workDir = mkdtempSync(join(tmpdir(), 'apikey-lifecycle-race-'))
afterAll(() => rmSync(workDir, { recursive: true, force: true }))

/** A small seeded generator (mulberry32): each round's mix of calls is the same on every run. */
function random(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

type Op = { readonly kind: 'update' | 'create'; readonly secret: string } | { readonly kind: 'enable' | 'disable' | 'delete' }
/** The one manual key a round races on, as the decisions define it. */
interface KeyState {
  readonly exists: boolean
  readonly status: 0 | 1
  readonly secret: string
}

const notFound = 'ResourceNotFound.InvalidAccessKeyId'

/** One call on the model: its observable outcome and the state after it (decisions update-secret, status-toggle, delete-needs-disabled). */
function step(state: KeyState, op: Op): { outcome: string; next: KeyState } {
  switch (op.kind) {
    case 'create':
      if (state.exists) return { outcome: 'FailedOperation.AccessKeyExist', next: state }
      return { outcome: `Success 1 ${op.secret}`, next: { exists: true, status: 1, secret: op.secret } }
    case 'update':
      if (!state.exists) return { outcome: notFound, next: state }
      return { outcome: `Success ${state.status} ${op.secret}`, next: { ...state, secret: op.secret } }
    case 'enable':
    case 'disable':
      if (!state.exists) return { outcome: notFound, next: state }
      return { outcome: 'Success true', next: { ...state, status: op.kind === 'enable' ? 1 : 0 } }
    case 'delete':
      if (!state.exists) return { outcome: notFound, next: state }
      if (state.status === 1) return { outcome: 'UnsupportedOperation.InvalidStatus', next: state }
      return { outcome: 'Success true', next: { ...state, exists: false } }
  }
}

/** A serial order of `ops` (indexes) giving exactly the observed outcomes and final state, or undefined if none does. */
function serialOrder(initial: KeyState, ops: readonly Op[], outcomes: readonly string[], final: KeyState): number[] | undefined {
  const order: number[] = []
  // (calls done, state) pairs known to lead nowhere: without them, calls whose order does not matter (several
  // answered not found) would be tried in every order.
  const deadEnds = new Set<string>()
  const search = (used: number, state: KeyState): boolean => {
    if (order.length === ops.length) return state.exists === final.exists && (!state.exists || (state.status === final.status && state.secret === final.secret))
    const memo = `${used} ${state.exists} ${state.status} ${state.secret}`
    if (deadEnds.has(memo)) return false
    for (let i = 0; i < ops.length; i++) {
      if (used & (1 << i)) continue
      const { outcome, next } = step(state, ops[i]!)
      if (outcome !== outcomes[i]) continue
      order.push(i)
      if (search(used | (1 << i), next)) return true
      order.pop()
    }
    deadEnds.add(memo)
    return false
  }
  return search(0, initial) ? [...order] : undefined
}

const actionOf: Record<Op['kind'], ActionName> = { create: 'CreateApiKey', update: 'UpdateApiKey', enable: 'EnableApiKey', disable: 'DisableApiKey', delete: 'DeleteApiKey' }

function parametersOf(op: Op, id: string): object {
  if (op.kind === 'create') return { SecretName: 'raced', AccessKeyType: 'manual', AccessKeyId: id, AccessKeySecret: op.secret }
  if (op.kind === 'update') return { AccessKeyId: id, AccessKeySecret: op.secret }
  return { AccessKeyId: id }
}

/** What the model can compare of an answer: the code, and for a success the status and secret or the boolean. */
function observed(answer: WireAnswer): string {
  const error = errorOf(answer)
  if (error) return error.Code
  const result = resultOf<ApiKey | boolean>(answer)
  return typeof result === 'boolean' ? `Success ${result}` : `Success ${result.Status} ${result.AccessKeySecret}`
}

async function stateOf(endpoint: string, id: string): Promise<KeyState> {
  const answer = await callAction(endpoint, 'TC3 JSON POST', 'DescribeApiKey', { AccessKeyId: id }, who)
  if (errorOf(answer)?.Code === notFound) return { exists: false, status: 0, secret: '' }
  const key = resultOf<ApiKey>(answer)
  return { exists: true, status: key.Status, secret: key.AccessKeySecret }
}

/**
 * Races `rounds` rounds of `size` random calls on one fresh key each, spread over `endpoints` and the four wire
 * forms, and checks each round against the model. Returns how many rounds had a call refused (so races really met).
 */
async function raceRounds(endpoints: readonly string[], rounds: number, size: number, seed: number): Promise<{ contended: number }> {
  const next = random(seed)
  let contended = 0
  const agents = endpoints.map(() => new http.Agent({ keepAlive: true, maxSockets: size }))
  // Open `size` connections to each emulator before the races.
  await Promise.all(Array.from({ length: size }, (_, i) => callAction(endpoints[i % endpoints.length]!, 'TC3 JSON POST', 'DescribeApiKey', { AccessKeyId: 'warm_up' }, who, undefined, agents[i % endpoints.length])))
  for (let round = 0; round < rounds; round++) {
    const id = `race_${seed}_${round}`
    const initialSecret = `race_secret_${round}_init`
    resultOf(await callAction(endpoints[0]!, 'TC3 JSON POST', 'CreateApiKey', { SecretName: 'raced', AccessKeyType: 'manual', AccessKeyId: id, AccessKeySecret: initialSecret }, who))
    const startDisabled = next() < 0.5
    if (startDisabled) resultOf(await callAction(endpoints[0]!, 'TC3 JSON POST', 'DisableApiKey', { AccessKeyId: id }, who))
    const initial: KeyState = { exists: true, status: startDisabled ? 0 : 1, secret: initialSecret }
    const ops: Op[] = Array.from({ length: size }, (_, i) => {
      const pick = next()
      if (pick < 0.3) return { kind: 'update', secret: `race_secret_${round}_${i}` }
      if (pick < 0.5) return { kind: 'enable' }
      if (pick < 0.7) return { kind: 'disable' }
      if (pick < 0.9) return { kind: 'delete' }
      return { kind: 'create', secret: `race_secret_${round}_${i}_new` }
    })
    // Over connections already open, so the calls arrive together and are decided in the same group commits.
    const answers = await Promise.all(ops.map((op, i) => callAction(endpoints[i % endpoints.length]!, forms[i % forms.length]!, actionOf[op.kind], parametersOf(op, id), who, undefined, agents[i % endpoints.length])))
    const outcomes = answers.map(observed)
    const final = await stateOf(endpoints[0]!, id)
    const order = serialOrder(initial, ops, outcomes, final)
    expect(order, `round ${round}: ${JSON.stringify({ initial, ops, outcomes, final })}`).toBeDefined()
    if (outcomes.some((outcome) => !outcome.startsWith('Success'))) contended++
  }
  for (const agent of agents) agent.destroy()
  return { contended }
}

/** Every key, newest first, through paging (the whole store's state as a client sees it). */
async function allKeys(endpoint: string): Promise<ApiKeyPage> {
  const keys: ApiKey[] = []
  let total = 0
  for (let Offset = 0; ; Offset += 100) {
    const page = resultOf<ApiKeyPage>(await callAction(endpoint, 'TC3 JSON POST', 'DescribeApiKeysStatus', { Limit: 100, Offset }, who))
    total = page.TotalCount
    keys.push(...page.ApiKeySet)
    if (page.ApiKeySet.length < 100) break
  }
  return { TotalCount: total, ApiKeySet: keys }
}

function startCli(args: string[]): Promise<{ child: ChildProcess; endpoint: string }> {
  const env = { ...process.env, APIKEY_EMULATOR_SECRET_ID: who.secretId, APIKEY_EMULATOR_SECRET_KEY: who.secretKey }
  const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'src/emulator/cli.ts'), ...args], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] })
  let output = ''
  return new Promise((resolvePromise, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8')
      const match = /listening on http:\/\/([^\s]+)/.exec(output)
      if (match) resolvePromise({ child, endpoint: match[1]! })
    }
    child.stdout!.on('data', onData)
    child.stderr!.on('data', onData)
    child.on('exit', (code) => reject(new Error(`the CLI exited with ${code}: ${output}`)))
  })
}

function stop(child: ChildProcess, signal: NodeJS.Signals): Promise<number | null> {
  return new Promise((resolvePromise) => {
    child.removeAllListeners('exit')
    child.on('exit', (code) => resolvePromise(code))
    child.kill(signal)
  })
}

describe('the serial-order check', () => {
  it('refuses outcomes no serial order gives (it can fail): two deletes both succeeding, a lost update', () => {
    const disabled: KeyState = { exists: true, status: 0, secret: 's0' }
    const gone: KeyState = { exists: false, status: 0, secret: '' }
    expect(serialOrder(disabled, [{ kind: 'delete' }, { kind: 'delete' }], ['Success true', 'Success true'], gone)).toBeUndefined()
    expect(serialOrder(disabled, [{ kind: 'delete' }, { kind: 'delete' }], ['Success true', notFound], gone)).toEqual([0, 1])
    const updates: Op[] = [
      { kind: 'update', secret: 's1' },
      { kind: 'update', secret: 's2' },
    ]
    // Both answered, but the final secret is the initial one: an update was lost.
    expect(serialOrder(disabled, updates, ['Success 0 s1', 'Success 0 s2'], disabled)).toBeUndefined()
    expect(serialOrder(disabled, updates, ['Success 0 s1', 'Success 0 s2'], { ...disabled, secret: 's1' })).toEqual([1, 0])
    // Enabled after a successful delete: no order has enable succeed after the delete, nor delete succeed after it.
    expect(serialOrder(disabled, [{ kind: 'enable' }, { kind: 'delete' }], ['Success true', 'Success true'], gone)).toBeUndefined()
  })
})

describe('concurrent writes of one key', () => {
  it('on one emulator: every round of 10 concurrent calls is some serial order (40 rounds, the four wire forms)', async () => {
    const emulator = await createEmulator({ credentials: [who], rateLimitPerSecond: 0, keyQuota: Infinity })
    try {
      const { contended } = await raceRounds([emulator.endpoint], 40, 10, 1)
      expect(contended).toBeGreaterThan(10)
      // Each round left zero or one key: the count is exact after the deletes and re-creates.
      expect(emulator.keyCount()).toBe((await allKeys(emulator.endpoint)).ApiKeySet.length)
    } finally {
      await emulator.close()
    }
  })

  it('on two emulator processes sharing one --data file: still some serial order, and one key count', async () => {
    const dataFile = join(workDir, 'shared-race.sqlite')
    const cli = await startCli(['serve', '--port', '0', '--data', dataFile, '--rate-limit', '0', '--quota', '100000'])
    const local = await createEmulator({ credentials: [who], rateLimitPerSecond: 0, keyQuota: Infinity, dataFile })
    try {
      await raceRounds([local.endpoint, cli.endpoint], 12, 8, 2)
      const listed = await allKeys(cli.endpoint)
      expect(listed.TotalCount).toBe(listed.ApiKeySet.length)
      expect(local.keyCount()).toBe(listed.ApiKeySet.length)
    } finally {
      await local.close()
      expect(await stop(cli.child, 'SIGINT')).toBe(0)
    }
  })
})

describe('durability of answered changes', () => {
  it('every answered update, toggle, delete and re-create survives a SIGKILL and a restart on the same --data file', async () => {
    const dataFile = join(workDir, 'killed.sqlite')
    const first = await startCli(['serve', '--port', '0', '--data', dataFile, '--rate-limit', '0', '--quota', '100000'])
    let before: ApiKeyPage
    try {
      await raceRounds([first.endpoint], 10, 8, 3)
      // A last burst, answered just before the kill.
      const last = resultOf<ApiKey>(await callAction(first.endpoint, 'TC3 JSON POST', 'CreateApiKey', { SecretName: 'last' }, who))
      await Promise.all([
        callAction(first.endpoint, 'v1 form POST', 'UpdateApiKey', { AccessKeyId: last.AccessKeyId }, who),
        callAction(first.endpoint, 'TC3 JSON POST', 'DisableApiKey', { AccessKeyId: last.AccessKeyId }, who),
      ]).then((answers) => answers.map((answer) => resultOf(answer)))
      before = await allKeys(first.endpoint)
      expect(before.ApiKeySet.find((key) => key.AccessKeyId === last.AccessKeyId)?.Status).toBe(0)
    } finally {
      // No graceful close: what was answered must already be committed.
      await stop(first.child, 'SIGKILL')
    }
    const second = await startCli(['serve', '--port', '0', '--data', dataFile, '--rate-limit', '0', '--quota', String(before.TotalCount + 1)])
    try {
      expect(await allKeys(second.endpoint)).toStrictEqual(before)
      // The quota counts exactly the keys left: one more fits, then no more.
      resultOf(await callAction(second.endpoint, 'TC3 JSON POST', 'CreateApiKey', { SecretName: 'fits' }, who))
      expect(errorOf(await callAction(second.endpoint, 'TC3 JSON POST', 'CreateApiKey', { SecretName: 'over' }, who))?.Code).toBe('LimitExceeded.ApiKeyCountLimitExceeded')
    } finally {
      expect(await stop(second.child, 'SIGINT')).toBe(0)
    }
  })
})
