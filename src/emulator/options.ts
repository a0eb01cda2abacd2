import { rateLimitPerSecond } from './contractLimits.js'
import { defaultCredential, type EmulatorCredential } from './credentials.js'
import { quoteName } from '../quoteName.js'

/**
 * The default key quota. Tencent does not publish the per-account limit; the emulator picks a bound high enough for
 * any test suite and low enough to be reached on purpose. See docs/decisions.md (emulator-key-quota).
 */
export const defaultKeyQuota = 500

/**
 * Defaults for slow or many clients and for a data file locked by another process: emulator choices, not API facts
 * (see docs/decisions.md, emulator-slow-clients and emulator-locked-database).
 */
export const defaultTransportLimits = Object.freeze({
  /** Most time to receive a whole request, head and body, from its first byte: a trickling client is cut off. */
  requestTimeoutMs: 30_000,
  /** Most time a connection may stay silent while a request is being read or answered: a stalled body is cut off. */
  idleTimeoutMs: 10_000,
  /** Most time a kept-alive connection may wait for its next request. */
  keepAliveTimeoutMs: 5_000,
  /** Most connections open at once; more are closed as soon as they are accepted. */
  maxConnections: 256,
  /** Most time a create waits for another connection's write lock on the data file before InternalError. */
  lockWaitMs: 5_000,
})

/** Where log lines go: any object with `write(line)`, such as process.stdout or a test's collector. */
export interface LogDestination {
  write(line: string): unknown
}

export interface EmulatorOptions {
  /** TCP port; 0 (the default) picks a free one. */
  readonly port?: number
  /** Interface to listen on; default `127.0.0.1` (loopback only). */
  readonly host?: string
  /** SQLite file that keeps the keys across restarts; default: in memory. */
  readonly dataFile?: string
  /** Accepted SecretId / SecretKey pairs; default: the documented local credential only. */
  readonly credentials?: readonly EmulatorCredential[]
  /** Most keys the account may hold; default 500. `Infinity` lifts it. */
  readonly keyQuota?: number
  /** Requests per second per action and SecretId; default 20 (the documented limit). 0 or `Infinity` lifts it. */
  readonly rateLimitPerSecond?: number
  /** JSON log lines (one per request; never a secret). Default: no logging. */
  readonly log?: LogDestination | false
  /** The clock, in milliseconds since the epoch; for tests. Default `Date.now`. */
  readonly now?: () => number
  /**
   * Hosts (`host` or `host:port`) a signature may have been made for, besides the Host header received: the address
   * of a proxy in front of the emulator that rewrites Host (Prism does). Default none. See emulator-signed-host.
   */
  readonly signedHosts?: readonly string[]
  /** Most milliseconds to receive a whole request (head and body); default in defaultTransportLimits. */
  readonly requestTimeoutMs?: number
  /** Most milliseconds a connection may be silent while a request is read or answered; default in defaultTransportLimits. */
  readonly idleTimeoutMs?: number
  /** Most milliseconds a kept-alive connection waits for its next request; default in defaultTransportLimits. */
  readonly keepAliveTimeoutMs?: number
  /** Most connections open at once; default in defaultTransportLimits. */
  readonly maxConnections?: number
  /** Most milliseconds a create waits for a data file's write lock held by another connection; default in defaultTransportLimits. */
  readonly lockWaitMs?: number
}

export interface ResolvedEmulatorOptions {
  readonly port: number
  readonly host: string
  readonly dataFile: string | undefined
  readonly credentials: readonly EmulatorCredential[]
  readonly keyQuota: number
  readonly rateLimitPerSecond: number
  readonly log: LogDestination | false
  readonly now: () => number
  readonly signedHosts: readonly string[]
  readonly requestTimeoutMs: number
  readonly idleTimeoutMs: number
  readonly keepAliveTimeoutMs: number
  readonly maxConnections: number
  readonly lockWaitMs: number
}

const isCount = (value: number) => value === Infinity || (Number.isInteger(value) && value >= 0)

/** Every option createEmulator reads: another name is a mistake (a misspelt option would otherwise do nothing). */
export const emulatorOptionNames = [
  'port', 'host', 'dataFile', 'credentials', 'keyQuota', 'rateLimitPerSecond', 'log', 'now', 'signedHosts',
  'requestTimeoutMs', 'idleTimeoutMs', 'keepAliveTimeoutMs', 'maxConnections', 'lockWaitMs',
] as const satisfies readonly (keyof EmulatorOptions)[]
// Fails to compile when EmulatorOptions gains an option the list above lacks.
const everyOptionListed: Exclude<keyof EmulatorOptions, (typeof emulatorOptionNames)[number]> extends never ? true : never = true
void everyOptionListed

/**
 * The options' names and types, for callers without TypeScript's checks: an unknown name, or a value of the wrong
 * type, throws a TypeError naming the option (never its value: a credential's may be secret).
 */
function checkOptionShapes(options: unknown): asserts options is EmulatorOptions {
  if (typeof options !== 'object' || options === null || Array.isArray(options)) throw new TypeError('The emulator options must be an object.')
  for (const name of Object.keys(options)) {
    if (!(emulatorOptionNames as readonly string[]).includes(name)) throw new TypeError(`Unknown emulator option ${quoteName(name)}: the options are ${emulatorOptionNames.join(', ')}.`)
  }
  const given = options as Record<string, unknown>
  const wrong = (name: string, what: string) => new TypeError(`The emulator option ${name} must be ${what}.`)
  for (const name of ['host', 'dataFile'] as const) if (given[name] !== undefined && (typeof given[name] !== 'string' || given[name] === '')) throw wrong(name, 'a non-empty string')
  if (given.now !== undefined && typeof given.now !== 'function') throw wrong('now', 'a function returning milliseconds since the epoch')
  if (given.log !== undefined && given.log !== false && typeof (given.log as { write?: unknown } | null)?.write !== 'function') throw wrong('log', 'false or an object with a write(line) method')
  if (given.signedHosts !== undefined && (!Array.isArray(given.signedHosts) || given.signedHosts.some((host) => typeof host !== 'string'))) throw wrong('signedHosts', 'an array of strings')
  if (given.credentials !== undefined && (!Array.isArray(given.credentials) || given.credentials.some((credential) => typeof credential !== 'object' || credential === null))) {
    throw wrong('credentials', 'an array of { secretId, secretKey, token? } objects')
  }
}

export function resolveOptions(options: EmulatorOptions = {}): ResolvedEmulatorOptions {
  checkOptionShapes(options)
  const resolved: ResolvedEmulatorOptions = {
    port: options.port ?? 0,
    host: options.host ?? '127.0.0.1',
    dataFile: options.dataFile,
    credentials: options.credentials && options.credentials.length > 0 ? options.credentials : [defaultCredential],
    keyQuota: options.keyQuota ?? defaultKeyQuota,
    rateLimitPerSecond: options.rateLimitPerSecond ?? rateLimitPerSecond,
    log: options.log ?? false,
    now: options.now ?? Date.now,
    signedHosts: [...(options.signedHosts ?? [])],
    requestTimeoutMs: options.requestTimeoutMs ?? defaultTransportLimits.requestTimeoutMs,
    idleTimeoutMs: options.idleTimeoutMs ?? defaultTransportLimits.idleTimeoutMs,
    keepAliveTimeoutMs: options.keepAliveTimeoutMs ?? defaultTransportLimits.keepAliveTimeoutMs,
    maxConnections: options.maxConnections ?? defaultTransportLimits.maxConnections,
    lockWaitMs: options.lockWaitMs ?? defaultTransportLimits.lockWaitMs,
  }
  if (!Number.isInteger(resolved.port) || resolved.port < 0 || resolved.port > 65535) throw new RangeError('port must be an integer from 0 to 65535.')
  if (!isCount(resolved.keyQuota)) throw new RangeError('keyQuota must be a non-negative integer or Infinity.')
  if (!isCount(resolved.rateLimitPerSecond)) throw new RangeError('rateLimitPerSecond must be a non-negative integer or Infinity.')
  if (resolved.signedHosts.some((host) => !/^[^\s/@]+$/.test(host))) throw new RangeError('signedHosts must be host or host:port values, without scheme, path or spaces.')
  // At least 1: 0 would mean "no limit" to Node, which is what these options exist to prevent. At most what a Node
  // timer holds. lockWaitMs may be 0: do not wait for a lock at all.
  for (const name of ['requestTimeoutMs', 'idleTimeoutMs', 'keepAliveTimeoutMs', 'maxConnections', 'lockWaitMs'] as const) {
    const least = name === 'lockWaitMs' ? 0 : 1
    if (!Number.isInteger(resolved[name]) || resolved[name] < least || resolved[name] > maxTimerMs) throw new RangeError(`${name} must be an integer from ${least} to ${maxTimerMs}.`)
  }
  if (idleCutsLockWait(resolved.dataFile, resolved.idleTimeoutMs, resolved.lockWaitMs)) {
    throw new RangeError(`idleTimeoutMs (${resolved.idleTimeoutMs}) must be at least lockWaitMs (${resolved.lockWaitMs}) + ${lockWaitMarginMs} with a dataFile: a write waiting for the lock must not have its connection cut.`)
  }
  return resolved
}

/**
 * How much longer than lockWaitMs a connection must be allowed to stay silent: its silence starts with the request's
 * last byte, a little before its write is asked for (the request is read, checked and decided first), and the
 * answer is written after the commit. The store makes no attempt past a write's deadline (see keyStore.ts).
 */
export const lockWaitMarginMs = 250

/**
 * True when these limits would cut a connection whose write waits for another process's lock on the data file: the
 * wait keeps it silent, and its client would lose the answer to a write then made (a retry would make a second key).
 * Only a data file is ever locked by another. Refused by resolveOptions, and by `serve` as a usage error.
 */
export const idleCutsLockWait = (dataFile: string | undefined, idleTimeoutMs: number, lockWaitMs: number): boolean =>
  dataFile !== undefined && idleTimeoutMs < lockWaitMs + lockWaitMarginMs

/** The longest delay a Node timer takes (2^31 - 1 ms, about 24.8 days). */
const maxTimerMs = 2 ** 31 - 1
