#!/usr/bin/env node
/**
 * `npx tencent-apigateway-apikey-contract <subcommand> [options]` (see cliArgs.ts; `serve` runs the emulator).
 * A mistake in the arguments or the environment prints the message and the usage and exits with code 2; any other
 * failure prints its message and exits with code 1. The logic is runCli's, so tests can run it in-process.
 */
import { runCli } from './cliArgs.js'

void runCli(process.argv.slice(2)).then((code) => {
  process.exitCode = code
})
