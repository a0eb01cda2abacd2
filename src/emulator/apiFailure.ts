import type { ErrorCode } from '../types.js'

/** A Tencent-shaped error the emulator answers with (HTTP 200, `Response.Error`). Messages never carry a secret. */
export class ApiFailure extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message)
    this.name = 'ApiFailure'
  }
}

export const fail = (code: ErrorCode, message: string): never => {
  throw new ApiFailure(code, message)
}
