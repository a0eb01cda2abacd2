import { Type, type Static } from '@sinclair/typebox'
import { tagList } from '../../tag.js'
import {
  accessKeyCharsetDescription,
  accessKeyCharsetPattern,
  accessKeyIdLength,
  accessKeySecretLength,
  secretNameLength,
  maxTagsPerKey,
  secretNamePattern,
} from '../../rules.js'

export const SecretName = Type.String({
  description: `Custom key name. Required. ${secretNameLength.min}–${secretNameLength.max} characters (Unicode code points); any characters but lone surrogates.`,
  minLength: secretNameLength.min,
  pattern: secretNamePattern,
  examples: ['test'],
})

export const AccessKeyId = Type.String({
  description: `Custom key ID. Required when AccessKeyType is \`manual\`, not accepted otherwise. ${accessKeyIdLength.min}–${accessKeyIdLength.max} characters: ${accessKeyCharsetDescription}.`,
  minLength: accessKeyIdLength.min,
  maxLength: accessKeyIdLength.max,
  pattern: accessKeyCharsetPattern,
  examples: ['my_custom_key_01'],
})

export const AccessKeySecret = Type.String({
  description: `Custom key secret. Required when AccessKeyType is \`manual\`, not accepted otherwise. ${accessKeySecretLength.min}–${accessKeySecretLength.max} characters: ${accessKeyCharsetDescription}.`,
  minLength: accessKeySecretLength.min,
  maxLength: accessKeySecretLength.max,
  pattern: accessKeyCharsetPattern,
  examples: ['my_custom_secret_0123456789'],
})

export const Tags = tagList(`Tags to attach to the key. Optional; may be empty; at most ${maxTagsPerKey} tags.`)

/** AccessKeyType absent or `auto`: the service generates the pair, so the caller may not supply one. */
export const CreateApiKeyAutoRequest = Type.Object(
  {
    SecretName,
    AccessKeyType: Type.Optional(
      Type.Literal('auto', { description: 'Key type. `auto` (the default when absent): the service generates AccessKeyId and AccessKeySecret.', default: 'auto' }),
    ),
    Tags: Type.Optional(Tags),
    // Named as never-present (JSON Schema `false`), so TypeScript's excess-property check cannot let them through
    // the union: `{ SecretName, AccessKeyId }` is a compile error, not only a validation error.
    AccessKeyId: Type.Optional(Type.Never({ description: 'Not accepted with an auto key: send AccessKeyType `manual` to supply AccessKeyId.' })),
    AccessKeySecret: Type.Optional(Type.Never({ description: 'Not accepted with an auto key: send AccessKeyType `manual` to supply AccessKeySecret.' })),
  },
  {
    $id: 'CreateApiKeyAutoRequest',
    title: 'auto key',
    description: 'Create a key whose AccessKeyId and AccessKeySecret the service generates. AccessKeyType is `auto` or absent; AccessKeyId and AccessKeySecret must not be sent.',
    additionalProperties: false,
  },
)

/** AccessKeyType `manual`: the caller supplies both AccessKeyId and AccessKeySecret. */
export const CreateApiKeyManualRequest = Type.Object(
  {
    SecretName,
    AccessKeyType: Type.Literal('manual', { description: 'Key type `manual`: a custom key; AccessKeyId and AccessKeySecret are required.' }),
    AccessKeyId,
    AccessKeySecret,
    Tags: Type.Optional(Tags),
  },
  {
    $id: 'CreateApiKeyManualRequest',
    title: 'manual key',
    description: 'Create a custom key: AccessKeyType is `manual` and both AccessKeyId and AccessKeySecret are required.',
    additionalProperties: false,
  },
)

/**
 * The action's parameters (the JSON body of a signature-v3 POST). The manual rule lives in the type itself: a union
 * of the two shapes, told apart by AccessKeyType, so TypeScript, OpenAPI and every validator enforce it.
 */
export const CreateApiKeyRequest = Type.Union([CreateApiKeyAutoRequest, CreateApiKeyManualRequest], {
  $id: 'CreateApiKeyRequest',
  title: 'CreateApiKeyRequest',
  description:
    'Parameters of CreateApiKey. With AccessKeyType `auto` (or absent) the service generates the key pair; with `manual` the caller supplies AccessKeyId and AccessKeySecret, both required. Unknown parameters are rejected.',
})

export type CreateApiKeyAutoRequest = Static<typeof CreateApiKeyAutoRequest>
export type CreateApiKeyManualRequest = Static<typeof CreateApiKeyManualRequest>
export type CreateApiKeyRequest = Static<typeof CreateApiKeyRequest>
