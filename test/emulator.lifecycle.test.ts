/**
 * The API-key lifecycle on the real emulator over loopback HTTP, in the four wire forms: the decisions status-toggle,
 * update-secret, delete-needs-disabled, list-filters, list-paging and list-empty, each as its choice states it, and
 * the v1 form's integers (`Limit=100`) and nested arrays (`Filters.0.Values.1`). The emulator runs on a test clock
 * (requests are signed with its time), so ModifiedTime can be seen to move, or not. Every answer is checked against
 * its action's envelope schema (support/emulatorWire.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runtimeActions, type ActionName } from '../src/actions.js'
import { createEmulator, generatedKeyShape, type Emulator } from '../src/emulator/index.js'
import type { ApiKey } from '../src/types.js'
import { callAction, errorOf, forms, resultOf, type ApiKeyPage, type Form } from './support/actionWire.js'
import { codeOf } from './support/emulatorWire.js'
import { formIntegerMaxDigits } from '../generated/contractLimits.js'

const who = { secretId: 'AKIDlifecycle0001', secretKey: 'lifecycleSecretKey0001' }
/** The emulator's clock, in ms; whole seconds, moved on by tick(). */
let clock = Math.floor(Date.now() / 1000) * 1000
const tick = () => (clock += 1000)
const utc = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z')

let emulator: Emulator
beforeAll(async () => {
  emulator = await createEmulator({ credentials: [who], rateLimitPerSecond: 0, keyQuota: Infinity, now: () => clock })
})
afterAll(() => emulator.close())

const call = (action: ActionName, parameters: object, form: Form = 'TC3 JSON POST', target: Emulator = emulator) =>
  callAction(target.endpoint, form, action, parameters, who, Math.floor(clock / 1000))
const create = async (request: object, target: Emulator = emulator) => resultOf<ApiKey>(await call('CreateApiKey', request, 'TC3 JSON POST', target))
const describeKey = (AccessKeyId: string) => call('DescribeApiKey', { AccessKeyId })
const list = async (request: object, form: Form = 'TC3 JSON POST', target: Emulator = emulator) => resultOf<ApiKeyPage>(await call('DescribeApiKeysStatus', request, form, target))
const byId = (id: string) => ({ Filters: [{ Name: 'AccessKeyId', Values: [id] }] })
let serial = 0
const manualRequest = (label: string) => {
  serial++
  return { SecretName: `${label} ${serial}`, AccessKeyType: 'manual', AccessKeyId: `lc_${label.replace(/\W/g, '_')}_${serial}`, AccessKeySecret: `lc_secret_${serial}_0` }
}
const notFound = { Code: 'ResourceNotFound.InvalidAccessKeyId', Message: 'No key has this AccessKeyId.' }
const keyActions = ['DescribeApiKey', 'UpdateApiKey', 'EnableApiKey', 'DisableApiKey', 'DeleteApiKey'] as const

describe('status-toggle: EnableApiKey and DisableApiKey', () => {
  for (const form of forms) {
    it(`a new key is enabled; Disable 1→0 and Enable 0→1 move ModifiedTime, a repeated one is a success that changes nothing (${form})`, async () => {
      const created = await create({ SecretName: `toggle ${form}` })
      expect(created.Status).toBe(1)
      expect(created.ModifiedTime).toBe(created.CreatedTime)
      expect((await list(byId(created.AccessKeyId), form)).ApiKeySet).toEqual([created])

      tick()
      expect(resultOf(await call('DisableApiKey', { AccessKeyId: created.AccessKeyId }, form))).toBe(true)
      const disabled = resultOf<ApiKey>(await describeKey(created.AccessKeyId))
      expect(disabled).toStrictEqual({ ...created, Status: 0, ModifiedTime: utc(clock) })

      tick()
      expect(resultOf(await call('DisableApiKey', { AccessKeyId: created.AccessKeyId }, form))).toBe(true)
      expect(resultOf(await describeKey(created.AccessKeyId))).toStrictEqual(disabled)

      tick()
      expect(resultOf(await call('EnableApiKey', { AccessKeyId: created.AccessKeyId }, form))).toBe(true)
      const enabled = resultOf<ApiKey>(await describeKey(created.AccessKeyId))
      expect(enabled).toStrictEqual({ ...created, Status: 1, ModifiedTime: utc(clock) })

      tick()
      expect(resultOf(await call('EnableApiKey', { AccessKeyId: created.AccessKeyId }, form))).toBe(true)
      expect(resultOf(await describeKey(created.AccessKeyId))).toStrictEqual(enabled)
    })

    it(`an unknown AccessKeyId, the empty one (Terraform's auto + off) included, is ResourceNotFound.InvalidAccessKeyId (${form})`, async () => {
      for (const action of ['EnableApiKey', 'DisableApiKey'] as const) {
        for (const AccessKeyId of ['', 'lc_never_created', 'AKID' + 'z'.repeat(60)]) {
          expect(errorOf(await call(action, { AccessKeyId }, form)), `${action} ${JSON.stringify(AccessKeyId)}`).toEqual(notFound)
        }
      }
    })
  }

  it('refuses a missing AccessKeyId and an unknown parameter with the validator\'s error', async () => {
    for (const action of ['EnableApiKey', 'DisableApiKey', 'DeleteApiKey', 'UpdateApiKey'] as const) {
      for (const parameters of [{}, { AccessKeyId: 'x', Status: 1 }]) {
        const expected = runtimeActions[action].parseRequest(parameters)
        expect(expected.ok).toBe(false)
        for (const form of forms) expect(errorOf(await call(action, parameters, form)), `${action} ${form}`).toEqual(expected.ok ? undefined : expected.error)
      }
    }
  })
})

describe('update-secret: UpdateApiKey', () => {
  const secretShape = new RegExp(`^[A-Za-z0-9]{${generatedKeyShape.secretLength}}$`)

  for (const form of forms) {
    it(`an auto key gets a new secret drawn as at creation; everything else stays, ModifiedTime is now (${form})`, async () => {
      const created = await create({ SecretName: `rotate ${form}`, Tags: [{ Key: 'team', Value: 'lifecycle' }] })
      const secrets = new Set([created.AccessKeySecret])
      for (let round = 0; round < 3; round++) {
        tick()
        const updated = resultOf<ApiKey>(await call('UpdateApiKey', { AccessKeyId: created.AccessKeyId }, form))
        expect(updated.AccessKeySecret).toMatch(secretShape)
        expect(secrets.has(updated.AccessKeySecret)).toBe(false)
        secrets.add(updated.AccessKeySecret)
        expect(updated).toStrictEqual({ ...created, AccessKeySecret: updated.AccessKeySecret, ModifiedTime: utc(clock) })
        expect(resultOf(await describeKey(created.AccessKeyId))).toStrictEqual(updated)
        expect((await list({ Filters: [{ Name: 'AccessKeySecret', Values: [updated.AccessKeySecret] }] }, form)).ApiKeySet).toEqual([updated])
      }
      // The old secrets no longer find the key.
      expect((await list({ Filters: [{ Name: 'AccessKeySecret', Values: [created.AccessKeySecret] }] }, form)).TotalCount).toBe(0)
    })

    it(`a manual key takes the secret sent; without one it is MissingParameter, an auto key with one InvalidParameter (${form})`, async () => {
      const manual = await create(manualRequest(`manual ${form}`))
      const auto = await create({ SecretName: `auto refused ${form}` })
      tick()
      const refusedSecret = 'never_stored_secret_01'
      const missing = errorOf(await call('UpdateApiKey', { AccessKeyId: manual.AccessKeyId }, form))
      const autoWithSecret = errorOf(await call('UpdateApiKey', { AccessKeyId: auto.AccessKeyId, AccessKeySecret: refusedSecret }, form))
      expect(missing?.Code).toBe('MissingParameter')
      expect(autoWithSecret?.Code).toBe('InvalidParameter')
      for (const message of [missing!.Message, autoWithSecret!.Message]) {
        for (const echoed of [manual.AccessKeyId, auto.AccessKeyId, manual.AccessKeySecret, auto.AccessKeySecret, refusedSecret]) expect(message).not.toContain(echoed)
      }
      // Refusals change nothing.
      expect(resultOf(await describeKey(manual.AccessKeyId))).toStrictEqual(manual)
      expect(resultOf(await describeKey(auto.AccessKeyId))).toStrictEqual(auto)

      const AccessKeySecret = `rotated_${form.replace(/\W/g, '_')}`
      const updated = resultOf<ApiKey>(await call('UpdateApiKey', { AccessKeyId: manual.AccessKeyId, AccessKeySecret }, form))
      expect(updated).toStrictEqual({ ...manual, AccessKeySecret, ModifiedTime: utc(clock) })
      expect(resultOf(await describeKey(manual.AccessKeyId))).toStrictEqual(updated)
    })

    it(`an unknown AccessKeyId or the empty one is ResourceNotFound.InvalidAccessKeyId, with or without a secret (${form})`, async () => {
      for (const AccessKeyId of ['', 'lc_update_unknown']) {
        expect(errorOf(await call('UpdateApiKey', { AccessKeyId }, form))).toEqual(notFound)
        expect(errorOf(await call('UpdateApiKey', { AccessKeyId, AccessKeySecret: 'unknown_key_secret_1' }, form))).toEqual(notFound)
      }
    })
  }

  it('a disabled key may be updated and stays disabled', async () => {
    const key = await create({ SecretName: 'update disabled' })
    tick()
    resultOf(await call('DisableApiKey', { AccessKeyId: key.AccessKeyId }))
    tick()
    const updated = resultOf<ApiKey>(await call('UpdateApiKey', { AccessKeyId: key.AccessKeyId }))
    expect(updated).toStrictEqual({ ...key, Status: 0, AccessKeySecret: updated.AccessKeySecret, ModifiedTime: utc(clock) })
  })

  it('a secret outside the contract (length, charset) is the validator\'s InvalidParameter.FormatError, before any lookup', async () => {
    const manual = await create(manualRequest('format'))
    for (const AccessKeySecret of ['short', 'x'.repeat(51), 'has-a-dash-1234', 'ümlaut_secret_1']) {
      const expected = runtimeActions.UpdateApiKey.parseRequest({ AccessKeyId: manual.AccessKeyId, AccessKeySecret })
      expect(expected.ok ? undefined : expected.error.Code).toBe('InvalidParameter.FormatError')
      for (const form of forms) expect(errorOf(await call('UpdateApiKey', { AccessKeyId: manual.AccessKeyId, AccessKeySecret }, form))).toEqual(expected.ok ? undefined : expected.error)
    }
    expect(resultOf(await describeKey(manual.AccessKeyId))).toStrictEqual(manual)
  })
})

describe('delete-needs-disabled: DeleteApiKey', () => {
  for (const form of forms) {
    it(`an enabled key is UnsupportedOperation.InvalidStatus and stays; a disabled one is deleted, and its id is unknown to every action (${form})`, async () => {
      const key = await create({ SecretName: `delete ${form}` })
      const before = emulator.keyCount()
      const refused = errorOf(await call('DeleteApiKey', { AccessKeyId: key.AccessKeyId }, form))
      expect(refused?.Code).toBe('UnsupportedOperation.InvalidStatus')
      expect(refused?.Message).not.toContain(key.AccessKeyId)
      expect(resultOf(await describeKey(key.AccessKeyId))).toStrictEqual(key)
      expect(emulator.keyCount()).toBe(before)

      resultOf(await call('DisableApiKey', { AccessKeyId: key.AccessKeyId }, form))
      expect(resultOf(await call('DeleteApiKey', { AccessKeyId: key.AccessKeyId }, form))).toBe(true)
      expect(emulator.keyCount()).toBe(before - 1)
      for (const action of keyActions) expect(errorOf(await call(action, { AccessKeyId: key.AccessKeyId }, form)), action).toEqual(notFound)
      expect(await list(byId(key.AccessKeyId), form)).toStrictEqual({ TotalCount: 0, ApiKeySet: [] })
      expect(await list({ Filters: [{ Name: 'AccessKeySecret', Values: [key.AccessKeySecret] }] }, form)).toStrictEqual({ TotalCount: 0, ApiKeySet: [] })
    })
  }

  it('an unknown AccessKeyId or the empty one is ResourceNotFound.InvalidAccessKeyId', async () => {
    for (const AccessKeyId of ['', 'lc_delete_unknown']) for (const form of forms) expect(errorOf(await call('DeleteApiKey', { AccessKeyId }, form))).toEqual(notFound)
  })

  it('a deleted manual id can be created again: a new key, enabled, newest in the list, counted once in the quota', async () => {
    const quota = 3
    const small = await createEmulator({ credentials: [who], rateLimitPerSecond: 0, keyQuota: quota, now: () => clock })
    try {
      const request = manualRequest('recreated')
      const first = await create(request, small)
      await create({ SecretName: 'filler a' }, small)
      await create({ SecretName: 'filler b' }, small)
      expect(codeOf(await call('CreateApiKey', { SecretName: 'over quota' }, 'TC3 JSON POST', small))).toBe('LimitExceeded.ApiKeyCountLimitExceeded')
      expect(codeOf(await call('CreateApiKey', request, 'TC3 JSON POST', small))).toBe('FailedOperation.AccessKeyExist')
      resultOf(await call('DisableApiKey', { AccessKeyId: first.AccessKeyId }, 'TC3 JSON POST', small))
      expect(resultOf(await call('DeleteApiKey', { AccessKeyId: first.AccessKeyId }, 'TC3 JSON POST', small))).toBe(true)
      expect(small.keyCount()).toBe(quota - 1)
      tick()
      const again = await create({ ...request, AccessKeySecret: 'lc_secret_recreated_2' }, small)
      expect(again).toStrictEqual({ ...first, AccessKeySecret: 'lc_secret_recreated_2', CreatedTime: utc(clock), ModifiedTime: utc(clock), Status: 1 })
      expect(small.keyCount()).toBe(quota)
      expect(codeOf(await call('CreateApiKey', { SecretName: 'still over quota' }, 'TC3 JSON POST', small))).toBe('LimitExceeded.ApiKeyCountLimitExceeded')
      expect((await list({}, 'TC3 JSON POST', small)).ApiKeySet.map((key) => key.SecretName)).toEqual([request.SecretName, 'filler b', 'filler a'])
    } finally {
      await small.close()
    }
  })
})

describe('list-filters: DescribeApiKeysStatus filters', () => {
  let target: Emulator
  const keys: Record<string, ApiKey> = {}
  beforeAll(async () => {
    target = await createEmulator({ credentials: [who], rateLimitPerSecond: 0, keyQuota: Infinity, now: () => clock })
    // Created oldest first: the list answers newest first.
    keys.alpha = await create({ SecretName: 'alpha' }, target)
    keys.alphaTwo = await create({ SecretName: 'alpha' }, target)
    keys.beta = await create({ SecretName: 'Beta team' }, target)
    keys.manual = await create({ SecretName: 'gamma', AccessKeyType: 'manual', AccessKeyId: 'filter_manual_key_1', AccessKeySecret: 'filter_manual_secret_1' }, target)
    keys.off = await create({ SecretName: 'delta off' }, target)
    resultOf(await call('DisableApiKey', { AccessKeyId: keys.off.AccessKeyId }, 'TC3 JSON POST', target))
    keys.off = resultOf<ApiKey>(await call('DescribeApiKey', { AccessKeyId: keys.off.AccessKeyId }, 'TC3 JSON POST', target))
  })
  afterAll(() => target.close())

  /** The names of the keys a filter set selects, newest first. */
  const selected = async (Filters: object[], form: Form) => {
    const page = await list({ Filters, Limit: 100 }, form, target)
    expect(page.TotalCount).toBe(page.ApiKeySet.length)
    return page.ApiKeySet.map((key) => {
      const name = Object.keys(keys).find((candidate) => keys[candidate]!.AccessKeyId === key.AccessKeyId)
      if (name !== undefined) expect(key).toStrictEqual(keys[name])
      return name ?? key.AccessKeyId
    })
  }

  for (const form of forms) {
    it(`exact AccessKeyId, AccessKeySecret, SecretName and Status; values of one filter OR, filters AND (${form})`, async () => {
      expect(await selected([], form)).toEqual(['off', 'manual', 'beta', 'alphaTwo', 'alpha'])
      expect(await selected([{ Name: 'AccessKeyId', Values: [keys.alpha!.AccessKeyId, keys.manual!.AccessKeyId, 'unknown_id'] }], form)).toEqual(['manual', 'alpha'])
      expect(await selected([{ Name: 'AccessKeyId', Values: [keys.alpha!.AccessKeyId.toLowerCase()] }], form)).toEqual([])
      expect(await selected([{ Name: 'AccessKeySecret', Values: [keys.beta!.AccessKeySecret, 'filter_manual_secret_1'] }], form)).toEqual(['manual', 'beta'])
      expect(await selected([{ Name: 'SecretName', Values: ['alpha'] }], form)).toEqual(['alphaTwo', 'alpha'])
      expect(await selected([{ Name: 'SecretName', Values: ['alph', 'ALPHA', 'Beta'] }], form)).toEqual([])
      expect(await selected([{ Name: 'Status', Values: ['0'] }], form)).toEqual(['off'])
      expect(await selected([{ Name: 'Status', Values: ['1'] }], form)).toEqual(['manual', 'beta', 'alphaTwo', 'alpha'])
      expect(await selected([{ Name: 'Status', Values: ['0', '1'] }], form)).toHaveLength(5)
      expect(await selected([{ Name: 'Status', Values: ['2', 'on', ' 1', '01'] }], form)).toEqual([])
      expect(await selected([{ Name: 'SecretName', Values: ['alpha', 'delta off'] }, { Name: 'Status', Values: ['1'] }], form)).toEqual(['alphaTwo', 'alpha'])
      expect(await selected([{ Name: 'SecretName', Values: ['alpha'] }, { Name: 'AccessKeyId', Values: [keys.alpha!.AccessKeyId] }], form)).toEqual(['alpha'])
      expect(await selected([{ Name: 'SecretName', Values: ['alpha'] }, { Name: 'SecretName', Values: ['gamma'] }], form)).toEqual([])
    })

    it(`KeyWord is a case-sensitive substring of SecretName or AccessKeyId; NotUsagePlanId matches every key (${form})`, async () => {
      expect(await selected([{ Name: 'KeyWord', Values: ['lph'] }], form)).toEqual(['alphaTwo', 'alpha'])
      expect(await selected([{ Name: 'KeyWord', Values: ['team', 'manual_key'] }], form)).toEqual(['manual', 'beta'])
      expect(await selected([{ Name: 'KeyWord', Values: ['beta'] }], form)).toEqual([])
      expect(await selected([{ Name: 'KeyWord', Values: [keys.off!.AccessKeyId.slice(5, 20)] }], form)).toEqual(['off'])
      expect(await selected([{ Name: 'KeyWord', Values: ['a'] }, { Name: 'Status', Values: ['0'] }], form)).toEqual(['off'])
      expect(await selected([{ Name: 'NotUsagePlanId', Values: ['usagePlan-quqxvett'] }], form)).toEqual(['off', 'manual', 'beta', 'alphaTwo', 'alpha'])
      expect(await selected([{ Name: 'NotUsagePlanId', Values: ['usagePlan-quqxvett'] }, { Name: 'SecretName', Values: ['gamma'] }], form)).toEqual(['manual'])
    })

    it(`an unknown filter name is InvalidParameterValue.InvalidFilterNotSupportedName, from the validator (${form})`, async () => {
      for (const Name of ['Name', 'accessKeyId', 'UsagePlanId', '']) {
        const request = { Filters: [{ Name, Values: ['x'] }] }
        const expected = runtimeActions.DescribeApiKeysStatus.parseRequest(request)
        expect(expected.ok ? undefined : expected.error.Code).toBe('InvalidParameterValue.InvalidFilterNotSupportedName')
        expect(errorOf(await call('DescribeApiKeysStatus', request, form, target))).toEqual(expected.ok ? undefined : expected.error)
      }
    })
  }

  it('a filter with no values matches no key (JSON: the v1 form cannot send an empty array)', async () => {
    for (const Name of ['AccessKeyId', 'AccessKeySecret', 'SecretName', 'Status', 'KeyWord', 'NotUsagePlanId']) {
      expect(await list({ Filters: [{ Name, Values: [] }] }, 'TC3 JSON POST', target), Name).toStrictEqual({ TotalCount: 0, ApiKeySet: [] })
    }
  })

  it('a value that is not well-formed UTF-16 (a lone surrogate, sendable in JSON) matches nothing, not U+FFFD', async () => {
    const odd = await create({ SecretName: 'odd \uFFFD name' }, target)
    try {
      expect(await selected([{ Name: 'SecretName', Values: ['odd \uD800 name'] }], 'TC3 JSON POST')).toEqual([])
      expect(await selected([{ Name: 'KeyWord', Values: ['\uD800'] }], 'TC3 JSON POST')).toEqual([])
      expect(await selected([{ Name: 'SecretName', Values: ['odd \uFFFD name'] }], 'TC3 JSON POST')).toEqual([odd.AccessKeyId])
    } finally {
      resultOf(await call('DisableApiKey', { AccessKeyId: odd.AccessKeyId }, 'TC3 JSON POST', target))
      resultOf(await call('DeleteApiKey', { AccessKeyId: odd.AccessKeyId }, 'TC3 JSON POST', target))
    }
  })

  it('the v1 form nests values (Filters.1.Values.2) and carries Limit and Offset as decimal strings', async () => {
    const parameters = {
      'Filters.0.Name': 'Status',
      'Filters.0.Values.0': '1',
      'Filters.1.Name': 'AccessKeyId',
      'Filters.1.Values.0': keys.alpha!.AccessKeyId,
      'Filters.1.Values.1': keys.off!.AccessKeyId,
      'Filters.1.Values.2': keys.beta!.AccessKeyId,
      Limit: '1',
      Offset: '1',
    }
    for (const form of ['v1 GET', 'v1 form POST', 'TC3 GET'] as const) {
      expect(await list(parameters, form, target)).toStrictEqual({ TotalCount: 2, ApiKeySet: [keys.alpha] })
    }
  })
})

describe('list-paging and list-empty: DescribeApiKeysStatus pages', () => {
  const total = 250
  let target: Emulator
  let created: ApiKey[]
  beforeAll(async () => {
    target = await createEmulator({ credentials: [who], rateLimitPerSecond: 0, keyQuota: Infinity, now: () => clock })
    created = []
    // One by one, so creation order is known; half in one CreatedTime second, half in the next.
    for (let i = 0; i < total; i++) {
      if (i === total / 2) tick()
      created.push(await create(i % 5 === 0 ? manualRequest('page') : { SecretName: `page ${i}` }, target))
    }
  })
  afterAll(() => target.close())
  const newestFirst = () => [...created].reverse()

  for (const form of forms) {
    it(`Limit 100 pages visit each of ${total} keys exactly once, newest first; TotalCount counts all matches, not the page (${form})`, async () => {
      const seen: ApiKey[] = []
      for (let Offset = 0; ; Offset += 100) {
        const page = await list({ Limit: 100, Offset }, form, target)
        expect(page.TotalCount).toBe(total)
        seen.push(...page.ApiKeySet)
        if (page.ApiKeySet.length < 100) break
      }
      expect(seen).toStrictEqual(newestFirst())
      expect(new Set(seen.map((key) => key.AccessKeyId)).size).toBe(total)
    })

    it(`Limit defaults to 20 and Offset to 0; an Offset at or past the end is an empty page, not an error (${form})`, async () => {
      const first = await list({}, form, target)
      expect(first).toStrictEqual({ TotalCount: total, ApiKeySet: newestFirst().slice(0, 20) })
      expect(await list({ Offset: 245, Limit: 10 }, form, target)).toStrictEqual({ TotalCount: total, ApiKeySet: newestFirst().slice(245) })
      for (const Offset of [total, total + 1, 2 ** 40]) expect(await list({ Offset }, form, target)).toStrictEqual({ TotalCount: total, ApiKeySet: [] })
      // A filtered list pages over its matches only.
      const auto = newestFirst().filter((key) => key.AccessKeyType === 'auto')
      const ids = auto.slice(0, 7).map((key) => key.AccessKeyId)
      expect(await list({ Filters: [{ Name: 'AccessKeyId', Values: ids }], Limit: 3, Offset: 3 }, form, target)).toStrictEqual({ TotalCount: 7, ApiKeySet: auto.slice(3, 6) })
    })

    it(`Limit outside 1–100 or a negative Offset is InvalidParameterValue, a non-integer InvalidParameter.FormatError (${form})`, async () => {
      for (const [parameters, code] of [
        [{ Limit: 0 }, 'InvalidParameterValue'],
        [{ Limit: 101 }, 'InvalidParameterValue'],
        [{ Limit: -1 }, 'InvalidParameterValue'],
        [{ Offset: -1 }, 'InvalidParameterValue'],
        [{ Limit: 1.5 }, 'InvalidParameter.FormatError'],
        [{ Limit: 'ten' }, 'InvalidParameter.FormatError'],
        [{ Offset: '' }, 'InvalidParameter.FormatError'],
      ] as const) {
        const error = errorOf(await call('DescribeApiKeysStatus', parameters, form, target))
        expect(error?.Code, `${JSON.stringify(parameters)} ${form}`).toBe(code)
        if (code === 'InvalidParameter.FormatError') expect(error?.Message).toContain('must be an integer')
      }
    })
  }

  it('the v1 form converts only canonical decimal integers: leading zeros, -0, signs, spaces, exponents and fractions stay strings, refused as not integers', async () => {
    for (const form of ['v1 GET', 'v1 form POST', 'TC3 GET'] as const) {
      expect((await list({ Limit: '100' }, form, target)).ApiKeySet).toHaveLength(100)
      expect((await list({ Limit: '7' }, form, target)).ApiKeySet).toHaveLength(7)
      expect((await list({ Offset: '99999999999999999999' }, form, target)).ApiKeySet).toEqual([])
      // Up to formIntegerMaxDigits digits an integer; one more is refused, though 1e308 is still a finite number.
      expect((await list({ Offset: '9'.repeat(formIntegerMaxDigits) }, form, target)).ApiKeySet).toEqual([])
      expect(errorOf(await call('DescribeApiKeysStatus', { Offset: `1${'0'.repeat(formIntegerMaxDigits)}` }, form, target))?.Code).toBe('InvalidParameter.FormatError')
      for (const Limit of ['007', '-0', '+5', ' 5', '5 ', '1e1', '5.0', '0x10', '5_0', '٥', '9'.repeat(400)]) {
        const error = errorOf(await call('DescribeApiKeysStatus', { Limit }, form, target))
        expect(error, `${JSON.stringify(Limit)} ${form}`).toEqual({ Code: 'InvalidParameter.FormatError', Message: expect.stringContaining('must be an integer') as string })
      }
      // A JSON string is not converted: only the form carries integers as strings.
    }
    expect(codeOf(await call('DescribeApiKeysStatus', { Limit: '100' }, 'TC3 JSON POST', target))).toBe('InvalidParameter.FormatError')
  })

  it('a page carries every field of each key, AccessKeySecret included; no match is TotalCount 0 and [] (never null)', async () => {
    const page = await list({ Limit: 5 }, 'TC3 JSON POST', target)
    for (const key of page.ApiKeySet) expect(Object.keys(key).sort()).toEqual(['AccessKeyId', 'AccessKeySecret', 'AccessKeyType', 'CreatedTime', 'ModifiedTime', 'SecretName', 'Status'])
    const none = await call('DescribeApiKeysStatus', byId('no_such_key'))
    expect(none.body.Response).toMatchObject({ Result: { TotalCount: 0, ApiKeySet: [] } })
    expect(none.text).toContain('"ApiKeySet":[]')
  })

  it('updates, enables and disables between pages move no key: the pages still visit each key once', async () => {
    const first = await list({ Limit: 100 }, 'TC3 JSON POST', target)
    for (const key of [first.ApiKeySet[0]!, first.ApiKeySet[99]!, newestFirst()[100]!, newestFirst()[249]!]) {
      tick()
      resultOf(await call('DisableApiKey', { AccessKeyId: key.AccessKeyId }, 'TC3 JSON POST', target))
      if (key.AccessKeyType === 'auto') resultOf(await call('UpdateApiKey', { AccessKeyId: key.AccessKeyId }, 'TC3 JSON POST', target))
      resultOf(await call('EnableApiKey', { AccessKeyId: key.AccessKeyId }, 'TC3 JSON POST', target))
    }
    const rest = [await list({ Limit: 100, Offset: 100 }, 'TC3 JSON POST', target), await list({ Limit: 100, Offset: 200 }, 'TC3 JSON POST', target)]
    const ids = [first, ...rest].flatMap((page) => page.ApiKeySet.map((key) => key.AccessKeyId))
    expect(ids).toEqual(newestFirst().map((key) => key.AccessKeyId))
  })
})
