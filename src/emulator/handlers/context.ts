import type { ActionName, runtimeActions } from '../../actions.js'
import type { components } from '../../types.js'
import type { KeyStore } from '../keyStore.js'

/** The one state model every handler works on, and the settings that bound it. */
export interface HandlerContext {
  readonly store: KeyStore
  readonly keyQuota: number
  readonly now: () => number
}

type Schemas = components['schemas']

/** What an action's validator hands its handler (the `value` of a successful parseRequest). */
export type ParsedRequestOf<A extends ActionName> = Extract<ReturnType<(typeof runtimeActions)[A]['parseRequest']>, { ok: true }>['value']

/** What an action's success envelope carries as Result (its `<Action>SuccessResponse` component). */
export type ResultOf<A extends ActionName> = Schemas[`${A}SuccessResponse` & keyof Schemas] extends { Response: { Result: infer R } } ? R : never

/**
 * One action's behaviour over the state model, after transport, authentication, the rate limit and validation:
 * answers the Result, or fails with an ApiFailure.
 */
export type Handler<A extends ActionName = ActionName> = (request: ParsedRequestOf<A>, context: HandlerContext) => Promise<ResultOf<A>>
