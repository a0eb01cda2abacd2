/** The envelopes of any action, from its Result arbitrary and its closed list of error codes. */
import fc from './fastCheck.js'
import { requestId } from './apiKey.js'

/** Objects as JSON.parse makes them: fast-check's records may otherwise have a null prototype. */
const plain = { noNullPrototype: true } as const

export interface SuccessEnvelope<Result> {
  Response: { Result: Result | null; RequestId: string }
}
export interface ErrorEnvelope<Code extends string> {
  Response: { Error: { Code: Code; Message: string }; RequestId: string }
}

/** A success: the Result, or now and then null (the API allows it). */
export function successEnvelope<Result>(result: fc.Arbitrary<Result>): fc.Arbitrary<SuccessEnvelope<Result>> {
  return fc.record({ Response: fc.record({ Result: fc.option(result, { nil: null, freq: 10 }), RequestId: requestId() }, plain) }, plain)
}

export const apiErrorOf = <Code extends string>(codes: readonly Code[]) => fc.record({ Code: fc.constantFrom(...codes), Message: fc.string() }, plain)

/** An error: any code of the action's closed union, any message. */
export function errorEnvelope<Code extends string>(codes: readonly Code[]): fc.Arbitrary<ErrorEnvelope<Code>> {
  return fc.record({ Response: fc.record({ Error: apiErrorOf(codes), RequestId: requestId() }, plain) }, plain)
}
