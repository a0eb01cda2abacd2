/**
 * Runs a property with the suite's settings and reports it: how many cases it checked, how many were valid, and the
 * seed. FC_NUM_RUNS sets the number of cases (default 10,000); FC_SEED replays a run, FC_PATH (with FC_SEED and
 * `vitest run -t '<property name>'`) replays one failing case directly.
 */
import fc from 'fast-check'

const DEFAULT_RUNS = 10_000

export const numRuns = (() => {
  const raw = process.env.FC_NUM_RUNS
  if (raw === undefined || raw === '') return DEFAULT_RUNS
  const runs = Number(raw)
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`FC_NUM_RUNS must be a positive integer, got ${JSON.stringify(raw)}`)
  return runs
})()

/** One seed per test run, printed with every property so that any run can be replayed. */
export const seed = (() => {
  const raw = process.env.FC_SEED
  if (raw === undefined || raw === '') return (Date.now() ^ Math.floor(Math.random() * 0x7fffffff)) | 0
  const parsed = Number(raw)
  if (!Number.isInteger(parsed)) throw new Error(`FC_SEED must be an integer, got ${JSON.stringify(raw)}`)
  return parsed
})()

export interface Outcome {
  /** Whether the value is valid according to the oracle (for the valid/invalid balance). */
  readonly valid: boolean
}

/**
 * Checks `check` on `numRuns` values of `arbitrary`. `check` throws on a disagreement; fast-check then shrinks the
 * value and this throws its report (counterexample, seed, path) plus the command that replays it.
 * Both valid and invalid values must make up at least `minShare` of the cases, so a generator that drifts to one
 * side (and would make the property vacuous) fails the test.
 */
export function runProperty<T>(name: string, arbitrary: fc.Arbitrary<T>, check: (value: T) => Outcome, minShare = 0.05): void {
  let valid = 0
  let invalid = 0
  let counting = true
  const details = fc.check(
    fc.property(arbitrary, (value) => {
      const outcome = check(value)
      if (counting) outcome.valid ? valid++ : invalid++
    }),
    { numRuns, seed, path: process.env.FC_PATH || undefined, endOnFailure: false },
  )
  counting = false
  if (details.failed) {
    const replay = `FC_SEED=${details.seed} FC_PATH=${details.counterexamplePath} npx vitest run -t ${JSON.stringify(name)}`
    const cause = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance)
    throw new Error(`${name}: ${fc.defaultReportMessage(details)}\n\nDisagreement on the shrunk counterexample:\n${cause}\n\nReplay: ${replay}`)
  }
  console.log(`[property] ${name}: ${details.numRuns} cases checked (${valid} valid, ${invalid} invalid), seed ${details.seed}`)
  if (!process.env.FC_PATH) {
    const total = valid + invalid
    if (valid < total * minShare || invalid < total * minShare) {
      throw new Error(`${name}: the generator is unbalanced (${valid} valid, ${invalid} invalid of ${total}); each side must be at least ${minShare * 100}%`)
    }
  }
}

/** The report of a disagreement: the value, what the oracle found, and every validator's verdict. */
export function disagreement(name: string, value: unknown, violations: readonly { parameter: string; rule: string }[], verdicts: Record<string, boolean>): string {
  const oracle = violations.length === 0 ? 'valid' : `invalid: ${violations.map((v) => `${v.parameter || '(value)'} ${v.rule}`).join(', ')}`
  const lines = Object.entries(verdicts).map(([label, verdict]) => `  ${label}: ${verdict ? 'valid' : 'invalid'}`)
  return `${name} on ${fc.stringify(value)}\n  oracle: ${oracle}\n${lines.join('\n')}`
}
