/**
 * The command-line machinery shared by every subcommand: node:util's parseArgs (strict), its errors turned into
 * CliUsageError with a message naming the option, the checks parseArgs leaves out (an empty value, a single-value
 * option given twice) and the usage text, all read from one table of options per subcommand.
 */
import { parseArgs } from 'node:util'

/** A command-line mistake: printed with the usage, exit code 2. */
export class CliUsageError extends Error {}

/** An option that takes a value (`--name VALUE` or `--name=VALUE`), or a flag (`flag: true`, no value). */
export interface CliOption {
  /** The placeholder of the value in the usage text (`N`, `FILE`); '' for a flag. */
  readonly value: string
  /** A flag: given or not, never with a value (its parsed value is `'true'` when given). */
  readonly flag?: boolean
  readonly description: string
  /** May be given more than once; its values are kept in order. Every other option is given at most once. */
  readonly multiple?: boolean
}

/** The values parsed for a subcommand's options, by option name (without the dashes). */
export type CliValues = Readonly<Record<string, string | readonly string[] | undefined>>

/** One subcommand: a new one is one more entry of this shape in the table of src/emulator/cliArgs.ts. */
export interface Subcommand<Command> {
  readonly name: string
  /** One paragraph for the usage text. */
  readonly summary: string
  readonly options: Readonly<Record<string, CliOption>>
  /** Lines printed after the options (environment variables and the like). */
  readonly notes?: string
  /** The parsed command from the option values (throws CliUsageError for a value it refuses). */
  toCommand(values: CliValues): Command
  /** Runs the command; resolves with the process exit code. */
  run(command: Command): Promise<number>
}

const helpOption = { help: { type: 'boolean', short: 'h' } } as const

const parserOptions = (options: Readonly<Record<string, CliOption>>) => ({
  ...Object.fromEntries(
    Object.entries(options).map(([name, option]) => [name, option.flag ? { type: 'boolean' as const } : { type: 'string' as const, multiple: option.multiple === true }]),
  ),
  ...helpOption,
})

/** True when `--help` or `-h` is among the arguments as an option (not as the value of another option). */
export function asksForHelp(options: Readonly<Record<string, CliOption>>, args: readonly string[]): boolean {
  const { tokens } = parseArgs({ args: [...args], options: parserOptions(options), strict: false, allowPositionals: true, tokens: true })
  return tokens.some((token) => token.kind === 'option' && token.name === 'help')
}

/** parseArgs's own error, said with the option's name as the user wrote it. */
function usageErrorOf(error: unknown): CliUsageError {
  const code = (error as { code?: unknown }).code
  const message = (error as Error).message
  const quoted = /'([^']*)'/.exec(message)?.[1] ?? ''
  switch (code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      // The name alone (parseArgs names `--name` of `--name=value`): the value of a mistyped option may be a secret.
      return new CliUsageError(`Unknown option ${JSON.stringify(quoted)}.`)
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return new CliUsageError(`Unexpected argument ${JSON.stringify(quoted)}: this command takes options only.`)
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE': {
      const name = quoted.replace(/ <value>$/, '')
      if (/does not take an argument/.test(message)) return new CliUsageError(`${name} takes no value.`)
      // parseArgs calls a next argument starting with "-" ambiguous: it is taken for the next option, not a value.
      if (/ambiguous/.test(message)) return new CliUsageError(`${name} needs a value (one starting with "-" is written ${name}=VALUE).`)
      return new CliUsageError(`${name} needs a value.`)
    }
    default:
      throw error
  }
}

/** The option values of one subcommand's arguments; every mistake is a CliUsageError. */
export function parseOptions(options: Readonly<Record<string, CliOption>>, args: readonly string[]): CliValues {
  let parsed
  try {
    parsed = parseArgs({ args: [...args], options: parserOptions(options), strict: true, allowPositionals: false, tokens: true })
  } catch (error) {
    throw usageErrorOf(error)
  }
  const seen = new Set<string>()
  for (const token of parsed.tokens) {
    if (token.kind !== 'option' || token.name === 'help') continue
    // parseArgs keeps the last of repeated values silently, and takes `--name=` for the empty string.
    if (seen.has(token.name) && options[token.name]?.multiple !== true) throw new CliUsageError(`--${token.name} is given more than once.`)
    seen.add(token.name)
    if (token.value === '') throw new CliUsageError(`--${token.name} needs a value.`)
  }
  const { help: _help, ...values } = parsed.values
  // A flag's value is the string 'true', so that every value of CliValues is text.
  return Object.fromEntries(Object.entries(values).map(([name, value]) => [name, value === true ? 'true' : value])) as CliValues
}

/** The most milliseconds a Node timer holds (2^31 - 1): the bound of every option that sets one. */
export const maxTimerMs = 2 ** 31 - 1

/** The value of a single-value option, if given. */
export const single = (values: CliValues, name: string): string | undefined => values[name] as string | undefined

/** A decimal integer from min to max (no sign, no exponent, no spaces), or a CliUsageError naming the option. */
export function integerOption(name: string, value: string, { min = 0, max }: { readonly min?: number; readonly max: number }): number {
  const number = /^[0-9]+$/.test(value) ? Number(value) : Number.NaN
  if (!(number >= min && number <= max)) throw new CliUsageError(`--${name} needs an integer from ${min} to ${max}.`)
  return number
}

/** The usage text of one subcommand, its options aligned in one column. */
export function subcommandUsage(program: string, subcommand: Subcommand<unknown>): string {
  const rows: [string, string][] = [
    ...Object.entries(subcommand.options).map(([name, option]): [string, string] => [option.flag ? `--${name}` : `--${name} ${option.value}`, option.description]),
    ['-h, --help', 'show this help'],
  ]
  const width = Math.max(...rows.map(([flag]) => flag.length)) + 2
  const lines = rows.flatMap(([flag, description]) => description.split('\n').map((line, index) => `  ${(index === 0 ? flag : '').padEnd(width)}${line}`))
  return [`Usage: ${program} ${subcommand.name} [options]`, '', subcommand.summary, '', 'Options:', ...lines, ...(subcommand.notes ? ['', subcommand.notes] : [])].join('\n')
}
