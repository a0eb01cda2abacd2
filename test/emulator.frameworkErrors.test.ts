/**
 * The emulator's HTTP layer (src/emulator/server.ts) where fastify, not the pipeline, meets the request: the exact
 * envelope for each request fastify refuses, a body that never arrives, a failure inside the emulator (answered
 * InternalError and logged at error level), the X-TC-TraceId echo and the refusal of the public credential beyond
 * loopback.
 *
 * Each test loads a fresh copy of the emulator's modules and starts its own emulator: a mutation run (Stryker,
 * perTest coverage) credits a test only with the code that ran during it, the modules' constants included, not with
 * code run at import or in beforeAll.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import net from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterAll, describe, expect, it, vi } from 'vitest'
import type { Emulator, EmulatorOptions } from '../src/emulator/index.js'
import { codeOf, createApiKeyHeaders, send, tc3Post, type RawRequest, type WireAnswer } from './support/emulatorWire.js'

const credential = { secretId: 'AKIDframeworkErrors01', secretKey: 'frameworkErrorsSecretKey0001' }
const workDir = mkdtempSync(join(tmpdir(), 'apikey-framework-errors-'))
afterAll(() => rmSync(workDir, { recursive: true, force: true }))

/** The emulator's public entry point, loaded afresh (see the file comment). */
async function emulatorModule(): Promise<typeof import('../src/emulator/index.js')> {
  vi.resetModules()
  return import('../src/emulator/index.js')
}

interface Logged {
  readonly emulator: Emulator
  /** The log lines written so far, parsed, without fastify's own "Server listening" line. */
  readonly log: () => Record<string, unknown>[]
  readonly rawLog: () => string
}

async function withEmulator(options: EmulatorOptions, run: (logged: Logged) => Promise<void>): Promise<void> {
  const { createEmulator } = await emulatorModule()
  const lines: string[] = []
  const emulator = await createEmulator({ credentials: [credential], rateLimitPerSecond: 0, log: { write: (line: string) => lines.push(line) }, ...options })
  const log = () => lines.map((line) => JSON.parse(line) as Record<string, unknown>).filter((entry) => !String(entry.msg).startsWith('Server listening'))
  try {
    await run({ emulator, log, rawLog: () => lines.join('') })
  } finally {
    await emulator.close()
  }
}

const errorOf = (answer: WireAnswer) => {
  const response = answer.body.Response
  if (!('Error' in response)) throw new Error(`expected an error, got ${answer.text}`)
  return { code: response.Error.Code, message: response.Error.Message }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
async function until<T>(what: string, probe: () => T | undefined, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const value = probe()
    if (value !== undefined) return value
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await sleep(20)
  }
}

/** The bytes sent on a fresh connection, and everything received until the emulator closed it. */
async function exchangeRaw(endpoint: string, bytes: string | Buffer): Promise<string> {
  const [host, port] = endpoint.split(':') as [string, string]
  const socket = net.connect(Number(port), host)
  let received = ''
  socket.on('data', (chunk: Buffer) => (received += chunk.toString('utf8')))
  const closed = new Promise<void>((resolve) => socket.on('close', () => resolve()))
  socket.on('error', () => {})
  socket.write(bytes)
  await Promise.race([closed, sleep(10_000).then(() => { throw new Error(`the emulator kept the connection open after ${JSON.stringify(received)}`) })])
  return received
}

/** A raw answer's status line and its envelope's code and message. */
function rawAnswer(text: string) {
  const [head, body] = text.split('\r\n\r\n') as [string, string]
  const response = (JSON.parse(body) as { Response: { Error: { Code: string; Message: string }; RequestId: string } }).Response
  return { status: head.split('\r\n')[0], closes: /\r\nconnection: close\r\n/i.test(`${head}\r\n`), code: response.Error.Code, message: response.Error.Message, requestId: response.RequestId }
}

describe('requests Node\'s HTTP parser refuses get the envelope with HTTP 200, a log line, and the connection closed', () => {
  const cases: [string, string | ((endpoint: string) => string), string, RegExp][] = [
    ['a method token Node does not know', 'FOO / HTTP/1.1\r\nHost: h\r\n\r\n', 'UnsupportedProtocol', /HTTP method is not supported/],
    ['a lowercase method', 'get / HTTP/1.1\r\nHost: h\r\n\r\n', 'UnsupportedProtocol', /HTTP method is not supported/],
    // Node hands a CONNECT's connection over (and closed it unanswered when nobody took it).
    ['CONNECT, a tunnel request', 'CONNECT h:443 HTTP/1.1\r\nHost: h:443\r\n\r\n', 'UnsupportedProtocol', /HTTP method is not supported/],
    ['a Content-Length that is not a number', 'POST / HTTP/1.1\r\nHost: h\r\nContent-Length: abc\r\n\r\n', 'UnsupportedOperation.UnpackError', /not well-formed HTTP\/1\.1/],
    ['Content-Length beside Transfer-Encoding: chunked', 'POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 2\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n', 'UnsupportedOperation.UnpackError', /not well-formed/],
    ['a bad chunk size', 'POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\nContent-Type: application/json\r\n\r\nzz\r\n', 'UnsupportedOperation.UnpackError', /not well-formed/],
    ['a header line without a colon', 'GET / HTTP/1.1\r\nHost: h\r\nno colon here\r\n\r\n', 'UnsupportedOperation.UnpackError', /not well-formed/],
    ['a head over the header limit (a 100 KB query)', `GET /?Padding=${'a'.repeat(100_000)} HTTP/1.1\r\nHost: h\r\n\r\n`, 'RequestSizeLimitExceeded', /a GET request, its query included, at most 32768 bytes \(32 KB\)/],
  ]
  for (const [what, request, code, message] of cases) {
    it(what, async () => {
      await withEmulator({}, async ({ emulator, log }) => {
        const answer = rawAnswer(await exchangeRaw(emulator.endpoint, typeof request === 'string' ? request : request(emulator.endpoint)))
        expect(answer.status).toBe('HTTP/1.1 200 OK')
        expect(answer.closes).toBe(true)
        expect(answer.code).toBe(code)
        expect(answer.message).toMatch(message)
        expect(log()).toMatchObject([{ level: 30, msg: 'unrouted', requestId: answer.requestId, outcome: code }])
        // The emulator still serves the next client.
        expect(codeOf(await send(emulator.endpoint, { method: 'GET', path: '/' }))).toBe('MissingParameter')
      })
    })
  }
})

describe('CONNECT, beyond its own answer', () => {
  it('a client that resets right after it does not crash the emulator; behind a request still owed, that answer comes first', async () => {
    await withEmulator({}, async ({ emulator }) => {
      const [host, port] = emulator.endpoint.split(':') as [string, string]
      for (let i = 0; i < 50; i++) {
        const socket = net.connect(Number(port), host)
        socket.on('error', () => {})
        await new Promise<void>((resolve) => socket.once('connect', () => resolve()))
        socket.write('CONNECT h:443 HTTP/1.1\r\nHost: h:443\r\n\r\n')
        socket.resetAndDestroy()
      }
      await sleep(100)
      expect(codeOf(await send(emulator.endpoint, { method: 'GET', path: '/' }))).toBe('MissingParameter')
      // Pipelined behind a GET: the GET is answered, then the connection closes.
      const received = await exchangeRaw(emulator.endpoint, 'GET / HTTP/1.1\r\nHost: h\r\n\r\nCONNECT h:443 HTTP/1.1\r\nHost: h:443\r\n\r\n')
      expect(received).toContain('"Code":"MissingParameter"')
      expect(received.match(/HTTP\/1\.1 200 OK/g)).toHaveLength(1)
    })
  })
})

describe('a JSON member sent twice', () => {
  it('is read as JSON.parse reads it: the last one wins (decision emulator-transport-errors)', async () => {
    await withEmulator({}, async ({ emulator }) => {
      const answer = await send(emulator.endpoint, tc3Post(emulator.endpoint, '{"SecretName":"first","SecretName":"second"}', { ...credential, ...createApiKeyHeaders }))
      expect(codeOf(answer)).toBe('Success')
      expect((answer.body.Response as { Result: { SecretName: string } }).Result.SecretName).toBe('second')
    })
  })
})

describe('an Expect header other than 100-continue', () => {
  it('is ignored, as RFC 9110 allows: the request is served (Node alone answers 417 without the envelope)', async () => {
    await withEmulator({}, async ({ emulator }) => {
      const answer = rawAnswer(await exchangeRaw(emulator.endpoint, 'GET / HTTP/1.1\r\nHost: h\r\nExpect: foo\r\nConnection: close\r\n\r\n'))
      expect(answer.status).toBe('HTTP/1.1 200 OK')
      expect(answer.code).toBe('MissingParameter')
      // A signed create with it is served too.
      const signed = tc3Post(emulator.endpoint, JSON.stringify({ SecretName: 'expect' }), { ...credential, ...createApiKeyHeaders })
      const created = await send(emulator.endpoint, { ...signed, headers: { ...signed.headers, Expect: 'foo' } })
      expect(codeOf(created)).toBe('Success')
    })
  })
})

describe('requests fastify refuses get the envelope, a specific code and message, and a log line with that code', () => {
  it('a malformed URL', async () => {
    await withEmulator({}, async ({ emulator, log }) => {
      const answer = await send(emulator.endpoint, { method: 'GET', path: '/%zz' })
      expect(errorOf(answer)).toEqual({ code: 'UnsupportedOperation.UnpackError', message: 'The request URL is malformed.' })
      expect(log()).toMatchObject([{ level: 30, msg: 'unrouted', requestId: answer.body.Response.RequestId, method: 'GET', outcome: 'UnsupportedOperation.UnpackError' }])
    })
  })

  it('a malformed Content-Type', async () => {
    await withEmulator({}, async ({ emulator }) => {
      expect(errorOf(await send(emulator.endpoint, { method: 'POST', body: '{}', headers: { 'Content-Type': '///' } }))).toEqual({
        code: 'UnsupportedOperation.UnpackError',
        message: 'The Content-Type header is malformed: use application/json (signature v3) or application/x-www-form-urlencoded (signature v1).',
      })
    })
  })

  it('a body over its limit names the limit of its own format, whatever the case of its Content-Type', async () => {
    const { sizeLimits } = await import('../src/emulator/contractLimits.js')
    await withEmulator({}, async ({ emulator }) => {
      const form = await send(emulator.endpoint, { method: 'POST', body: 'a'.repeat(sizeLimits.postV1 + 1), headers: { 'Content-Type': 'Application/X-WWW-Form-Urlencoded' } })
      expect(errorOf(form)).toEqual({ code: 'RequestSizeLimitExceeded', message: `A v1 (form) POST body may be at most ${sizeLimits.postV1} bytes (1 MB).` })
      const json = await send(emulator.endpoint, { method: 'POST', body: 'a'.repeat(sizeLimits.postV3 + 1), headers: { 'Content-Type': 'application/json' } })
      expect(errorOf(json)).toEqual({ code: 'RequestSizeLimitExceeded', message: `A v3 POST body may be at most ${sizeLimits.postV3} bytes (10 MB).` })
    })
  })

  it('a body of another media type is refused naming the Content-Type it came with, or "" for none, and the connection is closed', async () => {
    await withEmulator({}, async ({ emulator }) => {
      const plain = await send(emulator.endpoint, { method: 'POST', body: '{}', headers: { 'Content-Type': 'text/plain' } })
      expect(errorOf(plain)).toEqual({
        code: 'UnsupportedOperation.UnpackError',
        message: 'Content-Type "text/plain" is not supported: use application/json (signature v3) or application/x-www-form-urlencoded (signature v1).',
      })
      expect(plain.headers.connection).toBe('close')
      // A body without any Content-Type goes to the same catch-all reader.
      const none = await send(emulator.endpoint, { method: 'POST', body: '{}', headers: { 'Content-Length': 2 } })
      expect(errorOf(none).message).toBe('Content-Type "" is not supported: use application/json (signature v3) or application/x-www-form-urlencoded (signature v1).')
    })
  })

  it('a body cut off before its Content-Length arrived is logged as UnpackError (the client is gone: nobody to answer)', async () => {
    await withEmulator({}, async ({ emulator, log }) => {
      const socket = net.connect(emulator.port, '127.0.0.1')
      socket.on('error', () => undefined)
      await new Promise((resolve) => socket.once('connect', resolve))
      socket.write('POST / HTTP/1.1\r\nHost: a\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"SecretName":')
      // The emulator is reading the body when the client goes away.
      await sleep(200)
      socket.destroy()
      const entries = await until('the log line', () => (log().length > 0 ? log() : undefined))
      expect(entries).toHaveLength(1)
      expect(entries[0]).toMatchObject({ level: 30, msg: 'unrouted', method: 'POST', outcome: 'UnsupportedOperation.UnpackError' })
    })
  })
})

describe('a failure inside the emulator', () => {
  it('is answered InternalError, without details, and logged at error level with its RequestId, outcome and the error', async () => {
    const dataFile = join(workDir, 'locked.sqlite')
    await withEmulator({ dataFile, lockWaitMs: 0 }, async ({ emulator, log }) => {
      // Another connection holds the write lock: the create fails with SQLite's busy error, which nothing expects.
      const other = new Database(dataFile)
      try {
        other.exec('BEGIN IMMEDIATE')
        const answer = await send(emulator.endpoint, tc3Post(emulator.endpoint, '{"SecretName":"locked out"}', { ...credential, ...createApiKeyHeaders }))
        expect(errorOf(answer)).toEqual({ code: 'InternalError', message: 'The emulator failed while handling the request; its log has the details.' })
        expect(answer.text).not.toContain('SQLITE')
        const entries = log()
        expect(entries).toHaveLength(1)
        expect(entries[0]).toMatchObject({
          level: 50,
          msg: 'CreateApiKey failed inside the emulator',
          requestId: answer.body.Response.RequestId,
          method: 'POST',
          signature: 'v3',
          secretId: credential.secretId,
          outcome: 'InternalError',
          err: { code: 'SQLITE_BUSY' },
        })
        other.exec('ROLLBACK')
      } finally {
        other.close()
      }
    })
  })
})

describe('X-TC-TraceId', () => {
  const printable = Array.from({ length: 0x7e - 0x21 + 1 }, (_, index) => String.fromCharCode(0x21 + index)).join('')
  const post = (emulator: Emulator, traceId?: string): RawRequest =>
    tc3Post(emulator.endpoint, '{"SecretName":"trace"}', { ...credential, ...createApiKeyHeaders, extraHeaders: traceId === undefined ? {} : { 'X-TC-TraceId': traceId } })

  it('is echoed when it is 1 to 128 printable ASCII characters, on a success and on a refused request alike', async () => {
    await withEmulator({}, async ({ emulator }) => {
      for (const traceId of ['t', printable, printable.repeat(2).slice(0, 128)]) {
        const answer = await send(emulator.endpoint, post(emulator, traceId))
        expect(codeOf(answer)).toBe('Success')
        expect(answer.headers['x-tc-traceid'], traceId).toBe(traceId)
      }
      const refused = await send(emulator.endpoint, { method: 'GET', path: '/%zz', headers: { 'X-TC-TraceId': 'trace-on-error' } })
      expect(codeOf(refused)).toBe('UnsupportedOperation.UnpackError')
      expect(refused.headers['x-tc-traceid']).toBe('trace-on-error')
    })
  })

  it('is not echoed when absent, longer than 128 characters, or holding a space or a byte beyond ASCII at either end', async () => {
    await withEmulator({}, async ({ emulator }) => {
      expect((await send(emulator.endpoint, post(emulator))).headers['x-tc-traceid']).toBeUndefined()
      // Node sends a header's characters up to \xff as single bytes (latin1).
      for (const traceId of ['x'.repeat(129), 'a b', '\xe9trace', 'trace\xe9']) {
        const answer = await send(emulator.endpoint, post(emulator, traceId))
        expect(codeOf(answer)).toBe('Success')
        expect(answer.headers['x-tc-traceid'], JSON.stringify(traceId)).toBeUndefined()
      }
    })
  })
})

describe('the public default credential beyond loopback (emulator-exposure)', () => {
  // 192.0.2.1 (TEST-NET-1) is no address of this machine: an emulator allowed to listen there fails to bind, so
  // nothing ever listens beyond loopback here.
  it('is refused before listening, alone or beside a configured credential', async () => {
    const { createEmulator, defaultCredential } = await emulatorModule()
    for (const credentials of [undefined, [credential, defaultCredential]]) {
      await expect(createEmulator({ host: '192.0.2.1', port: 0, ...(credentials ? { credentials } : {}) })).rejects.toThrow(
        'Refusing to listen on 192.0.2.1 with the public default credential: beyond loopback, configure credentials',
      )
    }
  })

  it('only the public pair is refused: its SecretKey under another SecretId, or its SecretId with another SecretKey, may listen', async () => {
    const { createEmulator, defaultCredential } = await emulatorModule()
    for (const other of [
      { secretId: 'AKIDnotThePublicOne0001', secretKey: defaultCredential.secretKey },
      { secretId: defaultCredential.secretId, secretKey: 'notThePublicSecretKey0001' },
    ]) {
      await expect(createEmulator({ host: '192.0.2.1', port: 0, credentials: [other] })).rejects.toMatchObject({ code: 'EADDRNOTAVAIL' })
    }
  })
})
