/**
 * What a conform run is given (the CLI's options, or runConform's caller), and the defaults that keep a run against
 * a real account small: a few runs per property, a rate below the documented limit, a bounded request budget.
 */
import { rateLimits } from '../../generated/contractLimits.js'

export type Signing = 'tc3' | 'v1'
export type Method = 'POST' | 'GET'
export type SignatureMethod = 'HmacSHA256' | 'HmacSHA1'

/** One way to put a call on the wire: the four forms of the API (and v1's two signature methods). */
export interface WireForm {
  readonly signing: Signing
  readonly method: Method
  readonly signatureMethod?: SignatureMethod
}

export interface Credentials {
  readonly secretId: string
  readonly secretKey: string
  readonly token?: string
}

export interface ConformOptions {
  /** `https://apigateway.tencentcloudapi.com`, or a loopback `http://127.0.0.1:PORT` of a fake. */
  readonly endpoint: string
  readonly credentials: Credentials
  /** The form every check sends in (default tc3 POST); `wireForms: 'all'` draws each run's form from all four. */
  readonly signing?: Signing
  readonly method?: Method
  readonly wireForms?: 'one' | 'all'
  /** Runs per property check (default defaultRuns). */
  readonly runs?: number
  /** fast-check seed (default: random, printed). */
  readonly seed?: number
  /**
   * At most this many requests, cleanup included (default: twice the plan's count). Below the plan's count some
   * checks are skipped, and a run with a skipped check is not ok (the CLI refuses such a budget: exit 2).
   */
  readonly maxRequests?: number
  /** Requests per second (default defaultRate). */
  readonly rate?: number
  /** The start of every SecretName and AccessKeyId conform creates (default `conform`). */
  readonly keyPrefix?: string
  /** Only check ids starting with one of these (default: every check). */
  readonly only?: readonly string[]
  readonly region?: string
  readonly timeoutMs?: number
  /** Called with a progress line while the run goes on (the CLI writes it to stderr). */
  readonly onProgress?: (line: string) => void
  /** A run id for the key names (default: random). */
  readonly runId?: string
}

export const defaultRuns = 3
export const defaultKeyPrefix = 'conform'

/**
 * Half the lowest rate any action documents (each API-key action's page states 20 per second): the limit counts per
 * action, so a run that sends at most this many per second in all stays below it whatever the mix of actions.
 */
export const documentedRate = Math.min(...Object.values(rateLimits))
export const defaultRate = Math.max(1, Math.floor(documentedRate / 2))

/** What a key prefix may hold: it starts AccessKeyIds too, whose charset is letters, digits and `_`. */
export const keyPrefixPattern = /^[A-Za-z][A-Za-z0-9_]{0,15}$/
