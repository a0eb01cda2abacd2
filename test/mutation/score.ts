/**
 * `npm run mutation` ends here: reads Stryker's JSON report and prints the mutation score per file and overall,
 * first as Stryker counts it, then with the mutants judged equivalent (test/mutation/equivalent-mutants.json,
 * each with its reason) left out. A listed mutant that no longer survives, or no longer exists, is reported as
 * stale, so the list is kept honest as the code changes.
 */
import { readFileSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'

interface Mutant {
  readonly mutatorName: string
  readonly replacement?: string
  readonly status: string
  readonly location: { readonly start: { readonly line: number; readonly column: number } }
}
interface Report {
  readonly files: Record<string, { readonly source: string; readonly mutants: readonly Mutant[] }>
}
export interface EquivalentMutant {
  readonly file: string
  readonly line: number
  readonly column: number
  readonly mutator: string
  readonly original: string
  readonly replacement: string
  readonly reason: string
}

const root = resolve(import.meta.dirname, '..', '..')
const report = JSON.parse(readFileSync(join(root, 'reports/mutation/mutation.json'), 'utf8')) as Report
const equivalents = JSON.parse(readFileSync(join(root, 'test/mutation/equivalent-mutants.json'), 'utf8')) as EquivalentMutant[]

const keyOf = (file: string, line: number, column: number, mutator: string, replacement: string) => `${file}:${line}:${column} ${mutator} ${replacement}`
const listed = new Map(equivalents.map((e) => [keyOf(e.file, e.line, e.column, e.mutator, e.replacement), e]))
const found = new Set<string>()

const detected = new Set(['Killed', 'Timeout'])
const undetected = new Set(['Survived', 'NoCoverage'])
interface Row { killed: number; survived: number; equivalent: number }
const rows = new Map<string, Row>()
for (const [path, file] of Object.entries(report.files)) {
  const name = relative(root, resolve(root, path))
  const row: Row = { killed: 0, survived: 0, equivalent: 0 }
  for (const mutant of file.mutants) {
    const key = keyOf(name, mutant.location.start.line, mutant.location.start.column, mutant.mutatorName, mutant.replacement ?? '')
    if (detected.has(mutant.status)) row.killed++
    else if (undetected.has(mutant.status)) {
      if (listed.has(key)) {
        row.equivalent++
        found.add(key)
      } else row.survived++
    }
  }
  rows.set(name, row)
}

const percent = (part: number, whole: number) => (whole === 0 ? 'n/a' : `${((100 * part) / whole).toFixed(2)}%`)
const lines = ['| file | killed | survived | equivalent | score | score without equivalents |', '| --- | ---: | ---: | ---: | ---: | ---: |']
const total = (filter: (name: string) => boolean) => {
  const sum: Row = { killed: 0, survived: 0, equivalent: 0 }
  for (const [name, row] of rows) if (filter(name)) for (const k of Object.keys(sum) as (keyof Row)[]) sum[k] += row[k]
  return sum
}
const line = (name: string, row: Row) =>
  `| ${name} | ${row.killed} | ${row.survived} | ${row.equivalent} | ${percent(row.killed, row.killed + row.survived + row.equivalent)} | ${percent(row.killed, row.killed + row.survived)} |`
for (const [name, row] of [...rows].sort(([a], [b]) => a.localeCompare(b))) lines.push(line(name, row))
lines.push(line('**src/**', total((name) => name.startsWith('src/'))))
lines.push(line('**all**', total(() => true)))
console.log(lines.join('\n'))

const stale = [...listed.keys()].filter((key) => !found.has(key))
if (stale.length > 0) {
  console.log(`\n${stale.length} listed equivalent mutant(s) not found among the survivors (killed now, or the code moved): update test/mutation/equivalent-mutants.json:`)
  for (const key of stale) console.log(`  ${key}`)
}
