/**
 * Whether an exception a parser met came from the value it was reading (a getter or a Proxy trap of the caller) or
 * from the parser itself: the value is read again the way the parsers read (own enumerable names, members, items,
 * deeper than any body and past any list's limit). JSON.stringify would call a toJSON instead of reading the members.
 * The generated request parsers carry their own copy (generated modules are self-contained).
 */
export function readsWithoutThrowing(value: unknown): boolean {
  try {
    readWhole(value, 0, new Set())
    return true
  } catch {
    return false
  }
}

function readWhole(value: unknown, depth: number, seen: Set<object>): void {
  if (typeof value !== 'object' || value === null || depth > 8 || seen.has(value)) return
  seen.add(value)
  if (Array.isArray(value)) for (let i = 0; i < value.length && i < 1000; i++) readWhole(value[i], depth + 1, seen)
  else for (const name of Object.keys(value)) readWhole((value as Record<string, unknown>)[name], depth + 1, seen)
}
