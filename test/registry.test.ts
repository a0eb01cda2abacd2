/**
 * An action is added in one place (issue 12 point 7): every action of the registry (schema/actions/index.ts) has each
 * of its artifacts, found as a consumer finds them. `missingArtifacts` names what an action lacks; it is run on every
 * action of the registry, and on a name that is not one, for which it must report everything missing (so the check
 * cannot pass by finding nothing to look at).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { actions } from '../schema/actions/index.js'
import { actionModels } from '../generated/actions.js'
import * as root from '../src/index.js'
import { runtimeActions } from '../src/index.js'
import { actionArbitraries } from '../src/arbitraries/index.js'
import { handlers } from '../src/emulator/handlers/index.js'
import { oracles } from './oracle/actions.js'
import { generatedDir, openApi, repositoryRoot } from './support/artifacts.js'
import { camel } from '../scripts/emitValidators.js'

const operations = Object.values(openApi.paths as Record<string, Record<string, { operationId?: string }>>).flatMap((item) => Object.values(item).map((operation) => operation.operationId))
const docsPage = readFileSync(join(repositoryRoot, 'docs', 'index.html'), 'utf8')
const errorCodesPage = readFileSync(join(repositoryRoot, 'docs', 'error-codes.md'), 'utf8')
const decisionsPage = readFileSync(join(repositoryRoot, 'docs', 'decisions.md'), 'utf8')

/** Components every action has, by the names its definition derives. */
function componentNames(name: string): string[] {
  const action = actions.find((entry) => entry.name === name)
  return action ? Object.keys(action.components) : [`${name}Request`, `${name}SuccessResponse`, `${name}Envelope`, `${name}Query`]
}

const nonEmptyFolder = (path: string) => existsSync(path) && readdirSync(path).some((file) => file.endsWith('.json'))

/** What `name` lacks of the artifacts an action must have; empty when it has them all. */
export function missingArtifacts(name: string): string[] {
  const missing: string[] = []
  const need = (what: string, present: boolean) => {
    if (!present) missing.push(what)
  }
  need('operation in generated/openapi.json', operations.includes(name))
  need(`per-action document generated/openapi/${name}.json`, existsSync(join(generatedDir, 'openapi', `${name}.json`)))
  for (const component of componentNames(name)) {
    need(`JSON Schema generated/json-schema/${component}.json`, existsSync(join(generatedDir, 'json-schema', `${component}.json`)))
    need(`OpenAPI component ${component}`, component in openApi.components.schemas)
  }
  need(`validators generated/validators/${camel(name)}Request.js`, existsSync(join(generatedDir, 'validators', `${camel(name)}Request.js`)))
  need(`validators generated/validators/${camel(name)}Response.js`, existsSync(join(generatedDir, 'validators', `${camel(name)}Response.js`)))
  need('models in generated/actions.js', Object.hasOwn(actionModels, name))
  need('parsers in runtimeActions', Object.hasOwn(runtimeActions, name))
  for (const kind of ['Request', 'Response'] as const) {
    const named = (root as Record<string, unknown>)[`parse${name}${kind}`]
    need(`the root export parse${name}${kind}`, typeof named === 'function' && named === runtimeActions[name as keyof typeof runtimeActions]?.[`parse${kind}`])
  }
  need('arbitraries in actionArbitraries', Object.hasOwn(actionArbitraries, name))
  need('a section in the docs site', docsPage.includes(`"operationId":"${name}"`) && docsPage.includes(`"name":"${name}"`))
  need('an error table in docs/error-codes.md', errorCodesPage.includes(`## ${name}`))
  for (const kind of ['request', 'query', 'response']) need(`examples generated/examples/${name}/${kind}/`, nonEmptyFolder(join(generatedDir, 'examples', name, kind)))
  need('an oracle in test/oracle', Object.hasOwn(oracles, name))
  need('an emulator handler', Object.hasOwn(handlers, name))
  const action = actions.find((entry) => entry.name === name)
  need('decisions in docs/decisions.md', action !== undefined && action.decisions.every((decision) => decisionsPage.includes(decision.question)))
  return missing
}

describe('every action of the registry has every artifact', () => {
  test.each(actions.map((action) => action.name))('%s', (name) => {
    expect(missingArtifacts(name)).toEqual([])
  })

  test('an action that is not in the registry has none of them (the check looks)', () => {
    const missing = missingArtifacts('NoSuchAction')
    for (const what of ['operation', 'JSON Schema', 'validators', 'models', 'parsers', 'root export', 'arbitraries', 'docs site', 'error table', 'examples', 'oracle', 'emulator handler', 'decisions']) {
      expect(missing.some((entry) => entry.includes(what)), what).toBe(true)
    }
  })

  test('the registry, the generated models, the runtime, the arbitraries, the oracles and the handlers list the same actions', () => {
    const names = actions.map((action) => action.name)
    expect(Object.keys(actionModels)).toEqual(names)
    expect(Object.keys(runtimeActions)).toEqual(names)
    expect(Object.keys(actionArbitraries).sort()).toEqual([...names].sort())
    expect(Object.keys(oracles).sort()).toEqual([...names].sort())
    expect(Object.keys(handlers).sort()).toEqual([...names].sort())
  })
})
