import { Type, type Static, type TProperties } from '@sinclair/typebox'
import { AccessKeyId, AccessKeySecret, SecretName } from './createApiKeyRequest.js'
import { action, apiVersion, maxTagsPerKey, signatureMaxSkewText } from './rules.js'
import { TagKey, TagValue } from './tag.js'

const Action = Type.Literal(action, { description: `Name of the action: \`${action}\`.` })
const Version = Type.Literal(apiVersion, { description: `API version: \`${apiVersion}\`.` })
const UnixSeconds = (description: string) =>
  Type.String({ description, pattern: '^[0-9]{1,10}$', examples: ['1700000000'] })
const Region = Type.String({
  description: 'Region, for example `ap-guangzhou`. Accepted when sent; whether API keys are kept per region is not documented (the emulator ignores it).',
  minLength: 1,
  examples: ['ap-guangzhou'],
})
const Language = Type.Union([Type.Literal('zh-CN'), Type.Literal('en-US')], {
  description: 'Language of error messages: `zh-CN` or `en-US`.',
})
const Token = Type.String({ description: 'Security token of temporary credentials (STS). Omit with permanent keys.' })

/**
 * The common parameters of a signature-v3 (TC3-HMAC-SHA256) call, sent as headers. Authorization, Content-Type and
 * Host are part of the signature and are described by the TC3 security scheme instead.
 */
export const Tc3Headers = Type.Object(
  {
    'X-TC-Action': Action,
    'X-TC-Version': Version,
    'X-TC-Timestamp': UnixSeconds(`Current UNIX time in seconds. More than ${signatureMaxSkewText} off the server clock gives AuthFailure.SignatureExpire.`),
    'X-TC-Region': Type.Optional(Region),
    'X-TC-Token': Type.Optional(Token),
    'X-TC-Language': Type.Optional(Language),
  },
  {
    $id: 'Tc3Headers',
    title: 'Tc3Headers',
    description: 'Common parameters of a signature-v3 call, sent as HTTP headers. Other headers (such as the SDKs\' X-TC-RequestClient) are allowed. Names are written in their canonical case; HTTP header names are case-insensitive, so map received names (Node lower-cases them) to this case before validating.',
    additionalProperties: true,
  },
)

/** The indexes 0 to `count - 1`, without leading zeros, as an alternation (exact, and short for 50). */
const indexBelow = (count: number) => Array.from({ length: count }, (_, index) => String(index)).join('|')

/**
 * `Tags.N.Key` / `Tags.N.Value`: the query form flattens arrays of objects with zero-based indexes, N below the
 * maximum number of tags (decision `tag-limits`).
 */
const tagIndex = `(?:${indexBelow(maxTagsPerKey)})`
export const flattenedTagKeyPattern = `^Tags\\.${tagIndex}\\.Key$`
export const flattenedTagValuePattern = `^Tags\\.${tagIndex}\\.Value$`
export const flattenedTagPattern = `^Tags\\.${tagIndex}\\.(?:Key|Value)$`

/** The common parameters of a signature-v1 call (every member of CreateApiKeyQuery that is not an action parameter). */
export const v1Common = {
  Action,
  Version,
  Region: Type.Optional(Region),
  Timestamp: UnixSeconds(`Current UNIX time in seconds. More than ${signatureMaxSkewText} off the server clock gives AuthFailure.SignatureExpire.`),
  Nonce: Type.String({ description: 'Random integer, used once, against replay: 0 to 9999999999, no leading zero (the official Node SDK can draw 0).', pattern: '^(?:0|[1-9][0-9]{0,9})$', examples: ['11886'] }),
  RequestClient: Type.Optional(Type.String({ description: 'Name and version of the calling SDK, which the official SDKs add (for example `SDK_NODEJS_4.1.313`). Informational.' })),
  SecretId: Type.String({ description: 'SecretId of the caller\'s API key.', minLength: 1, examples: ['AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE'] }),
  Signature: Type.String({ description: 'Base64 HMAC of the string to sign (see the signature v1 description).', minLength: 1 }),
  SignatureMethod: Type.Optional(
    Type.Union([Type.Literal('HmacSHA1'), Type.Literal('HmacSHA256')], { description: 'Signing hash: `HmacSHA1` (the default) or `HmacSHA256`.', default: 'HmacSHA1' }),
  ),
  Token: Type.Optional(Token),
  Language: Type.Optional(Language),
}

const FlattenedTagKeys = Type.Record(Type.String({ pattern: flattenedTagKeyPattern }), Type.String({ ...TagKey, description: `A tag key, flattened: \`Tags.0.Key\`, \`Tags.1.Key\`, ... (at most ${maxTagsPerKey} tags). ${TagKey.description}` }))
const FlattenedTagValues = Type.Record(Type.String({ pattern: flattenedTagValuePattern }), Type.String({ ...TagValue, description: `A tag value, flattened: \`Tags.0.Value\`, \`Tags.1.Value\`, ... ${TagValue.description}` }))

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * A closed flat map: the named parameters plus flattened tags, nothing else. `unevaluatedProperties: false` says it
 * for TypeBox; `propertyNames` says it again for JSON Schema validators, because ajv 8 tracks evaluated names in a
 * plain object and so takes `__proto__`, `constructor`, `toString`... for evaluated (found by the property tests).
 */
const closedForm = <Properties extends TProperties>(properties: Properties, title: string) => {
  const names = Object.keys(properties).map(escapeRegExp).join('|')
  const tagName = flattenedTagPattern.slice(1, -1)
  return Type.Intersect([Type.Object(properties), FlattenedTagKeys, FlattenedTagValues], {
    title,
    unevaluatedProperties: false,
    propertyNames: { pattern: `^(?:${names}|${tagName})$` },
  })
}

/**
 * The signature-v1 form of CreateApiKey: one flat map of strings, sent as the GET query or as an
 * `application/x-www-form-urlencoded` POST body. The manual rule holds here as in the JSON body.
 */
export const CreateApiKeyQuery = Type.Union(
  [
    closedForm(
      {
        ...v1Common,
        SecretName,
        AccessKeyType: Type.Optional(Type.Literal('auto', { description: 'Key type; `auto` when absent.', default: 'auto' })),
      },
      'auto key',
    ),
    closedForm(
      {
        ...v1Common,
        SecretName,
        AccessKeyType: Type.Literal('manual', { description: 'Key type `manual`: AccessKeyId and AccessKeySecret are required.' }),
        AccessKeyId,
        AccessKeySecret,
      },
      'manual key',
    ),
  ],
  {
    $id: 'CreateApiKeyQuery',
    title: 'CreateApiKeyQuery',
    description: 'CreateApiKey in the signature-v1 form: common parameters and action parameters in one flat map of strings, with Tags flattened as `Tags.N.Key` and `Tags.N.Value`.',
  },
)

export type Tc3Headers = Static<typeof Tc3Headers>
export type CreateApiKeyQuery = Static<typeof CreateApiKeyQuery>
