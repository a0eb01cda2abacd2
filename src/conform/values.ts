/** Reading plain JSON values (a parsed body, drawn parameters) without trusting their shape. */

export { isObject } from '../responseParser.js'

/** Every string in `value` (itself, or at any depth of an array or object, member values only), up to `depth` levels. */
export function stringsIn(value: unknown, depth = 16): string[] {
  if (typeof value === 'string') return [value]
  if (typeof value !== 'object' || value === null || depth <= 0) return []
  return Object.values(value).flatMap((member) => stringsIn(member, depth - 1))
}
