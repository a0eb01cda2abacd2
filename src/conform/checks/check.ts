/**
 * What a check is (an entry of the registry: id, title, cost, run) and what every check is given: the session, the
 * forms a run may be sent in, the runs and the seed. Most checks are properties (propertyCheck).
 */
import type fc from 'fast-check'
import type { Exchange } from '../../client/index.js'
import type { Credentials, WireForm } from '../options.js'
import { checkProperty, type CheckOutcome } from '../property.js'
import type { Session } from '../session.js'

export interface CheckContext {
  readonly session: Session
  /** The forms a run draws from: the chosen one, or all four with `--wire-forms all`. */
  readonly forms: readonly WireForm[]
  readonly mainForm: WireForm
  /** Runs per property. */
  readonly runs: number
  readonly seed: number
}

/** The requests a check may send without failures: runs × per run, plus fixed ones (fixtures and their cleanup). */
export interface CheckCost {
  readonly runs: number
  readonly requestsPerRun: number
  readonly fixed: number
}

export interface Check {
  /** Stable: the table, the JSON and JUnit files and the tests name checks by it. */
  readonly id: string
  readonly title: string
  /** What it may send with these runs per property, in these forms (the run's: one, or all four). */
  cost(runs: number, forms: readonly WireForm[]): CheckCost
  run(context: CheckContext): Promise<CheckOutcome>
  /** False for a check these credentials give nothing to test (auth.token without a session token): left out of the plan. */
  appliesTo?(credentials: Credentials): boolean
}

export const totalOf = (cost: CheckCost): number => cost.runs * cost.requestsPerRun + cost.fixed

/** A check that is one property: `arbitrary` draws a case, `property` sends it and throws CheckFailure on a difference. */
export function propertyCheck<T>(spec: {
  readonly id: string
  readonly title: string
  /** A number, or one that depends on the run's forms. */
  readonly requestsPerRun: number | ((forms: readonly WireForm[]) => number)
  readonly fixed?: number
  readonly arbitrary: (context: CheckContext) => fc.Arbitrary<T>
  readonly property: (context: CheckContext, value: T) => Promise<void>
  /** Run after the property (the check's fixtures' cleanup). */
  readonly after?: (context: CheckContext) => Promise<void>
}): Check {
  return {
    id: spec.id,
    title: spec.title,
    cost: (runs, forms) => ({ runs, requestsPerRun: typeof spec.requestsPerRun === 'number' ? spec.requestsPerRun : spec.requestsPerRun(forms), fixed: spec.fixed ?? 0 }),
    run: async (context) => {
      try {
        return await checkProperty(context.session, spec.arbitrary(context), (value) => spec.property(context, value), { runs: context.runs, seed: context.seed })
      } finally {
        await spec.after?.(context)
      }
    },
  }
}

/** `success`, `tencent-error Code`, `contract-violation (paths)`, `timeout: ...`: an outcome in a few words. */
export function describeOutcome(exchange: Exchange): string {
  const { outcome } = exchange
  switch (outcome.kind) {
    case 'success':
      return 'a success'
    case 'tencent-error':
      return `the error ${outcome.code}`
    case 'contract-violation':
      return `an answer that breaks the contract (${outcome.violations.map((violation) => `${violation.path} ${violation.rule}`).join(', ')})`
    default:
      return `no answer (${outcome.kind}: ${outcome.message})`
  }
}
