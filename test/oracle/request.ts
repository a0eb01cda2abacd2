/**
 * The oracle of a CreateApiKey request (the JSON body of a v3 call), from facts §1 and the decisions
 * `auto-with-credentials`, `secret-name-length`, `hyphen-in-keys`, `region`, `closed-request` and `tags`.
 */
import {
  ACCESS_KEY_ID_MAX,
  ACCESS_KEY_ID_MIN,
  ACCESS_KEY_SECRET_MAX,
  ACCESS_KEY_SECRET_MIN,
  ACCESS_KEY_TYPES,
  REQUEST_PARAMETERS,
  MAX_TAGS,
  SECRET_NAME_MAX,
  SECRET_NAME_MIN,
  TAG_KEY_MAX,
  TAG_KEY_MIN,
  TAG_VALUE_MAX,
  TAG_VALUE_MIN,
} from './facts.js'
import { has, isJsonObject, isKeyCharset, ownKeys, scalarCount } from './text.js'
import { join, violation, type Violation } from './violation.js'

/** A string of `min`–`max` code points, any character but a lone surrogate. */
function checkScalarText(value: unknown, parameter: string, min: number, max: number): Violation[] {
  if (typeof value !== 'string') return [violation(parameter, 'type')]
  const count = scalarCount(value)
  if (count === undefined) return [violation(parameter, 'charset')]
  if (count < min || count > max) return [violation(parameter, 'length')]
  return []
}

/** SecretName: a string of 1–50 code points, any character but a lone surrogate. */
export const checkSecretName = (value: unknown, parameter = 'SecretName') => checkScalarText(value, parameter, SECRET_NAME_MIN, SECRET_NAME_MAX)
/** A tag key: 1–127 code points; a tag value: 0–255 (decision `tag-limits`). */
export const checkTagKey = (value: unknown, parameter: string) => checkScalarText(value, parameter, TAG_KEY_MIN, TAG_KEY_MAX)
export const checkTagValue = (value: unknown, parameter: string) => checkScalarText(value, parameter, TAG_VALUE_MIN, TAG_VALUE_MAX)

/** AccessKeyId / AccessKeySecret: ASCII letters, digits and underscore, within the documented length. */
export function checkKeyString(value: unknown, parameter: string, min: number, max: number): Violation[] {
  if (typeof value !== 'string') return [violation(parameter, 'type')]
  const out: Violation[] = []
  if (!isKeyCharset(value)) out.push(violation(parameter, 'charset'))
  const count = scalarCount(value) ?? value.length
  if (count < min || count > max) out.push(violation(parameter, 'length'))
  return out
}

export const checkAccessKeyId = (value: unknown, parameter = 'AccessKeyId') => checkKeyString(value, parameter, ACCESS_KEY_ID_MIN, ACCESS_KEY_ID_MAX)
export const checkAccessKeySecret = (value: unknown, parameter = 'AccessKeySecret') =>
  checkKeyString(value, parameter, ACCESS_KEY_SECRET_MIN, ACCESS_KEY_SECRET_MAX)

/** A Tag: exactly `{Key, Value}`, both strings. */
export function checkTag(value: unknown, parameter: string): Violation[] {
  if (!isJsonObject(value)) return [violation(parameter, 'type')]
  const out: Violation[] = []
  for (const [field, check] of [['Key', checkTagKey], ['Value', checkTagValue]] as const) {
    if (!has(value, field)) out.push(violation(join(parameter, field), 'required'))
    else out.push(...check(value[field], join(parameter, field)))
  }
  for (const key of ownKeys(value)) if (key !== 'Key' && key !== 'Value') out.push(violation(join(parameter, key), 'unknown'))
  return out
}

/** Tags: an array (possibly empty) of at most 50 Tags; a longer one is refused as a whole, its items unread. */
export function checkTags(value: unknown, parameter = 'Tags'): Violation[] {
  if (!Array.isArray(value)) return [violation(parameter, 'type')]
  if (value.length > MAX_TAGS) return [violation(parameter, 'length')]
  return value.flatMap((tag, index) => checkTag(tag, join(parameter, index)))
}

/** Every violation of a CreateApiKey request; an empty list means the request is valid. */
export function checkCreateApiKeyRequest(request: unknown): Violation[] {
  if (!isJsonObject(request)) return [violation('', 'type')]
  const out: Violation[] = []
  const known = new Set<string>(REQUEST_PARAMETERS)
  for (const key of ownKeys(request)) if (!known.has(key)) out.push(violation(key, 'unknown'))

  if (!has(request, 'SecretName')) out.push(violation('SecretName', 'required'))
  else out.push(...checkSecretName(request.SecretName))

  // AccessKeyType: absent means auto.
  let type: 'auto' | 'manual' | undefined = 'auto'
  if (has(request, 'AccessKeyType')) {
    const given = request.AccessKeyType
    if (typeof given !== 'string') {
      out.push(violation('AccessKeyType', 'type'))
      type = undefined
    } else if (!(ACCESS_KEY_TYPES as readonly string[]).includes(given)) {
      out.push(violation('AccessKeyType', 'enum'))
      type = undefined
    } else type = given as 'auto' | 'manual'
  }

  const credentials = [
    ['AccessKeyId', checkAccessKeyId],
    ['AccessKeySecret', checkAccessKeySecret],
  ] as const
  for (const [name, check] of credentials) {
    if (type === 'auto') {
      if (has(request, name)) out.push(violation(name, 'forbidden'))
    } else if (type === 'manual') {
      if (!has(request, name)) out.push(violation(name, 'required'))
      else out.push(...check(request[name]))
    } else if (has(request, name)) {
      // Unknown type: the request is already invalid; still report a malformed credential.
      out.push(...check(request[name]))
    }
  }

  if (has(request, 'Tags')) out.push(...checkTags(request.Tags))
  return out
}
