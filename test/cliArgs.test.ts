/**
 * The emulator's command line as a function (the CLI tests run it in a child process, where a mutation run cannot
 * see it): every option in both spellings, defaults, and the exact message of each mistake.
 */
import { describe, expect, it } from 'vitest'
import { rateLimits } from '../generated/contractLimits.js'
import { requestModels } from '../generated/requestModels.js'
import type { StringParameter } from '../generated/validators/model.js'
import { defaultTimeoutMs } from '../src/client/index.js'
import { KeyTracker } from '../src/conform/keys.js'
import { maxKeyPrefixLength } from '../src/conform/options.js'
import { CliUsageError, credentialsFromEnv, defaultCliPort, parseCliArgs, usage } from '../src/emulator/cliArgs.js'

const mistake = (argv: string[]) => {
  try {
    parseCliArgs(argv)
  } catch (error) {
    expect(error).toBeInstanceOf(CliUsageError)
    return (error as Error).message
  }
  throw new Error(`no usage error for ${argv.join(' ')}`)
}

describe('parseCliArgs', () => {
  it('answers help for no command, help, -h and --help, anywhere', () => {
    for (const argv of [[], ['help'], ['-h'], ['--help'], ['serve', '--help'], ['serve', '--port', '1', '-h', '--bogus']]) {
      expect(parseCliArgs(argv).command, argv.join(' ')).toBe('help')
    }
    expect(parseCliArgs([])).toStrictEqual({ command: 'help' })
    expect(parseCliArgs(['--help'])).toStrictEqual({ command: 'help' })
    // A subcommand's help names it: its usage alone is printed.
    expect(parseCliArgs(['serve', '--port', '5', '--host', 'h', '--help'])).toStrictEqual({ command: 'help', subcommand: 'serve' })
    expect(parseCliArgs(['conform', '-h'])).toStrictEqual({ command: 'help', subcommand: 'conform' })
    // `help NAME` is NAME's usage alone; `help` of anything else, every one's.
    expect(parseCliArgs(['help', 'conform'])).toStrictEqual({ command: 'help', subcommand: 'conform' })
    expect(parseCliArgs(['help', 'serve'])).toStrictEqual({ command: 'help', subcommand: 'serve' })
    expect(parseCliArgs(['help', 'nothing'])).toStrictEqual({ command: 'help' })
  })

  it('serves on 127.0.0.1:9777 in memory by default', () => {
    expect(defaultCliPort).toBe(9777)
    expect(parseCliArgs(['serve'])).toStrictEqual({ command: 'serve', port: 9777, host: '127.0.0.1', limits: {} })
  })

  it('reads every option, as --name value and as --name=value', () => {
    const expected = { command: 'serve', port: 0, host: '::1', dataFile: 'keys=1.db', keyQuota: 3, rateLimitPerSecond: 0, limits: {} }
    expect(parseCliArgs(['serve', '--port', '0', '--host', '::1', '--data', 'keys=1.db', '--quota', '3', '--rate-limit', '0'])).toStrictEqual(expected)
    expect(parseCliArgs(['serve', '--port=0', '--host=::1', '--data=keys=1.db', '--quota=3', '--rate-limit=0'])).toStrictEqual(expected)
    const serve = (argv: string[]) => {
      const command = parseCliArgs(argv)
      if (command.command !== 'serve') throw new Error(`not serve: ${argv.join(' ')}`)
      return command
    }
    expect(serve(['serve', '--port', '65535']).port).toBe(65535)
    expect(serve(['serve', '--quota', String(Number.MAX_SAFE_INTEGER)]).keyQuota).toBe(Number.MAX_SAFE_INTEGER)
    expect(serve(['serve', '--data=--odd']).dataFile).toBe('--odd')
  })

  it('says what is wrong', () => {
    expect(mistake(['start'])).toBe('Unknown command "start": the commands are serve, conform.')
    expect(mistake(['serve', '--verbose'])).toBe('Unknown option "--verbose".')
    // The name alone: the value of a mistyped option may be a secret.
    expect(mistake(['serve', '--verbose=1'])).toBe('Unknown option "--verbose".')
    expect(mistake(['conform', '--secret-key=hunter2'])).toBe('Unknown option "--secret-key".')
    expect(mistake(['serve', '--port', '1', '--port=2'])).toBe('--port is given more than once.')
    for (const name of ['--port', '--host', '--data', '--quota', '--rate-limit']) {
      expect(mistake(['serve', name])).toBe(`${name} needs a value.`)
      expect(mistake(['serve', `${name}=`])).toBe(`${name} needs a value.`)
      // parseArgs takes a following `--host` for an option of its own: a value starting with "-" needs `=`.
      expect(mistake(['serve', name, '--host'])).toBe(`${name} needs a value (one starting with "-" is written ${name}=VALUE).`)
    }
    expect(mistake(['serve', '--port', '-1'])).toBe('--port needs a value (one starting with "-" is written --port=VALUE).')
    expect(mistake(['serve', '--port=-1'])).toBe('--port needs an integer from 0 to 65535.')
    for (const value of ['eighty', '1.5', '1e3', ' 1', '65536']) expect(mistake(['serve', '--port', value]), value).toBe('--port needs an integer from 0 to 65535.')
    expect(mistake(['serve', '--quota', '9007199254740992'])).toBe(`--quota needs an integer from 0 to ${Number.MAX_SAFE_INTEGER}.`)
    expect(mistake(['serve', '--rate-limit', 'x'])).toBe(`--rate-limit needs an integer from 0 to ${Number.MAX_SAFE_INTEGER}.`)
  })

  it('documents every option in the usage text', () => {
    for (const name of ['--port N', '--host H', '--data FILE', '--quota N', '--rate-limit N', '--help']) expect(usage).toContain(name)
    expect(usage).toContain('default 9777')
  })
})

describe('parseCliArgs: conform', () => {
  it('has defaults for all but --endpoint, and reads every option', () => {
    expect(parseCliArgs(['conform', '--endpoint', 'https://apigateway.tencentcloudapi.com'])).toStrictEqual({
      command: 'conform',
      endpoint: 'https://apigateway.tencentcloudapi.com',
      signing: 'tc3',
      method: 'POST',
      wireForms: 'one',
      dryRun: false,
    })
    const argv = ['--endpoint=http://[::1]:8', '--signing', 'v1', '--method=GET', '--wire-forms', 'all', '--runs', '7', '--seed', '0', '--max-requests', '50', '--rate', '3', '--key-prefix', 'ci_run', '--only', 'auth', '--only=lifecycle.', '--timeout', '900', '--dry-run', '--json', 'r.json', '--junit', 'r.xml']
    expect(parseCliArgs(['conform', ...argv])).toStrictEqual({
      command: 'conform',
      endpoint: 'http://[::1]:8',
      signing: 'v1',
      method: 'GET',
      wireForms: 'all',
      runs: 7,
      seed: 0,
      maxRequests: 50,
      rate: 3,
      keyPrefix: 'ci_run',
      timeoutMs: 900,
      only: ['auth', 'lifecycle.'],
      dryRun: true,
      json: 'r.json',
      junit: 'r.xml',
    })
  })

  it('says what is wrong', () => {
    const at = ['conform', '--endpoint', 'https://x.example']
    expect(mistake(['conform'])).toMatch(/^--endpoint is required/)
    expect(mistake(['conform', '--endpoint', 'not a url'])).toBe('--endpoint must be an absolute http:// or https:// URL.')
    expect(mistake(['conform', '--endpoint', 'http://192.168.1.2:9777'])).toMatch(/^--endpoint: plain http is refused for 192\.168\.1\.2, which is not loopback/)
    expect(mistake(['conform', '--endpoint', 'https://user:pw@x.example'])).toBe('--endpoint must have no query, fragment or user info.')
    expect(mistake(['conform', '--endpoint', 'https://x.example/?Action=CreateApiKey'])).toBe('--endpoint must have no query, fragment or user info.')
    for (const port of [1, 22, 10080]) expect(mistake(['conform', '--endpoint', `http://127.0.0.1:${port}`])).toMatch(new RegExp(`^--endpoint: port ${port} is one fetch refuses`))
    expect(mistake([...at, '--method', 'PUT'])).toBe('--method must be one of POST, GET.')
    expect(mistake([...at, '--wire-forms', 'some'])).toBe('--wire-forms must be one of one, all.')
    expect(mistake([...at, '--signing', 'v3'])).toBe('--signing must be one of tc3, v1.')
    expect(mistake([...at, '--runs', '1001'])).toBe('--runs needs an integer from 1 to 1000.')
    expect(mistake([...at, '--rate', '0'])).toBe('--rate needs an integer from 1 to 1000.')
    // Beyond loopback, no faster than the contract's limit per action (the lowest any action documents).
    const limit = Math.min(...Object.values(rateLimits))
    expect(mistake([...at, '--rate', String(limit + 1)])).toBe(`--rate ${limit + 1} is above the documented limit of ${limit} requests per second per action: refused for x.example, which is not loopback (give at most ${limit}).`)
    expect(parseCliArgs([...at, '--rate', String(limit)])).toMatchObject({ rate: limit })
    expect(parseCliArgs(['conform', '--endpoint', 'http://127.0.0.1:9777', '--rate', '1000'])).toMatchObject({ rate: 1000 })
    expect(mistake([...at, '--max-requests', '0'])).toBe(`--max-requests needs an integer from 1 to ${Number.MAX_SAFE_INTEGER}.`)
    // The prefix rule comes from the AccessKeyId and SecretName models: the longest prefix still makes names both
    // accept with the largest counter; one character more, or a character AccessKeyId refuses, is refused.
    const rule = `--key-prefix needs 1-${maxKeyPrefixLength} characters starting with a letter; it starts AccessKeyIds too, so it may contain only ASCII letters (A-Z, a-z), digits (0-9) and underscore (_).`
    for (const prefix of ['_x', '1x', 'my-keys', 'a'.repeat(maxKeyPrefixLength + 1)]) expect(mistake([...at, '--key-prefix', prefix]), prefix).toBe(rule)
    const longest = `A${'b_'.repeat(maxKeyPrefixLength)}`.slice(0, maxKeyPrefixLength)
    expect(parseCliArgs([...at, '--key-prefix', longest])).toMatchObject({ keyPrefix: longest })
    const [accessKeyId, secretName] = ['AccessKeyId', 'SecretName'].map((name) => requestModels.CreateApiKey.parameters.find((parameter) => parameter.name === name) as StringParameter)
    const keys = new KeyTracker(longest, 'abcd1234')
    expect(accessKeyId!.rules.firstBroken(`${keys.accessKeyIdPrefix}${Number.MAX_SAFE_INTEGER}`)).toBe(-1)
    expect(secretName!.rules.firstBroken(`${keys.secretNamePrefix}${Number.MAX_SAFE_INTEGER}`)).toBe(-1)
    expect(accessKeyId!.rules.firstBroken(`${longest}x_abcd1234_${Number.MAX_SAFE_INTEGER}`)).not.toBe(-1)
    // The seed: any 32-bit signed integer fast-check takes.
    expect(parseCliArgs([...at, '--seed', String(2 ** 31 - 1)])).toMatchObject({ seed: 2 ** 31 - 1 })
    expect(mistake([...at, '--seed', String(2 ** 31)])).toBe(`--seed needs an integer from 0 to ${2 ** 31 - 1}.`)
    expect(mistake([...at, '--dry-run=false'])).toBe('--dry-run takes no value.')
    expect(mistake([...at, '--dry-run', '--dry-run'])).toBe('--dry-run is given more than once.')
  })

  it('documents every option in the usage text, flags without a value', () => {
    for (const name of ['conform [options]', '--endpoint URL', '--signing tc3|v1', '--max-requests N', '--rate N', '--key-prefix P', '--json FILE', '--junit FILE', 'TENCENTCLOUD_SECRET_ID']) expect(usage).toContain(name)
    expect(usage).toMatch(/^ {2}--dry-run {2,}print the plan/m)
    // The default timeout is the client's.
    expect(usage).toMatch(new RegExp(`^ {2}--timeout MS {2,}most time one request may take \\(default ${defaultTimeoutMs}\\)$`, 'm'))
  })
})

describe('credentialsFromEnv', () => {
  it('takes both variables, or neither', () => {
    expect(credentialsFromEnv({})).toBeUndefined()
    expect(credentialsFromEnv({ APIKEY_EMULATOR_SECRET_ID: '', APIKEY_EMULATOR_SECRET_KEY: '' })).toBeUndefined()
    expect(credentialsFromEnv({ APIKEY_EMULATOR_SECRET_ID: 'id', APIKEY_EMULATOR_SECRET_KEY: 'key' })).toStrictEqual({ secretId: 'id', secretKey: 'key' })
    for (const env of [{ APIKEY_EMULATOR_SECRET_ID: 'id' }, { APIKEY_EMULATOR_SECRET_KEY: 'key' }, { APIKEY_EMULATOR_SECRET_ID: 'id', APIKEY_EMULATOR_SECRET_KEY: '' }]) {
      expect(() => credentialsFromEnv(env)).toThrow(new CliUsageError('Set both APIKEY_EMULATOR_SECRET_ID and APIKEY_EMULATOR_SECRET_KEY, or neither.'))
    }
  })
})
