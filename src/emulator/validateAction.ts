/**
 * The one place the emulator judges action parameters: the package's own validator, so the emulator answers with
 * exactly the codes and messages the contract defines.
 */
import { runtimeActions } from '../actions.js'
import type { ParsedCreateApiKeyRequest } from '../types.js'
import { fail } from './apiFailure.js'

export function validateCreateApiKey(parameters: unknown): ParsedCreateApiKeyRequest {
  const parsed = runtimeActions.CreateApiKey.parseRequest(parameters)
  if (!parsed.ok) return fail(parsed.error.Code, parsed.error.Message)
  return parsed.value
}
