/**
 * The runtime registry: every action of the contract with its request and response parsers, built from the models
 * generated for it (generated/actions.js follows the schema's registry). The emulator and the package's parse
 * functions all go through this table; nothing here names an action. An action's response parser is built on its
 * first use (in the package's bundle, that is also when its response model is loaded: see lazyActionModels.ts).
 */
import type { ActionName } from '../generated/actions.js'
import { actionModules } from '../generated/actionNames.js'
import { requestParserOf, responseModelOf } from './actionModels.js'
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

/** The action names, in registry order. */
export const actionNames = Object.freeze(Object.keys(actionModules)) as readonly ActionName[]

function runtimeAction(name: ActionName): RuntimeAction {
  let parseResponse: ((input: unknown) => ParseResponseResult) | undefined
  return Object.freeze({
    name,
    parseRequest: requestParserOf(name) as RuntimeAction['parseRequest'],
    parseResponse: ((input: unknown) => (parseResponse ??= responseParser(responseModelOf(name)))(input)) as RuntimeAction['parseResponse'],
  })
}

export const runtimeActions: RuntimeActions = Object.freeze(Object.fromEntries(actionNames.map((name) => [name, runtimeAction(name)]))) as RuntimeActions

/** True for the name of an action of the registry (case-sensitive). */
export const isActionName = (name: string): name is ActionName => Object.hasOwn(runtimeActions, name)

export type { ActionName }
