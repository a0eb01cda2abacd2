import { Type, type Static, type TLiteral, type TUnion } from '@sinclair/typebox'
import { errorCodeNames, type ErrorCode as ErrorCodeName } from './errorCodes.js'

/** The closed union of codes, built from the errorCodes list so that the two can never disagree. */
export const ErrorCode = Type.Union(
  errorCodeNames.map((code) => Type.Literal(code)),
  {
    $id: 'ErrorCode',
    title: 'ErrorCode',
    description: 'Every error code a CreateApiKey call can return: the action\'s own codes and the common API 3.0 codes. Codes are the contract; messages may change.',
  },
) as unknown as TUnion<TLiteral<ErrorCodeName>[]>
export type ErrorCode = Static<typeof ErrorCode>
