/**
 * The typed client (src/client) against the real emulator over loopback HTTP, in the four wire forms and both v1
 * signature methods: every action of the registry succeeds through its typed method; Tencent errors reject typed by
 * the action's union; answers that break the contract (from a tiny loopback server) reject as contract violations
 * with paths and rules; HTTP status not 200, non-JSON bodies and refused connections are transport errors; a silent
 * server is a timeout; no secret appears in any message, and redactExchange blanks every one.
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from 'vitest'
import { actionNames, type ActionName } from '../src/actions.js'
import {
  ClientTimeoutError,
  ClientTransportError,
  ContractViolationError,
  TencentApiError,
  checkClientOptions,
  createClient,
  isTencentApiError,
  oneLineMessage,
  shownMessageLength,
  maxAnswerBytes,
  redactExchange,
  shortestSecret,
  tooDeep,
  type ApiKeyClient,
  type ClientOptions,
  type Exchange,
} from '../src/client/index.js'
import { isWellFormed } from '../src/client/encodable.js'
import { maxListedUnknownParameters } from '../generated/contractLimits.js'
import { createEmulator, type Emulator } from '../src/emulator/index.js'
import type { ApiKey, ErrorCodeOf, RequestOf, ResultOf } from '../src/types.js'

const permanent = { secretId: 'AKIDclientTest0001', secretKey: 'clientTestSecretKey0001' }
const temporary = { secretId: 'AKIDclientTemp0001', secretKey: 'clientTempSecretKey0001', token: 'clientTempSessionToken0001' }
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/

let emulator: Emulator
beforeAll(async () => {
  emulator = await createEmulator({ credentials: [permanent, temporary], rateLimitPerSecond: 0, keyQuota: Infinity })
})
afterAll(() => emulator.close())

interface WireForm {
  readonly name: string
  readonly options: Pick<ClientOptions, 'signing' | 'method' | 'signatureMethod'>
}
const wireForms: readonly WireForm[] = [
  { name: 'tc3 POST', options: { signing: 'tc3', method: 'POST' } },
  { name: 'tc3 GET', options: { signing: 'tc3', method: 'GET' } },
  { name: 'v1 GET HmacSHA256', options: { signing: 'v1', method: 'GET', signatureMethod: 'HmacSHA256' } },
  { name: 'v1 GET HmacSHA1', options: { signing: 'v1', method: 'GET', signatureMethod: 'HmacSHA1' } },
  { name: 'v1 POST HmacSHA256', options: { signing: 'v1', method: 'POST', signatureMethod: 'HmacSHA256' } },
  { name: 'v1 POST HmacSHA1', options: { signing: 'v1', method: 'POST', signatureMethod: 'HmacSHA1' } },
]

const clientFor = (form: WireForm, extra: Partial<ClientOptions> = {}, endpoint = `http://${emulator.endpoint}`): ApiKeyClient =>
  createClient({ endpoint, ...permanent, ...form.options, ...extra })

/** The rejection of a call (failing the test if it resolves). */
async function rejection(call: Promise<unknown>): Promise<unknown> {
  try {
    await call
  } catch (error) {
    return error
  }
  throw new Error('the call resolved')
}

/** No secret in the error's message, its stack, its string form or its (redacted) exchange. */
function expectNoSecret(value: unknown, secrets: readonly string[]): void {
  const text = value instanceof Error ? `${value.message}\n${value.stack}\n${String(value)}\n${JSON.stringify((value as { exchange?: unknown }).exchange)}` : JSON.stringify(value)
  for (const secret of secrets) expect(text, 'a secret leaked').not.toContain(secret)
}

let serial = 0
const manualKey = () => {
  serial++
  return { AccessKeyId: `client_manual_${serial}`, AccessKeySecret: `client_manual_secret_${serial}_0000` }
}

describe('every action through its typed method, in every wire form', () => {
  it('has one method per action of the registry, and send and redact', () => {
    const client = clientFor(wireForms[0]!)
    expect(Object.keys(client).sort()).toEqual([...actionNames, 'redact', 'send'].sort())
  })

  for (const form of wireForms) {
    for (const credential of ['permanent', 'temporary'] as const) {
      it(`the lifecycle succeeds (${form.name}, ${credential} credential${credential === 'temporary' ? ' with token, region and language' : ''})`, async () => {
        const client = clientFor(form, credential === 'temporary' ? { ...temporary, region: 'ap-guangzhou', language: 'en-US' } : {})
        const called = new Set<ActionName>()
        const track = <T>(action: ActionName, result: Promise<T>) => (called.add(action), result)

        // Result types are the contract's, nullable where it says so: the emulator always returns one.
        const created = (await track('CreateApiKey', client.CreateApiKey({ SecretName: `client ${form.name} 名前 😀`, Tags: [{ Key: 'team', Value: 'é & = + %' }] })))!
        expect(created).toMatchObject({ AccessKeyType: 'auto', Status: 1, SecretName: `client ${form.name} 名前 😀` })
        const manual = manualKey()
        const createdManual = await client.CreateApiKey({ SecretName: `manual ${form.name}`, AccessKeyType: 'manual', ...manual })
        expect(createdManual).toMatchObject({ ...manual, AccessKeyType: 'manual' })

        expect(await track('DescribeApiKey', client.DescribeApiKey({ AccessKeyId: created.AccessKeyId }))).toStrictEqual(created)
        const page = await track('DescribeApiKeysStatus', client.DescribeApiKeysStatus({ Filters: [{ Name: 'AccessKeyId', Values: [created.AccessKeyId] }], Limit: 10 }))
        expect(page).toMatchObject({ TotalCount: 1, ApiKeySet: [created] })
        expect((await client.DescribeApiKeysStatus())!.TotalCount).toBeGreaterThanOrEqual(2)

        const updated = (await track('UpdateApiKey', client.UpdateApiKey({ AccessKeyId: created.AccessKeyId })))!
        expect(updated.AccessKeyId).toBe(created.AccessKeyId)
        expect(updated.AccessKeySecret).not.toBe(created.AccessKeySecret)

        const refused = await rejection(client.DeleteApiKey({ AccessKeyId: created.AccessKeyId }))
        expect(refused).toBeInstanceOf(TencentApiError)
        expect(refused).toMatchObject({ kind: 'tencent-error', action: 'DeleteApiKey', code: 'UnsupportedOperation.InvalidStatus' })

        expect(await track('DisableApiKey', client.DisableApiKey({ AccessKeyId: created.AccessKeyId }))).toBe(true)
        expect((await client.DescribeApiKey({ AccessKeyId: created.AccessKeyId }))!.Status).toBe(0)
        expect(await track('EnableApiKey', client.EnableApiKey({ AccessKeyId: created.AccessKeyId }))).toBe(true)
        expect(await client.DisableApiKey({ AccessKeyId: created.AccessKeyId })).toBe(true)
        expect(await track('DeleteApiKey', client.DeleteApiKey({ AccessKeyId: created.AccessKeyId }))).toBe(true)

        const gone = await rejection(client.DescribeApiKey({ AccessKeyId: created.AccessKeyId }))
        expect(gone).toBeInstanceOf(TencentApiError)
        expect(gone).toMatchObject({ kind: 'tencent-error', action: 'DescribeApiKey', code: 'ResourceNotFound.InvalidAccessKeyId' })
        expect((gone as TencentApiError).requestId).toMatch(uuid)
        expectNoSecret(gone, [permanent.secretKey, temporary.secretKey, temporary.token, created.AccessKeySecret, updated.AccessKeySecret])
        expect([...called].sort()).toEqual([...actionNames].sort())
      })
    }
  }
})

describe('Tencent errors', () => {
  for (const form of wireForms) {
    it(`authentication failures are typed AuthFailure codes and carry no secret (${form.name})`, async () => {
      const wrongKey = 'wrongSecretKeyValue0001'
      const error = await rejection(clientFor(form, { secretKey: wrongKey }).DescribeApiKey({ AccessKeyId: 'AKIDnone' }))
      expect(error).toBeInstanceOf(TencentApiError)
      expect((error as TencentApiError).code).toBe('AuthFailure.SignatureFailure')
      expectNoSecret(error, [wrongKey, permanent.secretKey])

      const client = clientFor(form)
      const stale = await client.send('DescribeApiKey', { AccessKeyId: 'AKIDnone' }, { timestamp: Math.floor(Date.now() / 1000) - 3600 })
      expect(stale.outcome).toMatchObject({ kind: 'tencent-error', code: 'AuthFailure.SignatureExpire' })
      const unknownId = await client.send('DescribeApiKey', { AccessKeyId: 'AKIDnone' }, { secretId: 'AKIDnobodyHasThisId' })
      expect(unknownId.outcome).toMatchObject({ kind: 'tencent-error', code: 'AuthFailure.SecretIdNotFound' })
      const otherKey = await client.send('DescribeApiKey', { AccessKeyId: 'AKIDnone' }, { secretKey: wrongKey })
      expect(otherKey.outcome).toMatchObject({ kind: 'tencent-error', code: 'AuthFailure.SignatureFailure' })
      expectNoSecret(client.redact(otherKey), [wrongKey, permanent.secretKey])
      const noToken = await clientFor(form, { secretId: temporary.secretId, secretKey: temporary.secretKey }).send('DescribeApiKey', { AccessKeyId: 'AKIDnone' })
      expect(noToken.outcome).toMatchObject({ kind: 'tencent-error', code: 'AuthFailure.TokenFailure' })
    })
  }

  it('a bad request is the code the action documents, typed by its union; isTencentApiError narrows by action', async () => {
    const client = clientFor(wireForms[0]!)
    const error = await rejection(client.CreateApiKey({ SecretName: '' }))
    expect(error).toMatchObject({ kind: 'tencent-error', action: 'CreateApiKey', code: 'InvalidParameter.FormatError' })
    expect(isTencentApiError(error, 'CreateApiKey')).toBe(true)
    expect(isTencentApiError(error, 'DeleteApiKey')).toBe(false)
    if (isTencentApiError(error, 'CreateApiKey')) expectTypeOf(error.code).toEqualTypeOf<ErrorCodeOf<'CreateApiKey'>>()
    const exchange = await client.send('CreateApiKey', { SecretName: 'x', Unknown: 1 })
    expect(exchange.outcome).toMatchObject({ kind: 'tencent-error', code: 'UnknownParameter' })
  })
})

describe('types', () => {
  it('methods take the action’s request and resolve with its Result; the manual-key rule holds in the argument', () => {
    const client = clientFor(wireForms[0]!)
    expectTypeOf(client.CreateApiKey).parameter(0).toEqualTypeOf<RequestOf<'CreateApiKey'>>()
    expectTypeOf(client.CreateApiKey).returns.toEqualTypeOf<Promise<ResultOf<'CreateApiKey'>>>()
    expectTypeOf(client.DescribeApiKey).returns.toEqualTypeOf<Promise<ResultOf<'DescribeApiKey'>>>()
    expectTypeOf<NonNullable<ResultOf<'DescribeApiKey'>>>().toEqualTypeOf<ApiKey>()
    expectTypeOf(client.DeleteApiKey).returns.toEqualTypeOf<Promise<ResultOf<'DeleteApiKey'>>>()
    // Type-level only: never called.
    const typeChecks = () => {
      // @ts-expect-error a manual key needs AccessKeyId and AccessKeySecret
      void client.CreateApiKey({ SecretName: 'x', AccessKeyType: 'manual' })
      // @ts-expect-error an auto key takes no AccessKeySecret
      void client.CreateApiKey({ SecretName: 'x', AccessKeySecret: 'abcdefghijk' })
      // @ts-expect-error DescribeApiKey needs its AccessKeyId
      void client.DescribeApiKey()
      void client.DescribeApiKeysStatus()
    }
    expect(typeof typeChecks).toBe('function')
  })
})

/** A loopback server answering every request with `handler`. */
async function fakeServer(handler: http.RequestListener): Promise<{ endpoint: string; close(): Promise<void> }> {
  const server = http.createServer(handler)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => {
      server.closeAllConnections()
      return new Promise<void>((resolve) => server.close(() => resolve()))
    },
  }
}

const requestId = '0f0e0d0c-0b0a-4908-8706-050403020100'
const validKey: ApiKey = {
  AccessKeyId: 'AKIDfake0000000000000000000000000000',
  AccessKeySecret: 'fakeAccessKeySecretValue0000000000',
  AccessKeyType: 'auto',
  SecretName: 'fake',
  Status: 1,
  CreatedTime: '2026-01-01T00:00:00Z',
  ModifiedTime: '2026-01-01T00:00:00Z',
}

describe('answers that break the contract', () => {
  let fake: Awaited<ReturnType<typeof fakeServer>>
  let body = ''
  beforeAll(async () => {
    fake = await fakeServer((_, res) => res.writeHead(200, { 'Content-Type': 'application/json' }).end(body))
  })
  afterAll(() => fake.close())

  const cases: { name: string; action: ActionName; body: unknown; violations: { path: string; rule: string }[] }[] = [
    { name: 'a Result missing members', action: 'CreateApiKey', body: { Response: { Result: { AccessKeyId: validKey.AccessKeyId }, RequestId: requestId } }, violations: [{ path: 'Response.Result.AccessKeySecret', rule: 'required' }] },
    { name: 'Status as a string', action: 'DescribeApiKey', body: { Response: { Result: { ...validKey, Status: '1' }, RequestId: requestId } }, violations: [{ path: 'Response.Result.Status', rule: 'schema' }] },
    { name: 'an extra member', action: 'DescribeApiKey', body: { Response: { Result: validKey, RequestId: requestId, Extra: true } }, violations: [{ path: 'Response.Extra', rule: 'unknown' }] },
    { name: 'a code outside the action’s union', action: 'DeleteApiKey', body: { Response: { Error: { Code: 'FailedOperation.AccessKeyExist', Message: 'x' }, RequestId: requestId } }, violations: [{ path: 'Response.Error.Code', rule: 'schema' }] },
    { name: 'no RequestId', action: 'EnableApiKey', body: { Response: { Result: true } }, violations: [{ path: 'Response.RequestId', rule: 'required' }] },
    { name: 'not an envelope', action: 'DisableApiKey', body: [1, 2], violations: [{ path: '(body)', rule: 'object' }] },
  ]
  for (const testCase of cases) {
    it(`${testCase.name} rejects as a contract violation with its path and rule`, async () => {
      body = JSON.stringify(testCase.body)
      const client = createClient({ endpoint: fake.endpoint, ...permanent, signing: 'tc3' })
      const error = await rejection((client[testCase.action] as (request: object) => Promise<unknown>)({ AccessKeyId: 'AKIDx' }))
      expect(error).toBeInstanceOf(ContractViolationError)
      const violation = error as ContractViolationError
      expect(violation.kind).toBe('contract-violation')
      expect(violation.action).toBe(testCase.action)
      expect(violation.violations).toEqual(expect.arrayContaining(testCase.violations.map((expected) => expect.objectContaining(expected))))
      for (const expected of testCase.violations) expect(violation.message).toContain(`${expected.path} (${expected.rule})`)
      const exchange = await client.send(testCase.action, { AccessKeyId: 'AKIDx' })
      expect(exchange.outcome.kind).toBe('contract-violation')
      expect(exchange.response?.body).toEqual(testCase.body)
    })
  }

  it('a RequestId is kept when the body has one', async () => {
    body = JSON.stringify(cases[0]!.body)
    const error = await rejection(createClient({ endpoint: fake.endpoint, ...permanent, signing: 'v1' }).CreateApiKey({ SecretName: 'x' }))
    expect((error as ContractViolationError).requestId).toBe(requestId)
  })

  it("a TencentApiError's message is one bounded line, whatever the server's Message holds; apiMessage holds it whole", async () => {
    const forged = `denied\x1b[31m\r\n2026-12-02 INFO all good\u2028\u202eevil\x00${'x'.repeat(300_000)}`
    body = JSON.stringify({ Response: { Error: { Code: 'InternalError', Message: forged }, RequestId: requestId } })
    const error = (await rejection(createClient({ endpoint: fake.endpoint, ...permanent, signing: 'tc3' }).DescribeApiKey({ AccessKeyId: 'AKIDx' }))) as TencentApiError
    expect(error).toBeInstanceOf(TencentApiError)
    expect(error.apiMessage).toBe(forged)
    expect(error.message).toMatch(/^denied\\u001b\[31m\\u000d\\u000a2026-12-02 INFO all good\\u2028\\u202eevil\\u0000x+…$/)
    expect(error.message).toHaveLength(shownMessageLength + 1 + 5 * 6)
    expect(error.message).not.toMatch(/[\p{Cc}\u2028\u2029\u202a-\u202e]/u)
    // A short plain Message is shown as it is; a cut never splits a surrogate pair.
    expect(oneLineMessage('The key does not exist.')).toBe('The key does not exist.')
    // A backslash is doubled: a sent `\u000a` reads apart from an escaped line break.
    expect(oneLineMessage('a\\u000a\n')).toBe('a\\\\u000a\\u000a')
    const pairs = oneLineMessage(`${'a'.repeat(shownMessageLength - 1)}😀😀`)
    expect(isWellFormed(pairs)).toBe(true)
    expect(pairs).toBe(`${'a'.repeat(shownMessageLength - 1)}…`)
    // Exactly shownMessageLength characters is shown whole, even when the last is a high surrogate; one more is cut.
    expect(oneLineMessage(`${'a'.repeat(shownMessageLength - 1)}\ud83d`)).toBe(`${'a'.repeat(shownMessageLength - 1)}\ud83d`)
    expect(oneLineMessage('a'.repeat(shownMessageLength))).toBe('a'.repeat(shownMessageLength))
    expect(oneLineMessage('a'.repeat(shownMessageLength + 1))).toBe(`${'a'.repeat(shownMessageLength)}…`)
    expect(oneLineMessage(`${'a'.repeat(shownMessageLength - 2)}😀b`)).toBe(`${'a'.repeat(shownMessageLength - 2)}😀…`)
  })

  it("a ContractViolationError's message stays short when a member's name is a megabyte", async () => {
    body = JSON.stringify({ Response: { Result: { ...validKey, ['N'.repeat(1_000_000)]: 1 }, RequestId: requestId } })
    const error = (await rejection(createClient({ endpoint: fake.endpoint, ...permanent, signing: 'tc3' }).DescribeApiKey({ AccessKeyId: 'AKIDx' }))) as ContractViolationError
    expect(error).toBeInstanceOf(ContractViolationError)
    expect(error.message.length).toBeLessThan(300)
    expect(error.message).toContain(`"Response.Result.${'N'.repeat(64 - 'Response.Result.'.length)}…"`)
  })

  it('secrets echoed by a server reach neither messages nor redacted exchanges', async () => {
    const token = 'echoedSessionToken0001'
    const client = createClient({ endpoint: fake.endpoint, ...permanent, token, signing: 'v1', method: 'GET' })
    body = JSON.stringify({ Response: { Error: { Code: 'InternalError', Message: `key ${permanent.secretKey} token ${token}` }, RequestId: requestId } })
    const tencent = await rejection(client.DescribeApiKey({ AccessKeyId: 'AKIDx' }))
    expect(tencent).toBeInstanceOf(TencentApiError)
    expect((tencent as TencentApiError).message).toBe('key [redacted] token [redacted]')
    // send's own outcome (not redacted as a whole) has the message cleaned too.
    const sent = await client.send('DescribeApiKey', { AccessKeyId: 'AKIDx' })
    expect(sent.outcome).toMatchObject({ kind: 'tencent-error', message: 'key [redacted] token [redacted]' })
    expectNoSecret(tencent, [permanent.secretKey, token])

    body = JSON.stringify({ Response: { Result: { ...validKey, Leak: permanent.secretKey }, RequestId: requestId } })
    const violation = await rejection(client.CreateApiKey({ SecretName: 'x' }))
    expect(violation).toBeInstanceOf(ContractViolationError)
    expectNoSecret(violation, [permanent.secretKey, token, validKey.AccessKeySecret])
  })
})

describe('what a server echoes or hides in an answer', () => {
  const fresh = 'freshlyMintedSecret0001'
  const token = 'echoedSessionToken0002'

  it('a secret member of an answer that is not JSON, or not HTTP 200, is blanked and hunted through the exchange', async () => {
    const member = `"AccessKeySecret":"${fresh}"`
    const answers: [number, string][] = [
      [201, `{"Response":{"Result":{${member}},"RequestId":"${requestId}"}}`],
      [500, `{"Response":{"Result":{${member},"Note":"was ${fresh}"},"RequestId":"${requestId}"}}`],
      [200, `{"Response":{"Result":{${member}},"RequestId":"${requestId}"}}}`],
      // Cut short in the middle of the secret: the rest of the text is blanked.
      [200, `{"Response":{"Result":{"AccessKeySecret":"${fresh}`],
      // A name written with escapes is still AccessKeySecret.
      [200, `{"Response":{"Result":{"AccessKey\\u0053ecret":"${fresh}"},"RequestId":"${requestId}"}} trailing`],
      // Not JSON, with a stray quote before the secret: a scan of string tokens is out of step from there on.
      [502, `bad " quote {"AccessKeySecret":"${fresh}"}`],
      [502, `{'msg': 'say "hi', "AccessKeySecret": "${fresh}"}`],
    ]
    for (const [status, text] of answers) {
      const fake = await fakeServer((_, res) => res.writeHead(status, { 'Content-Type': 'application/json' }).end(text))
      const client = createClient({ endpoint: fake.endpoint, ...permanent, signing: 'tc3' })
      const error = await rejection(client.CreateApiKey({ SecretName: 'x' }))
      const exchange = client.redact(await client.send('CreateApiKey', { SecretName: 'x' }))
      await fake.close()
      expect(error).toBeInstanceOf(ClientTransportError)
      expectNoSecret(error, [fresh])
      expect(JSON.stringify(exchange)).not.toContain(fresh)
      expect(exchange.response?.text).toContain('[redacted]')
    }
  })

  it('a RequestId, a violation path and a message that echo the token are scrubbed, and a path that is not plain is quoted', async () => {
    const bodies = [
      { Response: { RequestId: `${token}/${permanent.secretKey}`, Result: true } },
      { Response: { RequestId: requestId, Result: true, [`echo ${token}\u001b[2J\nnext`]: 1 } },
      { Response: { Error: { Code: 'InternalError', Message: 'm' }, RequestId: `id ${token}` } },
    ]
    for (const body of bodies) {
      const fake = await fakeServer((_, res) => res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(body)))
      const client = createClient({ endpoint: fake.endpoint, ...permanent, token, signing: 'tc3' })
      const error = await rejection(client.EnableApiKey({ AccessKeyId: 'x' }))
      await fake.close()
      // A RequestId that is not a UUID breaks the contract, so every one of these is a violation.
      expect(error).toBeInstanceOf(ContractViolationError)
      expectNoSecret(error, [token, permanent.secretKey])
      expect(JSON.stringify((error as ContractViolationError).violations ?? [])).not.toContain(token)
      expect(String((error as { requestId?: string }).requestId)).not.toContain(token)
      expect((error as Error).message).not.toMatch(/[\u0000-\u001f]/)
    }
  })

  it('an answer with many violations: the first unknown members are listed in violations and the rest counted (listed-unknown-parameters), the message names the first ten and counts the rest', async () => {
    const extra = Object.fromEntries(Array.from({ length: 1000 }, (_, i) => [`Extra${i}`, i]))
    const fake = await fakeServer((_, res) => res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify({ Response: { RequestId: requestId, Result: true, ...extra } })))
    const error = await rejection(createClient({ endpoint: fake.endpoint, ...permanent, signing: 'tc3' }).DisableApiKey({ AccessKeyId: 'x' }))
    await fake.close()
    const violation = error as ContractViolationError
    expect(violation.violations).toHaveLength(maxListedUnknownParameters + 1)
    expect(violation.violations.at(-1)?.message).toContain(`Response has ${1000 - maxListedUnknownParameters} more members`)
    expect(violation.message).toContain(`Response.Extra9 (unknown); and ${maxListedUnknownParameters + 1 - 10} more.`)
    expect(violation.message).not.toContain('Extra10 ')
  })

  it('an answer with strings of many megabytes, plain or all escapes, is judged and redacted (no stack overflow)', async () => {
    // A regular expression over JSON strings overflowed the stack on each of these (16M characters; 4M escapes).
    const text = `{"Response":{"Error":{"Code":"InternalError","Message":"${'x'.repeat(16_000_000)}"},"RequestId":"${requestId}","Escapes":"${'\\n'.repeat(4_000_000)}","AccessKeySecret":"${fresh}"}}`
    const fake = await fakeServer((_, res) => res.writeHead(200, { 'Content-Type': 'application/json' }).end(text))
    const client = createClient({ endpoint: fake.endpoint, ...permanent, signing: 'tc3', timeoutMs: 60_000 })
    const exchange = await client.send('DeleteApiKey', { AccessKeyId: 'x' })
    await fake.close()
    expect(exchange.outcome.kind).toBe('contract-violation')
    expect(client.redact(exchange).response?.text.endsWith(`"AccessKeySecret":"[redacted]"}}`)).toBe(true)
  })
})

describe('transport failures and timeouts', () => {
  it('HTTP status not 200 is a transport error with the status; so is a redirect', async () => {
    for (const status of [500, 302, 404]) {
      const fake = await fakeServer((_, res) => res.writeHead(status, { 'Content-Type': 'application/json', Location: '/' }).end(JSON.stringify({ Response: { Result: true, RequestId: requestId } })))
      const error = await rejection(createClient({ endpoint: fake.endpoint, ...permanent, signing: 'tc3' }).EnableApiKey({ AccessKeyId: 'x' }))
      await fake.close()
      expect(error).toBeInstanceOf(ClientTransportError)
      expect(error).toMatchObject({ kind: 'transport', status })
      expect((error as Error).message).toContain(String(status))
    }
  })

  it('a body that is not JSON is a transport error', async () => {
    const fake = await fakeServer((_, res) => res.writeHead(200, { 'Content-Type': 'text/html' }).end('<html>gateway</html>'))
    const client = createClient({ endpoint: fake.endpoint, ...permanent, signing: 'v1', method: 'POST' })
    const error = await rejection(client.EnableApiKey({ AccessKeyId: 'x' }))
    const exchange = await client.send('EnableApiKey', { AccessKeyId: 'x' })
    await fake.close()
    expect(error).toBeInstanceOf(ClientTransportError)
    expect((error as Error).message).toMatch(/not JSON/)
    expect(exchange.outcome.kind).toBe('transport')
    expect(exchange.response).toMatchObject({ status: 200, text: '<html>gateway</html>' })
  })

  it('a refused connection is a transport error; send resolves with it', async () => {
    const fake = await fakeServer(() => {})
    const { endpoint } = fake
    await fake.close()
    const client = createClient({ endpoint, ...permanent, signing: 'tc3' })
    const error = await rejection(client.DeleteApiKey({ AccessKeyId: 'x' }))
    expect(error).toBeInstanceOf(ClientTransportError)
    expect((error as ClientTransportError).status).toBeUndefined()
    expect((await client.send('DeleteApiKey', { AccessKeyId: 'x' })).outcome.kind).toBe('transport')
  })

  it('a server that never answers, or stops in the middle of the body, is a timeout', async () => {
    const silent = await fakeServer(() => {})
    const stalled = await fakeServer((_, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' })
      res.write('{"Response":')
    })
    for (const fake of [silent, stalled]) {
      const client = createClient({ endpoint: fake.endpoint, ...permanent, signing: 'tc3', timeoutMs: 300 })
      const started = Date.now()
      const error = await rejection(client.DescribeApiKey({ AccessKeyId: 'x' }))
      // Generous: the point is that it ends, not how fast.
      expect(Date.now() - started).toBeLessThan(20_000)
      expect(error).toBeInstanceOf(ClientTimeoutError)
      expect(error).toMatchObject({ kind: 'timeout', action: 'DescribeApiKey' })
      expect((error as Error).message).toContain('300 ms')
      expect((await client.send('DescribeApiKey', { AccessKeyId: 'x' })).outcome.kind).toBe('timeout')
    }
    await silent.close()
    await stalled.close()
  })
})

describe('redactExchange', () => {
  const all = (exchange: Exchange) => JSON.stringify(exchange)

  for (const form of wireForms) {
    it(`blanks the signature, the token, the SecretKey and every AccessKeySecret, and keeps the rest (${form.name})`, async () => {
      const client = clientFor(form, temporary)
      const manual = manualKey()
      const exchange = await client.send('CreateApiKey', { SecretName: 'redact me', AccessKeyType: 'manual', ...manual })
      expect(exchange.outcome.kind).toBe('success')
      const rotated = `${manual.AccessKeySecret}_new`
      const updated = await client.send('UpdateApiKey', { AccessKeyId: manual.AccessKeyId, AccessKeySecret: rotated })
      expect(updated.outcome).toMatchObject({ kind: 'success', result: { AccessKeySecret: rotated } })
      const signature = form.options.signing === 'tc3' ? /Signature=([0-9a-f]{64})/.exec(exchange.request.headers.Authorization!)![1]! : new URLSearchParams(exchange.request.body || new URL(exchange.request.url).search).get('Signature')!
      expect(all(exchange)).toContain(manual.AccessKeySecret)

      // With no secrets given, what is secret by its place is blanked all the same.
      for (const redacted of [redactExchange(exchange, []), redactExchange(exchange, [temporary.secretKey, temporary.token]), client.redact(exchange), client.redact(updated)]) {
        const text = all(redacted)
        for (const secret of [manual.AccessKeySecret, rotated, temporary.token, temporary.secretKey, signature, encodeURIComponent(signature)]) expect(text).not.toContain(secret)
        expect(text).toContain('[redacted]')
        expect(text).toContain(manual.AccessKeyId)
        expect(text).toContain(temporary.secretId)
      }
      const redacted = client.redact(exchange)
      expect(redacted.outcome).toMatchObject({ kind: 'success', result: { AccessKeyId: manual.AccessKeyId, AccessKeySecret: '[redacted]', SecretName: 'redact me' } })
      expect(exchange.request.headers).toEqual(expect.objectContaining(form.options.signing === 'tc3' ? { 'X-TC-Token': temporary.token } : {}))
    })

    it(`blanks a too-short AccessKeySecret where it stands, and leaves the same letters elsewhere readable (${form.name})`, async () => {
      const client = clientFor(form, permanent)
      // Shorter than any secret the contract allows: refused, and never a key's secret.
      const short = 'a'.repeat(shortestSecret - 1)
      const exchange = await client.send('CreateApiKey', { SecretName: `keep ${short} readable`, AccessKeyType: 'manual', AccessKeyId: 'short_secret_key', AccessKeySecret: short })
      expect(exchange.outcome.kind).toBe('tencent-error')
      const redacted = client.redact(exchange)
      const sent = decodeURIComponent(form.options.method === 'GET' ? redacted.request.url : redacted.request.body)
      expect(sent).not.toMatch(new RegExp(`AccessKeySecret\\W+${short}(?![a])`))
      expect(sent).toMatch(/AccessKeySecret\W+\[redacted\]/)
      expect(all(redacted)).toContain('CreateApiKey')
      expect(sent.replace(/\+/g, ' ')).toContain(`keep ${short} readable`)
    })
  }
})

describe('options and requests the wire cannot carry', () => {
  it('bad options are TypeErrors naming the option, never its value', () => {
    const secret = 'misplacedSecretValue0001'
    const bad: [Partial<ClientOptions>, RegExp][] = [
      [{ endpoint: secret }, /endpoint/],
      [{ endpoint: `ftp://${secret}` }, /endpoint/],
      [{ endpoint: `http://127.0.0.1:1/?${secret}` }, /endpoint/],
      // A bare `?` or `#` leaves URL.search and URL.hash empty, but a query appended to it would be lost.
      [{ endpoint: 'http://127.0.0.1:1/?' }, /endpoint/],
      [{ endpoint: 'http://127.0.0.1:1/#' }, /endpoint/],
      [{ endpoint: 'http://127.0.0.1:1#' }, /endpoint/],
      [{ signing: secret as 'tc3' }, /signing/],
      [{ signing: undefined as unknown as 'tc3' }, /signing/],
      [{ secretKey: '' }, /secretKey/],
      [{ secretId: `${secret}\n` }, /secretId/],
      [{ method: secret as 'GET' }, /method/],
      [{ signing: 'tc3', signatureMethod: 'HmacSHA1' }, /signatureMethod/],
      [{ signing: 'v1', signatureMethod: secret as 'HmacSHA1' }, /signatureMethod/],
      [{ timeoutMs: 0 }, /timeoutMs/],
      // Past 2^31 - 1 ms Node's timers fire at once (or throw): such a timeout would not be one.
      [{ timeoutMs: 2 ** 31 }, /timeoutMs/],
      [{ timeoutMs: Number.MAX_SAFE_INTEGER }, /timeoutMs/],
      [{ language: secret as 'en-US' }, /language/],
      // Control characters: fetch would refuse the header quoting it whole, signature included.
      [{ secretId: `AKID\u0000${secret}` }, /secretId/],
      [{ secretKey: `${secret}\u0007` }, /secretKey/],
      [{ token: `${secret}\ttab` }, /token/],
      [{ region: `ap-\u001b[2J${secret}` }, /region/],
      [{ requestClient: `${secret}\u007f` }, /requestClient/],
      [{ requestClient: `${secret}\u0085` }, /requestClient/],
      // Sent in a header, where fetch takes only bytes.
      [{ secretId: `${secret}€` }, /secretId must hold only Latin-1 characters \(U\+0000–U\+00FF\) with TC3/],
      [{ token: `${secret}中` }, /token must hold only Latin-1 characters \(U\+0000–U\+00FF\) with TC3/],
      [{ region: 'ap-中' }, /region must hold only Latin-1 characters \(U\+0000–U\+00FF\) with TC3/],
      [{ requestClient: `${secret}😀` }, /requestClient must hold only Latin-1 characters \(U\+0000–U\+00FF\) with TC3/],
    ]
    bad.push([{ timeoutMs: 1.5 }, /timeoutMs/], [{ timeoutMs: '100' as unknown as number }, /timeoutMs/], [{ timeoutMs: -1 }, /timeoutMs/], [{ now: 5 as unknown as () => number }, /option now must be a function/])
    bad.push([{ language: 'fr-FR' as 'en-US' }, /language must be one of zh-CN, en-US/], [{ token: '' }, /token must be a non-empty string/], [{ region: 7 as unknown as string }, /region must be a non-empty string/])
    // A misspelt or unknown option is refused by its name, cut and quoted: it would otherwise do nothing.
    bad.push([{ timeout: 100 } as never, /^createClient: unknown option "timeout": the options are endpoint, secretId, /], [{ ['y'.repeat(80)]: 1 } as never, new RegExp(`unknown option "${'y'.repeat(64)}…": `)])
    for (const options of [null, 'https://apigateway.tencentcloudapi.com', 7, []]) {
      expect(() => createClient(options as unknown as ClientOptions)).toThrow(new TypeError('createClient: options must be an object.'))
    }
    // The least timeout and the absent optional texts are fine.
    expect(() => createClient({ endpoint: 'http://127.0.0.1:1', ...permanent, signing: 'tc3', timeoutMs: 1 })).not.toThrow()
    expect(() => createClient({ endpoint: 'http://127.0.0.1:1', ...permanent, signing: 'v1', token: undefined, region: undefined })).not.toThrow()
    for (const [options, message] of bad) {
      expect(() => createClient({ endpoint: 'http://127.0.0.1:1', ...permanent, signing: 'tc3', ...options } as ClientOptions)).toThrow(message)
      // The same rule, without making a client (conform checks its endpoint and token up front with it).
      expect(() => checkClientOptions({ endpoint: 'http://127.0.0.1:1', ...permanent, signing: 'tc3', ...options } as ClientOptions)).toThrow(message)
      try {
        createClient({ endpoint: 'http://127.0.0.1:1', ...permanent, signing: 'tc3', ...options } as ClientOptions)
      } catch (error) {
        expect(error).toBeInstanceOf(TypeError)
        expect((error as Error).message).not.toContain(secret)
      }
    }
  })

  it('a lone surrogate is escaped in the JSON form and refused by name in the flat forms', async () => {
    const tc3 = clientFor(wireForms[0]!)
    const json = await tc3.send('DescribeApiKeysStatus', { Filters: [{ Name: 'SecretName', Values: ['a\ud800b'] }] })
    expect(json.request.body).toContain('a\\ud800b')
    expect(json.outcome.kind).toBe('success')
    for (const form of wireForms.slice(1)) {
      await expect(clientFor(form).send('DescribeApiKeysStatus', { Filters: [{ Name: 'SecretName', Values: ['a\ud800b'] }] })).rejects.toThrow(/Filters\.0\.Values\.0 holds a lone surrogate/)
    }
  })

  it('an empty list or object is sent in the JSON form and refused by name in the flat forms, where it would vanish', async () => {
    const emptyValues = { Filters: [{ Name: 'SecretName', Values: [] }] }
    const json = await clientFor(wireForms[0]!).send('DescribeApiKeysStatus', emptyValues)
    expect(json.request.body).toContain('"Values":[]')
    expect(json.outcome.kind).toBe('success')
    for (const form of wireForms.slice(1)) {
      await expect(clientFor(form).send('DescribeApiKeysStatus', emptyValues)).rejects.toThrow(/Filters\.0\.Values is an empty list, which a flat form cannot carry/)
      // A list of nothing the form keeps is empty too; an empty item is an empty object.
      await expect(clientFor(form).send('DescribeApiKeysStatus', { Filters: [{ Name: 'SecretName', Values: [null] }] })).rejects.toThrow(/Filters\.0\.Values is an empty list/)
      await expect(clientFor(form).send('DescribeApiKeysStatus', { Filters: [{}] })).rejects.toThrow(/Filters\.0 is an empty object/)
      // The body itself may be empty: a list of every key.
      expect((await clientFor(form).send('DescribeApiKeysStatus', {})).outcome.kind).toBe('success')
    }
  })

  it('an integer from 1e21 on goes in full digits in the flat forms, where String would write 1e+21', async () => {
    for (const form of wireForms) {
      const exchange = await clientFor(form).send('DescribeApiKeysStatus', { Offset: 1e21 })
      expect(exchange.outcome).toMatchObject({ kind: 'success', result: { ApiKeySet: [] } })
      if (form !== wireForms[0]) expect(decodeURIComponent(exchange.request.url + (exchange.request.body ?? ''))).toContain('Offset=1000000000000000000000')
    }
  })

  it('checkClientOptions accepts what createClient accepts', () => {
    expect(checkClientOptions({ endpoint: 'https://apigateway.tencentcloudapi.com', ...temporary, signing: 'v1', method: 'GET', signatureMethod: 'HmacSHA1', region: 'ap-guangzhou', language: 'en-US' })).toBeUndefined()
    // The SecretKey is only an HMAC key, never a header: any well-formed text.
    expect(checkClientOptions({ endpoint: 'https://apigateway.tencentcloudapi.com', ...temporary, secretKey: 'k€y 中 😀', signing: 'tc3' })).toBeUndefined()
    // v1 sends the SecretId, token, region and RequestClient in the query or the form, which carry any text.
    expect(checkClientOptions({ endpoint: 'https://apigateway.tencentcloudapi.com', ...temporary, secretId: 'AKID€', token: 't中', region: 'ap-中', requestClient: 'c😀', signing: 'v1' })).toBeUndefined()
  })

  it('a request fetch refuses is a transport error whose message holds neither the signature nor the token', async () => {
    const client = createClient({ endpoint: 'http://127.0.0.1:1', ...temporary, signing: 'tc3' })
    // An override is not an option: a NUL in it reaches fetch, which quotes the refused header (Authorization) whole.
    const exchange = await client.send('DescribeApiKey', { AccessKeyId: 'x' }, { secretId: 'AKID\u0000x' })
    const signature = /Signature=([0-9a-f]{64})/.exec(exchange.request.headers.Authorization!)![1]!
    expect(exchange.outcome).toMatchObject({ kind: 'transport', message: expect.stringContaining('invalid header value') })
    const message = (exchange.outcome as { message: string }).message
    expect(message).toContain('[redacted]')
    for (const secret of [signature, temporary.token, temporary.secretKey]) expect(message).not.toContain(secret)
  })

  it('the longest timeout Node keeps is accepted', () => {
    expect(() => createClient({ endpoint: 'http://127.0.0.1:1', ...permanent, signing: 'tc3', timeoutMs: 2 ** 31 - 1 })).not.toThrow()
  })

  it('a timestamp with no date (a clock in the wrong unit, NaN) is a TypeError before anything is sent', async () => {
    let asked = 0
    const fake = await fakeServer((_, res) => {
      asked++
      res.end('{}')
    })
    for (const form of wireForms) {
      for (const now of [() => Number.NaN, () => Date.now() * 1e4, () => Number.POSITIVE_INFINITY]) {
        await expect(clientFor(form, { now }, fake.endpoint).DescribeApiKey({ AccessKeyId: 'x' })).rejects.toThrow(/timestamp \(from option now, which returns ms\)/)
      }
      await expect(clientFor(form, {}, fake.endpoint).send('DescribeApiKey', { AccessKeyId: 'x' }, { timestamp: 1e13 })).rejects.toThrow(/overrides\.timestamp/)
      // Any date, however far from now, is signed (a check of how a server treats a bad clock).
      const old = await clientFor(form, {}, fake.endpoint).send('DescribeApiKey', { AccessKeyId: 'x' }, { timestamp: -8.64e12 })
      expect(old.outcome.kind).toBe('contract-violation')
    }
    await fake.close()
    expect(asked).toBe(wireForms.length)
  })

  it('parameters that hold themselves, or nest deeper than any wire form needs, are a TypeError naming where', async () => {
    const cyclic: Record<string, unknown> = { AccessKeyId: 'x' }
    cyclic.Self = { Again: cyclic }
    let deep: Record<string, unknown> = { Leaf: 'a\ud800' }
    for (let i = 0; i < 40; i++) deep = { N: deep }
    let deeper: Record<string, unknown> = {}
    for (let i = 0; i < 100_000; i++) deeper = { N: deeper }
    for (const form of wireForms) {
      await expect(clientFor(form).send('DescribeApiKey', cyclic)).rejects.toThrow(/Self\.Again holds itself/)
      await expect(clientFor(form).send('DescribeApiKey', deeper)).rejects.toThrow(/nest deeper than 64 levels/)
      // A lone surrogate deep down is found wherever it is (it once slipped past a depth limit into a URIError).
      if (form.options.signing === 'v1' || form.options.method === 'GET') await expect(clientFor(form).send('DescribeApiKey', deep)).rejects.toThrow(/"N\.N\.N.*…" holds a lone surrogate/)
    }
    // A value met twice, not inside itself, is no cycle.
    const shared = { Name: 'SecretName', Values: ['a'] }
    for (const form of wireForms) expect((await clientFor(form).send('DescribeApiKeysStatus', { Filters: [shared, shared] })).outcome.kind).toBe('success')
  })

  it('a function member is left out in every form, and toJSON is called with its member name, as the SDK does', async () => {
    const filter = { Name: 'SecretName', Values: ['a'], f: () => 'x' }
    for (const form of wireForms) {
      const exchange = await clientFor(form).send('DescribeApiKeysStatus', { Filters: [filter] })
      expect(exchange.outcome.kind).toBe('success')
      expect(`${exchange.request.url} ${exchange.request.body}`).not.toMatch(/\bf\b/)
    }
    const named = await clientFor(wireForms[0]!).send('DescribeApiKey', { AccessKeyId: { toJSON: (key: string) => `id_${key}` } })
    expect(JSON.parse(named.request.body)).toEqual({ AccessKeyId: 'id_AccessKeyId' })
    // toJSON is called once: what it returns is written as it is, as JSON.stringify writes it (`return this`: {}).
    const self = { toJSON() { return this } }
    const once = await clientFor(wireForms[0]!).send('DescribeApiKey', { AccessKeyId: self })
    expect(once.request.body).toBe(JSON.stringify({ AccessKeyId: self }))
    // A toJSON that returns a value deeper than any request is refused, not a stack overflow.
    await expect(clientFor(wireForms[0]!).send('DescribeApiKey', { AccessKeyId: { toJSON: () => { let v: unknown = 'x'; for (let i = 0; i < 100; i++) v = { N: v }; return v } } })).rejects.toThrow(/nest deeper than 64 levels/)
    // In a TC3 GET query, a null member is never sent, so a lone surrogate in its name does not matter.
    const get = await clientFor(wireForms[1]!).send('DescribeApiKeysStatus', { '\ud800': null })
    expect(get.outcome.kind).toBe('success')
  })

  it('send refuses a name that is not an action', async () => {
    await expect(clientFor(wireForms[0]!).send('CreateApiKeys' as ActionName, {})).rejects.toThrow(TypeError)
  })
})

describe('answers too deep or too long', () => {
  it('a body 20,000 levels deep: redacted, the part past the depth limit is a placeholder, never the raw subtree', async () => {
    const deepSecret = 'deepAccessKeySecret00000001'
    const levels = 20_000
    const inner = JSON.stringify({ AccessKeySecret: deepSecret, Echo: permanent.secretKey })
    const body = `{"Response":{"RequestId":"${requestId}","Result":${'{"a":'.repeat(levels)}${inner}${'}'.repeat(levels)}}}`
    const fake = await fakeServer((_, res) => res.writeHead(200, { 'Content-Type': 'application/json' }).end(body))
    const client = createClient({ endpoint: fake.endpoint, ...permanent, signing: 'tc3' })
    const exchange = await client.send('DescribeApiKey', { AccessKeyId: 'AKIDx' })
    const error = await rejection(client.DescribeApiKey({ AccessKeyId: 'AKIDx' }))
    await fake.close()
    expect(exchange.outcome.kind).toBe('contract-violation')
    for (const redacted of [client.redact(exchange), (error as ContractViolationError).exchange]) {
      // Stringified inside a report (a few levels more), as conform's --json does.
      const text = JSON.stringify({ report: { checks: [{ failure: { exchanges: [redacted] } }] } }, null, 2)
      expect(text).toContain(JSON.stringify(tooDeep))
      expect(text).not.toContain(deepSecret)
      expect(text).not.toContain(permanent.secretKey)
    }
  })

  it('the largest answer the contract allows is read whole', async () => {
    const code = '\u{1f600}'
    const long = (length: number) => code.repeat(length)
    const key = (index: number): ApiKey => ({
      ...validKey,
      AccessKeyId: `${'A'.repeat(50 - String(index).length)}${index}`,
      AccessKeySecret: 'S'.repeat(50),
      SecretName: long(50),
      Tags: Array.from({ length: 50 }, () => ({ Key: long(127), Value: long(255) })),
    })
    const page = { Response: { Result: { TotalCount: 100, ApiKeySet: Array.from({ length: 100 }, (_, index) => key(index)) }, RequestId: requestId } }
    // Every character as the longest JSON spelling of it, two \u escapes.
    const body = JSON.stringify(page).replaceAll(code, '\\ud83d\\ude00')
    expect(Buffer.byteLength(body)).toBeGreaterThan(maxAnswerBytes / 2.2)
    const fake = await fakeServer((_, res) => res.writeHead(200, { 'Content-Type': 'application/json' }).end(body))
    const exchange = await createClient({ endpoint: fake.endpoint, ...permanent, signing: 'tc3', timeoutMs: 60_000 }).send('DescribeApiKeysStatus', {})
    await fake.close()
    expect(exchange.outcome.kind).toBe('success')
  })

  it('a body longer than maxAnswerBytes is a transport error naming the cap; the client stops reading it', async () => {
    let written = 0
    // Sends until the client hangs up (a bound stops it if the client kept reading: the test then fails, not hangs).
    const endless = await fakeServer((_, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' })
      const chunk = Buffer.alloc(1 << 16, 0x20)
      const pump = () => {
        while (written < 3 * maxAnswerBytes && !res.destroyed) {
          written += chunk.length
          if (!res.write(chunk)) return void res.once('drain', pump)
        }
        res.end()
      }
      res.on('close', () => res.destroy())
      pump()
    })
    const rssBefore = process.memoryUsage().rss
    const client = createClient({ endpoint: endless.endpoint, ...permanent, signing: 'tc3', timeoutMs: 60_000 })
    const error = await rejection(client.DescribeApiKey({ AccessKeyId: 'x' }))
    const rssGrowth = process.memoryUsage().rss - rssBefore
    await endless.close()
    expect(error).toBeInstanceOf(ClientTransportError)
    expect((error as Error).message).toContain(`longer than ${maxAnswerBytes} bytes`)
    expect((error as ClientTransportError).exchange.response).toMatchObject({ status: 200, text: '' })
    // What was written but not read sits in socket buffers (a few MB on loopback): far from 3 caps.
    expect(written).toBeLessThan(maxAnswerBytes + 32 * 2 ** 20)
    // Generous: the chunks read, at most the cap, and the collector's slack.
    expect(rssGrowth).toBeLessThan(3 * maxAnswerBytes)

    // A Content-Length over the cap is refused before the body is read (this server never sends it).
    const declared = await fakeServer((_, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': String(maxAnswerBytes + 1) })
      res.write('{')
    })
    const sent = await createClient({ endpoint: declared.endpoint, ...permanent, signing: 'v1', timeoutMs: 10_000 }).send('DescribeApiKey', { AccessKeyId: 'x' })
    await declared.close()
    expect(sent.outcome).toMatchObject({ kind: 'transport', message: expect.stringContaining(`longer than ${maxAnswerBytes} bytes`) })
  })
})
