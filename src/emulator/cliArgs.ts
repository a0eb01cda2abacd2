/** The command line of the emulator: `serve [--port N] [--host H] [--data FILE] [--quota N] [--rate-limit N] ...`. */
import { defaultTransportLimits } from './options.js'

export const defaultCliPort = 9777

export const usage = `Usage: tencent-apigateway-apikey-contract serve [options]

Runs a local CreateApiKey server (API Gateway 2018-08-08) that the official Tencent SDKs can call.

Options:
  --port N        TCP port (default ${defaultCliPort}; 0 picks a free one)
  --host H        interface to listen on (default 127.0.0.1)
  --data FILE     SQLite file that keeps the keys across restarts (default: in memory)
  --quota N       most keys the account may hold (default 500)
  --rate-limit N  requests per second per SecretId (default 20; 0 lifts the limit)
  --request-timeout MS     most time to receive a whole request (default ${defaultTransportLimits.requestTimeoutMs})
  --idle-timeout MS        most time a connection may be silent mid-request (default ${defaultTransportLimits.idleTimeoutMs})
  --keep-alive-timeout MS  most time an idle kept-alive connection stays open (default ${defaultTransportLimits.keepAliveTimeoutMs})
  --max-connections N      most connections open at once (default ${defaultTransportLimits.maxConnections})
  --lock-wait MS           most time a create waits for a --data file locked by another process (default ${defaultTransportLimits.lockWaitMs})
  --signed-host H[:PORT]   a host a signature may name besides the Host received, such as a proxy's that
                           rewrites Host (Prism); may be given more than once (default: none)
  --help          show this help

Credentials: APIKEY_EMULATOR_SECRET_ID and APIKEY_EMULATOR_SECRET_KEY (both), or the documented local default,
which is served on loopback only: a --host beyond loopback needs configured credentials.`

export interface CliCommand {
  readonly command: 'serve' | 'help'
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

export type TransportLimits = Partial<Record<(typeof limitOptions)[keyof typeof limitOptions], number>>

/** The options that take a positive integer, and the property each sets. */
const limitOptions = {
  '--request-timeout': 'requestTimeoutMs',
  '--idle-timeout': 'idleTimeoutMs',
  '--keep-alive-timeout': 'keepAliveTimeoutMs',
  '--max-connections': 'maxConnections',
  '--lock-wait': 'lockWaitMs',
} as const

/** A command-line mistake: printed with the usage, exit code 2. */
export class CliUsageError extends Error {}

const integerOption = (name: string, value: string, max: number): number => {
  if (!/^[0-9]+$/.test(value) || Number(value) > max) throw new CliUsageError(`${name} needs an integer from 0 to ${max}.`)
  return Number(value)
}

export function parseCliArgs(argv: readonly string[]): CliCommand {
  const [command, ...rest] = argv
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') return { command: 'help', port: defaultCliPort, host: '127.0.0.1' }
  if (command !== 'serve') throw new CliUsageError(`Unknown command ${JSON.stringify(command)}: the only command is serve.`)
  let port = defaultCliPort
  let host = '127.0.0.1'
  let dataFile: string | undefined
  let keyQuota: number | undefined
  let rateLimitPerSecond: number | undefined
  const limits: Record<string, number> = {}
  const signedHosts: string[] = []
  const seen = new Set<string>()
  for (let index = 0; index < rest.length; index++) {
    const argument = rest[index]!
    if (argument === '--help' || argument === '-h') return { command: 'help', port, host }
    const equals = argument.indexOf('=')
    const name = equals === -1 ? argument : argument.slice(0, equals)
    if (!['--port', '--host', '--data', '--quota', '--rate-limit', '--signed-host'].includes(name) && !Object.hasOwn(limitOptions, name)) throw new CliUsageError(`Unknown option ${JSON.stringify(argument)}.`)
    // --signed-host is a list; every other option takes one value.
    if (seen.has(name) && name !== '--signed-host') throw new CliUsageError(`${name} is given more than once.`)
    seen.add(name)
    const value = equals === -1 ? rest[++index] : argument.slice(equals + 1)
    if (value === undefined || value === '' || (equals === -1 && value.startsWith('--'))) throw new CliUsageError(`${name} needs a value.`)
    switch (name) {
      case '--port':
        port = integerOption(name, value, 65535)
        break
      case '--host':
        host = value
        break
      case '--data':
        dataFile = value
        break
      case '--signed-host':
        // The same shape the emulator's signedHosts option accepts; it refuses anything else with a RangeError.
        if (!/^[^\s/@]+$/.test(value)) throw new CliUsageError(`--signed-host needs a host or host:port, without scheme, path or spaces.`)
        signedHosts.push(value)
        break
      case '--quota':
        keyQuota = integerOption(name, value, Number.MAX_SAFE_INTEGER)
        break
      case '--rate-limit':
        rateLimitPerSecond = integerOption(name, value, Number.MAX_SAFE_INTEGER)
        break
      default: {
        // Timeouts are milliseconds for a Node timer, which holds at most 2^31 - 1. 0 is refused: it would mean no
        // limit (except --lock-wait, where 0 means do not wait).
        const parsed = integerOption(name, value, 2 ** 31 - 1)
        if (parsed === 0 && name !== '--lock-wait') throw new CliUsageError(`${name} needs an integer from 1 to ${2 ** 31 - 1}.`)
        limits[limitOptions[name as keyof typeof limitOptions]] = parsed
      }
    }
  }
  return {
    command: 'serve',
    port,
    host,
    ...(dataFile === undefined ? {} : { dataFile }),
    ...(keyQuota === undefined ? {} : { keyQuota }),
    ...(rateLimitPerSecond === undefined ? {} : { rateLimitPerSecond }),
    limits,
    ...(signedHosts.length === 0 ? {} : { signedHosts }),
  }
}

/** Credentials from the environment: both variables or neither (then the documented default applies). */
export function credentialsFromEnv(env: Readonly<Record<string, string | undefined>>): { secretId: string; secretKey: string } | undefined {
  const secretId = env.APIKEY_EMULATOR_SECRET_ID
  const secretKey = env.APIKEY_EMULATOR_SECRET_KEY
  if (!secretId && !secretKey) return undefined
  if (!secretId || !secretKey) throw new CliUsageError('Set both APIKEY_EMULATOR_SECRET_ID and APIKEY_EMULATOR_SECRET_KEY, or neither.')
  return { secretId, secretKey }
}
