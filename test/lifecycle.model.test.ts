/**
 * Model-based test of the API-key lifecycle against the real emulator over loopback HTTP: fast-check (`fc.commands`,
 * `fc.asyncModelRun`) drives random sequences of CreateApiKey (auto, manual, a taken id), DescribeApiKey,
 * DescribeApiKeysStatus (filters, paging, faulty requests), UpdateApiKey, EnableApiKey, DisableApiKey and
 * DeleteApiKey, on live, deleted and unknown ids, through the official SDK (signature v3 JSON, or v1 as a form POST or
 * a GET, one per sequence), and compares every answer with an
 * in-memory model written from the decisions (test/lifecycleModel/model.ts). Every answer is also read with its
 * action's parse<Action>Response, so a contract break fails too. Each sequence gets a fresh emulator (in-memory
 * store) whose clock the model owns, so CreatedTime and ModifiedTime are checked exactly.
 *
 * Sequences: FC_NUM_RUNS / 250, at least 4 (40 by default); FC_SEED replays a run. A failure prints the shrunk
 * sequence, the calls and answers of its last run, and the command that replays it.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { keyTransitions } from '../schema/keyLifecycle.js'
import { createEmulator } from '../src/emulator/index.js'
import { CreateAuto, CreateManual, Delete, Describe, SetStatus, Update, commandArbitraries, manualSecrets, type Observed, type Real } from './lifecycleModel/commands.js'
import { KeyModel } from './lifecycleModel/model.js'
import { sdkCaller, transports, type Transport } from './lifecycleModel/sdkCaller.js'
import { numRuns, seed } from './generators/run.js'

const sequences = Math.max(4, Math.ceil(numRuns / 250))
const name = 'lifecycle model'
const transitionText = (t: Observed) => `${t.from} ${t.action} -> ${t.to}${t.refusal ? ` refused ${t.refusal}` : ''}`
const documented = new Set(keyTransitions.map((t) => transitionText({ from: t.from, action: t.action as Observed['action'], to: t.to, ...(t.refusal ? { refusal: t.refusal } : {}) })))

/** Runs one sequence on a fresh emulator; a failure carries the trace of this run. */
async function runSequence(transport: Transport, commands: Iterable<fc.AsyncCommand<KeyModel, Real, false>>, observed: Observed[], tally = new Map<string, number>()): Promise<void> {
  const model = new KeyModel(Math.floor(Date.now() / 1000) * 1000)
  const emulator = await createEmulator({ rateLimitPerSecond: 0, keyQuota: Infinity, now: () => model.nowMs() })
  const real: Real = { sdk: sdkCaller(emulator.endpoint, transport), form: transports[transport].form, trace: [`  (the SDK sends ${transport})`], observed, tally }
  try {
    await fc.asyncModelRun(() => ({ model, real }), commands)
  } catch (error) {
    // A secret is shown as its number among those the run has seen, so two answers can still be compared.
    const masked = (value: unknown) =>
      JSON.stringify(value, (name, member: unknown) => (name === 'AccessKeySecret' && typeof member === 'string' ? `<secret ${model.everSecrets.includes(member) ? `#${model.everSecrets.indexOf(member)}` : 'never seen'}>` : member))
    const { actual, expected } = error as { actual?: unknown; expected?: unknown }
    const values = actual === undefined && expected === undefined ? '' : `\n  actual:   ${masked(actual)}\n  expected: ${masked(expected)}`
    throw new Error(`${error instanceof Error ? error.message : String(error)}${values}\n\nCalls of this run (secrets hidden):\n${real.trace.join('\n')}`, { cause: error })
  } finally {
    if (real.sdk.replays() > 0) tally.set('v1 calls signed again (the SDK drew a Nonce twice)', (tally.get('v1 calls signed again (the SDK drew a Nonce twice)') ?? 0) + real.sdk.replays())
    real.sdk.close()
    await emulator.close()
  }
}

describe('the key lifecycle against an in-memory model', () => {
  it.each(Object.keys(transports) as Transport[])('walks every documented transition, and sees no other (schema/keyLifecycle.ts, the docs\' state diagram): %s', async (transport) => {
    const observed: Observed[] = []
    const first = { pick: 0 }
    const never = { unknown: 'never_created_key_01' }
    const secret = { valid: manualSecrets[1] }
    await runSequence(
      transport,
      [
        new CreateManual('manual_key_01', manualSecrets[0], 'alpha', undefined),
        new CreateManual('manual_key_01', manualSecrets[0], 'beta', undefined),
        new Update(first, secret),
        new SetStatus('EnableApiKey', first),
        new Delete(first),
        new SetStatus('DisableApiKey', first),
        new SetStatus('DisableApiKey', first),
        new CreateManual('manual_key_01', manualSecrets[0], 'beta', undefined),
        new Update(first, secret),
        new SetStatus('EnableApiKey', first),
        new SetStatus('DisableApiKey', first),
        new Delete(first),
        ...[first, never].flatMap((target) => [new Describe(target), new Update(target, undefined), new SetStatus('EnableApiKey', target), new SetStatus('DisableApiKey', target), new Delete(target)]),
        new CreateManual('manual_key_01', manualSecrets[2], 'alpha', [{ Key: 'env', Value: 'ci' }]),
        new CreateAuto('ci deploy', undefined),
      ],
      observed,
    )
    expect(new Set(observed.map(transitionText))).toStrictEqual(documented)
  })

  it(`agrees with the model on ${sequences} random sequences of all seven actions`, { timeout: 600_000 }, async () => {
    const observed: Observed[] = []
    const tally = new Map<string, number>()
    const property = fc.asyncProperty(
      fc.constantFrom(...(Object.keys(transports) as Transport[])),
      fc.commands(commandArbitraries, { maxCommands: 40, size: 'max', replayPath: process.env.FC_REPLAY_PATH || undefined }),
      (transport, commands) => runSequence(transport, commands, observed, tally),
    )
    const details = await fc.check(property, { numRuns: sequences, seed, path: process.env.FC_PATH || undefined })
    if (details.failed) {
      const report = fc.defaultReportMessage(details) ?? ''
      const replayPath = /replayPath="([^"]*)"/.exec(report)?.[1]
      const replay = `FC_SEED=${details.seed} FC_PATH=${details.counterexamplePath}${replayPath ? ` FC_REPLAY_PATH=${replayPath}` : ''} npx vitest run test/lifecycle.model.test.ts -t "random sequences"`
      const cause = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance)
      throw new Error(`${name}: ${report}\n\nOn the shrunk sequence:\n${cause}\n\nReplay: ${replay}`)
    }
    const answers = [...tally].sort(([a], [b]) => a.localeCompare(b)).map(([label, n]) => `  ${label}: ${n}`)
    console.log(`[property] ${name}: ${details.numRuns} sequences checked, seed ${details.seed}; answers:\n${answers.join('\n')}`)
    const undocumented = [...new Set(observed.map(transitionText))].filter((text) => !documented.has(text))
    expect(undocumented, 'transitions the state diagram does not show').toStrictEqual([])
  })
})
