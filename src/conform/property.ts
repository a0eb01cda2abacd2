/**
 * A check as a fast-check property over real requests. Each run's exchanges are recorded, so a failure is reported
 * with the shrunk counterexample and the exact requests and responses of the run that produced it. Shrinking
 * re-sends requests, so it is capped (maxShrinkRuns); the budget and an interruption stop a check without calling
 * it a failure.
 */
import fc from 'fast-check'
import { redactValue, type Exchange } from '../client/index.js'
import { BudgetExhausted } from './budget.js'
import { RunInterrupted, Unsendable, type Session } from './session.js'

/** What a check found: the CheckResult of the report, less its id and title. */
export interface CheckOutcome {
  readonly status: 'pass' | 'fail' | 'skipped'
  /** Property runs made (for a failure: before it, shrinking not counted). */
  readonly runs: number
  readonly reason?: string
  readonly failure?: CheckFailureReport
}

export interface CheckFailureReport {
  readonly message: string
  readonly counterexample?: unknown
  /** The requests and responses of the failing run, secrets redacted. */
  readonly exchanges: readonly Exchange[]
  /** To replay: `--seed S` (and the path fast-check took to the shrunk case). */
  readonly seed?: number
  readonly path?: string
}

/** A failed expectation of a check; its message names paths, codes and counts, never a secret. */
export class CheckFailure extends Error {
  override name = 'CheckFailure'
}

export const expectThat = (condition: boolean, message: string): void => {
  if (!condition) throw new CheckFailure(message)
}

/** Property runs after the first failure spent on shrinking it, at most. */
export const maxShrinkRuns = 10

export interface PropertySettings {
  readonly runs: number
  readonly seed: number
}

/**
 * A counterexample fit to print: as the client redacts an answer (every AccessKeySecret, SecretKey, Token and
 * Signature member blanked, every known secret scrubbed from every string).
 */
export const redactCounterexample = (value: unknown, secrets: readonly string[]): unknown => redactValue(value, secrets)

/**
 * The run's exchanges, redacted; none when redacting them throws (a bug it must not turn into the loss of the whole
 * report: the failure is still reported, without its exchanges).
 */
export function recordedOrNone(session: Session): Exchange[] {
  try {
    return session.recorded()
  } catch {
    return []
  }
}

export async function checkProperty<T>(session: Session, arbitrary: fc.Arbitrary<T>, run: (value: T) => Promise<void>, settings: PropertySettings): Promise<CheckOutcome> {
  let executions = 0
  let firstFailureAt: number | undefined
  let stopped: BudgetExhausted | RunInterrupted | undefined
  let last: { message: string; exchanges: Exchange[] } | undefined
  const property = fc.asyncProperty(arbitrary, async (value) => {
    // Once stopped, or once shrinking has had its runs, every further case passes without a request.
    if (stopped || (firstFailureAt !== undefined && executions - firstFailureAt >= maxShrinkRuns)) return true
    executions++
    session.startRecording()
    try {
      await run(value)
      return true
    } catch (error) {
      if (error instanceof BudgetExhausted || error instanceof RunInterrupted) {
        stopped = error
        return true
      }
      if (error instanceof Unsendable) {
        executions--
        // A case the form cannot carry is skipped, as a failed precondition.
        fc.pre(false)
      }
      firstFailureAt ??= executions
      last = { message: error instanceof CheckFailure ? error.message : `${(error as Error).name}: ${(error as Error).message}`, exchanges: recordedOrNone(session) }
      throw error
    }
  })
  const details = await fc.check(property, { numRuns: settings.runs, seed: settings.seed, endOnFailure: false })
  const runs = firstFailureAt === undefined ? Math.min(executions, settings.runs) : firstFailureAt
  if (details.failed && last) {
    const counterexample = details.counterexample ? redactCounterexample(details.counterexample[0], session.secrets) : undefined
    return {
      status: 'fail',
      runs,
      failure: { message: last.message, counterexample, exchanges: last.exchanges, seed: details.seed, ...(details.counterexamplePath ? { path: details.counterexamplePath } : {}) },
    }
  }
  if (stopped) return { status: 'skipped', runs: executions, reason: stopped.message }
  if (details.failed) return { status: 'fail', runs, failure: { message: `fast-check: ${String(details.errorInstance ?? 'the property failed')}`, exchanges: [] } }
  return { status: 'pass', runs: executions }
}
