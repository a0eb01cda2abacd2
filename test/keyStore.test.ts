/**
 * The emulator's key store on its own: creates asked for in one turn of the event loop are committed as one group,
 * with exactly the outcomes of running them one after another; a failed insert fails its own create only; a
 * transaction that cannot run writes nothing and fails every create in its group; closing commits what is pending.
 * (Decision emulator-group-commit.)
 */
import { execFileSync, spawn } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import Database from 'better-sqlite3'
import { afterAll, describe, expect, it, vi } from 'vitest'
import { KeyStore, type CreateOutcome, type NewKey } from '../src/emulator/keyStore.js'

const root = resolve(import.meta.dirname, '..')
const workDir = mkdtempSync(join(tmpdir(), 'apikey-keystore-'))
afterAll(() => rmSync(workDir, { recursive: true, force: true }))

const createdTime = '2026-11-27T12:00:00Z'
const key = (id: string, extra: Partial<NewKey> = {}): NewKey => ({ AccessKeyId: id, AccessKeySecret: `${id}_secret_0`, AccessKeyType: 'manual', SecretName: `name ${id}`, ...extra })
const summary = (outcome: CreateOutcome) => (outcome.ok ? `ok ${outcome.key.AccessKeyId}` : outcome.reason)

/**
 * KeyStore loaded afresh inside a test: its row mapping and its busy check are module constants, which a mutation run
 * (perTest coverage) credits only to a test during which the module loads.
 */
async function freshKeyStore(): Promise<typeof KeyStore> {
  vi.resetModules()
  return (await import('../src/emulator/keyStore.js')).KeyStore
}

/** The outcomes of `keys` created one at a time, each awaited before the next is asked for. */
async function oneByOne(keys: NewKey[], quota: number): Promise<string[]> {
  const store = new KeyStore()
  try {
    const outcomes: string[] = []
    for (const next of keys) outcomes.push(summary(await store.create(next, () => createdTime, quota)))
    return outcomes
  } finally {
    store.close()
  }
}

describe('key store', () => {
  it('a group asked for in one turn gets the outcomes of the same creates run one after another', async () => {
    // Taken ids, a full quota, and a taken id with a full quota (answered `exists`), in one group.
    const keys = ['k_a', 'k_b', 'k_a', 'k_c', 'k_d', 'k_b', 'k_e', 'k_c'].map((id) => key(id))
    const store = new KeyStore()
    try {
      const grouped = await Promise.all(keys.map((next) => store.create(next, () => createdTime, 4)))
      expect(grouped.map(summary)).toEqual(await oneByOne(keys, 4))
      expect(grouped.map(summary)).toEqual(['ok k_a', 'ok k_b', 'exists', 'ok k_c', 'ok k_d', 'exists', 'quota', 'exists'])
      expect(store.count()).toBe(4)
    } finally {
      store.close()
    }
  })

  it('a new key is enabled, carries its times and tags, and reads back as it was answered', async () => {
    const store = new (await freshKeyStore())()
    try {
      const outcome = await store.create(key('k_tags', { Tags: [{ Key: 'team', Value: 'api' }] }), () => createdTime, 10)
      expect(outcome).toEqual({
        ok: true,
        key: { AccessKeyId: 'k_tags', AccessKeySecret: 'k_tags_secret_0', AccessKeyType: 'manual', SecretName: 'name k_tags', Status: 1, CreatedTime: createdTime, ModifiedTime: createdTime, Tags: [{ Key: 'team', Value: 'api' }] },
      })
      expect(store.get('k_tags')).toEqual(outcome.ok ? outcome.key : undefined)
    } finally {
      store.close()
    }
  })

  it('closing commits the creates still pending: none is lost', async () => {
    const file = join(workDir, 'pending.sqlite')
    const store = new KeyStore(file)
    const pending = [store.create(key('k_1'), () => createdTime, 10), store.create(key('k_2'), () => createdTime, 10)]
    store.close()
    expect((await Promise.all(pending)).map(summary)).toEqual(['ok k_1', 'ok k_2'])
    const reopened = new KeyStore(file)
    try {
      expect(reopened.count()).toBe(2)
      expect(reopened.get('k_2')?.SecretName).toBe('name k_2')
    } finally {
      reopened.close()
    }
  })

  it('a create whose insert fails fails alone: the rest of its group is written', async () => {
    const store = new KeyStore()
    try {
      // A value SQLite cannot bind (an object) makes the second insert throw inside the group's transaction.
      const broken = { ...key('k_broken'), SecretName: {} as unknown as string }
      const settled = await Promise.allSettled([key('k_first'), broken, key('k_third')].map((next) => store.create(next, () => createdTime, 10)))
      expect(settled.map((result) => result.status)).toEqual(['fulfilled', 'rejected', 'fulfilled'])
      expect(store.get('k_broken')).toBeUndefined()
      expect(store.get('k_third')?.SecretName).toBe('name k_third')
      expect(store.count()).toBe(2)
    } finally {
      store.close()
    }
  })

  it('a group whose transaction cannot run writes nothing and fails every create in it; the store works afterwards', async () => {
    const file = join(workDir, 'busy.sqlite')
    const store = new KeyStore(file, { lockWaitMs: 300 })
    // Another connection (another emulator process, say) holds the write lock longer than the store waits.
    const other = new Database(file)
    try {
      expect(summary(await store.create(key('k_before'), () => createdTime, 10))).toBe('ok k_before')
      other.exec('BEGIN IMMEDIATE')
      const started = performance.now()
      const settled = await Promise.allSettled([key('k_first'), key('k_second')].map((next) => store.create(next, () => createdTime, 10)))
      expect(performance.now() - started).toBeGreaterThanOrEqual(250)
      expect(settled.map((result) => result.status)).toEqual(['rejected', 'rejected'])
      expect(String((settled[0] as PromiseRejectedResult).reason)).toMatch(/locked|busy/i)
      other.exec('ROLLBACK')
      expect(store.get('k_first')).toBeUndefined()
      expect(store.count()).toBe(1)
      expect(summary(await store.create(key('k_after'), () => createdTime, 10))).toBe('ok k_after')
      expect(store.count()).toBe(2)
    } finally {
      other.close()
      store.close()
    }
  })

  it('while another connection holds the lock, the event loop runs; creates asked for meanwhile queue behind the blocked ones, with one-by-one outcomes', async () => {
    const file = join(workDir, 'queued.sqlite')
    const store = new (await freshKeyStore())(file, { lockWaitMs: 10_000 })
    const other = new Database(file)
    try {
      other.exec('BEGIN IMMEDIATE')
      const keys = ['k_a', 'k_b', 'k_a', 'k_c', 'k_d']
      const first = keys.slice(0, 2).map((id) => store.create(key(id), () => createdTime, 3))
      // Timers fire while the first group waits for the lock: SQLite is not waiting inside a call.
      let ticks = 0
      const ticker = setInterval(() => ticks++, 10)
      await new Promise((resolve) => setTimeout(resolve, 300))
      clearInterval(ticker)
      expect(ticks).toBeGreaterThanOrEqual(5)
      const later = keys.slice(2).map((id) => store.create(key(id), () => createdTime, 3))
      await new Promise((resolve) => setTimeout(resolve, 100))
      expect(store.count()).toBe(0)
      other.exec('ROLLBACK')
      const outcomes = (await Promise.all([...first, ...later])).map(summary)
      expect(outcomes).toEqual(await oneByOne(keys.map((id) => key(id)), 3))
      expect(outcomes).toEqual(['ok k_a', 'ok k_b', 'exists', 'ok k_c', 'quota'])
    } finally {
      other.close()
      store.close()
    }
  })

  it('a create that waited for another connection\'s lock is stamped when it is written, so CreatedTime never decreases down the list', async () => {
    const file = join(workDir, 'stamped.sqlite')
    const store = new KeyStore(file, { lockWaitMs: 10_000 })
    const other = new Database(file)
    let clock = 0
    const stamp = () => `2026-11-27T12:00:${String(clock).padStart(2, '0')}Z`
    try {
      other.exec('BEGIN IMMEDIATE')
      // Asked for at 00, written once the lock is free, at 05; meanwhile the other connection wrote its own key at 02.
      const waiting = store.create(key('k_waited'), stamp, 10)
      await new Promise((resolve) => setTimeout(resolve, 50))
      clock = 2
      other.prepare("INSERT INTO api_keys (access_key_id, access_key_secret, access_key_type, secret_name, status, created_time, modified_time) VALUES ('k_other', 'k_other_secret_0', 'manual', 'other', 1, ?, ?)").run(stamp(), stamp())
      clock = 5
      other.exec('COMMIT')
      const outcome = await waiting
      expect(outcome).toMatchObject({ ok: true, key: { CreatedTime: '2026-11-27T12:00:05Z', ModifiedTime: '2026-11-27T12:00:05Z' } })
      const listed = (await store.list([], 10, 0)).ApiKeySet.map((listedKey) => `${listedKey.AccessKeyId} ${listedKey.CreatedTime}`)
      expect(listed).toEqual(['k_waited 2026-11-27T12:00:05Z', 'k_other 2026-11-27T12:00:02Z'])
    } finally {
      other.close()
      store.close()
    }
  })

  it('each create waits lockWaitMs from when it was asked for: a later one outlives an earlier one that timed out', async () => {
    const file = join(workDir, 'deadlines.sqlite')
    const store = new KeyStore(file, { lockWaitMs: 600 })
    const other = new Database(file)
    try {
      other.exec('BEGIN IMMEDIATE')
      const early = store.create(key('k_early'), () => createdTime, 10).then(summary, (error: unknown) => `rejected ${String(error)}`)
      await new Promise((resolve) => setTimeout(resolve, 400))
      const late = store.create(key('k_late'), () => createdTime, 10).then(summary, (error: unknown) => `rejected ${String(error)}`)
      expect(await early).toMatch(/^rejected .*(locked|busy)/i)
      other.exec('ROLLBACK')
      expect(await late).toBe('ok k_late')
      expect(store.get('k_early')).toBeUndefined()
    } finally {
      other.close()
      store.close()
    }
  })

  it('closing waits for a lock held by another process, up to lockWaitMs, and commits what is pending', async () => {
    const file = join(workDir, 'close-locked.sqlite')
    const store = new KeyStore(file, { lockWaitMs: 10_000 })
    // A child process takes the write lock and releases it 700 ms later, while this process is blocked in close().
    const holder = spawn(process.execPath, ['-e', `const db = new (require('better-sqlite3'))(${JSON.stringify(file)}); db.exec('BEGIN IMMEDIATE'); console.log('locked'); setTimeout(() => { db.exec('ROLLBACK'); db.close() }, 700)`], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'inherit'],
    })
    try {
      await new Promise<void>((resolve) => holder.stdout!.once('data', () => resolve()))
      const pending = store.create(key('k_pending'), () => createdTime, 10)
      // The first attempt finds the lock taken and schedules a retry; close() must commit anyway.
      await new Promise((resolve) => setTimeout(resolve, 50))
      const started = performance.now()
      store.close()
      expect(performance.now() - started).toBeGreaterThanOrEqual(400)
      expect(summary(await pending)).toBe('ok k_pending')
      const reopened = new KeyStore(file)
      expect(reopened.get('k_pending')?.SecretName).toBe('name k_pending')
      reopened.close()
    } finally {
      holder.kill()
    }
  })

  it('closing while another process holds the lock beyond lockWaitMs fails what is pending with the busy error', async () => {
    const file = join(workDir, 'close-busy.sqlite')
    const store = new KeyStore(file, { lockWaitMs: 200 })
    const holder = spawn(process.execPath, ['-e', `const db = new (require('better-sqlite3'))(${JSON.stringify(file)}); db.exec('BEGIN IMMEDIATE'); console.log('locked'); setTimeout(() => {}, 60000)`], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'inherit'],
    })
    try {
      await new Promise<void>((resolve) => holder.stdout!.once('data', () => resolve()))
      const pending = store.create(key('k_lost'), () => createdTime, 10).then(summary, (error: unknown) => `rejected ${String(error)}`)
      await new Promise((resolve) => setTimeout(resolve, 50))
      store.close()
      expect(await pending).toMatch(/^rejected .*(locked|busy)/i)
    } finally {
      holder.kill()
    }
  })

  it('a transaction that fails for another reason than the lock fails its group at once, without waiting', async () => {
    const file = join(workDir, 'broken.sqlite')
    const store = new KeyStore(file, { lockWaitMs: 10_000 })
    const other = new Database(file)
    try {
      other.exec('DROP TABLE key_count')
      const started = performance.now()
      await expect(store.create(key('k_x'), () => createdTime, 10)).rejects.toThrow(/no such table/)
      expect(performance.now() - started).toBeLessThan(5000)
    } finally {
      other.close()
      store.close()
    }
  })

  it('a data file that is not this store\'s (another version, another program, an older layout, not SQLite, damaged) is refused at open, naming it', async () => {
    const made = (name: string, sql: string) => {
      const file = join(workDir, name)
      const db = new Database(file)
      db.exec(sql)
      db.close()
      return file
    }
    const currentTables = (() => {
      const file = join(workDir, 'current.sqlite')
      new KeyStore(file).close()
      const db = new Database(file)
      const sql = db.prepare<[], { sql: string }>("SELECT sql FROM sqlite_master WHERE sql IS NOT NULL").all().map((row) => `${row.sql};`).join('\n')
      db.close()
      return sql
    })()
    const refused: [string, RegExp][] = [
      [made('newer.sqlite', `${currentTables}\nPRAGMA user_version = 7;`), /holds keys in layout 7, and this emulator reads layout 1/],
      [made('other-program.sqlite', 'CREATE TABLE notes (body TEXT);'), /its tables \(notes\) are not this emulator's key store/],
      [made('without-rowid.sqlite', 'CREATE TABLE api_keys (access_key_id TEXT PRIMARY KEY, access_key_secret TEXT NOT NULL, access_key_type TEXT NOT NULL, secret_name TEXT NOT NULL, status INTEGER NOT NULL, created_time TEXT NOT NULL, modified_time TEXT NOT NULL, tags TEXT) WITHOUT ROWID; CREATE TABLE key_count (only_row INTEGER PRIMARY KEY, n INTEGER NOT NULL);'), /another layout \(columns .*, no rowid\)/],
      [made('extra-column.sqlite', 'CREATE TABLE api_keys (access_key_id TEXT, region TEXT); CREATE TABLE key_count (only_row INTEGER PRIMARY KEY, n INTEGER NOT NULL);'), /another layout \(columns access_key_id TEXT, region TEXT\)/],
      // The right names, with a column's type or NOT NULL changed: Status kept as text, a NULL secret.
      [made('status-as-text.sqlite', currentTables.replace('status            INTEGER NOT NULL', 'status            TEXT')), /another layout \(columns .*status TEXT, created_time TEXT NOT NULL/],
      [made('secret-may-be-null.sqlite', currentTables.replace('access_key_secret TEXT NOT NULL', 'access_key_secret TEXT')), /another layout \(columns access_key_id TEXT NOT NULL, access_key_secret TEXT, /],
      // The right names, but AccessKeyId not UNIQUE: the store's writes depend on it.
      [made('not-unique.sqlite', currentTables.replace('access_key_id     TEXT NOT NULL UNIQUE', 'access_key_id     TEXT NOT NULL')), /other unique columns \(none\) than this emulator's \(access_key_id\)/],
    ]
    const text = join(workDir, 'not-sqlite.txt')
    writeFileSync(text, 'these are my notes, not a database\n'.repeat(200))
    refused.push([text, /file is not a database/])
    // A valid store with a page overwritten by garbage: found by quick_check before anything is served.
    const damaged = join(workDir, 'damaged.sqlite')
    const full = new KeyStore(damaged)
    await Promise.all(Array.from({ length: 300 }, (_, i) => full.create(key(`k_damaged_${i}`, { SecretName: 'x'.repeat(50) }), () => createdTime, 1000)))
    full.close()
    const bytes = readFileSync(damaged)
    bytes.fill(0x5a, 4096 * 3, 4096 * 4)
    writeFileSync(damaged, bytes)
    refused.push([damaged, /damaged|malformed/])
    for (const [file, reason] of refused) {
      const before = readFileSync(file)
      expect(() => new KeyStore(file), file).toThrow(`The data file ${JSON.stringify(file)} cannot be used: `)
      expect(() => new KeyStore(file), file).toThrow(reason)
      // Refused without a change: the file is left as it was.
      expect(readFileSync(file).equals(before), file).toBe(true)
    }
  })

  it('a FIFO, a directory or anything but a regular file is refused at open, naming it, without waiting or writing beside it', () => {
    const fifo = join(workDir, 'fifo.sqlite')
    execFileSync('mkfifo', [fifo])
    expect(() => new KeyStore(fifo)).toThrow(`The data file ${JSON.stringify(fifo)} cannot be used: it is not a regular file (a FIFO, a device or a socket).`)
    expect(() => new KeyStore(workDir)).toThrow(`The data file ${JSON.stringify(workDir)} cannot be used: it is a directory.`)
    expect(existsSync(`${fifo}-journal`)).toBe(false)
  })

  it('the key count is counted again at every open: rows another program removed free the quota', async () => {
    const file = join(workDir, 'recount.sqlite')
    const store = new KeyStore(file)
    await Promise.all(['k_r1', 'k_r2', 'k_r3'].map((id) => store.create(key(id), () => createdTime, 3)))
    store.close()
    const other = new Database(file)
    other.exec("DELETE FROM api_keys WHERE access_key_id <> 'k_r2'")
    other.close()
    const reopened = new KeyStore(file)
    try {
      expect(reopened.count()).toBe(1)
      expect(summary(await reopened.create(key('k_r4'), () => createdTime, 3))).toBe('ok k_r4')
    } finally {
      reopened.close()
    }
  })

  it('a write-ahead log deleted or replaced while served: writes are refused (they would be lost), and what was written stays', async () => {
    for (const how of ['deleted', 'replaced'] as const) {
      const file = join(workDir, `wal-${how}.sqlite`)
      const store = new KeyStore(file)
      try {
        expect(summary(await store.create(key('k_wal_kept'), () => createdTime, 10))).toBe('ok k_wal_kept')
        // Copied into the file first, so that deleting the log loses nothing already answered.
        const checkpoint = new Database(file)
        checkpoint.pragma('wal_checkpoint(TRUNCATE)')
        checkpoint.close()
        rmSync(`${file}-wal`)
        if (how === 'replaced') writeFileSync(`${file}-wal`, '')
        await expect(store.create(key('k_wal_lost'), () => createdTime, 10)).rejects.toThrow(`The data file's write-ahead log ${JSON.stringify(`${file}-wal`)} was ${how === 'deleted' ? 'deleted or moved' : 'replaced'} while the emulator ran: writes are refused`)
        await expect(store.modify('k_wal_kept', () => ({ kind: 'delete', answer: true }))).rejects.toThrow('writes are refused')
      } finally {
        store.close()
      }
      const reopened = new KeyStore(file)
      try {
        expect(reopened.get('k_wal_kept')?.AccessKeyId).toBe('k_wal_kept')
        expect(reopened.get('k_wal_lost')).toBeUndefined()
      } finally {
        reopened.close()
      }
    }
  })

  it('a data file deleted or replaced while served: writes are refused (they would be lost), naming the file', async () => {
    for (const how of ['deleted', 'replaced'] as const) {
      const file = join(workDir, `gone-${how}.sqlite`)
      const store = new KeyStore(file)
      try {
        expect(summary(await store.create(key('k_kept'), () => createdTime, 10))).toBe('ok k_kept')
        for (const suffix of ['', '-wal', '-shm']) rmSync(`${file}${suffix}`, { force: true })
        if (how === 'replaced') writeFileSync(file, '')
        await expect(store.create(key('k_lost'), () => createdTime, 10)).rejects.toThrow(`The data file ${JSON.stringify(file)} was ${how === 'deleted' ? 'deleted or moved' : 'replaced'} while the emulator ran: writes are refused`)
        await expect(store.modify('k_kept', () => ({ kind: 'delete', answer: true }))).rejects.toThrow('writes are refused')
      } finally {
        store.close()
      }
    }
    // Its folder replaced by a file: the check itself fails (ENOTDIR), which must refuse the write, not crash.
    const folder = join(workDir, 'moved-folder')
    mkdirSync(folder)
    const file = join(folder, 'keys.sqlite')
    const store = new KeyStore(file)
    try {
      expect(summary(await store.create(key('k_before_move'), () => createdTime, 10))).toBe('ok k_before_move')
      renameSync(folder, `${folder}-elsewhere`)
      writeFileSync(folder, 'not a folder')
      await expect(store.create(key('k_after_move'), () => createdTime, 10)).rejects.toThrow(`The data file ${JSON.stringify(file)} cannot be found any more (ENOTDIR)`)
    } finally {
      store.close()
    }
  })

  it('no attempt is made past a write\'s deadline: a write that waited lockWaitMs fails even if the lock is free by its next retry', async () => {
    const file = join(workDir, 'deadline.sqlite')
    const store = new KeyStore(file, { lockWaitMs: 300 })
    const other = new Database(file)
    try {
      other.exec('BEGIN IMMEDIATE')
      const started = performance.now()
      const pending = store.create(key('k_late'), () => createdTime, 10)
      const settled = pending.then(() => 'written', (error: Error) => error.message)
      // The first attempts meet the lock (well within the deadline); then the event loop is held past the deadline
      // and the lock released, so the next retry finds it free: its connection may be cut by then, so the write
      // must not be made.
      await new Promise((resolve) => setTimeout(resolve, 50))
      const until = started + 400
      while (performance.now() < until);
      other.exec('COMMIT')
      expect(await settled).toMatch(/locked|busy/i)
      expect(store.get('k_late')).toBeUndefined()
    } finally {
      other.close()
      store.close()
    }
  })

  it('a file of the current layout written before it had a number (user_version 0) is taken and numbered; :memory: is a file like any other', async () => {
    const file = join(workDir, 'unnumbered.sqlite')
    const first = new KeyStore(file)
    await first.create(key('k_kept'), () => createdTime, 10)
    first.close()
    const db = new Database(file)
    db.pragma('user_version = 0')
    db.close()
    const again = new KeyStore(file)
    expect(again.count()).toBe(1)
    again.close()
    const check = new Database(file)
    expect(check.pragma('user_version', { simple: true })).toBe(1)
    check.close()
    // An empty name is no file: in memory, as when none is given.
    const unnamed = new KeyStore('')
    await unnamed.create(key('k_unnamed'), () => createdTime, 10)
    expect(unnamed.count()).toBe(1)
    unnamed.close()
    expect(new KeyStore('').count()).toBe(0)
    // SQLite would open `:memory:` in memory: the store takes it as the file it names, in the working directory.
    const named = resolve(':memory:')
    try {
      const memoryNamed = new KeyStore(':memory:')
      await memoryNamed.create(key('k_named'), () => createdTime, 10)
      memoryNamed.close()
      const reopened = new KeyStore(':memory:')
      expect(reopened.count()).toBe(1)
      reopened.close()
      expect(statSync(named).isFile()).toBe(true)
    } finally {
      for (const suffix of ['', '-wal', '-shm']) rmSync(`${named}${suffix}`, { force: true })
    }
  })

  it('a file made when AccessKeySecret had an index loses that index at open, and keeps its keys and the filter by secret', async () => {
    const file = join(workDir, 'secret-index.sqlite')
    const first = new KeyStore(file)
    for (const id of ['k_s1', 'k_s2']) await first.create(key(id), () => createdTime, 10)
    first.close()
    const indexes = () => {
      const db = new Database(file, { readonly: true })
      try {
        return db.prepare<[], { name: string }>("SELECT name FROM pragma_index_list('api_keys') ORDER BY name").all().map((row) => row.name)
      } finally {
        db.close()
      }
    }
    // The store's own indexes; the UNIQUE one SQLite names itself.
    expect(indexes().filter((name) => !name.startsWith('sqlite_autoindex'))).toEqual(['api_keys_by_name', 'api_keys_by_status'])
    const old = new Database(file)
    old.exec('CREATE INDEX api_keys_by_secret ON api_keys (access_key_secret)')
    old.close()
    expect(indexes()).toContain('api_keys_by_secret')
    const again = new KeyStore(file)
    try {
      expect(indexes()).not.toContain('api_keys_by_secret')
      expect(again.count()).toBe(2)
      const page = await again.list([{ Name: 'AccessKeySecret', Values: ['k_s2_secret_0', 'no such secret'] }], 100, 0)
      expect([page.TotalCount, page.ApiKeySet.map((listed) => listed.AccessKeyId)]).toEqual([1, ['k_s2']])
    } finally {
      again.close()
    }
  })

  it('refuses creates once closed, with a clear error', async () => {
    const store = new KeyStore()
    store.close()
    await expect(store.create(key('k_late'), () => createdTime, 10)).rejects.toThrow('The key store is closed.')
  })

  it('a data file is created readable by its owner only, in WAL mode, and a second close is harmless', async () => {
    const file = join(workDir, 'mode.db')
    const store = new KeyStore(file)
    try {
      expect(statSync(file).mode & 0o777).toBe(0o600)
      const other = new Database(file, { readonly: true })
      try {
        expect(other.pragma('journal_mode', { simple: true })).toBe('wal')
      } finally {
        other.close()
      }
    } finally {
      store.close()
    }
    expect(() => store.close()).not.toThrow()
  })

  it('a key without tags is stored with NULL tags and reads back without a Tags member; the count survives a reopen', async () => {
    const file = join(workDir, 'untagged.db')
    const store = new KeyStore(file)
    try {
      const outcome = await store.create(key('k_plain'), () => createdTime, 10)
      expect(outcome.ok && 'Tags' in outcome.key).toBe(false)
      expect(store.get('k_plain')).toStrictEqual({ AccessKeyId: 'k_plain', AccessKeySecret: 'k_plain_secret_0', AccessKeyType: 'manual', SecretName: 'name k_plain', Status: 1, CreatedTime: createdTime, ModifiedTime: createdTime })
      expect(store.get('k_absent')).toBeUndefined()
      const other = new Database(file, { readonly: true })
      try {
        expect(other.prepare('SELECT tags FROM api_keys WHERE access_key_id = ?').get('k_plain')).toStrictEqual({ tags: null })
      } finally {
        other.close()
      }
    } finally {
      store.close()
    }
    const reopened = new KeyStore(file)
    try {
      expect(reopened.count()).toBe(1)
      expect(summary(await reopened.create(key('k_second'), () => createdTime, 1))).toBe('quota')
    } finally {
      reopened.close()
    }
  })

  it('modify: writes of one key in one group are decided in order, each on the key the earlier ones left; a refusal fails alone; a delete frees the quota within the group', async () => {
    const store = new KeyStore()
    try {
      await store.create(key('k_mod'), () => createdTime, 10)
      const seen: (number | undefined)[] = []
      const later = '2026-11-27T12:00:05Z'
      const disable = (id: string) => store.modify(id, (current) => (seen.push(current?.Status), current ? { kind: 'patch', patch: { Status: 0, ModifiedTime: later }, answer: 'disabled' } : { kind: 'keep', answer: 'missing' }))
      const remove = (id: string) =>
        store.modify(id, (current) => {
          seen.push(current?.Status)
          if (!current) return { kind: 'keep', answer: 'missing' }
          if (current.Status !== 0) throw new Error('enabled')
          return { kind: 'delete', answer: 'deleted' }
        })
      // One turn: delete (refused: enabled), disable, delete, delete again (gone), a create that fits only after the delete.
      const settled = await Promise.allSettled([remove('k_mod'), disable('k_mod'), remove('k_mod'), remove('k_mod'), store.create(key('k_mod', { SecretName: 'again' }), () => createdTime, 1)])
      expect(settled.map((result) => (result.status === 'fulfilled' ? (typeof result.value === 'string' ? result.value : summary(result.value)) : `rejected ${String(result.reason)}`))).toEqual([
        'rejected Error: enabled',
        'disabled',
        'deleted',
        'missing',
        'ok k_mod',
      ])
      expect(seen).toEqual([1, 1, 0, undefined])
      expect(store.count()).toBe(1)
      expect(store.get('k_mod')).toMatchObject({ SecretName: 'again', Status: 1, ModifiedTime: createdTime })
      // A patch keeps what it does not name.
      await disable('k_mod')
      expect(store.get('k_mod')).toStrictEqual({ AccessKeyId: 'k_mod', AccessKeySecret: 'k_mod_secret_0', AccessKeyType: 'manual', SecretName: 'again', Status: 0, CreatedTime: createdTime, ModifiedTime: later })
    } finally {
      store.close()
    }
  })

  it('list: newest first, TotalCount of every match, exact filters ANDed and their values ORed, bound as values (no SQL from a value)', async () => {
    const store = new KeyStore()
    try {
      for (const id of ['k_l1', 'k_l2', 'k_l3', "k_l4') OR 1=1 --"]) await store.create(key(id, { SecretName: id === 'k_l3' ? 'name k_l1' : `name ${id}` }), () => createdTime, 10)
      const ids = async (filters: Parameters<KeyStore['list']>[0], limit = 100, offset = 0) => {
        const page = await store.list(filters, limit, offset)
        return [page.TotalCount, page.ApiKeySet.map((listed) => listed.AccessKeyId)]
      }
      expect(await ids([])).toEqual([4, ["k_l4') OR 1=1 --", 'k_l3', 'k_l2', 'k_l1']])
      expect(await ids([], 2, 1)).toEqual([4, ['k_l3', 'k_l2']])
      expect(await ids([{ Name: 'SecretName', Values: ['name k_l1'] }])).toEqual([2, ['k_l3', 'k_l1']])
      expect(await ids([{ Name: 'SecretName', Values: ['name k_l1'] }, { Name: 'AccessKeyId', Values: ['k_l1', 'k_l2'] }])).toEqual([1, ['k_l1']])
      expect(await ids([{ Name: 'AccessKeyId', Values: ["x' OR '1'='1"] }])).toEqual([0, []])
      expect(await ids([{ Name: 'KeyWord', Values: ["') OR 1=1"] }])).toEqual([1, ["k_l4') OR 1=1 --"]])
      expect(await ids([{ Name: 'KeyWord', Values: ['%'] }])).toEqual([0, []])
      expect(await ids([{ Name: 'KeyWord', Values: ['_l2'] }])).toEqual([1, ['k_l2']])
    } finally {
      store.close()
    }
  })
})
