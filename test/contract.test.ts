/**
 * The foundation's contract: examples against their schemas, the manual rule in every validator, and each
 * decision of docs/decisions.md held by a test.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { Value } from '@sinclair/typebox/value'
import { parse as parseYaml } from 'yaml'
import {
  actions,
  ApiKey,
  components,
  CreateApiKeyQuery,
  CreateApiKeyRequest,
  CreateApiKeyResponse,
  decisions,
  errorCodes,
  ErrorCode,
  queryExamples,
  requestExamples,
  responseExamples,
  successExamples,
} from '../schema/index.js'
import { validatorsOf, verdictsOf, type ComponentName } from './support/validators.js'
import { actionOpenApi, generatedDir, jsonSchemaFiles, openApi, operationsOf, repositoryRoot } from './support/artifacts.js'
import { actionPath } from '../scripts/openApiDocument.js'
import { requestShapes } from '../schema/v1Form.js'
import { formIntegerMaxDigits } from '../generated/contractLimits.js'
import { runtimeActions } from '../src/actions.js'
import { withFormIntegers } from '../src/emulator/formIntegers.js'

type Name = ComponentName

/** Every validator of a component a consumer may use (TypeBox, its compiled form, the JSON Schema file, the OpenAPI component) must agree. */
const allSay = (name: Name, value: unknown, expected: boolean) => {
  const verdicts = verdictsOf(validatorsOf(name), value)
  expect(verdicts).toEqual(Object.fromEntries(Object.keys(verdicts).map((label) => [label, expected])))
}
const accepted = (name: Name, value: unknown) => allSay(name, value, true)
const rejected = (name: Name, value: unknown) => allSay(name, value, false)

const seedResult = successExamples.seed.value.Response.Result
const withResult = (patch: Record<string, unknown>) => ({ Response: { Result: { ...seedResult, ...patch }, RequestId: 'ad5218b4-edc3-4195-ba4d-a0ef176783ba' } })
const manual = { SecretName: 'ci', AccessKeyType: 'manual', AccessKeyId: 'abcde', AccessKeySecret: 'abcdefghij' }

describe('examples', () => {
  test.each(Object.entries(requestExamples))('request example %s is a valid CreateApiKeyRequest', (_, example) => accepted('CreateApiKeyRequest', example.value))
  test.each(Object.entries(queryExamples))('query example %s is a valid CreateApiKeyQuery', (_, example) => accepted('CreateApiKeyQuery', example.value))
  test.each(Object.entries(responseExamples))('response example %s is a valid CreateApiKeyResponse', (_, example) => accepted('CreateApiKeyEnvelope', example.value))

  test('the product page\'s output example validates as a CreateApiKey response', () => {
    const seedOutput = {
      Response: {
        Result: {
          AccessKeyId: 'AKID8my5MRr9i6VM98F3dZG9zV0KuBq5ID7pMG83',
          AccessKeySecret: '9i3BQU8lMUl2dAvrF8RvL5EM6RKEG47P770du61B',
          AccessKeyType: 'auto',
          SecretName: 'test',
          Status: 1,
          CreatedTime: '2020-02-26T06:10:01Z',
          ModifiedTime: '2020-02-26T06:10:01Z',
        },
        RequestId: 'ad5218b4-edc3-4195-ba4d-a0ef176783ba',
      },
    }
    accepted('CreateApiKeyEnvelope', seedOutput)
    expect(Value.Check(CreateApiKeyResponse, seedOutput)).toBe(true)
  })

  test.each(actions.map((action) => [action.name, action] as const))('every example of %s in openapi.json validates against the schema of its media type', (name, action) => {
    const { post, get } = operationsOf(name)
    const checks: [string, unknown][] = [
      ...Object.values<any>(post.requestBody.content['application/json'].examples).map((example): [string, unknown] => [action.requestComponent, example.value]),
      ...Object.values<any>(post.requestBody.content['application/x-www-form-urlencoded'].examples).map((example): [string, unknown] => [action.queryComponent, example.value]),
      ...Object.values<any>(post.responses['200'].content['application/json'].examples).map((example): [string, unknown] => [action.responseComponent, example.value]),
    ]
    expect(checks.length).toBeGreaterThan(5)
    for (const [component, value] of checks) accepted(component as Name, value)
    expect(get.responses).toEqual(post.responses)
  })

  test('there is a response example for every CreateApiKey error code', () => {
    const codes = Object.values(responseExamples).flatMap((example) => ('Error' in example.value.Response ? [example.value.Response.Error.Code] : []))
    for (const info of errorCodes.filter((entry) => entry.category === 'CreateApiKey')) expect(codes).toContain(info.code)
  })

  test.each(actions.map((action) => [action.name, action] as const))('every v1 example of %s carries a Signature of its method\'s length: Base64 of 20 bytes (HmacSHA1, the default) or 32 (HmacSHA256)', (_, action) => {
    for (const example of Object.values(action.examples.query)) {
      const { Signature, SignatureMethod } = example.value as Record<string, string>
      const bytes = Buffer.from(Signature!, 'base64')
      expect(bytes.toString('base64'), example.summary).toBe(Signature)
      expect(bytes.length, example.summary).toBe(SignatureMethod === 'HmacSHA256' ? 32 : 20)
    }
  })

  test.each(actions.map((action) => action.name))('generated/examples/%s holds one file per example, equal to the data', (name) => {
    const action = actions.find((entry) => entry.name === name)!
    const groups = { request: action.examples.request, query: action.examples.query, response: action.responseExamples }
    for (const [kind, examples] of Object.entries(groups)) {
      expect(readdirSync(join(generatedDir, 'examples', name, kind)).sort()).toEqual(Object.keys(examples).map((example) => `${example}.json`).sort())
      for (const [example, { value }] of Object.entries(examples)) {
        expect(JSON.parse(readFileSync(join(generatedDir, 'examples', name, kind, `${example}.json`), 'utf8')), `${kind}/${example}`).toEqual(value)
      }
    }
  })
})

describe('the manual rule', () => {
  test('manual with both fields is valid', () => accepted('CreateApiKeyRequest', manual))
  test.each(['AccessKeyId', 'AccessKeySecret'])('manual without %s is rejected by TypeBox and by the emitted JSON Schema under ajv', (field) => {
    const request: Record<string, unknown> = { ...manual }
    delete request[field]
    rejected('CreateApiKeyRequest', request)
  })
  test('manual with neither field is rejected', () => rejected('CreateApiKeyRequest', { SecretName: 'ci', AccessKeyType: 'manual' }))
  test('the same rule holds in the v1 query form', () => {
    const query = { ...queryExamples.manualKeyWithTags.value } as Record<string, unknown>
    delete query.AccessKeyId
    rejected('CreateApiKeyQuery', query)
  })
})

describe('decisions', () => {
  test('every decision names existing test files', () => {
    for (const decision of decisions) for (const file of decision.tests) expect(() => readFileSync(join(repositoryRoot, 'test', file))).not.toThrow()
  })

  test('auto-with-credentials: AccessKeyId or AccessKeySecret with auto or no type is rejected', () => {
    rejected('CreateApiKeyRequest', { SecretName: 'x', AccessKeyId: 'abcde' })
    rejected('CreateApiKeyRequest', { SecretName: 'x', AccessKeyType: 'auto', AccessKeySecret: 'abcdefghij' })
    accepted('CreateApiKeyRequest', { SecretName: 'x', AccessKeyType: 'auto' })
  })

  test('secret-name-length: 1 to 50 code points, astral characters count once, lone surrogates rejected', () => {
    rejected('CreateApiKeyRequest', { SecretName: '' })
    accepted('CreateApiKeyRequest', { SecretName: 'a' })
    accepted('CreateApiKeyRequest', { SecretName: 'n'.repeat(50) })
    rejected('CreateApiKeyRequest', { SecretName: 'n'.repeat(51) })
    accepted('CreateApiKeyRequest', { SecretName: '😀'.repeat(50) })
    rejected('CreateApiKeyRequest', { SecretName: '😀'.repeat(51) })
    accepted('CreateApiKeyRequest', { SecretName: '名前 with spaces-and_marks!' })
    rejected('CreateApiKeyRequest', { SecretName: 'a\uD800b' })
    rejected('CreateApiKeyRequest', { SecretName: 'a\uDC00' })
  })

  test('hyphen-in-keys: `-` is not allowed in AccessKeyId or AccessKeySecret', () => {
    rejected('CreateApiKeyRequest', { ...manual, AccessKeyId: 'abc-de' })
    rejected('CreateApiKeyRequest', { ...manual, AccessKeySecret: 'abcdefghi-' })
  })

  test('region: Region is a header or query parameter, never an action parameter', () => {
    rejected('CreateApiKeyRequest', { SecretName: 'x', Region: 'ap-guangzhou' })
    accepted('Tc3Headers', { 'X-TC-Action': 'CreateApiKey', 'X-TC-Version': '2018-08-08', 'X-TC-Timestamp': '1700000000', 'X-TC-Region': 'ap-guangzhou' })
    accepted('Tc3Headers', { 'X-TC-Action': 'CreateApiKey', 'X-TC-Version': '2018-08-08', 'X-TC-Timestamp': '1700000000' })
    accepted('CreateApiKeyQuery', { ...queryExamples.seed.value, Region: 'ap-guangzhou' })
  })

  test('v1-form: the official SDK\'s v1 forms are valid: Nonce 0 and its RequestClient parameter', () => {
    accepted('CreateApiKeyQuery', { ...queryExamples.seed.value, Nonce: '0', RequestClient: 'SDK_NODEJS_4.1.313' })
    rejected('CreateApiKeyQuery', { ...queryExamples.seed.value, Nonce: '00' })
    rejected('CreateApiKeyQuery', { ...queryExamples.seed.value, Nonce: '-1' })
  })

  test('v1-form-integers: the form schema takes an integer of Offset exactly where the emulator reads one (up to formIntegerMaxDigits digits)', () => {
    const list = actions.find((action) => action.name === 'DescribeApiKeysStatus')!
    const query = Object.values(list.examples.query)[0]!.value as Record<string, string>
    for (const digits of [1, 19, 20, formIntegerMaxDigits - 1, formIntegerMaxDigits, formIntegerMaxDigits + 1, 400]) {
      for (const Offset of [`1${'0'.repeat(digits - 1)}`, '9'.repeat(digits)]) {
        const read = withFormIntegers('DescribeApiKeysStatus', { Offset })
        const emulatorTakes = runtimeActions.DescribeApiKeysStatus.parseRequest(read).ok
        expect(emulatorTakes, `${digits} digits`).toBe(digits <= formIntegerMaxDigits)
        allSay('DescribeApiKeysStatusQuery', { ...query, Offset }, emulatorTakes)
      }
    }
  })

  test('header-case: the schema takes canonical names; lower-cased names must be mapped first', () => {
    const canonical = { 'X-TC-Action': 'CreateApiKey', 'X-TC-Version': '2018-08-08', 'X-TC-Timestamp': '1700000000' }
    accepted('Tc3Headers', canonical)
    const lowerCased = Object.fromEntries(Object.entries(canonical).map(([name, value]) => [name.toLowerCase(), value]))
    rejected('Tc3Headers', lowerCased)
    const names = Object.keys(components.Tc3Headers.properties)
    const mapped = Object.fromEntries(Object.entries(lowerCased).map(([name, value]) => [names.find((known) => known.toLowerCase() === name) ?? name, value]))
    accepted('Tc3Headers', mapped)
  })

  test('closed-request: unknown parameters, prototype names and wrong case are rejected', () => {
    for (const key of ['Unknown', '__proto__', 'constructor', 'secretName', 'Action']) {
      rejected('CreateApiKeyRequest', JSON.parse(`{"SecretName":"x",${JSON.stringify(key)}:"y"}`))
    }
    rejected('CreateApiKeyQuery', { ...queryExamples.seed.value, Extra: '1' })
    rejected('CreateApiKeyQuery', { ...queryExamples.seed.value, 'Tags.01.Key': 'k' })
  })

  test('closed-responses: extra fields in ApiKey or the envelope break the contract', () => {
    rejected('CreateApiKeyEnvelope', withResult({ Extra: 1 }))
    rejected('CreateApiKeyEnvelope', { ...withResult({}), Extra: 1 })
    rejected('CreateApiKeyEnvelope', { Response: { ...withResult({}).Response, Extra: 1 } })
  })

  test('apikey-required-fields: the seven fields are required and non-null; Tags optional and nullable; Result nullable', () => {
    for (const field of ['AccessKeyId', 'AccessKeySecret', 'AccessKeyType', 'SecretName', 'Status', 'CreatedTime', 'ModifiedTime']) {
      const result: Record<string, unknown> = { ...seedResult }
      delete result[field]
      rejected('ApiKey', result)
      rejected('ApiKey', { ...seedResult, [field]: null })
    }
    accepted('ApiKey', { ...seedResult, Tags: null })
    accepted('ApiKey', { ...seedResult, Tags: [{ Key: 'k', Value: 'v' }] })
    accepted('CreateApiKeyEnvelope', { Response: { Result: null, RequestId: 'ad5218b4-edc3-4195-ba4d-a0ef176783ba' } })
    accepted('ApiKey', { ...seedResult, Status: 0 })
    rejected('ApiKey', { ...seedResult, Status: 2 })
    rejected('ApiKey', { ...seedResult, Status: '1' })
    rejected('ApiKey', { ...seedResult, Status: 0.5 })
  })

  test('timestamps: UTC, whole seconds, literal Z, a real date', () => {
    accepted('ApiKey', { ...seedResult, CreatedTime: '2024-02-29T23:59:59Z' })
    for (const bad of ['2023-02-29T00:00:00Z', '2020-02-26 06:10:01', '2020-02-26T06:10:01+08:00', '2020-02-26T06:10:01.000Z', '2020-02-26T24:00:00Z', '2020-13-01T00:00:00Z', '2016-12-31T23:59:60Z', '2020-02-26T06:10:01z']) {
      rejected('ApiKey', { ...seedResult, CreatedTime: bad })
    }
  })

  test('timestamps: the JSON Schema refuses impossible days without its format, as a 2020-12 validator that only annotates formats reads it', async () => {
    const { Ajv2020 } = await import('ajv/dist/2020.js')
    // No ajv-formats, validateFormats off: `format` is an annotation, and only the pattern decides.
    const validate = new Ajv2020({ strict: false, validateFormats: false }).compile(JSON.parse(readFileSync(join(generatedDir, 'json-schema', 'ApiKey.json'), 'utf8')))
    const two = (n: number) => String(n).padStart(2, '0')
    for (const year of [0, 4, 100, 400, 1900, 1996, 2000, 2023, 2024, 2100, 2400, 9999]) {
      for (let month = 1; month <= 12; month++) {
        for (let day = 1; day <= 31; day++) {
          const text = `${String(year).padStart(4, '0')}-${two(month)}-${two(day)}T12:00:00Z`
          // The calendar, from Date (UTC): the day exists when it reads back as itself.
          const date = new Date(Date.UTC(2000, month - 1, day))
          date.setUTCFullYear(year)
          const real = date.getUTCMonth() === month - 1 && date.getUTCDate() === day
          expect(validate({ ...seedResult, CreatedTime: text }), text).toBe(real)
        }
      }
    }
  })

  test('request-id: a UUID', () => {
    rejected('CreateApiKeyEnvelope', { Response: { Result: null, RequestId: 'not-a-uuid' } })
    accepted('CreateApiKeyEnvelope', { Response: { Result: null, RequestId: 'AD5218B4-EDC3-4195-BA4D-A0EF176783BA' } })
  })

  test('error-codes-closed: every listed code is accepted, anything else rejected', () => {
    const error = (Code: unknown) => ({ Response: { Error: { Code, Message: 'm' }, RequestId: 'ad5218b4-edc3-4195-ba4d-a0ef176783ba' } })
    for (const info of errorCodes) accepted('CreateApiKeyEnvelope', error(info.code))
    rejected('CreateApiKeyEnvelope', error('InvalidParameter.Unknown'))
    rejected('CreateApiKeyEnvelope', error('invalidaction'))
    expect(errorCodes).toHaveLength(45)
    expect(errorCodes.filter((info) => info.category === 'CreateApiKey')).toHaveLength(7)
    expect(new Set(errorCodes.map((info) => info.code)).size).toBe(45)
    expect(jsonSchemaFiles.ErrorCode.enum).toEqual(errorCodes.map((info) => info.code))
    expect(Value.Check(ErrorCode, 'MissingParameter')).toBe(true)
  })

  test('tags: closed {Key, Value}, both required strings, an empty list is fine', () => {
    accepted('CreateApiKeyRequest', { SecretName: 'x', Tags: [] })
    rejected('CreateApiKeyRequest', { SecretName: 'x', Tags: [{ Key: 'k' }] })
    rejected('CreateApiKeyRequest', { SecretName: 'x', Tags: [{ Key: 'k', Value: 'v', Extra: 'e' }] })
    rejected('CreateApiKeyRequest', { SecretName: 'x', Tags: null })
  })

  test('errors-http-200: every operation declares exactly one response, 200, with the success | error union', () => {
    for (const action of actions) {
      for (const method of ['get', 'post'] as const) {
        const responses = operationsOf(action.name)[method].responses
        expect(Object.keys(responses)).toEqual(['200'])
        expect(responses['200'].content['application/json'].schema).toEqual({ $ref: `#/components/schemas/${action.responseComponent}` })
      }
    }
    const redocly = parseYaml(readFileSync(join(repositoryRoot, 'redocly.yaml'), 'utf8'))
    const off = Object.entries(redocly.rules).filter(([, setting]) => setting === 'off').map(([rule]) => rule)
    expect(off).toEqual(['operation-4xx-response'])
    expect(redocly.extends).toEqual(['recommended-strict'])
    expect(redocly.telemetry).toBe('off')
  })
})

describe('the emitted documents', () => {
  test('openapi.yaml is the same document as openapi.json', () => {
    expect(parseYaml(readFileSync(join(generatedDir, 'openapi.yaml'), 'utf8'))).toEqual(openApi)
  })

  test('every YAML document reads as its JSON under YAML 1.1 too (js-yaml, PyYAML, SnakeYAML): no string turns into a date, boolean or number', () => {
    const bases = ['openapi', ...actions.map((action) => `openapi/${action.name}`)]
    for (const base of bases) {
      const text = readFileSync(join(generatedDir, `${base}.yaml`), 'utf8')
      expect(parseYaml(text, { version: '1.1' }), base).toEqual(JSON.parse(readFileSync(join(generatedDir, `${base}.json`), 'utf8')))
    }
    // The strings that tripped YAML 1.1 readers before they were quoted.
    const text = readFileSync(join(generatedDir, 'openapi.yaml'), 'utf8')
    expect(text).toMatch(/^  version: "2018-08-08"$/m)
    expect(text).not.toMatch(/: \d{4}-\d{2}-\d{2}(T[\d:]+Z)?$/m)
  })

  test('openapi.json names the real server, both operations, TC3 signing and its generator', () => {
    expect(openApi.openapi).toBe('3.1.0')
    expect(openApi.servers).toEqual([
      expect.objectContaining({ url: 'https://apigateway.tencentcloudapi.com' }),
      expect.objectContaining({ url: 'https://apigateway.intl.tencentcloudapi.com' }),
    ])
    expect(openApi.info.contact).toEqual({ name: expect.any(String), url: expect.stringMatching(/^https:\/\//) })
    expect(openApi.components.securitySchemes.TC3.description).toMatch(/TC3-HMAC-SHA256[\s\S]*kSigning/)
    expect(openApi.info['x-generated'].from).toMatch(/TypeBox/)
    for (const action of actions) {
      const { post, get } = operationsOf(action.name)
      expect([post.operationId, get.operationId]).toEqual([action.name, `${action.name}WithQuery`])
      expect([post.summary, post.tags, get.tags]).toEqual([action.summary, [action.name], [action.name]])
      expect(post.description).toContain(action.description)
      const headerNames = post.parameters.map((parameter: any) => parameter.name)
      expect(headerNames).toEqual(['X-TC-Action', 'X-TC-Version', 'X-TC-Timestamp', 'X-TC-Region', 'X-TC-Token', 'X-TC-Language'])
      const queryNames = get.parameters.map((parameter: any) => parameter.name)
      const ownNames = requestShapes(action.request).flatMap((shape) => Object.entries(shape.properties).filter(([, schema]) => JSON.stringify(schema) !== '{}' && !('not' in schema)).map(([name]) => name))
      for (const name of ['Action', 'Version', 'Region', 'Timestamp', 'Nonce', 'SecretId', 'Signature', 'SignatureMethod', 'Token', 'Language', ...ownNames]) expect(queryNames).toContain(name)
      // Each operation names its own action: X-TC-Action and Action are the action's literal, not any action.
      const actionParameters = [...post.parameters, ...get.parameters].filter((parameter: any) => parameter.name === 'X-TC-Action' || parameter.name === 'Action')
      expect(actionParameters.map((parameter: any) => parameter.schema.const)).toEqual([action.name, action.name, action.name])
    }
    expect(operationsOf('CreateApiKey').get.parameters.map((parameter: any) => parameter.name)).toEqual(expect.arrayContaining(['SecretName', 'AccessKeyType', 'AccessKeyId', 'AccessKeySecret', 'Tags']))
  })

  test('openapi-many-actions: the main document has each action at /#<Action>, each per-action document the same operations at /', () => {
    expect(Object.keys(openApi.paths)).toEqual(actions.map((action) => actionPath(action.name)))
    expect(openApi.tags.map((tag: any) => tag.name)).toEqual(actions.map((action) => action.name))
    for (const action of actions) {
      const single = actionOpenApi(action.name)
      expect(Object.keys(single.paths)).toEqual(['/'])
      expect(single.paths['/']).toEqual(openApi.paths[actionPath(action.name)])
      expect(single.tags).toEqual(openApi.tags.filter((tag: any) => tag.name === action.name))
      expect([single.servers, single.components.securitySchemes]).toEqual([openApi.servers, openApi.components.securitySchemes])
      // Only the components the action uses, each as in the main document.
      const names = Object.keys(single.components.schemas)
      // ApiKey and Tag where the action answers keys (its success schema holds the ApiKey component).
      const answersKeys = JSON.stringify(action.successResponse).includes('"$id":"ApiKey"')
      expect(names).toEqual(expect.arrayContaining([action.requestComponent, action.queryComponent, action.responseComponent, action.errorCodeComponent, ...(answersKeys ? ['ApiKey', 'Tag'] : [])]))
      if (!answersKeys) expect(names).not.toContain('ApiKey')
      for (const name of names) expect(single.components.schemas[name]).toEqual(openApi.components.schemas[name])
      for (const other of actions) if (other !== action) expect(names).not.toContain(other.requestComponent)
      expect(parseYaml(readFileSync(join(generatedDir, 'openapi', `${action.name}.yaml`), 'utf8'))).toEqual(single)
    }
  })

  test.each(actions.map((action) => [action.name, action] as const))('openapi-wire-forms (%s): POST takes JSON (TC3) or a v1 form (signature in the body); GET takes v1 or TC3', (name, action) => {
    const { post, get } = operationsOf(name)
    expect(post.security).toEqual([{ TC3: [] }, {}])
    expect(Object.keys(post.requestBody.content)).toEqual(['application/json', 'application/x-www-form-urlencoded'])
    expect(post.requestBody.content['application/json'].schema).toEqual({ $ref: `#/components/schemas/${action.requestComponent}` })
    expect(post.requestBody.content['application/x-www-form-urlencoded'].schema).toEqual({ $ref: `#/components/schemas/${action.queryComponent}` })
    expect(get.security).toEqual([{ V1: [] }, { TC3: [] }])
    // A header or query parameter that only one signature form needs cannot be required on an operation both use.
    const required = (operation: any) => operation.parameters.filter((parameter: any) => parameter.required).map((parameter: any) => `${parameter.in} ${parameter.name}`)
    expect(required(post)).toEqual([])
    expect(required(get)).toEqual({ CreateApiKey: ['query SecretName'], DescribeApiKey: ['query AccessKeyId'] }[name as string] ?? expect.any(Array))
    expect(get.parameters.map((parameter: any) => `${parameter.in} ${parameter.name}`)).toEqual(expect.arrayContaining(['header X-TC-Action', 'header X-TC-Timestamp', 'query Signature', 'query Nonce']))
    // The form body's schema requires what the v1 security alternative cannot name.
    const query = jsonSchemaFiles[action.queryComponent]
    for (const shape of query.anyOf ?? [query]) {
      expect((shape.allOf?.[0] ?? shape).required).toEqual(expect.arrayContaining(['Action', 'Version', 'Timestamp', 'Nonce', 'SecretId', 'Signature']))
    }
  })

  test('the corrected sentences: the secret is not "returned once", Region is not "not regional"', () => {
    const text = JSON.stringify(openApi)
    expect(text).not.toMatch(/returned once|shown only once|not regional|does not need it/i)
    expect(openApi.components.schemas.ApiKey.properties.AccessKeySecret.description).toMatch(/DescribeApiKey and DescribeApiKeysStatus/)
    expect(openApi.info.description).toMatch(/whether keys are kept per region is not documented/)
  })

  test('components are named after the TypeBox schemas, and every component has a standalone JSON Schema file', () => {
    for (const name of Object.keys(openApi.components.schemas)) expect(components).toHaveProperty(name)
    expect(Object.keys(jsonSchemaFiles).sort()).toEqual(Object.keys(components).sort())
    for (const [name, schema] of Object.entries(jsonSchemaFiles)) {
      expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema')
      expect(JSON.stringify(schema)).not.toContain('#/components/')
      expect(schema.$id).toMatch(new RegExp(`/${name}\\.json$`))
    }
  })

  test('the error tables of the docs list every code of each action, derived from the one list', () => {
    const table = readFileSync(join(repositoryRoot, 'docs', 'error-codes.md'), 'utf8')
    for (const action of actions) {
      const section = table.split(`## ${action.name}\n`)[1]!.split('\n## ')[0]!
      const description = openApi.tags.find((tag: any) => tag.name === action.name).description
      for (const info of action.allErrorCodes) {
        expect(section).toContain(`| \`${info.code}\` |`)
        expect(description).toContain(`| \`${info.code}\` |`)
      }
      // No code of another action's own list.
      for (const other of actions) for (const code of other.ownErrorCodes) if (!action.allErrorCodes.some((info) => info.code === code)) expect(section).not.toContain(`\`${code}\``)
    }
    expect(errorCodes.length).toBeGreaterThan(10)
  })

  test('the docs site is one self-contained file with every action in it', () => {
    const html = readFileSync(join(repositoryRoot, 'docs', 'index.html'), 'utf8')
    expect(html).not.toMatch(/<script[^>]+src=["']https?:/)
    for (const action of actions) expect(html).toContain(`${action.name} parameters`)
  })
})

describe('request and ApiKey static types', () => {
  test('TypeBox Static types accept the examples (compile-time check, kept honest at run time)', () => {
    const request: import('../schema/index.js').CreateApiKeyRequest = requestExamples.manualKey.value
    const apiKey: import('../schema/index.js').ApiKey = seedResult
    expect(Value.Check(CreateApiKeyRequest, request) && Value.Check(ApiKey, apiKey) && Value.Check(CreateApiKeyQuery, queryExamples.seed.value)).toBe(true)
  })
})
