/**
 * Stoplight Prism as a validating proxy (`prism proxy --errors`) in front of the emulator, one Prism per action on
 * that action's document at `/` (generated/openapi/<Action>.json; decision openapi-many-actions), with the official
 * SDK (tencentcloud-sdk-nodejs) as the caller: every wire form the service accepts must validate against the OpenAPI
 * document (Prism reports a violation in the `sl-violations` response header and its log, and with `--errors`
 * answers 422 itself instead of forwarding). Also the emulator's `signedHosts` option, which lets a v1 signature
 * made for the proxy's address verify behind it (see the decision emulator-signed-host).
 */
import diagnostics from 'node:diagnostics_channel'
import http from 'node:http'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { createEmulator, defaultCredential, type Emulator } from '../src/emulator/index.js'
import { actions } from '../schema/index.js'
import { repositoryRoot } from './support/artifacts.js'
import { codeOf, send, v1Request } from './support/emulatorWire.js'
import { freePort, startPrisms, type RunningPrism } from './support/prism.js'

const require = createRequire(import.meta.url)
const tencentcloud = require('tencentcloud-sdk-nodejs') as {
  apigateway: { v20180808: { Client: new (config: object) => Record<'CreateApiKey' | 'DescribeApiKey', (request: object) => Promise<{ Result: Record<string, unknown>; RequestId: string }>> } }
}

/** The four wire forms, as the official SDK is configured to send them. */
const wireForms = [
  { name: 'POST JSON + TC3', signMethod: 'TC3-HMAC-SHA256', reqMethod: 'POST' },
  { name: 'GET + TC3', signMethod: 'TC3-HMAC-SHA256', reqMethod: 'GET' },
  { name: 'GET + v1 (HmacSHA1)', signMethod: 'HmacSHA1', reqMethod: 'GET' },
  { name: 'form POST + v1 (HmacSHA256)', signMethod: 'HmacSHA256', reqMethod: 'POST' },
] as const

interface SeenResponse {
  readonly status: number
  readonly violations: string | undefined
  /** The body of an answer Prism wrote itself (422 problem+json); read beside the SDK's own reader. */
  readonly problem?: Promise<string>
}

/** Every HTTP response this process receives from Prism, with its violation header (the SDK hides headers). */
const seen: SeenResponse[] = []
const onResponse = (message: unknown) => {
  const { request, response } = message as { request: http.ClientRequest; response: http.IncomingMessage }
  const port = (request as unknown as { socket?: { remotePort?: number } }).socket?.remotePort
  if (request.host === '127.0.0.1' && [...prisms.values()].some((prism) => prism.port === port)) {
    const header = response.headers['sl-violations']
    const status = response.statusCode ?? 0
    const problem =
      status === 200
        ? undefined
        : new Promise<string>((resolve) => {
            const chunks: Buffer[] = []
            response.on('data', (chunk: Buffer) => chunks.push(chunk))
            response.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
          })
    seen.push({ status, violations: Array.isArray(header) ? header.join(',') : header, ...(problem ? { problem } : {}) })
  }
}

let emulator: Emulator
let plainEmulator: Emulator
/** One validating proxy per action, each on its action's document. */
const prisms = new Map<string, RunningPrism>()
const prismOf = (action: string) => prisms.get(action)!

beforeAll(async () => {
  const ports = new Map<string, number>()
  for (const action of actions) ports.set(action.name, await freePort())
  emulator = await createEmulator({ rateLimitPerSecond: 0, signedHosts: [...ports.values()].map((port) => `127.0.0.1:${port}`) })
  plainEmulator = await createEmulator({ rateLimitPerSecond: 0 })
  const started = await startPrisms(
    actions.map((action) => ({ name: action.name, mode: 'proxy', document: join(repositoryRoot, `generated/openapi/${action.name}.json`), extra: [emulator.url, '--errors'], port: ports.get(action.name) })),
  )
  for (const [name, prism] of started) prisms.set(name, prism)
  diagnostics.subscribe('http.client.response.finish', onResponse)
}, 180_000)

afterAll(async () => {
  diagnostics.unsubscribe('http.client.response.finish', onResponse)
  await Promise.all([...prisms.values()].map((prism) => prism.close()))
  await emulator?.close()
  await plainEmulator?.close()
})

/** The official SDK, sending `form` through the proxy of `action` (or straight to an endpoint). */
function client(form: (typeof wireForms)[number], action = 'CreateApiKey', endpoint = prismOf(action).endpoint) {
  return new tencentcloud.apigateway.v20180808.Client({
    credential: { secretId: defaultCredential.secretId, secretKey: defaultCredential.secretKey },
    region: 'ap-guangzhou',
    profile: { signMethod: form.signMethod, httpProfile: { endpoint, protocol: 'http://', reqMethod: form.reqMethod, agent: new http.Agent() } },
  })
}

/** Prism writes its log a moment after answering. */
const settled = () => new Promise((resolve) => setTimeout(resolve, 300))

async function outcome(call: Promise<{ Result: Record<string, unknown> }>): Promise<string> {
  try {
    await call
    return 'Success'
  } catch (error) {
    return (error as { code?: string }).code ?? String(error)
  }
}

describe('prism proxy --errors on generated/openapi/CreateApiKey.json in front of the emulator, with the official SDK', () => {
  const prism = () => prismOf('CreateApiKey')
  test.each(wireForms)('$name: auto, manual, repeat and tagged creates pass without a violation', async (form) => {
    const before = seen.length
    const logBefore = prism().log().length
    const id = `prism_${form.signMethod}_${form.reqMethod}`.replace(/-/g, '_')
    // No spaces or `!~'()`: Prism re-encodes the query it forwards (URLSearchParams: space as `+`), and a TC3 GET
    // signs the query as sent, so those characters cannot pass any proxy that rewrites it (see openapi-wire-forms).
    const manual = { SecretName: 'prism_manual', AccessKeyType: 'manual', AccessKeyId: id, AccessKeySecret: 'prism_manual_secret' }
    const results = [
      await outcome(client(form).CreateApiKey({ SecretName: `prism_auto_${id}` })),
      await outcome(client(form).CreateApiKey(manual)),
      await outcome(client(form).CreateApiKey(manual)),
      await outcome(client(form).CreateApiKey({ SecretName: 'prism_tagged', Tags: [{ Key: 'team', Value: 'a&c=d' }, { Key: 'env', Value: 'ci/+:,' }] })),
    ]
    expect(results).toEqual(['Success', 'Success', 'FailedOperation.AccessKeyExist', 'Success'])
    const responses = seen.slice(before)
    expect(responses).toEqual(Array.from({ length: 4 }, () => ({ status: 200, violations: undefined })))
    await settled()
    expect(prism().log().slice(logBefore)).not.toMatch(/violation|✖|error|warn/i)
  })

  test.each(wireForms)('$name: a bad AccessKeyId is a request violation, answered by Prism (422), not forwarded', async (form) => {
    const before = seen.length
    const logBefore = prism().log().length
    const result = await outcome(client(form).CreateApiKey({ SecretName: 'bad', AccessKeyType: 'manual', AccessKeyId: 'a-b-c', AccessKeySecret: 'prism_manual_secret' }))
    expect(result).not.toBe('Success')
    const responses = seen.slice(before)
    expect(responses).toHaveLength(1)
    expect(responses[0]!.status).toBe(422)
    const problem = JSON.parse(await responses[0]!.problem!) as { type: string; validation: { location: string[]; message: string }[] }
    expect(problem.type).toMatch(/UNPROCESSABLE_ENTITY/)
    // AccessKeyId's pattern, in the body (POST) or the query (GET; Prism lower-cases query names in its report).
    const where = form.reqMethod === 'POST' ? 'body' : 'query'
    const reported = problem.validation.map((v) => `${v.location.join('.')}: ${v.message}`)
    expect(reported.filter((line) => line.toLowerCase().startsWith(`${where}.accesskeyid: `)), reported.join('\n')).toEqual([
      expect.stringMatching(/must match pattern "\^\[A-Za-z0-9_\]\+\$"/),
    ])
    await settled()
    expect(prism().log().slice(logBefore)).toMatch(/UNPROCESSABLE_ENTITY/)
  })
})

describe('prism proxy --errors on generated/openapi/DescribeApiKey.json in front of the emulator, with the official SDK', () => {
  const prism = () => prismOf('DescribeApiKey')

  test.each(wireForms)('$name: a created key described returns it, an unknown AccessKeyId is ResourceNotFound.InvalidAccessKeyId, without a violation', async (form) => {
    // Created straight on the emulator, so only the DescribeApiKey calls go through this proxy.
    const id = `prism_describe_${form.signMethod}_${form.reqMethod}`.replace(/-/g, '_')
    const created = await client(form, 'DescribeApiKey', emulator.endpoint).CreateApiKey({ SecretName: 'prism_described', AccessKeyType: 'manual', AccessKeyId: id, AccessKeySecret: 'prism_described_secret' })
    const before = seen.length
    const logBefore = prism().log().length
    const described = await client(form, 'DescribeApiKey').DescribeApiKey({ AccessKeyId: id })
    expect(described.Result).toMatchObject(created.Result)
    expect(await outcome(client(form, 'DescribeApiKey').DescribeApiKey({ AccessKeyId: `${id}_unknown` }))).toBe('ResourceNotFound.InvalidAccessKeyId')
    expect(seen.slice(before)).toEqual(Array.from({ length: 2 }, () => ({ status: 200, violations: undefined })))
    await settled()
    expect(prism().log().slice(logBefore)).not.toMatch(/violation|✖|error|warn/i)
  })

  test.each(wireForms)('$name: a DescribeApiKey without AccessKeyId is a request violation, answered by Prism (422), not forwarded', async (form) => {
    const before = seen.length
    const logBefore = prism().log().length
    expect(await outcome(client(form, 'DescribeApiKey').DescribeApiKey({}))).not.toBe('Success')
    const responses = seen.slice(before)
    expect(responses).toHaveLength(1)
    expect(responses[0]!.status).toBe(422)
    const problem = JSON.parse(await responses[0]!.problem!) as { type: string; validation: { location: string[]; message: string }[] }
    expect(problem.type).toMatch(/UNPROCESSABLE_ENTITY/)
    expect(problem.validation.map((v) => `${v.location.join('.')}: ${v.message}`).join('\n')).toMatch(/AccessKeyId/i)
    await settled()
    expect(prism().log().slice(logBefore)).toMatch(/UNPROCESSABLE_ENTITY/)
  })
})

describe('emulator-signed-host: the hosts a signature may name', () => {
  const proxyHost = () => `127.0.0.1:${prismOf('CreateApiKey').port}`
  const signedForProxy = (_target: Emulator, method: 'GET' | 'POST') => v1Request(proxyHost(), { SecretName: 'signed for the proxy' }, { ...defaultCredential, method })

  test('a v1 signature made for the proxy address verifies where signedHosts names it, and nowhere else', async () => {
    for (const method of ['GET', 'POST'] as const) {
      expect(codeOf(await send(emulator.endpoint, signedForProxy(emulator, method)))).toBe('Success')
      expect(codeOf(await send(plainEmulator.endpoint, signedForProxy(plainEmulator, method)))).toBe('AuthFailure.SignatureFailure')
    }
  })

  test('a Forwarded or X-Forwarded-Host header naming the signed host is not trusted', async () => {
    const request = signedForProxy(plainEmulator, 'GET')
    for (const headers of [{ Forwarded: `host=${proxyHost()}` }, { 'X-Forwarded-Host': proxyHost() }] as Record<string, string>[]) {
      const answer = await send(plainEmulator.endpoint, { ...request, headers: { ...request.headers, ...headers } })
      expect(codeOf(answer)).toBe('AuthFailure.SignatureFailure')
    }
  })

  test('the options refuse a signedHosts value that is not a host', async () => {
    await expect(createEmulator({ signedHosts: ['http://127.0.0.1:1/'] })).rejects.toThrow(/signedHosts/)
  })
})
