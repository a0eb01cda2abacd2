/**
 * The emulator against hostile or unlucky clients (issue 11), over real sockets on loopback: slow clients are cut off
 * by the request and idle timeouts while others are answered; the connection cap; the public credential is refused
 * beyond loopback and the endpoints printed are usable; bytes that are not UTF-8 are refused in every wire form and
 * nothing is stored; a data file locked by another connection does not freeze the server; a replayed v1 request is
 * refused; the STS token is checked. Timing bounds are generous (a noisy 2-core machine) or relative to the same run.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import net from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterAll, describe, expect, it } from 'vitest'
import { createEmulator, defaultCredential, type Emulator, type EmulatorOptions } from '../src/emulator/index.js'
import { CliUsageError, parseCliArgs, subcommands, usage } from '../src/emulator/cliArgs.js'
import { isLoopbackHost, usableEndpoints } from '../src/emulator/listenAddresses.js'
import { defaultTransportLimits, lockWaitMarginMs, resolveOptions } from '../src/emulator/options.js'
import { ReplayGuard } from '../src/emulator/replayGuard.js'
import type { ApiKey } from '../src/types.js'
import { codeOf, createApiKeyHeaders, send, Sign, tc3Post, v1Request, type RawRequest, type WireAnswer } from './support/emulatorWire.js'

const credential = { secretId: 'AKIDhardening0001', secretKey: 'hardeningSecretKey00001' }
const signed = { ...credential, ...createApiKeyHeaders }
const workDir = mkdtempSync(join(tmpdir(), 'apikey-hardening-'))
afterAll(() => rmSync(workDir, { recursive: true, force: true }))

async function withEmulator(options: EmulatorOptions, run: (emulator: Emulator) => Promise<void>): Promise<void> {
  const emulator = await createEmulator({ credentials: [credential], rateLimitPerSecond: 0, ...options })
  try {
    await run(emulator)
  } finally {
    await emulator.close()
  }
}

const create = (endpoint: string, body: object | string | Buffer) =>
  send(endpoint, tc3Post(endpoint, typeof body === 'object' && !Buffer.isBuffer(body) ? JSON.stringify(body) : body, signed))
const resultOf = (answer: WireAnswer): ApiKey => {
  expect(codeOf(answer), answer.text).toBe('Success')
  return (answer.body.Response as { Result: ApiKey }).Result
}
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** A raw TCP connection, with what it received and when it closed (ms after it was opened). */
interface RawConnection {
  readonly socket: net.Socket
  readonly received: () => string
  readonly closed: Promise<number>
}

function connect(endpoint: string): Promise<RawConnection> {
  const [host, port] = endpoint.split(':') as [string, string]
  const socket = net.connect(Number(port), host)
  const opened = performance.now()
  let received = ''
  socket.on('data', (chunk: Buffer) => (received += chunk.toString('latin1')))
  socket.on('error', () => {})
  const closed = new Promise<number>((resolve) => socket.on('close', () => resolve(performance.now() - opened)))
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve({ socket, received: () => received, closed }))
    socket.once('error', reject)
  })
}

/** The request as HTTP/1.1 text, with Host and Content-Length (kept alive). */
function serialize(endpoint: string, request: RawRequest): Buffer {
  const body = Buffer.from(request.body ?? '')
  const head = [`${request.method ?? 'POST'} ${request.path ?? '/'} HTTP/1.1`, `Host: ${endpoint}`, `Content-Length: ${body.length}`]
  for (const [name, value] of Object.entries(request.headers ?? {})) head.push(`${name}: ${value}`)
  return Buffer.concat([Buffer.from(`${head.join('\r\n')}\r\n\r\n`), body])
}

/** Waits until the connection has received `count` complete HTTP responses (or closed); answers their bodies. */
async function responses(connection: RawConnection, count: number, timeoutMs = 5000): Promise<string[]> {
  const deadline = performance.now() + timeoutMs
  for (;;) {
    const bodies = [...connection.received().matchAll(/HTTP\/1\.1 200 [^\r]*\r\n[\s\S]*?content-length: (\d+)\r\n[\s\S]*?\r\n\r\n/gi)].map((match) =>
      connection.received().slice(match.index + match[0].length, match.index + match[0].length + Number(match[1])),
    )
    if (bodies.length >= count || connection.socket.destroyed || performance.now() > deadline) return bodies
    await sleep(10)
  }
}

const signedCreate = (endpoint: string, name: string) => serialize(endpoint, tc3Post(endpoint, JSON.stringify({ SecretName: name }), signed))

describe('slow clients (emulator-slow-clients)', () => {
  it('a body that stalls is closed after the idle timeout, while another client is answered', async () => {
    // The request timeout is far away, so only the idle timeout can close the stalled connection in time.
    await withEmulator({ idleTimeoutMs: 500, requestTimeoutMs: 20_000 }, async (emulator) => {
      const stalled = await connect(emulator.endpoint)
      stalled.socket.write(`POST / HTTP/1.1\r\nHost: ${emulator.endpoint}\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"SecretName":`)
      resultOf(await create(emulator.endpoint, { SecretName: 'while one stalls' }))
      expect(stalled.socket.destroyed).toBe(false)
      const closedAfter = await Promise.race([stalled.closed, sleep(8000).then(() => Infinity)])
      expect(closedAfter).toBeGreaterThanOrEqual(400)
      expect(closedAfter).toBeLessThan(5000)
      expect(emulator.keyCount()).toBe(1)
    })
  })

  it('a client trickling one byte at a time is closed after the request timeout, while another client is answered', async () => {
    // Each byte comes well within the idle timeout: only the request timeout can end this.
    const lines: string[] = []
    await withEmulator({ idleTimeoutMs: 5000, requestTimeoutMs: 1200, log: { write: (line: string) => lines.push(line) } }, async (emulator) => {
      const trickler = await connect(emulator.endpoint)
      trickler.socket.write(`POST / HTTP/1.1\r\nHost: ${emulator.endpoint}\r\nContent-Type: application/json\r\nContent-Length: 10000\r\n\r\n`)
      const timer = setInterval(() => trickler.socket.destroyed || trickler.socket.write(' '), 200)
      try {
        resultOf(await create(emulator.endpoint, { SecretName: 'while one trickles' }))
        const closedAfter = await Promise.race([trickler.closed, sleep(10_000).then(() => Infinity)])
        expect(closedAfter).toBeGreaterThanOrEqual(1000)
        expect(closedAfter).toBeLessThan(6000)
        // Node answers the timed-out request with 408 before closing.
        expect(trickler.received()).toMatch(/^HTTP\/1\.1 408/)
      } finally {
        clearInterval(timer)
      }
    })
    // The log says what each client got: the create, and the 408 (not an envelope the client never received).
    const outcomes = lines.map((line) => JSON.parse(line) as { msg: string; outcome?: string }).filter((entry) => entry.outcome !== undefined)
    expect(outcomes.map((entry) => [entry.msg, entry.outcome])).toEqual([['CreateApiKey', 'Success'], ['unrouted', 'HTTP 408 Request Timeout']])
  })

  it('a head trickled one byte at a time is closed after the request timeout too', async () => {
    await withEmulator({ idleTimeoutMs: 5000, requestTimeoutMs: 1200 }, async (emulator) => {
      const trickler = await connect(emulator.endpoint)
      const head = `POST / HTTP/1.1\r\nHost: ${emulator.endpoint}\r\nX-Padding: ${'a'.repeat(200)}`
      let sent = 0
      const timer = setInterval(() => trickler.socket.destroyed || trickler.socket.write(head[sent++ % head.length]!), 100)
      try {
        const closedAfter = await Promise.race([trickler.closed, sleep(10_000).then(() => Infinity)])
        expect(closedAfter).toBeLessThan(6000)
      } finally {
        clearInterval(timer)
      }
    })
  })

  it('close() cuts a client that trickles, stalls or idles at once, instead of waiting for its timeouts', async () => {
    // Every timeout far away: only the close can end these connections in time.
    // lockWaitMs far away too: the close's last-resort deadline (lockWaitMs + 1 s) must not be what ends them.
    const emulator = await createEmulator({ credentials: [credential], rateLimitPerSecond: 0, idleTimeoutMs: 60_000, requestTimeoutMs: 60_000, lockWaitMs: 30_000 })
    const trickler = await connect(emulator.endpoint)
    trickler.socket.write(`POST / HTTP/1.1\r\nHost: ${emulator.endpoint}\r\nContent-Type: application/json\r\nContent-Length: 10000\r\n\r\n`)
    const timer = setInterval(() => trickler.socket.destroyed || trickler.socket.write(' '), 100)
    const stalled = await connect(emulator.endpoint)
    stalled.socket.write(`POST / HTTP/1.1\r\nHost: ${emulator.endpoint}\r\n`)
    const silent = await connect(emulator.endpoint)
    try {
      await sleep(300)
      const started = performance.now()
      await Promise.race([emulator.close(), sleep(20_000)])
      expect(performance.now() - started).toBeLessThan(5000)
      for (const connection of [trickler, stalled, silent]) expect(await Promise.race([connection.closed, sleep(1000).then(() => Infinity)])).toBeLessThan(Infinity)
    } finally {
      clearInterval(timer)
      await emulator.close()
    }
  }, 30_000)

  it('kept-alive connections stay usable between requests, beyond the idle timeout and within the keep-alive timeout', async () => {
    await withEmulator({ idleTimeoutMs: 300, keepAliveTimeoutMs: 3000 }, async (emulator) => {
      const client = await connect(emulator.endpoint)
      client.socket.write(signedCreate(emulator.endpoint, 'first'))
      expect(await responses(client, 1)).toHaveLength(1)
      await sleep(900)
      expect(client.socket.destroyed).toBe(false)
      client.socket.write(signedCreate(emulator.endpoint, 'second'))
      const bodies = await responses(client, 2)
      expect(bodies.map((body) => codeOf({ body: JSON.parse(body) } as WireAnswer))).toEqual(['Success', 'Success'])
      // Idle beyond the keep-alive timeout: closed.
      const closedAfter = await Promise.race([client.closed, sleep(8000).then(() => Infinity)])
      expect(closedAfter).toBeLessThan(7000)
    })
  })

  it('beyond the connection cap new connections are closed at once; the open ones keep working, and a freed place is reused', async () => {
    await withEmulator({ maxConnections: 3 }, async (emulator) => {
      const open = [await connect(emulator.endpoint), await connect(emulator.endpoint), await connect(emulator.endpoint)]
      await sleep(100)
      const refused = await connect(emulator.endpoint)
      const refusedAfter = await Promise.race([refused.closed, sleep(3000).then(() => Infinity)])
      expect(refusedAfter).toBeLessThan(3000)
      expect(refused.received()).toBe('')
      for (const [index, connection] of open.entries()) connection.socket.write(signedCreate(emulator.endpoint, `open ${index}`))
      for (const connection of open) expect(await responses(connection, 1)).toHaveLength(1)
      expect(emulator.keyCount()).toBe(3)
      open[0]!.socket.destroy()
      await open[0]!.closed
      await sleep(100)
      resultOf(await create(emulator.endpoint, { SecretName: 'in the freed place' }))
      for (const connection of open) connection.socket.destroy()
    })
  })

  it('the limits have documented defaults and refuse values that would lift them', () => {
    const resolved = resolveOptions()
    expect(defaultTransportLimits).toEqual({ requestTimeoutMs: 30_000, idleTimeoutMs: 10_000, keepAliveTimeoutMs: 5_000, maxConnections: 256, lockWaitMs: 5_000 })
    for (const name of ['requestTimeoutMs', 'idleTimeoutMs', 'keepAliveTimeoutMs', 'maxConnections', 'lockWaitMs'] as const) {
      expect(resolved[name]).toBe(defaultTransportLimits[name])
      expect(resolveOptions({ [name]: 7 })[name]).toBe(7)
      expect(resolveOptions({ [name]: 2 ** 31 - 1 })[name]).toBe(2 ** 31 - 1)
      for (const bad of [-1, 1.5, 2 ** 31, Number.NaN, Infinity]) expect(() => resolveOptions({ [name]: bad }), `${name} ${bad}`).toThrow(RangeError)
    }
    for (const name of ['requestTimeoutMs', 'idleTimeoutMs', 'keepAliveTimeoutMs', 'maxConnections'] as const) {
      expect(() => resolveOptions({ [name]: 0 })).toThrow(`${name} must be an integer from 1 to ${2 ** 31 - 1}.`)
    }
    expect(resolveOptions({ lockWaitMs: 0 }).lockWaitMs).toBe(0)
    // With a data file a write may wait for another process's lock: the idle timeout must outlast that wait.
    expect(() => resolveOptions({ dataFile: 'x.sqlite', idleTimeoutMs: 5000, lockWaitMs: 5000 })).toThrow(`idleTimeoutMs (5000) must be at least lockWaitMs (5000) + ${lockWaitMarginMs} with a dataFile`)
    expect(() => resolveOptions({ dataFile: 'x.sqlite', idleTimeoutMs: 5000 + lockWaitMarginMs - 1, lockWaitMs: 5000 })).toThrow(RangeError)
    expect(() => resolveOptions({ dataFile: 'x.sqlite', lockWaitMs: 10_000 })).toThrow(RangeError)
    expect(resolveOptions({ dataFile: 'x.sqlite', idleTimeoutMs: 5000 + lockWaitMarginMs, lockWaitMs: 5000 }).idleTimeoutMs).toBe(5000 + lockWaitMarginMs)
    expect(resolveOptions({ idleTimeoutMs: 100, lockWaitMs: 5000 }).idleTimeoutMs).toBe(100)
  })

  it('the README states the defaults as they are', () => {
    const readme = readFileSync(join(import.meta.dirname, '..', 'README.md'), 'utf8')
    for (const [name, value] of Object.entries(defaultTransportLimits)) {
      const row = readme.split('\n').find((line) => line.startsWith(`| \`${name}\``))
      expect(row, name).toBeDefined()
      expect(row!.split('|')[2]!.trim().split(' ')[0]).toBe(String(value))
    }
  })

  it('the CLI flags set them, under the option names', () => {
    const serveLimits = (argv: string[]) => {
      const command = parseCliArgs(argv)
      if (command.command !== 'serve') throw new Error(`not serve: ${argv.join(' ')}`)
      return command.limits
    }
    const command = parseCliArgs(['serve', '--request-timeout', '5', '--idle-timeout=6', '--keep-alive-timeout', '7', '--max-connections', '8', '--lock-wait', '0'])
    expect(command.command === 'serve' && command.limits).toEqual({ requestTimeoutMs: 5, idleTimeoutMs: 6, keepAliveTimeoutMs: 7, maxConnections: 8, lockWaitMs: 0 })
    expect(serveLimits(['serve'])).toEqual({})
    expect(serveLimits(['serve', '--lock-wait', String(2 ** 31 - 1)])).toEqual({ lockWaitMs: 2 ** 31 - 1 })
    for (const flag of ['--request-timeout', '--idle-timeout', '--keep-alive-timeout', '--max-connections']) {
      expect(() => parseCliArgs(['serve', flag, '0'])).toThrow(`${flag} needs an integer from 1 to ${2 ** 31 - 1}.`)
    }
    expect(() => parseCliArgs(['serve', '--lock-wait', String(2 ** 31)])).toThrow(CliUsageError)
    for (const name of ['--request-timeout', '--lock-wait']) expect(usage).toContain(name)
  })

  it('the CLI is parseArgs over the table of subcommands: every option in the usage, both spellings alike, parseArgs\'s mistakes named', () => {
    for (const [name, option] of Object.entries(subcommands.serve.options)) {
      expect(usage).toContain(`--${name} ${option.value}`)
      const value = name === 'signed-host' ? 'proxy.test:1' : name === 'host' || name === 'data' ? 'x' : '7'
      expect(parseCliArgs(['serve', `--${name}=${value}`]), name).toStrictEqual(parseCliArgs(['serve', `--${name}`, value]))
      if (option.multiple !== true) expect(() => parseCliArgs(['serve', `--${name}`, value, `--${name}=${value}`])).toThrow(`--${name} is given more than once.`)
    }
    expect(parseCliArgs(['serve', '--port', '1', '-h', '--bogus'])).toEqual({ command: 'help', subcommand: 'serve' })
    expect(() => parseCliArgs(['serve', 'extra'])).toThrow(new CliUsageError('Unexpected argument "extra": this command takes options only.'))
    expect(() => parseCliArgs(['serve', '--verbose=1'])).toThrow(new CliUsageError('Unknown option "--verbose".'))
    expect(() => parseCliArgs(['serve', '-x'])).toThrow(new CliUsageError('Unknown option "-x".'))
    expect(() => parseCliArgs(['serve', '--data', '--port', '1'])).toThrow(new CliUsageError('--data needs a value (one starting with "-" is written --data=VALUE).'))
    expect(() => parseCliArgs(['serve', '--data='])).toThrow(new CliUsageError('--data needs a value.'))
    expect(parseCliArgs(['serve', '--data=--odd'])).toMatchObject({ dataFile: '--odd' })
  })

  it('a request timeout beyond Node\'s default (300 s) is accepted', async () => {
    await withEmulator({ requestTimeoutMs: 400_000 }, async (emulator) => {
      resultOf(await create(emulator.endpoint, { SecretName: 'long timeout' }))
    })
  })
})

describe('exposure beyond loopback (emulator-exposure)', () => {
  it('loopback is 127.0.0.0/8, ::1, ::ffff:127.0.0.0/104 and localhost; nothing else', () => {
    for (const host of ['127.0.0.1', '127.255.0.9', '::1', '[::1]', '::ffff:127.0.0.1', 'localhost', 'LOCALHOST']) expect(isLoopbackHost(host), host).toBe(true)
    for (const host of ['0.0.0.0', '::', '10.0.0.1', '128.0.0.1', '::2', '::ffff:10.0.0.1', 'example.com', 'localhost.example.com', '[::1x', 'x::1]', '']) expect(isLoopbackHost(host), host).toBe(false)
  })

  it('a wildcard address is listed as loopback and the machine\'s own addresses, never as itself', () => {
    const interfaces = {
      lo: [{ address: '127.0.0.1', family: 'IPv4', internal: true }, { address: '::1', family: 'IPv6', internal: true }],
      eth0: [
        { address: '192.168.1.20', family: 'IPv4', internal: false },
        { address: 'fe80::1', family: 'IPv6', internal: false },
        { address: '2001:db8::20', family: 'IPv6', internal: false },
      ],
      eth1: [{ address: '10.1.2.3', family: 'IPv4', internal: false }, { address: 'FE80::2', family: 'IPv6', internal: false }],
      // The same address on a second interface is listed once.
      bridge: [{ address: '10.1.2.3', family: 'IPv4', internal: false }],
      gone: undefined,
    } as unknown as Parameters<typeof usableEndpoints>[2]
    expect(usableEndpoints('0.0.0.0', 9777, interfaces)).toEqual(['127.0.0.1:9777', '192.168.1.20:9777', '10.1.2.3:9777'])
    expect(usableEndpoints('::', 9777, interfaces)).toEqual(['127.0.0.1:9777', '[::1]:9777', '192.168.1.20:9777', '[2001:db8::20]:9777', '10.1.2.3:9777'])
    expect(usableEndpoints('10.1.2.3', 80, interfaces)).toEqual(['10.1.2.3:80'])
    expect(usableEndpoints('::1', 80, interfaces)).toEqual(['[::1]:80'])
  })

  it('refuses the public default credential beyond loopback, given or implied; serves configured credentials there, with usable endpoints', async () => {
    for (const options of [{ host: '0.0.0.0' }, { host: '0.0.0.0', credentials: [credential, defaultCredential] }]) {
      await expect(createEmulator(options)).rejects.toThrow(/Refusing to listen on 0\.0\.0\.0 with the public default credential/)
    }
    await withEmulator({ host: '0.0.0.0' }, async (emulator) => {
      expect(emulator.beyondLoopback).toBe(true)
      expect(emulator.endpoint).toBe(`127.0.0.1:${emulator.port}`)
      expect(emulator.url).toBe(`http://127.0.0.1:${emulator.port}`)
      expect(emulator.endpoints.join(' ')).not.toContain('0.0.0.0')
      resultOf(await create(emulator.endpoint, { SecretName: 'via loopback' }))
    })
    // The default SecretId with a private SecretKey is not the public credential.
    const privateKey = await createEmulator({ host: '0.0.0.0', credentials: [{ secretId: defaultCredential.secretId, secretKey: 'notThePublicSecretKey0001' }] })
    await privateKey.close()
    const local = await createEmulator()
    try {
      expect(local.beyondLoopback).toBe(false)
      expect(local.endpoints).toEqual([`127.0.0.1:${local.port}`])
    } finally {
      await local.close()
    }
  })
})

/** A TC3-signed GET whose query string is `query`, byte for byte. */
function tc3Get(endpoint: string, query: string): RawRequest {
  const timestamp = Math.floor(Date.now() / 1000)
  const contentType = 'application/x-www-form-urlencoded'
  const authorization = Sign.sign3({ method: 'GET', url: `http://${endpoint}/?${query}`, payload: '', timestamp, service: 'apigateway', ...credential, headers: { 'Content-Type': contentType } })
  return {
    method: 'GET',
    path: `/?${query}`,
    headers: { 'Content-Type': contentType, 'X-TC-Timestamp': String(timestamp), Authorization: authorization, 'X-TC-Action': 'CreateApiKey', 'X-TC-Version': '2018-08-08' },
  }
}

/** A v1 request whose SecretName is sent as the percent-escaped bytes `escaped` (signed over what they decode to). */
function v1WithEscapedName(endpoint: string, escaped: string, method: 'GET' | 'POST'): RawRequest {
  const decoded = new URLSearchParams(`n=${escaped}`).get('n')!
  const request = v1Request(endpoint, { SecretName: decoded }, { ...credential, method })
  const encoded = (method === 'GET' ? request.path!.slice(2) : String(request.body)).replace(/SecretName=[^&]*/, `SecretName=${escaped}`)
  return method === 'GET' ? { ...request, path: `/?${encoded}` } : { ...request, body: encoded }
}

describe('invalid UTF-8 (emulator-utf8)', () => {
  // A stray byte, an overlong '/', an encoded surrogate, a truncated sequence, a code point above U+10FFFF.
  const invalid = [[0xff], [0xc0, 0xaf], [0xed, 0xa0, 0x80], [0xe2, 0x82], [0xf4, 0x90, 0x80, 0x80]]
  const escape = (bytes: number[]) => bytes.map((byte) => `%${byte.toString(16).toUpperCase().padStart(2, '0')}`).join('')

  it('a JSON body with raw bytes that are not UTF-8 is refused with UnpackError, and nothing is stored', async () => {
    await withEmulator({}, async (emulator) => {
      for (const bytes of invalid) {
        const body = Buffer.concat([Buffer.from('{"SecretName":"a'), Buffer.from(bytes), Buffer.from('"}')])
        const answer = await create(emulator.endpoint, body)
        expect(codeOf(answer), escape(bytes)).toBe('UnsupportedOperation.UnpackError')
        expect(answer.text).toContain('The JSON body is not valid UTF-8')
      }
      expect(emulator.keyCount()).toBe(0)
      // A replacement character the client did send, and other non-ASCII text, are kept exactly.
      for (const name of ['a\uFFFD', 'é€😀']) expect(resultOf(await create(emulator.endpoint, Buffer.from(`{"SecretName":"${name}"}`))).SecretName).toBe(name)
      // The check is on the bytes: a wrong signature over an invalid body is still a signature failure.
      const badSignature = tc3Post(emulator.endpoint, Buffer.from([0x7b, 0xff, 0x7d]), { ...signed, secretKey: 'wrong' })
      expect(codeOf(await send(emulator.endpoint, badSignature))).toBe('AuthFailure.SignatureFailure')
    })
  })

  it('a POST body declared in a charset other than UTF-8, or compressed, is refused, not misread; UTF-8 in any spelling is read', async () => {
    await withEmulator({}, async (emulator) => {
      for (const charset of ['latin1', 'ISO-8859-1', '"utf-16"']) {
        const answer = await send(emulator.endpoint, tc3Post(emulator.endpoint, '{"SecretName":"caf\u00e9"}', { ...signed, contentType: `application/json; charset=${charset}` }))
        expect(codeOf(answer), charset).toBe('UnsupportedOperation.UnpackError')
        expect(answer.text).toContain('A POST body must be UTF-8')
        const form = v1Request(emulator.endpoint, { SecretName: 'x' }, { ...credential, method: 'POST' })
        const formAnswer = await send(emulator.endpoint, { ...form, headers: { 'Content-Type': `application/x-www-form-urlencoded; charset=${charset}` } })
        expect(codeOf(formAnswer), charset).toBe('UnsupportedOperation.UnpackError')
      }
      // A body declared compressed is refused too, whatever it holds.
      for (const coding of ['gzip', 'br, gzip']) {
        const request = tc3Post(emulator.endpoint, '{"SecretName":"x"}', { ...signed, extraHeaders: { 'Content-Encoding': coding } })
        const answer = await send(emulator.endpoint, request)
        expect(codeOf(answer), coding).toBe('UnsupportedOperation.UnpackError')
        expect(answer.text).toContain('send the body uncompressed')
      }
      expect(emulator.keyCount()).toBe(0)
      expect(resultOf(await send(emulator.endpoint, tc3Post(emulator.endpoint, '{"SecretName":"identity"}', { ...signed, extraHeaders: { 'Content-Encoding': 'identity' } }))).SecretName).toBe('identity')
      for (const charset of ['utf-8', 'UTF-8', 'utf8', '"UTF-8"']) {
        expect(resultOf(await send(emulator.endpoint, tc3Post(emulator.endpoint, '{"SecretName":"caf\u00e9"}', { ...signed, contentType: `application/json; charset=${charset}` }))).SecretName).toBe('caf\u00e9')
      }
    })
  })

  it('a form body with raw bytes that are not UTF-8 is refused before its v1 signature is checked, and nothing is stored', async () => {
    await withEmulator({}, async (emulator) => {
      for (const bytes of invalid) {
        const request = v1Request(emulator.endpoint, { SecretName: 'x' }, { ...credential, method: 'POST' })
        const body = Buffer.concat([Buffer.from(String(request.body).replace('SecretName=x', 'SecretName=a')), Buffer.from(bytes)])
        const answer = await send(emulator.endpoint, { ...request, body })
        expect(codeOf(answer), escape(bytes)).toBe('UnsupportedOperation.UnpackError')
        expect(answer.text).toContain('The form body is not valid UTF-8')
      }
      expect(emulator.keyCount()).toBe(0)
    })
  })

  it("a TC3 GET's query holds the action's parameters only: v1's common names there are unknown parameters, as in a JSON body", async () => {
    await withEmulator({}, async (emulator) => {
      for (const extra of ['Language=xx', 'Region=', 'Nonce=007', 'Action=DeleteApiKey', 'Version=1999-01-01', 'Signature=', 'SecretId=AKIDnobody', 'Timestamp=1', 'SignatureMethod=HmacSHA1', 'Token=t', 'RequestClient=c']) {
        const name = extra.split('=')[0]!
        const answer = await send(emulator.endpoint, tc3Get(emulator.endpoint, `SecretName=g2&${extra}`))
        expect(codeOf(answer), extra).toBe('UnknownParameter')
        expect(answer.text, extra).toContain(`Unknown parameter \\"${name}\\"`)
      }
      expect(emulator.keyCount()).toBe(0)
      // Without them, the same query creates the key.
      expect(resultOf(await send(emulator.endpoint, tc3Get(emulator.endpoint, 'SecretName=g2'))).SecretName).toBe('g2')
    })
  })

  it('percent-escapes that decode to bytes that are not UTF-8 are refused in the query (v1 and TC3 GET) and in a form body', async () => {
    await withEmulator({}, async (emulator) => {
      for (const name of invalid.flatMap((bytes) => [`a${escape(bytes)}`, `a${escape(bytes).toLowerCase()}`])) {
        for (const [form, request, what] of [
          ['v1 GET', v1WithEscapedName(emulator.endpoint, name, 'GET'), 'The query string'],
          ['v1 POST', v1WithEscapedName(emulator.endpoint, name, 'POST'), 'The form body'],
          ['TC3 GET', tc3Get(emulator.endpoint, `SecretName=${name}`), 'The query string'],
        ] as const) {
          const answer = await send(emulator.endpoint, request)
          expect(codeOf(answer), `${form} ${name}`).toBe('UnsupportedOperation.UnpackError')
          expect(answer.text).toContain(`${what} is not valid UTF-8`)
        }
      }
      expect(emulator.keyCount()).toBe(0)
      // Valid escapes, a sent U+FFFD among them, decode to exactly what was sent, in each form.
      for (const [escaped, name] of [
        ['a%EF%BF%BD', 'a\uFFFD'],
        ['%C3%A9%E2%82%AC%F0%9F%98%80', 'é€😀'],
        ['a+b%2Bc', 'a b+c'],
        ['100%25', '100%'],
      ] as const) {
        expect(resultOf(await send(emulator.endpoint, v1WithEscapedName(emulator.endpoint, escaped, 'GET'))).SecretName).toBe(name)
        expect(resultOf(await send(emulator.endpoint, v1WithEscapedName(emulator.endpoint, escaped, 'POST'))).SecretName).toBe(name)
        expect(resultOf(await send(emulator.endpoint, tc3Get(emulator.endpoint, `SecretName=${escaped}`))).SecretName).toBe(name)
      }
      // A form body sent as raw UTF-8 (not escaped) is read as such.
      const raw = v1Request(emulator.endpoint, { SecretName: 'é' }, { ...credential, method: 'POST' })
      const rawBody = String(raw.body).replace('SecretName=%C3%A9', 'SecretName=é')
      expect(rawBody).toContain('SecretName=é')
      expect(resultOf(await send(emulator.endpoint, { ...raw, body: Buffer.from(rawBody, 'utf8') })).SecretName).toBe('é')
    })
  })
})

describe('a data file locked by another connection (emulator-locked-database)', () => {
  it('the server answers what needs no lock at once, and a pending create succeeds once the lock is released', async () => {
    const dataFile = join(workDir, 'locked.sqlite')
    const lockHeldMs = 2500
    await withEmulator({ dataFile, lockWaitMs: 10_000, idleTimeoutMs: 20_000 }, async (emulator) => {
      resultOf(await create(emulator.endpoint, { SecretName: 'before' }))
      const other = new Database(dataFile)
      try {
        other.exec('BEGIN IMMEDIATE')
        const started = performance.now()
        const pending = create(emulator.endpoint, { SecretName: 'waits for the lock' }).then((answer) => ({ answer, after: performance.now() - started }))
        setTimeout(() => other.exec('ROLLBACK'), lockHeldMs)
        await sleep(200)
        // Unsigned, and signed but refused before the store: answered while the lock is still held.
        const unsignedStart = performance.now()
        expect(codeOf(await send(emulator.endpoint, { method: 'GET', path: '/' }))).toBe('MissingParameter')
        const badSignature = await send(emulator.endpoint, tc3Post(emulator.endpoint, '{"SecretName":"x"}', { ...signed, secretKey: 'wrong' }))
        expect(codeOf(badSignature)).toBe('AuthFailure.SignatureFailure')
        const answeredIn = performance.now() - unsignedStart
        expect(answeredIn).toBeLessThan(lockHeldMs / 2)
        expect(emulator.keyCount()).toBe(1)
        const { answer, after } = await pending
        expect(resultOf(answer).SecretName).toBe('waits for the lock')
        expect(after).toBeGreaterThanOrEqual(lockHeldMs - 100)
        expect(emulator.keyCount()).toBe(2)
      } finally {
        other.close()
      }
    })
  }, 20_000)

  /** An emulator on `dataFile` whose clock tells when a request has reached the pipeline (it reads the clock then). */
  async function signalling(dataFile: string) {
    let reached: () => void = () => {}
    const emulator = await createEmulator({ credentials: [credential], rateLimitPerSecond: 0, dataFile, lockWaitMs: 10_000, idleTimeoutMs: 20_000, now: () => (reached(), Date.now()) })
    const nextReached = () => new Promise<void>((resolve) => (reached = resolve))
    return { emulator, nextReached }
  }
  const storedIn = async (dataFile: string) => {
    const reopened = await createEmulator({ credentials: [credential], rateLimitPerSecond: 0, dataFile })
    try {
      return reopened.keyCount()
    } finally {
      await reopened.close()
    }
  }
  /** The answers received on a raw connection: each one's head and body. */
  const answersOn = (connection: RawConnection) =>
    [...connection.received().matchAll(/HTTP\/1\.1 200 [^\r]*\r\n([\s\S]*?)\r\n\r\n/g)].map((match) => {
      const length = Number(/content-length: (\d+)/i.exec(match[1]!)![1])
      const start = match.index + match[0].length
      return { head: match[1]!.toLowerCase(), body: JSON.parse(connection.received().slice(start, start + length)) as { Response: { Error?: { Code: string }; Result?: ApiKey } } }
    })

  it('close() answers a create that waits for the lock, stores it, and then closes', async () => {
    const dataFile = join(workDir, 'locked-close.sqlite')
    const { emulator, nextReached } = await signalling(dataFile)
    const other = new Database(dataFile)
    try {
      other.exec('BEGIN IMMEDIATE')
      const reached = nextReached()
      const pending = create(emulator.endpoint, { SecretName: 'answered while closing' })
      await reached
      const closed = emulator.close()
      await sleep(300)
      other.exec('ROLLBACK')
      const answer = await pending
      expect(resultOf(answer).SecretName).toBe('answered while closing')
      expect(answer.headers.connection).toBe('close')
      await closed
    } finally {
      other.close()
      await emulator.close()
    }
    expect(await storedIn(dataFile)).toBe(1)
  }, 30_000)

  it('close() with requests pipelined on one connection: every request that ran is answered, in order, the last with Connection: close; one sent after the close began is refused without running', async () => {
    const dataFile = join(workDir, 'pipelined-close.sqlite')
    const { emulator, nextReached } = await signalling(dataFile)
    const other = new Database(dataFile)
    const connection = await connect(emulator.endpoint)
    try {
      other.exec('BEGIN IMMEDIATE')
      const reached = nextReached()
      // A request answered at once, then a create that waits for the lock, on one connection.
      connection.socket.write(Buffer.concat([Buffer.from(`GET / HTTP/1.1\r\nHost: ${emulator.endpoint}\r\n\r\n`), signedCreate(emulator.endpoint, 'pipelined')]))
      await reached
      const closed = emulator.close()
      // Sent after the close began: refused, never run.
      connection.socket.write(signedCreate(emulator.endpoint, 'after the close'))
      await sleep(300)
      other.exec('ROLLBACK')
      await closed
      await Promise.race([connection.closed, sleep(5000)])
      const answers = answersOn(connection)
      expect(answers.map((answer) => answer.body.Response.Error?.Code ?? answer.body.Response.Result?.SecretName)).toEqual(['MissingParameter', 'pipelined', 'InternalError'])
      expect(answers.map((answer) => answer.head.includes('connection: close'))).toEqual([false, false, true])
    } finally {
      connection.socket.destroy()
      other.close()
      await emulator.close()
    }
    expect(await storedIn(dataFile)).toBe(1)
  }, 30_000)

  it('behind a request in its handler: one still arriving is cut by close() at once, and a framing error in its body closes the connection after the answer', async () => {
    for (const [label, behind] of [
      ['a body still arriving', (endpoint: string) => `POST / HTTP/1.1\r\nHost: ${endpoint}\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"Secret`],
      ['a chunk size that is not hex', (endpoint: string) => `POST / HTTP/1.1\r\nHost: ${endpoint}\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n`],
    ] as const) {
      const dataFile = join(workDir, `behind-${label.length}.sqlite`)
      const { emulator, nextReached } = await signalling(dataFile)
      const other = new Database(dataFile)
      const connection = await connect(emulator.endpoint)
      try {
        other.exec('BEGIN IMMEDIATE')
        const reached = nextReached()
        connection.socket.write(Buffer.concat([signedCreate(emulator.endpoint, label), Buffer.from(behind(emulator.endpoint))]))
        await reached
        const started = performance.now()
        const closed = label === 'a body still arriving' ? emulator.close() : undefined
        await sleep(300)
        other.exec('ROLLBACK')
        await closed
        // Far below the close's last-resort deadline (lockWaitMs + 1 s = 11 s).
        expect(await Promise.race([connection.closed, sleep(8000).then(() => Infinity)]), label).toBeLessThan(Infinity)
        expect(performance.now() - started, label).toBeLessThan(5000)
        const answers = answersOn(connection)
        expect(answers.map((answer) => answer.body.Response.Result?.SecretName ?? answer.body.Response.Error?.Code), label).toEqual([label])
        expect(answers[0]!.head, label).toContain('connection: close')
      } finally {
        connection.socket.destroy()
        other.close()
        await emulator.close()
      }
      expect(await storedIn(dataFile), label).toBe(1)
    }
  }, 60_000)

  it('a client that ends its side after a request still gets the answer; a request behind a body of an unsupported type is not run', async () => {
    const dataFile = join(workDir, 'half-closed.sqlite')
    const { emulator, nextReached } = await signalling(dataFile)
    const other = new Database(dataFile)
    try {
      other.exec('BEGIN IMMEDIATE')
      const halfClosed = await connect(emulator.endpoint)
      const reached = nextReached()
      halfClosed.socket.write(signedCreate(emulator.endpoint, 'then the client ended'))
      await reached
      halfClosed.socket.end()
      await sleep(300)
      other.exec('ROLLBACK')
      await Promise.race([halfClosed.closed, sleep(8000)])
      expect(answersOn(halfClosed).map((answer) => answer.body.Response.Result?.SecretName)).toEqual(['then the client ended'])
      // The unread body's answer closes the connection; the create behind it never runs.
      const unsupported = await connect(emulator.endpoint)
      unsupported.socket.write(Buffer.concat([Buffer.from(`POST / HTTP/1.1\r\nHost: ${emulator.endpoint}\r\nContent-Type: text/plain\r\nContent-Length: 5\r\n\r\nhello`), signedCreate(emulator.endpoint, 'behind plain text')]))
      await Promise.race([unsupported.closed, sleep(8000)])
      const answers = answersOn(unsupported)
      expect(answers.map((answer) => answer.body.Response.Error?.Code ?? answer.body.Response.Result?.SecretName)).toEqual(['UnsupportedOperation.UnpackError'])
      expect(answers[0]!.head).toContain('connection: close')
      await sleep(300)
      expect(emulator.keyCount()).toBe(1)
    } finally {
      other.close()
      await emulator.close()
    }
  }, 30_000)

  it('bytes that break HTTP after a complete request: that request is answered first, then the connection closes', async () => {
    const dataFile = join(workDir, 'garbage-after.sqlite')
    const { emulator } = await signalling(dataFile)
    const connection = await connect(emulator.endpoint)
    try {
      connection.socket.write(Buffer.concat([signedCreate(emulator.endpoint, 'before the garbage'), Buffer.from('get / HTTP/1.1\r\n\r\n')]))
      await Promise.race([connection.closed, sleep(5000)])
      const answers = answersOn(connection)
      expect(answers.map((answer) => answer.body.Response.Result?.SecretName ?? answer.body.Response.Error?.Code)).toEqual(['before the garbage'])
      expect(answers[0]!.head).toContain('connection: close')
      expect(connection.socket.destroyed || connection.socket.readableEnded).toBe(true)
    } finally {
      connection.socket.destroy()
      await emulator.close()
    }
    expect(await storedIn(dataFile)).toBe(1)
  }, 30_000)

  it('a create blocked beyond lockWaitMs answers InternalError and writes nothing; the event loop was never blocked', async () => {
    const dataFile = join(workDir, 'locked-long.sqlite')
    const lockWaitMs = 800
    await withEmulator({ dataFile, lockWaitMs }, async (emulator) => {
      const other = new Database(dataFile)
      try {
        other.exec('BEGIN IMMEDIATE')
        // The longest gap between ticks of a 10 ms timer while the create waits: SQLite waiting inside the call
        // (a busy timeout) would show as one gap as long as the wait.
        let last = performance.now()
        let longestGap = 0
        const ticker = setInterval(() => {
          const now = performance.now()
          longestGap = Math.max(longestGap, now - last)
          last = now
        }, 10)
        const started = performance.now()
        const answer = await create(emulator.endpoint, { SecretName: 'never written' })
        const after = performance.now() - started
        clearInterval(ticker)
        expect(codeOf(answer)).toBe('InternalError')
        expect(after).toBeGreaterThanOrEqual(lockWaitMs - 50)
        expect(after).toBeLessThan(lockWaitMs + 3000)
        expect(longestGap).toBeLessThan(lockWaitMs / 2)
        other.exec('ROLLBACK')
        expect(emulator.keyCount()).toBe(0)
        resultOf(await create(emulator.endpoint, { SecretName: 'after the lock' }))
      } finally {
        other.close()
      }
    })
  }, 20_000)
})

describe('repeated headers (emulator-transport-errors)', () => {
  it('a header sent twice is joined into one list, which fails that header\'s own check; nothing is stored', async () => {
    await withEmulator({}, async (emulator) => {
      const request = tc3Post(emulator.endpoint, JSON.stringify({ SecretName: 'repeated' }), signed)
      const cases: [string, string][] = [
        [`Authorization: ${String(request.headers!.Authorization)}`, 'AuthFailure.InvalidAuthorization'],
        ['Content-Type: application/json', 'UnsupportedOperation.UnpackError'],
        [`Host: ${emulator.endpoint}`, 'UnsupportedOperation.UnpackError'],
        ['Host: elsewhere.example', 'UnsupportedOperation.UnpackError'],
        ['X-TC-Action: CreateApiKey', 'InvalidAction'],
      ]
      for (const [repeated, code] of cases) {
        const connection = await connect(emulator.endpoint)
        const bytes = serialize(emulator.endpoint, request)
        const split = bytes.indexOf('\r\n\r\n')
        connection.socket.write(Buffer.concat([bytes.subarray(0, split), Buffer.from(`\r\n${repeated}`), bytes.subarray(split)]))
        const [body] = await responses(connection, 1)
        connection.socket.destroy()
        expect((JSON.parse(body!) as { Response: { Error: { Code: string } } }).Response.Error.Code, repeated).toBe(code)
      }
      expect(emulator.keyCount()).toBe(0)
      // The same request once: created.
      resultOf(await send(emulator.endpoint, request))
    })
  })
})

describe('flattened names (v1-form-arrays)', () => {
  it('a name of thousands of array levels is an unknown parameter, in either v1 form; nothing is stored', async () => {
    await withEmulator({}, async (emulator) => {
      // About 12 KB: within the 32 KB a GET may carry.
      const name = `Tags.0.${'A.0.'.repeat(3000)}B`
      for (const method of ['GET', 'POST'] as const) {
        const answer = await send(emulator.endpoint, v1Request(emulator.endpoint, { SecretName: 'x', [name]: '1' }, { ...credential, method }))
        expect(codeOf(answer), method).toBe('UnknownParameter')
        expect(answer.text).toContain('Unknown parameter \\"Tags.0.A\\"')
      }
      expect(emulator.keyCount()).toBe(0)
    })
  })
})

describe('replay and tokens (emulator-replay)', () => {
  it('a v1 request is accepted once: the same signed request again is refused, in either form; a fresh Nonce is accepted', async () => {
    await withEmulator({}, async (emulator) => {
      for (const method of ['GET', 'POST'] as const) {
        const request = v1Request(emulator.endpoint, { SecretName: `replayed ${method}` }, { ...credential, method })
        resultOf(await send(emulator.endpoint, request))
        const replay = await send(emulator.endpoint, request)
        expect(codeOf(replay)).toBe('InvalidParameter')
        expect(replay.text).toContain('Invalid parameter Nonce')
        resultOf(await send(emulator.endpoint, v1Request(emulator.endpoint, { SecretName: `replayed ${method}` }, { ...credential, method })))
      }
      expect(emulator.keyCount()).toBe(4)
    })
  })

  it('a replay is remembered per SecretId and only once admitted; it expires with its Timestamp', async () => {
    let now = Date.now()
    const second = { secretId: 'AKIDhardening0002', secretKey: 'hardeningSecretKey00002' }
    await withEmulator({ credentials: [credential, second], now: () => now, rateLimitPerSecond: 1 }, async (emulator) => {
      const timestamp = Math.floor(now / 1000)
      const common = { Nonce: '4242' }
      const first = v1Request(emulator.endpoint, { SecretName: 'same nonce' }, { ...credential, timestamp, common })
      const other = v1Request(emulator.endpoint, { SecretName: 'same nonce' }, { ...second, timestamp, common })
      resultOf(await send(emulator.endpoint, first))
      // Another SecretId with the same Timestamp and Nonce is another request.
      resultOf(await send(emulator.endpoint, other))
      // Over the rate limit: refused, and not remembered, so the same request is accepted once the budget refills.
      const limited = v1Request(emulator.endpoint, { SecretName: 'limited' }, { ...credential, timestamp, common: { Nonce: '7' } })
      expect(codeOf(await send(emulator.endpoint, limited))).toBe('RequestLimitExceeded')
      now += 1000
      resultOf(await send(emulator.endpoint, limited))
      now += 1000
      expect(codeOf(await send(emulator.endpoint, first))).toBe('InvalidParameter')
      // Beyond the window the Timestamp itself is refused.
      now += 300_000
      expect(codeOf(await send(emulator.endpoint, first))).toBe('AuthFailure.SignatureExpire')
    })
  })

  it('the replay guard keys on SecretId, Timestamp, Nonce and Signature, and forgets what left the window once per window', () => {
    const start = 1_800_000_000_000
    let now = start
    const guard = new ReplayGuard(300, () => now)
    const t = start / 1000
    expect(guard.admit('a', t, '1', 's')).toBe(true)
    expect(guard.admit('a', t, '1', 's')).toBe(false)
    for (const [secretId, timestamp, nonce, signature] of [['b', t, '1', 's'], ['a', t + 1, '1', 's'], ['a', t, '2', 's'], ['a', t, '1', 'S'], ['a', t, '11', 's'], ['a', t, '1', '1s']] as const) {
      expect(guard.admit(secretId, timestamp, nonce, signature), `${secretId} ${timestamp} ${nonce} ${signature}`).toBe(true)
    }
    // Fields cannot run into each other: 1 + 11 is not 11 + 1.
    expect(guard.admit('a', t + 11, '1', 's')).toBe(true)
    expect(guard.admit('a', t + 1, '11', 's')).toBe(true)
    expect(guard.size).toBe(9)
    // The first sweep is one window after the start: before it, nothing is forgotten.
    now = start + 299_999
    expect(guard.admit('c', t - 301, '1', 's')).toBe(true)
    expect(guard.size).toBe(10)
    // At the sweep, what has left the window (the Timestamp t - 301 expired at t) goes; the rest stays.
    now = start + 300_000
    expect(guard.admit('d', t + 299, '1', 's')).toBe(true)
    expect(guard.size).toBe(10)
    // The next sweep is one window later: everything up to t + 299 (expiring exactly then) is forgotten; e and f remain.
    now = start + 599_999
    expect(guard.admit('e', t + 500, '1', 's')).toBe(true)
    expect(guard.size).toBe(11)
    now = start + 600_000
    expect(guard.admit('f', t + 500, '1', 's')).toBe(true)
    expect(guard.size).toBe(2)
  })

  it('an identical TC3 request is accepted twice: TC3 carries no nonce (decision emulator-replay)', async () => {
    await withEmulator({}, async (emulator) => {
      const request = tc3Post(emulator.endpoint, '{"SecretName":"twice"}', signed)
      resultOf(await send(emulator.endpoint, request))
      resultOf(await send(emulator.endpoint, request))
      expect(emulator.keyCount()).toBe(2)
    })
  })

  it('a temporary credential needs exactly its token (compared in constant time)', async () => {
    const temporary = { secretId: 'AKIDtemporary0001', secretKey: 'temporarySecretKey0001', token: 'sts-token-value-0001' }
    await withEmulator({ credentials: [temporary] }, async (emulator) => {
      const withToken = (token: string | undefined) =>
        send(emulator.endpoint, tc3Post(emulator.endpoint, '{"SecretName":"sts"}', { ...temporary, ...createApiKeyHeaders, extraHeaders: token === undefined ? {} : { 'X-TC-Token': token } }))
      for (const token of [undefined, '', 'sts-token-value-0002', 'sts-token-value-000', 'sts-token-value-00011']) expect(codeOf(await withToken(token)), String(token)).toBe('AuthFailure.TokenFailure')
      resultOf(await withToken(temporary.token))
    })
  })
})
