/**
 * What the agreement harnesses loop over: every action of the schema registry, with its component names, its
 * independent oracle (test/oracle), its generators (test/generators) and its runtime parsers (src/). Built from the
 * registry, so an action without an oracle or generators fails here, before any property runs.
 */
import { actions } from '../../schema/actions/index.js'
import { runtimeActions, type ActionName, type RuntimeAction } from '../../src/index.js'
import { generators, type ActionGenerators } from '../generators/actions.js'
import { oracles, type ActionOracle } from '../oracle/actions.js'
import type { ComponentName } from './validators.js'

export interface HarnessAction {
  readonly name: ActionName
  readonly components: {
    readonly request: ComponentName
    readonly query: ComponentName
    readonly success: ComponentName
    readonly errorResponse: ComponentName
    readonly envelope: ComponentName
    readonly apiError: ComponentName
    readonly errorCode: ComponentName
  }
  readonly oracle: ActionOracle
  readonly generators: ActionGenerators
  readonly runtime: RuntimeAction
}

export const harnessActions: readonly HarnessAction[] = actions.map((action) => {
  const name = action.name as ActionName
  if (!Object.hasOwn(oracles, name) || !Object.hasOwn(generators, name) || !Object.hasOwn(runtimeActions, name)) {
    throw new Error(`${name} is in the registry but has no oracle, generators or runtime parsers`)
  }
  return {
    name,
    components: {
      request: action.requestComponent as ComponentName,
      query: action.queryComponent as ComponentName,
      success: action.successComponent as ComponentName,
      errorResponse: action.errorResponseComponent as ComponentName,
      envelope: action.responseComponent as ComponentName,
      apiError: action.apiErrorComponent as ComponentName,
      errorCode: action.errorCodeComponent as ComponentName,
    },
    oracle: oracles[name],
    generators: generators[name],
    runtime: runtimeActions[name] as unknown as RuntimeAction,
  }
})

/** For `describe.each`: `[name, action]` rows. */
export const harnessRows = harnessActions.map((action) => [action.name, action] as const)
