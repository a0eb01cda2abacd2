/**
 * The `conform` subcommand: its options, the command they make, and running it: the plan on stderr (or alone on
 * stdout with --dry-run), a progress line on stderr, the table on stdout, `--json` and `--junit` files; exit 0 when
 * the endpoint conforms (every check ran and passed), 1 when it does not, a check was skipped or a key was left, 2 for a
 * usage error (found before anything is sent), 130 when interrupted (after a cleanup that deleted every key).
 * Credentials come from TENCENTCLOUD_SECRET_ID / TENCENTCLOUD_SECRET_KEY / TENCENTCLOUD_SESSION_TOKEN. The engine
 * (and fast-check, bundled into it) is loaded only when the command runs.
 */
import { constants } from 'node:fs'
import { open, realpath, stat, unlink, writeFile, type FileHandle } from 'node:fs/promises'
import path from 'node:path'
import { defaultTimeoutMs, oneOf, resolveOptions } from '../client/options.js'
import { CliUsageError, integerOption, maxTimerMs, single, type CliValues, type Subcommand } from '../emulator/cliParse.js'
import { isLoopbackHost } from '../emulator/listenAddresses.js'
import type { ConformReport } from './report.js'
import { refusedPorts } from './refusedPorts.js'
import { defaultKeyPrefix, defaultRate, defaultRuns, documentedRate, isKeyPrefix, keyPrefixRule, maxSeed, type Credentials, type Method, type Signing } from './options.js'

export interface ConformCommand {
  readonly command: 'conform'
  readonly endpoint: string
  readonly signing: Signing
  readonly method: Method
  readonly wireForms: 'one' | 'all'
  readonly runs?: number
  readonly seed?: number
  readonly maxRequests?: number
  readonly rate?: number
  readonly keyPrefix?: string
  readonly only?: readonly string[]
  readonly timeoutMs?: number
  readonly deadlineSeconds?: number
  readonly dryRun: boolean
  readonly json?: string
  readonly junit?: string
}

/** The most runs per property the CLI takes: a run against a real account should stay small. */
const maxRuns = 1000
/** The fastest rate the CLI takes, for a loopback fake; beyond loopback, the documented limit (conform-rate-limit). */
const maxRate = 1000

/** Where each client option the CLI sets comes from, to name it in a usage error. */
const optionSources: Readonly<Record<string, string>> = {
  endpoint: '--endpoint',
  secretId: 'TENCENTCLOUD_SECRET_ID',
  secretKey: 'TENCENTCLOUD_SECRET_KEY',
  token: 'TENCENTCLOUD_SESSION_TOKEN',
  timeoutMs: '--timeout',
}

/**
 * The client's refusal of an option (a TypeError `createClient: option NAME RULE.`, which never echoes the value)
 * said as a usage error naming the flag or variable it came from. Any other error is not a usage error: rethrown.
 */
export function usageErrorOf(error: unknown): CliUsageError {
  if (!(error instanceof TypeError)) throw error
  const [, name, rule] = /^createClient: option (\S+) (.*)$/s.exec(error.message) ?? []
  return new CliUsageError(name && rule ? `${optionSources[name] ?? `--${name}`} ${rule}` : error.message)
}

/**
 * The endpoint, checked by the client's own rule (an endpoint the client would refuse is a usage error here, not a
 * failure of every request), then conform's: plain http only to a loopback host (the requests carry a signature and
 * the answers key secrets), and no port fetch refuses to connect to.
 */
export function checkEndpoint(endpoint: string | undefined): string {
  if (endpoint === undefined) throw new CliUsageError('--endpoint is required (e.g. https://apigateway.tencentcloudapi.com or http://127.0.0.1:9777).')
  let url: URL
  try {
    // Stand-in credentials: the real ones are checked with every other client option before the run.
    ;({ url } = resolveOptions({ endpoint, secretId: 'AKIDstandIn', secretKey: 'standInSecretKey', signing: 'tc3' }))
  } catch (error) {
    throw usageErrorOf(error)
  }
  if (url.protocol === 'http:' && !isLoopbackHost(url.hostname)) {
    throw new CliUsageError(`--endpoint: plain http is refused for ${url.hostname}, which is not loopback: use https (requests carry signatures and the answers key secrets).`)
  }
  if (url.port === '0') throw new CliUsageError('--endpoint: port 0 cannot be connected to: give the port the endpoint listens on.')
  if (refusedPorts.has(Number(url.port))) throw new CliUsageError(`--endpoint: port ${url.port} is one fetch refuses to connect to (a "bad port" of the Fetch standard): use another port.`)
  return endpoint
}

const toCommand = (values: CliValues): ConformCommand => {
  const integer = (name: string, max: number, min = 0) => {
    const value = single(values, name)
    return value === undefined ? undefined : integerOption(name, value, { min, max })
  }
  // The client's check of a choice, its TypeError said as a usage error naming the flag.
  const choice = <T extends string>(name: string, allowed: readonly T[], fallback: T): T => {
    try {
      return oneOf(name, single(values, name), allowed) ?? fallback
    } catch (error) {
      throw usageErrorOf(error)
    }
  }
  const keyPrefix = single(values, 'key-prefix')
  if (keyPrefix !== undefined && !isKeyPrefix(keyPrefix)) throw new CliUsageError(`--key-prefix needs ${keyPrefixRule}.`)
  const signing = choice('signing', ['tc3', 'v1'], 'tc3')
  const method = choice('method', ['POST', 'GET'], 'POST')
  const optional = <K extends string, V>(key: K, value: V | undefined) => (value === undefined ? {} : ({ [key]: value } as Record<K, V>))
  const only = (values.only ?? []) as readonly string[]
  const endpoint = checkEndpoint(single(values, 'endpoint'))
  return {
    command: 'conform',
    endpoint,
    signing,
    method,
    wireForms: choice('wire-forms', ['one', 'all'], 'one'),
    ...optional('runs', integer('runs', maxRuns, 1)),
    ...optional('seed', integer('seed', maxSeed)),
    ...optional('maxRequests', integer('max-requests', Number.MAX_SAFE_INTEGER, 1)),
    ...optional('rate', checkRate(integer('rate', maxRate, 1), endpoint)),
    ...optional('keyPrefix', keyPrefix),
    ...optional('timeoutMs', integer('timeout', maxTimerMs, 1)),
    ...optional('deadlineSeconds', integer('deadline', Math.floor(maxTimerMs / 1000), 1)),
    ...(only.length > 0 ? { only } : {}),
    dryRun: single(values, 'dry-run') === 'true',
    ...optional('json', single(values, 'json')),
    ...optional('junit', single(values, 'junit')),
  }
}

/**
 * The rate, at most the documented limit per action for an endpoint beyond loopback (the real service, a proxy of it):
 * faster, the service answers RequestLimitExceeded, which would read as failures, and the account's other callers
 * share the limit. A loopback fake may be driven at any rate up to maxRate.
 */
function checkRate(rate: number | undefined, endpoint: string): number | undefined {
  const host = new URL(endpoint).hostname
  if (rate !== undefined && rate > documentedRate && !isLoopbackHost(host)) {
    throw new CliUsageError(`--rate ${rate} is above the documented limit of ${documentedRate} requests per second per action: refused for ${host}, which is not loopback (give at most ${documentedRate}).`)
  }
  return rate
}

/** Credentials from the environment, as Tencent's own tools read them; both are needed (exit 2 otherwise). */
export function conformCredentialsFromEnv(env: Readonly<Record<string, string | undefined>>): Credentials {
  const secretId = env.TENCENTCLOUD_SECRET_ID
  const secretKey = env.TENCENTCLOUD_SECRET_KEY
  if (!secretId || !secretKey) throw new CliUsageError('Set TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY (and TENCENTCLOUD_SESSION_TOKEN for temporary credentials).')
  const token = env.TENCENTCLOUD_SESSION_TOKEN
  return token ? { secretId, secretKey, token } : { secretId, secretKey }
}

/** The files a run writes its report to (--json, --junit), each with the flag that names it. */
const reportFiles = (command: ConformCommand) =>
  [
    ['--json', command.json],
    ['--junit', command.junit],
  ].filter((entry): entry is [string, string] => entry[1] !== undefined)

/**
 * What a report path names: the file itself (device and inode), through any link, so that two paths to one file (a
 * symbolic or hard link, `./a` and `a`) compare equal. Asked once both exist (the probe makes a missing one).
 */
async function fileIdentity(file: string): Promise<string> {
  const found = await stat(file).catch(() => undefined)
  return found ? `inode ${found.dev}:${found.ino}` : `path ${path.resolve(file)}`
}

/** Opened for appending, created if missing, without waiting: a FIFO that nobody reads fails (ENXIO) instead of hanging. */
const probeFlags = constants.O_WRONLY | constants.O_APPEND | constants.O_CREAT | constants.O_NONBLOCK

/**
 * Each report file can be written, checked before anything is sent, so that a run's report is not lost at its end
 * (a usage error otherwise), and the two are two files. A file the check made is not left behind (through a link
 * that led nowhere too: the link stays, and the report is written where it leads). A FIFO's handle is kept, by flag,
 * for the report: closing its only writer would end its reader (`cat fifo`), and the report would then wait forever.
 */
async function checkWritable(files: readonly (readonly [string, string])[]): Promise<Map<string, FileHandle>> {
  const kept = new Map<string, FileHandle>()
  const made: string[] = []
  try {
    for (const [flag, file] of files) {
      const existing = await stat(file).catch(() => undefined)
      let probe: FileHandle
      try {
        probe = await open(file, probeFlags)
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code
        const why = code === 'ENXIO' ? 'ENXIO: a FIFO that no process reads' : (code ?? (error as Error).message)
        throw new CliUsageError(`${flag} ${JSON.stringify(file)} cannot be written (${why}).`)
      }
      // A reader is there (the probe did not fail), so opening it to write, waiting as writes must, returns at once.
      if (existing?.isFIFO()) kept.set(flag, await open(file, 'a'))
      await probe.close()
      if (!existing) made.push(await realpath(file))
    }
    if (files.length === 2 && (await fileIdentity(files[0]![1])) === (await fileIdentity(files[1]![1]))) throw new CliUsageError('--json and --junit name the same file.')
  } catch (error) {
    for (const handle of kept.values()) await handle.close()
    throw error
  } finally {
    for (const file of made) await unlink(file).catch(() => undefined)
  }
  return kept
}

/** A progress writer: one line rewritten in place on a terminal, one line per step otherwise. */
function progressWriter(stream: NodeJS.WriteStream): { write(line: string): void; end(): void } {
  let open = false
  return {
    write(line) {
      if (stream.isTTY) {
        stream.write(`\r${line}\x1b[K`)
        open = true
      } else stream.write(`${line}\n`)
    },
    end() {
      if (open) stream.write('\n')
      open = false
    },
  }
}

/**
 * The exit code of a finished run: 0 it conforms, 1 it does not. A deadline is not a signal: the run did not conform
 * (1), it was not cut short by the caller (130). A key left undeleted is 1 even after a signal: 130 promises that
 * the cleanup deleted every key.
 */
export function exitCodeOf(report: Pick<ConformReport, 'ok' | 'interrupted' | 'keys'>, deadlinePassed: boolean): 0 | 1 | 130 {
  if (report.keys.left.length > 0) return 1
  if (report.interrupted && !deadlinePassed) return 130
  return report.ok ? 0 : 1
}

async function conform(command: ConformCommand): Promise<number> {
  const engine = await import('./index.js')
  const options = {
    endpoint: command.endpoint,
    signing: command.signing,
    method: command.method,
    wireForms: command.wireForms,
    ...(command.runs === undefined ? {} : { runs: command.runs }),
    ...(command.seed === undefined ? {} : { seed: command.seed }),
    ...(command.maxRequests === undefined ? {} : { maxRequests: command.maxRequests }),
    ...(command.rate === undefined ? {} : { rate: command.rate }),
    ...(command.keyPrefix === undefined ? {} : { keyPrefix: command.keyPrefix }),
    ...(command.only === undefined ? {} : { only: command.only }),
    ...(command.timeoutMs === undefined ? {} : { timeoutMs: command.timeoutMs }),
  }
  if (command.only !== undefined && engine.selectChecks(command.only).length === 0) throw new CliUsageError('--only matches no check id.')
  // No credentials needed for the plan (--dry-run), only whether a session token is set (auth.token is planned then).
  const token = process.env.TENCENTCLOUD_SESSION_TOKEN
  const plan = engine.makePlan({ ...options, credentials: { secretId: '', secretKey: '', ...(token ? { token } : {}) } })
  // --only may name only checks that do not apply (auth.token without a session token): a run of nothing proves nothing.
  if (plan.checks.length === 0) throw new CliUsageError('--only selects no check that applies to these credentials (auth.token needs TENCENTCLOUD_SESSION_TOKEN).')
  // A budget below the plan skips checks, and a skipped check proves nothing: refused before anything is sent.
  if (plan.maxRequests < plan.requests) {
    throw new CliUsageError(`--max-requests ${plan.maxRequests} is below the ${plan.requests} requests this plan needs when every check passes: give at least ${plan.requests} (or fewer --runs, or --only).`)
  }
  if (command.dryRun) {
    // The report files too, so that a plan the dry run prints is one the real run would not refuse.
    for (const handle of (await checkWritable(reportFiles(command))).values()) await handle.close()
    process.stdout.write(`${engine.formatPlan(plan)}\n\ndry run: nothing was sent.\n`)
    return 0
  }
  const credentials = conformCredentialsFromEnv(process.env)
  // Every form's client is built now: an option it refuses (a token with a line break) is a usage error, not a
  // failure of every request.
  try {
    engine.openSession({ ...options, credentials }, plan)
  } catch (error) {
    throw usageErrorOf(error)
  }
  const kept = await checkWritable(reportFiles(command))
  process.stderr.write(`${engine.formatPlan(plan)}\n\n`)

  const controller = new AbortController()
  const progress = progressWriter(process.stderr)
  const interrupt = (signal: string) => () => {
    progress.end()
    process.stderr.write(`${signal}: stopping after the request in flight, then deleting the keys this run created (${signal === 'SIGINT' ? 'Ctrl-C again quits at once' : 'a second signal quits at once'})\n`)
    controller.abort()
  }
  const onInt = interrupt('SIGINT')
  const onTerm = interrupt('SIGTERM')
  process.once('SIGINT', onInt)
  process.once('SIGTERM', onTerm)
  // --deadline: past it, the run stops as when interrupted (the checks not yet run are skipped, so it does not
  // conform), and the cleanup still runs; each of its requests is bounded by --timeout.
  let deadlinePassed = false
  const deadline =
    command.deadlineSeconds === undefined
      ? undefined
      : setTimeout(() => {
          deadlinePassed = true
          progress.end()
          process.stderr.write(`--deadline ${command.deadlineSeconds} s passed: stopping after the request in flight, then deleting the keys this run created\n`)
          controller.abort()
        }, command.deadlineSeconds * 1000)
  let report
  try {
    report = await engine.runConform({ ...options, credentials, signal: controller.signal, onProgress: (line) => progress.write(line) }, plan)
  } finally {
    clearTimeout(deadline)
    process.removeListener('SIGINT', onInt)
    process.removeListener('SIGTERM', onTerm)
    progress.end()
  }
  let exit = exitCodeOf(report, deadlinePassed)
  const texts: Readonly<Record<string, () => string>> = { '--json': () => engine.formatJson(report), '--junit': () => engine.formatJunit(report) }
  // The files first, each whatever happened to the other: the table goes to a stdout whose reader may be gone.
  for (const [flag, file] of reportFiles(command)) {
    try {
      const handle = kept.get(flag)
      if (handle) await handle.writeFile(texts[flag]!()).finally(() => handle.close())
      else await writeFile(file, texts[flag]!())
    } catch (error) {
      process.stderr.write(`error: ${flag} ${JSON.stringify(file)} could not be written: ${(error as Error).message}\n`)
      if (exit === 0) exit = 1
    }
  }
  process.stdout.write(`${engine.formatReport(report)}\n`)
  return exit
}

export const conformSubcommand: Subcommand<ConformCommand> = {
  name: 'conform',
  summary:
    'Checks an endpoint of the API-key actions (a fake, a proxy, the real service) against the contract with real, signed\ntraffic: response schemas, error codes of invalid requests, wire forms, the key lifecycle, RequestIds and\nauthentication. It creates only keys named with its prefix and deletes them all at the end.',
  options: {
    endpoint: { value: 'URL', description: 'where to send (https://, or http:// to a loopback host only); required' },
    signing: { value: 'tc3|v1', description: 'the signature the checks sign with (default tc3)' },
    method: { value: 'POST|GET', description: 'the HTTP method the checks send with (default POST)' },
    'wire-forms': { value: 'one|all', description: 'all: each run draws one of the four wire forms (default one: --signing and --method)' },
    runs: { value: 'N', description: `runs per property check (default ${defaultRuns})` },
    seed: { value: 'N', description: 'fast-check seed, to replay a run (default random, printed)' },
    'max-requests': { value: 'N', description: 'the most requests the run sends, cleanup included: at least the plan\'s count (default twice it)' },
    rate: { value: 'N', description: `requests per second (default ${defaultRate}; at most the documented limit, ${documentedRate} per action, beyond loopback)` },
    'key-prefix': { value: 'P', description: `the start of the name of every key it creates (default ${defaultKeyPrefix})` },
    only: { value: 'ID', multiple: true, description: 'only the checks whose id starts with ID; may be given more than once' },
    timeout: { value: 'MS', description: `most time one request may take (default ${defaultTimeoutMs})` },
    deadline: { value: 'S', description: 'stop starting requests after S seconds: the checks left are skipped (the run does not conform), then the keys are deleted' },
    'dry-run': { value: '', flag: true, description: 'print the plan (checks, requests, keys) and send nothing' },
    json: { value: 'FILE', description: 'also write the report as JSON to FILE' },
    junit: { value: 'FILE', description: 'also write the report as JUnit XML to FILE' },
  },
  notes: 'Credentials: TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY (and TENCENTCLOUD_SESSION_TOKEN), as Tencent\'s tools\nread them. Exit 0: the endpoint conforms; 1: it does not, a check was skipped (--deadline too), a key could not be deleted, or a\nreport file could not be written; 2: usage error; 130: interrupted, after deleting every key it created.',
  toCommand,
  run: conform,
}
