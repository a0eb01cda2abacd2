/**
 * The emulator's keys, in SQLite (better-sqlite3): in memory by default, or in a file that survives restarts.
 * Uniqueness of AccessKeyId is a UNIQUE index and the quota is checked inside the same transaction as the insert
 * (IMMEDIATE when a file may be shared), so neither can be broken by concurrent requests, nor by two emulators
 * sharing one file.
 *
 * Every write (create, and the read-modify-write of one key that update, enable, disable and delete are) is
 * group-committed: the writes asked for during one turn of the event loop are decided and written in one transaction
 * at the end of that turn, in the order asked, each deciding on the key as the writes before it left it, and each
 * caller is answered only after the commit. Outcomes are those of running the writes one after another, so no update
 * is lost; under load, one transaction and one burst of answers serve many requests (see docs/decisions.md,
 * emulator-group-commit).
 *
 * SQLite's busy timeout would wait for another connection's write lock inside the synchronous call, freezing the
 * whole event loop. So once open the store never waits in SQLite: a group that finds the lock taken is put back at the
 * head of the queue and tried again on a timer, until its writes have waited `lockWaitMs` (emulator-locked-database).
 *
 * Lists are newest first (rowid descending: rows are appended on create and never moved by an update). The exact
 * filters the real clients use (AccessKeyId, SecretName) and Status are answered from indexes. AccessKeySecret has
 * none: a random value put in a second index on every create cost the emulator about a sixth of its throughput
 * (`npm run bench:emulator`; decision list-filters), and no client filters by it. Like KeyWord, a substring, it is
 * a scan in SQLite (no row is decoded in JavaScript unless it is on the page). Auto AccessKeyIds begin with their
 * creation time (decision emulator-auto-keys), so the unique index grows at one end. See bench/list.ts for what each
 * filter costs with 100,000 keys.
 */
import { closeSync, openSync, statSync } from 'node:fs'
import { resolve } from 'node:path'
import Database from 'better-sqlite3'
import type { ApiKey, components, Tag } from '../types.js'
import { isWellFormed } from '../client/encodable.js'

export interface NewKey {
  readonly AccessKeyId: string
  readonly AccessKeySecret: string
  readonly AccessKeyType: 'auto' | 'manual'
  readonly SecretName: string
  readonly Tags?: readonly Tag[] | undefined
}

export type CreateOutcome = { readonly ok: true; readonly key: ApiKey } | { readonly ok: false; readonly reason: 'exists' | 'quota' }

/** The fields a write may change; AccessKeyId, AccessKeyType, SecretName, Tags and CreatedTime are a key's for life. */
export interface KeyPatch {
  readonly AccessKeySecret?: string
  readonly Status?: 0 | 1
  readonly ModifiedTime: string
}

/** What a write of one key decides, seeing the key as the writes before it in its group left it. */
export type KeyChange<R> =
  | { readonly kind: 'keep'; readonly answer: R }
  | { readonly kind: 'patch'; readonly patch: KeyPatch; readonly answer: R }
  | { readonly kind: 'delete'; readonly answer: R }

export type KeyFilter = components['schemas']['Filter']

export interface KeyPage {
  /** Keys matching the filters, all pages together. */
  readonly TotalCount: number
  readonly ApiKeySet: ApiKey[]
}

const schema = `
CREATE TABLE IF NOT EXISTS api_keys (
  -- A rowid table: rows are appended, and only the random AccessKeyIds go into the unique index (a WITHOUT ROWID
  -- table would sort whole rows by random key: twice as slow to insert). The rowid is the list's order.
  access_key_id     TEXT NOT NULL UNIQUE,
  access_key_secret TEXT NOT NULL,
  access_key_type   TEXT NOT NULL CHECK (access_key_type IN ('auto', 'manual')),
  secret_name       TEXT NOT NULL,
  status            INTEGER NOT NULL,
  created_time      TEXT NOT NULL,
  modified_time     TEXT NOT NULL,
  tags              TEXT
);
-- The exact filters of DescribeApiKeysStatus that clients use (AccessKeyId has its UNIQUE index). Each entry ends with
-- the rowid, so the matches of one value come out in the list's order. AccessKeySecret has none (see the header): a
-- file made before keeps its index until it is opened here.
DROP INDEX IF EXISTS api_keys_by_secret;
CREATE INDEX IF NOT EXISTS api_keys_by_name ON api_keys (secret_name);
CREATE INDEX IF NOT EXISTS api_keys_by_status ON api_keys (status);
-- The number of keys, kept beside them so the quota check is O(1) (count(*) would scan the table on every create).
CREATE TABLE IF NOT EXISTS key_count (
  only_row INTEGER PRIMARY KEY CHECK (only_row = 1),
  n        INTEGER NOT NULL
);
`

/**
 * The layout's version, kept in the file's user_version: a file of another version (a later emulator's) is refused
 * rather than misread. Files written before the layout had a number hold 0, and are taken when their tables match.
 */
export const storeFormat = 1
/**
 * A database's tables (sorted), the columns of api_keys (in order, with type and NOT NULL) and its unique columns (sorted), as SQLite lists
 * them: the store's writes rely on the UNIQUE AccessKeyId (a create of a taken id does nothing).
 */
function layoutOf(db: Database.Database): { readonly tables: string; readonly columns: string; readonly unique: string } {
  const tables = db.prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all()
  // With each column's declared type and NOT NULL: a table of the right names whose status is TEXT, or whose columns
  // take NULL, would hand the store values outside the contract (a Status read back as '0.0').
  const columns = db
    .prepare<[], { name: string }>("SELECT name || ' ' || type || CASE WHEN \"notnull\" THEN ' NOT NULL' ELSE '' END AS name FROM pragma_table_info('api_keys')")
    .all()
  const unique = db
    .prepare<[], { name: string }>("SELECT info.name AS name FROM pragma_index_list('api_keys') AS list, pragma_index_info(list.name) AS info WHERE list.\"unique\" = 1 ORDER BY info.name")
    .all()
  return { tables: tables.map((row) => row.name).join(', '), columns: columns.map((row) => row.name).join(', '), unique: unique.map((row) => row.name).join(', ') }
}
/** This store's layout, read from `schema` itself (made in memory once, when a file is first checked). */
let storeLayout: ReturnType<typeof layoutOf> | undefined
const expectedLayout = () => {
  if (!storeLayout) {
    const scratch = new Database(':memory:')
    scratch.exec(schema)
    storeLayout = layoutOf(scratch)
    scratch.close()
  }
  return storeLayout
}

/** Makes the tables of a new file, or checks that an existing one is this store's (inside one transaction). */
function openLayout(db: Database.Database): void {
  const version = checkLayout(db, false)
  db.exec(schema)
  // Counted again at every open: the kept count is only this store's to keep exact, and another program may have
  // changed the rows (the quota and an unfiltered list's TotalCount read it).
  db.exec('INSERT OR REPLACE INTO key_count (only_row, n) SELECT 1, count(*) FROM api_keys')
  if (version !== storeFormat) db.pragma(`user_version = ${storeFormat}`)
}

/** Throws, saying why, unless the database is empty or holds this store's tables in its layout; its user_version. */
function checkLayout(db: Database.Database, integrity = true): number {
  const version = db.pragma('user_version', { simple: true }) as number
  if (version !== 0 && version !== storeFormat) throw new Error(`it holds keys in layout ${version}, and this emulator reads layout ${storeFormat} (use another --data file, or the emulator that wrote it)`)
  const { tables, columns, unique } = layoutOf(db)
  if (tables !== '') {
    const expected = expectedLayout()
    if (tables !== expected.tables) throw new Error(`its tables (${tables}) are not this emulator's key store (${expected.tables}): another program's database, or an older emulator's`)
    // The list's order is the rowid: a table without one (an older layout) cannot be listed.
    const rowid = (() => {
      try {
        db.prepare('SELECT rowid FROM api_keys LIMIT 0').all()
        return true
      } catch {
        return false
      }
    })()
    if (columns !== expected.columns || !rowid) throw new Error(`its api_keys table has another layout (columns ${columns}${rowid ? '' : ', no rowid'}) than this emulator's`)
    if (unique !== expected.unique) throw new Error(`its api_keys table has other unique columns (${unique || 'none'}) than this emulator's (${expected.unique})`)
    // A damaged file is found now, not by the first request that reads the damaged page (once: a scan of the file).
    const check = integrity ? db.pragma('quick_check(1)', { simple: true }) : 'ok'
    if (check !== 'ok') throw new Error(`it is damaged (SQLite quick_check: ${String(check)})`)
  }
  return version
}

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

/** What the writes of one group share while it is decided: the number of keys, as the writes so far left it. */
interface GroupState {
  count: number
}

/** A write's outcome within its group: its answer, or its own error (the other writes are unaffected). */
type GroupOutcome = { readonly answer: unknown } | { readonly failed: unknown }

interface PendingWrite {
  /** Decides and writes this one change inside the group's transaction, answering what its caller gets. */
  readonly apply: (group: GroupState) => unknown
  /** performance.now() after which a write still blocked by another connection's lock fails. */
  readonly deadline: number
  readonly resolve: (answer: unknown) => void
  readonly reject: (error: unknown) => void
  /** The busy error of the last attempt, once one met another connection's lock. */
  lastBusy?: unknown
}

export interface KeyStoreOptions {
  /** Most milliseconds a write waits for a write lock held by another connection; default 5000. */
  readonly lockWaitMs?: number
}

/** How often a group blocked by another connection's lock tries again, in ms: a cheap attempt, a short delay. */
const retryDelayMs = 5

/** SQLITE_BUSY: BEGIN IMMEDIATE found the write lock held by another connection; nothing was written. */
const isBusy = (error: unknown) => (error as { code?: unknown }).code === 'SQLITE_BUSY'


/** The column each exact filter compares with (Status is exact too, on its integer values). */
const exactColumns = { AccessKeyId: 'access_key_id', AccessKeySecret: 'access_key_secret', SecretName: 'secret_name' } as const
const statusValues: Readonly<Record<string, 0 | 1>> = { '0': 0, '1': 1 }
/** Prepared list statements kept, by SQL text; the SQL depends only on the filters' names and value counts. */
const maxCachedStatements = 256

/** The WHERE clause of a list, with `?` for every value (bound, never spliced into the SQL), and the values. */
function whereClause(filters: readonly KeyFilter[]): { readonly sql: string; readonly values: (string | number)[] } {
  const clauses: string[] = []
  const values: (string | number)[] = []
  for (const { Name, Values } of filters) {
    // A value with a lone surrogate equals no stored string (they are well-formed) and SQLite would bind it as U+FFFD.
    const wellFormed = Values.filter(isWellFormed)
    switch (Name) {
      case 'AccessKeyId':
      case 'AccessKeySecret':
      case 'SecretName':
        clauses.push(anyOf(exactColumns[Name], wellFormed, values))
        break
      case 'Status':
        clauses.push(anyOf('status', [...new Set(Values.filter((value) => Object.hasOwn(statusValues, value)).map((value) => statusValues[value]!))], values))
        break
      case 'KeyWord':
        // A substring: no index can answer it, so this reads every row's two names (a scan, in SQLite).
        clauses.push(wellFormed.length === 0 ? '0' : `(${wellFormed.map(() => '(instr(secret_name, ?) > 0 OR instr(access_key_id, ?) > 0)').join(' OR ')})`)
        for (const value of wellFormed) values.push(value, value)
        break
      case 'NotUsagePlanId':
        // Keys not bound to that plan: the emulator has no usage plans, so every key, unless no value is given.
        if (Values.length === 0) clauses.push('0')
        break
    }
  }
  return { sql: clauses.length === 0 ? '' : ` WHERE ${clauses.join(' AND ')}`, values }
}

/** `column IN (?, …)` for the values (appended to `bound`); no value matches no key. */
function anyOf(column: string, candidates: readonly (string | number)[], bound: (string | number)[]): string {
  if (candidates.length === 0) return '0'
  bound.push(...candidates)
  return `${column} IN (${candidates.map(() => '?').join(', ')})`
}

export class KeyStore {
  private readonly db: Database.Database
  private readonly commitGroup: (group: readonly PendingWrite[]) => GroupOutcome[]
  private readonly countStatement: Database.Statement<[], { n: number }>
  private readonly getStatement: Database.Statement<[string], Row>
  private readonly existsStatement: Database.Statement<[string], { one: number }>
  private readonly insertStatement: Database.Statement<[string, string, string, string, string, string, string | null]>
  private readonly patchStatement: Database.Statement<[string, number, string, string]>
  private readonly deleteStatement: Database.Statement<[string]>
  private readonly listStatements = new Map<string, Database.Statement>()
  private readonly listRead: (filters: readonly KeyFilter[], limit: number, offset: number) => KeyPage
  private pending: PendingWrite[] = []
  private readonly lockWaitMs: number
  /** The data file as opened: a write is refused once the path no longer leads to it (see fileGone). */
  private readonly fileIdentity?: { readonly path: string; readonly dev: number; readonly ino: number; readonly wal?: { readonly dev: number; readonly ino: number } }

  /**
   * `file` undefined (or empty): an in-memory database, gone when the emulator stops. A file that is not this store's (another
   * program's database, another version's layout, a damaged one) is refused here, naming the file, rather than
   * served until every request fails.
   */
  constructor(file?: string, options: KeyStoreOptions = {}) {
    this.lockWaitMs = options.lockWaitMs ?? 5000
    // A path, always: SQLite would take `:memory:` or a `file:` URI for something else than the file it names.
    const path = file ? resolve(file) : undefined
    let opened: Database.Database | undefined
    try {
      // A FIFO would block the open forever, and SQLite would write a -journal beside a device (/dev/null-journal).
      const found = path ? statSync(path, { throwIfNoEntry: false }) : undefined
      if (found && !found.isFile()) throw new Error(found.isDirectory() ? 'it is a directory' : 'it is not a regular file (a FIFO, a device or a socket)')
      // The file holds AccessKeySecrets: create it readable by its owner only.
      if (path) closeSync(openSync(path, 'a', 0o600))
      const db = (opened = new Database(path ?? ':memory:'))
      if (path) {
        // Opening may wait for another emulator's write lock: nothing is served yet, so blocking is harmless here.
        db.pragma(`busy_timeout = ${this.lockWaitMs}`)
        // Checked before anything is written (WAL mode rewrites the header): a refused file is left as it was.
        checkLayout(db)
        db.pragma('journal_mode = WAL')
        db.pragma('synchronous = NORMAL')
      }
      // Again inside the write lock: another emulator may have made the tables meanwhile.
      db.transaction(() => openLayout(db)).immediate()
    } catch (error) {
      opened?.close()
      if (path === undefined) throw error
      // SQLite writes a -wal and a -shm file beside the data file: "readonly" may be the directory's, not the file's.
      const code = (error as { code?: unknown }).code
      const hint = typeof code === 'string' && /^SQLITE_(READONLY|CANTOPEN)/.test(code) ? ' (the file and its directory must be writable: SQLite keeps a -wal and a -shm file beside it)' : ''
      throw new Error(`The data file ${JSON.stringify(path)} cannot be used: ${(error as Error).message}${hint}.`, { cause: error })
    }
    this.db = opened
    if (path) {
      const { dev, ino } = statSync(path)
      // The -wal file holds the commits not yet copied into the file; SQLite removes it only when the last connection
      // closes, and this one stays open: while serving it is always the same file.
      const wal = statSync(`${path}-wal`, { throwIfNoEntry: false })
      this.fileIdentity = { path, dev, ino, ...(wal ? { wal: { dev: wal.dev, ino: wal.ino } } : {}) }
    }
    this.countStatement = this.db.prepare('SELECT n FROM key_count WHERE only_row = 1')
    this.getStatement = this.db.prepare('SELECT * FROM api_keys WHERE access_key_id = ?')
    this.existsStatement = this.db.prepare('SELECT 1 AS one FROM api_keys WHERE access_key_id = ?')
    this.insertStatement = this.db.prepare(
      `INSERT INTO api_keys (access_key_id, access_key_secret, access_key_type, secret_name, status, created_time, modified_time, tags)
       VALUES (?, ?, ?, ?, 1, ?, ?, ?) ON CONFLICT (access_key_id) DO NOTHING`,
    )
    this.patchStatement = this.db.prepare('UPDATE api_keys SET access_key_secret = ?, status = ?, modified_time = ? WHERE access_key_id = ?')
    this.deleteStatement = this.db.prepare('DELETE FROM api_keys WHERE access_key_id = ?')
    const setCount = this.db.prepare<[number]>('UPDATE key_count SET n = ? WHERE only_row = 1')
    const countStatement = this.countStatement
    const db = this.db
    /** Decides and writes a group in order, each write seeing the ones before it; the key count is written once. */
    const writeAll = (group: readonly PendingWrite[]): GroupOutcome[] => {
      const state: GroupState = { count: countStatement.get()!.n }
      const before = state.count
      const outcomes: GroupOutcome[] = []
      for (const write of group) {
        try {
          outcomes.push({ answer: write.apply(state) })
        } catch (error) {
          // A write refused (ApiFailure) wrote nothing; a failed statement was undone by SQLite, that statement only:
          // the group goes on without it, as one-by-one writes would. An error that ended the whole transaction
          // (nothing of the group is written) fails the whole group.
          if (!db.inTransaction) throw error
          outcomes.push({ failed: error })
        }
      }
      if (state.count !== before) setCount.run(state.count)
      return outcomes
    }
    // A file may be shared by several emulator processes: a group runs in an IMMEDIATE transaction (the write lock
    // from the first read). In memory only this connection sees the data: a plain transaction is enough.
    const transaction = this.db.transaction(writeAll)
    this.commitGroup = file ? (group) => transaction.immediate(group) : (group) => transaction(group)
    // The count and the page of a list from one snapshot (a deferred transaction takes no write lock).
    this.listRead = this.db.transaction((filters: readonly KeyFilter[], limit: number, offset: number) => this.readPage(filters, limit, offset))
    // Serving: a busy lock is answered at once and retried on the event loop (commitPending), never waited for here.
    if (file) this.db.pragma('busy_timeout = 0')
  }

  /**
   * Creates the key if its AccessKeyId is free and the store holds fewer than `quota` keys, answering once the key
   * is committed. New keys are enabled (Status 1). `createdTime` is asked at the write's turn, inside the
   * transaction, as ModifiedTime is by modify's `decide`: a create that waited for another emulator's lock is stamped
   * when it is written, so CreatedTime never decreases down the list (newest first, by the order of the writes).
   */
  create(key: NewKey, createdTime: () => string, quota: number): Promise<CreateOutcome> {
    return this.write((group) => this.applyCreate(key, createdTime(), quota, group))
  }

  /**
   * One read-modify-write of the key with this AccessKeyId (undefined: no such key), in the group commit: `decide` is
   * called at the write's turn in its group, inside the transaction, with the key as every earlier write left it, and
   * may throw (an ApiFailure) to refuse; its change is written and its answer given once the group is committed.
   * `decide` may run again if the group meets another connection's lock, so it must only decide, not act.
   */
  modify<R>(accessKeyId: string, decide: (key: ApiKey | undefined) => KeyChange<R>): Promise<R> {
    return this.write((group) => this.applyChange(accessKeyId, decide, group))
  }

  private write<R>(apply: (group: GroupState) => R): Promise<R> {
    if (!this.db.open) return Promise.reject(new Error('The key store is closed.'))
    return new Promise<R>((resolve, reject) => {
      const deadline = performance.now() + this.lockWaitMs
      // While a retry is scheduled the queue holds the blocked writes, so a new one joins them and goes with them.
      if (this.pending.push({ apply, deadline, resolve: resolve as (answer: unknown) => void, reject }) === 1) setImmediate(this.commitPending)
    })
  }

  private applyCreate(key: NewKey, createdTime: string, quota: number, group: GroupState): CreateOutcome {
    if (group.count >= quota) {
      // A full quota and a taken AccessKeyId: the taken id is the more specific answer.
      return { ok: false, reason: this.existsStatement.get(key.AccessKeyId) ? 'exists' : 'quota' }
    }
    const tags = key.Tags === undefined ? null : JSON.stringify(key.Tags)
    if (this.insertStatement.run(key.AccessKeyId, key.AccessKeySecret, key.AccessKeyType, key.SecretName, createdTime, createdTime, tags).changes !== 1) {
      return { ok: false, reason: 'exists' }
    }
    group.count++
    return { ok: true, key: toNewApiKey(key, createdTime) }
  }

  private applyChange<R>(accessKeyId: string, decide: (key: ApiKey | undefined) => KeyChange<R>, group: GroupState): R {
    const row = this.getStatement.get(accessKeyId)
    const change = decide(row ? toApiKey(row) : undefined)
    if (change.kind === 'keep') return change.answer
    if (!row) throw new Error('A write changed a key that does not exist.')
    if (change.kind === 'patch') {
      const { AccessKeySecret = row.access_key_secret, Status = row.status, ModifiedTime } = change.patch
      this.patchStatement.run(AccessKeySecret, Status, ModifiedTime, accessKeyId)
    } else {
      this.deleteStatement.run(accessKeyId)
      group.count--
    }
    return change.answer
  }

  /**
   * Commits the writes asked for so far. A busy lock writes nothing: the writes that have waited `lockWaitMs` fail
   * with the busy error, the others stay at the head of the queue, in order, for a retry. Any other failure of the
   * transaction (nothing written) fails each write of the group.
   */
  private readonly commitPending = (): void => {
    // No attempt past a write's deadline: its connection may be cut by now (lockWaitMarginMs), and a write made then
    // would be answered to nobody.
    const group = this.withinDeadline(this.pending)
    this.pending = []
    if (group.length === 0) return
    const gone = this.fileGone()
    if (gone) {
      for (const write of group) write.reject(gone)
      return
    }
    let outcomes: GroupOutcome[]
    try {
      outcomes = this.commitGroup(group)
    } catch (error) {
      if (isBusy(error)) return this.retryLater(group, error)
      for (const write of group) write.reject(error)
      return
    }
    for (let i = 0; i < group.length; i++) {
      const outcome = outcomes[i]!
      if ('failed' in outcome) group[i]!.reject(outcome.failed)
      else group[i]!.resolve(outcome.answer)
    }
  }

  /**
   * Fails the writes past their deadline and queues the others for a retry; writes asked for later queue behind
   * them. (The queue is empty here: the commit that failed was synchronous and had taken all of it.)
   */
  private retryLater(group: readonly PendingWrite[], error: unknown): void {
    for (const write of group) write.lastBusy = error
    this.pending = this.withinDeadline(group)
    // A retry that finds the queue empty (all failed, or close() committed them) does nothing.
    setTimeout(this.commitPending, retryDelayMs)
  }

  /** The writes still within their deadline, or never blocked yet; each other one fails with the busy error it met. */
  private withinDeadline(writes: readonly PendingWrite[]): PendingWrite[] {
    const now = performance.now()
    return writes.filter((write) => {
      if (write.deadline > now || write.lastBusy === undefined) return true
      write.reject(write.lastBusy)
      return false
    })
  }

  /**
   * An error when the data file was deleted, moved or replaced while served: the open connection would go on writing
   * to a file that no path leads to, so every write would be answered and then lost at the next start. Checked at
   * every group commit (one stat). Undefined in memory and while the path leads to the file opened.
   */
  private fileGone(): Error | undefined {
    const opened = this.fileIdentity
    if (!opened) return undefined
    let now
    try {
      now = statSync(opened.path, { throwIfNoEntry: false })
    } catch (error) {
      // Its folder replaced by a file (ENOTDIR), made unreadable (EACCES), a loop of links: it cannot be found either.
      return new Error(`The data file ${JSON.stringify(opened.path)} cannot be found any more (${(error as NodeJS.ErrnoException).code ?? 'stat failed'}) while the emulator ran: writes are refused, since they would be lost; restart the emulator.`)
    }
    if (!now || now.dev !== opened.dev || now.ino !== opened.ino) {
      return new Error(`The data file ${JSON.stringify(opened.path)} was ${now ? 'replaced' : 'deleted or moved'} while the emulator ran: writes are refused, since they would be lost; restart the emulator.`)
    }
    if (!opened.wal) return undefined
    // A deleted -wal keeps taking this connection's commits, which nobody else then sees and which are gone when it
    // closes; another emulator opening the file meanwhile starts a second, separate one.
    const wal = statSync(`${opened.path}-wal`, { throwIfNoEntry: false })
    if (wal && wal.dev === opened.wal.dev && wal.ino === opened.wal.ino) return undefined
    return new Error(`The data file's write-ahead log ${JSON.stringify(`${opened.path}-wal`)} was ${wal ? 'replaced' : 'deleted or moved'} while the emulator ran: writes are refused, since they would be lost; restart the emulator.`)
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
   * another connection), it is tried again on a timer, as a blocked write is, for up to `lockWaitMs`.
   */
  find(accessKeyId: string): Promise<ApiKey | undefined> {
    return this.read(() => this.get(accessKeyId))
  }

  /**
   * A page of the keys matching every filter (the values of one filter: any of them), newest first, with the number
   * of all matches; read as committed, like find. While no key is created or deleted, consecutive pages neither repeat
   * nor skip a key.
   */
  list(filters: readonly KeyFilter[], limit: number, offset: number): Promise<KeyPage> {
    return this.read(() => this.listRead(filters, limit, offset))
  }

  private readPage(filters: readonly KeyFilter[], limit: number, offset: number): KeyPage {
    const where = whereClause(filters)
    // No filter: the kept count, not a count(*) over the table.
    const total = where.sql === '' ? this.count() : (this.listStatement(`SELECT count(*) AS n FROM api_keys${where.sql}`).get(...where.values) as { n: number }).n
    // Past the end (an Offset may be any integer, beyond what SQLite binds): nothing to read.
    if (offset >= total) return { TotalCount: total, ApiKeySet: [] }
    const rows = this.listStatement(`SELECT * FROM api_keys${where.sql} ORDER BY rowid DESC LIMIT ? OFFSET ?`).all(...where.values, limit, offset) as Row[]
    return { TotalCount: total, ApiKeySet: rows.map(toApiKey) }
  }

  private listStatement(sql: string): Database.Statement {
    let statement = this.listStatements.get(sql)
    if (statement === undefined) {
      if (this.listStatements.size >= maxCachedStatements) this.listStatements.clear()
      statement = this.db.prepare(sql)
      this.listStatements.set(sql, statement)
    }
    return statement
  }

  private read<T>(query: () => T): Promise<T> {
    return new Promise((resolve, reject) => this.tryRead(query, performance.now() + this.lockWaitMs, resolve, reject))
  }

  private tryRead<T>(query: () => T, deadline: number, resolve: (value: T) => void, reject: (error: unknown) => void): void {
    if (!this.db.open) return reject(new Error('The key store is closed.'))
    try {
      resolve(query())
    } catch (error) {
      if (!isBusy(error) || performance.now() >= deadline) return reject(error)
      setTimeout(() => this.tryRead(query, deadline, resolve, reject), retryDelayMs)
    }
  }

  /**
   * Commits the writes already asked for, then closes the database; later writes are refused. At shutdown there is
   * nothing left to serve, so this one commit may wait up to `lockWaitMs` for a lock inside SQLite; if it is still
   * busy then, every pending write has waited its lockWaitMs, so the retry fails them all at once.
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
