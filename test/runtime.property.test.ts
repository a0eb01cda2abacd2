/**
 * The runtime API (src/, over the precompiled validators in generated/validators) against the independent oracle,
 * for every action of the registry: the same verdict on every generated value, the same failing parameters, and the
 * error code the decisions give each rule (request-error-codes; key-id-lookup); for answers, the same kind and the
 * same places.
 */
import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { runProperty } from './generators/run.js'
import { harnessRows } from './support/harness.js'

/** Throws a report naming the value and both sides unless they are equal. */
function same(value: unknown, what: string, runtime: unknown, oracle: unknown) {
  if (JSON.stringify(runtime) !== JSON.stringify(oracle)) {
    throw new Error(`${what} differ on ${fc.stringify(value)}\n  runtime: ${JSON.stringify(runtime)}\n  oracle:  ${JSON.stringify(oracle)}`)
  }
}
/** JSON with object keys sorted at every level, so that member order does not matter. */
const canonical = (value: unknown): string =>
  JSON.stringify(value, (_key, member: unknown) =>
    typeof member === 'object' && member !== null && !Array.isArray(member) ? Object.fromEntries(Object.entries(member).sort(([a], [b]) => (a < b ? -1 : 1))) : member,
  )
const fromRuntime = (parameter: string) => (parameter === '(body)' ? '' : parameter)

describe.each(harnessRows)('%s: runtime API == oracle', (name, { oracle, generators, runtime, components }) => {
  test(`parse${name}Request: ok exactly when the oracle finds nothing; the same parameters, each with its code`, () => {
    runProperty(`parse${name}Request`, generators.request, (value) => {
      const violations = oracle.request(value)
      const result = runtime.parseRequest(value)
      const isObject = typeof value === 'object' && value !== null && !Array.isArray(value)
      const expected = violations.map((v) => `${v.parameter} ${isObject ? oracle.codeOfRule[v.rule] : oracle.bodyCode}`)
      const actual = result.ok ? [] : result.errors.map((e) => `${fromRuntime(e.parameter)} ${e.Code}`)
      same(value, 'parameter and code', [...new Set(actual)].sort(), [...new Set(expected)].sort())
      if (result.ok) {
        // A new plain object of the members judged, the default applied (decision json-members), equal to the input.
        const input = value as Record<string, unknown>
        expect(canonical(result.value)).toBe(canonical({ ...oracle.defaults, ...input }))
        expect(Object.getPrototypeOf(result.value)).toBe(Object.prototype)
        expect(result.value).not.toBe(input)
        const tags = (result.value as { Tags?: unknown }).Tags
        if (input.Tags !== undefined) expect(tags).not.toBe(input.Tags)
      }
      return { valid: violations.length === 0 }
    })
  })

  test(`parse${name}Response: success, error or invalid as the oracle says, breaks located at the same places (${components.envelope})`, () => {
    runProperty(`parse${name}Response`, generators.answer, (value) => {
      const success = oracle.success(value)
      const error = oracle.error(value)
      const kind = success.length === 0 ? 'success' : error.length === 0 ? 'error' : 'invalid'
      const result = runtime.parseResponse(value)
      same(value, 'kind', result.kind, kind)
      if (result.kind === 'invalid') {
        // The runtime stops at the first broken level; the oracle goes deeper. Each must cover the other by prefix.
        const closer = value !== null && typeof value === 'object' && typeof (value as any).Response === 'object' && (value as any).Response !== null && Object.prototype.hasOwnProperty.call((value as any).Response, 'Error') ? error : success
        const oracle = closer.map((v) => v.parameter)
        const runtime = result.violations.map((v) => fromRuntime(v.path))
        const covers = (prefix: string, path: string) => prefix === path || prefix === '' || path.startsWith(`${prefix}.`)
        const uncovered = [...oracle.filter((p) => !runtime.some((r) => covers(r, p))), ...runtime.filter((r) => !oracle.some((p) => covers(r, p)))]
        same(value, `places (runtime ${JSON.stringify(runtime)}, oracle ${JSON.stringify(oracle)}) not covered by the other side`, uncovered, [])
      }
      return { valid: kind !== 'invalid' }
    })
  })
})
