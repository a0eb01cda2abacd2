/**
 * The oracle of the signature-v1 form (GET query or form POST): one flat map of strings holding the common
 * parameters (facts §4) and the action's parameters, with Tags flattened to `Tags.N.Key` / `Tags.N.Value`
 * (decisions `tags`, `region` and `v1-form`).
 */
import { ACCESS_KEY_TYPES, ACTION, LANGUAGES, MAX_TAGS, SIGNATURE_METHODS, VERSION } from './facts.js'
import { checkAccessKeyId, checkAccessKeySecret, checkSecretName, checkTagKey, checkTagValue } from './request.js'
import { has, isDecimal, isJsonObject, ownKeys } from './text.js'
import { violation, type Violation } from './violation.js'

/** Rules no JSON Schema can state for an unbounded N; the schemas leave them to a runtime parser. */
export const beyondJsonSchema: ReadonlySet<Violation['rule']> = new Set(['pairing'])

/** `Tags.N.Key` or `Tags.N.Value`, N a decimal index without leading zeros; the index and half, or undefined. */
export function parseFlattenedTag(name: string): { index: string; half: 'Key' | 'Value' } | undefined {
  if (!name.startsWith('Tags.')) return undefined
  const rest = name.slice(5)
  const dot = rest.indexOf('.')
  if (dot <= 0) return undefined
  const index = rest.slice(0, dot)
  const half = rest.slice(dot + 1)
  if (half !== 'Key' && half !== 'Value') return undefined
  if (!isDecimal(index, 1, Infinity, false) && index !== '0') return undefined
  return { index, half }
}

export type Check = (value: string, name: string) => Violation[]
const oneOf = (values: readonly string[]): Check => (value, name) => (values.includes(value) ? [] : [violation(name, 'enum')])
const nonEmpty: Check = (value, name) => (value.length > 0 ? [] : [violation(name, 'length')])
const anyString: Check = () => []
/** UNIX seconds: 1–10 decimal digits. */
const unixSeconds: Check = (value, name) => (isDecimal(value, 1, 10, true) ? [] : [violation(name, 'format')])
/** A random integer: 1–10 digits, no leading zero; 0 itself is allowed (decision v1-form: the Node SDK can send it). */
const nonce: Check = (value, name) => (value === '0' || isDecimal(value, 1, 10, false) ? [] : [violation(name, 'format')])

/** The common v1 parameters of a call to `action` (facts §4): each required or not, with its rule. */
export const v1Common = (action: string): Record<string, { required: boolean; check: Check }> => ({
  Action: { required: true, check: oneOf([action]) },
  Version: { required: true, check: oneOf([VERSION]) },
  Region: { required: false, check: nonEmpty },
  Timestamp: { required: true, check: unixSeconds },
  Nonce: { required: true, check: nonce },
  SecretId: { required: true, check: nonEmpty },
  Signature: { required: true, check: nonEmpty },
  SignatureMethod: { required: false, check: oneOf(SIGNATURE_METHODS) },
  Token: { required: false, check: anyString },
  Language: { required: false, check: oneOf(LANGUAGES) },
  RequestClient: { required: false, check: anyString },
})
const common = v1Common(ACTION)

/** Every violation of a v1 CreateApiKey form; an empty list means it is valid. */
export function checkCreateApiKeyQuery(query: unknown): Violation[] {
  if (!isJsonObject(query)) return [violation('', 'type')]
  const out: Violation[] = []
  const action = new Set(['SecretName', 'AccessKeyType', 'AccessKeyId', 'AccessKeySecret'])
  const tagHalves = new Map<string, Set<string>>()
  for (const key of ownKeys(query)) {
    const value = query[key]
    if (typeof value !== 'string') {
      if (has(common, key) || action.has(key) || parseFlattenedTag(key)) out.push(violation(key, 'type'))
      else out.push(violation(key, 'unknown'))
      continue
    }
    if (has(common, key)) out.push(...common[key]!.check(value, key))
    else if (action.has(key)) continue
    else {
      const tag = parseFlattenedTag(key)
      if (!tag) out.push(violation(key, 'unknown'))
      else {
        // At most 50 tags: indexes 0–49 (decision tag-limits); each half within its own bounds.
        if (BigInt(tag.index) >= BigInt(MAX_TAGS)) out.push(violation('Tags', 'length'))
        out.push(...(tag.half === 'Key' ? checkTagKey : checkTagValue)(value, key))
        tagHalves.set(tag.index, (tagHalves.get(tag.index) ?? new Set()).add(tag.half))
      }
    }
  }
  for (const [name, { required }] of Object.entries(common)) if (required && !has(query, name)) out.push(violation(name, 'required'))

  if (!has(query, 'SecretName')) out.push(violation('SecretName', 'required'))
  else if (typeof query.SecretName === 'string') out.push(...checkSecretName(query.SecretName))

  let type: string | undefined = 'auto'
  if (has(query, 'AccessKeyType')) {
    type = typeof query.AccessKeyType === 'string' ? query.AccessKeyType : undefined
    if (type !== undefined && !(ACCESS_KEY_TYPES as readonly string[]).includes(type)) {
      out.push(violation('AccessKeyType', 'enum'))
      type = undefined
    }
  }
  for (const [name, check] of [['AccessKeyId', checkAccessKeyId], ['AccessKeySecret', checkAccessKeySecret]] as const) {
    if (type === 'auto' && has(query, name)) out.push(violation(name, 'forbidden'))
    else if (type === 'manual' && !has(query, name)) out.push(violation(name, 'required'))
    else if (has(query, name) && typeof query[name] === 'string') out.push(...check(query[name]))
  }

  // Each index carries both halves, and indexes run 0, 1, 2, ... as the SDKs flatten an array.
  const indexes = [...tagHalves.entries()].sort(([a], [b]) => (BigInt(a) < BigInt(b) ? -1 : 1))
  indexes.forEach(([index, halves], position) => {
    if (halves.size !== 2 || index !== String(position)) out.push(violation(`Tags.${index}`, 'pairing'))
  })
  return out
}
