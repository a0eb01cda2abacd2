/**
 * DescribeApiKey on the real emulator over loopback HTTP, in the four wire forms (TC3 JSON POST, TC3 GET, v1 GET,
 * v1 form POST) and through the official SDK: a created key reads back with every field, its secret included; an
 * unknown id (the empty one too) is ResourceNotFound.InvalidAccessKeyId (decision key-id-lookup); the rate limit is
 * per action and SecretId; no log line carries a secret. Every answer is checked against DescribeApiKeyEnvelope.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import http from 'node:http'
import { mkdtempSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import Database from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createEmulator, defaultCredential, type Emulator } from '../src/emulator/index.js'
import { runtimeActions } from '../src/actions.js'
import type { ApiKey } from '../src/types.js'
import { codeOf, createApiKeyHeaders, send, tc3Get, tc3Post, v1Request, type WireAnswer } from './support/emulatorWire.js'

const credential = { secretId: 'AKIDdescribeApiKey0001', secretKey: 'describeApiKeySecretKey0001' }
const other = { secretId: 'AKIDdescribeApiKey0002', secretKey: 'describeApiKeySecretKey0002' }
const describeHeaders = { action: 'DescribeApiKey', version: '2018-08-08' } as const
const root = resolve(import.meta.dirname, '..')
const workDir = mkdtempSync(join(tmpdir(), 'describe-api-key-'))
afterAll(() => rmSync(workDir, { recursive: true, force: true }))

const lines: string[] = []
let emulator: Emulator
beforeAll(async () => {
  emulator = await createEmulator({ credentials: [credential, other], rateLimitPerSecond: 0, keyQuota: Infinity, log: { write: (line: string) => lines.push(line) } })
})
afterAll(() => emulator.close())

type Who = typeof credential
type Form = 'TC3 JSON POST' | 'TC3 GET' | 'v1 GET' | 'v1 form POST'
const forms: readonly Form[] = ['TC3 JSON POST', 'TC3 GET', 'v1 GET', 'v1 form POST']

/** DescribeApiKey in one wire form; the v1 and GET forms carry the parameters as strings. */
function describeKey(endpoint: string, form: Form, parameters: Record<string, string>, who: Who = credential): Promise<WireAnswer> {
  switch (form) {
    case 'TC3 JSON POST':
      return send(endpoint, tc3Post(endpoint, JSON.stringify(parameters), { ...who, ...describeHeaders }), 'DescribeApiKey')
    case 'TC3 GET':
      return send(endpoint, tc3Get(endpoint, parameters, { ...who, ...describeHeaders }), 'DescribeApiKey')
    case 'v1 GET':
      return send(endpoint, v1Request(endpoint, parameters, { ...who, common: { Action: 'DescribeApiKey' } }), 'DescribeApiKey')
    case 'v1 form POST':
      return send(endpoint, v1Request(endpoint, parameters, { ...who, method: 'POST', common: { Action: 'DescribeApiKey' } }), 'DescribeApiKey')
  }
}
const create = (endpoint: string, request: object, who: Who = credential) => send(endpoint, tc3Post(endpoint, JSON.stringify(request), { ...who, ...createApiKeyHeaders }))
const resultOf = (answer: WireAnswer): ApiKey => {
  expect(codeOf(answer), answer.text.slice(0, 300)).toBe('Success')
  return (answer.body.Response as { Result: ApiKey }).Result
}
const errorOf = (answer: WireAnswer) => ('Error' in answer.body.Response ? answer.body.Response.Error : undefined)

describe('DescribeApiKey after CreateApiKey', () => {
  const requests = {
    auto: { SecretName: 'describe auto' },
    'auto with tags': { SecretName: 'describe auto tagged', Tags: [{ Key: 'team', Value: 'a&b=c' }, { Key: 'env', Value: '' }] },
    manual: { SecretName: 'describe manual', AccessKeyType: 'manual', AccessKeyId: 'Describe_Manual_01', AccessKeySecret: 'describe_manual_secret_01' },
    'manual with tags': { SecretName: 'describe manual tagged', AccessKeyType: 'manual', AccessKeyId: 'describe_manual_02', AccessKeySecret: 'describe_manual_secret_02', Tags: [{ Key: 'k', Value: 'v/+ ' }] },
  }
  const created: Record<string, ApiKey> = {}
  beforeAll(async () => {
    for (const [name, request] of Object.entries(requests)) created[name] = resultOf(await create(emulator.endpoint, request))
  })

  for (const form of forms) {
    it(`returns the stored key with every field, its secret included (${form})`, async () => {
      for (const [name, key] of Object.entries(created)) {
        const described = resultOf(await describeKey(emulator.endpoint, form, { AccessKeyId: key.AccessKeyId }))
        expect(described, name).toStrictEqual(key)
        expect(Object.hasOwn(described, 'Tags'), name).toBe('Tags' in (requests as Record<string, object>)[name]!)
        expect(described.AccessKeySecret, name).toBe(key.AccessKeySecret)
      }
    })

    it(`answers an unknown AccessKeyId, the empty one and another case with ResourceNotFound.InvalidAccessKeyId (${form})`, async () => {
      for (const AccessKeyId of ['never_created_key_01', '', 'describe_manual_01', 'AKID' + 'x'.repeat(200)]) {
        const error = errorOf(await describeKey(emulator.endpoint, form, { AccessKeyId }))
        expect(error, JSON.stringify(AccessKeyId)).toEqual({ Code: 'ResourceNotFound.InvalidAccessKeyId', Message: 'No key has this AccessKeyId.' })
      }
    })

    it(`refuses a missing AccessKeyId and an unknown parameter with the validator's error (${form})`, async () => {
      for (const [parameters, code] of [
        [{}, 'MissingParameter'],
        [{ AccessKeyID: created.auto!.AccessKeyId }, 'UnknownParameter'],
        [{ AccessKeyId: created.auto!.AccessKeyId, SecretName: 'x' }, 'UnknownParameter'],
      ] as const) {
        const expected = runtimeActions.DescribeApiKey.parseRequest(parameters)
        expect(expected.ok ? undefined : expected.error.Code).toBe(code)
        expect(errorOf(await describeKey(emulator.endpoint, form, parameters)), JSON.stringify(parameters)).toEqual(expected.ok ? undefined : expected.error)
      }
    })
  }

  it('refuses an AccessKeyId that is not a string with InvalidParameter.FormatError, decision shared-codes (JSON, and an array in the v1 form)', async () => {
    for (const AccessKeyId of [5, null, true, [created.auto!.AccessKeyId], { id: 'x' }]) {
      const answer = await send(emulator.endpoint, tc3Post(emulator.endpoint, JSON.stringify({ AccessKeyId }), { ...credential, ...describeHeaders }), 'DescribeApiKey')
      expect(codeOf(answer), JSON.stringify(AccessKeyId)).toBe('InvalidParameter.FormatError')
    }
    expect(codeOf(await describeKey(emulator.endpoint, 'v1 GET', { 'AccessKeyId.0': created.auto!.AccessKeyId }))).toBe('InvalidParameter.FormatError')
  })

  it('answers a key created by another SecretId too (one account, one store)', async () => {
    const key = resultOf(await create(emulator.endpoint, { SecretName: 'by other' }, other))
    expect(resultOf(await describeKey(emulator.endpoint, 'TC3 JSON POST', { AccessKeyId: key.AccessKeyId }))).toStrictEqual(key)
  })
})

describe('routing by the registry', () => {
  it('answers an action it does not serve, or another case of one it does, with InvalidAction naming the served ones', async () => {
    for (const action of ['describeApiKey', 'DESCRIBEAPIKEY', 'DescribeApiKeys', 'describeApiKeysStatus', 'DeleteApiKeys', 'toString', '__proto__', 'constructor']) {
      const json = errorOf(await send(emulator.endpoint, tc3Post(emulator.endpoint, '{"AccessKeyId":"x"}', { ...credential, ...describeHeaders, action }), 'DescribeApiKey'))
      const v1 = errorOf(await send(emulator.endpoint, v1Request(emulator.endpoint, { AccessKeyId: 'x' }, { ...credential, common: { Action: action } }), 'DescribeApiKey'))
      for (const error of [json, v1]) {
        expect(error, action).toEqual({ Code: 'InvalidAction', Message: 'The action is not supported by this endpoint: only CreateApiKey, DescribeApiKey, DescribeApiKeysStatus, UpdateApiKey, EnableApiKey, DisableApiKey and DeleteApiKey are (names are case-sensitive).' })
      }
    }
  })
})

describe('rate limit', () => {
  it('is counted per action and SecretId: CreateApiKey at its limit blocks neither DescribeApiKey nor another SecretId', async () => {
    // A frozen clock: no token comes back during the test, however slow the machine.
    const frozen = Date.now()
    const limited = await createEmulator({ credentials: [credential, other], rateLimitPerSecond: 2, keyQuota: Infinity, now: () => frozen })
    try {
      const timestamp = Math.floor(frozen / 1000)
      const createOnce = (who: Who) => send(limited.endpoint, tc3Post(limited.endpoint, '{"SecretName":"limited"}', { ...who, ...createApiKeyHeaders, timestamp }))
      const describeOnce = (who: Who, AccessKeyId: string) =>
        send(limited.endpoint, tc3Post(limited.endpoint, JSON.stringify({ AccessKeyId }), { ...who, ...describeHeaders, timestamp }), 'DescribeApiKey')
      const key = resultOf(await createOnce(credential))
      resultOf(await createOnce(credential))
      expect(codeOf(await createOnce(credential))).toBe('RequestLimitExceeded')
      // The same SecretId, the other action: its own two tokens.
      expect(resultOf(await describeOnce(credential, key.AccessKeyId))).toStrictEqual(key)
      expect(codeOf(await describeOnce(credential, 'unknown'))).toBe('ResourceNotFound.InvalidAccessKeyId')
      expect(codeOf(await describeOnce(credential, key.AccessKeyId))).toBe('RequestLimitExceeded')
      // Another SecretId: its own tokens for each action.
      expect(codeOf(await createOnce(other))).toBe('Success')
      expect(codeOf(await describeOnce(other, key.AccessKeyId))).toBe('Success')
      expect(codeOf(await createOnce(credential))).toBe('RequestLimitExceeded')
    } finally {
      await limited.close()
    }
  })
})

describe('logs', () => {
  it('name the action and its outcome, and carry no secret (only the answer body does)', async () => {
    const before = lines.length
    const manual = { SecretName: 'logged describe', AccessKeyType: 'manual', AccessKeyId: 'logged_describe_01', AccessKeySecret: 'loggedDescribeSecret01' }
    resultOf(await create(emulator.endpoint, manual))
    const auto = resultOf(await create(emulator.endpoint, { SecretName: 'logged describe auto' }))
    const secrets = [credential.secretKey, manual.AccessKeySecret, auto.AccessKeySecret]
    for (const form of forms) {
      for (const id of [manual.AccessKeyId, auto.AccessKeyId]) {
        const answer = await describeKey(emulator.endpoint, form, { AccessKeyId: id })
        // The secret is in the answer, as documented ("该接口会显示密钥 Key")...
        expect(answer.text).toContain(id === manual.AccessKeyId ? manual.AccessKeySecret : auto.AccessKeySecret)
      }
      const v1 = v1Request(emulator.endpoint, { AccessKeyId: manual.AccessKeyId }, { ...credential, common: { Action: 'DescribeApiKey' } })
      secrets.push(new URLSearchParams(v1.path!.slice(2)).get('Signature')!)
      resultOf(await send(emulator.endpoint, v1, 'DescribeApiKey'))
    }
    expect(codeOf(await describeKey(emulator.endpoint, 'TC3 JSON POST', { AccessKeyId: 'logged_unknown_01' }))).toBe('ResourceNotFound.InvalidAccessKeyId')
    const written = lines.slice(before).map((text) => JSON.parse(text) as Record<string, unknown>)
    expect(written.map((entry) => entry.msg)).toEqual([...Array(2).fill('CreateApiKey'), ...Array(forms.length * 3).fill('DescribeApiKey'), 'DescribeApiKey'])
    expect(written.at(-1)).toMatchObject({ level: 30, msg: 'DescribeApiKey', method: 'POST', signature: 'v3', secretId: credential.secretId, outcome: 'ResourceNotFound.InvalidAccessKeyId' })
    expect(written.filter((entry) => entry.signature === 'v1')).toHaveLength(2 * 2 + forms.length)
    // ...and in no log line.
    const log = lines.slice(before).join('')
    for (const secret of secrets) expect(log).not.toContain(secret)
  })
})

describe('the key store', () => {
  it('answers a read while another connection holds the file\'s write lock (a read needs no write lock)', async () => {
    const dataFile = join(workDir, 'locked.sqlite')
    // A read that waited for the lock would fail after lockWaitMs (InternalError), long before the test's timeout.
    const shared = await createEmulator({ credentials: [credential], rateLimitPerSecond: 0, dataFile, lockWaitMs: 20_000, idleTimeoutMs: 30_000 })
    const holder = new Database(dataFile)
    try {
      const key = resultOf(await create(shared.endpoint, { SecretName: 'before the lock' }))
      holder.exec('BEGIN IMMEDIATE')
      // The create waits for the lock (retried on the event loop); the read is answered while the lock is held.
      const pending = create(shared.endpoint, { SecretName: 'during the lock' })
      expect(resultOf(await describeKey(shared.endpoint, 'TC3 JSON POST', { AccessKeyId: key.AccessKeyId }))).toStrictEqual(key)
      expect(holder.inTransaction).toBe(true)
      holder.exec('COMMIT')
      const late = resultOf(await pending)
      expect(resultOf(await describeKey(shared.endpoint, 'v1 GET', { AccessKeyId: late.AccessKeyId }))).toStrictEqual(late)
    } finally {
      if (holder.inTransaction) holder.exec('ROLLBACK')
      holder.close()
      await shared.close()
    }
  }, 60_000)
})

const require = createRequire(import.meta.url)
interface SdkClient {
  CreateApiKey(request: object): Promise<{ Result: ApiKey; RequestId: string }>
  DescribeApiKey(request: object): Promise<{ Result: ApiKey; RequestId: string }>
}
const tencentcloud = require('tencentcloud-sdk-nodejs') as { apigateway: { v20180808: { Client: new (config: object) => SdkClient } } }

function sdkClient(endpoint: string, options: { signMethod?: 'TC3-HMAC-SHA256' | 'HmacSHA256'; reqMethod?: 'GET' | 'POST' } = {}): SdkClient {
  return new tencentcloud.apigateway.v20180808.Client({
    credential: { secretId: defaultCredential.secretId, secretKey: defaultCredential.secretKey },
    region: 'ap-guangzhou',
    profile: {
      ...(options.signMethod ? { signMethod: options.signMethod } : {}),
      // An explicit agent keeps the SDK away from any http_proxy in the environment.
      httpProfile: { endpoint, protocol: 'http://', reqMethod: options.reqMethod ?? 'POST', agent: new http.Agent() },
    },
  })
}

async function sdkError(call: Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await call
  } catch (error) {
    return error as { code: string; message: string }
  }
  throw new Error('the call succeeded')
}

/** Starts the CLI (from source, through tsx) and resolves with its endpoint once it listens. */
function startCli(args: string[]): Promise<{ child: ChildProcess; endpoint: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'src/emulator/cli.ts'), ...args], { cwd: root, env: { ...process.env }, stdio: ['ignore', 'pipe', 'pipe'] })
  let output = ''
  return new Promise((resolvePromise, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8')
      const match = /listening on http:\/\/([^\s]+)/.exec(output)
      if (match) resolvePromise({ child, endpoint: match[1]! })
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

describe('official SDK tencentcloud-sdk-nodejs', () => {
  let sdkEmulator: Emulator
  beforeAll(async () => {
    sdkEmulator = await createEmulator({ rateLimitPerSecond: 0 })
  })
  afterAll(() => sdkEmulator.close())

  for (const [signMethod, reqMethod] of [['TC3-HMAC-SHA256', 'POST'], ['TC3-HMAC-SHA256', 'GET'], ['HmacSHA256', 'POST'], ['HmacSHA256', 'GET']] as const) {
    it(`creates a key, then describes it and gets the same fields (${signMethod} by ${reqMethod})`, async () => {
      const client = sdkClient(sdkEmulator.endpoint, { signMethod, reqMethod })
      for (const request of [
        { SecretName: `sdk ${signMethod} ${reqMethod}`, Tags: [{ Key: 'a', Value: 'b c&d=e' }] },
        { SecretName: 'sdk manual', AccessKeyType: 'manual', AccessKeyId: `sdk_${signMethod.replace(/-/g, '_')}_${reqMethod}`, AccessKeySecret: 'sdk_manual_secret_01' },
      ]) {
        const created = await client.CreateApiKey(request)
        const described = await client.DescribeApiKey({ AccessKeyId: created.Result.AccessKeyId })
        expect(described.Result).toStrictEqual(created.Result)
        expect(described.RequestId).not.toBe(created.RequestId)
      }
      const missing = await sdkError(client.DescribeApiKey({ AccessKeyId: 'sdk_never_created' }))
      expect(missing.code).toBe('ResourceNotFound.InvalidAccessKeyId')
    })
  }

  it('finds a key after the CLI is restarted on the same --data file', async () => {
    const dataFile = join(workDir, 'sdk-restart.sqlite')
    const first = await startCli(['serve', '--port', '0', '--data', dataFile])
    let created: ApiKey
    try {
      created = (await sdkClient(first.endpoint).CreateApiKey({ SecretName: 'survives restarts', Tags: [{ Key: 'kept', Value: 'yes' }] })).Result
    } finally {
      expect(await stop(first.child)).toBe(0)
    }
    const second = await startCli(['serve', '--port', '0', '--data', dataFile])
    try {
      expect((await sdkClient(second.endpoint, { signMethod: 'HmacSHA256' }).DescribeApiKey({ AccessKeyId: created.AccessKeyId })).Result).toStrictEqual(created)
    } finally {
      expect(await stop(second.child)).toBe(0)
    }
  })
})
