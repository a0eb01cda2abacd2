/**
 * `serve` run in-process (the CLI tests run it as a child process, where a mutation run cannot see it): what it
 * prints, which options reach the emulator, that the log goes to stdout without secrets, and that SIGINT or SIGTERM
 * stops it with exit code 0.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest'
import { parseCliArgs, runCliCommand } from '../src/emulator/cliArgs.js'
import { defaultCredential } from '../src/emulator/credentials.js'
import { KeyStore } from '../src/emulator/keyStore.js'
import { codeOf, createApiKeyHeaders, send, tc3Post, v1Request } from './support/emulatorWire.js'

const workDir = mkdtempSync(join(tmpdir(), 'apikey-serve-'))
afterAll(() => rmSync(workDir, { recursive: true, force: true }))
afterEach(() => {
  vi.restoreAllMocks()
  vi.unstubAllEnvs()
})

/** Starts `serve` with argv, capturing stderr and stdout, and resolves once it has printed its banner. */
async function startServe(argv: string[]) {
  let stderr = ''
  let stdout = ''
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => ((stderr += String(chunk)), true))
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => ((stdout += String(chunk)), true))
  const command = parseCliArgs(['serve', ...argv])
  if (command.command !== 'serve') throw new Error('not serve')
  const exit = runCliCommand(command)
  for (let waited = 0; !stderr.includes('keys:') && waited < 5000; waited += 10) await new Promise((resolve) => setTimeout(resolve, 10))
  const endpoint = /listening on http:\/\/(\S+)/.exec(stderr)?.[1]
  if (!endpoint) throw new Error(`serve printed no URL: ${stderr}`)
  return { exit, endpoint, stderr: () => stderr, stdout: () => stdout }
}

describe('serve, in-process', () => {
  it('prints its URL, endpoint, the public credential and its settings; passes quota, rate limit, data file and signed hosts on; stops on SIGINT', async () => {
    const dataFile = join(workDir, 'serve.sqlite')
    const served = await startServe(['--port', '0', '--quota', '2', '--rate-limit', '0', '--data', dataFile, '--signed-host', 'proxy.test:1', '--max-connections', '9'])
    const lines = served.stderr().trimEnd().split('\n')
    expect(lines).toEqual([
      `API-key emulator listening on http://${served.endpoint}`,
      `  SDK endpoint: ${served.endpoint} (protocol http://)`,
      `  SecretId:  ${defaultCredential.secretId}`,
      `  SecretKey: ${defaultCredential.secretKey} (the public local default; not a secret)`,
      `  keys: kept in ${dataFile}; quota 2; rate limit off`,
    ])
    const signed = { ...defaultCredential, ...createApiKeyHeaders }
    const create = (name: string) => send(served.endpoint, tc3Post(served.endpoint, JSON.stringify({ SecretName: name }), signed))
    expect(codeOf(await create('one'))).toBe('Success')
    // --signed-host reached the emulator: a v1 request signed for the proxy's host verifies.
    expect(codeOf(await send(served.endpoint, v1Request('proxy.test:1', { SecretName: 'two' }, defaultCredential)))).toBe('Success')
    // --quota 2 reached it; with the rate limit off, a burst is not refused for its rate.
    expect(codeOf(await create('three'))).toBe('LimitExceeded.ApiKeyCountLimitExceeded')
    // The request log goes to stdout, one JSON line per request, with no secret in it.
    const log = served.stdout().trim().split('\n').map((line) => JSON.parse(line) as { msg: string; outcome: string })
    expect(log.filter((entry) => entry.msg === 'CreateApiKey').map((entry) => entry.outcome)).toEqual(['Success', 'Success', 'LimitExceeded.ApiKeyCountLimitExceeded'])
    expect(served.stdout()).not.toContain(defaultCredential.secretKey)
    process.emit('SIGINT')
    expect(await served.exit).toBe(0)
    // Stopped: the keys are in the data file, and the port is closed.
    const store = new KeyStore(dataFile)
    expect(store.count()).toBe(2)
    store.close()
    await expect(create('after')).rejects.toThrow()
  })

  it('with configured credentials never prints the SecretKey, applies the default rate limit and stops on SIGTERM', async () => {
    vi.stubEnv('APIKEY_EMULATOR_SECRET_ID', 'AKIDserveTest0001')
    vi.stubEnv('APIKEY_EMULATOR_SECRET_KEY', 'serveTestSecretKey0001')
    const served = await startServe(['--port=0'])
    expect(served.stderr()).toContain('  SecretId:  AKIDserveTest0001\n')
    expect(served.stderr()).toContain('  SecretKey: (from APIKEY_EMULATOR_SECRET_KEY, not shown)\n')
    expect(served.stderr()).not.toContain('serveTestSecretKey0001')
    expect(served.stderr()).toContain('  keys: in memory; quota 500; rate limit 20/s per action and SecretId\n')
    expect(served.stderr()).not.toContain('warning')
    const signed = { secretId: 'AKIDserveTest0001', secretKey: 'serveTestSecretKey0001', ...createApiKeyHeaders }
    expect(codeOf(await send(served.endpoint, tc3Post(served.endpoint, '{"SecretName":"configured"}', signed)))).toBe('Success')
    expect(codeOf(await send(served.endpoint, tc3Post(served.endpoint, '{"SecretName":"default"}', { ...defaultCredential, ...createApiKeyHeaders })))).toBe('AuthFailure.SecretIdNotFound')
    process.emit('SIGTERM')
    expect(await served.exit).toBe(0)
  })

  it('stops on SIGHUP too (the terminal closed), keeping what it wrote', async () => {
    const dataFile = join(workDir, 'hangup.sqlite')
    const served = await startServe(['--port', '0', '--rate-limit', '0', '--data', dataFile])
    expect(codeOf(await send(served.endpoint, tc3Post(served.endpoint, '{"SecretName":"before the hangup"}', { ...defaultCredential, ...createApiKeyHeaders })))).toBe('Success')
    const before = { term: process.listenerCount('SIGTERM'), int: process.listenerCount('SIGINT') }
    process.emit('SIGHUP')
    // While it closes, the other signals stay handled (one would otherwise kill it mid-close).
    expect(process.listenerCount('SIGTERM')).toBe(before.term)
    expect(process.listenerCount('SIGINT')).toBe(before.int)
    expect(await served.exit).toBe(0)
    // Stopped: its listeners are gone.
    expect(process.listenerCount('SIGTERM')).toBe(before.term - 1)
    expect(process.listenerCount('SIGHUP')).toBe(0)
    const store = new KeyStore(dataFile)
    expect(store.count()).toBe(1)
    store.close()
  })

  it('--idle-timeout not above --lock-wait by the margin with --data is a usage error naming both (a write waiting for the lock would lose its answer)', async () => {
    const { lockWaitMarginMs } = await import('../src/emulator/options.js')
    expect(lockWaitMarginMs).toBeGreaterThanOrEqual(100)
    expect(() => parseCliArgs(['serve', '--data', 'x.sqlite', '--idle-timeout', '500'])).toThrow(`--idle-timeout (500) must be at least --lock-wait (5000) + ${lockWaitMarginMs} with --data`)
    expect(() => parseCliArgs(['serve', '--data', 'x.sqlite', '--idle-timeout', '901', '--lock-wait', '900'])).toThrow(`--idle-timeout (901) must be at least --lock-wait (900) + ${lockWaitMarginMs}`)
    expect(() => parseCliArgs(['serve', '--data', 'x.sqlite', '--idle-timeout', String(900 + lockWaitMarginMs - 1), '--lock-wait', '900'])).toThrow('must be at least --lock-wait (900)')
    // At the margin, or in memory (nothing else ever holds its lock), it is fine.
    expect(parseCliArgs(['serve', '--data', 'x.sqlite', '--idle-timeout', String(900 + lockWaitMarginMs), '--lock-wait', '900'])).toMatchObject({ command: 'serve' })
    expect(parseCliArgs(['serve', '--idle-timeout', '500'])).toMatchObject({ command: 'serve' })
  })

  it('a half-set credential pair is a usage error', async () => {
    vi.stubEnv('APIKEY_EMULATOR_SECRET_ID', 'AKIDonlyHalf')
    vi.stubEnv('APIKEY_EMULATOR_SECRET_KEY', '')
    const command = parseCliArgs(['serve', '--port', '0'])
    if (command.command !== 'serve') throw new Error('not serve')
    await expect(runCliCommand(command)).rejects.toThrow('Set both APIKEY_EMULATOR_SECRET_ID and APIKEY_EMULATOR_SECRET_KEY, or neither.')
  })
})
