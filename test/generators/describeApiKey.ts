/**
 * DescribeApiKey requests and v1 forms aimed at every documented edge (lifecycle facts §3.2, decision
 * key-id-lookup): AccessKeyId missing or of another JSON type (null included), unknown and misspelled names,
 * prototype names, and AccessKeyIds that are VALID however odd: empty, whitespace, very long, non-ASCII, astral,
 * with lone surrogates, CreateApiKey's bounds and charset broken.
 */
import fc from 'fast-check'
import { characterClasses, foreignCharacter, keyCharacter } from './characters.js'
import { randomJson, unknownName, withoutProperty, withProperty, wrongType } from './json.js'
import { commonV1, compact } from './query.js'

/** AccessKeyIds of every kind: all of them valid for DescribeApiKey (any string is looked up). */
export const describedAccessKeyId: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.string({ unit: keyCharacter, minLength: 5, maxLength: 50 }) },
  { weight: 1, arbitrary: fc.constantFrom('', ' ', '\u0000', 'AKID', 'AKIDq2Ck7Sn1Vb0Tz8Lm3Xr5We9Yu4Oi6Pa1Sd7F', 'ci_deploy_key_01', 'null', '0', '-', 'a-b', 'AKID***********************************************') },
  { weight: 1, arbitrary: fc.array(fc.oneof(keyCharacter, foreignCharacter), { maxLength: 12 }).map((chars) => chars.join('')) },
  { weight: 1, arbitrary: fc.constantFrom(...characterClasses.astral, ...characterClasses.loneSurrogates, ...characterClasses.whitespaceAndControl) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
  { weight: 1, arbitrary: fc.integer({ min: 51, max: 5000 }).chain((length) => fc.string({ unit: fc.oneof(keyCharacter, fc.constantFrom('😀', 'é')), minLength: length, maxLength: length })) },
)

/** Names next to AccessKeyId, and CreateApiKey's parameters (unknown here). */
const misspelled = fc.constantFrom('AccessKeyID', 'accessKeyId', 'ACCESSKEYID', 'AccessKeyId ', ' AccessKeyId', 'AccessKeyIds', 'AccessKeyIds.0', 'AccessKey', 'SecretName', 'AccessKeyType', 'AccessKeySecret', 'Tags', 'Filters', 'Limit')

const edit: fc.Arbitrary<(request: Record<string, unknown>) => Record<string, unknown>> = fc.oneof(
  fc.constant((request: Record<string, unknown>) => withoutProperty(request, 'AccessKeyId')),
  wrongType.map((value) => (request: Record<string, unknown>) => withProperty(request, 'AccessKeyId', value)),
  fc.tuple(fc.oneof(misspelled, unknownName), fc.oneof(describedAccessKeyId, wrongType)).map(([name, value]) => (request: Record<string, unknown>) => withProperty(request, name, value)),
)

/** Requests at the edges: `{AccessKeyId}` with 0–2 edits, sometimes random JSON. */
export const describeRequestCandidate: fc.Arbitrary<unknown> = fc.oneof(
  {
    weight: 8,
    arbitrary: fc
      .tuple(describedAccessKeyId, fc.oneof({ weight: 3, arbitrary: fc.constant([]) }, { weight: 2, arbitrary: fc.array(edit, { minLength: 1, maxLength: 2 }) }))
      .map(([id, edits]) => edits.reduce((value, change) => change(value), { AccessKeyId: id } as Record<string, unknown>)),
  },
  { weight: 1, arbitrary: randomJson },
)

/**
 * v1 forms of DescribeApiKey: the common parameters at their edges (the action named CreateApiKey, wrong case...),
 * AccessKeyId of every kind, present or not; then a name removed, mistyped or added.
 */
const formLike = fc
  .record({ ...commonV1('DescribeApiKey', ['CreateApiKey']), AccessKeyId: fc.option(describedAccessKeyId, { nil: undefined, freq: 8 }) })
  .map(compact)

const formEdit: fc.Arbitrary<(form: Record<string, unknown>) => Record<string, unknown>> = fc.oneof(
  fc.constantFrom('Action', 'Version', 'Timestamp', 'Nonce', 'SecretId', 'Signature', 'AccessKeyId').map((name) => (form: Record<string, unknown>) => withoutProperty(form, name)),
  fc.tuple(fc.constantFrom('AccessKeyId', 'Timestamp', 'Nonce', 'Region'), wrongType).map(([name, value]) => (form: Record<string, unknown>) => withProperty(form, name, value)),
  fc.tuple(fc.oneof(misspelled, unknownName), fc.string({ maxLength: 3 })).map(([name, value]) => (form: Record<string, unknown>) => withProperty(form, name, value)),
)

export const describeQueryCandidate: fc.Arbitrary<unknown> = fc
  .tuple(formLike, fc.oneof(fc.constant([]), fc.array(formEdit, { minLength: 1, maxLength: 2 })))
  .map(([form, edits]) => edits.reduce((value, change) => change(value), form as Record<string, unknown>))
