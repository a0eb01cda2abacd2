/**
 * `npm run bench:list`: the cost of DescribeApiKeysStatus filters with 100,000 keys in the key store (in memory, as
 * the emulator keeps them by default): an exact AccessKeyId filter (the unique index), the other exact filters
 * (the SecretName and Status indexes; AccessKeySecret has none, a scan), no filter (the kept count and the newest
 * page) and a KeyWord filter (a substring: a scan of every row's SecretName and AccessKeyId, in SQLite). Prints p50 / p99 / mean per
 * query and the ratio KeyWord / AccessKeyId. A benchmark, not a test: it asserts no timing.
 */
import { cpus, loadavg } from 'node:os'
import { generateAutoKey } from '../src/emulator/keyGenerator.js'
import { KeyStore, type KeyFilter } from '../src/emulator/keyStore.js'

const keyCount = Number(process.env.BENCH_KEYS ?? 100_000)
const iterations = Number(process.env.BENCH_ITERATIONS ?? 300)
const batch = 1000

const store = new KeyStore()
const ids: string[] = []
const secrets: string[] = []
const seeding = performance.now()
for (let start = 0; start < keyCount; start += batch) {
  // One group commit per batch: creates asked for in one turn share a transaction.
  const creates = []
  for (let i = start; i < Math.min(start + batch, keyCount); i++) {
    const material = generateAutoKey(Date.now())
    ids.push(material.AccessKeyId)
    secrets.push(material.AccessKeySecret)
    creates.push(store.create({ ...material, AccessKeyType: 'auto', SecretName: `team-${i % 1000} key ${i}` }, () => '2026-01-01T00:00:00Z', Infinity))
  }
  await Promise.all(creates)
}
// Some disabled keys, so the Status filter has a small side to find.
for (let i = 0; i < keyCount; i += 1000) await store.modify(ids[i]!, () => ({ kind: 'patch', patch: { Status: 0, ModifiedTime: '2026-01-01T00:00:01Z' }, answer: true }))
const seededMs = performance.now() - seeding

const pick = (values: readonly string[], i: number) => values[(i * 7919) % values.length]!
const queries: { name: string; filters: (i: number) => KeyFilter[]; expect: (total: number) => boolean }[] = [
  { name: 'AccessKeyId (exact, unique index)', filters: (i) => [{ Name: 'AccessKeyId', Values: [pick(ids, i)] }], expect: (total) => total === 1 },
  { name: 'AccessKeyId, 100 values', filters: (i) => [{ Name: 'AccessKeyId', Values: Array.from({ length: 100 }, (_, j) => pick(ids, i + j)) }], expect: (total) => total === 100 },
  { name: 'AccessKeySecret (exact: a scan)', filters: (i) => [{ Name: 'AccessKeySecret', Values: [pick(secrets, i)] }], expect: (total) => total === 1 },
  { name: 'SecretName (exact, index)', filters: (i) => [{ Name: 'SecretName', Values: [`team-${i % 1000} key ${(i % 1000) + 1000 * (i % 100)}`] }], expect: (total) => total === 1 },
  { name: 'Status 0 (index)', filters: () => [{ Name: 'Status', Values: ['0'] }], expect: (total) => total === Math.ceil(keyCount / 1000) },
  { name: 'no filter (kept count, newest page)', filters: () => [], expect: (total) => total === keyCount },
  { name: 'KeyWord (substring: a scan)', filters: (i) => [{ Name: 'KeyWord', Values: [`key ${(i % 1000) + 1000 * (i % 100)}`] }], expect: (total) => total >= 1 },
]

const percentile = (sorted: readonly number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!
const results = new Map<string, { p50: number; p99: number; mean: number }>()
console.log(`node ${process.version}, ${cpus().length} CPUs, load average ${loadavg().map((load) => load.toFixed(2)).join(' ')}`)
console.log(`${keyCount} keys seeded in ${(seededMs / 1000).toFixed(1)} s; ${iterations} list calls per query (Limit 100), after ${Math.min(20, iterations)} warm-up calls`)
for (const query of queries) {
  for (let i = 0; i < Math.min(20, iterations); i++) await store.list(query.filters(i), 100, 0)
  const times: number[] = []
  for (let i = 0; i < iterations; i++) {
    const filters = query.filters(i)
    const started = performance.now()
    const page = await store.list(filters, 100, 0)
    times.push(performance.now() - started)
    if (!query.expect(page.TotalCount)) throw new Error(`${query.name}: unexpected TotalCount ${page.TotalCount}`)
  }
  const sorted = [...times].sort((a, b) => a - b)
  const result = { p50: percentile(sorted, 50), p99: percentile(sorted, 99), mean: times.reduce((sum, time) => sum + time, 0) / times.length }
  results.set(query.name, result)
  console.log(`${query.name.padEnd(40)} p50 ${result.p50.toFixed(3).padStart(8)} ms  p99 ${result.p99.toFixed(3).padStart(8)} ms  mean ${result.mean.toFixed(3).padStart(8)} ms`)
}
const exact = results.get(queries[0]!.name)!
const keyword = results.get(queries.at(-1)!.name)!
console.log(`ratio KeyWord / AccessKeyId (mean): ${(keyword.mean / exact.mean).toFixed(0)}x; p99: ${(keyword.p99 / exact.p99).toFixed(0)}x`)
store.close()
