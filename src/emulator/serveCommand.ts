/**
 * The `serve` subcommand: its options, the command they make, and running the emulator until SIGINT, SIGTERM or SIGHUP.
 * Prints the URL and the SecretId to use; the SecretKey only when it is the public documented default.
 */
import { CliUsageError, integerOption, maxTimerMs, single, type CliValues, type Subcommand } from './cliParse.js'
import { actionNames, apiVersion, rateLimitPerSecond as documentedRate } from './contractLimits.js'
import { credentialFlaw, defaultCredential } from './credentials.js'
import { bareHost } from './listenAddresses.js'
import { defaultKeyQuota, defaultTransportLimits, idleCutsLockWait, lockWaitMarginMs } from './options.js'

export const defaultCliPort = 9777
const defaultHost = '127.0.0.1'

export interface ServeCommand {
  readonly command: 'serve'
  readonly port: number
  readonly host: string
  readonly dataFile?: string
  readonly keyQuota?: number
  readonly rateLimitPerSecond?: number
  /** The transport and lock limits given (`--request-timeout` ...), named as the emulator's options. */
  readonly limits?: TransportLimits
  /** `--signed-host` values, in the order given. */
  readonly signedHosts?: readonly string[]
}

/** The options that take a positive integer (a timer's milliseconds or a count), and the property each sets. */
const limitOptions = {
  'request-timeout': 'requestTimeoutMs',
  'idle-timeout': 'idleTimeoutMs',
  'keep-alive-timeout': 'keepAliveTimeoutMs',
  'max-connections': 'maxConnections',
  'lock-wait': 'lockWaitMs',
} as const

export type TransportLimits = Partial<Record<(typeof limitOptions)[keyof typeof limitOptions], number>>

const toCommand = (values: CliValues): ServeCommand => {
  const port = single(values, 'port')
  const dataFile = single(values, 'data')
  const quota = single(values, 'quota')
  const rate = single(values, 'rate-limit')
  const signedHosts = (values['signed-host'] ?? []) as readonly string[]
  for (const host of signedHosts) {
    // The same shape the emulator's signedHosts option accepts; it refuses anything else with a RangeError.
    if (!/^[^\s/@]+$/.test(host)) throw new CliUsageError('--signed-host needs a host or host:port, without scheme, path or spaces.')
  }
  const limits: Record<string, number> = {}
  for (const [name, property] of Object.entries(limitOptions)) {
    const value = single(values, name)
    // 0 would mean no limit, so it is refused, except for --lock-wait, where 0 means do not wait.
    if (value !== undefined) limits[property] = integerOption(name, value, { min: name === 'lock-wait' ? 0 : 1, max: maxTimerMs })
  }
  // The emulator's own rule (a write waiting for the lock keeps its connection silent), as a usage error by flag.
  const idle = limits.idleTimeoutMs ?? defaultTransportLimits.idleTimeoutMs
  const lockWait = limits.lockWaitMs ?? defaultTransportLimits.lockWaitMs
  if (idleCutsLockWait(dataFile, idle, lockWait)) {
    throw new CliUsageError(`--idle-timeout (${idle}) must be at least --lock-wait (${lockWait}) + ${lockWaitMarginMs} with --data: a write waiting for the file's lock must not have its connection cut.`)
  }
  return {
    command: 'serve',
    port: port === undefined ? defaultCliPort : integerOption('port', port, { max: 65535 }),
    // `[::1]`, as the emulator's own endpoints write an IPv6 address, is listened on as `::1`.
    host: bareHost(single(values, 'host') ?? defaultHost),
    ...(dataFile === undefined ? {} : { dataFile }),
    ...(quota === undefined ? {} : { keyQuota: integerOption('quota', quota, { max: Number.MAX_SAFE_INTEGER }) }),
    ...(rate === undefined ? {} : { rateLimitPerSecond: integerOption('rate-limit', rate, { max: Number.MAX_SAFE_INTEGER }) }),
    limits,
    ...(signedHosts.length === 0 ? {} : { signedHosts }),
  }
}

export const serveSubcommand: Subcommand<ServeCommand> = {
  name: 'serve',
  summary: `Runs a local emulator of every API-key action of API Gateway ${apiVersion} (${actionNames.join(', ')})\nthat the official Tencent SDKs can call.`,
  options: {
    port: { value: 'N', description: `TCP port (default ${defaultCliPort}; 0 picks a free one)` },
    host: { value: 'H', description: `interface to listen on (default ${defaultHost})` },
    data: { value: 'FILE', description: 'SQLite file that keeps the keys across restarts (default: in memory)' },
    quota: { value: 'N', description: `most keys the account may hold (default ${defaultKeyQuota})` },
    'rate-limit': { value: 'N', description: `requests per second per action and SecretId (default ${documentedRate}; 0 lifts the limit)` },
    'request-timeout': { value: 'MS', description: `most time to receive a whole request (default ${defaultTransportLimits.requestTimeoutMs})` },
    'idle-timeout': { value: 'MS', description: `most time a connection may be silent mid-request (default ${defaultTransportLimits.idleTimeoutMs})` },
    'keep-alive-timeout': { value: 'MS', description: `most time an idle kept-alive connection stays open (default ${defaultTransportLimits.keepAliveTimeoutMs})` },
    'max-connections': { value: 'N', description: `most connections open at once (default ${defaultTransportLimits.maxConnections})` },
    'lock-wait': { value: 'MS', description: `most time a write (create, update, enable, disable, delete) waits for a --data file locked by another process (default ${defaultTransportLimits.lockWaitMs})` },
    'signed-host': {
      value: 'H[:PORT]',
      multiple: true,
      description: 'a host a signature may name besides the Host received, such as a proxy\'s that\nrewrites Host (Prism); may be given more than once (default: none)',
    },
  },
  notes: 'Credentials: APIKEY_EMULATOR_SECRET_ID and APIKEY_EMULATOR_SECRET_KEY (both), or the documented local default,\nwhich is served on loopback only: a --host beyond loopback needs configured credentials.',
  toCommand,
  run: serve,
}

/** Credentials from the environment: both variables or neither (then the documented default applies). */
export function credentialsFromEnv(env: Readonly<Record<string, string | undefined>>): { secretId: string; secretKey: string } | undefined {
  const secretId = env.APIKEY_EMULATOR_SECRET_ID
  const secretKey = env.APIKEY_EMULATOR_SECRET_KEY
  if (!secretId && !secretKey) return undefined
  if (!secretId || !secretKey) throw new CliUsageError('Set both APIKEY_EMULATOR_SECRET_ID and APIKEY_EMULATOR_SECRET_KEY, or neither.')
  for (const [variable, value, part] of [['APIKEY_EMULATOR_SECRET_ID', secretId, 'secretId'], ['APIKEY_EMULATOR_SECRET_KEY', secretKey, 'secretKey']] as const) {
    const flaw = credentialFlaw(value, part)
    if (flaw) throw new CliUsageError(`${variable} ${flaw}.`)
  }
  return { secretId, secretKey }
}

async function serve(command: ServeCommand): Promise<number> {
  const credential = credentialsFromEnv(process.env)
  // Loaded only now: fastify and better-sqlite3 (an optional dependency) are needed by the emulator alone.
  let emulatorModule: typeof import('./index.js')
  try {
    emulatorModule = await import('./index.js')
  } catch (error) {
    process.stderr.write(`error: the emulator needs the packages fastify and better-sqlite3 (install them, e.g. without --omit=optional): ${(error as Error).message}\n`)
    return 1
  }
  const emulator = await emulatorModule.createEmulator({
    port: command.port,
    host: command.host,
    ...(command.dataFile === undefined ? {} : { dataFile: command.dataFile }),
    ...(command.keyQuota === undefined ? {} : { keyQuota: command.keyQuota }),
    ...(command.rateLimitPerSecond === undefined ? {} : { rateLimitPerSecond: command.rateLimitPerSecond }),
    ...command.limits,
    ...(command.signedHosts ? { signedHosts: command.signedHosts } : {}),
    ...(credential ? { credentials: [credential] } : {}),
    log: process.stdout,
  })
  const lines = [
    `API-key emulator listening on ${emulator.url}`,
    // Endpoints a client can use: for 0.0.0.0 or ::, loopback and this machine's addresses, never the wildcard.
    ...emulator.endpoints.map((endpoint) => `  SDK endpoint: ${endpoint} (protocol http://)`),
    ...(emulator.beyondLoopback ? [`  warning: listening beyond loopback (${command.host}): other machines can reach the emulator and create keys with its credential`] : []),
    `  SecretId:  ${(credential ?? defaultCredential).secretId}`,
    credential ? '  SecretKey: (from APIKEY_EMULATOR_SECRET_KEY, not shown)' : `  SecretKey: ${defaultCredential.secretKey} (the public local default; not a secret)`,
    `  keys: ${command.dataFile ? `kept in ${command.dataFile}` : 'in memory'}; quota ${command.keyQuota ?? defaultKeyQuota}; rate limit ${command.rateLimitPerSecond === 0 ? 'off' : `${command.rateLimitPerSecond ?? documentedRate}/s per action and SecretId`}`,
  ]
  process.stderr.write(`${lines.join('\n')}\n`)

  // SIGHUP too (the terminal closed): the requests in flight are answered and their writes kept, as for the others.
  // While it closes, the other signals stay handled; the same one again quits at once (Node's default).
  const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const
  let stop = () => {}
  await new Promise<void>((resolve) => {
    stop = () => resolve()
    for (const signal of signals) process.once(signal, stop)
  })
  await emulator.close()
  for (const signal of signals) process.removeListener(signal, stop)
  return 0
}
