/**
 * The registry: every action the contract describes, in documentation order. Adding an action is adding its folder
 * here (see docs/adding-an-action.md); every artifact, test harness and the emulator iterate over this list.
 */
import type { AnyContractAction } from '../action.js'
import { createApiKey } from './createApiKey/index.js'
import { describeApiKey } from './describeApiKey/index.js'
import { describeApiKeysStatus } from './describeApiKeysStatus/index.js'
import { updateApiKey } from './updateApiKey/index.js'
import { enableApiKey } from './enableApiKey/index.js'
import { disableApiKey } from './disableApiKey/index.js'
import { deleteApiKey } from './deleteApiKey/index.js'

export const actions = [createApiKey, describeApiKey, describeApiKeysStatus, updateApiKey, enableApiKey, disableApiKey, deleteApiKey] as const satisfies readonly AnyContractAction[]

export type ActionName = (typeof actions)[number]['name']

export function actionNamed(name: string): AnyContractAction {
  const found = actions.find((action) => action.name === name)
  if (!found) throw new Error(`no action ${name} in the registry`)
  return found
}

export { createApiKey, describeApiKey, describeApiKeysStatus, updateApiKey, enableApiKey, disableApiKey, deleteApiKey }
export * from './createApiKey/index.js'
export * from './describeApiKey/index.js'
export * from './describeApiKeysStatus/index.js'
export * from './updateApiKey/index.js'
export * from './enableApiKey/index.js'
export * from './disableApiKey/index.js'
export * from './deleteApiKey/index.js'

/** The registry under the name the fidelity tools first read it by. */
export const contractActions = actions
