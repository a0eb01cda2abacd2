import type { components } from '../types.js'
import type { ActionName } from '../actions.js'

type Schemas = components['schemas']

/**
 * Every code the emulator may answer with: the common codes and each action's own (CreateApiKey's union is the
 * `ErrorCode` component; every other action's is `<Action>ErrorCode`).
 */
export type EmulatorErrorCode = Schemas['ErrorCode'] | Schemas[Extract<`${ActionName}ErrorCode`, keyof Schemas>]

/** A Tencent-shaped error the emulator answers with (HTTP 200, `Response.Error`). Messages never carry a secret. */
export class ApiFailure extends Error {
  constructor(
    readonly code: EmulatorErrorCode,
    message: string,
  ) {
    super(message)
    this.name = 'ApiFailure'
  }
}

export const fail = (code: EmulatorErrorCode, message: string): never => {
  throw new ApiFailure(code, message)
}
