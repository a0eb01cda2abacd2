import { actions, type NamedExample } from '../schema/index.js'
import { jsonText, writeFile } from './writeFile.js'

/** generated/examples/<Action>/<kind>/<name>.json: one file per scenario, for tools and people who want plain fixtures. */
export function emitExamples(root: string): void {
  for (const action of actions) {
    const groups: Record<string, Readonly<Record<string, NamedExample<unknown>>>> = {
      request: action.examples.request,
      query: action.examples.query,
      response: action.responseExamples,
    }
    for (const [kind, examples] of Object.entries(groups)) {
      for (const [name, example] of Object.entries(examples)) writeFile(root, `generated/examples/${action.name}/${kind}/${name}.json`, jsonText(example.value))
    }
  }
}
