/**
 * The HTTP layer of the emulator (src/emulator/server.ts), observed over loopback: the exact envelope for requests
 * fastify refuses, the X-TC-TraceId echo, the log line per request, connection handling, the addresses it reports,
 * close() and a failed listen.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import net from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { sizeLimits } from '../src/emulator/contractLimits.js'
import { createEmulator, type Emulator } from '../src/emulator/index.js'
import { codeOf, createApiKeyHeaders, send, tc3Post, type WireAnswer } from './support/emulatorWire.js'

const credential = { secretId: 'AKIDtestServer000001', secretKey: 'testSecretKeyForTheServer000001' }
const lines: string[] = []
let emulator: Emulator
beforeAll(async () => {
  emulator = await createEmulator({ credentials: [credential], rateLimitPerSecond: 0, keyQuota: Infinity, log: { write: (line: string) => lines.push(line) } })
})
afterAll(() => emulator.close())

const errorOf = (answer: WireAnswer) => {
  const response = answer.body.Response
  if (!('Error' in response)) throw new Error(`expected an error, got ${answer.text}`)
  return { code: response.Error.Code, message: response.Error.Message }
}
const post = (body: string, extraHeaders: Record<string, string> = {}) =>
  send(emulator.endpoint, tc3Post(emulator.endpoint, body, { ...credential, ...createApiKeyHeaders, extraHeaders }))

describe('requests fastify refuses get the envelope, with a specific code and message', () => {
  it('a malformed URL', async () => {
    expect(errorOf(await send(emulator.endpoint, { method: 'GET', path: '/%zz' }))).toEqual({ code: 'UnsupportedOperation.UnpackError', message: 'The request URL is malformed.' })
  })

  it('a malformed Content-Type', async () => {
    expect(errorOf(await send(emulator.endpoint, { method: 'POST', body: '{}', headers: { 'Content-Type': '///' } }))).toEqual({
      code: 'UnsupportedOperation.UnpackError',
      message: 'The Content-Type header is malformed: use application/json (signature v3) or application/x-www-form-urlencoded (signature v1).',
    })
  })

  it('a body over its limit: the message names the limit of the body\'s format, whatever the case of its Content-Type', async () => {
    const form = await send(emulator.endpoint, { method: 'POST', body: 'a'.repeat(sizeLimits.postV1 + 1), headers: { 'Content-Type': 'Application/X-WWW-Form-Urlencoded; charset=utf-8' } })
    expect(errorOf(form)).toEqual({ code: 'RequestSizeLimitExceeded', message: `A v1 (form) POST body may be at most ${sizeLimits.postV1} bytes (1 MB).` })
    const json = await send(emulator.endpoint, { method: 'POST', body: 'a'.repeat(sizeLimits.postV3 + 1), headers: { 'Content-Type': 'application/json' } })
    expect(errorOf(json)).toEqual({ code: 'RequestSizeLimitExceeded', message: `A v3 POST body may be at most ${sizeLimits.postV3} bytes (10 MB).` })
  })
})

describe('X-TC-TraceId', () => {
  const printable = Array.from({ length: 0x7e - 0x21 + 1 }, (_, index) => String.fromCharCode(0x21 + index)).join('')
  it('is echoed when it is 1 to 128 printable ASCII characters, on success and on a refused request alike', async () => {
    for (const traceId of ['t', printable, printable.slice(0, 34).repeat(4).slice(0, 128)]) {
      const answer = await post('{"SecretName":"trace"}', { 'X-TC-TraceId': traceId })
      expect(codeOf(answer)).toBe('Success')
      expect(answer.headers['x-tc-traceid'], traceId).toBe(traceId)
    }
    const refused = await send(emulator.endpoint, { method: 'GET', path: '/%zz', headers: { 'X-TC-TraceId': 'trace-on-error' } })
    expect(codeOf(refused)).toBe('UnsupportedOperation.UnpackError')
    expect(refused.headers['x-tc-traceid']).toBe('trace-on-error')
  })

  it('is not echoed when absent, longer than 128 characters, or holding a space', async () => {
    expect((await post('{"SecretName":"trace"}')).headers['x-tc-traceid']).toBeUndefined()
    for (const traceId of ['x'.repeat(129), 'a b']) {
      const answer = await post('{"SecretName":"trace"}', { 'X-TC-TraceId': traceId })
      expect(codeOf(answer)).toBe('Success')
      expect(answer.headers['x-tc-traceid'], JSON.stringify(traceId)).toBeUndefined()
    }
  })
})

describe('logging', () => {
  it('writes one line per request with its RequestId, method, signature version, SecretId and outcome, never a secret', async () => {
    // Its own emulator, started inside the test: Stryker credits a test only with code run during it, not in beforeAll.
    const own: string[] = []
    const logged = await createEmulator({ credentials: [credential], rateLimitPerSecond: 0, log: { write: (line: string) => own.push(line) } })
    try {
      const first = await send(logged.endpoint, tc3Post(logged.endpoint, '{"SecretName":"own"}', { ...credential, ...createApiKeyHeaders }))
      const entries = own.map((text) => JSON.parse(text) as Record<string, unknown>).filter((entry) => entry.msg !== `Server listening at ${logged.url}`)
      expect(entries).toHaveLength(1)
      expect(entries[0]).toMatchObject({ level: 30, msg: 'CreateApiKey', requestId: first.body.Response.RequestId, method: 'POST', signature: 'v3', secretId: credential.secretId, outcome: 'Success' })
    } finally {
      await logged.close()
    }
    const before = lines.length
    const answer = await post('{"SecretName":"logged","AccessKeyType":"manual","AccessKeyId":"logged_key_1","AccessKeySecret":"logged_secret_value_1"}')
    expect(codeOf(answer)).toBe('Success')
    const written = lines.slice(before)
    expect(written).toHaveLength(1)
    const line = JSON.parse(written[0]!) as Record<string, unknown>
    expect(line).toMatchObject({ level: 30, msg: 'CreateApiKey', requestId: answer.body.Response.RequestId, method: 'POST', signature: 'v3', secretId: credential.secretId, outcome: 'Success' })
    expect(written[0]).not.toContain('logged_secret_value_1')
    expect(written[0]).not.toContain(credential.secretKey)
  })

  it('a refused request is logged with its error code as the outcome', async () => {
    const before = lines.length
    const answer = await send(emulator.endpoint, { method: 'GET', path: '/%zz' })
    const written = lines.slice(before).map((text) => JSON.parse(text) as Record<string, unknown>)
    expect(written).toHaveLength(1)
    expect(written[0]).toMatchObject({ level: 30, msg: 'unrouted', requestId: answer.body.Response.RequestId, method: 'GET', outcome: 'UnsupportedOperation.UnpackError' })
  })
})

/** Sends raw bytes and answers what came back once the server closed the connection or `waitMs` passed. */
function raw(port: number, text: string, waitMs: number): Promise<{ received: string; closedByServer: boolean }> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1')
    let received = ''
    let closedByServer = false
    socket.on('data', (chunk) => (received += chunk.toString('utf8')))
    socket.on('end', () => (closedByServer = true))
    socket.on('error', () => undefined)
    socket.write(text)
    const timer = setTimeout(() => socket.destroy(), waitMs)
    socket.on('close', () => {
      clearTimeout(timer)
      resolve({ received, closedByServer })
    })
  })
}

describe('connections', () => {
  it('an unsupported body is answered with connection: close and the connection is closed; a JSON request keeps it open', async () => {
    const unsupported = await raw(emulator.port, 'POST / HTTP/1.1\r\nHost: a\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n\r\n{}', 5000)
    expect(unsupported.received).toMatch(/^HTTP\/1\.1 200 OK\r\n/)
    expect(unsupported.received.toLowerCase()).toContain('\r\nconnection: close\r\n')
    expect(unsupported.received).toContain('UnsupportedOperation.UnpackError')
    expect(unsupported.closedByServer).toBe(true)
    const json = await raw(emulator.port, 'POST / HTTP/1.1\r\nHost: a\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}', 500)
    expect(json.received).toMatch(/^HTTP\/1\.1 200 OK\r\n/)
    expect(json.received.toLowerCase()).toContain('\r\nconnection: keep-alive\r\n')
    expect(json.closedByServer).toBe(false)
  })

  it('answers are JSON in UTF-8', async () => {
    const answer = await post('{"SecretName":"名前"}')
    expect(answer.headers['content-type']).toBe('application/json; charset=utf-8')
  })
})

describe('addresses, close and a failed listen', () => {
  it('on ::1 the endpoint is bracketed, and the emulator is reachable through it', async (context) => {
    let local: Emulator
    try {
      local = await createEmulator({ host: '::1', port: 0 })
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EADDRNOTAVAIL') return context.skip()
      throw error
    }
    try {
      expect(local.port).toBeGreaterThan(0)
      expect(local.endpoint).toBe(`[::1]:${local.port}`)
      expect(local.endpoints).toEqual([`[::1]:${local.port}`])
      expect(local.url).toBe(`http://[::1]:${local.port}`)
      expect(local.host).toBe('::1')
      expect(local.beyondLoopback).toBe(false)
      const response = await fetch(`${local.url}/`)
      expect(((await response.json()) as { Response: { Error: { Code: string } } }).Response.Error.Code).toBe('MissingParameter')
    } finally {
      await local.close()
    }
  })

  it('on 127.0.0.1 it reports its own port, the given host and the loopback endpoint', async () => {
    expect(emulator.host).toBe('127.0.0.1')
    expect(emulator.port).toBeGreaterThan(0)
    expect(emulator.endpoint).toBe(`127.0.0.1:${emulator.port}`)
    expect(emulator.endpoints).toEqual([emulator.endpoint])
    expect(emulator.url).toBe(`http://127.0.0.1:${emulator.port}`)
    expect(emulator.beyondLoopback).toBe(false)
  })

  it('close() stops listening and closes the database; calling it again is harmless and answers the same promise', async () => {
    const local = await createEmulator({ credentials: [credential], rateLimitPerSecond: 0 })
    expect(local.keyCount()).toBe(0)
    const first = local.close()
    const second = local.close()
    expect(second).toBe(first)
    await first
    await expect(local.close()).resolves.toBeUndefined()
    expect(() => local.keyCount()).toThrow(/not open/)
    await expect(fetch(`${local.url}/`)).rejects.toThrow()
  })

  it('a listen that fails (port taken) rejects and closes the data file it opened', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'emulator-listen-'))
    const blocker = net.createServer()
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve))
    try {
      const port = (blocker.address() as net.AddressInfo).port
      const dataFile = join(directory, 'keys.db')
      await expect(createEmulator({ port, dataFile })).rejects.toMatchObject({ code: 'EADDRINUSE' })
      // SQLite removes the write-ahead log when its last connection closes: the store is closed.
      expect(existsSync(dataFile)).toBe(true)
      expect(existsSync(`${dataFile}-wal`)).toBe(false)
    } finally {
      await new Promise((resolve) => blocker.close(resolve))
      rmSync(directory, { recursive: true, force: true })
    }
  })
})
