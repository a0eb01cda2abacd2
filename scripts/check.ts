/**
 * Drift check: rebuilds every artifact into a temporary folder and compares it with the committed generated/ and
 * docs/, file by file in both directions, so a stale, changed, missing or extra file fails the check.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative, resolve } from 'node:path'
import { build } from './build.js'

const repositoryRoot = resolve(import.meta.dirname, '..')
export const emittedFolders = ['generated', 'docs'] as const

function listFiles(root: string, folder: string): string[] {
  const base = join(root, folder)
  if (!existsSync(base)) return []
  return (readdirSync(base, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)))
}

export async function findDrift(root = repositoryRoot): Promise<string[]> {
  const fresh = mkdtempSync(join(tmpdir(), 'apikey-contract-check-'))
  try {
    await build(fresh)
    const problems: string[] = []
    for (const folder of emittedFolders) {
      const committed = new Set(listFiles(root, folder))
      const emitted = new Set(listFiles(fresh, folder))
      for (const file of emitted) {
        if (!committed.has(file)) problems.push(`missing: ${file} (the build emits it; run npm run build and commit)`)
        else if (!readFileSync(join(root, file)).equals(readFileSync(join(fresh, file)))) problems.push(`stale: ${file} (differs from what the build emits now)`)
      }
      for (const file of committed) if (!emitted.has(file)) problems.push(`extra: ${file} (the build no longer emits it; delete it)`)
    }
    return problems.sort()
  } finally {
    rmSync(fresh, { recursive: true, force: true })
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const problems = await findDrift()
  if (problems.length > 0) {
    console.error(`check: ${problems.length} generated file(s) out of date:\n  ${problems.join('\n  ')}`)
    process.exit(1)
  }
  console.log('check: generated/ and docs/ match the schemas')
}
