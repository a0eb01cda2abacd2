import { readFileSync } from 'node:fs'

/** The package's own name and version, stamped into the generated files. */
export const packageInfo = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { name: string; version: string }
