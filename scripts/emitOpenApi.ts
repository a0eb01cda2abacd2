import { stringify } from 'yaml'
import { openApiDocument } from './openApiDocument.js'
import { packageInfo } from './packageInfo.js'
import { jsonText, writeFile } from './writeFile.js'

/** generated/openapi.json and generated/openapi.yaml: the same document in two notations. */
export function emitOpenApi(root: string): void {
  const document = openApiDocument(packageInfo.name, packageInfo.version)
  writeFile(root, 'generated/openapi.json', jsonText(document))
  const header = '# Generated from schema/ by scripts/build.ts: do not edit.\n'
  writeFile(root, 'generated/openapi.yaml', header + stringify(document, { lineWidth: 0, aliasDuplicateObjects: false }))
}
