/**
 * `npm run fidelity`: compares every action of the contract with Tencent's own API metadata and prints the result
 * as a table (per action: members, flags, stated rules, codes and official examples that agree, and the declared
 * differences with their decisions), then every difference no decision declares and every stale declaration.
 * Exits 1 when either list is not empty; exits 0 with a "skipped" line when the metadata is not beside the checkout.
 */
import { compareWithMetadata, type Tally } from './fidelity/compare.js'
import { loadMetadata } from './fidelity/metadata.js'

const loaded = loadMetadata()
if (!loaded.ok) {
  console.log(`fidelity: skipped. ${loaded.reason}`)
  process.exit(0)
}
const report = compareWithMetadata(loaded.metadata)
const ratio = (tally: Tally) => `${tally.matched}/${tally.total}`
const rows = report.actions.map((action) => [
  action.action,
  ratio(action.members),
  ratio(action.flags),
  ratio(action.rules),
  ratio(action.codes),
  ratio(action.examples),
  String(action.declared.length),
  [...new Set(action.declared.map((difference) => difference.decision))].join(', '),
])
const header = ['action', 'members', 'flags', 'stated rules', 'codes', 'examples', 'declared', 'by decisions']
const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)))
const line = (cells: string[]) => `| ${cells.map((cell, column) => cell.padEnd(widths[column]!)).join(' | ')} |`
console.log(`fidelity: the contract against Tencent's metadata (CLI ${loaded.metadata.cliCommit.slice(0, 12)}, Go SDK ${loaded.metadata.goCommit.slice(0, 12)})\n`)
console.log(line(header))
console.log(`|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`)
for (const row of rows) console.log(line(row))

console.log('\nDeclared differences:')
for (const action of report.actions) {
  for (const difference of action.declared) console.log(`  ${difference.action} ${difference.path} [${difference.aspect} ${difference.detail}] (${difference.decision}): ${difference.message}`)
}
const undeclared = report.actions.flatMap((action) => action.undeclared)
if (report.unknownActions.length > 0) console.log(`\nActions the metadata does not describe: ${report.unknownActions.join(', ')}`)
if (undeclared.length > 0) {
  console.log('\nUndeclared differences (fix the contract, or declare them in the decision that justifies them):')
  for (const difference of undeclared) console.log(`  ${difference.action} ${difference.path} [${difference.aspect} ${difference.detail}]: ${difference.message}`)
}
if (report.stale.length > 0) {
  console.log('\nStale declarations (no such difference any more; remove them from schema/decisions.ts):')
  for (const difference of report.stale) console.log(`  ${difference.action} ${difference.path} [${difference.aspect} ${difference.detail}] (${difference.decision})`)
}
const failed = undeclared.length > 0 || report.stale.length > 0 || report.unknownActions.length > 0
console.log(failed ? '\nfidelity: the contract differs from the metadata in ways no decision declares.' : '\nfidelity: every difference is declared by a decision.')
process.exit(failed ? 1 : 0)
