/**
 * What a conform run is given (the CLI's options, or runConform's caller), and the defaults that keep a run against
 * a real account small: a few runs per property, a rate below the documented limit, a bounded request budget.
 */
import { rateLimits } from '../../generated/contractLimits.js'
import { requestModels } from '../../generated/requestModels.js'
import type { StringParameter } from '../../generated/validators/model.js'

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

/** The largest seed (fast-check takes a 32-bit signed integer). */
export const maxSeed = 2 ** 31 - 1

/** A run's own part of its key names: 8 characters of [a-z0-9]. */
export const runIdLength = 8

const createParameter = (name: string): StringParameter => {
  const parameter = requestModels.CreateApiKey.parameters.find((candidate) => candidate.name === name)
  if (parameter?.kind !== 'string') throw new Error(`CreateApiKey has no string parameter ${name}`)
  return parameter
}
const accessKeyId = createParameter('AccessKeyId')
const secretName = createParameter('SecretName')

/**
 * The longest key prefix: the names `<prefix>-<run id>-N` (SecretName) and `<prefix>_<run id>_N` (AccessKeyId) must
 * fit both parameters' longest, with room for the counter N, a number exact up to Number.MAX_SAFE_INTEGER.
 */
export const maxKeyPrefixLength =
  Math.min(accessKeyId.limits.maxLength ?? Infinity, secretName.limits.maxLength ?? Infinity) - runIdLength - 2 - String(Number.MAX_SAFE_INTEGER).length

const accessKeyIdCharset = accessKeyId.limits.pattern === null ? /^/ : new RegExp(accessKeyId.limits.pattern)

/**
 * A key prefix: it starts AccessKeyIds too, so it holds only the AccessKeyId model's charset; it starts with a letter
 * so that the run's names read as a word.
 */
export const isKeyPrefix = (prefix: string): boolean => prefix.length >= 1 && prefix.length <= maxKeyPrefixLength && /^[A-Za-z]/.test(prefix) && accessKeyIdCharset.test(prefix)

/** The rule isKeyPrefix holds, said from the model (for a usage error). */
export const keyPrefixRule = `1-${maxKeyPrefixLength} characters starting with a letter; it starts AccessKeyIds too, so it ${accessKeyId.rules.rules.find((rule) => rule.rule === 'charset')?.requirement ?? 'holds only their characters'}`
