/**
 * `npm run bench:emulator`: requests per second and p50 / p99 latency of signed CreateApiKey calls (TC3 JSON POST,
 * auto keys) against the emulator, beside fastify answering a fixed reply (the ceiling), in the same run, on
 * loopback, from a keep-alive load generator with a fixed number of connections. Each server runs in its own
 * process. Bounded: a warm-up and a measured window of fixed length per server. Prints the ratio (target ≥ 60%, issue 12).
 * A benchmark, not a test: it exits 0 whatever the ratio, and non-zero only if a call fails.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process'
import http from 'node:http'
import { cpus, loadavg } from 'node:os'
import { resolve } from 'node:path'
import { defaultCredential } from '../src/emulator/index.js'
import { createApiKeyHeaders, Sign } from '../test/support/emulatorWire.js'

const root = resolve(import.meta.dirname, '..')
const connections = Number(process.env.BENCH_CONNECTIONS ?? 16)
const warmupMs = Number(process.env.BENCH_WARMUP_MS ?? 1500)
const measureMs = Number(process.env.BENCH_MEASURE_MS ?? 5000)
const rounds = Number(process.env.BENCH_ROUNDS ?? 3)

/** With 2+ cores and taskset: the server on the last core, this load generator on the others. */
function pinCores(): string | undefined {
  const count = cpus().length
  if (count < 2 || process.env.BENCH_PIN === '0') return undefined
  try {
    execFileSync('taskset', ['-pc', `0-${count - 2}`, String(process.pid)], { stdio: 'ignore' })
    return String(count - 1)
  } catch {
    return undefined
  }
}
const serverCpuSet = pinCores()

/** The server's CPU time so far, in µs (it answers SIGUSR2 with a `CPU <µs>` line). */
function serverCpu(child: ChildProcess): Promise<number> {
  return new Promise((resolvePromise) => {
    const onData = (chunk: Buffer) => {
      const match = /CPU (\d+)/.exec(chunk.toString())
      if (!match) return
      child.stdout!.off('data', onData)
      resolvePromise(Number(match[1]))
    }
    child.stdout!.on('data', onData)
    child.kill('SIGUSR2')
  })
}

function startServer(mode: 'emulator' | 'ceiling'): Promise<{ child: ChildProcess; endpoint: string }> {
  const command = [process.execPath, '--import', 'tsx', resolve(root, 'bench/emulatorServer.ts'), mode]
  // Server and load generator on separate cores when taskset exists, so neither preempts the other (same for both servers).
  const pinned = serverCpuSet === undefined ? command : ['taskset', '-c', serverCpuSet, ...command]
  const child = spawn(pinned[0]!, pinned.slice(1), { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] })
  return new Promise((resolvePromise, reject) => {
    let out = ''
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString()
      const match = /READY (\S+)/.exec(out)
      if (match) resolvePromise({ child, endpoint: match[1]! })
    })
    child.on('exit', (code) => reject(new Error(`${mode} server exited with ${code}`)))
  })
}

function signedRequest(endpoint: string): { headers: Record<string, string>; body: string } {
  const body = JSON.stringify({ SecretName: 'bench' })
  const timestamp = Math.floor(Date.now() / 1000)
  const authorization = Sign.sign3({
    method: 'POST',
    url: `http://${endpoint}/`,
    payload: Buffer.from(body),
    timestamp,
    service: 'apigateway',
    secretId: defaultCredential.secretId,
    secretKey: defaultCredential.secretKey,
    headers: { 'Content-Type': 'application/json' },
  })
  return {
    body,
    headers: {
      'Content-Type': 'application/json',
      'Content-Length': String(Buffer.byteLength(body)),
      'X-TC-Action': createApiKeyHeaders.action,
      'X-TC-Version': createApiKeyHeaders.version,
      'X-TC-Timestamp': String(timestamp),
      Authorization: authorization,
    },
  }
}

interface Measurement {
  requests: number
  failures: number
  seconds: number
  latenciesMs: number[]
}

/** `connections` loops, each sending one request after another on its own keep-alive socket, for `durationMs`. */
async function load(endpoint: string, durationMs: number, expectSuccess: boolean): Promise<Measurement> {
  const [host, port] = endpoint.split(':') as [string, string]
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections })
  const { headers, body } = signedRequest(endpoint)
  const latenciesMs: number[] = []
  let failures = 0
  const started = performance.now()
  const deadline = started + durationMs
  const one = () =>
    new Promise<void>((resolvePromise, reject) => {
      const sent = performance.now()
      const req = http.request({ host, port: Number(port), method: 'POST', path: '/', headers, agent }, (res) => {
        const chunks: Buffer[] = []
        res.on('data', (chunk: Buffer) => chunks.push(chunk))
        res.on('end', () => {
          latenciesMs.push(performance.now() - sent)
          if (res.statusCode !== 200 || (expectSuccess && !Buffer.concat(chunks).toString().includes('"Result"'))) failures++
          resolvePromise()
        })
      })
      req.on('error', reject)
      req.end(body)
    })
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < deadline) await one()
    }),
  )
  const seconds = (performance.now() - started) / 1000
  agent.destroy()
  return { requests: latenciesMs.length, failures, seconds, latenciesMs }
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN

async function measure(mode: 'emulator' | 'ceiling') {
  const server = await startServer(mode)
  try {
    await load(server.endpoint, warmupMs, mode === 'emulator')
    const cpuBefore = await serverCpu(server.child)
    const result = await load(server.endpoint, measureMs, mode === 'emulator')
    const cpuPerRequest = ((await serverCpu(server.child)) - cpuBefore) / result.requests
    const sorted = [...result.latenciesMs].sort((a, b) => a - b)
    return { mode, rps: result.requests / result.seconds, p50: percentile(sorted, 50), p99: percentile(sorted, 99), requests: result.requests, failures: result.failures, cpuPerRequest }
  } finally {
    server.child.kill('SIGTERM')
  }
}

console.log(`node ${process.version}, ${cpus().length} CPUs (${cpus()[0]?.model ?? '?'}), load average ${loadavg().map((n) => n.toFixed(2)).join(' ')}`)
console.log(serverCpuSet === undefined ? 'cores not pinned' : `server pinned to core ${serverCpuSet}, load generator to the others (taskset)`)
console.log(`${connections} keep-alive connections on loopback; ${warmupMs} ms warm-up and ${measureMs} ms measured per server; ${rounds} rounds, alternating`)
const results: Awaited<ReturnType<typeof measure>>[] = []
for (let round = 0; round < rounds; round++) {
  for (const mode of ['ceiling', 'emulator'] as const) {
    const result = await measure(mode)
    results.push(result)
    console.log(
      `round ${round + 1} ${mode.padEnd(8)} ${result.rps.toFixed(0).padStart(7)} req/s  p50 ${result.p50.toFixed(2)} ms  p99 ${result.p99.toFixed(2)} ms  server CPU ${result.cpuPerRequest.toFixed(0)} µs/request  (${result.requests} requests, ${result.failures} failed)`,
    )
  }
}
const best = (mode: string) => results.filter((result) => result.mode === mode).reduce((a, b) => (b.rps > a.rps ? b : a))
const emulator = best('emulator')
const ceiling = best('ceiling')
const ratio = emulator.rps / ceiling.rps
console.log(
  `best of ${rounds}: emulator ${emulator.rps.toFixed(0)} req/s (p50 ${emulator.p50.toFixed(2)} ms, p99 ${emulator.p99.toFixed(2)} ms), ceiling ${ceiling.rps.toFixed(0)} req/s (p50 ${ceiling.p50.toFixed(2)} ms, p99 ${ceiling.p99.toFixed(2)} ms)`,
)
console.log(`ratio emulator / ceiling: ${(ratio * 100).toFixed(1)}% (target ≥ 60%: ${ratio >= 0.6 ? 'met' : 'NOT met'})`)
if (results.some((result) => result.failures > 0)) {
  console.error('some calls failed: the numbers above do not measure successful creates')
  process.exitCode = 1
}
