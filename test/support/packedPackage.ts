/**
 * Builds the package in an isolated copy of the repository (so no other test sees a half-built dist/), packs it with
 * `npm pack`, and installs the tarball into a fresh consumer project, as a user would.
 */
import { execFileSync } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { repositoryRoot } from './artifacts.js'

/** What `npm pack` needs to build and ship the package: everything but tests and local state. */
const buildInputs = ['package.json', 'package-lock.json', 'README.md', 'LICENSE', 'tsconfig.json', 'tsconfig.build.json', 'src', 'generated', 'scripts', 'docs']

export const npmQuiet = { NPM_CONFIG_UPDATE_NOTIFIER: 'false', NPM_CONFIG_FUND: 'false', NPM_CONFIG_AUDIT: 'false' }

function run(command: string, args: string[], cwd: string): string {
  return execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...npmQuiet } })
}

export interface PackedPackage {
  /** Temporary folder holding everything below; delete it when done. */
  readonly workspace: string
  readonly tarball: string
  /** The files in the tarball, relative to the package root. */
  readonly files: readonly string[]
}

/** Builds dist/ in a copy of the repository and packs it. */
export function packPackage(): PackedPackage {
  const workspace = mkdtempSync(join(tmpdir(), 'apikey-contract-pack-'))
  const copy = join(workspace, 'source')
  mkdirSync(copy)
  for (const entry of buildInputs) cpSync(join(repositoryRoot, entry), join(copy, entry), { recursive: true })
  symlinkSync(join(repositoryRoot, 'node_modules'), join(copy, 'node_modules'), 'dir')
  run(process.execPath, [join(repositoryRoot, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'], copy)
  run(process.execPath, [join(repositoryRoot, 'node_modules/tsx/dist/cli.mjs'), 'scripts/bundleDist.ts'], copy)
  // --ignore-scripts: dist/ was just built; prepack would rebuild every artifact.
  const packed = JSON.parse(run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', workspace], copy)) as { filename: string; files: { path: string }[] }[]
  const tarball = join(workspace, packed[0]!.filename)
  return { workspace, tarball, files: packed[0]!.files.map((file) => file.path).sort() }
}

/**
 * A fresh project with the tarball, fast-check and @types/node installed from the npm cache when possible.
 * Install scripts are skipped, so no native module is built here (the bin test links better-sqlite3 from this checkout).
 */
export function installConsumer(packed: PackedPackage, dependencies: Record<string, string>): string {
  const project = join(packed.workspace, 'consumer')
  mkdirSync(project)
  writeFileSync(join(project, 'package.json'), `${JSON.stringify({ name: 'consumer', private: true, type: 'module' }, null, 2)}\n`)
  run(
    'npm',
    ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', '--omit=optional', '--save-exact', packed.tarball, ...Object.entries(dependencies).map(([name, version]) => `${name}@${version}`)],
    project,
  )
  return project
}

/** The installed package's files, for checks on what the tarball really holds. */
export function installedFiles(project: string): string[] {
  return (readdirSync(join(project, 'node_modules/tencent-apigateway-apikey-contract'), { recursive: true }) as string[]).sort()
}
