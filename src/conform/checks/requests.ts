/**
 * What makes the package's arbitrary requests safe to send to a real account: every SecretName and AccessKeyId of a
 * new key becomes one of this run's names, and every action on one key is pointed at a key of this run or at an id
 * no key has, so no check can touch a key it did not create. A parameter that is an invalid case's problem is left
 * as drawn (the problem is the point), except the AccessKeyId of an action on one key, which is always replaced:
 * by the target where it is a string, and by `[target]` where its type is the problem (a number or a boolean is
 * plain text in a flat form, `23117455`, a valid id of someone's key; an array stays of the wrong type in every form,
 * and a server that coerces it reads the target again). Session.send checks the request as built, last.
 */
import { actionModels, type ActionName } from '../../../generated/actions.js'
import type { KeyTracker } from '../keys.js'
import { isObject } from '../values.js'

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
  /** A name of the new key: a drawn string becomes the run's (unless it is the problem), any other value `[fresh]`. */
  const rename = (name: 'SecretName' | 'AccessKeyId', fresh: () => string) => {
    const value = copy[name]
    if (value === undefined || value === null || (typeof value === 'string' && options.problem === name)) return
    put(copy, name, typeof value === 'string' ? fresh() : [fresh()])
  }
  if (keyActions.includes(action)) {
    // Always, even where it is the problem: any string reaches a key (the id has no format to break), and so does
    // the text of any other value a flat form or a lax server turns into one. Absent and null stay absent.
    const id = copy.AccessKeyId
    if (id !== undefined && id !== null) {
      const target = options.target ?? keys.accessKeyId()
      put(copy, 'AccessKeyId', typeof id === 'string' ? target : [target])
    }
  } else if (creatingActions.includes(action)) {
    rename('SecretName', () => keys.secretName())
    rename('AccessKeyId', () => keys.accessKeyId())
  }
  return copy
}
