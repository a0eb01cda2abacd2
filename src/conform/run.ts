/**
 * runConform: makes the plan, runs every check in order through one session, then cleans up: every key still
 * tracked is disabled and deleted, and a sweep of the run's prefix deletes any whose create answer was lost. The
 * cleanup runs whatever happened: a failed check, a thrown error, an interruption (options.signal).
 */
import { performance } from 'node:perf_hooks'
import { scrub } from '../client/index.js'
import { cleanupRequestsPerKey } from './budget.js'
import { checks } from './checks/index.js'
import type { CheckContext } from './checks/check.js'
import type { ConformOptions } from './options.js'
import { makePlan, type Plan } from './plan.js'
import { progressLine, formNames, type CheckResult, type ConformReport } from './report.js'
import { recordedOrNone, type CheckOutcome } from './property.js'
import { Session } from './session.js'

export interface RunOptions extends ConformOptions {
  /** Aborting it stops the run after the request in flight; the cleanup still runs. */
  readonly signal?: AbortSignal
}

/**
 * The run's session, with the client of every form it sends in built: an option a client refuses (an endpoint with
 * a query, a token with a line break) throws its TypeError here, before anything is sent.
 */
export function openSession(options: RunOptions, plan: Plan): Session {
  const session = new Session({
    endpoint: plan.endpoint,
    credentials: options.credentials,
    ...(options.region ? { region: options.region } : {}),
    ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}),
    maxRequests: plan.maxRequests,
    rate: plan.rate,
    keyPrefix: plan.keyPrefix,
    runId: plan.runId,
    mainForm: plan.mainForm,
    ...(options.signal ? { signal: options.signal } : {}),
  })
  session.openClients([plan.mainForm, ...plan.forms])
  return session
}

type LeftKeys = ConformReport['keys']['left']

/** A code or reason as the report names it: as it is when plain, else quoted (one line), and cut past 120 characters. */
const leftCode = (code: string) => (/^[\w. ():,*[\]-]{0,120}$/.test(code) ? code : JSON.stringify(code.length > 120 ? `${code.slice(0, 120)}…` : code))

/**
 * A check's outcome with its texts scrubbed of every secret the run knows: a message names paths, codes and
 * RequestIds, which are the server's text (a member named after a secret, say), as the exchanges are redacted.
 */
const scrubbed = (outcome: CheckOutcome, secrets: readonly string[]): CheckOutcome => ({
  ...outcome,
  ...(outcome.reason === undefined ? {} : { reason: scrub(outcome.reason, secrets) }),
  ...(outcome.failure === undefined ? {} : { failure: { ...outcome.failure, message: scrub(outcome.failure.message, secrets) } }),
})

/**
 * Deletes every key still tracked, then sweeps the run's prefix for keys whose create answer was lost. Never throws:
 * the report must still be made. If it breaks off, the keys still tracked are reported left, and, when the sweep did
 * not finish, the run's prefix too (keys it might have found).
 */
async function cleanUp(session: Session, plan: Plan, onProgress: RunOptions['onProgress']): Promise<LeftKeys> {
  let swept = false
  try {
    const stuckBefore = session.keys.stuck.map((key) => key.accessKeyId)
    onProgress?.(`cleanup: ${session.keys.alive.length + stuckBefore.length} keys to delete, then a sweep of ${plan.secretNamePrefix}*`)
    await session.keys.cleanup(session.cleanupCall)
    // Keys of this run the service lists that no answer told of (a lost create answer): tracked, then deleted.
    const { found, failure } = await session.keys.sweep(session.cleanupCall)
    swept = true
    const fresh = found.filter((id) => !session.keys.isStuck(id))
    for (const id of fresh) session.keys.track(id)
    await session.keys.cleanup(session.cleanupCall, fresh)
    // Last, what the budget has left (it kept room for everything above, not for these): keys a check's cleanup
    // could not delete are tried once more.
    await session.keys.retryStuck(session.cleanupCall, stuckBefore, () => session.budget.affords(cleanupRequestsPerKey))
    // A sweep that could not finish leaves keys possibly undeleted: reported as left under the run's name pattern.
    const unswept = failure === undefined ? [] : [{ accessKeyId: `${plan.secretNamePrefix}*`, code: failure }]
    return [...session.keys.stuck, ...unswept]
  } catch (error) {
    const code = `the cleanup broke off: ${scrub(`${(error as Error)?.name}: ${(error as Error)?.message}`, session.secrets)}`
    return [...session.keys.stuck, ...session.keys.alive.map((accessKeyId) => ({ accessKeyId, code })), ...(swept ? [] : [{ accessKeyId: `${plan.accessKeyIdPrefix}*`, code }])]
  }
}

export async function runConform(options: RunOptions, plan: Plan = makePlan(options)): Promise<ConformReport> {
  const started = performance.now()
  const session = openSession(options, plan)
  const context: CheckContext = { session, forms: plan.forms, mainForm: plan.mainForm, runs: plan.runs, seed: plan.seed }
  const selected = plan.checks.map((planned) => checks.find((check) => check.id === planned.id)!)
  const results: CheckResult[] = []
  let left: LeftKeys = []
  try {
    for (const [index, check] of selected.entries()) {
      options.onProgress?.(progressLine(index + 1, selected.length, check.id, session.budget.used))
      const at = performance.now()
      if (session.interrupted) {
        results.push({ id: check.id, title: check.title, status: 'skipped', runs: 0, reason: 'the run was interrupted', durationMs: 0 })
        continue
      }
      let outcome
      try {
        outcome = await check.run(context)
      } catch (error) {
        // A check's own bug or an unexpected answer it could not read: a failure of that check, never of the run.
        outcome = { status: 'fail' as const, runs: 0, failure: { message: `${(error as Error).name}: ${(error as Error).message}`, exchanges: recordedOrNone(session) } }
      }
      results.push({ id: check.id, title: check.title, ...scrubbed(outcome, session.secrets), durationMs: Math.round(performance.now() - at) })
    }
  } finally {
    // A code is the server's text (one may answer the SecretKey as its Code): scrubbed, and cut to a line.
    left = (await cleanUp(session, plan, options.onProgress)).map((key) => ({ ...key, code: leftCode(scrub(key.code, session.secrets)) }))
  }
  return {
    endpoint: plan.endpoint,
    checks: results,
    requests: session.budget.used,
    // A skipped check showed nothing: a run conforms only when every check ran and passed.
    // No check at all shows nothing either.
    ok: results.length > 0 && results.every((result) => result.status === 'pass') && left.length === 0,
    seed: plan.seed,
    runId: plan.runId,
    forms: formNames(plan.forms),
    maxRequests: plan.maxRequests,
    interrupted: session.interrupted,
    keys: { created: session.keys.created, deleted: session.keys.deleted, left },
    durationMs: Math.round(performance.now() - started),
  }
}
