/**
 * Numbers in prose come from the data (issue 12 point 5): the sources of schema/, src/ and scripts/markdown.ts, with
 * comments left out, must not spell a limit of schema/rules.ts or a count of the error lists, as the prose says
 * them ("5–50", "5 minutes", "20 requests", "32 KB", "7 CreateApiKey codes"). Each such sentence interpolates the value.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { commonErrorCodes } from '../schema/commonErrorCodes.js'
import { actions } from '../schema/actions/index.js'
import * as rules from '../schema/rules.js'

const root = join(import.meta.dirname, '..')

/** The spellings of each limit as prose writes them. */
const spellings = [
  ...[rules.accessKeyIdLength, rules.accessKeySecretLength, rules.secretNameLength, rules.tagKeyLength, rules.tagValueLength].flatMap((bound) => [rules.formatRange(bound), `${bound.min}-${bound.max}`]),
  `0–${rules.maxTagsPerKey - 1}`,
  `${rules.maxTagsPerKey} tags`,
  `over ${rules.maxTagsPerKey}`,
  `maxItems: ${rules.maxTagsPerKey}`,
  rules.signatureMaxSkewText,
  `${rules.signatureMaxSkewSeconds / 60}-minute`,
  `${rules.rateLimitPerSecond} requests`,
  `\`${rules.rateLimitPerSecond}\``,
  ...Object.values(rules.sizeLimits).map(rules.formatBytes),
  ...actions.map((action) => `${action.errorCodes.length} ${action.name}`),
  `${commonErrorCodes.length} common`,
]

/**
 * Where a number equal to a limit is not that limit: what a source says in its own words (kept as quoted).
 * Each entry is a file and the exact text around the number.
 */
const allowed = [
  // The Tag service's own figures, as its pages state them (the reason of decision tag-limits).
  { file: 'schema/decisions.ts', text: '50 per resource, keys of 1–127 characters (some later pages say 255), values of 0–255 (older pages 1–255)' },
  // The storage one unbounded create could take, not a size limit.
  { file: 'schema/decisions.ts', text: 'store about 10 MB' },
]

const sources = (directory: string): string[] =>
  readdirSync(join(root, directory), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => relative(root, join(entry.parentPath, entry.name)))

/** The code without comments: block comments, and line comments that start a line or follow code after a space. */
const withoutComments = (text: string) => text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|\s)\/\/.*$/gm, '$1')

describe('numbers in prose come from the data', () => {
  const files = [...sources('schema'), ...sources('src'), 'scripts/markdown.ts']

  it('no source spells a limit in a sentence (outside the short allowlist)', () => {
    expect(files.length).toBeGreaterThan(30)
    const found: string[] = []
    for (const file of files) {
      let code = withoutComments(readFileSync(join(root, file), 'utf8'))
      for (const { file: allowedFile, text } of allowed) if (allowedFile === file) code = code.replace(text, '')
      for (const spelling of spellings) {
        const at = code.indexOf(spelling)
        // A spelling inside a longer number (150 tags, 1 MBs) is not that spelling.
        if (at !== -1 && !/[0-9.]/.test(code[at - 1] ?? '')) found.push(`${file}: ${JSON.stringify(spelling)} in …${code.slice(Math.max(0, at - 40), at + 40).replace(/\s+/g, ' ')}…`)
      }
    }
    expect(found).toEqual([])
  })

  it('every allowlisted text is still there (a stale entry fails)', () => {
    for (const { file, text } of allowed) expect(readFileSync(join(root, file), 'utf8'), file).toContain(text)
  })

  it('formats the limits as the prose said them', () => {
    expect(Object.values(rules.sizeLimits).map(rules.formatBytes)).toEqual(['32 KB', '1 MB', '10 MB'])
    expect(rules.formatBytes(1536)).toBe('1536 bytes')
    expect(rules.signatureMaxSkewText).toBe('5 minutes')
    expect(rules.formatRange(rules.accessKeyIdLength)).toBe('5–50')
  })
})
