/**
 * The oracle of the signature-v3 common headers (facts §4; decision `region`): X-TC-Action (any action of the
 * contract), X-TC-Version and X-TC-Timestamp required, X-TC-Region, X-TC-Token and X-TC-Language optional; other headers are allowed.
 */
import { ACTIONS, LANGUAGES, VERSION } from './facts.js'
import { has, isDecimal, isJsonObject } from './text.js'
import { violation, type Violation } from './violation.js'

export function checkTc3Headers(headers: unknown): Violation[] {
  if (!isJsonObject(headers)) return [violation('', 'type')]
  const out: Violation[] = []
  const string = (name: string, check: (value: string) => boolean, rule: Violation['rule'], required: boolean) => {
    if (!has(headers, name)) {
      if (required) out.push(violation(name, 'required'))
      return
    }
    const value = headers[name]
    if (typeof value !== 'string') out.push(violation(name, 'type'))
    else if (!check(value)) out.push(violation(name, rule))
  }
  string('X-TC-Action', (value) => (ACTIONS as readonly string[]).includes(value), 'enum', true)
  string('X-TC-Version', (value) => value === VERSION, 'enum', true)
  string('X-TC-Timestamp', (value) => isDecimal(value, 1, 10, true), 'format', true)
  string('X-TC-Region', (value) => value.length > 0, 'length', false)
  string('X-TC-Token', () => true, 'type', false)
  string('X-TC-Language', (value) => (LANGUAGES as readonly string[]).includes(value), 'enum', false)
  return out
}
