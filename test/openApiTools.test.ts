/**
 * The OpenAPI documents in widely used tools that were not tuned for them: Spectral's `spectral:oas` ruleset (the
 * ruleset file .spectral.yaml only extends it) reports nothing on the main document and on each action's document,
 * in JSON and YAML; Prism in mock mode (`prism mock --errors`), one per action on its document at `/` (decision
 * openapi-many-actions), accepts every documented request example of the action in its wire form, answers every
 * documented response example and refuses invalid requests. Redocly (recommended-strict) runs in `npm run lint`.
 */
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import http from 'node:http'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { actions, type AnyContractAction } from '../schema/index.js'
import { actionOpenApi, repositoryRoot } from './support/artifacts.js'
import { startPrisms, type RunningPrism } from './support/prism.js'
import { requestShapes } from '../schema/v1Form.js'

const version = (name: string) => (JSON.parse(readFileSync(join(repositoryRoot, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version

const documents = ['generated/openapi.json', 'generated/openapi.yaml', ...actions.flatMap((action) => [`generated/openapi/${action.name}.json`, `generated/openapi/${action.name}.yaml`])]

describe(`Spectral ${version('@stoplight/spectral-cli')} (spectral:oas)`, () => {
  test.each(documents)('%s: 0 errors, 0 warnings, nothing at all', (file) => {
    expect(readFileSync(join(repositoryRoot, '.spectral.yaml'), 'utf8').trim()).toBe('extends: ["spectral:oas"]')
    const output = execFileSync(join(repositoryRoot, 'node_modules/.bin/spectral'), ['lint', file, '--ruleset', '.spectral.yaml', '--format', 'json', '--quiet', '--fail-severity', 'hint'], {
      cwd: repositoryRoot,
      encoding: 'utf8',
      env: { ...process.env, SCARF_ANALYTICS: 'false', NO_COLOR: '1' },
    })
    expect(JSON.parse(output)).toEqual([])
  })
})

interface Answer {
  readonly status: number
  readonly headers: http.IncomingHttpHeaders
  readonly body: unknown
}

function request(endpoint: string, method: 'GET' | 'POST', path: string, headers: Record<string, string>, body?: string): Promise<Answer> {
  const [host, port] = endpoint.split(':') as [string, string]
  return new Promise((resolve, reject) => {
    const req = http.request({ host, port: Number(port), method, path, headers, agent: false }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (chunk: Buffer) => chunks.push(chunk))
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8')
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text ? JSON.parse(text) : undefined })
      })
      res.on('error', reject)
    })
    req.on('error', reject)
    req.end(body)
  })
}

/** Prism checks that a security alternative is present, not the signature: a TC3-shaped Authorization is enough. */
const tc3Headers = (action: string) => ({
  'Content-Type': 'application/json',
  Authorization: 'TC3-HMAC-SHA256 Credential=AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE/2020-02-26/apigateway/tc3_request, SignedHeaders=content-type;host, Signature=0000000000000000000000000000000000000000000000000000000000000000',
  'X-TC-Action': action,
  'X-TC-Version': '2018-08-08',
  'X-TC-Timestamp': '1582697401',
})

/** What each action's document documents, read from the document as a tool would. */
function documented(action: AnyContractAction) {
  const post = actionOpenApi(action.name).paths['/'].post
  return {
    jsonExamples: Object.entries<{ value: Record<string, unknown> }>(post.requestBody.content['application/json'].examples),
    formExamples: Object.entries<{ value: Record<string, string> }>(post.requestBody.content['application/x-www-form-urlencoded'].examples),
    responseExamples: Object.entries<{ value: unknown }>(post.responses['200'].content['application/json'].examples),
  }
}

/** The action's own parameters in a v1 example: the names of its request (arrays flattened, `Tags.0.Key`). */
const ownParameters = (action: AnyContractAction, form: Record<string, string>) => {
  const names = new Set(requestShapes(action.request).flatMap((shape) => Object.keys(shape.properties)))
  return Object.fromEntries(Object.entries(form).filter(([name]) => names.has(name.split('.')[0]!)))
}

const prisms = new Map<string, RunningPrism>()
let mainPrism: RunningPrism
beforeAll(async () => {
  // One Prism per action document, and one on the main document (to show why the per-action documents exist).
  const started = await startPrisms([
    ...actions.map((action) => ({ name: action.name, mode: 'mock' as const, document: join(repositoryRoot, `generated/openapi/${action.name}.json`), extra: ['--errors'] })),
    { name: 'main', mode: 'mock', document: join(repositoryRoot, 'generated/openapi.json'), extra: ['--errors'] },
  ])
  for (const [name, prism] of started) {
    if (name === 'main') mainPrism = prism
    else prisms.set(name, prism)
  }
}, 180_000)
afterAll(async () => {
  await Promise.all([...prisms.values(), mainPrism].map((prism) => prism?.close()))
})

const accepted = (answer: Answer) => {
  expect(answer.headers['sl-violations'], JSON.stringify(answer.body)).toBeUndefined()
  expect(answer.status, JSON.stringify(answer.body)).toBe(200)
}

describe(`Prism ${version('@stoplight/prism-cli')} mock --errors on the main document`, () => {
  test('routes no request to / (each action is at /#<Action>, which no client sends): tools that route by path take generated/openapi/<Action>.json', async () => {
    for (const action of actions) {
      const [, example] = documented(action).jsonExamples[0]!
      const answer = await request(mainPrism.endpoint, 'POST', '/', tc3Headers(action.name), JSON.stringify(example.value))
      expect(answer.status).toBe(404)
      expect(JSON.stringify(answer.body)).toMatch(/NO_PATH_MATCHED_ERROR/)
    }
  })
})

describe.each(actions.map((action) => [action.name, action] as const))(`Prism ${version('@stoplight/prism-cli')} mock --errors on generated/openapi/%s.json`, (name, action) => {
  const { jsonExamples, formExamples, responseExamples } = documented(action)
  const endpoint = () => prisms.get(name)!.endpoint

  test('the document has examples in every wire form', () => {
    expect(jsonExamples.length).toBeGreaterThan(0)
    expect(formExamples.length).toBeGreaterThan(0)
    expect(responseExamples.length).toBeGreaterThan(1)
  })

  test.each(jsonExamples)('accepts the JSON request example %s (POST, TC3)', async (_, example) => {
    accepted(await request(endpoint(), 'POST', '/', tc3Headers(name), JSON.stringify(example.value)))
  })

  test.each(formExamples)('accepts the v1 example %s as a form POST and as a GET query', async (_, example) => {
    const encoded = new URLSearchParams(example.value).toString()
    accepted(await request(endpoint(), 'POST', '/', { 'Content-Type': 'application/x-www-form-urlencoded' }, encoded))
    accepted(await request(endpoint(), 'GET', `/?${encoded}`, {}))
  })

  test.each(formExamples)('accepts the action parameters of %s as a TC3-signed GET', async (_, example) => {
    const actionOnly = ownParameters(action, example.value)
    expect(Object.keys(actionOnly).length).toBeGreaterThan(0)
    const { 'Content-Type': _contentType, ...headers } = tc3Headers(name)
    accepted(await request(endpoint(), 'GET', `/?${new URLSearchParams(actionOnly).toString()}`, headers))
  })

  test.each(responseExamples)('answers the response example %s, as documented', async (exampleName, example) => {
    const answer = await request(endpoint(), 'POST', '/', { ...tc3Headers(name), Prefer: `example=${exampleName}` }, JSON.stringify(jsonExamples[0]![1].value))
    accepted(answer)
    expect(answer.body).toEqual(example.value)
  })

  test('refuses what the document refuses: a v1 GET without its signature, a JSON body with an unknown member, another action\'s name, a form without a required parameter', async () => {
    const [, form] = formExamples[0]!
    const { Signature: _signature, ...unsigned } = form.value
    expect((await request(endpoint(), 'GET', `/?${new URLSearchParams(unsigned).toString()}`, {})).status).toBe(401)
    const [, json] = jsonExamples[0]!
    const unknown = await request(endpoint(), 'POST', '/', tc3Headers(name), JSON.stringify({ ...json.value, Unknown: 'x' }))
    expect(unknown.status, JSON.stringify(unknown.body)).toBe(422)
    const other = actions.find((candidate) => candidate !== action)!.name
    const misnamed = await request(endpoint(), 'POST', '/', tc3Headers(other), JSON.stringify(json.value))
    expect(misnamed.status, JSON.stringify(misnamed.body)).toBe(422)
    expect(JSON.stringify(misnamed.body)).toMatch(/x-tc-action/i)
    const required = Object.keys(ownParameters(action, form.value)).find((parameter) => (action.request.required ?? requestShapes(action.request)[0]!.required ?? []).includes(parameter))
    // An action with no required parameter (DescribeApiKeysStatus: every one has a default or is optional) has none to drop.
    if (required === undefined) {
      expect(requestShapes(action.request).every((shape) => (shape.required ?? []).length === 0), `${name} has a required parameter its example lacks`).toBe(true)
      return
    }
    const { [required]: _missing, ...incomplete } = form.value
    // Prism reads a form body by its schema's top-level properties, unless the schema is a union: an unknown member
    // of the form is refused for CreateApiKey (a union of two shapes), and dropped unjudged for the other actions
    // (the README says so; a one-branch anyOf would keep it, but Redocly's recommended-strict refuses that).
    const formUnknown = await request(endpoint(), 'POST', '/', { 'Content-Type': 'application/x-www-form-urlencoded' }, new URLSearchParams({ ...form.value, Junk: '1' }).toString())
    expect(formUnknown.status, JSON.stringify(formUnknown.body)).toBe(action.query.anyOf ? 422 : 200)
    // A GET's undeclared query parameter is not judged for any action (a query is read parameter by parameter).
    expect((await request(endpoint(), 'GET', `/?${new URLSearchParams({ ...form.value, Junk: '1' }).toString()}`, {})).status).toBe(200)
    const answer = await request(endpoint(), 'POST', '/', { 'Content-Type': 'application/x-www-form-urlencoded' }, new URLSearchParams(incomplete).toString())
    expect(answer.status, JSON.stringify(answer.body)).toBe(422)
    expect(JSON.stringify(answer.body)).toContain(required)
  })
})

describe('Prism mock on DescribeApiKeysStatus: the flattened Filters', () => {
  test('a filter name outside the list is refused in a form POST and in a GET query (each Filters.N.Name is declared)', async () => {
    const [, example] = documented(actions.find((action) => action.name === 'DescribeApiKeysStatus')!).formExamples[0]!
    const endpoint = prisms.get('DescribeApiKeysStatus')!.endpoint
    const form = (patch: Record<string, string>) => new URLSearchParams({ ...example.value, ...patch }).toString()
    const post = (patch: Record<string, string>) => request(endpoint, 'POST', '/', { 'Content-Type': 'application/x-www-form-urlencoded' }, form(patch))
    expect((await post({ 'Filters.0.Name': 'Bogus' })).status).toBe(422)
    expect((await post({ 'Filters.0.Name': 'KeyWord' })).status).toBe(200)
    expect((await request(endpoint, 'GET', `/?${form({ 'Filters.0.Name': 'Bogus' })}`, {})).status).toBe(422)
    expect((await request(endpoint, 'GET', `/?${form({ 'Filters.0.Name': 'KeyWord' })}`, {})).status).toBe(200)
  })
})

describe('Prism mock on CreateApiKey: the manual rule\'s charset', () => {
  test('a form POST with a bad AccessKeyId is refused, naming it', async () => {
    const [, seed] = documented(actions[0]).formExamples[0]!
    const bad = new URLSearchParams({ ...seed.value, AccessKeyType: 'manual', AccessKeyId: 'a-b-c', AccessKeySecret: 'abcdefghijkl' }).toString()
    const answer = await request(prisms.get('CreateApiKey')!.endpoint, 'POST', '/', { 'Content-Type': 'application/x-www-form-urlencoded' }, bad)
    expect(answer.status).toBe(422)
    expect(JSON.stringify(answer.body)).toMatch(/AccessKeyId/)
  })
})

/**
 * openapi-fetch builds a URL as baseUrl + path + `?` + query. At the main document's pseudo-path `/#<Action>`, the
 * query lands after the `#` and is never sent; at the per-action document's `/` it arrives (decision
 * openapi-many-actions, and each GET operation's description, say so).
 */
describe(`openapi-fetch ${version('openapi-fetch')}: the query form (GET)`, () => {
  let server: http.Server
  let baseUrl = ''
  const received: string[] = []
  beforeAll(async () => {
    server = http.createServer((request, response) => {
      received.push(request.url ?? '')
      response.setHeader('Content-Type', 'application/json')
      response.end('{}')
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    baseUrl = `http://127.0.0.1:${(server.address() as { port: number }).port}`
  })
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

  test.each(actions.map((action) => [action.name, action] as const))('%s: through /#<Action> the query is lost; through the per-action document\'s / it is sent', async (name, action) => {
    const { default: createClient } = await import('openapi-fetch')
    const client = createClient({ baseUrl })
    const [example] = Object.values(action.examples.query)
    const query = example!.value as Record<string, string>
    received.length = 0
    await client.GET(`/#${name}` as never, { params: { query } } as never)
    await client.GET('/' as never, { params: { query } } as never)
    expect(received).toHaveLength(2)
    expect(received[0]).toBe('/')
    expect(Object.fromEntries(new URL(received[1]!, baseUrl).searchParams)).toEqual(query)
    // What the documents say about it.
    const mainGet = (JSON.parse(readFileSync(join(repositoryRoot, 'generated/openapi.json'), 'utf8')) as any).paths[`/#${name}`].get
    expect(mainGet.description).toContain(`call this form through the action's own document (\`openapi/${name}.json\`, at \`/\`)`)
    expect(Object.keys(actionOpenApi(name).paths)).toEqual(['/'])
  })

  test('an array parameter (Filters, Tags) is one object of flattened names: sent flat only with querySerializer form/explode, as the README says', async () => {
    const { default: createClient } = await import('openapi-fetch')
    const query = { Limit: '2', 'Filters.0.Name': 'AccessKeyId', Filters: { 'Filters.0.Values.0': 'AKIDexample', 'Filters.0.Values.1': 'ci_key_01' } }
    const flat = { Limit: '2', 'Filters.0.Name': 'AccessKeyId', ...query.Filters }
    received.length = 0
    await createClient({ baseUrl }).GET('/' as never, { params: { query } } as never)
    await createClient({ baseUrl, querySerializer: { object: { style: 'form', explode: true } } }).GET('/' as never, { params: { query } } as never)
    const sent = received.map((url) => Object.fromEntries(new URL(url, baseUrl).searchParams))
    // openapi-fetch's default for an object is deepObject (`Filters[Filters.0.Name]=...`), which no server reads.
    expect(Object.keys(sent[0]!)).toContain('Filters[Filters.0.Values.0]')
    expect(sent[1]).toEqual(flat)
    const parameter = actionOpenApi('DescribeApiKeysStatus').paths['/'].get.parameters.find((p: any) => p.name === 'Filters')
    expect([parameter.style, parameter.explode]).toEqual(['form', true])
    expect(readFileSync(join(repositoryRoot, 'README.md'), 'utf8')).toContain("querySerializer: { object: { style: 'form', explode: true } }")
  })
})

/**
 * openapi-typescript's own default (defaultNonNullable: true) makes every member with a `default` required, request
 * bodies included (openapi-ts/openapi-typescript issues #1741, #2012): `{ SecretName }` would not be a CreateApiKey
 * request. The package's types are made with defaultNonNullable: false; the README says to do the same.
 */
describe(`openapi-typescript ${version('openapi-typescript')}: defaults`, () => {
  test('with its default options, defaulted request members become required; with defaultNonNullable: false they stay optional, as in generated/openapi.d.ts', async () => {
    const { default: openapiTS, astToString } = await import('openapi-typescript')
    const document = JSON.parse(readFileSync(join(repositoryRoot, 'generated/openapi.json'), 'utf8'))
    const member = (types: string, component: string, name: string) => new RegExp(`${component}: \\{[^}]*?\\b${name}(\\??):`, 's').exec(types)?.[1]
    const byDefault = astToString(await openapiTS(structuredClone(document)))
    const asShipped = astToString(await openapiTS(structuredClone(document), { defaultNonNullable: false }))
    expect([member(byDefault, 'DescribeApiKeysStatusRequest', 'Limit'), member(byDefault, 'CreateApiKeyAutoRequest', 'AccessKeyType')]).toEqual(['', ''])
    expect([member(asShipped, 'DescribeApiKeysStatusRequest', 'Limit'), member(asShipped, 'CreateApiKeyAutoRequest', 'AccessKeyType')]).toEqual(['?', '?'])
    expect(readFileSync(join(repositoryRoot, 'generated/openapi.d.ts'), 'utf8')).toContain(asShipped.slice(0, 2000))
  })
})
