/**
 * The documentation's examples work: the curl snippets (run by bash and openssl, with `curl` and the clock replaced)
 * and the TypeScript client (type-checked, then run with `fetch` replaced) sign exactly as the official Node SDK
 * does, and the TypeScript client validates with this package before and after the call.
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { afterAll, describe, expect, test } from 'vitest'
import { actions } from '../schema/index.js'
import { curlGetExample, curlPostExample, typeScriptExample, typeScriptExampleAction } from '../scripts/markdown.js'
import { actionPath } from '../scripts/openApiDocument.js'
import { openApi, repositoryRoot } from './support/artifacts.js'

const require = createRequire(import.meta.url)
// The official SDK's own signers: TC3 (sign3) and v1 (formatSignString + sign).
const { default: Sign } = require('tencentcloud-sdk-nodejs/tencentcloud/common/sign.js')
const { AbstractClient } = require('tencentcloud-sdk-nodejs/tencentcloud/common/abstract_client.js')

const host = new URL(openApi.servers[0].url).host
const secretId = 'AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE'
const secretKey = 'Gu5t9xGARNpq86cd98joQYCN3EXAMPLE'
const timestamp = 1_700_000_123

/** Runs a shell example with `curl` printing its arguments, one a line, and `date +%s` fixed. */
function runShellExample(example: string): string[] {
  const prelude = `date() { if [ "$1" = +%s ]; then echo ${timestamp}; else command date "$@"; fi; }\ncurl() { printf '%s\\n' "$@"; }\n`
  const output = execFileSync('bash', ['--norc', '--noprofile', '-euo', 'pipefail', '-c', prelude + example], {
    env: { PATH: process.env.PATH, TENCENTCLOUD_SECRET_ID: secretId, TENCENTCLOUD_SECRET_KEY: secretKey },
    encoding: 'utf8',
  })
  return output.trimEnd().split('\n')
}

const sdkTc3 = (payload: unknown) =>
  Sign.sign3({
    method: 'POST',
    url: `https://${host}/`,
    payload,
    timestamp,
    service: host.split('.')[0],
    secretId,
    secretKey,
    multipart: false,
    headers: { 'Content-Type': 'application/json' },
  }) as string

describe.each(actions.map((action) => [action.name, action] as const))('the curl examples of %s', (name, action) => {
  test('POST JSON: the Authorization header is the one the official SDK computes for the same call', () => {
    const args = runShellExample(curlPostExample(action))
    const header = (name: string) => args.find((arg) => arg.startsWith(`${name}: `))?.slice(name.length + 2)
    const body = args[args.indexOf('-d') + 1]!
    expect(args).toContain(`https://${host}/`)
    expect(header('X-TC-Action')).toBe(name)
    expect(JSON.parse(body)).toEqual(Object.values(action.examples.request)[0]!.value)
    expect(header('X-TC-Version')).toBe(openApi.info.version)
    expect(header('X-TC-Timestamp')).toBe(String(timestamp))
    expect(header('Content-Type')).toBe('application/json')
    expect(header('Authorization')).toBe(sdkTc3(JSON.parse(body)))
    // And a wrong key would not: the comparison can fail.
    expect(header('Authorization')).not.toBe(Sign.sign3({ method: 'POST', url: `https://${host}/`, payload: JSON.parse(body), timestamp, service: 'apigateway', secretId, secretKey: `${secretKey}x`, headers: { 'Content-Type': 'application/json' } }))
  })

  test('GET query, signature v1: keys sorted, and the Signature is the one the official SDK computes', () => {
    const args = runShellExample(curlGetExample(action))
    expect(args.slice(0, 2)).toEqual(['-sS', '--get'])
    expect(args[2]).toBe(`https://${host}/`)
    const query = args[args.indexOf('--data') + 1]!
    const signature = args[args.indexOf('--data-urlencode') + 1]!.replace(/^Signature=/, '')
    const parameters = Object.fromEntries(query.split('&').map((pair) => pair.split('=') as [string, string]))
    expect(Object.keys(parameters)).toEqual(Object.keys(parameters).sort())
    expect(parameters).toMatchObject({ Action: name, Version: openApi.info.version, SecretId: secretId, Timestamp: String(timestamp), SignatureMethod: 'HmacSHA256' })
    expect(Number(parameters.Nonce)).toBeGreaterThan(0)
    const client = new AbstractClient(host, openApi.info.version, {
      credential: { secretId, secretKey },
      profile: { signMethod: 'HmacSHA256', httpProfile: { reqMethod: 'GET' } },
    })
    const stringToSign: string = client.formatSignString(parameters)
    expect(stringToSign).toBe(`GET${host}/?${query}`)
    expect(signature).toBe(Sign.sign(secretKey, stringToSign, 'HmacSHA256'))
  })
})

describe('the TypeScript example', () => {
  // Written inside the repository (tmp/ is git-ignored) so that it resolves this package's sources and types.
  const scratch = join(repositoryRoot, 'tmp')
  mkdirSync(scratch, { recursive: true })
  const folder = mkdtempSync(join(scratch, 'docs-example-'))
  const file = join(folder, 'createApiKey.ts')
  writeFileSync(file, typeScriptExample.replace("from 'tencent-apigateway-apikey-contract'", "from '../../src/index.js'"))
  afterAll(() => rmSync(folder, { recursive: true, force: true }))

  test('type-checks against the package types (strict)', () => {
    const tsc = join(repositoryRoot, 'node_modules', '.bin', 'tsc')
    const args = ['--noEmit', '--strict', '--target', 'es2022', '--module', 'nodenext', '--moduleResolution', 'nodenext', '--skipLibCheck', '--types', 'node', file]
    expect(() => execFileSync(tsc, args, { encoding: 'utf8', stdio: 'pipe' })).not.toThrow()
  })

  test('signs as the official SDK does, validates the request before sending and the answer after', async () => {
    const example = await import(file)
    const body = JSON.stringify({ SecretName: 'test' })
    expect(example.tc3Headers(body, secretId, secretKey, timestamp).Authorization).toBe(sdkTc3({ SecretName: 'test' }))

    const answers = openApi.paths[actionPath(typeScriptExampleAction.name)].post.responses['200'].content['application/json'].examples
    const sent: { url: string; init: RequestInit }[] = []
    let answer: unknown = answers.seed.value
    const realFetch = globalThis.fetch
    globalThis.fetch = (async (url: string, init: RequestInit) => {
      sent.push({ url, init })
      return new Response(JSON.stringify(answer), { status: 200, headers: { 'Content-Type': 'application/json' } })
    }) as typeof fetch
    try {
      // A valid auto request: sent once, with the default applied, signed; the key comes back.
      await expect(example.createApiKey({ SecretName: 'test' }, secretId, secretKey)).resolves.toEqual(answers.seed.value.Response.Result)
      expect(sent).toHaveLength(1)
      const headers = sent[0]!.init.headers as Record<string, string>
      expect(sent[0]!.url).toBe(`https://${host}/`)
      expect(JSON.parse(sent[0]!.init.body as string)).toEqual({ SecretName: 'test', AccessKeyType: 'auto' })
      expect(headers.Authorization).toBe(
        Sign.sign3({ method: 'POST', url: `https://${host}/`, payload: JSON.parse(sent[0]!.init.body as string), timestamp: Number(headers['X-TC-Timestamp']), service: 'apigateway', secretId, secretKey, headers: { 'Content-Type': 'application/json' } }),
      )
      // A request breaking the manual rule never leaves: the package's validator stops it.
      await expect(example.createApiKey({ SecretName: 'x', AccessKeyType: 'manual' }, secretId, secretKey)).rejects.toThrow(/MissingParameter AccessKeyId/)
      expect(sent).toHaveLength(1)
      // An error answer (HTTP 200) becomes an error with its code; a malformed one, a contract violation.
      answer = answers['FailedOperation.AccessKeyExist'].value
      await expect(example.createApiKey({ SecretName: 'test' }, secretId, secretKey)).rejects.toThrow(/^FailedOperation\.AccessKeyExist: /)
      answer = { Response: { Result: { AccessKeyId: 'only' }, RequestId: 'x' } }
      await expect(example.createApiKey({ SecretName: 'test' }, secretId, secretKey)).rejects.toThrow(/breaks the contract/)
    } finally {
      globalThis.fetch = realFetch
    }
  })
})
