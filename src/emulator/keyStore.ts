/**
 * The emulator's keys, in SQLite (better-sqlite3): in memory by default, or in a file that survives restarts.
 * Uniqueness of AccessKeyId is a UNIQUE index and the quota is checked inside the same transaction as the insert
 * (IMMEDIATE when a file may be shared), so neither can be broken by concurrent requests, nor by two emulators
 * sharing one file.
 *
 * Creates are group-committed: every create asked for during one turn of the event loop is decided and written in
 * one transaction at the end of that turn, in the order asked, and each caller is answered only after the commit.
 * Outcomes are those of running the creates one after another; under load, one transaction and one burst of answers
 * serve many requests (see docs/decisions.md, emulator-group-commit).
 *
 * SQLite's busy timeout would wait for another connection's write lock inside the synchronous call, freezing the
 * whole event loop. So once open the store never waits in SQLite: a group that finds the lock taken is put back at the
 * head of the queue and tried again on a timer, until its creates have waited `lockWaitMs` (emulator-locked-database).
 */
import { closeSync, openSync } from 'node:fs'
import Database from 'better-sqlite3'
import type { ApiKey, Tag } from '../types.js'

export interface NewKey {
  readonly AccessKeyId: string
  readonly AccessKeySecret: string
  readonly AccessKeyType: 'auto' | 'manual'
  readonly SecretName: string
  readonly Tags?: readonly Tag[] | undefined
}

export type CreateOutcome = { readonly ok: true; readonly key: ApiKey } | { readonly ok: false; readonly reason: 'exists' | 'quota' }

const schema = `
CREATE TABLE IF NOT EXISTS api_keys (
  -- A rowid table: rows are appended, and only the random AccessKeyIds go into the unique index (a WITHOUT ROWID
  -- table would sort whole rows by random key: twice as slow to insert).
  access_key_id     TEXT NOT NULL UNIQUE,
  access_key_secret TEXT NOT NULL,
  access_key_type   TEXT NOT NULL CHECK (access_key_type IN ('auto', 'manual')),
  secret_name       TEXT NOT NULL,
  status            INTEGER NOT NULL,
  created_time      TEXT NOT NULL,
  modified_time     TEXT NOT NULL,
  tags              TEXT
);
-- The number of keys, kept beside them so the quota check is O(1) (count(*) would scan the table on every create).
CREATE TABLE IF NOT EXISTS key_count (
  only_row INTEGER PRIMARY KEY CHECK (only_row = 1),
  n        INTEGER NOT NULL
);
`

interface Row {
  access_key_id: string
  access_key_secret: string
  access_key_type: 'auto' | 'manual'
  secret_name: string
  status: 0 | 1
  created_time: string
  modified_time: string
  tags: string | null
}

const toApiKey = (row: Row): ApiKey => ({
  AccessKeyId: row.access_key_id,
  AccessKeySecret: row.access_key_secret,
  AccessKeyType: row.access_key_type,
  SecretName: row.secret_name,
  Status: row.status,
  CreatedTime: row.created_time,
  ModifiedTime: row.modified_time,
  ...(row.tags === null ? {} : { Tags: JSON.parse(row.tags) as Tag[] }),
})

/** A create's outcome within its group: an answer, or the error of its own insert (the others are unaffected). */
type GroupOutcome = CreateOutcome | { readonly failed: unknown }

interface PendingCreate {
  readonly key: NewKey
  readonly createdTime: string
  readonly quota: number
  /** performance.now() after which a create still blocked by another connection's lock fails. */
  readonly deadline: number
  readonly resolve: (outcome: CreateOutcome) => void
  readonly reject: (error: unknown) => void
}

export interface KeyStoreOptions {
  /** Most milliseconds a create waits for a write lock held by another connection; default 5000. */
  readonly lockWaitMs?: number
}

/** How often a group blocked by another connection's lock tries again, in ms: a cheap attempt, a short delay. */
const retryDelayMs = 5

/** SQLITE_BUSY: BEGIN IMMEDIATE found the write lock held by another connection; nothing was written. */
const isBusy = (error: unknown) => (error as { code?: unknown }).code === 'SQLITE_BUSY'

export class KeyStore {
  private readonly db: Database.Database
  private readonly commitGroup: (group: readonly PendingCreate[]) => GroupOutcome[]
  private readonly countStatement: Database.Statement<[], { n: number }>
  private readonly getStatement: Database.Statement<[string], Row>
  private pending: PendingCreate[] = []
  private readonly lockWaitMs: number

  /** `file` undefined: an in-memory database, gone when the emulator stops. */
  constructor(file?: string, options: KeyStoreOptions = {}) {
    this.lockWaitMs = options.lockWaitMs ?? 5000
    // The file holds AccessKeySecrets: create it readable by its owner only.
    if (file) closeSync(openSync(file, 'a', 0o600))
    this.db = new Database(file ?? ':memory:')
    if (file) {
      this.db.pragma('journal_mode = WAL')
      this.db.pragma('synchronous = NORMAL')
      // Opening may wait for another emulator's write lock: nothing is served yet, so blocking is harmless here.
      this.db.pragma(`busy_timeout = ${this.lockWaitMs}`)
    }
    this.db.exec(schema)
    this.db.exec('INSERT OR IGNORE INTO key_count (only_row, n) SELECT 1, count(*) FROM api_keys')
    this.countStatement = this.db.prepare('SELECT n FROM key_count WHERE only_row = 1')
    this.getStatement = this.db.prepare('SELECT * FROM api_keys WHERE access_key_id = ?')
    const exists = this.db.prepare<[string], { one: number }>('SELECT 1 AS one FROM api_keys WHERE access_key_id = ?')
    const insert = this.db.prepare(
      `INSERT INTO api_keys (access_key_id, access_key_secret, access_key_type, secret_name, status, created_time, modified_time, tags)
       VALUES (?, ?, ?, ?, 1, ?, ?, ?) ON CONFLICT (access_key_id) DO NOTHING`,
    )
    const setCount = this.db.prepare<[number]>('UPDATE key_count SET n = ? WHERE only_row = 1')
    const countStatement = this.countStatement
    const db = this.db
    /** Decides and writes a group of creates in order: each takes a place in the quota if there is one, then inserts. */
    const createAll = (group: readonly PendingCreate[]): GroupOutcome[] => {
      const before = countStatement.get()!.n
      let count = before
      const outcomes: GroupOutcome[] = []
      for (const { key, createdTime, quota } of group) {
        if (count >= quota) {
          // A full quota and a taken AccessKeyId: the taken id is the more specific answer.
          outcomes.push({ ok: false, reason: exists.get(key.AccessKeyId) ? 'exists' : 'quota' })
          continue
        }
        const tags = key.Tags === undefined ? null : JSON.stringify(key.Tags)
        let inserted: boolean
        try {
          inserted = insert.run(key.AccessKeyId, key.AccessKeySecret, key.AccessKeyType, key.SecretName, createdTime, createdTime, tags).changes === 1
        } catch (error) {
          // SQLite undid this statement only: the group goes on without it, as one-by-one creates would. An error
          // that ended the whole transaction (nothing of the group is written) fails the whole group.
          if (!db.inTransaction) throw error
          outcomes.push({ failed: error })
          continue
        }
        if (!inserted) {
          outcomes.push({ ok: false, reason: 'exists' })
          continue
        }
        count++
        outcomes.push({ ok: true, key: toNewApiKey(key, createdTime) })
      }
      if (count !== before) setCount.run(count)
      return outcomes
    }
    // A file may be shared by several emulator processes: a group runs in an IMMEDIATE transaction (the write lock
    // from the first read). In memory only this connection sees the data: a plain transaction is enough.
    const transaction = this.db.transaction(createAll)
    this.commitGroup = file ? (group) => transaction.immediate(group) : (group) => transaction(group)
    // Serving: a busy lock is answered at once and retried on the event loop (commitPending), never waited for here.
    if (file) this.db.pragma('busy_timeout = 0')
  }

  /**
   * Creates the key if its AccessKeyId is free and the store holds fewer than `quota` keys, answering once the key
   * is committed. New keys are enabled (Status 1).
   */
  create(key: NewKey, createdTime: string, quota: number): Promise<CreateOutcome> {
    if (!this.db.open) return Promise.reject(new Error('The key store is closed.'))
    return new Promise((resolve, reject) => {
      const deadline = performance.now() + this.lockWaitMs
      // While a retry is scheduled the queue holds the blocked creates, so a new one joins them and goes with them.
      if (this.pending.push({ key, createdTime, quota, deadline, resolve, reject }) === 1) setImmediate(this.commitPending)
    })
  }

  /**
   * Commits the creates asked for so far. A busy lock writes nothing: the creates that have waited `lockWaitMs` fail
   * with the busy error, the others stay at the head of the queue, in order, for a retry. Any other failure of the
   * transaction (nothing written) fails each create of the group.
   */
  private readonly commitPending = (): void => {
    const group = this.pending
    if (group.length === 0) return
    this.pending = []
    let outcomes: GroupOutcome[]
    try {
      outcomes = this.commitGroup(group)
    } catch (error) {
      if (isBusy(error)) return this.retryLater(group, error)
      for (const create of group) create.reject(error)
      return
    }
    for (let i = 0; i < group.length; i++) {
      const outcome = outcomes[i]!
      if ('failed' in outcome) group[i]!.reject(outcome.failed)
      else group[i]!.resolve(outcome)
    }
  }

  /**
   * Fails the creates past their deadline and queues the others for a retry; creates asked for later queue behind
   * them. (The queue is empty here: the commit that failed was synchronous and had taken all of it.)
   */
  private retryLater(group: readonly PendingCreate[], error: unknown): void {
    const now = performance.now()
    this.pending = group.filter((create) => {
      if (create.deadline > now) return true
      create.reject(error)
      return false
    })
    // A retry that finds the queue empty (all failed, or close() committed them) does nothing.
    setTimeout(this.commitPending, retryDelayMs)
  }

  count(): number {
    return this.countStatement.get()!.n
  }

  get(accessKeyId: string): ApiKey | undefined {
    const row = this.getStatement.get(accessKeyId)
    return row ? toApiKey(row) : undefined
  }

  /**
   * The key with this AccessKeyId, as committed. A read needs no write lock (WAL: readers see the last commit while
   * another connection writes), so it is answered at once; should SQLite still answer busy (a WAL being recovered by
   * another connection), it is tried again on a timer, as a blocked create is, for up to `lockWaitMs`.
   */
  find(accessKeyId: string): Promise<ApiKey | undefined> {
    return new Promise((resolve, reject) => this.tryFind(accessKeyId, performance.now() + this.lockWaitMs, resolve, reject))
  }

  private tryFind(accessKeyId: string, deadline: number, resolve: (key: ApiKey | undefined) => void, reject: (error: unknown) => void): void {
    if (!this.db.open) return reject(new Error('The key store is closed.'))
    try {
      resolve(this.get(accessKeyId))
    } catch (error) {
      if (!isBusy(error) || performance.now() >= deadline) return reject(error)
      setTimeout(() => this.tryFind(accessKeyId, deadline, resolve, reject), retryDelayMs)
    }
  }

  /**
   * Commits the creates already asked for, then closes the database; later creates are refused. At shutdown there is
   * nothing left to serve, so this one commit may wait up to `lockWaitMs` for a lock inside SQLite; if it is still
   * busy then, every pending create has waited its lockWaitMs, so the retry fails them all at once.
   */
  close(): void {
    if (!this.db.open) return
    this.db.pragma(`busy_timeout = ${this.lockWaitMs}`)
    this.commitPending()
    this.db.close()
  }
}

const toNewApiKey = (key: NewKey, createdTime: string): ApiKey => ({
  AccessKeyId: key.AccessKeyId,
  AccessKeySecret: key.AccessKeySecret,
  AccessKeyType: key.AccessKeyType,
  SecretName: key.SecretName,
  Status: 1,
  CreatedTime: createdTime,
  ModifiedTime: createdTime,
  ...(key.Tags === undefined ? {} : { Tags: [...key.Tags] }),
})
