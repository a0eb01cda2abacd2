/**
 * Real clients' call sequences against the emulator over loopback (lifecycle facts §5):
 * - the Terraform provider's (resource and data source `tencentcloud_api_gateway_api_key[s]`, §5.1) run through the
 *   official Node SDK (tencentcloud-sdk-nodejs), with TC3 JSON and with the SDK's v1 form (HmacSHA256), call for call:
 *   create with status on and off (the provider's auto + off bug included), read through DescribeApiKeysStatus by
 *   AccessKeyId with Limit 100 until a short page, update of a manual key's secret, disable and enable, destroy as
 *   disable then delete, and the destroy check;
 * - the serverless toolkit's key steps (§5.2) through `@tencent-sdk/capi` 1.1.8 (signature v1, HmacSHA1, form POST),
 *   with the toolkit's own response handling (Result || Response; ResourceNotFound swallowed as null).
 */
import http from 'node:http'
import { createRequire } from 'node:module'
import { Capi } from '@tencent-sdk/capi'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runtimeActions } from '../src/actions.js'
import { createEmulator, defaultCredential, generatedKeyShape, type Emulator } from '../src/emulator/index.js'
import type { ApiKey } from '../src/types.js'

const require = createRequire(import.meta.url)

interface ApiKeysStatus {
  TotalCount: number
  ApiKeySet: ApiKey[]
}
interface Sdk {
  CreateApiKey(request: object): Promise<{ Result: ApiKey }>
  DescribeApiKeysStatus(request: object): Promise<{ Result: ApiKeysStatus }>
  UpdateApiKey(request: object): Promise<{ Result: ApiKey }>
  EnableApiKey(request: object): Promise<{ Result: boolean | null }>
  DisableApiKey(request: object): Promise<{ Result: boolean | null }>
  DeleteApiKey(request: object): Promise<{ Result: boolean | null }>
}
const tencentcloud = require('tencentcloud-sdk-nodejs') as { apigateway: { v20180808: { Client: new (config: object) => Sdk } } }

const lines: string[] = []
let emulator: Emulator
const savedProxyEnvironment: Record<string, string | undefined> = {}
const proxyVariables = ['HTTP_PROXY', 'http_proxy', 'HTTPS_PROXY', 'https_proxy', 'ALL_PROXY', 'all_proxy', 'NO_PROXY', 'no_proxy']
beforeAll(async () => {
  // capi 1.1.8 sends through `request`, which honours *_PROXY: none of them may take a call off loopback.
  for (const name of proxyVariables) savedProxyEnvironment[name] = process.env[name]
  for (const name of proxyVariables) delete process.env[name]
  process.env.NO_PROXY = process.env.no_proxy = '*'
  emulator = await createEmulator({ rateLimitPerSecond: 0, keyQuota: Infinity, log: { write: (line: string) => lines.push(line) } })
})
afterAll(async () => {
  await emulator.close()
  for (const name of proxyVariables) {
    if (savedProxyEnvironment[name] === undefined) delete process.env[name]
    else process.env[name] = savedProxyEnvironment[name]
  }
})

/** The action and signature of every call the emulator received since `from` (its log), to show where calls went. */
const received = (from: number) => lines.slice(from).map((line) => JSON.parse(line) as { msg: string; signature?: string; outcome: string })

function sdk(signMethod: 'TC3-HMAC-SHA256' | 'HmacSHA256'): Sdk {
  return new tencentcloud.apigateway.v20180808.Client({
    credential: { secretId: defaultCredential.secretId, secretKey: defaultCredential.secretKey },
    region: 'ap-guangzhou',
    // An explicit agent keeps the SDK away from any proxy in the environment.
    profile: { signMethod, httpProfile: { endpoint: emulator.endpoint, protocol: 'http://', reqMethod: 'POST', agent: new http.Agent() } },
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

/** The resource's state in Terraform (the attributes Read sets). */
interface TerraformState {
  secret_name: string
  status: 'on' | 'off'
  access_key_type: 'auto' | 'manual'
  access_key_id: string
  access_key_secret: string
  modify_time: string
  create_time: string
}
interface TerraformConfig {
  secret_name: string
  access_key_type?: 'auto' | 'manual'
  access_key_id?: string
  access_key_secret?: string
  status?: 'on' | 'off'
}

/**
 * `resource_tc_api_gateway_api_key.go` and `data_source_tc_api_gateway_api_keys.go` (TF @f6970a9), as §5.1 gives
 * them, over the official SDK: the same requests, in the same order, with the same checks on the answers.
 */
class TerraformProvider {
  constructor(private readonly client: Sdk) {}

  /** Create: CreateApiKey; for status "off", DisableApiKey of the *local* access_key_id ("" for an auto key); then Read. */
  async create(config: TerraformConfig): Promise<{ id: string; state: TerraformState | undefined }> {
    const type = config.access_key_type ?? 'auto'
    const request: Record<string, string> = { SecretName: config.secret_name, AccessKeyType: type }
    if (type === 'manual') {
      request.AccessKeyId = config.access_key_id!
      request.AccessKeySecret = config.access_key_secret!
    }
    const response = await this.client.CreateApiKey(request)
    const accessKeyId = config.access_key_id ?? ''
    // The provider's bug: it disables the configured id, which an auto key does not have. An error here returns
    // before d.SetId, orphaning the key.
    if ((config.status ?? 'on') === 'off') await this.setStatus(accessKeyId, 'off')
    const id = response.Result.AccessKeyId
    return { id, state: await this.read(id) }
  }

  /** Read: DescribeApiKeysStatus by AccessKeyId, Limit 100, Offset 0, 100, … until a short page; the first key, or gone. */
  async read(id: string): Promise<TerraformState | undefined> {
    const keys = await this.describeApiKeysStatus([{ Name: 'AccessKeyId', Values: [id] }])
    const key = keys[0]
    if (key === undefined) return undefined
    return {
      secret_name: key.SecretName,
      status: key.Status === 1 ? 'on' : 'off',
      access_key_type: key.AccessKeyType,
      access_key_id: key.AccessKeyId,
      access_key_secret: key.AccessKeySecret,
      modify_time: key.ModifiedTime,
      create_time: key.CreatedTime,
    }
  }

  /** Update: UpdateApiKey if the (manual) secret changed, then Disable or Enable if the status changed, then Read. */
  async update(id: string, state: TerraformState, config: TerraformConfig): Promise<TerraformState | undefined> {
    if (config.access_key_secret !== undefined && config.access_key_secret !== state.access_key_secret) {
      await this.client.UpdateApiKey({ AccessKeyId: id, AccessKeySecret: config.access_key_secret })
    }
    const status = config.status ?? 'on'
    if (status !== state.status) await this.setStatus(id, status)
    return this.read(id)
  }

  /** Delete: DisableApiKey unless the state says "off", then DeleteApiKey, which must answer true. */
  async delete(id: string, state: TerraformState): Promise<void> {
    if (state.status !== 'off') await this.setStatus(id, 'off')
    const { Result } = await this.client.DeleteApiKey({ AccessKeyId: id })
    if (Result === null) throw new Error('return empty response')
    if (!Result) throw new Error('delete API key fail')
  }

  /** The data source: DescribeApiKeysStatus with the SecretName and AccessKeyId filters given, paged as Read. */
  async dataSource(filters: { secret_name?: string; api_key_id?: string }): Promise<ApiKey[]> {
    const Filters: object[] = []
    if (filters.secret_name !== undefined) Filters.push({ Name: 'SecretName', Values: [filters.secret_name] })
    if (filters.api_key_id !== undefined) Filters.push({ Name: 'AccessKeyId', Values: [filters.api_key_id] })
    return this.describeApiKeysStatus(Filters)
  }

  private async describeApiKeysStatus(Filters: object[]): Promise<ApiKey[]> {
    const keys: ApiKey[] = []
    for (let offset = 0; ; offset += 100) {
      const { Result } = await this.client.DescribeApiKeysStatus({ Filters, Limit: 100, Offset: offset })
      keys.push(...Result.ApiKeySet)
      if (Result.ApiKeySet.length < 100) break
    }
    return keys
  }

  private async setStatus(id: string, status: 'on' | 'off'): Promise<void> {
    const { Result } = status === 'off' ? await this.client.DisableApiKey({ AccessKeyId: id }) : await this.client.EnableApiKey({ AccessKeyId: id })
    if (Result === null) throw new Error('return empty response')
    if (!Result) throw new Error(`${status === 'off' ? 'disable' : 'enable'} API key fail`)
  }
}

const secretShape = new RegExp(`^[A-Za-z0-9]{${generatedKeyShape.secretLength}}$`)

for (const signMethod of ['TC3-HMAC-SHA256', 'HmacSHA256'] as const) {
  describe(`the Terraform provider's sequences through the official SDK (${signMethod})`, () => {
    const tag = signMethod === 'TC3-HMAC-SHA256' ? 'tc3' : 'v1'
    const provider = () => new TerraformProvider(sdk(signMethod))

    it('acceptance test: auto on → off → import verify → destroy; manual on → off with a new secret → import verify → destroy', async () => {
      const from = lines.length
      const terraform = provider()
      const auto = await terraform.create({ secret_name: `tf auto ${tag}` })
      expect(auto.state).toMatchObject({ secret_name: `tf auto ${tag}`, status: 'on', access_key_type: 'auto', access_key_id: auto.id })
      expect(auto.state!.access_key_secret).toMatch(secretShape)

      const off = await terraform.update(auto.id, auto.state!, { secret_name: `tf auto ${tag}`, status: 'off' })
      expect(off).toEqual({ ...auto.state, status: 'off', modify_time: off!.modify_time })
      // ImportStateVerify: a fresh read gives the same attributes, the secret included.
      expect(await terraform.read(auto.id)).toEqual(off)
      await terraform.delete(auto.id, off!)
      // CheckDestroy: DescribeApiKeysStatus by id returns nothing.
      expect(await terraform.read(auto.id)).toBeUndefined()

      const manualConfig = { secret_name: `tf manual ${tag}`, access_key_type: 'manual', access_key_id: `tf_manual_${tag}_01`, access_key_secret: `tf_manual_secret_${tag}_1` } as const
      const manual = await terraform.create(manualConfig)
      expect(manual.id).toBe(manualConfig.access_key_id)
      expect(manual.state).toMatchObject({ status: 'on', access_key_type: 'manual', access_key_secret: manualConfig.access_key_secret })
      const rotated = await terraform.update(manual.id, manual.state!, { ...manualConfig, status: 'off', access_key_secret: `tf_manual_secret_${tag}_2` })
      expect(rotated).toEqual({ ...manual.state, status: 'off', access_key_secret: `tf_manual_secret_${tag}_2`, modify_time: rotated!.modify_time })
      expect(await terraform.read(manual.id)).toEqual(rotated)
      // Back on (Enable), then destroy from "on": Disable, then Delete.
      const on = await terraform.update(manual.id, rotated!, { ...manualConfig, access_key_secret: rotated!.access_key_secret })
      expect(on?.status).toBe('on')
      await terraform.delete(manual.id, on!)
      expect(await terraform.read(manual.id)).toBeUndefined()

      const calls = received(from)
      expect(calls.every((call) => call.signature === (signMethod === 'TC3-HMAC-SHA256' ? 'v3' : 'v1') && call.outcome === 'Success')).toBe(true)
      expect(calls.map((call) => call.msg)).toEqual([
        ...['CreateApiKey', 'DescribeApiKeysStatus', 'DisableApiKey', 'DescribeApiKeysStatus', 'DescribeApiKeysStatus', 'DeleteApiKey', 'DescribeApiKeysStatus'],
        ...['CreateApiKey', 'DescribeApiKeysStatus', 'UpdateApiKey', 'DisableApiKey', 'DescribeApiKeysStatus', 'DescribeApiKeysStatus'],
        ...['EnableApiKey', 'DescribeApiKeysStatus', 'DisableApiKey', 'DeleteApiKey', 'DescribeApiKeysStatus'],
      ])
    })

    it('create with status off: a manual key is disabled; an auto key hits the provider\'s bug, DisableApiKey("") → ResourceNotFound.InvalidAccessKeyId, and stays enabled, orphaned', async () => {
      const terraform = provider()
      const manual = await terraform.create({ secret_name: `tf off ${tag}`, access_key_type: 'manual', access_key_id: `tf_off_${tag}_01`, access_key_secret: `tf_off_secret_${tag}_1`, status: 'off' })
      expect(manual.state?.status).toBe('off')

      const error = await sdkError(terraform.create({ secret_name: `tf auto off ${tag}`, status: 'off' }))
      expect(error.code).toBe('ResourceNotFound.InvalidAccessKeyId')
      const orphans = await terraform.dataSource({ secret_name: `tf auto off ${tag}` })
      expect(orphans).toHaveLength(1)
      expect(orphans[0]).toMatchObject({ AccessKeyType: 'auto', Status: 1 })
    })

    it('the data source: the id filter finds exactly one key, the name filter pages with Limit 100 to the end (150 keys), both ANDed', async () => {
      const terraform = provider()
      const client = sdk(signMethod)
      const name = `tf many ${tag}`
      const created: ApiKey[] = []
      // Each create differs (a tag): 150 identical v1 requests within a few seconds would sooner or later draw the
      // same 16-bit Nonce in one second, and that byte-identical request is a replay the emulator refuses
      // (decision emulator-replay).
      for (let i = 0; i < 150; i++) created.push((await client.CreateApiKey({ SecretName: name, Tags: [{ Key: 'n', Value: String(i) }] })).Result)
      const byName = await terraform.dataSource({ secret_name: name })
      expect(byName.map((key) => key.AccessKeyId)).toEqual(created.map((key) => key.AccessKeyId).reverse())
      const one = created[42]!
      expect(await terraform.dataSource({ api_key_id: one.AccessKeyId })).toEqual([one])
      expect(await terraform.dataSource({ secret_name: name, api_key_id: one.AccessKeyId })).toEqual([one])
      expect(await terraform.dataSource({ secret_name: `${name} other`, api_key_id: one.AccessKeyId })).toEqual([])
    })
  })
}

/** The toolkit's ApiFactory over capi: v1 form POST, RequestClient ServerlessComponentV2 (TCT src/utils/api.ts). */
function toolkitApi() {
  const capi = new Capi({
    ServiceType: 'apigateway',
    Version: '2018-08-08',
    Region: 'ap-guangzhou',
    SecretId: defaultCredential.secretId,
    SecretKey: defaultCredential.secretKey,
    RequestClient: 'ServerlessComponentV2',
    host: emulator.endpoint,
    protocol: 'http',
    path: '/',
  })
  return async (Action: string, data: object): Promise<unknown> => {
    const { Response } = (await capi.request({ Action, ...data }, { isV3: false, host: emulator.endpoint, path: '/', protocol: 'http' })) as { Response: { Error?: { Code: string; Message: string }; Result?: unknown } }
    if (Response.Error) {
      // errorHandler: a ResourceNotFound error is no error for the toolkit (null), any other is thrown.
      if (Response.Error.Code.includes('ResourceNotFound')) return null
      throw Object.assign(new Error(Response.Error.Message), { code: Response.Error.Code })
    }
    return Response.Result || Response
  }
}

describe('the serverless toolkit\'s key steps through @tencent-sdk/capi 1.1.8 (v1, HmacSHA1, form POST)', () => {
  it('is the pinned version', () => {
    expect((require('@tencent-sdk/capi/package.json') as { version: string }).version).toBe('1.1.8')
  })

  it('creates auto keys, keeps the enabled ones of a list of ids, then disables and deletes them', async () => {
    const from = lines.length
    const apigw = toolkitApi()
    // usagePlan.bind, no secretIds configured: CreateApiKey{SecretName, AccessKeyType: 'auto'}, reads AccessKeyId.
    const ids: string[] = []
    for (let i = 0; i < 3; i++) ids.push(((await apigw('CreateApiKey', { SecretName: `toolkit ${i}`, AccessKeyType: 'auto' })) as ApiKey).AccessKeyId)
    expect(await apigw('DisableApiKey', { AccessKeyId: ids[1] })).toBe(true)
    // With secretIds configured: DescribeApiKeysStatus{Limit: ids.length, Filters AccessKeyId: ids}, keeping Status 1.
    const asked = [...ids, 'toolkit_missing_id']
    const status = (await apigw('DescribeApiKeysStatus', { Limit: asked.length, Filters: [{ Name: 'AccessKeyId', Values: asked }] })) as ApiKeysStatus
    expect(status.TotalCount).toBe(3)
    const enabled = status.ApiKeySet.filter((key) => Number(key.Status) === 1).map((key) => key.AccessKeyId)
    expect(enabled.sort()).toEqual([ids[0], ids[2]].sort())

    // usagePlan.remove for the keys it created: DisableApiKey then DeleteApiKey each, errors swallowed.
    for (const AccessKeyId of ids) {
      expect(await apigw('DisableApiKey', { AccessKeyId })).toBe(true)
      expect(await apigw('DeleteApiKey', { AccessKeyId })).toBe(true)
    }
    // A second removal: the toolkit's handler turns ResourceNotFound into null.
    expect(await apigw('DeleteApiKey', { AccessKeyId: ids[0] })).toBeNull()
    const after = (await apigw('DescribeApiKeysStatus', { Limit: asked.length, Filters: [{ Name: 'AccessKeyId', Values: asked }] })) as ApiKeysStatus
    expect(after).toEqual({ TotalCount: 0, ApiKeySet: [] })

    // Every call reached the emulator on loopback, signed v1.
    const calls = received(from)
    expect(calls).toHaveLength(3 + 1 + 1 + 6 + 2)
    expect(calls.every((call) => call.signature === 'v1')).toBe(true)
    expect(calls.at(-2)).toMatchObject({ msg: 'DeleteApiKey', outcome: 'ResourceNotFound.InvalidAccessKeyId' })
  })

  it('more than 100 ids (the toolkit sends Limit = their number) are refused, as decision list-paging says; the toolkit throws', async () => {
    const apigw = toolkitApi()
    const ids = Array.from({ length: 101 }, (_, i) => `toolkit_many_${i}`)
    const request = { Limit: ids.length, Filters: [{ Name: 'AccessKeyId', Values: ids }] }
    const expected = runtimeActions.DescribeApiKeysStatus.parseRequest(request)
    expect(expected.ok).toBe(false)
    await expect(apigw('DescribeApiKeysStatus', request)).rejects.toMatchObject({ code: expected.ok ? undefined : expected.error.Code, message: expected.ok ? undefined : expected.error.Message })
  })
})
