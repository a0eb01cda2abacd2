/**
 * The real emulator (SQLite in a temporary directory) behind a loopback HTTP proxy that forwards every request and
 * injects exactly one named fault (test/support/faults), or none: a server that is wrong in one known way, for
 * showing that `conform` catches it. Answers stay wire-faithful: HTTP 200, valid JSON, a correct Content-Length.
 */
import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { createEmulator, type EmulatorCredential } from '../../src/emulator/index.js'
import { faults } from './faults/index.js'
import { signTc3Post } from './faults/ownCall.js'
import type { Envelope, FaultContext, ProxiedRequest } from './faults/types.js'
import { readCall } from './faults/wire.js'

export { faultNames, faults } from './faults/index.js'

export interface FaultServer {
  /** `http://127.0.0.1:PORT` of the proxy: where conform (or a client) is pointed. */
  readonly endpoint: string
  /** The one credential the emulator accepts (with its session token when the fault needs a temporary one). */
  readonly credentials: EmulatorCredential
  /** The emulator behind the proxy, `127.0.0.1:PORT` (for comparing with an answer without the fault). */
  readonly emulatorEndpoint: string
  /** Every AccessKeySecret the emulator has answered so far: none may reach conform's output or files. */
  readonly answeredSecrets: () => readonly string[]
  close(): Promise<void>
}

interface Answer {
  readonly status: number
  readonly headers: http.IncomingHttpHeaders
  readonly body: Buffer
}

/** Headers that belong to one connection, not to the request or answer. */
const hopByHop = new Set(['connection', 'keep-alive', 'transfer-encoding', 'content-length', 'proxy-connection', 'upgrade'])

function forward(target: AddressInfo, request: ProxiedRequest): Promise<Answer> {
  const headers: Record<string, string> = {}
  for (const [name, value] of Object.entries(request.headers)) if (!hopByHop.has(name)) headers[name] = value
  if (request.body.length > 0 || request.method !== 'GET') headers['content-length'] = String(request.body.length)
  return new Promise((resolve, reject) => {
    const outgoing = http.request({ host: target.address, port: target.port, method: request.method, path: request.url, headers, agent: false }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (chunk: Buffer) => chunks.push(chunk))
      res.on('error', reject)
      res.on('end', () => resolve({ status: res.statusCode ?? 502, headers: res.headers, body: Buffer.concat(chunks) }))
    })
    outgoing.on('error', reject)
    outgoing.end(request.body)
  })
}

function readBody(req: http.IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('error', reject)
    req.on('end', () => resolve(Buffer.concat(chunks)))
  })
}

/** A TC3 JSON POST signed with `credential` (the SDK's way), for the proxy's own calls to the emulator. */
function ownCall(target: AddressInfo, credential: EmulatorCredential): FaultContext['call'] {
  return async (action, parameters) => {
    const answer = await forward(target, signTc3Post(`${target.address}:${target.port}`, action, parameters, credential))
    return JSON.parse(answer.body.toString('utf8')) as Envelope
  }
}

export async function startFaultServer(options: { readonly fault: string }): Promise<FaultServer> {
  const fault = faults.get(options.fault)
  if (!fault) throw new RangeError(`Unknown fault ${JSON.stringify(options.fault)}.`)
  const credentials: EmulatorCredential = {
    secretId: `AKIDfaults${randomBytes(8).toString('hex')}`,
    secretKey: randomBytes(16).toString('hex'),
    ...(fault.temporaryCredential ? { token: `faults${randomBytes(16).toString('hex')}` } : {}),
  }
  const directory = mkdtempSync(path.join(tmpdir(), 'fault-server-'))
  // No rate limit: the proxy's own calls (a fault's extra requests) must not use up the client's budget.
  const emulator = await createEmulator({ credentials: [credentials], dataFile: path.join(directory, 'keys.sqlite'), rateLimitPerSecond: 0 })
  const target: AddressInfo = { address: '127.0.0.1', port: emulator.port, family: 'IPv4' }
  const context: FaultContext = { credential: credentials, call: ownCall(target, credentials), state: new Map(), nowSeconds: () => Math.floor(Date.now() / 1000) }

  const answered = new Set<string>()
  const proxy = http.createServer((req, res) => {
    void (async () => {
      const headers: Record<string, string> = {}
      for (const [name, value] of Object.entries(req.headers)) if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value
      const received: ProxiedRequest = { method: req.method ?? 'GET', url: req.url ?? '/', headers, body: await readBody(req) }
      const call = readCall(received)
      const changed = fault.transformRequest ? await fault.transformRequest(received, call, context) : received
      let answer: Answer
      if ('answer' in changed) {
        answer = { status: 200, headers: { 'content-type': 'application/json' }, body: Buffer.from(JSON.stringify(changed.answer)) }
      } else {
        answer = await forward(target, changed)
        for (const match of answer.body.toString('utf8').matchAll(/"AccessKeySecret":"([^"\\]+)"/g)) answered.add(match[1]!)
        if (fault.transformResponse && answer.status === 200) {
          const envelope = JSON.parse(answer.body.toString('utf8')) as Envelope
          answer = { ...answer, body: Buffer.from(JSON.stringify(await fault.transformResponse(envelope, readCall(changed), context))) }
        }
      }
      const out: Record<string, string | string[]> = {}
      for (const [name, value] of Object.entries(answer.headers)) if (value !== undefined && !hopByHop.has(name)) out[name] = value
      out['content-length'] = String(answer.body.length)
      res.writeHead(answer.status, out)
      res.end(answer.body)
    })().catch((error: unknown) => {
      // A proxy bug must show as a failure, not as a hang: a 502 the client reports as a transport error.
      res.writeHead(502, { 'content-type': 'text/plain' })
      res.end(`fault server: ${(error as Error).message}`)
    })
  })
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve))
  const port = (proxy.address() as AddressInfo).port

  return {
    endpoint: `http://127.0.0.1:${port}`,
    credentials,
    emulatorEndpoint: emulator.endpoint,
    answeredSecrets: () => [...answered],
    async close() {
      proxy.closeAllConnections()
      await new Promise<void>((resolve) => proxy.close(() => resolve()))
      await emulator.close()
      rmSync(directory, { recursive: true, force: true })
    },
  }
}
