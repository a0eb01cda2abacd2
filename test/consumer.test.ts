/**
 * The package as a consumer meets it: `npm pack`, install the tarball into a fresh project, then type-check (tsc,
 * nodenext, skipLibCheck off) and run there: `import type` of every public type, the runtime through ESM `import`
 * and CJS `require` (require(esm), Node 20.19+), JSON imports of the OpenAPI document and a JSON Schema file, the
 * YAML document by path, the arbitraries driving fast-check, and the typed client (`/client`) calling the emulator in
 * every wire form. Also: what the tarball ships, that the runtime
 * imports nothing (no TypeBox, no compiler) and runs with code generation from strings disallowed, that the installed
 * bin serves the emulator and runs `conform` without fast-check installed, publint and attw.
 */
import { execFile, execFileSync, spawn } from 'node:child_process'
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { repositoryRoot } from './support/artifacts.js'
import { actionNames } from '../src/actions.js'
import { defaultCredential } from '../src/emulator/credentials.js'
import { createEmulator } from '../src/emulator/index.js'
import { parseCreateApiKeyResponse } from '../src/index.js'
import { codeOf, createApiKeyHeaders, send, tc3Post } from './support/emulatorWire.js'
import { installConsumer, installedFiles, npmQuiet, packPackage, type PackedPackage } from './support/packedPackage.js'

const packageName = 'tencent-apigateway-apikey-contract'
const devVersion = (name: string) => (JSON.parse(readFileSync(join(repositoryRoot, 'package.json'), 'utf8')).devDependencies as Record<string, string>)[name]!

/** Every type the public entry points export, read from their sources, so a new type is tested without edits here. */
function exportedTypeNames(file: string): string[] {
  const source = readFileSync(join(repositoryRoot, file), 'utf8')
  return [...source.matchAll(/^export (?:type|interface) (\w+)/gm)].map((match) => match[1]!)
}

const consumerSources = (rootTypes: string[], arbitraryTypes: string[]): Record<string, string> => ({
  'types.ts': `import type { ${rootTypes.join(', ')} } from '${packageName}'
import type { ${arbitraryTypes.join(', ')} } from '${packageName}/arbitraries'

/** Every public type, used once, so a missing or broken one fails the type-check. */
export type EveryPublicType = [${[...rootTypes, ...arbitraryTypes].join(', ')}]

export const auto: CreateApiKeyRequest = { SecretName: 'ci' }
// @ts-expect-error auto-with-credentials: a custom AccessKeyId without AccessKeyType manual is refused by the type
export const autoWithId: CreateApiKeyRequest = { SecretName: 'x', AccessKeyId: 'abcde' }
// @ts-expect-error auto-with-credentials: likewise a custom AccessKeySecret
export const autoWithSecret: CreateApiKeyRequest = { SecretName: 'x', AccessKeySecret: 'abcdefghij' }
export const manual: CreateApiKeyRequest = { SecretName: 'ci', AccessKeyType: 'manual', AccessKeyId: 'ci_key_01', AccessKeySecret: 'ci_secret_0123456789' }
// @ts-expect-error a manual key needs AccessKeyId and AccessKeySecret: the rule is in the type
export const incomplete: CreateApiKeyRequest = { SecretName: 'ci', AccessKeyType: 'manual' }
// @ts-expect-error codes are a closed union
export const code: ErrorCode = 'NoSuchCode'
export function secretOf(response: ParseResponseResult): string | undefined {
  return response.kind === 'success' ? response.result?.AccessKeySecret : undefined
}
`,
  'openapiTypes.ts': `import type { components, operations, paths } from '${packageName}'

// The same rule in openapi-typescript's types of the document (generated/openapi.d.ts), exported by the main entry.
type Request = components['schemas']['CreateApiKeyRequest']
// @ts-expect-error auto-with-credentials: a custom AccessKeyId without AccessKeyType manual is refused by the type
export const autoWithId: Request = { SecretName: 'x', AccessKeyId: 'abcde' }
// @ts-expect-error auto-with-credentials: likewise a custom AccessKeySecret
export const autoWithSecret: Request = { SecretName: 'x', AccessKeySecret: 'abcdefghij' }
export const auto: Request = { SecretName: 'x', AccessKeyType: 'auto' }
export type PostBody = NonNullable<paths['/#CreateApiKey']['post']['requestBody']>['content']['application/json']
export type Envelope = operations['CreateApiKey']['responses']['200']['content']['application/json']

// openapi-many-actions: each action has its own request and response types, at its own path.
type DescribeBody = NonNullable<paths['/#DescribeApiKey']['post']['requestBody']>['content']['application/json']
export const describeBody: DescribeBody = { AccessKeyId: 'AKID_any' }
// @ts-expect-error DescribeApiKey's body is not CreateApiKey's
export const describeAsCreate: PostBody = describeBody
// @ts-expect-error CreateApiKey's body is not DescribeApiKey's
export const createAsDescribe: DescribeBody = { SecretName: 'x' }
export type DescribeEnvelope = operations['DescribeApiKey']['responses']['200']['content']['application/json']
// @ts-expect-error DescribeApiKey's error union has its own codes, not CreateApiKey's
export const describeError: DescribeEnvelope = { Response: { Error: { Code: 'FailedOperation.AccessKeyExist', Message: 'm' }, RequestId: 'r' } }
export const describeNotFound: DescribeEnvelope = { Response: { Error: { Code: 'ResourceNotFound.InvalidAccessKeyId', Message: 'm' }, RequestId: 'r' } }
`,
  'openapiFetch.ts': `import { createHash, createHmac } from 'node:crypto'
import createClient, { type Middleware } from 'openapi-fetch'
import type { components, paths } from '${packageName}'

const [endpoint, secretId, secretKey] = process.argv.slice(2) as [string, string, string]
const sha256Hex = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex')
const hmac = (key: string | Buffer, text: string) => createHmac('sha256', key).update(text, 'utf8').digest()

/** TC3-HMAC-SHA256 of the request as it leaves, written from the documented algorithm (signed headers content-type;host). */
const tc3Signing: Middleware = {
  async onRequest({ request }) {
    const timestamp = request.headers.get('X-TC-Timestamp') ?? ''
    const date = new Date(Number(timestamp) * 1000).toISOString().slice(0, 10)
    const url = new URL(request.url)
    const canonicalRequest = [request.method, url.pathname, url.search.slice(1), \`content-type:\${request.headers.get('Content-Type') ?? ''}\\nhost:\${url.host}\\n\`, 'content-type;host', sha256Hex(await request.clone().text())].join('\\n')
    const scope = \`\${date}/apigateway/tc3_request\`
    const signingKey = hmac(hmac(hmac(\`TC3\${secretKey}\`, date), 'apigateway'), 'tc3_request')
    const signature = createHmac('sha256', signingKey).update(['TC3-HMAC-SHA256', timestamp, scope, sha256Hex(canonicalRequest)].join('\\n')).digest('hex')
    request.headers.set('Authorization', \`TC3-HMAC-SHA256 Credential=\${secretId}/\${scope}, SignedHeaders=content-type;host, Signature=\${signature}\`)
    return request
  },
}

const client = createClient<paths>({ baseUrl: \`http://\${endpoint}\` })
client.use(tc3Signing)
const common = { 'X-TC-Version': '2018-08-08', 'X-TC-Timestamp': String(Math.floor(Date.now() / 1000)) } as const
const header = { ...common, 'X-TC-Action': 'CreateApiKey' } as const

/** Never called: the typed client refuses an auto key with a custom AccessKeyId at compile time. */
export const refused = () =>
  // @ts-expect-error auto-with-credentials, through openapi-fetch's body type
  client.POST('/#CreateApiKey', { params: { header }, body: { SecretName: 'x', AccessKeyId: 'abcde' } })
/** Never called: each operation's X-TC-Action is its own action's name. */
export const misnamed = () =>
  // @ts-expect-error openapi-many-actions: CreateApiKey's header names CreateApiKey
  client.POST('/#CreateApiKey', { params: { header: { ...common, 'X-TC-Action': 'DescribeApiKey' } }, body: { SecretName: 'x' } })

// The path's fragment is never sent: the request reaches \`/\`, the only path the service answers.
const { data, response } = await client.POST('/#CreateApiKey', { params: { header }, body: { SecretName: 'from openapi-fetch', Tags: [{ Key: 'tool', Value: 'openapi-fetch' }] } })
const envelope: components['schemas']['CreateApiKeyEnvelope'] | undefined = data
const answer = envelope?.Response
const created = answer && 'Result' in answer ? answer.Result : null
const described = await client.POST('/#DescribeApiKey', { params: { header: { ...common, 'X-TC-Action': 'DescribeApiKey' } }, body: { AccessKeyId: created?.AccessKeyId ?? '' } })
const describedAnswer: components['schemas']['DescribeApiKeyEnvelope']['Response'] | undefined = described.data?.Response
console.log(JSON.stringify({
  status: response.status,
  result: created,
  error: answer && 'Error' in answer ? answer.Error.Code : null,
  described: describedAnswer && 'Result' in describedAnswer ? describedAnswer.Result : describedAnswer?.Error.Code,
}))
`,
  'client.ts': `import { createClient, isTencentApiError, signTc3, signV1, type ApiKeyClient, type ClientOptions, type Exchange } from '${packageName}/client'
import type { ErrorCodeOf, ResultOf } from '${packageName}'

const [endpoint, secretId, secretKey] = process.argv.slice(2) as [string, string, string]
const forms: Pick<ClientOptions, 'signing' | 'method' | 'signatureMethod'>[] = [
  { signing: 'tc3', method: 'POST' },
  { signing: 'tc3', method: 'GET' },
  { signing: 'v1', method: 'GET', signatureMethod: 'HmacSHA1' },
  { signing: 'v1', method: 'POST', signatureMethod: 'HmacSHA256' },
]

/** Never called: the argument and method types are the contract's. */
export const refused = (client: ApiKeyClient) => {
  // @ts-expect-error a manual key needs AccessKeyId and AccessKeySecret: the rule is in the argument type
  void client.CreateApiKey({ SecretName: 'x', AccessKeyType: 'manual' })
  // @ts-expect-error one method per action of the contract, no other
  void client.CreateApiKeys
  // @ts-expect-error DescribeApiKey's codes are its own union
  const code: ErrorCodeOf<'DescribeApiKey'> = 'FailedOperation.AccessKeyExist'
  return [code, typeof signTc3, typeof signV1]
}

const results = []
for (const form of forms) {
  const client = createClient({ endpoint: \`http://\${endpoint}\`, secretId, secretKey, ...form })
  const created: ResultOf<'CreateApiKey'> = await client.CreateApiKey({ SecretName: \`tarball \${form.signing} \${form.method}\`, Tags: [{ Key: 'from', Value: 'tarball' }] })
  let code: ErrorCodeOf<'DescribeApiKey'> | undefined
  try {
    await client.DescribeApiKey({ AccessKeyId: 'AKIDnotThere' })
  } catch (error) {
    if (isTencentApiError(error, 'DescribeApiKey')) code = error.code
  }
  const listed: Exchange = await client.send('DescribeApiKeysStatus', { Filters: [{ Name: 'AccessKeyId', Values: [created?.AccessKeyId ?? ''] }] })
  const secret = created?.AccessKeySecret ?? ''
  results.push({
    form: \`\${form.signing} \${form.method}\`,
    name: created?.SecretName,
    code,
    listed: listed.outcome.kind === 'success' ? (listed.outcome.result as { TotalCount: number }).TotalCount : listed.outcome.kind,
    redacted: secret !== '' && JSON.stringify(listed).includes(secret) && !JSON.stringify(client.redact(listed)).includes(secret),
  })
}
console.log(JSON.stringify(results))
`,
  'esm.ts': `import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { isUtcDateTime, parseCreateApiKeyRequest, parseCreateApiKeyResponse } from '${packageName}'
import openapi from '${packageName}/openapi.json' with { type: 'json' }
import describeDocument from '${packageName}/openapi/DescribeApiKey.json' with { type: 'json' }
import apiKeySchema from '${packageName}/json-schema/ApiKey.json' with { type: 'json' }

const yamlText = readFileSync(fileURLToPath(import.meta.resolve('${packageName}/openapi.yaml')), 'utf8')
const parsed = parseCreateApiKeyRequest({ SecretName: 'ci' })
const failed = parseCreateApiKeyRequest({ SecretName: 'ci', AccessKeyType: 'manual', AccessKeyId: 'ci_key_01', AccessKeySecret: 'short' })
const response = parseCreateApiKeyResponse({ Response: { Error: { Code: 'InvalidParameter.FormatError', Message: 'm' }, RequestId: 'ad5218b4-edc3-4195-ba4d-a0ef176783ba' } })
let codeGenerationBlocked = false
try { new Function('return 1')() } catch { codeGenerationBlocked = true }
console.log(JSON.stringify({
  value: parsed.ok ? parsed.value : null,
  error: parsed.ok ? null : parsed.error,
  failed: failed.ok ? null : failed.errors.map((e) => [e.Code, e.parameter, e.rule]),
  responseKind: response.kind,
  openapi: openapi.openapi,
  schemas: Object.keys(openapi.components.schemas).includes('ApiKey'),
  apiKeySchemaId: apiKeySchema.$id,
  actionDocument: [Object.keys(openapi.paths), Object.keys(describeDocument.paths), describeDocument.paths['/'].post.operationId],
  yaml: yamlText.startsWith('openapi:') || yamlText.includes('\\nopenapi:'),
  date: isUtcDateTime('2020-02-26T06:10:01Z'),
  codeGenerationBlocked,
}))
`,
  'cjs.cts': `import contract = require('${packageName}')
import arbitraries = require('${packageName}/arbitraries')

const parsed = contract.parseCreateApiKeyRequest({ SecretName: 'ci', Region: 'ap-guangzhou' })
console.log(JSON.stringify({
  error: parsed.ok ? null : parsed.error,
  arbitraries: typeof arbitraries.validCreateApiKeyRequest,
}))
`,
  'arbitraries.ts': `import fc from 'fast-check'
import { parseCreateApiKeyRequest, parseCreateApiKeyResponse } from '${packageName}'
import { apiKey, createApiKeyResponse, invalidCreateApiKeyRequest, validCreateApiKeyRequest } from '${packageName}/arbitraries'

const codes = new Set<string>()
fc.assert(fc.property(validCreateApiKeyRequest(), (request) => parseCreateApiKeyRequest(request).ok), { numRuns: 200 })
fc.assert(
  fc.property(invalidCreateApiKeyRequest(), ({ request, code }) => {
    const result = parseCreateApiKeyRequest(request)
    codes.add(code)
    return !result.ok && result.error.Code === code
  }),
  { numRuns: 300 },
)
fc.assert(fc.property(createApiKeyResponse(), (body) => parseCreateApiKeyResponse(body).kind !== 'invalid'), { numRuns: 200 })
fc.assert(fc.property(apiKey(), (key) => parseCreateApiKeyResponse({ Response: { Result: key, RequestId: 'ad5218b4-edc3-4195-ba4d-a0ef176783ba' } }).kind === 'success'), { numRuns: 100 })
console.log(JSON.stringify({ codes: [...codes].sort() }))
`,
})

let packed: PackedPackage
let project: string
const timings: Record<string, number> = {}
const timed = <T>(label: string, work: () => T): T => {
  const start = performance.now()
  try {
    return work()
  } finally {
    timings[label] = Math.round(performance.now() - start)
  }
}

const node = (args: string[]) => execFileSync(process.execPath, args, { cwd: project, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })

beforeAll(() => {
  packed = timed('build and pack', () => packPackage())
  project = timed('install', () =>
    installConsumer(packed, { 'fast-check': devVersion('fast-check'), '@types/node': devVersion('@types/node'), typescript: devVersion('typescript'), 'openapi-fetch': devVersion('openapi-fetch') }),
  )
  mkdirSync(join(project, 'src'))
  // A client generated by hey-api from the installed document, compiled with the rest by the strict tsc below.
  timed('hey-api', () =>
    execFileSync(join(repositoryRoot, 'node_modules/.bin/openapi-ts'), ['-i', `node_modules/${packageName}/generated/openapi.json`, '-o', 'src/hey', '-c', '@hey-api/client-fetch', '--no-log-file', '--silent'], {
      cwd: project,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    }),
  )
  const sources = consumerSources(exportedTypeNames('src/types.ts'), exportedTypeNames('src/arbitraries/index.ts'))
  for (const [file, text] of Object.entries(sources)) writeFileSync(join(project, 'src', file), text)
  writeFileSync(
    join(project, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: { target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, resolveJsonModule: true, skipLibCheck: false, types: ['node'], rootDir: 'src', outDir: 'out' },
      include: ['src'],
    }),
  )
}, 300_000)

afterAll(() => {
  console.log(`consumer test timings (ms): ${JSON.stringify(timings)}`)
  if (packed) rmSync(packed.workspace, { recursive: true, force: true })
})

describe('the packed package, installed in a fresh project', () => {
  test('ships dist, the OpenAPI documents, the types, the JSON Schema files, the validators and the emulator limits, and nothing else', () => {
    const topLevel = new Set(packed.files.map((file) => (file.startsWith('generated/') ? file.split('/').slice(0, 2).join('/') : file.split('/')[0])))
    expect([...topLevel].sort()).toEqual(
      ['LICENSE', 'README.md', 'dist', 'docs', 'generated/actionNames.d.ts', 'generated/actionNames.js', 'generated/actions.d.ts', 'generated/actions.js', 'generated/requestModels.d.ts', 'generated/requestModels.js', 'generated/requestParsers.d.ts', 'generated/requestParsers.js', 'generated/contractLimits.d.ts', 'generated/contractLimits.js', 'generated/json-schema', 'generated/openapi.d.ts', 'generated/openapi', 'generated/openapi.json', 'generated/openapi.yaml', 'generated/validators', 'package.json'].sort(),
    )
    expect(packed.files.filter((file) => /(^|\/)(test|src|schema|scripts|bench)\//.test(file) || /\.test\.|\.map$/.test(file))).toEqual([])
    expect(installedFiles(project)).toContain(join('dist', 'index.js'))
    expect(installedFiles(project)).toContain(join('dist', 'index.all.js'))
    expect(installedFiles(project)).toContain(join('dist', 'actions', 'describeApiKeyResponse.cjs'))
    // The README links to these.
    for (const page of ['decisions.md', 'error-codes.md', 'lifecycle.md']) expect(installedFiles(project)).toContain(join('docs', page))
    expect(packed.files.filter((file) => file.startsWith('docs/'))).toEqual(['docs/decisions.md', 'docs/error-codes.md', 'docs/lifecycle.md'])
  })

  test('type-checks: every public type, the manual rule in the type, JSON imports, require of the ES module', () => {
    const output = timed('tsc', () => {
      try {
        return execFileSync(process.execPath, [join(project, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json'], { cwd: project, encoding: 'utf8' })
      } catch (error) {
        throw new Error(`tsc failed in the consumer project:\n${(error as { stdout?: string }).stdout ?? error}`)
      }
    })
    expect(output).toBe('')
  })

  test('hey-api generated a client whose names do not collide (no `CreateApiKeyResponse2`): the component is CreateApiKeyEnvelope', () => {
    const types = readFileSync(join(project, 'src/hey/types.gen.ts'), 'utf8')
    const names = [...types.matchAll(/^export type (\w+)/gm)].map((match) => match[1]!)
    expect(names.filter((name) => /\d$/.test(name))).toEqual([])
    expect(names).toEqual(expect.arrayContaining(['CreateApiKeyEnvelope', 'CreateApiKeyRequest', 'CreateApiKeyData', 'CreateApiKeyResponse', 'CreateApiKeyResponses', 'CreateApiKeyWithQueryData']))
    // Every action of the main document gets its own operation types.
    expect(names).toEqual(expect.arrayContaining(['DescribeApiKeyEnvelope', 'DescribeApiKeyRequest', 'DescribeApiKeyData', 'DescribeApiKeyResponse', 'DescribeApiKeyResponses', 'DescribeApiKeyWithQueryData']))
    // The type-check test compiles src/hey with the rest (strict, skipLibCheck off).
    expect(readFileSync(join(project, 'tsconfig.json'), 'utf8')).toMatch(/"strict":true/)
  })

  /** The openapi-fetch client's run against a fresh emulator, once for the tests below. */
  let openApiFetchRun: Promise<any> | undefined
  const runOpenApiFetch = () =>
    (openApiFetchRun ??= (async () => {
      const emulator = await createEmulator({ rateLimitPerSecond: 0 })
      try {
        const output = await new Promise<string>((resolve, reject) => {
          execFile(process.execPath, ['out/openapiFetch.js', emulator.endpoint, defaultCredential.secretId, defaultCredential.secretKey], { cwd: project, encoding: 'utf8' }, (error, stdout, stderr) =>
            error ? reject(new Error(`${error.message}\n${stderr}`)) : resolve(stdout),
          )
        })
        return JSON.parse(output)
      } finally {
        await emulator.close()
      }
    })())

  test('openapi-fetch, typed with the exported `paths` and signing in a middleware, creates a key on the emulator through /#CreateApiKey', async () => {
    const result = await runOpenApiFetch()
    expect(result).toMatchObject({ status: 200, error: null, result: { SecretName: 'from openapi-fetch', AccessKeyType: 'auto', Status: 1, Tags: [{ Key: 'tool', Value: 'openapi-fetch' }] } })
    expect(parseCreateApiKeyResponse({ Response: { Result: result.result, RequestId: 'ad5218b4-edc3-4195-ba4d-a0ef176783ba' } }).kind).toBe('success')
  })

  test('openapi-fetch describes the created key through /#DescribeApiKey, typed by that operation', async () => {
    const result = await runOpenApiFetch()
    expect(result.described).toMatchObject({ AccessKeyId: result.result.AccessKeyId, AccessKeySecret: result.result.AccessKeySecret, SecretName: 'from openapi-fetch' })
  })

  test('the typed client from the tarball (`/client`): every wire form against the emulator, typed errors, redaction, no code generation', async () => {
    const emulator = await createEmulator({ rateLimitPerSecond: 0 })
    let output: string
    try {
      output = await new Promise<string>((resolve, reject) => {
        execFile(process.execPath, ['--disallow-code-generation-from-strings', 'out/client.js', emulator.endpoint, defaultCredential.secretId, defaultCredential.secretKey], { cwd: project, encoding: 'utf8' }, (error, stdout, stderr) =>
          error ? reject(new Error(`${error.message}\n${stderr}`)) : resolve(stdout),
        )
      })
    } finally {
      await emulator.close()
    }
    const forms = ['tc3 POST', 'tc3 GET', 'v1 GET', 'v1 POST']
    expect(JSON.parse(output)).toEqual(forms.map((form) => ({ form, name: `tarball ${form}`, code: 'ResourceNotFound.InvalidAccessKeyId', listed: 1, redacted: true })))
  })

  test('ESM import: requests with defaults and errors, responses, the OpenAPI JSON and YAML, a JSON Schema file, under a strict CSP', () => {
    const result = JSON.parse(timed('run esm', () => node(['--disallow-code-generation-from-strings', 'out/esm.js'])))
    expect(result).toEqual({
      value: { SecretName: 'ci', AccessKeyType: 'auto' },
      error: null,
      failed: [['InvalidParameter.FormatError', 'AccessKeySecret', 'length']],
      responseKind: 'error',
      openapi: '3.1.0',
      schemas: true,
      apiKeySchemaId: `https://unpkg.com/${packageName}/generated/json-schema/ApiKey.json`,
      actionDocument: [actionNames.map((name) => `/#${name}`), ['/'], 'DescribeApiKey'],
      yaml: true,
      date: true,
      codeGenerationBlocked: true,
    })
  })

  test('CJS require (require of an ES module, Node 20.19+)', () => {
    const result = JSON.parse(timed('run cjs', () => node(['--disallow-code-generation-from-strings', 'out/cjs.cjs'])))
    expect(result).toEqual({
      error: { Code: 'UnknownParameter', Message: expect.stringContaining('Region') },
      arbitraries: 'function',
    })
  })

  test('the arbitraries drive fast-check against the parse functions', () => {
    const result = JSON.parse(timed('run arbitraries', () => node(['out/arbitraries.js'])))
    expect(result.codes).toEqual(
      ['InvalidParameter', 'InvalidParameter.FormatError', 'InvalidParameterValue', 'MissingParameter', 'UnknownParameter', 'UnsupportedOperation.UnpackError'].sort(),
    )
  })

  test('the runtime imports nothing (no TypeBox, no compiler); the arbitraries import only fast-check; the client only Node built-ins', () => {
    const installed = join(project, 'node_modules', packageName)
    const importsOf = (file: string) => {
      const code = readFileSync(join(installed, file), 'utf8')
      expect(code, file).not.toMatch(/\beval\s*\(|new Function|\brequire\s*\(|\bimport\s*\(/)
      return [...code.matchAll(/^\s*(?:import|export)\b[^'"]*?from\s*["']([^"']+)["']|^\s*import\s*["']([^"']+)["']/gm)].map((m) => m[1] ?? m[2])
    }
    expect(importsOf('dist/index.js')).toEqual([])
    // Node's bundle loads its own response chunks only (src/lazyActionModels.ts: one createRequire, chunk names from
    // the generated list), and they load nothing; the bundle for other environments has every action in it.
    expect(readFileSync(join(installed, 'dist/index.js'), 'utf8').match(/createRequire|getBuiltinModule/g)).toEqual(['getBuiltinModule', 'createRequire'])
    for (const chunk of readdirSync(join(installed, 'dist/actions'))) expect(importsOf(`dist/actions/${chunk}`)).toEqual([])
    expect(importsOf('dist/index.all.js')).toEqual([])
    expect(readFileSync(join(installed, 'dist/index.all.js'), 'utf8')).not.toMatch(/createRequire|getBuiltinModule/)
    expect(importsOf('dist/arbitraries/index.js')).toEqual(['fast-check'])
    // The client: Node built-ins only (no fastify, no better-sqlite3, no fast-check).
    const clientImports = importsOf('dist/client/index.js')
    expect(clientImports.length).toBeGreaterThan(0)
    for (const name of clientImports) expect(name).toMatch(/^node:(crypto|querystring)$/)
  })

  test('bundled for Node by esbuild: the `/all` entry parses responses; the root says what to do when its lazy chunks are left out', async () => {
    const { build } = await import('esbuild')
    const response = JSON.stringify({ Response: { Result: null, RequestId: 'ad5218b4-edc3-4195-ba4d-a0ef176783ba' } })
    const entry = (from: string) => `import { parseCreateApiKeyRequest, parseDescribeApiKeyResponse } from '${from}'\nconst request = parseCreateApiKeyRequest({ SecretName: 'x' }).ok\nlet response\ntry { response = parseDescribeApiKeyResponse(${response}).kind } catch (error) { response = error.message }\nconsole.log(JSON.stringify({ request, response }))\n`
    const run = async (from: string, format: 'esm' | 'cjs') => {
      const source = join(project, `bundle-${format}-${from.replace(/\W/g, '_')}.mjs`)
      const outfile = `${source}.out.${format === 'esm' ? 'mjs' : 'cjs'}`
      writeFileSync(source, entry(from))
      await build({ entryPoints: [source], bundle: true, platform: 'node', format, outfile, logLevel: 'silent', absWorkingDir: project })
      return JSON.parse(node([outfile])) as { request: boolean; response: string }
    }
    for (const format of ['esm', 'cjs'] as const) {
      expect(await run(`${packageName}/all`, format)).toEqual({ request: true, response: 'success' })
      const root = await run(packageName, format)
      expect(root.request).toBe(true)
      expect(root.response).toMatch(/tencent-apigateway-apikey-contract: .*'tencent-apigateway-apikey-contract\/all'/)
    }
  })

  test('the installed bin serves CreateApiKey: `serve` answers a signed create from the packed dist', async () => {
    // Install scripts were skipped, so the native better-sqlite3 comes from this checkout (already built for this Node).
    symlinkSync(join(repositoryRoot, 'node_modules/better-sqlite3'), join(project, 'node_modules/better-sqlite3'), 'dir')
    const child = spawn(join(project, 'node_modules/.bin', packageName), ['serve', '--port', '0', '--rate-limit', '0'], { cwd: project, stdio: ['ignore', 'pipe', 'pipe'] })
    try {
      const endpoint = await new Promise<string>((resolve, reject) => {
        let output = ''
        const onOutput = (chunk: Buffer) => {
          output += chunk.toString()
          const match = /listening on http:\/\/(\S+)/.exec(output)
          if (match) resolve(match[1]!)
        }
        child.stdout.on('data', onOutput)
        child.stderr.on('data', onOutput)
        child.on('error', reject)
        child.on('exit', (code) => reject(new Error(`the installed bin exited with ${code}:\n${output}`)))
      })
      const signed = { ...defaultCredential, ...createApiKeyHeaders }
      const answer = await send(endpoint, tc3Post(endpoint, JSON.stringify({ SecretName: 'from the tarball' }), signed))
      expect(codeOf(answer)).toBe('Success')
      const repeat = { SecretName: 'manual', AccessKeyType: 'manual', AccessKeyId: 'tarball_key_01', AccessKeySecret: 'tarball_secret_01' }
      expect(codeOf(await send(endpoint, tc3Post(endpoint, JSON.stringify(repeat), signed)))).toBe('Success')
      expect(codeOf(await send(endpoint, tc3Post(endpoint, JSON.stringify(repeat), signed)))).toBe('FailedOperation.AccessKeyExist')
    } finally {
      child.kill('SIGTERM')
    }
  }, 30_000)

  test('the installed bin runs `conform` without fast-check installed (bundled into dist/conform/index.js): exit 0 against the emulator', async () => {
    const installed = join(project, 'node_modules', packageName)
    const engine = readFileSync(join(installed, 'dist/conform/index.js'), 'utf8')
    const imports = [...engine.matchAll(/^\s*import\b[^'"]*?from\s*["']([^"']+)["']/gm)].map((m) => m[1])
    expect(imports.length).toBeGreaterThan(0)
    for (const name of imports) expect(name, 'dist/conform/index.js imports').toMatch(/^node:/)
    expect(engine).toContain('fast-check')
    // The optional peer is moved away for this test: conform must not need it.
    const fastCheck = join(project, 'node_modules/fast-check')
    const aside = join(project, 'fast-check.aside')
    renameSync(fastCheck, aside)
    const emulator = await createEmulator({ rateLimitPerSecond: 0 })
    try {
      const env = { ...process.env, TENCENTCLOUD_SECRET_ID: defaultCredential.secretId, TENCENTCLOUD_SECRET_KEY: defaultCredential.secretKey }
      const { code, stdout } = await new Promise<{ code: number | null; stdout: string }>((resolve, reject) => {
        const child = spawn(join(project, 'node_modules/.bin', packageName), ['conform', '--endpoint', emulator.url, '--runs', '2', '--rate', '500', '--seed', '3'], { cwd: project, env, stdio: ['ignore', 'pipe', 'pipe'] })
        let out = ''
        child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()))
        child.stderr.on('data', () => {})
        child.on('error', reject)
        child.on('exit', (exit) => resolve({ code: exit, stdout: out }))
      })
      expect(code, stdout).toBe(0)
      expect(stdout).toContain('conform: the endpoint conforms to the contract')
      expect(emulator.keyCount()).toBe(0)
    } finally {
      await emulator.close()
      renameSync(aside, fastCheck)
    }
  }, 60_000)

  test('publint and @arethetypeswrong/cli pass on the tarball', () => {
    const bin = (name: string) => join(repositoryRoot, 'node_modules/.bin', name)
    const env = { ...process.env, ...npmQuiet, NO_COLOR: '1', FORCE_COLOR: '0' }
    const publint = timed('publint', () => execFileSync(bin('publint'), ['run', packed.tarball, '--strict'], { encoding: 'utf8', env }))
    expect(publint).not.toMatch(/error|warning/i)
    // esm-only: the package is ESM; `require` works through require(esm) on Node 20.19+, which attw's node16-cjs
    // resolution mode predates.
    const attw = timed('attw', () => {
      try {
        // openapi.yaml is a document to read, not a module: attw cannot resolve it as one.
        return execFileSync(bin('attw'), [packed.tarball, '--profile', 'esm-only', '--format', 'ascii', '--exclude-entrypoints', './openapi.yaml'], { encoding: 'utf8', env })
      } catch (error) {
        throw new Error(`attw failed:\n${(error as { stdout?: string }).stdout ?? error}`)
      }
    })
    // attw exits non-zero on any problem in the profile's resolutions; check the verdicts it printed as well.
    const verdicts = attw.split('\n').filter((line) => /^(node16 \(from ESM\)|bundler):/.test(line))
    expect(verdicts.length).toBeGreaterThanOrEqual(10)
    for (const line of verdicts) expect(line).toMatch(/🟢|\(wildcard\)/)
  })
})
