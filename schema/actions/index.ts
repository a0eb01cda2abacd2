/**
 * The registry: every action the contract describes, in documentation order. Adding an action is adding its folder
 * here (see docs/adding-an-action.md); every artifact, test harness and the emulator iterate over this list.
 */
import type { AnyContractAction } from '../action.js'
import { createApiKey } from './createApiKey/index.js'
import { describeApiKey } from './describeApiKey/index.js'

export const actions = [createApiKey, describeApiKey] as const satisfies readonly AnyContractAction[]

export type ActionName = (typeof actions)[number]['name']

export function actionNamed(name: string): AnyContractAction {
  const found = actions.find((action) => action.name === name)
  if (!found) throw new Error(`no action ${name} in the registry`)
  return found
}

export { createApiKey, describeApiKey }
export * from './createApiKey/index.js'
export * from './describeApiKey/index.js'

/** The registry under the name the fidelity tools first read it by. */
export const contractActions = actions
