/**
 * The package's binary run in-process through runCli (src/emulator/cli.ts is only its process wrapper; the CLI tests
 * of emulator.concurrency.test.ts run it as a child process, where a mutation run cannot see it): what goes to stdout
 * and stderr, and the exit code, for help, each kind of usage mistake, a port already taken, the public credential
 * beyond loopback, and a served emulator stopped by a signal.
 *
 * Each test loads a fresh copy of the CLI's modules: the usage text is built when they load, and a mutation run
 * (Stryker, perTest coverage) credits a test only with code run during it.
 */
import net from 'node:net'
import { readFileSync } from 'node:fs'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { codeOf, createApiKeyHeaders, send, tc3Post } from './support/emulatorWire.js'

afterEach(() => {
  vi.restoreAllMocks()
  vi.unstubAllEnvs()
})

async function cliModule(): Promise<typeof import('../src/emulator/cliArgs.js')> {
  vi.resetModules()
  return import('../src/emulator/cliArgs.js')
}

/** Captures what the CLI writes to stdout and stderr (nothing reaches the terminal). */
function capture() {
  const output = { stdout: '', stderr: '' }
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => ((output.stdout += String(chunk)), true))
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => ((output.stderr += String(chunk)), true))
  return output
}

const program = 'tencent-apigateway-apikey-contract'

describe('runCli: help', () => {
  it('prints the usage on stdout, nothing on stderr, and exits 0, for no command, help, -h and --help, anywhere', async () => {
    const { runCli, usage, usageOf } = await cliModule()
    const cases: [string[], string][] = [
      [[], usage],
      [['help'], usage],
      [['-h'], usage],
      [['--help'], usage],
      // A subcommand's help is its usage alone.
      [['serve', '--help'], usageOf('serve')],
      [['serve', '--port', '1', '-h'], usageOf('serve')],
      [['conform', '--help'], usageOf('conform')],
      [['conform', '--endpoint', 'x', '-h'], usageOf('conform')],
    ]
    for (const [argv, expected] of cases) {
      const output = capture()
      expect(await runCli(argv), argv.join(' ')).toBe(0)
      expect(output).toEqual({ stdout: `${expected}\n`, stderr: '' })
      vi.restoreAllMocks()
    }
    expect(usage).toBe(`${usageOf('serve')}\n\n${usageOf('conform')}`)
    expect(usageOf('serve')).not.toContain('conform')
    expect(usageOf('conform')).not.toContain(`${program} serve`)
  })

  it('prints the package version and the API version for --version and -v, and refuses arguments after them', async () => {
    const { runCli } = await cliModule()
    const { apiVersion } = await import('../src/emulator/contractLimits.js')
    const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }
    for (const flag of ['--version', '-v']) {
      const output = capture()
      expect(await runCli([flag]), flag).toBe(0)
      expect(output).toEqual({ stdout: `${program} ${version} (API Gateway ${apiVersion})\n`, stderr: '' })
      vi.restoreAllMocks()
      const refused = capture()
      expect(await runCli([flag, 'serve']), `${flag} serve`).toBe(2)
      expect(refused.stdout).toBe('')
      expect(refused.stderr).toMatch(new RegExp(`^error: ${flag} takes no arguments\\.\n`))
      vi.restoreAllMocks()
    }
  })

  it('the usage names the program and the subcommand, each option with its value and its default in one aligned column, and ends with the credential notes', async () => {
    const { usage } = await cliModule()
    // The defaults come from the data the CLI and the emulator use.
    const { defaultKeyQuota, defaultTransportLimits: limits } = await import('../src/emulator/options.js')
    const { actionNames, apiVersion, rateLimitPerSecond } = await import('../src/emulator/contractLimits.js')
    const { defaultCliPort } = await import('../src/emulator/serveCommand.js')
    // serve's usage, then conform's (test/cliArgs.test.ts checks its options).
    const [serveUsage, conformUsage] = usage.split(/\n\n(?=Usage: )/)
    expect(conformUsage).toMatch(new RegExp(`^Usage: ${program} conform \\[options\\]\n`))
    expect(serveUsage).toBe(
      [
        `Usage: ${program} serve [options]`,
        '',
        `Runs a local emulator of every API-key action of API Gateway ${apiVersion} (${actionNames.join(', ')})`,
        'that the official Tencent SDKs can call.',
        '',
        'Options:',
        `  --port N                 TCP port (default ${defaultCliPort}; 0 picks a free one)`,
        '  --host H                 interface to listen on (default 127.0.0.1)',
        '  --data FILE              SQLite file that keeps the keys across restarts (default: in memory)',
        `  --quota N                most keys the account may hold (default ${defaultKeyQuota})`,
        `  --rate-limit N           requests per second per action and SecretId (default ${rateLimitPerSecond}; 0 lifts the limit)`,
        `  --request-timeout MS     most time to receive a whole request (default ${limits.requestTimeoutMs})`,
        `  --idle-timeout MS        most time a connection may be silent mid-request (default ${limits.idleTimeoutMs})`,
        `  --keep-alive-timeout MS  most time an idle kept-alive connection stays open (default ${limits.keepAliveTimeoutMs})`,
        `  --max-connections N      most connections open at once (default ${limits.maxConnections})`,
        `  --lock-wait MS           most time a write (create, update, enable, disable, delete) waits for a --data file locked by another process (default ${limits.lockWaitMs})`,
        "  --signed-host H[:PORT]   a host a signature may name besides the Host received, such as a proxy's that",
        '                           rewrites Host (Prism); may be given more than once (default: none)',
        '  -h, --help               show this help',
        '',
        'Credentials: APIKEY_EMULATOR_SECRET_ID and APIKEY_EMULATOR_SECRET_KEY (both), or the documented local default,',
        'which is served on loopback only: a --host beyond loopback needs configured credentials.',
      ].join('\n'),
    )
  })
})

describe('runCli: a usage mistake prints "error: <what>", a blank line and the usage (of the subcommand named, if any) on stderr, and exits 2', () => {
  const cases: [string[], string][] = [
    [['start'], 'Unknown command "start": the commands are serve, conform.'],
    [['serve', '--port', '0', '--verbose'], 'Unknown option "--verbose".'],
    [['serve', '--port', '0', '--verbose=1'], 'Unknown option "--verbose".'],
    [['serve', 'extra'], 'Unexpected argument "extra": this command takes options only.'],
    [['serve', '--host', 'h', '--host', 'i'], '--host is given more than once.'],
    [['serve', '--data='], '--data needs a value.'],
    [['serve', '--signed-host', 'http://proxy.test'], '--signed-host needs a host or host:port, without scheme, path or spaces.'],
    [['serve', '--signed-host', 'proxy.test/path'], '--signed-host needs a host or host:port, without scheme, path or spaces.'],
    [['serve', '--signed-host', 'ok.test', '--signed-host', 'user@proxy.test'], '--signed-host needs a host or host:port, without scheme, path or spaces.'],
    [['serve', '--request-timeout', '0'], '--request-timeout needs an integer from 1 to 2147483647.'],
    [['serve', '--lock-wait', '2147483648'], '--lock-wait needs an integer from 0 to 2147483647.'],
  ]
  for (const [argv, message] of cases) {
    it(argv.join(' '), async () => {
      const { runCli, usage, usageOf } = await cliModule()
      const output = capture()
      expect(await runCli(argv)).toBe(2)
      // An unknown command gets every subcommand's usage; a mistake in serve's options, serve's alone.
      expect(output).toEqual({ stdout: '', stderr: `error: ${message}\n\n${argv[0] === 'serve' ? usageOf('serve') : usage}\n` })
    })
  }

  it('a mistake in conform\'s options prints conform\'s usage alone', async () => {
    const { runCli, usageOf } = await cliModule()
    const output = capture()
    expect(await runCli(['conform', '--endpoint', 'https://x.example', '--runs', '0'])).toBe(2)
    expect(output).toEqual({ stdout: '', stderr: `error: --runs needs an integer from 1 to 1000.\n\n${usageOf('conform')}\n` })
  })

  it('a half-set credential pair in the environment', async () => {
    vi.stubEnv('APIKEY_EMULATOR_SECRET_ID', 'AKIDonlyHalf')
    vi.stubEnv('APIKEY_EMULATOR_SECRET_KEY', '')
    const { runCli, usageOf } = await cliModule()
    const output = capture()
    expect(await runCli(['serve', '--port', '0'])).toBe(2)
    expect(output.stderr).toBe(`error: Set both APIKEY_EMULATOR_SECRET_ID and APIKEY_EMULATOR_SECRET_KEY, or neither.\n\n${usageOf('serve')}\n`)
  })
})

describe('runCli: options accepted', () => {
  it('--signed-host may be given more than once, kept in order; a single-value option may not', async () => {
    const { parseCliArgs } = await cliModule()
    expect(parseCliArgs(['serve', '--signed-host', 'a.test', '--signed-host=b.test:8080', '--signed-host', '[::1]:9'])).toMatchObject({
      command: 'serve',
      signedHosts: ['a.test', 'b.test:8080', '[::1]:9'],
    })
    expect(() => parseCliArgs(['serve', '--quota', '1', '--quota', '1'])).toThrow('--quota is given more than once.')
  })
})

describe('runCli: a failure that is not a usage mistake prints "error: <what>" alone and exits 1', () => {
  it('a port already taken', async () => {
    const blocker = net.createServer()
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve))
    try {
      const { runCli } = await cliModule()
      const output = capture()
      const port = (blocker.address() as net.AddressInfo).port
      expect(await runCli(['serve', '--port', String(port)])).toBe(1)
      expect(output).toEqual({ stdout: '', stderr: `error: port ${port} on 127.0.0.1 is already in use\n` })
    } finally {
      await new Promise((resolve) => blocker.close(resolve))
    }
  })

  it('the public default credential beyond loopback', async () => {
    const { runCli } = await cliModule()
    const output = capture()
    // Refused before listening: nothing listens beyond loopback.
    expect(await runCli(['serve', '--port', '0', '--host', '0.0.0.0'])).toBe(1)
    expect(output.stdout).toBe('')
    expect(output.stderr).toMatch(/^error: Refusing to listen on 0\.0\.0\.0 with the public default credential: beyond loopback, configure credentials .*APIKEY_EMULATOR_SECRET_ID.*\n$/)
  })
})

describe('runCli: serve', () => {
  it('beyond loopback with configured credentials: serves, warns that other machines can reach it, and exits 0 on SIGTERM', async () => {
    const credential = { secretId: 'AKIDcliInProcess0001', secretKey: 'cliInProcessSecretKey0001' }
    vi.stubEnv('APIKEY_EMULATOR_SECRET_ID', credential.secretId)
    vi.stubEnv('APIKEY_EMULATOR_SECRET_KEY', credential.secretKey)
    const { runCli } = await cliModule()
    const output = capture()
    const exit = runCli(['serve', '--port', '0', '--host', '0.0.0.0', '--rate-limit', '0'])
    for (let waited = 0; !output.stderr.includes('keys:') && waited < 10_000; waited += 10) await new Promise((resolve) => setTimeout(resolve, 10))
    const endpoint = /listening on http:\/\/(\S+)/.exec(output.stderr)?.[1]
    expect(endpoint).toMatch(/^127\.0\.0\.1:\d+$/)
    expect(output.stderr).toContain('\n  warning: listening beyond loopback (0.0.0.0): other machines can reach the emulator and create keys with its credential\n')
    expect(output.stderr).not.toContain(credential.secretKey)
    expect(codeOf(await send(endpoint!, tc3Post(endpoint!, '{"SecretName":"in-process CLI"}', { ...credential, ...createApiKeyHeaders })))).toBe('Success')
    process.emit('SIGTERM')
    expect(await exit).toBe(0)
  })
})

describe('parseOptions, the option parser every subcommand shares', () => {
  const options = { port: { value: 'N', description: 'port' }, tag: { value: 'T', description: 'tag', multiple: true } }
  it('accepts -h / --help however often given and leaves it out of the values; checks the other options as given', async () => {
    vi.resetModules()
    const { parseOptions } = await import('../src/emulator/cliParse.js')
    expect(parseOptions(options, ['-h', '--port', '1', '--help', '--tag', 'a', '--tag=b'])).toStrictEqual({ port: '1', tag: ['a', 'b'] })
    expect(parseOptions(options, ['--port', '1', '--'])).toStrictEqual({ port: '1' })
    expect(() => parseOptions(options, ['--help', '--port', '1', '--port', '1'])).toThrow('--port is given more than once.')
    expect(() => parseOptions(options, ['-h', '--tag='])).toThrow('--tag needs a value.')
  })
})

describe('runCli: serve --rate-limit', () => {
  it('reaches the emulator: with 1 request per second, of three creates sent at once at least one is refused for its rate', async () => {
    const { runCli } = await cliModule()
    const { defaultCredential } = await import('../src/emulator/credentials.js')
    const output = capture()
    const exit = runCli(['serve', '--port', '0', '--rate-limit', '1'])
    for (let waited = 0; !output.stderr.includes('keys:') && waited < 10_000; waited += 10) await new Promise((resolve) => setTimeout(resolve, 10))
    expect(output.stderr).toContain('  keys: in memory; quota 500; rate limit 1/s per action and SecretId\n')
    const endpoint = /listening on http:\/\/(\S+)/.exec(output.stderr)![1]!
    const answers = await Promise.all(
      ['one', 'two', 'three'].map((name) => send(endpoint, tc3Post(endpoint, JSON.stringify({ SecretName: name }), { ...defaultCredential, ...createApiKeyHeaders }))),
    )
    expect(answers.map(codeOf)).toContain('RequestLimitExceeded')
    process.emit('SIGINT')
    expect(await exit).toBe(0)
  })
})
