import { componentSchemas as components } from '../schema/index.js'
import { packageInfo } from './packageInfo.js'
import { toJsonSchema, type JsonSchema } from './toJsonSchema.js'
import { jsonText, writeFile } from './writeFile.js'

const componentNames = new Set(Object.keys(components))

/** Where the file is served once the package is published (unpkg serves every file of an npm package). */
export const jsonSchemaId = (name: string) => `https://unpkg.com/${packageInfo.name}/generated/json-schema/${name}.json`

/**
 * One self-contained draft 2020-12 file per component: the components it references are copied into `$defs`
 * (transitively), so a file can be used with no other file and no OpenAPI document.
 */
export function standaloneJsonSchema(name: string): JsonSchema {
  const defs = new Map<string, JsonSchema>()
  const pending: string[] = []
  const convert = (schemaName: string) =>
    toJsonSchema(components[schemaName]!, {
      componentNames,
      refPrefix: '#/$defs/',
      onRef: (ref) => {
        if (!defs.has(ref) && ref !== schemaName) pending.push(ref)
      },
    })
  const root = convert(name)
  while (pending.length > 0) {
    const next = pending.shift()!
    if (!defs.has(next)) defs.set(next, convert(next))
  }
  const sortedDefs = Object.fromEntries([...defs].sort(([a], [b]) => a.localeCompare(b)))
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: jsonSchemaId(name),
    ...root,
    ...(defs.size > 0 ? { $defs: sortedDefs } : {}),
  }
}

export function emitJsonSchema(root: string): void {
  for (const name of Object.keys(components)) {
    writeFile(root, `generated/json-schema/${name}.json`, jsonText(standaloneJsonSchema(name)))
  }
}
