/**
 * Tencent's official examples (examples.json) as values the contract can judge: the input URL read into the action's
 * JSON parameters (typed by the metadata), the output parsed, and the masked keys and secrets (`AKID*****…`)
 * replaced by valid values of the real length.
 */
import type { Metadata, MetadataObject } from './metadata.js'

/**
 * The examples mask keys and secrets with a fixed run of `*` (`AKID` + 47, 6 + 36), longer than any real value.
 * Unmasked examples and the seed page show 40-character auto keys and secrets (apikey-lifecycle-facts.md §4), so a
 * masked string becomes its visible prefix followed by letters and digits up to 40 characters.
 */
export const unmaskedLength = 40
const mask = /\*{3,}/

export function unmask(value: string): string {
  const match = mask.exec(value)
  if (!match) return value
  const prefix = value.slice(0, match.index)
  const fillLength = Math.max(unmaskedLength - prefix.length, 1)
  const alphabet = 'A1b2C3d4E5f6G7h8J9k0'
  let fill = ''
  for (let index = 0; index < fillLength; index++) fill += alphabet[index % alphabet.length]
  return prefix + fill
}

export function unmaskDeep(value: unknown): unknown {
  if (typeof value === 'string') return unmask(value)
  if (Array.isArray(value)) return value.map(unmaskDeep)
  if (typeof value === 'object' && value !== null) return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, unmaskDeep(item)]))
  return value
}

/** Common parameters an example URL may carry; the action's JSON parameters never include them. */
const commonParameters = new Set(['Action', 'Version', 'Region', 'Timestamp', 'Nonce', 'SecretId', 'Signature', 'SignatureMethod', 'Token', 'Language'])

export interface ExampleRequest {
  readonly action: string | undefined
  readonly parameters: Record<string, unknown>
}

/** `https://host/?Action=X\n&A=1\n&Tags.0.Key=k\n&<公共请求参数>` → `{ Action: 'X', parameters: { A: 1, Tags: [{ Key: 'k' }] } }`. */
export function exampleRequest(input: string, requestObject: MetadataObject, metadata: Metadata): ExampleRequest {
  const query = input.replace(/\s+/g, '').split('?')[1] ?? ''
  let action: string | undefined
  const parameters: Record<string, unknown> = {}
  for (const pair of query.split('&')) {
    const separator = pair.indexOf('=')
    if (separator <= 0) continue // `<公共请求参数>`: a placeholder for the common parameters
    const name = decodeURIComponent(pair.slice(0, separator))
    const value = decodeURIComponent(pair.slice(separator + 1))
    if (name === 'Action') action = value
    if (commonParameters.has(name)) continue
    place(parameters, name.split('.'), unmask(value), requestObject, metadata)
  }
  return { action, parameters }
}

/** Puts a flattened `A.0.B` value where it belongs, typed by the metadata member it names. */
function place(target: Record<string, unknown> | unknown[], path: string[], value: string, object: MetadataObject | undefined, metadata: Metadata): void {
  const [head, ...rest] = path
  const member = object?.members.find((candidate) => candidate.name === head)
  if (!member) {
    ;(target as Record<string, unknown>)[head!] = value
    return
  }
  const scalar = (text: string, type: string) => (type.startsWith('int') || type.startsWith('uint') ? Number(text) : type === 'bool' ? text === 'true' : text)
  const record = target as Record<string, unknown>
  if (member.type === 'list') {
    const list = (record[member.name] ??= []) as unknown[]
    const index = Number(rest[0])
    if (rest.length === 1) list[index] = scalar(value, member.member)
    else place((list[index] ??= {}) as Record<string, unknown>, rest.slice(1), value, metadata.objects[member.member], metadata)
  } else if (member.type === 'object') {
    place((record[member.name] ??= {}) as Record<string, unknown>, rest, value, metadata.objects[member.member], metadata)
  } else {
    record[member.name] = scalar(value, member.member)
  }
}
