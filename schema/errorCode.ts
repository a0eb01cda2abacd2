import { Type, type TSchema } from '@sinclair/typebox'

/** An action's closed union of codes, built from its code list so that the two can never disagree. */
export const errorCodeSchema = ($id: string, action: string, codes: readonly string[]): TSchema =>
  Type.Union(
    codes.map((code) => Type.Literal(code)),
    {
      $id,
      title: $id,
      description: `Every error code a ${action} call can return: the action's own codes and the common API 3.0 codes. Codes are the contract; messages may change.`,
    },
  )
