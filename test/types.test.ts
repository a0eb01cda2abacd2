/**
 * The type-level proof (test/types/*.ts) as part of the test command: TypeBox's static types equal the
 * openapi-typescript output, and agree with the official SDK's models. tsc must exit 0; its output is the report.
 */
import { execFileSync } from 'node:child_process'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { expect, test } from 'vitest'
import { repositoryRoot } from './support/artifacts.js'

const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc')

test('type-level proof: Static<> == openapi.d.ts for every component, and compatible with tencentcloud-sdk-nodejs models (tsc --noEmit -p test/types)', () => {
  let output = ''
  let status = 0
  try {
    output = execFileSync(process.execPath, [tsc, '--noEmit', '--pretty', 'false', '-p', join(repositoryRoot, 'test', 'types', 'tsconfig.json')], {
      cwd: repositoryRoot,
      encoding: 'utf8',
      stdio: 'pipe',
    })
  } catch (error) {
    const failure = error as { status?: number; stdout?: string; stderr?: string }
    status = failure.status ?? 1
    output = `${failure.stdout ?? ''}${failure.stderr ?? ''}`
  }
  if (status !== 0) console.error(output)
  expect({ status, output }).toEqual({ status: 0, output: '' })
}, 120_000)
