import { FormatRegistry } from '@sinclair/typebox'
import { utcTimestampPattern } from './rules.js'

const utcTimestamp = new RegExp(utcTimestampPattern)

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28
  return [4, 6, 9, 11].includes(month) ? 30 : 31
}

/**
 * RFC 3339 `date-time`, limited to what the API emits: UTC with a literal Z and whole seconds. The pattern alone
 * lets 2021-02-30 through; this also checks the day against the month, as ajv-formats does for `date-time`.
 */
export function isUtcDateTime(value: string): boolean {
  if (!utcTimestamp.test(value)) return false
  const year = Number(value.slice(0, 4))
  const month = Number(value.slice(5, 7))
  const day = Number(value.slice(8, 10))
  return day <= daysInMonth(year, month)
}

/**
 * TypeBox rejects every value of an unregistered format, so the schemas register the one they use on import.
 * Only `date-time` is set, and only if nobody registered it before us.
 */
if (!FormatRegistry.Has('date-time')) FormatRegistry.Set('date-time', isUtcDateTime)
