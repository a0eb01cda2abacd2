#!/usr/bin/env node
/**
 * `npx tencent-apigateway-apikey-contract <subcommand> [options]` (see cliArgs.ts; `serve` runs the emulator).
 * A mistake in the arguments or the environment prints the message and the usage and exits with code 2.
 */
import { CliUsageError, parseCliArgs, runCliCommand, usage } from './cliArgs.js'

async function main(): Promise<number> {
  try {
    const command = parseCliArgs(process.argv.slice(2))
    if (command.command === 'help') {
      process.stdout.write(`${usage}\n`)
      return 0
    }
    return await runCliCommand(command)
  } catch (error) {
    if (!(error instanceof CliUsageError)) throw error
    process.stderr.write(`error: ${error.message}\n\n${usage}\n`)
    return 2
  }
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
