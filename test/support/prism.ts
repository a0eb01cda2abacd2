/**
 * Starts Stoplight Prism (pinned devDependency @stoplight/prism-cli) on the OpenAPI document, on a free loopback
 * port, and stops it: `prism mock` or `prism proxy --errors`. Its log is kept, so tests can assert on what it reported.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { createServer } from 'node:net'
import { join } from 'node:path'
import { repositoryRoot } from './artifacts.js'

export interface RunningPrism {
  readonly port: number
  /** `127.0.0.1:PORT`, an SDK endpoint. */
  readonly endpoint: string
  /** Everything Prism printed so far. */
  log(): string
  close(): Promise<void>
}

/** A port that was free a moment ago (Prism takes a port number, not 0). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.on('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))))
    })
  })
}

const prismBin = join(repositoryRoot, 'node_modules/@stoplight/prism-cli/dist/index.js')

/**
 * Starts `prism <mode> <document> [upstream]` and resolves once it listens. A port found free may be taken by another
 * process before Prism binds it (the test files run in parallel): then, unless the port was asked for, another is tried.
 */
export async function startPrism(mode: 'mock' | 'proxy', document: string, extra: string[] = [], port?: number): Promise<RunningPrism> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await startPrismOn(mode, document, extra, port ?? (await freePort()))
    } catch (error) {
      if (port !== undefined || attempt >= 5 || !/EADDRINUSE/.test((error as Error).message)) throw error
    }
  }
}

/**
 * Starts every Prism of the list at once, keyed by name. If one fails to start, the others that did are stopped before
 * the failure is passed on, so a failed beforeAll leaves no Prism running.
 */
export async function startPrisms(specs: readonly { name: string; mode: 'mock' | 'proxy'; document: string; extra?: string[]; port?: number }[]): Promise<Map<string, RunningPrism>> {
  const settled = await Promise.allSettled(specs.map((spec) => startPrism(spec.mode, spec.document, spec.extra, spec.port)))
  const started = new Map<string, RunningPrism>()
  settled.forEach((outcome, i) => {
    if (outcome.status === 'fulfilled') started.set(specs[i]!.name, outcome.value)
  })
  const failed = settled.find((outcome): outcome is PromiseRejectedResult => outcome.status === 'rejected')
  if (failed) {
    await Promise.all([...started.values()].map((prism) => prism.close()))
    throw failed.reason
  }
  return started
}

async function startPrismOn(mode: 'mock' | 'proxy', document: string, extra: string[], chosen: number): Promise<RunningPrism> {
  const child: ChildProcess = spawn(process.execPath, [prismBin, mode, document, ...extra, '--host', '127.0.0.1', '--port', String(chosen)], {
    cwd: repositoryRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', SCARF_ANALYTICS: 'false' },
  })
  let output = ''
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  await new Promise<void>((resolve, reject) => {
    // A Prism that never says it listens is stopped, not left running after the test file.
    const timer = setTimeout(() => {
      child.kill('SIGKILL')
      reject(new Error(`Prism did not start within 90 s:\n${output}`))
    }, 90_000)
    const onOutput = (chunk: Buffer) => {
      output += chunk.toString()
      if (/Prism is listening on/.test(output)) {
        clearTimeout(timer)
        resolve()
      }
    }
    child.stdout!.on('data', onOutput)
    child.stderr!.on('data', onOutput)
    child.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`Prism exited with ${code}:\n${output}`))
    })
  })
  return {
    port: chosen,
    endpoint: `127.0.0.1:${chosen}`,
    log: () => output,
    close: async () => {
      if (child.exitCode === null) child.kill('SIGTERM')
      await exited
    },
  }
}
