/**
 * `conform` catches faults: against the fault server (support/faultServer.ts: the real emulator behind a proxy that
 * injects one named fault), run in-process through runCli as the binary would, it exits 1 and names the check the
 * fault breaks (support/faults/<fault>.ts `expectedCheck`, an id of plan §2); against `none` it exits 0 with no check
 * failing. Once, the built binary (dist/emulator/cli.js) is spawned, to show the same from outside.
 */
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it, vi } from 'vitest'
import { runConform } from '../src/conform/index.js'
import { runCli } from '../src/emulator/cliArgs.js'
import { faultNames, faults, startFaultServer, type FaultServer } from './support/faultServer.js'

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)))
const binary = path.join(root, 'dist/emulator/cli.js')
const directory = mkdtempSync(path.join(tmpdir(), 'conform-faults-'))
afterAll(() => rmSync(directory, { recursive: true, force: true }))

/** Small runs: each check's property a few times, no pause between requests (the emulator's rate limit is off). */
const smallRun = ['--runs', '3', '--seed', '14', '--rate', '200']

interface CheckResult {
  readonly id: string
  readonly status: 'pass' | 'fail' | 'skipped'
}
interface Outcome {
  readonly code: number
  readonly failing: string[]
  readonly checks: CheckResult[]
  readonly output: string
  /** The --json file's text. */
  readonly json: string
  readonly requests: number
  readonly maxRequests: number
}

const credentialEnv = (server: FaultServer) => ({
  TENCENTCLOUD_SECRET_ID: server.credentials.secretId,
  TENCENTCLOUD_SECRET_KEY: server.credentials.secretKey,
  ...(server.credentials.token === undefined ? {} : { TENCENTCLOUD_SESSION_TOKEN: server.credentials.token }),
})

function readReport(file: string): Pick<Outcome, 'failing' | 'checks' | 'json' | 'requests' | 'maxRequests'> {
  const json = readFileSync(file, 'utf8')
  const report = JSON.parse(json) as { checks: CheckResult[]; requests: number; maxRequests: number }
  return { json, requests: report.requests, maxRequests: report.maxRequests, checks: report.checks, failing: report.checks.filter((check) => check.status === 'fail').map((check) => check.id) }
}

/** runCli(['conform', ...]) with the server's credentials in the environment and its output captured. */
async function conformInProcess(server: FaultServer, name: string): Promise<Outcome> {
  const json = path.join(directory, `${name}.json`)
  const saved = { id: process.env.TENCENTCLOUD_SECRET_ID, key: process.env.TENCENTCLOUD_SECRET_KEY, token: process.env.TENCENTCLOUD_SESSION_TOKEN }
  delete process.env.TENCENTCLOUD_SESSION_TOKEN
  Object.assign(process.env, credentialEnv(server))
  let output = ''
  const capture = (chunk: unknown) => ((output += String(chunk)), true)
  const stdout = vi.spyOn(process.stdout, 'write').mockImplementation(capture)
  const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(capture)
  try {
    const code = await runCli(['conform', '--endpoint', server.endpoint, ...smallRun, ...(faults.get(name)?.conformArgs ?? []), '--json', json])
    return { code, output, ...readReport(json) }
  } finally {
    stdout.mockRestore()
    stderr.mockRestore()
    for (const [name, value] of [['TENCENTCLOUD_SECRET_ID', saved.id], ['TENCENTCLOUD_SECRET_KEY', saved.key], ['TENCENTCLOUD_SESSION_TOKEN', saved.token]] as const) {
      if (value === undefined) delete process.env[name]
      else process.env[name] = value
    }
  }
}

describe('conform against the fault server', () => {
  it('passes every check against fault none (exit 0)', async () => {
    const server = await startFaultServer({ fault: 'none' })
    try {
      const outcome = await conformInProcess(server, 'none')
      expect(outcome.failing, outcome.output).toEqual([])
      expect(outcome.code, outcome.output).toBe(0)
      expect(outcome.checks.filter((check) => check.status === 'pass').length).toBeGreaterThanOrEqual(10)
    } finally {
      await server.close()
    }
  })

  for (const name of faultNames.filter((fault) => fault !== 'none')) {
    const fault = faults.get(name)!
    it(`${name}: exits 1 naming ${fault.expectedCheck} (${fault.description})`, async () => {
      const server = await startFaultServer({ fault: name })
      try {
        const outcome = await conformInProcess(server, name)
        expect(outcome.code, outcome.output).toBe(1)
        expect(outcome.failing, outcome.output).toContain(fault.expectedCheck)
        expect(outcome.output).toContain(fault.expectedCheck)
        // No secret in the output or the --json file: the credential's, nor any AccessKeySecret answered.
        const written = `${outcome.output}\n${outcome.json}`
        for (const secret of [server.credentials.secretKey, ...(server.credentials.token === undefined ? [] : [server.credentials.token]), ...server.answeredSecrets()]) {
          expect(written, 'a secret reached the output').not.toContain(secret)
        }
        // The budget holds, the cleanup included, whatever fails.
        expect(outcome.requests, outcome.output).toBeLessThanOrEqual(outcome.maxRequests)
      } finally {
        await server.close()
      }
    })
  }
})

describe('an own key\'s answers', () => {
  it('enable-fails: response-schema.EnableApiKey fails too, on a valid EnableApiKey of its own key', async () => {
    const server = await startFaultServer({ fault: 'enable-fails' })
    try {
      const report = await runConform({ endpoint: server.endpoint, credentials: server.credentials, runs: 10, seed: 14, rate: 1000, only: ['response-schema.EnableApiKey'] })
      expect(report.checks.map((check) => [check.id, check.status])).toEqual([['response-schema.EnableApiKey', 'fail']])
      expect(report.checks[0]?.failure?.message).toContain("of a valid request to the run's own enabled auto key should get a success, got the error InternalError")
    } finally {
      await server.close()
    }
  })
})

describe('the built binary', () => {
  it('node dist/emulator/cli.js conform exits 1 against request-id-reused and prints the failing check', async () => {
    expect(existsSync(binary), 'dist/emulator/cli.js is missing: run npm run build').toBe(true)
    const server = await startFaultServer({ fault: 'request-id-reused' })
    try {
      const json = path.join(directory, 'binary.json')
      const child = spawn(process.execPath, [binary, 'conform', '--endpoint', server.endpoint, ...smallRun, '--json', json], {
        env: { ...process.env, ...credentialEnv(server), NO_COLOR: '1' },
        stdio: ['ignore', 'pipe', 'pipe'],
      })
      let output = ''
      child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')))
      child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')))
      const code = await new Promise<number | null>((resolve) => child.on('close', resolve))
      expect(code, output).toBe(1)
      expect(output).toContain('request-id')
      expect(readReport(json).failing).toContain('request-id')
      expect(output).not.toContain(server.credentials.secretKey)
    } finally {
      await server.close()
    }
  })
})
