/**
 * The fault server (support/faultServer.ts) really injects each fault: for each, one direct call through the proxy
 * in a form that shows it, beside the same call's answer without the fault where that tells more. `none` is
 * transparent: the four wire forms get answers valid against the contract, and a bad signature is still refused.
 * Every answer is checked to be HTTP 200, JSON, with a Content-Length equal to its bytes.
 */
import { readFileSync } from 'node:fs'
import http from 'node:http'
import { afterEach, describe, expect, it } from 'vitest'
import type { ActionName } from '../src/actions.js'
import { callAction, flattenForm, forms, resultOf, type Form } from './support/actionWire.js'
import { tc3Get, tc3Post, v1Request, type RawRequest } from './support/emulatorWire.js'
import { faultNames, faults, startFaultServer, type FaultServer } from './support/faultServer.js'

interface Answer {
  readonly status: number
  readonly body: { Response: Record<string, unknown> }
}
interface CallOptions {
  readonly secretKey?: string
  readonly secretId?: string
  readonly timestamp?: number
  readonly signatureMethod?: 'HmacSHA1' | 'HmacSHA256'
}

/** Sends a request and checks only that the answer is wire-faithful (the faults break the contract on purpose). */
function rawSend(endpoint: string, request: RawRequest): Promise<Answer> {
  const [host, port] = endpoint.split(':') as [string, string]
  return new Promise((resolve, reject) => {
    const req = http.request({ host, port: Number(port), method: request.method ?? 'POST', path: request.path ?? '/', headers: request.headers ?? {}, agent: false }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (chunk: Buffer) => chunks.push(chunk))
      res.on('end', () => {
        const bytes = Buffer.concat(chunks)
        try {
          expect(res.statusCode).toBe(200)
          expect(res.headers['content-type']).toMatch(/^application\/json/)
          expect(Number(res.headers['content-length'])).toBe(bytes.length)
          resolve({ status: res.statusCode ?? 0, body: JSON.parse(bytes.toString('utf8')) as Answer['body'] })
        } catch (error) {
          reject(error)
        }
      })
    })
    req.on('error', reject)
    req.end(request.body)
  })
}

const hostOf = (server: FaultServer) => server.endpoint.replace('http://', '')

function call(server: FaultServer, action: ActionName, parameters: object, form: Form = 'TC3 JSON POST', options: CallOptions = {}): Promise<Answer> {
  const endpoint = hostOf(server)
  const who = { secretId: options.secretId ?? server.credentials.secretId, secretKey: options.secretKey ?? server.credentials.secretKey }
  const stamp = options.timestamp === undefined ? {} : { timestamp: options.timestamp }
  const tc3 = { ...who, ...stamp, action, version: '2018-08-08' }
  const v1 = { ...who, ...stamp, ...(options.signatureMethod ? { signatureMethod: options.signatureMethod } : {}), common: { Action: action } }
  switch (form) {
    case 'TC3 JSON POST':
      return rawSend(endpoint, tc3Post(endpoint, JSON.stringify(parameters), tc3))
    case 'TC3 GET':
      return rawSend(endpoint, tc3Get(endpoint, flattenForm(parameters), tc3))
    case 'v1 GET':
      return rawSend(endpoint, v1Request(endpoint, flattenForm(parameters), v1))
    case 'v1 form POST':
      return rawSend(endpoint, v1Request(endpoint, flattenForm(parameters), { ...v1, method: 'POST' }))
  }
}

const codeIn = (answer: Answer) => (answer.body.Response.Error as { Code: string } | undefined)?.Code ?? 'Success'
type Key = { AccessKeyId: string; AccessKeySecret: string; Status: unknown; [member: string]: unknown }
const result = <R = Key>(answer: Answer): R => {
  expect(codeIn(answer), JSON.stringify(answer.body)).toBe('Success')
  return answer.body.Response.Result as R
}
const byId = (AccessKeyId: string) => ({ Filters: [{ Name: 'AccessKeyId', Values: [AccessKeyId] }] })
const staleSeconds = () => Math.floor(Date.now() / 1000) - 3600
let serial = 0
const create = async (server: FaultServer) => result(await call(server, 'CreateApiKey', { SecretName: `fault test ${++serial}` }))

let server: FaultServer | undefined
afterEach(async () => {
  await server?.close()
  server = undefined
})
const start = async (fault: string) => (server = await startFaultServer({ fault }))

describe('fault: none is transparent', () => {
  it('serves every wire form with answers valid against the contract, and still refuses a bad signature and a stale timestamp', async () => {
    const s = await start('none')
    for (const form of forms) {
      const created = resultOf<Key>(await callAction(hostOf(s), form, 'CreateApiKey', { SecretName: `none ${form}` }, s.credentials))
      expect(created.Status).toBe(1)
      expect(Object.keys(created).sort()).toEqual(['AccessKeyId', 'AccessKeySecret', 'AccessKeyType', 'CreatedTime', 'ModifiedTime', 'SecretName', 'Status'])
      const page = resultOf<{ TotalCount: number }>(await callAction(hostOf(s), form, 'DescribeApiKeysStatus', byId(created.AccessKeyId), s.credentials))
      expect(page.TotalCount).toBe(1)
      expect(codeIn(await call(s, 'CreateApiKey', { SecretName: 'x' }, form, { secretKey: 'wrong' }))).toBe('AuthFailure.SignatureFailure')
      expect(codeIn(await call(s, 'CreateApiKey', { SecretName: 'x' }, form, { timestamp: staleSeconds() }))).toBe('AuthFailure.SignatureExpire')
    }
    expect(codeIn(await call(s, 'DescribeApiKey', { AccessKeyId: 'never_created' }))).toBe('ResourceNotFound.InvalidAccessKeyId')
    expect(codeIn(await call(s, 'CreateApiKey', {}))).toBe('MissingParameter')
    expect(codeIn(await call(s, 'DescribeApiKey', { AccessKeyId: 'x', Extra: 1 }))).toBe('UnknownParameter')
    expect(codeIn(await call(s, 'DescribeApiKeysStatus', { Limit: 0 }))).toBe('InvalidParameterValue')
    expect(codeIn(await call(s, 'DescribeApiKeysStatus', { Filters: [{ Name: 'Color', Values: ['x'] }] }))).toBe('InvalidParameterValue.InvalidFilterNotSupportedName')
    expect(codeIn(await call(s, 'DescribeApiKey', { AccessKeyId: 7 }))).toBe('InvalidParameter.FormatError')
  })
})

describe('each fault is injected', () => {
  it('knows every fault by name and refuses an unknown one', async () => {
    expect(faultNames.length).toBeGreaterThanOrEqual(13)
    await expect(startFaultServer({ fault: 'no-such-fault' })).rejects.toThrow(/Unknown fault/)
  })

  it('missing-request-id: the answer has no RequestId', async () => {
    const s = await start('missing-request-id')
    const answer = await call(s, 'CreateApiKey', { SecretName: 'a' })
    expect(answer.body.Response).not.toHaveProperty('RequestId')
    expect(answer.body.Response).toHaveProperty('Result')
  })

  it('status-as-string: Status is "1"', async () => {
    const s = await start('status-as-string')
    const created = await create(s)
    expect(created.Status).toBe('1')
    expect(result<{ ApiKeySet: Key[] }>(await call(s, 'DescribeApiKeysStatus', byId(created.AccessKeyId))).ApiKeySet[0]!.Status).toBe('1')
  })

  it('extra-field: a key carries Region', async () => {
    const s = await start('extra-field')
    expect(await create(s)).toHaveProperty('Region', 'ap-guangzhou')
  })

  it('wrong-code-bad-access-key-id: an unknown AccessKeyId is ResourceNotFound', async () => {
    const s = await start('wrong-code-bad-access-key-id')
    for (const action of ['DescribeApiKey', 'DeleteApiKey', 'DisableApiKey'] as const) {
      expect(codeIn(await call(s, action, { AccessKeyId: 'never_created' }))).toBe('ResourceNotFound')
    }
  })

  it('delete-enabled-allowed: deleting an enabled key succeeds and the key is gone', async () => {
    const s = await start('delete-enabled-allowed')
    const created = await create(s)
    expect(result<boolean>(await call(s, 'DeleteApiKey', { AccessKeyId: created.AccessKeyId }, 'v1 GET'))).toBe(true)
    expect(codeIn(await call(s, 'DescribeApiKey', { AccessKeyId: created.AccessKeyId }))).toBe('ResourceNotFound.InvalidAccessKeyId')
    // A bad signature is still refused, and deletes nothing.
    const other = await create(s)
    expect(codeIn(await call(s, 'DeleteApiKey', { AccessKeyId: other.AccessKeyId }, 'TC3 JSON POST', { secretKey: 'wrong' }))).toBe('AuthFailure.SignatureFailure')
    expect(result(await call(s, 'DescribeApiKey', { AccessKeyId: other.AccessKeyId })).Status).toBe(1)
  })

  it('wrong-total-count: a list by id says 2 but holds 1 key', async () => {
    const s = await start('wrong-total-count')
    const created = await create(s)
    const page = result<{ TotalCount: number; ApiKeySet: Key[] }>(await call(s, 'DescribeApiKeysStatus', byId(created.AccessKeyId)))
    expect(page.TotalCount).toBe(2)
    expect(page.ApiKeySet.map((key) => key.AccessKeyId)).toEqual([created.AccessKeyId])
  })

  it('signature-not-checked: a wrong signature passes in every wire form; the timestamp and SecretId still count', async () => {
    const s = await start('signature-not-checked')
    for (const form of forms) {
      expect(codeIn(await call(s, 'CreateApiKey', { SecretName: `bad signature ${form}` }, form, { secretKey: 'wrong' })), form).toBe('Success')
      expect(codeIn(await call(s, 'CreateApiKey', { SecretName: 'x' }, form, { secretKey: 'wrong', timestamp: staleSeconds() })), form).toBe('AuthFailure.SignatureExpire')
      expect(codeIn(await call(s, 'CreateApiKey', { SecretName: 'x' }, form, { secretId: 'AKIDunknown', secretKey: 'wrong' })), form).toBe('AuthFailure.SecretIdNotFound')
    }
  })

  it('timestamp-window-not-enforced: a stale timestamp passes in every wire form; a wrong signature still fails', async () => {
    const s = await start('timestamp-window-not-enforced')
    for (const form of forms) {
      expect(codeIn(await call(s, 'CreateApiKey', { SecretName: `stale ${form}` }, form, { timestamp: staleSeconds() })), form).toBe('Success')
      expect(codeIn(await call(s, 'CreateApiKey', { SecretName: `future ${form}` }, form, { timestamp: staleSeconds() + 7200 })), form).toBe('Success')
      expect(codeIn(await call(s, 'CreateApiKey', { SecretName: 'x' }, form, { secretKey: 'wrong' })), form).toBe('AuthFailure.SignatureFailure')
    }
  })

  it('request-id-reused: two answers share one RequestId', async () => {
    const s = await start('request-id-reused')
    const first = await call(s, 'CreateApiKey', { SecretName: 'a' })
    const second = await call(s, 'DescribeApiKey', { AccessKeyId: 'never_created' })
    expect(typeof first.body.Response.RequestId).toBe('string')
    expect(second.body.Response.RequestId).toBe(first.body.Response.RequestId)
  })

  it('update-keeps-secret: an auto key\'s update and later reads show its first secret', async () => {
    const s = await start('update-keeps-secret')
    const created = await create(s)
    const updated = result(await call(s, 'UpdateApiKey', { AccessKeyId: created.AccessKeyId }, 'v1 form POST'))
    expect(updated.AccessKeySecret).toBe(created.AccessKeySecret)
    expect(result(await call(s, 'DescribeApiKey', { AccessKeyId: created.AccessKeyId })).AccessKeySecret).toBe(created.AccessKeySecret)
    // Behind the proxy the emulator did rotate it: it is the answer that lies.
    const direct = await callAction(s.emulatorEndpoint, 'TC3 JSON POST', 'DescribeApiKey', { AccessKeyId: created.AccessKeyId }, s.credentials)
    expect(resultOf<Key>(direct).AccessKeySecret).not.toBe(created.AccessKeySecret)
  })

  it('v1-get-refused: a v1 GET is UnsupportedProtocol, the v1 form POST and TC3 GET work', async () => {
    const s = await start('v1-get-refused')
    for (const signatureMethod of ['HmacSHA1', 'HmacSHA256'] as const) {
      const endpoint = hostOf(s)
      const request = v1Request(endpoint, { SecretName: 'v1' }, { ...s.credentials, signatureMethod, common: { Action: 'CreateApiKey' } })
      expect(codeIn(await rawSend(endpoint, request))).toBe('UnsupportedProtocol')
    }
    expect(codeIn(await call(s, 'CreateApiKey', { SecretName: 'post' }, 'v1 form POST'))).toBe('Success')
    expect(codeIn(await call(s, 'CreateApiKey', { SecretName: 'get' }, 'TC3 GET'))).toBe('Success')
  })

  it('list-filter-ignored: a list by one id answers every key', async () => {
    const s = await start('list-filter-ignored')
    const first = await create(s)
    const second = await create(s)
    for (const form of ['TC3 JSON POST', 'v1 GET'] as const) {
      const page = result<{ TotalCount: number; ApiKeySet: Key[] }>(await call(s, 'DescribeApiKeysStatus', { ...byId(first.AccessKeyId), Limit: 1 }, form))
      expect(page.TotalCount).toBe(2)
      expect(page.ApiKeySet.map((key) => key.AccessKeyId)).toEqual([second.AccessKeyId])
    }
  })

  it('disable-ignored: DisableApiKey answers true, the key stays enabled', async () => {
    const s = await start('disable-ignored')
    const created = await create(s)
    expect(result<boolean>(await call(s, 'DisableApiKey', { AccessKeyId: created.AccessKeyId }, 'TC3 GET'))).toBe(true)
    expect(result(await call(s, 'DescribeApiKey', { AccessKeyId: created.AccessKeyId })).Status).toBe(1)
  })

  it('parameter-error-miscoded: MissingParameter, UnknownParameter and InvalidParameterValue(.*) become InvalidParameter, InvalidParameter(.*) InvalidParameterValue', async () => {
    const s = await start('parameter-error-miscoded')
    expect(codeIn(await call(s, 'CreateApiKey', {}))).toBe('InvalidParameter')
    expect(codeIn(await call(s, 'DescribeApiKey', {}, 'v1 GET'))).toBe('InvalidParameter')
    expect(codeIn(await call(s, 'DescribeApiKey', { AccessKeyId: 'x', Extra: 1 }))).toBe('InvalidParameter')
    expect(codeIn(await call(s, 'DescribeApiKeysStatus', { Limit: 0 }))).toBe('InvalidParameter')
    expect(codeIn(await call(s, 'DescribeApiKeysStatus', { Filters: [{ Name: 'Color', Values: ['x'] }] }))).toBe('InvalidParameter')
    expect(codeIn(await call(s, 'DescribeApiKey', { AccessKeyId: 7 }))).toBe('InvalidParameterValue')
  })
})

describe('faults of the status, a manual update and the token', () => {
  it('enable-fails: EnableApiKey of a disabled key answers InternalError, and the key is enabled', async () => {
    const s = await start('enable-fails')
    const created = await create(s)
    expect(result<boolean>(await call(s, 'DisableApiKey', { AccessKeyId: created.AccessKeyId }))).toBe(true)
    expect(codeIn(await call(s, 'EnableApiKey', { AccessKeyId: created.AccessKeyId }, 'v1 GET'))).toBe('InternalError')
    expect(result(await call(s, 'DescribeApiKey', { AccessKeyId: created.AccessKeyId })).Status).toBe(1)
    // An unknown id still gets its own code.
    expect(codeIn(await call(s, 'EnableApiKey', { AccessKeyId: 'never_created' }))).toBe('ResourceNotFound.InvalidAccessKeyId')
  })

  it('manual-update-fails: UpdateApiKey with a new AccessKeySecret answers InternalError, and the secret is set', async () => {
    const s = await start('manual-update-fails')
    const manual = result(await call(s, 'CreateApiKey', { SecretName: 'manual', AccessKeyType: 'manual', AccessKeyId: 'fault_manual_1', AccessKeySecret: 'firstSecret_0123' }))
    expect(codeIn(await call(s, 'UpdateApiKey', { AccessKeyId: manual.AccessKeyId, AccessKeySecret: 'secondSecret_0123' }, 'v1 form POST'))).toBe('InternalError')
    expect(result(await call(s, 'DescribeApiKey', { AccessKeyId: manual.AccessKeyId })).AccessKeySecret).toBe('secondSecret_0123')
    // An auto key's update (no secret) is untouched.
    const auto = await create(s)
    expect(result(await call(s, 'UpdateApiKey', { AccessKeyId: auto.AccessKeyId })).AccessKeySecret).not.toBe(auto.AccessKeySecret)
  })

  it('token-not-checked: with a temporary credential, a wrong or missing token passes in TC3 and v1; a wrong signature still fails', async () => {
    const s = await start('token-not-checked')
    const token = s.credentials.token!
    expect(token).toMatch(/^faults/)
    const endpoint = hostOf(s)
    const tc3 = (extraHeaders: Record<string, string>, secretKey = s.credentials.secretKey) =>
      rawSend(endpoint, tc3Post(endpoint, JSON.stringify({ SecretName: 'token' }), { secretId: s.credentials.secretId, secretKey, action: 'CreateApiKey', version: '2018-08-08', extraHeaders }))
    const v1 = (common: Record<string, string>) => rawSend(endpoint, v1Request(endpoint, { SecretName: 'token v1' }, { ...s.credentials, common: { Action: 'CreateApiKey', ...common } }))
    expect(codeIn(await tc3({ 'X-TC-Token': token }))).toBe('Success')
    expect(codeIn(await tc3({ 'X-TC-Token': 'wrongToken000000000000' }))).toBe('Success')
    expect(codeIn(await tc3({}))).toBe('Success')
    expect(codeIn(await v1({ Token: 'wrongToken000000000000' }))).toBe('Success')
    expect(codeIn(await tc3({ 'X-TC-Token': 'wrongToken000000000000' }, 'wrongSecretKey'))).toBe('AuthFailure.SignatureFailure')
    // Behind the proxy the emulator checks the token.
    const direct = s.emulatorEndpoint.replace('http://', '')
    expect(codeIn(await rawSend(direct, tc3Post(direct, JSON.stringify({ SecretName: 'x' }), { ...s.credentials, action: 'CreateApiKey', version: '2018-08-08', extraHeaders: { 'X-TC-Token': 'wrongToken000000000000' } })))).toBe('AuthFailure.TokenFailure')
  })
})

describe('faults of lists, manual ids, updates of disabled keys, times and HmacSHA1', () => {
  it('list-status-stale: a list shows a disabled key enabled; DescribeApiKey shows it disabled', async () => {
    const s = await start('list-status-stale')
    const key = await create(s)
    result(await call(s, 'DisableApiKey', { AccessKeyId: key.AccessKeyId }))
    expect(result<Key>(await call(s, 'DescribeApiKey', { AccessKeyId: key.AccessKeyId })).Status).toBe(0)
    expect(result<{ ApiKeySet: Key[] }>(await call(s, 'DescribeApiKeysStatus', byId(key.AccessKeyId))).ApiKeySet[0]!.Status).toBe(1)
  })

  it('list-oldest-first: a page comes oldest first', async () => {
    const s = await start('list-oldest-first')
    const keys = [await create(s), await create(s)]
    const page = result<{ ApiKeySet: Key[] }>(await call(s, 'DescribeApiKeysStatus', { Filters: [{ Name: 'AccessKeyId', Values: keys.map((key) => key.AccessKeyId) }] }))
    expect(page.ApiKeySet.map((key) => key.AccessKeyId)).toEqual(keys.map((key) => key.AccessKeyId))
  })

  it('manual-secret-replaced: every answer shows a manual key with a secret other than the one sent, the same one', async () => {
    const s = await start('manual-secret-replaced')
    const sent = 'chosenSecret_0123'
    const made = result(await call(s, 'CreateApiKey', { SecretName: 'manual', AccessKeyType: 'manual', AccessKeyId: 'fault_manual_r', AccessKeySecret: sent }))
    expect(made.AccessKeySecret).not.toBe(sent)
    expect(result<Key>(await call(s, 'DescribeApiKey', { AccessKeyId: 'fault_manual_r' })).AccessKeySecret).toBe(made.AccessKeySecret)
  })

  it('manual-id-taken-twice: a create of a manual id in use answers success with the existing key', async () => {
    const s = await start('manual-id-taken-twice')
    const manual = { SecretName: 'manual', AccessKeyType: 'manual', AccessKeyId: 'fault_manual_t', AccessKeySecret: 'takenSecret_0123' }
    const first = result(await call(s, 'CreateApiKey', manual))
    expect(result(await call(s, 'CreateApiKey', { ...manual, SecretName: 'again' }))).toEqual(first)
  })

  it('update-disabled-refused: an update of a disabled key is refused and not made; of an enabled one it is made', async () => {
    const s = await start('update-disabled-refused')
    const key = await create(s)
    expect(result(await call(s, 'UpdateApiKey', { AccessKeyId: key.AccessKeyId })).AccessKeySecret).not.toBe(key.AccessKeySecret)
    result(await call(s, 'DisableApiKey', { AccessKeyId: key.AccessKeyId }))
    const before = result<Key>(await call(s, 'DescribeApiKey', { AccessKeyId: key.AccessKeyId }))
    expect(codeIn(await call(s, 'UpdateApiKey', { AccessKeyId: key.AccessKeyId }))).toBe('UnsupportedOperation.InvalidStatus')
    expect(result<Key>(await call(s, 'DescribeApiKey', { AccessKeyId: key.AccessKeyId })).AccessKeySecret).toBe(before.AccessKeySecret)
  })

  it('times-in-beijing: CreatedTime is eight hours ahead of the clock, still written with Z', async () => {
    const s = await start('times-in-beijing')
    const key = await create(s)
    expect(key.CreatedTime).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/)
    expect(Math.abs(Date.parse(key.CreatedTime as string) - Date.now() - 8 * 3600 * 1000)).toBeLessThan(60_000)
  })

  it('sha1-signature-not-checked: a wrong v1 HmacSHA1 signature passes (SignatureMethod given or left out); HmacSHA256 and TC3 still fail', async () => {
    const s = await start('sha1-signature-not-checked')
    for (const form of ['v1 GET', 'v1 form POST'] as const) {
      expect(codeIn(await call(s, 'CreateApiKey', { SecretName: `sha1 ${form}` }, form, { secretKey: 'wrong', signatureMethod: 'HmacSHA1' })), form).toBe('Success')
      expect(codeIn(await call(s, 'CreateApiKey', { SecretName: `default ${form}` }, form, { secretKey: 'wrong' })), form).toBe('Success')
      expect(codeIn(await call(s, 'CreateApiKey', { SecretName: 'x' }, form, { secretKey: 'wrong', signatureMethod: 'HmacSHA256' })), form).toBe('AuthFailure.SignatureFailure')
    }
    expect(codeIn(await call(s, 'CreateApiKey', { SecretName: 'x' }, 'TC3 JSON POST', { secretKey: 'wrong' }))).toBe('AuthFailure.SignatureFailure')
  })
})

describe('the README lists the faults', () => {
  it('names every fault with the check that catches it, in the section "Faults conform catches"', () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8')
    const start = readme.indexOf('### Faults conform catches')
    expect(start).toBeGreaterThan(0)
    const section = readme.slice(start, readme.indexOf('\n#', start + 1))
    const rows = [...section.matchAll(/^\| `([a-z0-9-]+)` \|.*\| `([^`]+)`[^|]*\|$/gm)].map((row) => [row[1], row[2]])
    const expected = faultNames.filter((name) => name !== 'none').map((name) => [name, faults.get(name)!.expectedCheck])
    expect(rows).toEqual(expected)
  })
})
