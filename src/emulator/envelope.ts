import { randomUUID } from 'node:crypto'
import type { EmulatorErrorCode } from './apiFailure.js'

/** Every answer carries a fresh UUID RequestId, as the real service does. */
export const newRequestId = (): string => randomUUID()

/** A success of any action: its Result (each action's schema says what it is). */
export interface SuccessEnvelope<Result = unknown> {
  readonly Response: { readonly Result: Result; readonly RequestId: string }
}

export interface ErrorEnvelope {
  readonly Response: { readonly Error: { readonly Code: EmulatorErrorCode; readonly Message: string }; readonly RequestId: string }
}

export type Envelope = SuccessEnvelope | ErrorEnvelope

export const successEnvelope = <Result>(result: Result, requestId: string): SuccessEnvelope<Result> => ({
  Response: { Result: result, RequestId: requestId },
})

export const errorEnvelope = (code: EmulatorErrorCode, message: string, requestId: string): ErrorEnvelope => ({
  Response: { Error: { Code: code, Message: message }, RequestId: requestId },
})
