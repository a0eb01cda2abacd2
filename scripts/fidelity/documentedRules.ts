/**
 * The rules Tencent's metadata states in prose (its `document` texts, in Chinese) and in its types, read into JSON
 * Schema keywords so they can be compared with the contract's. Only phrasings the metadata really uses are read; a
 * rule stated some other way is not recognised, and the contract's keyword then counts as a difference to declare.
 */
import type { MetadataMember } from './metadata.js'

/** A keyword the metadata states; `value` undefined means "stated, value not comparable" (a date format's pattern). */
export type StatedRules = Readonly<Record<string, { readonly value?: unknown }>>

/** ASCII letters, digits and underscore, as the metadata words it ("由字母、数字、英文下划线组成"). */
const accessKeyCharset = '^[A-Za-z0-9_]+$'

export function statedRules(member: MetadataMember): StatedRules {
  const text = member.document ?? ''
  const rules: Record<string, { value?: unknown }> = {}
  const length = /长度为?\s*(\d+)\s*-\s*(\d+)\s*(?:个)?字符/.exec(text)
  if (length) {
    rules.minLength = { value: Number(length[1]) }
    rules.maxLength = { value: Number(length[2]) }
  }
  if (/字母、数字、英文下划线/.test(text)) rules.pattern = { value: accessKeyCharset }
  const byDefault = /默认为\s*([A-Za-z0-9_.-]+)/.exec(text)
  if (byDefault) rules.default = { value: member.member.startsWith('int') || member.member.startsWith('uint') ? Number(byDefault[1]) : byDefault[1] }
  const maximum = /最大值为\s*(\d+)/.exec(text)
  if (maximum) rules.maximum = { value: Number(maximum[1]) }
  // An enumeration is a scalar's: a list's or an object's text names values of its members ("KeyWord（可以匹配name或者
  // path）" in DescribeApiKeysStatus's Filters is the KeyWord filter's, not an enumeration of Filters).
  const values = member.type === 'list' || member.type === 'object' ? undefined : statedValues(text, member.member)
  if (values) rules.enum = { value: values }
  // `datetime_iso` is "ISO 8601, UTC, YYYY-MM-DDThh:mm:ssZ": a date-time format, which a pattern may pin down.
  if (member.member === 'datetime_iso') {
    rules.format = { value: 'date-time' }
    rules.pattern = {}
  }
  return rules
}

/** Enumerations as the metadata words them: "0表示禁用，1表示启用", "支持 auto 和 manual", "auto 或者 manual". */
function statedValues(text: string, member: string): unknown[] | undefined {
  if (member.startsWith('int') || member.startsWith('uint')) {
    const numbers = [...text.matchAll(/(-?\d+)\s*表示/g)].map((match) => Number(match[1]))
    return numbers.length >= 2 ? numbers : undefined
  }
  const words = /支持\s*([A-Za-z]+)\s*和\s*([A-Za-z]+)/.exec(text) ?? /([A-Za-z]+)\s*或者\s*([A-Za-z]+)/.exec(text)
  return words ? [words[1], words[2]] : undefined
}
