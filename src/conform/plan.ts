/**
 * What a run will do, before it does it: the checks, the runs and the most requests each may send, the keys it
 * may create and how they are named, the rate and the budget. `--dry-run` prints this and sends nothing; a run
 * prints its first lines too.
 */
import { randomBytes, randomInt } from 'node:crypto'
import { checks, type Check } from './checks/index.js'
import { totalOf } from './checks/check.js'
import { sweepRequests } from './budget.js'
import { defaultKeyPrefix, defaultRate, defaultRuns, documentedRate, isKeyPrefix, keyPrefixRule, maxSeed, runIdLength, type ConformOptions, type WireForm } from './options.js'
import { allForms, formName } from './wireForms.js'

export interface PlannedCheck {
  readonly id: string
  readonly title: string
  readonly runs: number
  /** The most requests it sends when nothing fails (a failure's shrinking costs more, within the budget). */
  readonly requests: number
}

export interface Plan {
  readonly endpoint: string
  readonly forms: readonly WireForm[]
  readonly mainForm: WireForm
  readonly runs: number
  readonly seed: number
  readonly rate: number
  readonly runId: string
  readonly keyPrefix: string
  readonly checks: readonly PlannedCheck[]
  /** Requests of every check and the final sweep, when nothing fails. */
  readonly requests: number
  /** The budget: --max-requests, or twice `requests` (room to shrink failures). */
  readonly maxRequests: number
  readonly secretNamePrefix: string
  readonly accessKeyIdPrefix: string
}

/** runIdLength characters of [a-z0-9]: a run's own part of its key names. */
const newRunId = () => BigInt(`0x${randomBytes(6).toString('hex')}`).toString(36).padStart(runIdLength, '0').slice(-runIdLength)

/** The checks `only` selects (id prefixes), in registry order. */
export const selectChecks = (only: readonly string[] | undefined): readonly Check[] =>
  only === undefined || only.length === 0 ? checks : checks.filter((check) => only.some((prefix) => check.id.startsWith(prefix)))

export function makePlan(options: ConformOptions): Plan {
  const runs = options.runs ?? defaultRuns
  const mainForm: WireForm = { signing: options.signing ?? 'tc3', method: options.method ?? 'POST', ...(options.signing === 'v1' ? { signatureMethod: 'HmacSHA256' as const } : {}) }
  const forms = options.wireForms === 'all' ? allForms : [mainForm]
  const planned = selectChecks(options.only).filter((check) => check.appliesTo?.(options.credentials) ?? true).map((check) => {
    const cost = check.cost(runs, forms)
    return { id: check.id, title: check.title, runs: cost.runs, requests: totalOf(cost) }
  })
  const requests = planned.reduce((sum, check) => sum + check.requests, 0) + sweepRequests
  const runId = options.runId ?? newRunId()
  const keyPrefix = options.keyPrefix ?? defaultKeyPrefix
  if (!isKeyPrefix(keyPrefix)) throw new RangeError(`keyPrefix needs ${keyPrefixRule}.`)
  return {
    endpoint: options.endpoint,
    forms,
    mainForm,
    runs,
    seed: options.seed ?? randomInt(0, maxSeed + 1),
    rate: options.rate ?? defaultRate,
    runId,
    keyPrefix,
    checks: planned,
    requests,
    maxRequests: options.maxRequests ?? 2 * requests,
    secretNamePrefix: `${keyPrefix}-${runId}-`,
    accessKeyIdPrefix: `${keyPrefix}_${runId}_`,
  }
}

/** The plan as printed (`--dry-run`, and the head of a run's output). */
export function formatPlan(plan: Plan): string {
  const width = Math.max(...plan.checks.map((check) => check.id.length))
  const seconds = Math.ceil(Math.min(plan.requests, plan.maxRequests) / plan.rate)
  return [
    `conform ${plan.endpoint}`,
    `  wire forms: ${plan.forms.map(formName).join(', ')}${plan.forms.length > 1 ? ' (each run draws one)' : ''}; runs per property: ${plan.runs}; seed ${plan.seed}`,
    `  requests: at most ${plan.requests} if every check passes (shrinking a failure costs more); budget --max-requests ${plan.maxRequests}, cleanup included`,
    `  rate: ${plan.rate} requests/s (the documented limit is ${documentedRate}/s per action): about ${seconds} s`,
    `  keys: created only with SecretName ${plan.secretNamePrefix}N or AccessKeyId ${plan.accessKeyIdPrefix}N, each disabled and deleted after its check; a final sweep deletes any left`,
    '',
    ...plan.checks.map((check) => `  ${check.id.padEnd(width)}  ${String(check.runs).padStart(3)} runs  ≤${String(check.requests).padStart(4)} requests  ${check.title}`),
  ].join('\n')
}
