/**
 * What a run reports: the ConformReport (runConform's answer and the `--json` file), the table printed on stdout
 * with each failure's shrunk counterexample and its exact requests and responses (already redacted), and the JUnit
 * XML file for CI. Nothing here sees a secret: the exchanges were redacted when recorded.
 */
import type { Exchange } from '../client/index.js'
import { lineDisguisingSource, loneSurrogateSource, unicodeEscape } from '../client/encodable.js'
import type { CheckFailureReport } from './property.js'
import { formName } from './wireForms.js'
import type { WireForm } from './options.js'

export interface CheckResult {
  readonly id: string
  readonly title: string
  readonly status: 'pass' | 'fail' | 'skipped'
  readonly runs: number
  /** Why a check was skipped (the budget, an interruption). */
  readonly reason?: string
  readonly failure?: CheckFailureReport
  readonly durationMs: number
}

export interface ConformReport {
  readonly endpoint: string
  readonly checks: readonly CheckResult[]
  /** Requests sent, cleanup included. */
  readonly requests: number
  /** True when every check ran and passed (none failed, none skipped) and every key the run created was deleted. */
  readonly ok: boolean
  readonly seed: number
  readonly runId: string
  readonly forms: readonly string[]
  readonly maxRequests: number
  readonly interrupted: boolean
  /** Keys the run created, how many of them it deleted, and any it could not delete (with the code answered). */
  readonly keys: { readonly created: number; readonly deleted: number; readonly left: readonly { readonly accessKeyId: string; readonly code: string }[] }
  readonly durationMs: number
}

export const formNames = (forms: readonly WireForm[]) => forms.map(formName)

const statusLabel = { pass: 'PASS', fail: 'FAIL', skipped: 'SKIP' } as const

const indent = (text: string, by: string) => text.split('\n').map((line) => `${by}${line}`).join('\n')

/** The body of a request or response, pretty when it is JSON. */
const bodyText = (text: string) => {
  try {
    return JSON.stringify(JSON.parse(text), null, 2)
  } catch {
    return text
  }
}

/**
 * Text a server chose, made safe for a terminal: control characters but the line break and the tab (ESC, the C1
 * CSI, a carriage return would let an answer drive the terminal or hide a line), DEL, line separators and
 * bidirectional overrides (which reorder what the table shows) and lone surrogates written as
 * `\uXXXX`, as formatJunit writes what XML cannot hold.
 */
const notPrintable = new RegExp(`[\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f${lineDisguisingSource}]|${loneSurrogateSource}`, 'g')
const printable = (text: string) => text.replace(notPrintable, unicodeEscape)

/**
 * The most characters of a body the --json file keeps (a megabyte): a server answering many megabytes to every
 * request would otherwise make a report no JSON text can hold. A longer body is cut, with its length, and its
 * parsed form left out.
 */
export const keptBodyLength = 1_000_000
/** The most violations of one answer the --json file keeps (a hostile answer may have a million). */
export const keptViolations = 100
/** True when the text takes more than keptBodyLength characters in JSON (a control character takes six). */
const tooLong = (text: string) => text.length > keptBodyLength || JSON.stringify(text).length > keptBodyLength + 2
/** The text cut so that it takes at most keptBodyLength characters in JSON, with its length. */
const kept = (text: string) => {
  let cut = text.slice(0, keptBodyLength)
  if (JSON.stringify(cut).length > keptBodyLength + 2) cut = cut.slice(0, Math.floor(keptBodyLength / 6))
  return `${cut}… (cut: ${text.length} characters in all)`
}
/** An exchange as the --json file keeps it: long bodies cut, the answer's parsed forms dropped with them. */
const keptExchange = (exchange: Exchange): Exchange => {
  const { request, response, outcome } = exchange
  const cutResponse = response !== undefined && tooLong(response.text)
  const keptOutcome =
    outcome.kind === 'success' && cutResponse
      ? { ...outcome, result: `[cut: the answer is ${response.text.length} characters; see response.text]` }
      : outcome.kind === 'contract-violation' && outcome.violations.length > keptViolations
        ? { ...outcome, violations: [...outcome.violations.slice(0, keptViolations), { path: '(body)', rule: 'cut', message: `${outcome.violations.length - keptViolations} more violations, not kept.` }] }
        : outcome
  return {
    ...exchange,
    request: tooLong(request.body) ? { ...request, body: kept(request.body) } : request,
    ...(response === undefined ? {} : { response: cutResponse ? { status: response.status, headers: response.headers, text: kept(response.text) } : response }),
    outcome: keptOutcome,
  }
}

/** The report as the --json file holds it: every failure's exchanges with their bodies kept up to keptBodyLength. */
export function formatJson(report: ConformReport): string {
  const checks = report.checks.map((check) => (check.failure === undefined ? check : { ...check, failure: { ...check.failure, exchanges: check.failure.exchanges.map(keptExchange) } }))
  return `${JSON.stringify({ ...report, checks }, null, 2)}\n`
}

/** The most characters of a body the table shows; the --json file keeps more (keptBodyLength). */
const shownBodyLength = 4000
const shownBody = (text: string) =>
  text.length > shownBodyLength ? `${text.slice(0, shownBodyLength)}… (cut: ${text.length} characters in all; the --json file has up to ${keptBodyLength})` : text

export function formatExchange(exchange: Exchange, index: number): string {
  const { request, response } = exchange
  const lines = [`request ${index}: ${exchange.action}`, `${request.method} ${request.url}`, ...Object.entries(request.headers).map(([name, value]) => `${name}: ${value}`)]
  if (request.body !== '') lines.push('', shownBody(bodyText(request.body)))
  lines.push(`response ${index}: ${response ? `HTTP ${response.status}` : `none (${exchange.outcome.kind === 'timeout' || exchange.outcome.kind === 'transport' ? exchange.outcome.message : exchange.outcome.kind})`}`)
  if (response) lines.push(shownBody(bodyText(response.text)))
  return printable(lines.join('\n'))
}

/** Longer strings of a counterexample are cut in the table (the JSON file keeps them whole). */
const shownLength = 120
const shortened = (_: string, value: unknown) =>
  typeof value === 'string' && [...value].length > shownLength ? `${[...value].slice(0, shownLength).join('')}… (${[...value].length} characters)` : value

function formatFailure(result: CheckResult, number: number): string {
  const failure = result.failure!
  const lines = [`${number}) ${result.id}: ${failure.message}`]
  if (failure.counterexample !== undefined) lines.push(indent(`counterexample (shrunk): ${JSON.stringify(failure.counterexample, shortened, 2)}`, '   '))
  if (failure.seed !== undefined) lines.push(`   replay: --seed ${failure.seed}${failure.path ? ` (fast-check path ${failure.path})` : ''} --only ${result.id}`)
  failure.exchanges.forEach((exchange, index) => lines.push(indent(formatExchange(exchange, index + 1), '   ')))
  return lines.join('\n')
}

/** One line per reason checks were skipped: which, and why (a skipped check showed nothing, so the run fails). */
function skippedLines(checks: readonly CheckResult[]): string[] {
  const byReason = new Map<string, string[]>()
  for (const check of checks) if (check.status === 'skipped') byReason.set(check.reason ?? 'no reason given', [...(byReason.get(check.reason ?? 'no reason given') ?? []), check.id])
  return [...byReason].map(([reason, ids]) => `skipped, so not shown to conform: ${ids.length} ${ids.length === 1 ? 'check' : 'checks'} (${ids.join(', ')}): ${reason}`)
}

/** The last line: conforms; does not (a check failed, a key was left); or not shown to (checks were skipped). */
function verdict(report: ConformReport): string {
  if (report.ok) return 'conform: the endpoint conforms to the contract'
  if (report.checks.some((check) => check.status === 'fail') || report.keys.left.length > 0) return 'conform: the endpoint does NOT conform to the contract'
  return 'conform: the endpoint is NOT shown to conform to the contract: checks were skipped'
}

/** The table of checks, the summary, the failures with their exchanges, and what the cleanup left (stdout). */
export function formatReport(report: ConformReport): string {
  const width = Math.max(...report.checks.map((check) => check.id.length), 2)
  const rows = report.checks.map((check) => {
    const note = check.status === 'skipped' ? `skipped: ${check.reason ?? ''}` : check.status === 'fail' ? check.failure!.message : ''
    return `${statusLabel[check.status]}  ${check.id.padEnd(width)}  ${String(check.runs).padStart(3)} runs  ${note}`.trimEnd()
  })
  const count = (status: CheckResult['status']) => report.checks.filter((check) => check.status === status).length
  const failures = report.checks.filter((check) => check.status === 'fail')
  const { created, deleted, left } = report.keys
  const lines = [
    ...rows,
    '',
    `${report.checks.length} checks: ${count('pass')} passed, ${count('fail')} failed, ${count('skipped')} skipped; ${report.requests} requests (budget ${report.maxRequests}) in ${(report.durationMs / 1000).toFixed(1)} s; seed ${report.seed}`,
    `keys: ${created} created, ${deleted} deleted${left.length > 0 ? `; ${left.length} NOT deleted: ${left.map((key) => `${key.accessKeyId} (${key.code})`).join(', ')}: delete them by hand` : ', none left'}`,
    ...(report.interrupted ? ['interrupted: the checks after the interruption did not run'] : []),
    ...skippedLines(report.checks),
  ]
  if (failures.length > 0) lines.push('', 'Failures:', ...failures.map((failure, index) => formatFailure(failure, index + 1)))
  lines.push('', verdict(report))
  // Failure messages and counterexamples may quote a server too.
  return printable(lines.join('\n'))
}

/** Characters XML 1.0 cannot hold, even as references: written as `\uXXXX` text. */
const notXml = new RegExp(`[\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\ufffe\\uffff]|${loneSurrogateSource}`, 'g')
const xmlEntities: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' }
const xml = (text: string) =>
  text.replace(notXml, unicodeEscape).replace(/[&<>"']/g, (c) => xmlEntities[c]!)

/** JUnit XML: one testsuite, one testcase per check (classname the check's area), failures with their details. */
export function formatJunit(report: ConformReport): string {
  const count = (status: CheckResult['status']) => report.checks.filter((check) => check.status === status).length
  const cases = report.checks.map((check) => {
    const head = `    <testcase classname="conform.${xml(check.id.split('.')[0]!)}" name="${xml(check.id)}" time="${(check.durationMs / 1000).toFixed(3)}"`
    if (check.status === 'pass') return `${head}/>`
    if (check.status === 'skipped') return `${head}>\n      <skipped message="${xml(check.reason ?? '')}"/>\n    </testcase>`
    const details = formatFailure(check, 1)
    return `${head}>\n      <failure message="${xml(check.failure!.message)}" type="conform">${xml(details)}</failure>\n    </testcase>`
  })
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="conform" tests="${report.checks.length}" failures="${count('fail')}" skipped="${count('skipped')}" time="${(report.durationMs / 1000).toFixed(3)}">`,
    `  <testsuite name="conform ${xml(report.endpoint)}" tests="${report.checks.length}" failures="${count('fail')}" skipped="${count('skipped')}" time="${(report.durationMs / 1000).toFixed(3)}">`,
    ...cases,
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n')
}

/** The progress line: `[3/31] response-schema.CreateApiKey (42 requests so far)`. */
export const progressLine = (index: number, total: number, id: string, requests: number) => `[${index}/${total}] ${id} (${requests} requests so far)`
