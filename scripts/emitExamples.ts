import { queryExamples, requestExamples, responseExamples, type NamedExample } from '../schema/index.js'
import { jsonText, writeFile } from './writeFile.js'

/** generated/examples/<kind>/<name>.json: one file per scenario, for tools and people who want plain fixtures. */
export function emitExamples(root: string): void {
  const groups: Record<string, Record<string, NamedExample<unknown>>> = {
    request: requestExamples,
    query: queryExamples,
    response: responseExamples,
  }
  for (const [kind, examples] of Object.entries(groups)) {
    for (const [name, example] of Object.entries(examples)) writeFile(root, `generated/examples/${kind}/${name}.json`, jsonText(example.value))
  }
}
