/**
 * The in-memory model of the key store that test/lifecycle.model.test.ts compares the emulator with. Written from
 * the decisions (docs/decisions.md: list-filters, list-paging, list-empty, update-secret, status-toggle,
 * delete-needs-disabled, key-id-lookup, emulator-auto-keys), not from the emulator's code: a map of keys in creation
 * order, a clock the test owns, and the ids and secrets ever seen so that commands can name deleted keys too.
 */
import type { ApiKey } from '../../src/types.js'

export type KeyState = 'none' | 'enabled' | 'disabled' | 'deleted'

export interface ListFilter {
  readonly Name: string
  readonly Values: readonly string[]
}

export class KeyModel {
  /** The live keys, in creation order (a Map keeps insertion order; a re-created id goes to the end). */
  private readonly keys = new Map<string, ApiKey>()
  private readonly deleted = new Set<string>()
  /** Every AccessKeyId ever created, first appearance first; deleted ones stay. */
  readonly everIds: string[] = []
  /** Every secret ever answered (rotated and deleted ones too), to filter by and to look for in error messages. */
  readonly everSecrets: string[] = []

  /** `startMs`: whole seconds; `offsetSeconds` moves with the Tick command. */
  constructor(
    private readonly startMs: number,
    public offsetSeconds = 0,
  ) {}

  /** The emulator's clock (ms); the same function is passed to the emulator as `now`. */
  nowMs(): number {
    return this.startMs + this.offsetSeconds * 1000
  }

  /** `YYYY-MM-DDThh:mm:ssZ` of now, the form of every CreatedTime and ModifiedTime. */
  nowText(): string {
    return new Date(Math.floor(this.nowMs() / 1000) * 1000).toISOString().replace('.000Z', 'Z')
  }

  get size(): number {
    return this.keys.size
  }

  get(accessKeyId: string): ApiKey | undefined {
    return this.keys.get(accessKeyId)
  }

  stateOf(accessKeyId: string): KeyState {
    const key = this.keys.get(accessKeyId)
    if (key) return key.Status === 1 ? 'enabled' : 'disabled'
    return this.deleted.has(accessKeyId) ? 'deleted' : 'none'
  }

  /** Adds a created key (its answer already checked against what the model expects). */
  add(key: ApiKey): void {
    this.keys.set(key.AccessKeyId, key)
    this.deleted.delete(key.AccessKeyId)
    if (!this.everIds.includes(key.AccessKeyId)) this.everIds.push(key.AccessKeyId)
    this.remember(key.AccessKeySecret)
  }

  /** Replaces a key in place: an update keeps its place in the creation order. */
  replace(key: ApiKey): void {
    if (!this.keys.has(key.AccessKeyId)) throw new Error(`model: no key ${key.AccessKeyId} to replace`)
    this.keys.set(key.AccessKeyId, key)
    this.remember(key.AccessKeySecret)
  }

  remove(accessKeyId: string): void {
    this.keys.delete(accessKeyId)
    this.deleted.add(accessKeyId)
  }

  private remember(secret: string): void {
    if (!this.everSecrets.includes(secret)) this.everSecrets.push(secret)
  }

  /**
   * The keys a list with these filters matches, newest first (decision list-paging): filters AND, values OR;
   * AccessKeyId, AccessKeySecret, SecretName exact; Status "0" or "1"; KeyWord a substring of SecretName or
   * AccessKeyId; NotUsagePlanId every key (no usage plans); a filter without values matches nothing (list-filters).
   */
  matching(filters: readonly ListFilter[]): ApiKey[] {
    const matches = (key: ApiKey, filter: ListFilter) =>
      filter.Values.some((value) => {
        switch (filter.Name) {
          case 'AccessKeyId':
            return key.AccessKeyId === value
          case 'AccessKeySecret':
            return key.AccessKeySecret === value
          case 'SecretName':
            return key.SecretName === value
          case 'Status':
            return (value === '0' || value === '1') && Number(value) === key.Status
          case 'KeyWord':
            return key.SecretName.includes(value) || key.AccessKeyId.includes(value)
          case 'NotUsagePlanId':
            return true
          default:
            throw new Error(`model: no filter ${filter.Name}`)
        }
      })
    return [...this.keys.values()].reverse().filter((key) => filters.every((filter) => matches(key, filter)))
  }
}
