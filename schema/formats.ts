import { FormatRegistry } from '@sinclair/typebox'
import { utcTimestampPattern } from './rules.js'

const utcTimestamp = new RegExp(utcTimestampPattern)

/**
 * RFC 3339 `date-time`, limited to what the API emits: UTC with a literal Z, whole seconds and a real calendar day.
 * The pattern holds the calendar too (schema/service.ts), so the format and the pattern say the same.
 */
export function isUtcDateTime(value: string): boolean {
  return utcTimestamp.test(value)
}

/**
 * TypeBox rejects every value of an unregistered format, so the schemas register the one they use on import.
 * Only `date-time` is set, and only if nobody registered it before us.
 */
if (!FormatRegistry.Has('date-time')) FormatRegistry.Set('date-time', isUtcDateTime)
