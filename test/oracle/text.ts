/** Character-level helpers of the oracle: plain loops over UTF-16 code units, no regular expressions. */

const isHigh = (unit: number) => unit >= 0xd800 && unit <= 0xdbff
const isLow = (unit: number) => unit >= 0xdc00 && unit <= 0xdfff

/** The string as Unicode code points, or undefined when it holds a lone surrogate (not a Unicode scalar string). */
export function scalarCount(value: string): number | undefined {
  let count = 0
  for (let i = 0; i < value.length; i++) {
    const unit = value.charCodeAt(i)
    if (isHigh(unit)) {
      if (i + 1 < value.length && isLow(value.charCodeAt(i + 1))) i++
      else return undefined
    } else if (isLow(unit)) return undefined
    count++
  }
  return count
}

/** `A`–`Z`, `a`–`z`, `0`–`9` or `_`: the documented charset of AccessKeyId and AccessKeySecret. */
export function isKeyCharset(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i)
    const ok = (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x5f
    if (!ok) return false
  }
  return true
}

export const isDigit = (value: string, index: number) => {
  const c = value.charCodeAt(index)
  return c >= 0x30 && c <= 0x39
}

const isHex = (c: number) => (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66)

/** A UUID: 8-4-4-4-12 hexadecimal digits, either case (decision `request-id`). */
export function isUuid(value: string): boolean {
  if (value.length !== 36) return false
  for (let i = 0; i < 36; i++) {
    if (i === 8 || i === 13 || i === 18 || i === 23) {
      if (value[i] !== '-') return false
    } else if (!isHex(value.charCodeAt(i))) return false
  }
  return true
}

/** A decimal string of `min`–`max` digits, optionally without a leading zero. */
export function isDecimal(value: string, min: number, max: number, leadingZero: boolean): boolean {
  if (value.length < min || value.length > max) return false
  for (let i = 0; i < value.length; i++) if (!isDigit(value, i)) return false
  return leadingZero || value[0] !== '0'
}

const daysIn = (year: number, month: number) =>
  month === 2 ? ((year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31

/** `YYYY-MM-DDThh:mm:ssZ`, a real Gregorian date, hours 00–23, minutes and seconds 00–59 (decision `timestamps`). */
export function isUtcTimestamp(value: string): boolean {
  if (value.length !== 20) return false
  const shape = 'dddd-dd-ddTdd:dd:ddZ'
  for (let i = 0; i < 20; i++) {
    if (shape[i] === 'd' ? !isDigit(value, i) : value[i] !== shape[i]) return false
  }
  const number = (from: number, to: number) => Number(value.slice(from, to))
  const [year, month, day, hour, minute, second] = [number(0, 4), number(5, 7), number(8, 10), number(11, 13), number(14, 16), number(17, 19)]
  return month >= 1 && month <= 12 && day >= 1 && day <= daysIn(year, month) && hour <= 23 && minute <= 59 && second <= 59
}

/** A JSON object in the sense of a request body: not null, not an array. */
export const isJsonObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * The members of an object as JSON has them (decision json-members): own enumerable string keys, an own `__proto__`
 * included (JSON.parse creates one), a member whose value is undefined left out (JSON.stringify drops it).
 * Inherited, non-enumerable and symbol-keyed properties are not members.
 */
export const ownKeys = (value: Record<string, unknown>) => Object.keys(value).filter((key) => value[key] !== undefined)

export const has = (value: Record<string, unknown>, key: string) =>
  Object.prototype.propertyIsEnumerable.call(value, key) && value[key] !== undefined
