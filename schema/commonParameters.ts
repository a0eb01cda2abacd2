/**
 * The common parameters of both signature forms, apart from any action: the X-TC-* headers of a TC3 call and the
 * flat parameters of a v1 call. The action a call names is routing, so each use passes its own Action schema: one
 * action's literal in its operation and v1 form, the registry's names in the shared Tc3Headers component.
 */
import { Type, type TSchema } from '@sinclair/typebox'
import { apiVersion, signatureMaxSkewText } from './service.js'

/** The Action (X-TC-Action) of one action: its name, as a literal. */
export const actionLiteral = (action: string) => Type.Literal(action, { description: `Name of the action: \`${action}\`.` })

/** The Action of any action in the registry. */
export const actionNames = (actions: readonly string[]) =>
  Type.Union(
    actions.map((action) => Type.Literal(action)),
    { description: `Name of the action: ${actions.map((action) => `\`${action}\``).join(', ')} (case-sensitive).` },
  )

const Version = Type.Literal(apiVersion, { description: `API version: \`${apiVersion}\`.` })
const UnixSeconds = (description: string) => Type.String({ description, pattern: '^[0-9]{1,10}$', examples: ['1700000000'] })
const timestampDescription = `Current UNIX time in seconds. More than ${signatureMaxSkewText} off the server clock gives AuthFailure.SignatureExpire.`
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
export const tc3HeadersSchema = (actionSchema: TSchema) =>
  Type.Object(
    {
      'X-TC-Action': actionSchema,
      'X-TC-Version': Version,
      'X-TC-Timestamp': UnixSeconds(timestampDescription),
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

/** The common parameters of a signature-v1 call (every member of an action's v1 form that is not one of its parameters). */
export const v1CommonParameters = (actionSchema: TSchema) => ({
  Action: actionSchema,
  Version,
  Region: Type.Optional(Region),
  Timestamp: UnixSeconds(timestampDescription),
  Nonce: Type.String({ description: 'Random integer, used once, against replay: 0 to 9999999999, no leading zero (the official Node SDK can draw 0).', pattern: '^(?:0|[1-9][0-9]{0,9})$', examples: ['11886'] }),
  RequestClient: Type.Optional(Type.String({ description: 'Name and version of the calling SDK, which the official SDKs add (for example `SDK_NODEJS_4.1.313`). Informational.' })),
  SecretId: Type.String({ description: 'SecretId of the caller\'s API key.', minLength: 1, examples: ['AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE'] }),
  Signature: Type.String({ description: 'Base64 HMAC of the string to sign (see the signature v1 description).', minLength: 1 }),
  SignatureMethod: Type.Optional(
    Type.Union([Type.Literal('HmacSHA1'), Type.Literal('HmacSHA256')], { description: 'Signing hash: `HmacSHA1` (the default) or `HmacSHA256`.', default: 'HmacSHA1' }),
  ),
  Token: Type.Optional(Token),
  Language: Type.Optional(Language),
})
