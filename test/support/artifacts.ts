/** The emitted artifacts, read from disk as a consumer of the package would read them. */
import { readFileSync, readdirSync } from 'node:fs'
import { join, resolve } from 'node:path'

export const repositoryRoot = resolve(import.meta.dirname, '..', '..')
export const generatedDir = join(repositoryRoot, 'generated')

export const readJson = (path: string): any => JSON.parse(readFileSync(path, 'utf8'))

export const openApi = readJson(join(generatedDir, 'openapi.json'))

/** The document of one action alone, at the real path `/` (generated/openapi/<Action>.json). */
export const actionOpenApi = (action: string): any => readJson(join(generatedDir, 'openapi', `${action}.json`))

/** An action's two operations in the main document, at its pseudo-path `/#<Action>`. */
export const operationsOf = (action: string): { post: any; get: any } => openApi.paths[`/#${action}`]

export const jsonSchemaFiles: Record<string, any> = Object.fromEntries(
  readdirSync(join(generatedDir, 'json-schema'))
    .filter((file) => file.endsWith('.json'))
    .map((file) => [file.replace(/\.json$/, ''), readJson(join(generatedDir, 'json-schema', file))]),
)
