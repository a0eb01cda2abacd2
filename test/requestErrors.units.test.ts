/**
 * The generated parsers (parse<Action>Request, scripts/emitRequestParser.ts) on each kind of parameter the
 * request models hold, with the exact answers: codes, parameters, rules and messages. Each test loads the runtime
 * afresh, so the parsers are built inside it (a mutation run then credits it with the judge built from the model,
 * not only the test that happened to build it first).
 */
import { describe, expect, it, vi } from 'vitest'

async function freshRuntime() {
  vi.resetModules()
  return (await import('../src/actions.js')).runtimeActions
}

type Answer = { ok: true; value: unknown } | { ok: false; error: { Code: string; Message: string }; errors: readonly { Code: string; parameter: string; rule: string; Message: string }[] }
const problems = (answer: Answer) => (answer.ok ? [] : answer.errors.map((e) => `${e.Code} ${e.parameter} ${e.rule}`))

describe('the collector, kind by kind', () => {
  it('a body that is not an object: the body is unreadable, for every action alike', async () => {
    const actions = await freshRuntime()
    for (const action of Object.values(actions)) {
      for (const body of [null, [], 'x', 5]) {
        expect(problems(action.parseRequest(body) as Answer), action.name).toEqual(['UnsupportedOperation.UnpackError (body) object'])
      }
      const answer = action.parseRequest([]) as Answer
      expect(!answer.ok && answer.error.Message).toBe(`The request body must be a JSON object whose members are the ${action.name} parameters.`)
    }
  })

  it('at most maxListedUnknownParameters unknown names per object are listed; the rest are counted in one more error (decision listed-unknown-parameters)', async () => {
    const actions = await freshRuntime()
    const { maxListedUnknownParameters: max } = await import('../generated/contractLimits.js')
    const many = (count: number, prefix: string) => Object.fromEntries(Array.from({ length: count }, (_, i) => [`${prefix}${i}`, i]))
    for (const action of Object.values(actions)) {
      // Just at the limit: every name listed, no count.
      expect(problems(action.parseRequest(many(max, 'x')) as Answer).filter((problem) => problem.startsWith('UnknownParameter')), action.name).toHaveLength(max)
      const answer = action.parseRequest(many(max + 150, 'x')) as Answer
      const unknown = answer.ok ? [] : answer.errors.filter((error) => error.Code === 'UnknownParameter')
      expect(unknown.map((error) => error.parameter), action.name).toEqual([...Array.from({ length: max }, (_, i) => `x${i}`), '(body)'])
      expect(unknown.at(-1)!.Message).toBe(`150 more unknown parameters are not listed (the first ${max} are).`)
      // The problems after the unknown names are still all there, in their order.
      expect(problems(answer).slice(max + 1), action.name).toEqual(problems(action.parseRequest({}) as Answer).filter((problem) => !problem.startsWith('UnsupportedOperation')))
    }
    // An item of a list counts its own.
    const { CreateApiKey } = actions
    const answer = CreateApiKey.parseRequest({ SecretName: 'x', Tags: [{ Key: 'k', Value: 'v', ...many(max + 2, 'y') }] }) as Answer
    expect(problems(answer)).toEqual([...Array.from({ length: max }, (_, i) => `UnknownParameter Tags.0.y${i} unknown`), 'UnknownParameter Tags.0 unknown'])
    expect(!answer.ok && answer.errors.at(-1)!.Message).toBe(`2 more unknown parameters of Tags.0 are not listed (the first ${max} are).`)
    expect((CreateApiKey.parseRequest({ SecretName: 'x', ...many(max + 1, 'w') }) as Answer & { ok: false }).errors.at(-1)!.Message).toBe(`1 more unknown parameter is not listed (the first ${max} are).`)
    // The tests' reference collector gives the very same problems, message for message.
    const { collectRequestErrors } = await import('./support/referenceCollector.js')
    const { actionModels } = await import('../generated/actions.js')
    for (const input of [many(max + 1, 'w'), { SecretName: 'x', ...many(max + 150, 'x') }, { SecretName: 'x', Tags: [{ Key: 'k', Value: 'v', ...many(max + 2, 'y') }, { Key: 'k', ...many(max + 1, 'z') }] }, many(max, 'v')]) {
      const parsed = CreateApiKey.parseRequest(input) as Answer & { ok: false }
      expect(parsed.errors.map((e) => ({ ...e }))).toEqual(collectRequestErrors(actionModels.CreateApiKey.request, input).map((e) => ({ ...e })))
    }
    // A body of a great many unknown names: still a bounded list.
    expect((CreateApiKey.parseRequest(many(200_000, 'z')) as Answer & { ok: false }).errors).toHaveLength(max + 2)
  })

  it('unknown names first, then the parameters in documentation order; a missing one is MissingParameter', async () => {
    const { CreateApiKey } = await freshRuntime()
    const answer = CreateApiKey.parseRequest({ Zeta: 1, AccessKeyType: 'manual', Alpha: 2 }) as Answer
    expect(problems(answer)).toEqual([
      'UnknownParameter Zeta unknown',
      'UnknownParameter Alpha unknown',
      'MissingParameter SecretName required',
      'MissingParameter AccessKeyId required',
      'MissingParameter AccessKeySecret required',
    ])
    expect(!answer.ok && answer.error).toEqual({ Code: 'UnknownParameter', Message: 'Unknown parameter "Zeta": CreateApiKey does not define it (names are case-sensitive).' })
    expect(!answer.ok && answer.errors[2]!.Message).toBe('Missing required parameter SecretName.')
    // An undefined member is absent, not unknown (decision json-members).
    expect(problems(CreateApiKey.parseRequest({ SecretName: 'x', Extra: undefined }) as Answer)).toEqual([])
  })

  it('a parameter of another shape; the discriminator out of its values or of the wrong type', async () => {
    const { CreateApiKey } = await freshRuntime()
    const auto = CreateApiKey.parseRequest({ SecretName: 'x', AccessKeyId: 'abcde' }) as Answer
    expect(problems(auto)).toEqual(['InvalidParameter AccessKeyId manual-only'])
    expect(!auto.ok && auto.error.Message).toBe('Parameter AccessKeyId is accepted only when AccessKeyType is manual.')
    // The discriminator wrong: no shape applies; required only where every shape requires, allowed where any allows.
    const wrong = CreateApiKey.parseRequest({ AccessKeyType: 'Manual', AccessKeyId: 'abcde' }) as Answer
    expect(problems(wrong)).toEqual(['MissingParameter SecretName required', 'InvalidParameterValue AccessKeyType enum'])
    expect(!wrong.ok && wrong.errors[1]!.Message).toBe('Invalid value of parameter AccessKeyType: it must be one of auto, manual.')
    expect(problems(CreateApiKey.parseRequest({ SecretName: 'x', AccessKeyType: 1 }) as Answer)).toEqual(['InvalidParameter.FormatError AccessKeyType type'])
  })

  it('string rules: the first broken one, with its requirement', async () => {
    const { CreateApiKey } = await freshRuntime()
    const answer = CreateApiKey.parseRequest({ SecretName: 'x', AccessKeyType: 'manual', AccessKeyId: 'abc', AccessKeySecret: 'with-hyphen-1' }) as Answer
    expect(problems(answer)).toEqual(['InvalidParameter.FormatError AccessKeyId length', 'InvalidParameter.FormatError AccessKeySecret charset'])
    expect(!answer.ok && answer.errors.map((e) => e.Message)).toEqual([
      'Invalid format of parameter AccessKeyId: it must be 5–50 characters long.',
      'Invalid format of parameter AccessKeySecret: it may contain only ASCII letters (A-Z, a-z), digits (0-9) and underscore (_).',
    ])
  })

  it('integers: not an integer, out of range, with the action codes', async () => {
    const { DescribeApiKeysStatus } = await freshRuntime()
    expect(problems(DescribeApiKeysStatus.parseRequest({ Limit: 1.5, Offset: '1' }) as Answer)).toEqual(['InvalidParameter.FormatError Limit type', 'InvalidParameter.FormatError Offset type'])
    const range = DescribeApiKeysStatus.parseRequest({ Limit: 101, Offset: -1 }) as Answer
    expect(problems(range)).toEqual(['InvalidParameterValue Limit range', 'InvalidParameterValue Offset range'])
    expect(!range.ok && range.errors.map((e) => e.Message)).toEqual(['Invalid value of parameter Limit: it must be 1–100.', 'Invalid value of parameter Offset: it must be at least 0.'])
    for (const Limit of [1, 100]) expect(problems(DescribeApiKeysStatus.parseRequest({ Limit }) as Answer)).toEqual([])
    expect(problems(DescribeApiKeysStatus.parseRequest({ Limit: 0 }) as Answer)).toEqual(['InvalidParameterValue Limit range'])
  })

  it('arrays of objects: type, count, item type, unknown field, missing field, enum field with its own code, strings field', async () => {
    const { DescribeApiKeysStatus, CreateApiKey } = await freshRuntime()
    expect(problems(DescribeApiKeysStatus.parseRequest({ Filters: {} }) as Answer)).toEqual(['InvalidParameter.FormatError Filters type'])
    expect(problems(DescribeApiKeysStatus.parseRequest({ Filters: Array.from({ length: 11 }, () => 0) }) as Answer)).toEqual(['InvalidParameter.FormatError Filters length'])
    const answer = DescribeApiKeysStatus.parseRequest({
      Filters: [
        7,
        { Name: 'Colour', Values: [] },
        { Name: 5, Values: ['a', 6], Extra: true },
        { Values: 'x' },
        { Name: 'Status', Values: Array.from({ length: 101 }, () => '1') },
        { Name: 'Status', Values: ['1'] },
      ],
    }) as Answer
    expect(problems(answer)).toEqual([
      'InvalidParameter.FormatError Filters.0 type',
      'InvalidParameterValue.InvalidFilterNotSupportedName Filters.1.Name enum',
      'UnknownParameter Filters.2.Extra unknown',
      'InvalidParameter.FormatError Filters.2.Name type',
      'InvalidParameter.FormatError Filters.2.Values.1 type',
      'MissingParameter Filters.3.Name required',
      'InvalidParameter.FormatError Filters.3.Values type',
      'InvalidParameter.FormatError Filters.4.Values length',
    ])
    expect(!answer.ok && answer.errors.map((e) => e.Message)).toEqual([
      'Invalid format of parameter Filters.0: it must be an object with Name and Values.',
      'Invalid value of parameter Filters.1.Name: it must be one of AccessKeyId, AccessKeySecret, SecretName, NotUsagePlanId, Status, KeyWord.',
      'Unknown parameter "Filters.2.Extra": DescribeApiKeysStatus does not define it (names are case-sensitive).',
      'Invalid format of parameter Filters.2.Name: it must be a string.',
      'Invalid format of parameter Filters.2.Values.1: it must be a string.',
      'Missing required parameter Filters.3.Name.',
      'Invalid format of parameter Filters.3.Values: it must be an array of strings.',
      'Invalid format of parameter Filters.4.Values: it must hold at most 100 values.',
    ])
    // Tags: an optional-free item whose fields are strings with rules.
    expect(problems(CreateApiKey.parseRequest({ SecretName: 'x', Tags: [{ Key: '' }, { Key: 'k', Value: 'v' }] }) as Answer)).toEqual([
      'InvalidParameter.FormatError Tags.0.Key length',
      'MissingParameter Tags.0.Value required',
    ])
  })
})

describe('the parser', () => {
  it('a valid request: a plain copy in documentation order, defaults applied, arrays copied', async () => {
    const { CreateApiKey, DescribeApiKeysStatus } = await freshRuntime()
    const tags = [{ Key: 'k', Value: 'v' }]
    const created = CreateApiKey.parseRequest({ Tags: tags, SecretName: 'x' }) as Answer
    expect(created).toEqual({ ok: true, value: { SecretName: 'x', AccessKeyType: 'auto', Tags: [{ Key: 'k', Value: 'v' }] } })
    expect(created.ok && Object.keys(created.value as object)).toEqual(['SecretName', 'AccessKeyType', 'Tags'])
    expect(created.ok && (created.value as { Tags: unknown[] }).Tags).not.toBe(tags)
    const values = ['a']
    const listed = DescribeApiKeysStatus.parseRequest({ Filters: [{ Name: 'SecretName', Values: values }] }) as Answer
    expect(listed).toEqual({ ok: true, value: { Limit: 20, Offset: 0, Filters: [{ Name: 'SecretName', Values: ['a'] }] } })
    expect(listed.ok && (listed.value as { Filters: { Values: unknown }[] }).Filters[0]!.Values).not.toBe(values)
  })

  it('valid only as JSON (an inherited member, an undefined one): the copy is built from the judged members, defaults too', async () => {
    const { CreateApiKey, DescribeApiKeysStatus } = await freshRuntime()
    const disguised = Object.assign(Object.create({ AccessKeySecret: 'inherited_secret_01' }), { SecretName: 'x', Tags: [{ Key: 'k', Value: 'v', Extra: undefined }] })
    const parsed = CreateApiKey.parseRequest(disguised) as Answer
    expect(parsed).toEqual({ ok: true, value: { SecretName: 'x', AccessKeyType: 'auto', Tags: [{ Key: 'k', Value: 'v' }] } })
    const hidden = Object.defineProperty({ Filters: [{ Name: 'KeyWord', Values: ['a'], Other: undefined }] }, 'Limit', { value: 500, enumerable: false })
    const listed = DescribeApiKeysStatus.parseRequest(hidden) as Answer
    expect(listed).toEqual({ ok: true, value: { Limit: 20, Offset: 0, Filters: [{ Name: 'KeyWord', Values: ['a'] }] } })
    expect(listed.ok && (listed.value as { Filters: { Values: unknown }[] }).Filters[0]!.Values).not.toBe((hidden.Filters[0] as { Values: unknown }).Values)
  })

  it('an invalid request: error is the first problem, errors all of them', async () => {
    const { UpdateApiKey } = await freshRuntime()
    const answer = UpdateApiKey.parseRequest({ AccessKeySecret: 'short' }) as Answer
    expect(answer).toEqual({
      ok: false,
      error: { Code: 'MissingParameter', Message: 'Missing required parameter AccessKeyId.' },
      errors: [
        { Code: 'MissingParameter', Message: 'Missing required parameter AccessKeyId.', parameter: 'AccessKeyId', rule: 'required' },
        { Code: 'InvalidParameter.FormatError', Message: 'Invalid format of parameter AccessKeySecret: it must be 10–50 characters long.', parameter: 'AccessKeySecret', rule: 'length' },
      ],
    })
  })

  it('the registry knows its names, case-sensitively', async () => {
    vi.resetModules()
    const { isActionName, actionNames } = await import('../src/actions.js')
    for (const name of actionNames) expect(isActionName(name)).toBe(true)
    for (const name of ['createApiKey', 'NoSuchAction', '__proto__', 'toString', '']) expect(isActionName(name)).toBe(false)
  })
})

describe('the collector accepts every valid value (it runs only once the compiled check has failed)', () => {
  it('a valid request with one unknown member has exactly that problem, for every action', async () => {
    const actions = await freshRuntime()
    const fc = (await import('fast-check')).default
    const { actionArbitraries } = await import('../src/arbitraries/index.js')
    for (const action of Object.values(actions)) {
      const arbitrary = actionArbitraries[action.name].validRequest()
      fc.assert(
        fc.property(arbitrary, (request) => {
          expect(problems(action.parseRequest({ ...(request as object), Unexpected: 1 }) as Answer)).toEqual(['UnknownParameter Unexpected unknown'])
        }),
        { numRuns: 150, seed: 20261201 },
      )
    }
  })
})
