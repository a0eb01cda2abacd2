import type { TSchema } from '@sinclair/typebox'
import { Tag } from './tag.js'
import { AccessKeyType } from './accessKeyType.js'
import { CreateApiKeyAutoRequest, CreateApiKeyManualRequest, CreateApiKeyRequest } from './createApiKeyRequest.js'
import { ApiKey } from './apiKey.js'
import { ErrorCode } from './errorCode.js'
import { ApiError, CreateApiKeyEnvelope, CreateApiKeySuccessResponse, ErrorResponse } from './envelopes.js'
import { CreateApiKeyQuery, Tc3Headers } from './commonParameters.js'

/**
 * Every named schema, in the order the emitters write them. The key is the component name, equal to the
 * schema's `$id`; a nested schema with a registered `$id` is emitted as a reference to its component.
 */
export const components = {
  Tag,
  AccessKeyType,
  CreateApiKeyAutoRequest,
  CreateApiKeyManualRequest,
  CreateApiKeyRequest,
  ApiKey,
  ErrorCode,
  ApiError,
  CreateApiKeySuccessResponse,
  ErrorResponse,
  CreateApiKeyEnvelope,
  Tc3Headers,
  CreateApiKeyQuery,
} as const satisfies Record<string, TSchema>

export type ComponentName = keyof typeof components
