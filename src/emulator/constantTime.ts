import { timingSafeEqual } from 'node:crypto'

/** Compares two strings without a timing side channel on their content (their lengths are not secret). */
export function constantTimeEqual(a: string, b: string): boolean {
  // An empty string equals only an empty one, and holds nothing to time: no buffers to make (the token check of a
  // credential without a token, on every request).
  if (a.length === 0 || b.length === 0) return a.length === b.length
  const left = Buffer.from(a, 'utf8')
  const right = Buffer.from(b, 'utf8')
  return left.length === right.length && timingSafeEqual(left, right)
}
