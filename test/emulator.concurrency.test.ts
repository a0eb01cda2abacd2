/**
 * Concurrency, storage, logs and the CLI, over real HTTP on loopback: of N concurrent creates of one manual
 * AccessKeyId exactly one succeeds; concurrent creates near the quota never exceed it (also with two emulator
 * processes on one data file); keys survive a restart; no secret reaches a log line.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync, statSync } from 'node:fs'
import net from 'node:net'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { createEmulator, defaultCredential } from '../src/emulator/index.js'
import type { ApiKey } from '../src/types.js'
import { codeOf, createApiKeyHeaders, send, tc3Post, v1Request } from './support/emulatorWire.js'

const root = resolve(import.meta.dirname, '..')
const credential = { secretId: 'AKIDconcurrency01', secretKey: 'concurrencySecretKey0001' }
const signed = { ...credential, ...createApiKeyHeaders }
const workDir = mkdtempSync(join(tmpdir(), 'apikey-emulator-'))
afterAll(() => rmSync(workDir, { recursive: true, force: true }))

const create = (endpoint: string, body: object) => send(endpoint, tc3Post(endpoint, JSON.stringify(body), signed))

describe('concurrency', () => {
  it('of 40 concurrent creates of one manual AccessKeyId, exactly one succeeds', async () => {
    const emulator = await createEmulator({ credentials: [credential], rateLimitPerSecond: 0 })
    try {
      const request = { SecretName: 'race', AccessKeyType: 'manual', AccessKeyId: 'race_key_01', AccessKeySecret: 'race_secret_01' }
      const answers = await Promise.all(Array.from({ length: 40 }, () => create(emulator.endpoint, request)))
      const codes = answers.map(codeOf)
      expect(codes.filter((code) => code === 'Success')).toHaveLength(1)
      expect(codes.filter((code) => code === 'FailedOperation.AccessKeyExist')).toHaveLength(39)
      expect(emulator.keyCount()).toBe(1)
    } finally {
      await emulator.close()
    }
  })

  it('concurrent creates near the quota never exceed it', async () => {
    const emulator = await createEmulator({ credentials: [credential], rateLimitPerSecond: 0, keyQuota: 10 })
    try {
      for (let i = 0; i < 7; i++) expect(codeOf(await create(emulator.endpoint, { SecretName: `pre ${i}` }))).toBe('Success')
      const answers = await Promise.all(
        Array.from({ length: 30 }, (_, i) =>
          i % 2 === 0 ? create(emulator.endpoint, { SecretName: `auto ${i}` }) : create(emulator.endpoint, { SecretName: `manual ${i}`, AccessKeyType: 'manual', AccessKeyId: `quota_${i}`, AccessKeySecret: 'quota_secret_1' }),
        ),
      )
      const codes = answers.map(codeOf)
      expect(codes.filter((code) => code === 'Success')).toHaveLength(3)
      expect(codes.filter((code) => code === 'LimitExceeded.ApiKeyCountLimitExceeded')).toHaveLength(27)
      expect(emulator.keyCount()).toBe(10)
    } finally {
      await emulator.close()
    }
  })
})

/** Starts the CLI (from source, through tsx) and resolves with its endpoint once it listens. */
function startCli(args: string[], env: Record<string, string> = {}): Promise<{ child: ChildProcess; endpoint: string; output: () => string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'src/emulator/cli.ts'), ...args], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  return new Promise((resolvePromise, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8')
      const match = /listening on http:\/\/([^\s]+)/.exec(output)
      if (match) resolvePromise({ child, endpoint: match[1]!, output: () => output })
    }
    child.stdout!.on('data', onData)
    child.stderr!.on('data', onData)
    child.on('exit', (code) => reject(new Error(`the CLI exited with ${code}: ${output}`)))
  })
}

function stop(child: ChildProcess): Promise<number | null> {
  return new Promise((resolvePromise) => {
    child.removeAllListeners('exit')
    child.on('exit', (code) => resolvePromise(code))
    child.kill('SIGINT')
  })
}

function runCli(args: string[], env: Record<string, string> = {}): Promise<{ code: number | null; stderr: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'src/emulator/cli.ts'), ...args], { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] })
  let stderr = ''
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')))
  return new Promise((resolvePromise) => child.on('exit', (code) => resolvePromise({ code, stderr })))
}

describe('storage', () => {
  it('keeps keys across a restart with a data file (owner-only permissions)', async () => {
    const dataFile = join(workDir, 'restart.sqlite')
    const first = await createEmulator({ credentials: [credential], rateLimitPerSecond: 0, dataFile })
    const manual = { SecretName: 'kept', AccessKeyType: 'manual', AccessKeyId: 'kept_key_01', AccessKeySecret: 'kept_secret_01', Tags: [{ Key: 'a', Value: 'b' }] }
    expect(codeOf(await create(first.endpoint, manual))).toBe('Success')
    expect(codeOf(await create(first.endpoint, { SecretName: 'auto kept' }))).toBe('Success')
    await first.close()
    expect(statSync(dataFile).mode & 0o077).toBe(0)

    const second = await createEmulator({ credentials: [credential], rateLimitPerSecond: 0, dataFile, keyQuota: 3 })
    try {
      expect(second.keyCount()).toBe(2)
      expect(codeOf(await create(second.endpoint, manual))).toBe('FailedOperation.AccessKeyExist')
      expect(codeOf(await create(second.endpoint, { SecretName: 'third' }))).toBe('Success')
      expect(codeOf(await create(second.endpoint, { SecretName: 'fourth' }))).toBe('LimitExceeded.ApiKeyCountLimitExceeded')
    } finally {
      await second.close()
    }
    const memory = await createEmulator({ credentials: [credential], rateLimitPerSecond: 0 })
    expect(memory.keyCount()).toBe(0)
    await memory.close()
  })

  it('two emulator processes on one data file share the AccessKeyIds and the quota', async () => {
    const dataFile = join(workDir, 'shared.sqlite')
    const env = { APIKEY_EMULATOR_SECRET_ID: credential.secretId, APIKEY_EMULATOR_SECRET_KEY: credential.secretKey }
    const cli = await startCli(['serve', '--port', '0', '--data', dataFile, '--quota', '12', '--rate-limit', '0'], env)
    const local = await createEmulator({ credentials: [credential], rateLimitPerSecond: 0, dataFile, keyQuota: 12 })
    try {
      // The CLI prints the SecretId, never a configured SecretKey.
      expect(cli.output()).toContain(credential.secretId)
      expect(cli.output()).not.toContain(credential.secretKey)
      const endpoints = [cli.endpoint, local.endpoint]
      const race = { SecretName: 'shared', AccessKeyType: 'manual', AccessKeyId: 'shared_key_01', AccessKeySecret: 'shared_secret_01' }
      const raced = await Promise.all(Array.from({ length: 20 }, (_, i) => create(endpoints[i % 2]!, race)))
      expect(raced.map(codeOf).filter((code) => code === 'Success')).toHaveLength(1)
      const answers = await Promise.all(Array.from({ length: 40 }, (_, i) => create(endpoints[i % 2]!, { SecretName: `shared ${i}` })))
      const codes = answers.map(codeOf)
      expect(codes.filter((code) => code === 'Success')).toHaveLength(11)
      expect(codes.filter((code) => code === 'LimitExceeded.ApiKeyCountLimitExceeded')).toHaveLength(29)
      expect(local.keyCount()).toBe(12)
    } finally {
      await local.close()
      expect(await stop(cli.child)).toBe(0)
    }
  })
})

describe('logs', () => {
  it('carry no secret: neither SecretKeys, AccessKeySecrets (sent or generated) nor signatures', async () => {
    const lines: string[] = []
    const emulator = await createEmulator({ credentials: [credential], rateLimitPerSecond: 0, log: { write: (line: string) => lines.push(line) } })
    const secrets = [credential.secretKey]
    try {
      const manual = { SecretName: 'logged', AccessKeyType: 'manual', AccessKeyId: 'logged_key_01', AccessKeySecret: 'manualSecretInTheBody01' }
      expect(codeOf(await create(emulator.endpoint, manual))).toBe('Success')
      expect(codeOf(await create(emulator.endpoint, manual))).toBe('FailedOperation.AccessKeyExist')
      secrets.push(manual.AccessKeySecret)
      const auto = await create(emulator.endpoint, { SecretName: 'auto logged' })
      secrets.push((auto.body.Response as { Result: ApiKey }).Result.AccessKeySecret)
      const query = v1Request(emulator.endpoint, { SecretName: 'q', AccessKeyType: 'manual', AccessKeyId: 'query_key_01', AccessKeySecret: 'manualSecretInTheQuery01' }, credential)
      secrets.push('manualSecretInTheQuery01', new URLSearchParams(query.path!.slice(2)).get('Signature')!)
      expect(codeOf(await send(emulator.endpoint, query))).toBe('Success')
      const wrong = tc3Post(emulator.endpoint, JSON.stringify({ ...manual, AccessKeySecret: 'secretWithBadSignature01' }), { ...signed, secretKey: 'wrong' })
      secrets.push('secretWithBadSignature01', /Signature=([0-9a-f]+)/.exec(String(wrong.headers!.Authorization))![1]!)
      expect(codeOf(await send(emulator.endpoint, wrong))).toBe('AuthFailure.SignatureFailure')
      expect(codeOf(await send(emulator.endpoint, { method: 'POST', path: '/?AccessKeySecret=inThePathOfABadRequest', body: 'x', headers: { 'Content-Type': 'text/plain' } }))).toBe('UnknownParameter')
      expect(codeOf(await send(emulator.endpoint, { method: 'POST', path: '/?', body: 'AccessKeySecret=inTheBodyOfABadRequest', headers: { 'Content-Type': 'text/plain' } }))).toBe(
        'UnsupportedOperation.UnpackError',
      )
      secrets.push('inTheBodyOfABadRequest')
      secrets.push('inThePathOfABadRequest')
    } finally {
      await emulator.close()
    }
    const log = lines.join('')
    // The log is there and says what happened...
    expect(lines.filter((line) => line.includes('"msg":"CreateApiKey"')).length).toBeGreaterThanOrEqual(5)
    // The two text/plain POSTs are refused before routing: their lines name no action.
    expect(lines.filter((line) => line.includes('"msg":"unrouted"')).length).toBe(2)
    expect(log).toContain('UnknownParameter')
    expect(log).toContain('FailedOperation.AccessKeyExist')
    expect(log).toContain('AuthFailure.SignatureFailure')
    // ...and holds no secret.
    for (const secret of secrets) expect(log).not.toContain(secret)
  })
})

describe('CLI', () => {
  it('refuses bad arguments with exit code 2 and a clear message', async () => {
    for (const [args, message] of [
      [['serve', '--port', 'eighty'], '--port needs an integer'],
      [['serve', '--port', '70000'], '--port needs an integer'],
      [['serve', '--data'], '--data needs a value'],
      [['serve', '--verbose'], 'Unknown option'],
      [['start'], 'Unknown command'],
      [['serve', '--port', '1', '--port', '2'], 'more than once'],
      [['serve', '--request-timeout', '0'], '--request-timeout needs an integer from 1 to 2147483647'],
      [['serve', '--idle-timeout', '0'], '--idle-timeout needs an integer from 1'],
      [['serve', '--keep-alive-timeout', '0'], '--keep-alive-timeout needs an integer from 1'],
      [['serve', '--max-connections', 'many'], '--max-connections needs an integer from 1 to 2147483647'],
      [['serve', '--lock-wait', '2147483648'], '--lock-wait needs an integer from 0 to 2147483647'],
      [['serve', '--signed-host', 'http://proxy.test'], '--signed-host needs a host or host:port'],
      [['serve', '--signed-host'], '--signed-host needs a value'],
      [['serve', 'extra'], 'Unexpected argument "extra"'],
      [['serve', '--port', '--host', 'h'], '--port needs a value'],
    ] as const) {
      const { code, stderr } = await runCli([...args])
      expect(code, args.join(' ')).toBe(2)
      expect(stderr).toContain(message)
      expect(stderr).toContain('Usage:')
    }
  })

  it('serves with the documented default credential and prints it', async () => {
    const cli = await startCli(['serve', '--port=0'])
    try {
      expect(cli.output()).toContain(defaultCredential.secretId)
      const answer = await send(cli.endpoint, tc3Post(cli.endpoint, '{"SecretName":"cli"}', { ...defaultCredential, ...createApiKeyHeaders }))
      expect(codeOf(answer)).toBe('Success')
    } finally {
      expect(await stop(cli.child)).toBe(0)
    }
  })

  it('--signed-host (repeatable) lets a v1 signature name a proxy\'s host; without it the same request fails', async () => {
    const signedFor = 'proxy.test:8080'
    const cli = await startCli(['serve', '--port', '0', '--rate-limit', '0', '--signed-host', 'other.test', '--signed-host', signedFor])
    const plain = await startCli(['serve', '--port', '0', '--rate-limit', '0'])
    try {
      for (const method of ['GET', 'POST'] as const) {
        expect(codeOf(await send(cli.endpoint, v1Request(signedFor, { SecretName: `via proxy ${method}` }, { ...defaultCredential, method }))), method).toBe('Success')
        expect(codeOf(await send(plain.endpoint, v1Request(signedFor, { SecretName: `no proxy ${method}` }, { ...defaultCredential, method }))), method).toBe('AuthFailure.SignatureFailure')
      }
      expect(codeOf(await send(cli.endpoint, v1Request('elsewhere.test:1', { SecretName: 'not listed' }, defaultCredential)))).toBe('AuthFailure.SignatureFailure')
    } finally {
      expect(await stop(cli.child)).toBe(0)
      expect(await stop(plain.child)).toBe(0)
    }
  })

  it('refuses the public default credential beyond loopback (exit 1, with what to do)', async () => {
    for (const host of ['0.0.0.0', '::']) {
      const { code, stderr } = await runCli(['serve', '--port', '0', '--host', host])
      expect(code, host).toBe(1)
      expect(stderr).toContain(`Refusing to listen on ${host} with the public default credential`)
      expect(stderr).toContain('APIKEY_EMULATOR_SECRET_ID')
    }
  })

  it('with configured credentials serves on 0.0.0.0, prints endpoints a client can use and a warning, and applies the limit flags', async () => {
    const env = { APIKEY_EMULATOR_SECRET_ID: credential.secretId, APIKEY_EMULATOR_SECRET_KEY: credential.secretKey }
    const cli = await startCli(['serve', '--port', '0', '--host', '0.0.0.0', '--idle-timeout', '400', '--max-connections', '50', '--lock-wait', '100', '--request-timeout', '5000', '--keep-alive-timeout', '1000'], env)
    try {
      await new Promise((resolvePromise) => setTimeout(resolvePromise, 200))
      const output = cli.output()
      expect(cli.endpoint).toMatch(/^127\.0\.0\.1:\d+$/)
      expect(output).toContain(`SDK endpoint: ${cli.endpoint} (protocol http://)`)
      expect(output).not.toMatch(/0\.0\.0\.0:\d/)
      expect(output).toContain('warning: listening beyond loopback (0.0.0.0)')
      expect(output).not.toContain(credential.secretKey)
      expect(codeOf(await create(cli.endpoint, { SecretName: 'exposed' }))).toBe('Success')
      // --idle-timeout reached the server: a connection that sends half a head is closed within it (plus slack).
      const [host, port] = cli.endpoint.split(':') as [string, string]
      const socket = net.connect(Number(port), host)
      socket.on('error', () => {})
      const started = performance.now()
      socket.write('POST / HTTP/1.1\r\nHost: x\r\n')
      await new Promise((resolvePromise) => socket.on('close', resolvePromise))
      expect(performance.now() - started).toBeLessThan(4000)
    } finally {
      expect(await stop(cli.child)).toBe(0)
    }
  })

  it('--host takes an IPv6 address in brackets too, as the URLs it prints write it', async () => {
    const cli = await startCli(['serve', '--port', '0', '--host', '[::1]'])
    try {
      expect(cli.endpoint).toMatch(/^\[::1\]:\d+$/)
      expect(cli.output()).not.toContain('warning')
      const socket = net.connect(Number(cli.endpoint.split(']:')[1]), '::1')
      await new Promise((resolvePromise, reject) => socket.on('connect', resolvePromise).on('error', reject))
      socket.destroy()
    } finally {
      expect(await stop(cli.child)).toBe(0)
    }
  })

  it('credentials no client can send are refused by variable, never echoed (exit 2)', async () => {
    for (const [variable, value] of [['APIKEY_EMULATOR_SECRET_ID', 'AKID\u001b[31mcrimson'], ['APIKEY_EMULATOR_SECRET_KEY', 'key\nwith a quokka'], ['APIKEY_EMULATOR_SECRET_ID', 'AKID with zebras']] as const) {
      const env = { APIKEY_EMULATOR_SECRET_ID: credential.secretId, APIKEY_EMULATOR_SECRET_KEY: credential.secretKey, [variable]: value }
      const { code, stderr } = await runCli(['serve', '--port', '0'], env)
      expect(code, variable).toBe(2)
      expect(stderr).toContain(`error: ${variable} must `)
      // Neither raw nor quoted: no part of the value is shown.
      for (const part of ['[31m', 'crimson', 'quokka', 'zebras']) expect(stderr).not.toContain(part)
    }
  })

  it('keeps serving when the reader of its log goes away (| head)', async () => {
    const cli = await startCli(['serve', '--port', '0', '--rate-limit', '0'], { APIKEY_EMULATOR_SECRET_ID: credential.secretId, APIKEY_EMULATOR_SECRET_KEY: credential.secretKey })
    try {
      // The log (one line per request) is stdout: with its reader gone, each line fails with EPIPE.
      cli.child.stdout!.destroy()
      for (let i = 0; i < 3; i++) expect(codeOf(await create(cli.endpoint, { SecretName: `after the pipe closed ${i}` }))).toBe('Success')
    } finally {
      expect(await stop(cli.child)).toBe(0)
    }
  })

  it('on loopback prints no warning', async () => {
    const cli = await startCli(['serve', '--port=0'])
    try {
      await new Promise((resolvePromise) => setTimeout(resolvePromise, 200))
      expect(cli.output()).not.toContain('warning')
      expect(cli.output()).toContain(`SDK endpoint: ${cli.endpoint} (protocol http://)`)
    } finally {
      expect(await stop(cli.child)).toBe(0)
    }
  })
})
