import { rateLimitPerSecond } from './contractLimits.js'
import { defaultCredential, type EmulatorCredential } from './credentials.js'

/**
 * The default key quota. Tencent does not publish the per-account limit; the emulator picks a bound high enough for
 * any test suite and low enough to be reached on purpose. See docs/decisions.md (emulator-key-quota).
 */
export const defaultKeyQuota = 500

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
  /** Requests per second per SecretId; default 20 (the documented limit). 0 or `Infinity` lifts it. */
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
}

const isCount = (value: number) => value === Infinity || (Number.isInteger(value) && value >= 0)

export function resolveOptions(options: EmulatorOptions = {}): ResolvedEmulatorOptions {
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
  }
  if (!Number.isInteger(resolved.port) || resolved.port < 0 || resolved.port > 65535) throw new RangeError('port must be an integer from 0 to 65535.')
  if (!isCount(resolved.keyQuota)) throw new RangeError('keyQuota must be a non-negative integer or Infinity.')
  if (!isCount(resolved.rateLimitPerSecond)) throw new RangeError('rateLimitPerSecond must be a non-negative integer or Infinity.')
  if (resolved.signedHosts.some((host) => !/^[^\s/@]+$/.test(host))) throw new RangeError('signedHosts must be host or host:port values, without scheme, path or spaces.')
  return resolved
}
