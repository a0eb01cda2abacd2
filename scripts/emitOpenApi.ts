import { stringify } from 'yaml'
import { actions } from '../schema/index.js'
import { actionOpenApiDocument, openApiDocument } from './openApiDocument.js'
import { packageInfo } from './packageInfo.js'
import { jsonText, writeFile } from './writeFile.js'

const header = '# Generated from schema/ by scripts/build.ts: do not edit.\n'

/**
 * `<base>.json` and `<base>.yaml`: the same document in two notations. The YAML quotes every string that YAML 1.1
 * would read as something else (`2018-08-08` and the examples' times as dates, `on`/`yes` as booleans, `1:20` as a
 * number): js-yaml's load, PyYAML's safe_load and SnakeYAML read 1.1, and the quoted text reads the same in 1.2.
 */
function writeBoth(root: string, base: string, document: object): void {
  writeFile(root, `${base}.json`, jsonText(document))
  writeFile(root, `${base}.yaml`, header + stringify(document, { lineWidth: 0, aliasDuplicateObjects: false, version: '1.1' }))
}

/**
 * generated/openapi.{json,yaml}: every action, each at `/#<Action>`; generated/openapi/<Action>.{json,yaml}: one
 * action at the real path `/`, for tools that route by path (decision openapi-many-actions).
 */
export function emitOpenApi(root: string): void {
  writeBoth(root, 'generated/openapi', openApiDocument(packageInfo.name, packageInfo.version))
  for (const action of actions) writeBoth(root, `generated/openapi/${action.name}`, actionOpenApiDocument(action, packageInfo.name, packageInfo.version))
}
