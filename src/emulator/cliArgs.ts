/**
 * The command line of the package's binary: `<subcommand> [options]`, each subcommand one entry of `subcommands`
 * (name, options, usage text, handler). Parsing is node:util's parseArgs (see cliParse.ts).
 */
import { asksForHelp, CliUsageError, parseOptions, subcommandUsage, type Subcommand } from './cliParse.js'
import { serveSubcommand, type ServeCommand } from './serveCommand.js'
import { conformSubcommand, type ConformCommand } from '../conform/conformCommand.js'
import { apiVersion } from '../../generated/contractLimits.js'
import { readFileSync } from 'node:fs'

export { CliUsageError } from './cliParse.js'
export { credentialsFromEnv, defaultCliPort, type ServeCommand, type TransportLimits } from './serveCommand.js'
export type { ConformCommand } from '../conform/conformCommand.js'

const program = 'tencent-apigateway-apikey-contract'

/** Every subcommand, by name. A new one (its options, usage, handler) is one more entry here. */
export const subcommands = {
  serve: serveSubcommand,
  conform: conformSubcommand,
} as const

/** Help: of one subcommand (`serve --help`), or of them all (no command, `help`, `--help`). */
export type HelpCommand = { readonly command: 'help'; readonly subcommand?: SubcommandName }
export type SubcommandName = keyof typeof subcommands
/** `--version` / `-v`: the package's version and the API version it describes. */
export type VersionCommand = { readonly command: 'version' }
export type CliCommand = HelpCommand | VersionCommand | ServeCommand | ConformCommand

const names = Object.keys(subcommands)
const isSubcommandName = (name: string | undefined): name is SubcommandName => name !== undefined && Object.hasOwn(subcommands, name)

/** The usage text of one subcommand. */
export const usageOf = (name: SubcommandName): string => subcommandUsage(program, subcommands[name] as Subcommand<unknown>)

/** The usage text of every subcommand (the top-level help). */
export const usage = names.map((name) => usageOf(name as SubcommandName)).join('\n\n')

/**
 * `tencent-apigateway-apikey-contract 0.1.0 (API Gateway 2018-08-08)`. The version is package.json's, read where the
 * package is installed: this module sits two folders below it both in src/ and in dist/.
 */
export function versionLine(): string {
  const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }
  return `${program} ${version} (API Gateway ${apiVersion})`
}

/** The command the arguments ask for; `help` for none, `help`, and `-h` / `--help` anywhere; `version` for `--version` / `-v` first. */
export function parseCliArgs(argv: readonly string[]): CliCommand {
  const [name, ...rest] = argv
  if (name === undefined || name === '--help' || name === '-h') return { command: 'help' }
  if (name === '--version' || name === '-v') {
    if (rest.length > 0) throw new CliUsageError(`${name} takes no arguments.`)
    return { command: 'version' }
  }
  // `help serve` is `serve --help`: that subcommand's usage alone (`help` alone, or of an unknown name: every one's).
  if (name === 'help') return isSubcommandName(rest[0]) ? { command: 'help', subcommand: rest[0] } : { command: 'help' }
  if (!isSubcommandName(name)) {
    throw new CliUsageError(`Unknown command ${JSON.stringify(name)}: the ${names.length === 1 ? 'only command is' : 'commands are'} ${names.join(', ')}.`)
  }
  const subcommand = subcommands[name]
  if (asksForHelp(subcommand.options, rest)) return { command: 'help', subcommand: name }
  return subcommand.toCommand(parseOptions(subcommand.options, rest))
}

/** Runs a parsed command with its subcommand's handler; resolves with the exit code. */
export function runCliCommand(command: Exclude<CliCommand, HelpCommand | VersionCommand>): Promise<number> {
  return (subcommands[command.command] as Subcommand<typeof command>).run(command)
}

/**
 * A reader of the output that goes away (`| head`, a closed terminal) makes the next write fail with EPIPE, which
 * Node raises as an 'error' event: without a listener it would end the process at once, a conform run before it
 * deletes its keys and writes its report files, the emulator at its next log line. What cannot be shown is dropped.
 */
function outliveClosedOutput(stream: NodeJS.WriteStream): void {
  if (!stream.listeners('error').includes(dropOutput)) stream.on('error', dropOutput)
}
const dropOutput = () => {}

/**
 * The whole binary (src/emulator/cli.ts) on its arguments, in-process: the usage on stdout for help (exit 0); a
 * mistake in the arguments or the environment, its message and the usage on stderr (exit 2); any other failure, its
 * message on stderr (exit 1). The usage printed is the subcommand's when one is named, every one's otherwise.
 * Never rejects.
 */
export async function runCli(argv: readonly string[]): Promise<number> {
  outliveClosedOutput(process.stdout)
  outliveClosedOutput(process.stderr)
  const named = isSubcommandName(argv[0]) ? argv[0] : undefined
  try {
    const command = parseCliArgs(argv)
    if (command.command === 'help') {
      process.stdout.write(`${command.subcommand ? usageOf(command.subcommand) : usage}\n`)
      return 0
    }
    if (command.command === 'version') {
      process.stdout.write(`${versionLine()}\n`)
      return 0
    }
    return await runCliCommand(command)
  } catch (error) {
    if (error instanceof CliUsageError) {
      process.stderr.write(`error: ${error.message}\n\n${named ? usageOf(named) : usage}\n`)
      return 2
    }
    const { code, port, address } = error as { code?: string; port?: number; address?: string }
    const where = port === undefined ? 'the port' : `port ${port}${address ? ` on ${address}` : ''}`
    process.stderr.write(`error: ${code === 'EADDRINUSE' ? `${where} is already in use` : code === 'EACCES' ? `${where} may not be used by this user` : (error as Error).message}\n`)
    return 1
  }
}
