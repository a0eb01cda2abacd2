/** The emitted artifacts, read from disk as a consumer of the package would read them. */
import { readFileSync, readdirSync } from 'node:fs'
import { join, resolve } from 'node:path'

export const repositoryRoot = resolve(import.meta.dirname, '..', '..')
export const generatedDir = join(repositoryRoot, 'generated')

export const readJson = (path: string): any => JSON.parse(readFileSync(path, 'utf8'))

export const openApi = readJson(join(generatedDir, 'openapi.json'))

export const jsonSchemaFiles: Record<string, any> = Object.fromEntries(
  readdirSync(join(generatedDir, 'json-schema'))
    .filter((file) => file.endsWith('.json'))
    .map((file) => [file.replace(/\.json$/, ''), readJson(join(generatedDir, 'json-schema', file))]),
)
