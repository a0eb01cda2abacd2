import { execFileSync } from 'node:child_process'
import { join } from 'node:path'
import { decisionsMarkdown, errorTable } from './markdown.js'
import { writeFile } from './writeFile.js'

const redocly = join(import.meta.dirname, '..', 'node_modules', '.bin', 'redocly')

/** docs/index.html, one self-contained file that works offline (Redoc inlined), and docs/*.md from the same data. */
export function emitDocs(root: string): void {
  execFileSync(
    redocly,
    [
      'build-docs',
      join(root, 'generated/openapi.json'),
      '--output',
      join(root, 'docs/index.html'),
      '--inlineBundle',
      '--title',
      'CreateApiKey — Tencent Cloud API Gateway',
      '--config',
      join(import.meta.dirname, '..', 'redocly.yaml'),
    ],
    { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' } },
  )
  writeFile(
    root,
    'docs/decisions.md',
    `<!-- Generated from schema/decisions.ts by scripts/build.ts: do not edit. -->\n# Decisions\n\nWhere the public sources about CreateApiKey disagree or say nothing, this package decided as follows. Each decision is data in \`schema/decisions.ts\` and names the tests that hold it.\n\n${decisionsMarkdown(2)}`,
  )
  writeFile(
    root,
    'docs/error-codes.md',
    `<!-- Generated from schema/errorCodes.ts by scripts/build.ts: do not edit. -->\n# Error codes of CreateApiKey\n\n${errorTable()}\n`,
  )
}
