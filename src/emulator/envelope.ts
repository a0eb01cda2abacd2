import { randomUUID } from 'node:crypto'
import type { ApiKey, CreateApiKeySuccessResponse, ErrorCode, ErrorResponse } from '../types.js'

/** Every answer carries a fresh UUID RequestId, as the real service does. */
export const newRequestId = (): string => randomUUID()

export const successEnvelope = (result: ApiKey, requestId: string): CreateApiKeySuccessResponse => ({
  Response: { Result: result, RequestId: requestId },
})

export const errorEnvelope = (code: ErrorCode, message: string, requestId: string): ErrorResponse => ({
  Response: { Error: { Code: code, Message: message }, RequestId: requestId },
})
