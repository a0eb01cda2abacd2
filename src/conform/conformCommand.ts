/**
 * The `conform` subcommand: its options, the command they make, and running it: the plan on stderr (or alone on
 * stdout with --dry-run), a progress line on stderr, the table on stdout, `--json` and `--junit` files; exit 0 when
 * the endpoint conforms, 1 when it does not, 2 for a usage error, 130 when interrupted (after the cleanup).
 * Credentials come from TENCENTCLOUD_SECRET_ID / TENCENTCLOUD_SECRET_KEY / TENCENTCLOUD_SESSION_TOKEN. The engine
 * (and fast-check, bundled into it) is loaded only when the command runs.
 */
import { writeFile } from 'node:fs/promises'
import { CliUsageError, integerOption, single, type CliValues, type Subcommand } from '../emulator/cliParse.js'
import { isLoopbackHost } from '../emulator/listenAddresses.js'
import { defaultKeyPrefix, defaultRate, defaultRuns, documentedRate, keyPrefixPattern, type Credentials, type Method, type Signing } from './options.js'

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
  readonly dryRun: boolean
  readonly json?: string
  readonly junit?: string
}

/** The most runs per property the CLI takes: a run against a real account should stay small. */
const maxRuns = 1000
const maxTimer = 2 ** 31 - 1

function oneOf<T extends string>(name: string, value: string | undefined, values: readonly T[], fallback: T): T {
  if (value === undefined) return fallback
  if (!(values as readonly string[]).includes(value)) throw new CliUsageError(`--${name} must be ${values.join(' or ')}.`)
  return value as T
}

/** The endpoint as a URL; plain http only to a loopback host (the requests carry a signature and key secrets). */
export function checkEndpoint(endpoint: string | undefined): string {
  if (endpoint === undefined) throw new CliUsageError('--endpoint is required (e.g. https://apigateway.tencentcloudapi.com or http://127.0.0.1:9777).')
  let url: URL
  try {
    url = new URL(endpoint)
  } catch {
    throw new CliUsageError('--endpoint needs an absolute http:// or https:// URL.')
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new CliUsageError('--endpoint needs an http:// or https:// URL.')
  if (url.protocol === 'http:' && !isLoopbackHost(url.hostname)) {
    throw new CliUsageError(`--endpoint: plain http is refused for ${url.hostname}, which is not loopback: use https (requests carry signatures and the answers key secrets).`)
  }
  if (url.username || url.password) throw new CliUsageError('--endpoint must not hold a user name or password.')
  return endpoint
}

const toCommand = (values: CliValues): ConformCommand => {
  const integer = (name: string, max: number, min = 0) => {
    const value = single(values, name)
    return value === undefined ? undefined : integerOption(name, value, { min, max })
  }
  const keyPrefix = single(values, 'key-prefix')
  if (keyPrefix !== undefined && !keyPrefixPattern.test(keyPrefix)) throw new CliUsageError('--key-prefix needs 1-16 letters, digits or _, starting with a letter (it starts AccessKeyIds too).')
  const signing = oneOf('signing', single(values, 'signing'), ['tc3', 'v1'], 'tc3')
  const method = oneOf('method', single(values, 'method'), ['POST', 'GET'], 'POST')
  const optional = <K extends string, V>(key: K, value: V | undefined) => (value === undefined ? {} : ({ [key]: value } as Record<K, V>))
  const only = (values.only ?? []) as readonly string[]
  return {
    command: 'conform',
    endpoint: checkEndpoint(single(values, 'endpoint')),
    signing,
    method,
    wireForms: oneOf('wire-forms', single(values, 'wire-forms'), ['one', 'all'], 'one'),
    ...optional('runs', integer('runs', maxRuns, 1)),
    ...optional('seed', integer('seed', 2 ** 31 - 1)),
    ...optional('maxRequests', integer('max-requests', Number.MAX_SAFE_INTEGER, 1)),
    ...optional('rate', integer('rate', 1000, 1)),
    ...optional('keyPrefix', keyPrefix),
    ...optional('timeoutMs', integer('timeout', maxTimer, 1)),
    ...(only.length > 0 ? { only } : {}),
    dryRun: single(values, 'dry-run') === 'true',
    ...optional('json', single(values, 'json')),
    ...optional('junit', single(values, 'junit')),
  }
}

/** Credentials from the environment, as Tencent's own tools read them; both are needed (exit 2 otherwise). */
export function conformCredentialsFromEnv(env: Readonly<Record<string, string | undefined>>): Credentials {
  const secretId = env.TENCENTCLOUD_SECRET_ID
  const secretKey = env.TENCENTCLOUD_SECRET_KEY
  if (!secretId || !secretKey) throw new CliUsageError('Set TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY (and TENCENTCLOUD_SESSION_TOKEN for temporary credentials).')
  const token = env.TENCENTCLOUD_SESSION_TOKEN
  return token ? { secretId, secretKey, token } : { secretId, secretKey }
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
  if (command.dryRun) {
    process.stdout.write(`${engine.formatPlan(plan)}\n\ndry run: nothing was sent.\n`)
    return 0
  }
  const credentials = conformCredentialsFromEnv(process.env)
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
  let report
  try {
    report = await engine.runConform({ ...options, credentials, signal: controller.signal, onProgress: (line) => progress.write(line) }, plan)
  } finally {
    process.removeListener('SIGINT', onInt)
    process.removeListener('SIGTERM', onTerm)
    progress.end()
  }
  process.stdout.write(`${engine.formatReport(report)}\n`)
  if (command.json) await writeFile(command.json, `${JSON.stringify(report, null, 2)}\n`)
  if (command.junit) await writeFile(command.junit, engine.formatJunit(report))
  if (report.interrupted) return 130
  return report.ok ? 0 : 1
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
    'max-requests': { value: 'N', description: 'the most requests the run sends, cleanup included (default twice the plan)' },
    rate: { value: 'N', description: `requests per second (default ${defaultRate}; the documented limit is ${documentedRate} per action)` },
    'key-prefix': { value: 'P', description: `the start of the name of every key it creates (default ${defaultKeyPrefix})` },
    only: { value: 'ID', multiple: true, description: 'only the checks whose id starts with ID; may be given more than once' },
    timeout: { value: 'MS', description: 'most time one request may take (default 10000)' },
    'dry-run': { value: '', flag: true, description: 'print the plan (checks, requests, keys) and send nothing' },
    json: { value: 'FILE', description: 'also write the report as JSON to FILE' },
    junit: { value: 'FILE', description: 'also write the report as JUnit XML to FILE' },
  },
  notes: 'Credentials: TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY (and TENCENTCLOUD_SESSION_TOKEN), as Tencent\'s tools\nread them. Exit 0: the endpoint conforms; 1: it does not (or a key could not be deleted); 2: usage error; 130:\ninterrupted (the keys are deleted first).',
  toCommand,
  run: conform,
}
