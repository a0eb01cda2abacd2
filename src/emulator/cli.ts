#!/usr/bin/env node
/**
 * `npx tencent-apigateway-apikey-contract serve [--port N] [--data FILE]`: runs the emulator until SIGINT/SIGTERM.
 * Prints the URL and the SecretId to use; the SecretKey only when it is the public documented default.
 */
import { CliUsageError, credentialsFromEnv, parseCliArgs, usage } from './cliArgs.js'

async function main(): Promise<number> {
  let command
  let credential
  try {
    command = parseCliArgs(process.argv.slice(2))
    credential = credentialsFromEnv(process.env)
  } catch (error) {
    if (!(error instanceof CliUsageError)) throw error
    process.stderr.write(`error: ${error.message}\n\n${usage}\n`)
    return 2
  }
  if (command.command === 'help') {
    process.stdout.write(`${usage}\n`)
    return 0
  }

  // Loaded only now: fastify and better-sqlite3 (an optional dependency) are needed by the emulator alone.
  let emulatorModule: typeof import('./index.js')
  try {
    emulatorModule = await import('./index.js')
  } catch (error) {
    process.stderr.write(`error: the emulator needs the packages fastify and better-sqlite3 (install them, e.g. without --omit=optional): ${(error as Error).message}\n`)
    return 1
  }
  const { createEmulator, defaultCredential, defaultKeyQuota } = emulatorModule
  const emulator = await createEmulator({
    port: command.port,
    host: command.host,
    ...(command.dataFile === undefined ? {} : { dataFile: command.dataFile }),
    ...(command.keyQuota === undefined ? {} : { keyQuota: command.keyQuota }),
    ...(command.rateLimitPerSecond === undefined ? {} : { rateLimitPerSecond: command.rateLimitPerSecond }),
    ...command.limits,
    ...(command.signedHosts ? { signedHosts: command.signedHosts } : {}),
    ...(credential ? { credentials: [credential] } : {}),
    log: process.stdout,
  })
  const lines = [
    `CreateApiKey emulator listening on ${emulator.url}`,
    // Endpoints a client can use: for 0.0.0.0 or ::, loopback and this machine's addresses, never the wildcard.
    ...emulator.endpoints.map((endpoint) => `  SDK endpoint: ${endpoint} (protocol http://)`),
    ...(emulator.beyondLoopback ? [`  warning: listening beyond loopback (${command.host}): other machines can reach the emulator and create keys with its credential`] : []),
    `  SecretId:  ${(credential ?? defaultCredential).secretId}`,
    credential ? '  SecretKey: (from APIKEY_EMULATOR_SECRET_KEY, not shown)' : `  SecretKey: ${defaultCredential.secretKey} (the public local default; not a secret)`,
    `  keys: ${command.dataFile ? `kept in ${command.dataFile}` : 'in memory'}; quota ${command.keyQuota ?? defaultKeyQuota}; rate limit ${command.rateLimitPerSecond === 0 ? 'off' : `${command.rateLimitPerSecond ?? 20}/s per SecretId`}`,
  ]
  process.stderr.write(`${lines.join('\n')}\n`)

  await new Promise<void>((resolve) => {
    const stop = () => resolve()
    process.once('SIGINT', stop)
    process.once('SIGTERM', stop)
  })
  await emulator.close()
  return 0
}

main().then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    const code = (error as { code?: string }).code
    process.stderr.write(`error: ${code === 'EADDRINUSE' ? 'the port is already in use' : (error as Error).message}\n`)
    process.exitCode = 1
  },
)
