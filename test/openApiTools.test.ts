/**
 * The OpenAPI document in widely used tools that were not tuned for it: Spectral's `spectral:oas` ruleset (the
 * ruleset file .spectral.yaml only extends it) reports nothing on openapi.json and openapi.yaml, and Prism in mock
 * mode (`prism mock --errors`) accepts every documented request example in its wire form and answers every
 * documented response example. Redocly (recommended-strict) runs in `npm run lint`.
 */
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import http from 'node:http'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { repositoryRoot } from './support/artifacts.js'
import { startPrism, type RunningPrism } from './support/prism.js'

const document = JSON.parse(readFileSync(join(repositoryRoot, 'generated/openapi.json'), 'utf8'))
const version = (name: string) => (JSON.parse(readFileSync(join(repositoryRoot, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version

describe(`Spectral ${version('@stoplight/spectral-cli')} (spectral:oas)`, () => {
  test.each(['generated/openapi.json', 'generated/openapi.yaml'])('%s: 0 errors, 0 warnings, nothing at all', (file) => {
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
const tc3Headers = {
  'Content-Type': 'application/json',
  Authorization: 'TC3-HMAC-SHA256 Credential=AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE/2020-02-26/apigateway/tc3_request, SignedHeaders=content-type;host, Signature=0000000000000000000000000000000000000000000000000000000000000000',
  'X-TC-Action': 'CreateApiKey',
  'X-TC-Version': '2018-08-08',
  'X-TC-Timestamp': '1582697401',
}

const post = document.paths['/'].post
const jsonExamples = Object.entries<{ value: unknown }>(post.requestBody.content['application/json'].examples)
const formExamples = Object.entries<{ value: Record<string, string> }>(post.requestBody.content['application/x-www-form-urlencoded'].examples)
const responseExamples = Object.entries<{ value: unknown }>(post.responses['200'].content['application/json'].examples)

let prism: RunningPrism
beforeAll(async () => {
  prism = await startPrism('mock', join(repositoryRoot, 'generated/openapi.json'), ['--errors'])
}, 120_000)
afterAll(() => prism?.close())

describe(`Prism ${version('@stoplight/prism-cli')} mock --errors on openapi.json`, () => {
  const accepted = (answer: Answer) => {
    expect(answer.headers['sl-violations'], JSON.stringify(answer.body)).toBeUndefined()
    expect(answer.status, JSON.stringify(answer.body)).toBe(200)
  }

  test('the document has examples in every wire form', () => {
    expect(jsonExamples.length).toBeGreaterThan(1)
    expect(formExamples.length).toBeGreaterThan(1)
    expect(responseExamples.length).toBeGreaterThan(1)
  })

  test.each(jsonExamples)('accepts the JSON request example %s (POST, TC3)', async (_, example) => {
    accepted(await request(prism.endpoint, 'POST', '/', tc3Headers, JSON.stringify(example.value)))
  })

  test.each(formExamples)('accepts the v1 example %s as a form POST and as a GET query', async (_, example) => {
    const encoded = new URLSearchParams(example.value).toString()
    accepted(await request(prism.endpoint, 'POST', '/', { 'Content-Type': 'application/x-www-form-urlencoded' }, encoded))
    accepted(await request(prism.endpoint, 'GET', `/?${encoded}`, {}))
  })

  test.each(formExamples)('accepts the action parameters of %s as a TC3-signed GET', async (_, example) => {
    const actionOnly = Object.fromEntries(Object.entries(example.value).filter(([name]) => /^(SecretName|AccessKey\w+|Tags\..*)$/.test(name)))
    const { 'Content-Type': _contentType, ...headers } = tc3Headers
    accepted(await request(prism.endpoint, 'GET', `/?${new URLSearchParams(actionOnly).toString()}`, headers))
  })

  test.each(responseExamples)('answers the response example %s, as documented', async (name, example) => {
    const answer = await request(prism.endpoint, 'POST', '/', { ...tc3Headers, Prefer: `example=${name}` }, JSON.stringify(jsonExamples[0]![1].value))
    accepted(answer)
    expect(answer.body).toEqual(example.value)
  })

  test('refuses what the document refuses: a v1 GET without its signature, a form POST with a bad AccessKeyId', async () => {
    const [, seed] = formExamples[0]!
    const { Signature: _signature, ...unsigned } = seed.value
    expect((await request(prism.endpoint, 'GET', `/?${new URLSearchParams(unsigned).toString()}`, {})).status).toBe(401)
    const bad = new URLSearchParams({ ...seed.value, AccessKeyType: 'manual', AccessKeyId: 'a-b-c', AccessKeySecret: 'abcdefghijkl' }).toString()
    const answer = await request(prism.endpoint, 'POST', '/', { 'Content-Type': 'application/x-www-form-urlencoded' }, bad)
    expect(answer.status).toBe(422)
    expect(JSON.stringify(answer.body)).toMatch(/AccessKeyId/)
  })
})
