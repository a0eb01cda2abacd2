/**
 * A caller's member or parameter name as messages quote it: JSON-quoted (so control characters show escaped), cut to
 * 64 characters with `…` (a name can be as long as the body). Names only: messages never quote a value.
 */
export const quoteName = (name: string): string => JSON.stringify(name.length > 64 ? `${name.slice(0, 64)}…` : name)

/** A name or path as a message shows it: as it is when plain (word characters, dots, parentheses; at most 64), else quoted. */
export const shownName = (name: string): string => (/^[\w.()]{1,64}$/.test(name) ? name : quoteName(name))
