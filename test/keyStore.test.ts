/**
 * The emulator's key store on its own: creates asked for in one turn of the event loop are committed as one group,
 * with exactly the outcomes of running them one after another; a failed group writes nothing and fails every create
 * in it; closing commits what is pending. (Decision emulator-group-commit.)
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { KeyStore, type CreateOutcome, type NewKey } from '../src/emulator/keyStore.js'

const workDir = mkdtempSync(join(tmpdir(), 'apikey-keystore-'))
afterAll(() => rmSync(workDir, { recursive: true, force: true }))

const createdTime = '2026-11-27T12:00:00Z'
const key = (id: string, extra: Partial<NewKey> = {}): NewKey => ({ AccessKeyId: id, AccessKeySecret: `${id}_secret_0`, AccessKeyType: 'manual', SecretName: `name ${id}`, ...extra })
const summary = (outcome: CreateOutcome) => (outcome.ok ? `ok ${outcome.key.AccessKeyId}` : outcome.reason)

/** The outcomes of `keys` created one at a time, each awaited before the next is asked for. */
async function oneByOne(keys: NewKey[], quota: number): Promise<string[]> {
  const store = new KeyStore()
  try {
    const outcomes: string[] = []
    for (const next of keys) outcomes.push(summary(await store.create(next, createdTime, quota)))
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
      const grouped = await Promise.all(keys.map((next) => store.create(next, createdTime, 4)))
      expect(grouped.map(summary)).toEqual(await oneByOne(keys, 4))
      expect(grouped.map(summary)).toEqual(['ok k_a', 'ok k_b', 'exists', 'ok k_c', 'ok k_d', 'exists', 'quota', 'exists'])
      expect(store.count()).toBe(4)
    } finally {
      store.close()
    }
  })

  it('a new key is enabled, carries its times and tags, and reads back as it was answered', async () => {
    const store = new KeyStore()
    try {
      const outcome = await store.create(key('k_tags', { Tags: [{ Key: 'team', Value: 'api' }] }), createdTime, 10)
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
    const pending = [store.create(key('k_1'), createdTime, 10), store.create(key('k_2'), createdTime, 10)]
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

  it('a group whose transaction fails writes nothing and fails every create in it', async () => {
    const store = new KeyStore()
    try {
      expect(summary(await store.create(key('k_before'), createdTime, 10))).toBe('ok k_before')
      // A value SQLite cannot bind (an object) makes the second insert throw inside the group's transaction.
      const broken = { ...key('k_broken'), SecretName: {} as unknown as string }
      const group = [key('k_first'), broken, key('k_third')].map((next) => store.create(next, createdTime, 10))
      const settled = await Promise.allSettled(group)
      expect(settled.map((result) => result.status)).toEqual(['rejected', 'rejected', 'rejected'])
      expect(store.get('k_first')).toBeUndefined()
      expect(store.count()).toBe(1)
      // The store still works afterwards.
      expect(summary(await store.create(key('k_after'), createdTime, 10))).toBe('ok k_after')
      expect(store.count()).toBe(2)
    } finally {
      store.close()
    }
  })
})
