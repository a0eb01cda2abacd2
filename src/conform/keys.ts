/**
 * The keys a run creates: named so that they are recognisable (SecretName `<prefix>-<run id>-<n>`, AccessKeyId
 * `<prefix>_<run id>_<n>`, since an AccessKeyId holds letters, digits and `_` only), tracked from every CreateApiKey
 * that succeeded (whatever its name), and deleted at the end: disabled, then deleted (DeleteApiKey refuses an
 * enabled key), then a sweep of the run's prefix finds any key whose create answer was lost.
 */
import { requestModels } from '../../generated/requestModels.js'
import type { ActionName } from '../actions.js'
import { isObject } from './values.js'

/** A call made for the cleanup: resolves with the Result, or the error code, or `undefined` for no answer. */
export type CleanupCall = (action: ActionName, parameters: Record<string, unknown>) => Promise<{ readonly result?: unknown; readonly code?: string }>

/** What the sweep found: the run's keys still listed, and why it could not finish, if it could not. */
export interface SweepReport {
  readonly found: readonly string[]
  /** Set when a page could not be read (an error code, no answer, an answer that is no page): keys may be left. */
  readonly failure?: string
}

const gone = 'ResourceNotFound.InvalidAccessKeyId'
/** A page of DescribeApiKeysStatus at its largest: the Limit maximum of its request model. */
export const pageLimit: number = (() => {
  const limit = requestModels.DescribeApiKeysStatus.parameters.find((parameter) => parameter.name === 'Limit')
  if (limit?.kind !== 'integer' || typeof limit.maximum !== 'number') throw new Error('DescribeApiKeysStatus has no Limit maximum')
  return limit.maximum
})()

export class KeyTracker {
  readonly #alive = new Set<string>()
  /**
   * Keys whose cleanup failed, with the code answered: no longer alive (the budget keeps no room for them) and not
   * tried again until the final retry, which runs only within the budget. Trying them after every check cost two
   * unbudgeted requests each time (a service that refuses every DeleteApiKey ran a run to twice its budget).
   */
  readonly #stuck = new Map<string, string>()
  /** Keys created: an AccessKeyId made again after its key was deleted (a manual one) counts again. */
  #created = 0
  /** Every AccessKeyId this run gave out or saw created: the only ids an action on one key may name. */
  readonly #issued = new Set<string>()
  #deleted = 0
  #serial = 0
  #unanswered = 0
  readonly secretNamePrefix: string
  readonly accessKeyIdPrefix: string

  constructor(prefix: string, runId: string) {
    this.secretNamePrefix = `${prefix}-${runId}-`
    this.accessKeyIdPrefix = `${prefix}_${runId}_`
  }

  /** A fresh SecretName of this run (at most 50 code points: the prefix and a counter). */
  secretName(): string {
    return `${this.secretNamePrefix}${++this.#serial}`
  }

  /** A fresh AccessKeyId of this run, for a manual key or an id no key has. */
  accessKeyId(): string {
    const id = `${this.accessKeyIdPrefix}${++this.#serial}`
    this.#issued.add(id)
    return id
  }

  /** True for an AccessKeyId this run gave out (accessKeyId) or saw created (track). */
  issued(accessKeyId: string): boolean {
    return this.#issued.has(accessKeyId)
  }

  /** True for a SecretName or AccessKeyId this run gave out. */
  isOurs(key: { readonly SecretName?: unknown; readonly AccessKeyId?: unknown }): boolean {
    return (typeof key.SecretName === 'string' && key.SecretName.startsWith(this.secretNamePrefix)) || (typeof key.AccessKeyId === 'string' && key.AccessKeyId.startsWith(this.accessKeyIdPrefix))
  }

  track(accessKeyId: string): void {
    if (!this.#alive.has(accessKeyId)) this.#created++
    this.#alive.add(accessKeyId)
    this.#issued.add(accessKeyId)
  }

  /** A CreateApiKey whose answer shows neither its key nor a refusal (a timeout, a reset, an HTTP 500, …): it may have made a key only the sweep can find. */
  unanswered(): void {
    this.#unanswered++
  }

  /** Keys that may exist unseen: one per create without an answer (the budget keeps room to delete them). */
  get unseen(): number {
    return this.#unanswered
  }

  /** A key that is gone (deleted by a check or the cleanup). */
  forget(accessKeyId: string): void {
    if (this.#alive.delete(accessKeyId) || this.#stuck.delete(accessKeyId)) this.#deleted++
  }

  /** Keys this run created (seen in a CreateApiKey answer), and how many of them are gone. */
  get created(): number {
    return this.#created
  }

  get deleted(): number {
    return this.#deleted
  }

  get alive(): readonly string[] {
    return [...this.#alive]
  }

  /** Keys whose cleanup failed, each with the code answered. */
  get stuck(): readonly { readonly accessKeyId: string; readonly code: string }[] {
    return [...this.#stuck].map(([accessKeyId, code]) => ({ accessKeyId, code }))
  }

  /** Disables then deletes one key: undefined when it is gone, else the code that kept it. */
  async #remove(call: CleanupCall, accessKeyId: string): Promise<string | undefined> {
    const disabled = await call('DisableApiKey', { AccessKeyId: accessKeyId })
    const answer = disabled.code === gone ? disabled : await call('DeleteApiKey', { AccessKeyId: accessKeyId })
    if ((answer.code === undefined && answer.result === true) || answer.code === gone) return undefined
    return answer.code ?? 'no answer'
  }

  /** True for a key whose cleanup failed (it is not alive any more, and not tried again but by retryStuck). */
  isStuck(accessKeyId: string): boolean {
    return this.#stuck.has(accessKeyId)
  }

  /**
   * Disables then deletes each key (all tracked ones by default); a key already gone counts as deleted. A key that
   * stays is stuck, with the code answered; a key already stuck is not tried again here (see retryStuck).
   */
  async cleanup(call: CleanupCall, keys: readonly string[] = this.alive): Promise<void> {
    for (const accessKeyId of keys) {
      if (this.#stuck.has(accessKeyId)) continue
      const code = await this.#remove(call, accessKeyId)
      if (code === undefined) this.forget(accessKeyId)
      else {
        this.#alive.delete(accessKeyId)
        this.#stuck.set(accessKeyId, code)
      }
    }
  }

  /**
   * Tries once more each of `keys` that is still stuck, while `affordable()` (the budget has room for a key's two
   * requests); a key deleted now counts as deleted, one that stays keeps the code answered last.
   */
  async retryStuck(call: CleanupCall, keys: readonly string[], affordable: () => boolean): Promise<void> {
    for (const accessKeyId of keys) {
      if (!this.#stuck.has(accessKeyId) || !affordable()) continue
      const code = await this.#remove(call, accessKeyId)
      if (code === undefined) this.forget(accessKeyId)
      else this.#stuck.set(accessKeyId, code)
    }
  }

  /**
   * The keys of this run the service still lists (KeyWord matches SecretName or AccessKeyId), whose create answer
   * may have been lost; only keys whose name or id starts with this run's prefix are returned. Reads page after
   * page (Offset by pageLimit) until a page is short or TotalCount is reached; a page it cannot read ends it with a
   * failure, since keys of the run may then be left.
   */
  async sweep(call: CleanupCall): Promise<SweepReport> {
    const found: string[] = []
    // No more pages than every key the run made or may have made fills: a server whose pages never end stops here.
    const pages = Math.ceil((this.created + this.#unanswered + 1) / pageLimit)
    for (let offset = 0; ; offset += pageLimit) {
      if (offset >= pages * pageLimit) return { found, failure: `the sweep stopped after ${pages} pages: keys of the run may be left` }
      const answer = await call('DescribeApiKeysStatus', {
        Filters: [{ Name: 'KeyWord', Values: [this.secretNamePrefix, this.accessKeyIdPrefix] }],
        Limit: pageLimit,
        Offset: offset,
      })
      const page = answer.result
      if (answer.code !== undefined || !isObject(page) || !Array.isArray(page.ApiKeySet)) {
        return { found, failure: `the sweep failed (${answer.code ?? (answer.result === undefined ? 'no answer' : 'not a page')}): keys of the run may be left` }
      }
      const set: unknown[] = page.ApiKeySet
      for (const key of set) if (isObject(key) && this.isOurs(key) && typeof key.AccessKeyId === 'string' && !found.includes(key.AccessKeyId)) found.push(key.AccessKeyId)
      const total = typeof page.TotalCount === 'number' ? page.TotalCount : 0
      if (set.length < pageLimit || offset + pageLimit >= total) return { found }
    }
  }
}
