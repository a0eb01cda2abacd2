/**
 * The states of an API key and the transitions between them, as data: what each key action does to a key in each
 * state, and the code it refuses with. The docs' state diagram (scripts/markdown.ts) is drawn from this list, and
 * test/lifecycle.model.test.ts checks that every transition it observes on the emulator is listed here. Each entry
 * names the decision that states it; action names and codes are checked against the registry below, at import.
 */
import type { AnyContractAction } from './action.js'
import { createApiKey, deleteApiKey, describeApiKey, disableApiKey, enableApiKey, updateApiKey } from './actions/index.js'
import { decisions } from './decisions.js'

/** `none`: no key ever had the AccessKeyId; `deleted`: a key had it and was deleted. Status is ApiKey.Status. */
export const keyStates = {
  none: { label: 'no key', status: undefined },
  enabled: { label: 'enabled', status: 1 },
  disabled: { label: 'disabled', status: 0 },
  deleted: { label: 'deleted', status: undefined },
} as const
export type KeyState = keyof typeof keyStates

export interface KeyTransition {
  readonly from: KeyState
  readonly action: string
  /** The state after the call; the same as `from` for a refusal or a call that changes nothing. */
  readonly to: KeyState
  /** The error code of a refusal; absent for a success. */
  readonly refusal?: string
  /** What else the reader should know (a manual key, a no-op). */
  readonly note?: string
  /** The id of the decision that states the transition. */
  readonly decision: string
}

const success = (from: KeyState, action: AnyContractAction, to: KeyState, decision: string, note?: string): KeyTransition => ({ from, action: action.name, to, decision, ...(note ? { note } : {}) })
const refused = (from: KeyState, action: AnyContractAction, refusal: string, decision: string, note?: string): KeyTransition => {
  if (!action.allErrorCodes.some((info) => info.code === refusal)) throw new Error(`keyLifecycle: ${refusal} is not in ${action.name}'s error union`)
  return { from, action: action.name, to: from, refusal, decision, ...(note ? { note } : {}) }
}

/** The actions that name an existing key by AccessKeyId. */
const keyActions = [describeApiKey, updateApiKey, enableApiKey, disableApiKey, deleteApiKey] as const

export const keyTransitions: readonly KeyTransition[] = [
  success('none', createApiKey, 'enabled', 'delete-needs-disabled'),
  success('deleted', createApiKey, 'enabled', 'delete-needs-disabled', 'manual key, same AccessKeyId'),
  refused('enabled', createApiKey, 'FailedOperation.AccessKeyExist', 'emulator-key-quota', 'manual key, taken AccessKeyId'),
  refused('disabled', createApiKey, 'FailedOperation.AccessKeyExist', 'emulator-key-quota', 'manual key, taken AccessKeyId'),
  success('enabled', disableApiKey, 'disabled', 'status-toggle'),
  success('disabled', enableApiKey, 'enabled', 'status-toggle'),
  success('enabled', enableApiKey, 'enabled', 'status-toggle', 'no change'),
  success('disabled', disableApiKey, 'disabled', 'status-toggle', 'no change'),
  success('enabled', updateApiKey, 'enabled', 'update-secret', 'status kept'),
  success('disabled', updateApiKey, 'disabled', 'update-secret', 'status kept'),
  success('disabled', deleteApiKey, 'deleted', 'delete-needs-disabled'),
  refused('enabled', deleteApiKey, 'UnsupportedOperation.InvalidStatus', 'delete-needs-disabled'),
  ...(['none', 'deleted'] as const).flatMap((from) => keyActions.map((action) => refused(from, action, 'ResourceNotFound.InvalidAccessKeyId', 'key-id-lookup'))),
]

for (const transition of keyTransitions) {
  if (!decisions.some((decision) => decision.id === transition.decision)) throw new Error(`keyLifecycle: no decision ${transition.decision}`)
}
