/**
 * The signature-v1 form: flat maps of strings with the common parameters at their edges, the action's parameters
 * (from the request generators) and flattened tags of every shape (gaps, halves, leading zeros, wrong case).
 */
import fc from 'fast-check'
import { ACTIONS } from '../oracle/facts.js'
import { accessKeyId, accessKeySecret, invalidAccessKeyType, secretName, tagKey, tagValue } from './requests.js'
import { unknownName, withoutProperty, withProperty, wrongType } from './json.js'

const optional = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined, freq: 2 })
const compact = (entries: Record<string, unknown>) => Object.fromEntries(Object.entries(entries).filter(([, value]) => value !== undefined))
const orEdge = <T>(valid: fc.Arbitrary<T>, ...edges: string[]) => fc.oneof({ weight: 15, arbitrary: valid }, { weight: 1, arbitrary: fc.constantFrom(...edges) })

const tagText = fc.string({ maxLength: 5 })
/** Flattened tags: `Tags.0.Key=...&Tags.0.Value=...`, sometimes with a half missing, a gap or a malformed name. */
const flattenedTags = fc
  .tuple(
    fc.array(fc.tuple(fc.oneof({ weight: 3, arbitrary: tagText }, { weight: 1, arbitrary: tagKey }), fc.oneof({ weight: 3, arbitrary: tagText }, { weight: 1, arbitrary: tagValue })), { maxLength: 3 }),
    fc.oneof(
      { weight: 3, arbitrary: fc.constant(null) },
      { weight: 1, arbitrary: fc.oneof(
        fc.constantFrom('Tags.01.Key', 'Tags.0.key', 'Tags..Key', 'Tags.-1.Key', 'Tags.0.Key.x', 'Tags.0', 'Tags.1.Key', 'Tags.0.Value', 'Tags.9.Value', 'tags.0.Key', 'Tags.00.Key', 'Tags.0x1.Key', 'Tags.1e3.Key', 'Tags.٣.Key', 'Tags.0.Key ', 'Tags.0.Key\n', 'Tags.49.Key', 'Tags.49.Value', 'Tags.50.Key', 'Tags.50.Value', 'Tags.100.Key'),
        fc.nat({ max: 12 }).map((n) => `Tags.${n}.${n % 2 ? 'Key' : 'Value'}`),
      ) },
    ),
  )
  .map(([pairs, stray]) => {
    const out: Record<string, string> = {}
    pairs.forEach(([key, value], index) => {
      out[`Tags.${index}.Key`] = key
      out[`Tags.${index}.Value`] = value
    })
    if (stray !== null) out[stray] = 'x'
    return out
  })

/**
 * The common v1 parameters of a call to `action` at their edges; `others` are the other actions' names (a form of one
 * action naming another is invalid for the first).
 */
export const commonV1 = (action: string, others: readonly string[]) => ({
  Action: orEdge(fc.constant(action), `${action[0]!.toLowerCase()}${action.slice(1)}`, `${action}s`, '', ...others),
  Version: orEdge(fc.constant('2018-08-08'), '2018-08-09', '2018-8-8', ''),
  Region: optional(orEdge(fc.constantFrom('ap-guangzhou', 'ap-singapore'), '')),
  Timestamp: orEdge(fc.integer({ min: 0, max: 9_999_999_999 }).map(String), '', '-1', '1.5', ' 1', '１', '12345678901', '0000000001', '1e9'),
  Nonce: orEdge(fc.integer({ min: 0, max: 9_999_999_999 }).map(String), '0', '00', '01', '', '10000000000', '-5', '1 '),
  SecretId: orEdge(fc.constant('AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE'), ''),
  Signature: orEdge(fc.base64String({ minLength: 4, maxLength: 28 }), ''),
  SignatureMethod: optional(orEdge(fc.constantFrom('HmacSHA1', 'HmacSHA256'), 'hmacsha1', 'HmacSHA512', '')),
  Token: optional(fc.string({ maxLength: 6 })),
  RequestClient: optional(fc.constantFrom('SDK_NODEJS_4.1.313', '')),
  Language: optional(orEdge(fc.constantFrom('zh-CN', 'en-US'), 'zh-cn', 'en', 'EN-US')),
})
export const commonV1Names = ['Action', 'Version', 'Timestamp', 'Nonce', 'SecretId', 'Signature', 'Region', 'SignatureMethod', 'Token', 'RequestClient', 'Language'] as const
export { compact, optional }

export const queryLike = fc
  .record({
    ...commonV1('CreateApiKey', ['DescribeApiKey']),
    SecretName: secretName,
    AccessKeyType: optional(fc.oneof({ weight: 4, arbitrary: fc.constantFrom('auto', 'manual') }, { weight: 1, arbitrary: invalidAccessKeyType })),
    AccessKeyId: accessKeyId,
    AccessKeySecret: accessKeySecret,
  })
  .chain((base) =>
    fc.tuple(flattenedTags, fc.oneof({ weight: 3, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.tuple(fc.boolean(), fc.boolean()) })).map(([tags, keep]) => {
      const query = compact(base)
      // Credentials coherent with the type three times out of four, so that valid forms are common; else at random.
      const [keepId, keepSecret] = keep ?? [query.AccessKeyType === 'manual', query.AccessKeyType === 'manual']
      if (!keepId) delete query.AccessKeyId
      if (!keepSecret) delete query.AccessKeySecret
      return { ...query, ...tags }
    }),
  )

const queryEdit: fc.Arbitrary<(query: Record<string, unknown>) => Record<string, unknown>> = fc.oneof(
  fc.constantFrom('Action', 'Version', 'Timestamp', 'Nonce', 'SecretId', 'Signature', 'SecretName', 'AccessKeyType', 'AccessKeyId').map((name) => (query: Record<string, unknown>) => withoutProperty(query, name)),
  fc.tuple(fc.constantFrom('Timestamp', 'Nonce', 'SecretName', 'Tags.0.Key', 'Region', 'AccessKeyId'), wrongType).map(([name, value]) => (query: Record<string, unknown>) => withProperty(query, name, value)),
  fc.tuple(unknownName, fc.string({ maxLength: 3 })).map(([name, value]) => (query: Record<string, unknown>) => withProperty(query, name, value)),
)

export const queryCandidate: fc.Arbitrary<unknown> = fc
  .tuple(queryLike, fc.oneof(fc.constant([]), fc.array(queryEdit, { minLength: 1, maxLength: 2 })))
  .map(([query, edits]) => edits.reduce((value, edit) => edit(value), query as Record<string, unknown>))

/** Signature-v3 common headers at their edges, with other headers (the SDKs' X-TC-RequestClient, prototype names). */
export const headersCandidate: fc.Arbitrary<unknown> = fc
  .record({
    'X-TC-Action': orEdge(fc.constantFrom(...ACTIONS), 'createapikey', 'DescribeApiKeys', 'describeApiKeysStatus', 'EnableApiKeys', 'DeleteApikey', 'BindSecretIds', ''),
    'X-TC-Version': orEdge(fc.constant('2018-08-08'), '2017-03-12', ''),
    'X-TC-Timestamp': orEdge(fc.integer({ min: 0, max: 9_999_999_999 }).map(String), '', '-1', '12345678901', '1.0', '１'),
    'X-TC-Region': optional(orEdge(fc.constant('ap-guangzhou'), '')),
    'X-TC-Token': optional(fc.string({ maxLength: 4 })),
    'X-TC-Language': optional(orEdge(fc.constantFrom('zh-CN', 'en-US'), 'zh-cn', 'fr-FR')),
    'X-TC-RequestClient': optional(fc.constant('SDK_NODEJS_4.1.313')),
  })
  .map(compact)
  .chain((headers) =>
    fc.oneof(fc.constant(headers), fc.tuple(fc.oneof(unknownName, fc.constantFrom('X-TC-Action', 'X-TC-Timestamp', 'X-TC-Region', 'x-tc-action')), fc.oneof(fc.string({ maxLength: 3 }), wrongType)).map(([name, value]) => withProperty(headers, name, value)), fc.constantFrom('X-TC-Action', 'X-TC-Version', 'X-TC-Timestamp').map((name) => withoutProperty(headers, name))),
  )
