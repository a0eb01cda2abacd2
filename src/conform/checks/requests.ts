/**
 * What makes the package's arbitrary requests safe to send to a real account: every SecretName and AccessKeyId of a
 * new key becomes one of this run's names, and every action on one key is pointed at a key of this run or at an id
 * no key has, so no check can touch a key it did not create. A parameter that is an invalid case's problem is left
 * as drawn (the problem is the point), except the AccessKeyId of an action on one key, which is always replaced.
 */
import { actionModels, type ActionName } from '../../../generated/actions.js'
import type { KeyTracker } from '../keys.js'

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)

/** Actions whose every shape requires an AccessKeyId: they act on an existing key. */
export const keyActions: readonly ActionName[] = (Object.keys(actionModels) as ActionName[]).filter((name) =>
  actionModels[name].request.shapes.every((shape) => shape.required.includes('AccessKeyId')),
)
/** Actions that make a key: their request names it (SecretName). */
export const creatingActions: readonly ActionName[] = (Object.keys(actionModels) as ActionName[]).filter((name) =>
  actionModels[name].request.parameters.some((parameter) => parameter.name === 'SecretName'),
)

const put = (target: Record<string, unknown>, name: string, value: unknown) =>
  Object.defineProperty(target, name, { value, enumerable: true, writable: true, configurable: true })

/**
 * The request with its names made this run's: `problem` is the parameter an invalid case breaks (left alone),
 * `target` the AccessKeyId an action on one key is sent to (default: a fresh id no key has).
 */
export function safeRequest(action: ActionName, request: unknown, keys: KeyTracker, options: { readonly problem?: string; readonly target?: string } = {}): unknown {
  if (!isObject(request)) return request
  const copy: Record<string, unknown> = {}
  for (const [name, value] of Object.entries(request)) put(copy, name, value)
  const untouched = (name: string) => options.problem === name || !Object.hasOwn(copy, name) || typeof copy[name] !== 'string'
  if (keyActions.includes(action)) {
    // Always, even where it is the problem: any string reaches a key (the id has no format to break).
    if (typeof copy.AccessKeyId === 'string') put(copy, 'AccessKeyId', options.target ?? keys.accessKeyId())
  } else if (creatingActions.includes(action)) {
    if (!untouched('SecretName')) put(copy, 'SecretName', keys.secretName())
    if (!untouched('AccessKeyId')) put(copy, 'AccessKeyId', keys.accessKeyId())
  }
  return copy
}
