/**
 * Every README snippet fenced as ```ts example (ES module, TypeScript) or ```js example (CommonJS) is written into a
 * fresh project where the packed package is installed, type-checked there (tsc, nodenext, checkJs), then run with
 * Node. A snippet that no longer compiles, throws or fails one of its assertions fails this test.
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { repositoryRoot } from './support/artifacts.js'
import { installConsumer, packPackage, type PackedPackage } from './support/packedPackage.js'

interface Snippet {
  readonly file: string
  readonly heading: string
  readonly code: string
}

/** The tagged snippets, named after the README heading above each. */
function readmeSnippets(): Snippet[] {
  const readme = readFileSync(join(repositoryRoot, 'README.md'), 'utf8')
  const snippets: Snippet[] = []
  let heading = ''
  const fence = /^(#{2,3} .+)$|^```(ts|js) example\n([\s\S]*?)^```$/gm
  for (const match of readme.matchAll(fence)) {
    if (match[1]) {
      heading = match[1].replace(/^#+ /, '')
      continue
    }
    const extension = match[2] === 'ts' ? 'ts' : 'cjs'
    snippets.push({ file: `snippet${snippets.length + 1}.${extension}`, heading, code: match[3]! })
  }
  return snippets
}

const snippets = readmeSnippets()
const devVersions = JSON.parse(readFileSync(join(repositoryRoot, 'package.json'), 'utf8')).devDependencies as Record<string, string>
let packed: PackedPackage
let project: string

beforeAll(() => {
  packed = packPackage()
  project = installConsumer(packed, {
    'fast-check': devVersions['fast-check']!,
    ajv: devVersions.ajv!,
    '@types/node': devVersions['@types/node']!,
    typescript: devVersions.typescript!,
  })
  // Install scripts were skipped: the emulator's native better-sqlite3 (for the Typed client snippet) comes from this checkout.
  symlinkSync(join(repositoryRoot, 'node_modules/better-sqlite3'), join(project, 'node_modules/better-sqlite3'), 'dir')
  mkdirSync(join(project, 'src'))
  for (const snippet of snippets) writeFileSync(join(project, 'src', snippet.file), snippet.code)
  writeFileSync(
    join(project, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, resolveJsonModule: true,
        allowJs: true, checkJs: true, skipLibCheck: true, types: ['node'], rootDir: 'src', outDir: 'out',
      },
      include: ['src'],
    }),
  )
}, 300_000)

afterAll(() => {
  if (packed) rmSync(packed.workspace, { recursive: true, force: true })
})

describe('README snippets, against the packed package', () => {
  test('the README has a snippet for the runtime API, the types, the typed client, the arbitraries, the documents and CommonJS', () => {
    const headings = snippets.map((snippet) => snippet.heading)
    expect(headings).toEqual(expect.arrayContaining([
      'Validate a request: `parseCreateApiKeyRequest`',
      'Read a response: `parseCreateApiKeyResponse`',
      'Types',
      'Typed client',
      'Property-test your client or server: `/arbitraries`',
      'The OpenAPI document and the JSON Schema files',
      'From CommonJS',
    ]))
  })

  test('every snippet type-checks', () => {
    try {
      execFileSync(process.execPath, [join(project, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json'], { cwd: project, encoding: 'utf8' })
    } catch (error) {
      throw new Error(`README snippets do not compile:\n${(error as { stdout?: string }).stdout ?? error}`)
    }
  })

  test.each(snippets.map((snippet) => [snippet.file, snippet.heading, snippet] as const))('%s (%s) runs', (file, _heading, snippet) => {
    const output = file.replace(/\.ts$/, '.js')
    try {
      execFileSync(process.execPath, [join('out', output)], { cwd: project, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })
    } catch (error) {
      throw new Error(`README snippet under "${snippet.heading}" failed:\n${(error as { stderr?: string }).stderr ?? error}`)
    }
  })
})
