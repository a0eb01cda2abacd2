/**
 * What an action is, as data: the one definition an action folder under schema/actions/ exports, and everything the
 * package derives from it (its v1 form, envelopes and closed error union). Every artifact, test harness and the
 * emulator iterate over the registry of these (schema/actions/index.ts); nothing else names an action.
 */
import type { TLiteral, TNull, TObject, TSchema, TString, TUnion } from '@sinclair/typebox'
import { commonErrorCodes, sharedActionCodes, type CommonErrorCode, type ErrorCodeInfo } from './commonErrorCodes.js'
import type { Decision } from './decisions.js'
import { errorCodeSchema } from './errorCode.js'
import { exampleRequestId } from './exampleRequestId.js'
import { apiErrorSchema, envelopeSchema, errorResponseSchema, successResponseSchema } from './envelopes.js'
import { v1FormSchema } from './v1Form.js'

export interface NamedExample<T> {
  readonly summary: string
  readonly description?: string
  readonly value: T
}

export interface ActionDefinition<
  Request extends TSchema = TSchema,
  Result extends TSchema = TSchema,
  OwnCode extends string = string,
  RequestComponents extends Readonly<Record<string, TSchema>> = Readonly<Record<string, TSchema>>,
  ErrorNames extends ErrorComponentNames = ErrorComponentNames,
> {
  /** The Action name, as sent in X-TC-Action / Action. */
  readonly name: string
  /** One line, imperative: `Create an API key`. */
  readonly summary: string
  /** What the action does, in Markdown: the operation's description and the opening of its docs section. */
  readonly description: string
  /** The JSON request (the body of a TC3 POST), `$id` `<Action>Request`: a closed object, or a union of them. */
  readonly request: Request
  /** Further named schemas of the request (the members of a union), by component name, emitted as components. */
  readonly requestComponents?: RequestComponents
  /** Result, when not null (a component or an inline schema). */
  readonly result: Result
  /** What Result holds, one sentence. */
  readonly resultDescription: string
  /** What a success means, one sentence: the success envelope's description. */
  readonly successDescription: string
  /** The codes documented for this action (the Go SDK's list), each described; the common codes are added to its union. */
  readonly errorCodes: readonly (ErrorCodeInfo & { readonly code: OwnCode })[]
  /** The code of a parameter that breaks a rule of type, length or characters. */
  readonly formatErrorCode: string
  /**
   * The code of a value outside an enumeration or a range, by parameter path (`Filters[].Name`), where the action
   * documents one; InvalidParameterValue otherwise.
   */
  readonly valueErrorCodes?: Readonly<Record<string, string>>
  /** Requests per second for this action [DOC] (the emulator counts them per SecretId too). */
  readonly rateLimitPerSecond: number
  readonly examples: {
    /** JSON requests, one per scenario. */
    readonly request: Readonly<Record<string, NamedExample<unknown>>>
    /** v1 forms (common parameters and Signature included), one per scenario shown. */
    readonly query: Readonly<Record<string, NamedExample<Record<string, string>>>>
    /** Success envelopes. */
    readonly success: Readonly<Record<string, NamedExample<unknown>>>
    /** One error example per code worth showing: the message of each. */
    readonly errors: Readonly<Record<string, string>>
  }
  /** The decisions this action takes where its sources disagree or are silent. */
  readonly decisions: readonly Decision[]
  /**
   * Component names of the error side, when not `<Action>ErrorCode`, `<Action>ApiError`, `<Action>ErrorResponse`
   * (CreateApiKey keeps the names it was published with; decision component-names).
   */
  readonly errorComponentNames?: ErrorNames
  /**
   * Rules the parameter table of the docs cannot show (it is derived from the request schema), in Markdown: printed
   * after the table in the action's docs section.
   */
  readonly rulesMarkdown?: string
}

export interface ErrorComponentNames {
  readonly errorCode: string
  readonly apiError: string
  readonly errorResponse: string
}
type DefaultErrorNames<Name extends string> = { readonly errorCode: `${Name}ErrorCode`; readonly apiError: `${Name}ApiError`; readonly errorResponse: `${Name}ErrorResponse` }

/** The schemas derived for an action, typed so that `Static<>` of each is exact. */
export type TErrorCode<Code extends string> = TUnion<TLiteral<Code>[]>
export type TApiError<Code extends string> = TObject<{ Code: TErrorCode<Code>; Message: TString }>
export type TErrorResponse<Code extends string> = TObject<{ Response: TObject<{ Error: TApiError<Code>; RequestId: TString }> }>
export type TSuccessResponse<Result extends TSchema> = TObject<{ Response: TObject<{ Result: TUnion<[Result, TNull]>; RequestId: TString }> }>
export type TEnvelope<Result extends TSchema, Code extends string> = TUnion<[TSuccessResponse<Result>, TErrorResponse<Code>]>

/** The components of an action, by name. */
export type ActionComponents<Name extends string, Request extends TSchema, Result extends TSchema, Code extends string, RequestComponents, ErrorNames extends ErrorComponentNames> = RequestComponents & {
  readonly [K in `${Name}Request`]: Request
} & { readonly [K in ErrorNames['errorCode']]: TErrorCode<Code> } & { readonly [K in ErrorNames['apiError']]: TApiError<Code> } & {
  readonly [K in `${Name}SuccessResponse`]: TSuccessResponse<Result>
} & { readonly [K in ErrorNames['errorResponse']]: TErrorResponse<Code> } & { readonly [K in `${Name}Envelope`]: TEnvelope<Result, Code> } & {
  readonly [K in `${Name}Query`]: TSchema
}

/** An action with everything derived from its definition. */
export interface ContractAction<
  Name extends string = string,
  Request extends TSchema = TSchema,
  Result extends TSchema = TSchema,
  OwnCode extends string = string,
  RequestComponents extends Readonly<Record<string, TSchema>> = Readonly<Record<string, TSchema>>,
  ErrorNames extends ErrorComponentNames = ErrorComponentNames,
> extends ActionDefinition<Request, Result, OwnCode, RequestComponents, ErrorNames> {
  readonly name: Name
  /** The v1 form, `<Action>Query`. */
  readonly query: TSchema
  readonly successResponse: TSuccessResponse<Result>
  readonly errorCode: TErrorCode<OwnCode | CommonErrorCode>
  readonly apiError: TApiError<OwnCode | CommonErrorCode>
  readonly errorResponse: TErrorResponse<OwnCode | CommonErrorCode>
  /** success | error: what a client receives. */
  readonly envelope: TEnvelope<Result, OwnCode | CommonErrorCode>
  /** Component (and generated/json-schema file) names. */
  readonly requestComponent: string
  readonly queryComponent: string
  readonly successComponent: string
  readonly responseComponent: string
  readonly errorCodeComponent: string
  readonly apiErrorComponent: string
  readonly errorResponseComponent: string
  /** The codes documented for this action (the rest of its union are the common API 3.0 codes). */
  readonly ownErrorCodes: readonly string[]
  /** Every code of its union, own codes first, then the common ones. */
  readonly allErrorCodes: readonly ErrorCodeInfo[]
  /** The error examples as envelopes, one per code the examples give a message for. */
  readonly errorExamples: Readonly<Record<string, NamedExample<unknown>>>
  /** Every response example, as a client receives it (success and error alike, all HTTP 200). */
  readonly responseExamples: Readonly<Record<string, NamedExample<unknown>>>
  /** Every named schema of the action, in emission order. */
  readonly components: ActionComponents<Name, Request, Result, OwnCode | CommonErrorCode, RequestComponents, ErrorNames>
}

const idOf = (schema: TSchema) => {
  if (typeof schema.$id !== 'string') throw new Error('defineAction: a named schema has no $id')
  return schema.$id
}

export function defineAction<
  const Name extends string,
  Request extends TSchema,
  Result extends TSchema,
  OwnCode extends string,
  const RequestComponents extends Readonly<Record<string, TSchema>> = {},
  const ErrorNames extends ErrorComponentNames = DefaultErrorNames<Name>,
>(
  definition: ActionDefinition<Request, Result, OwnCode, RequestComponents, ErrorNames> & { readonly name: Name },
): ContractAction<Name, Request, Result, OwnCode, RequestComponents, ErrorNames> {
  const { name } = definition
  if (idOf(definition.request) !== `${name}Request`) throw new Error(`defineAction: ${name}'s request must have $id ${name}Request`)
  for (const info of definition.errorCodes) {
    if (info.category !== name) throw new Error(`defineAction: ${info.code} is listed by ${name} but has category ${info.category}`)
  }
  const listed = (code: string) => definition.errorCodes.some((own) => own.code === code)
  // Own codes first, then the shared ones the action does not list itself, then the common ones.
  const allErrorCodes = [...definition.errorCodes, ...sharedActionCodes.filter((shared) => !listed(shared.code)), ...commonErrorCodes.filter((common) => !listed(common.code))]
  for (const code of Object.values(definition.valueErrorCodes ?? {})) {
    if (!allErrorCodes.some((info) => info.code === code)) throw new Error(`defineAction: ${name}'s value error code ${code} is not in its union`)
  }
  if (!allErrorCodes.some((info) => info.code === definition.formatErrorCode)) {
    throw new Error(`defineAction: ${name}'s formatErrorCode ${definition.formatErrorCode} is not in its union`)
  }
  const names: ErrorComponentNames = definition.errorComponentNames ?? { errorCode: `${name}ErrorCode`, apiError: `${name}ApiError`, errorResponse: `${name}ErrorResponse` }
  const errorCode = errorCodeSchema(names.errorCode, name, allErrorCodes.map((info) => info.code))
  const apiError = apiErrorSchema(names.apiError, errorCode)
  const errorResponse = errorResponseSchema(names.errorResponse, apiError)
  const successResponse = successResponseSchema(`${name}SuccessResponse`, definition.result, definition.resultDescription, definition.successDescription)
  const envelope = envelopeSchema(name, successResponse, errorResponse)
  const query = v1FormSchema(name, definition.request)
  const components: Record<string, TSchema> = {}
  for (const [componentName, schema] of Object.entries(definition.requestComponents ?? {})) {
    if (idOf(schema) !== componentName) throw new Error(`defineAction: ${name}'s request component ${componentName} has $id ${idOf(schema)}`)
    components[componentName] = schema
  }
  for (const schema of [definition.request, errorCode, apiError, successResponse, errorResponse, envelope, query]) components[idOf(schema)] = schema
  const errorExamples = Object.fromEntries(
    Object.entries(definition.examples.errors).map(([code, message]) => {
      if (!allErrorCodes.some((info) => info.code === code)) throw new Error(`defineAction: ${name} has an error example for ${code}, which is not in its union`)
      return [code, { summary: `Error ${code}`, value: { Response: { Error: { Code: code, Message: message }, RequestId: exampleRequestId(`${name}.${code}`) } } }]
    }),
  )
  return {
    ...definition,
    errorExamples,
    responseExamples: { ...definition.examples.success, ...errorExamples },
    query,
    successResponse,
    errorCode,
    apiError,
    errorResponse,
    envelope,
    requestComponent: idOf(definition.request),
    queryComponent: idOf(query),
    successComponent: idOf(successResponse),
    responseComponent: idOf(envelope),
    errorCodeComponent: names.errorCode,
    apiErrorComponent: names.apiError,
    errorResponseComponent: names.errorResponse,
    ownErrorCodes: definition.errorCodes.map((info) => info.code),
    allErrorCodes,
    components,
  } as unknown as ContractAction<Name, Request, Result, OwnCode, RequestComponents, ErrorNames>
}

/** Any action of the registry, its types widened: what code that walks every action sees. */
export type AnyContractAction = Omit<ContractAction, 'components'> & { readonly components: Readonly<Record<string, TSchema>> }
