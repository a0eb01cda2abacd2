/**
 * The emulator's keys, in SQLite (better-sqlite3): in memory by default, or in a file that survives restarts.
 * Uniqueness of AccessKeyId is a PRIMARY KEY and the quota is checked inside an IMMEDIATE transaction, so neither
 * can be broken by concurrent requests, nor by two emulators sharing one file.
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

export class KeyStore {
  private readonly db: Database.Database
  private readonly insertIfRoom: (key: NewKey, createdTime: string, quota: number) => CreateOutcome
  private readonly countStatement: Database.Statement<[], { n: number }>
  private readonly getStatement: Database.Statement<[string], Row>

  /** `file` undefined: an in-memory database, gone when the emulator stops. */
  constructor(file?: string) {
    // The file holds AccessKeySecrets: create it readable by its owner only.
    if (file) closeSync(openSync(file, 'a', 0o600))
    this.db = new Database(file ?? ':memory:')
    if (file) {
      this.db.pragma('journal_mode = WAL')
      this.db.pragma('synchronous = NORMAL')
      // Another emulator on the same file may hold the write lock for a moment.
      this.db.pragma('busy_timeout = 5000')
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
    const takeQuota = this.db.prepare<[number]>('UPDATE key_count SET n = n + 1 WHERE only_row = 1 AND n < ?')
    const releaseQuota = this.db.prepare('UPDATE key_count SET n = n - 1 WHERE only_row = 1')
    /** Takes a place in the quota, then inserts; gives the place back if the AccessKeyId is taken. */
    const createKey = (key: NewKey, createdTime: string, quota: number): CreateOutcome => {
      if (takeQuota.run(quota).changes !== 1) {
        // A full quota and a taken AccessKeyId: the taken id is the more specific answer.
        return { ok: false, reason: exists.get(key.AccessKeyId) ? 'exists' : 'quota' }
      }
      const tags = key.Tags === undefined ? null : JSON.stringify(key.Tags)
      if (insert.run(key.AccessKeyId, key.AccessKeySecret, key.AccessKeyType, key.SecretName, createdTime, createdTime, tags).changes !== 1) {
        releaseQuota.run()
        return { ok: false, reason: 'exists' }
      }
      const apiKey: ApiKey = {
        AccessKeyId: key.AccessKeyId,
        AccessKeySecret: key.AccessKeySecret,
        AccessKeyType: key.AccessKeyType,
        SecretName: key.SecretName,
        Status: 1,
        CreatedTime: createdTime,
        ModifiedTime: createdTime,
        ...(key.Tags === undefined ? {} : { Tags: [...key.Tags] }),
      }
      return { ok: true, key: apiKey }
    }
    // A file may be shared by several emulator processes: the steps run in one IMMEDIATE transaction (a write lock
    // from the first read). In memory only this connection sees the data, and better-sqlite3 runs each call to the
    // end synchronously, so the steps are atomic without a transaction (and cost less than half as much).
    const transaction = this.db.transaction(createKey)
    this.insertIfRoom = file ? (key, createdTime, quota) => transaction.immediate(key, createdTime, quota) : createKey
  }

  /** Creates the key if its AccessKeyId is free and the store holds fewer than `quota` keys. New keys are enabled (Status 1). */
  create(key: NewKey, createdTime: string, quota: number): CreateOutcome {
    return this.insertIfRoom(key, createdTime, quota)
  }

  count(): number {
    return this.countStatement.get()!.n
  }

  get(accessKeyId: string): ApiKey | undefined {
    const row = this.getStatement.get(accessKeyId)
    return row ? toApiKey(row) : undefined
  }

  close(): void {
    if (this.db.open) this.db.close()
  }
}
