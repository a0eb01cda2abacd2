/**
 * The runtime registry: every action of the contract with its request and response parsers, built from the models
 * generated for it (generated/actions.js follows the schema's registry). The emulator and the package's parse
 * functions all go through this table; nothing here names an action.
 */
import { actionModels } from '../generated/actions.js'
import type { ActionName } from '../generated/actions.js'
import { responseParser } from './responseParser.js'
import type { ErrorCodeOf, ParsedRequestOf, ParseRequestResult, ParseResponseResult } from './types.js'

export interface RuntimeAction<Name extends ActionName = ActionName> {
  readonly name: Name
  /** Validates a request (the parsed JSON body, or a v1 form unflattened to that shape). */
  parseRequest(input: unknown): ParseRequestResult<ParsedRequestOf<Name>, ErrorCodeOf<Name>>
  /** Tells a success, a Tencent error and a contract-breaking body apart. */
  parseResponse(input: unknown): ParseResponseResult<Name>
}

export type RuntimeActions = { readonly [Name in ActionName]: RuntimeAction<Name> }

export const runtimeActions: RuntimeActions = Object.freeze(
  Object.fromEntries(
    Object.values(actionModels).map((models) => [
      models.name,
      Object.freeze({ name: models.name, parseRequest: models.request.parse as RuntimeAction['parseRequest'], parseResponse: responseParser(models.response) }),
    ]),
  ),
) as RuntimeActions

/** The action names, in registry order. */
export const actionNames = Object.freeze(Object.keys(actionModels)) as readonly ActionName[]

/** True for the name of an action of the registry (case-sensitive). */
export const isActionName = (name: string): name is ActionName => Object.hasOwn(runtimeActions, name)

export type { ActionName }
