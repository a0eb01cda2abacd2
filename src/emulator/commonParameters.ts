/**
 * The common parameters of both signature forms, checked with the rules of their schemas (emitted to
 * generated/validators/commonParameters.js; decision v1-form). The action and version are routing (InvalidAction,
 * NoSuchVersion), left to the pipeline's route.
 */
import { tc3CommonHeaders, v1CommonParameters, type CommonParameterRule } from '../../generated/validators/commonParameters.js'
import { fail } from './apiFailure.js'

export { tc3CommonHeaders, v1CommonParameters }

/**
 * Refuses a value its schema's rule refuses: a required one absent or empty → MissingParameter; not one of the
 * listed values → InvalidParameterValue; a broken pattern or length → InvalidParameter. Values are never echoed.
 */
export function checkCommonParameter(name: string, rule: CommonParameterRule, value: string | undefined): void {
  if (value === undefined || (value === '' && rule.required)) {
    if (rule.required) fail('MissingParameter', `Missing required parameter ${name}.`)
    return
  }
  if (rule.enum !== undefined && !rule.enum.includes(value)) fail('InvalidParameterValue', `Invalid value of parameter ${name}: it must be ${rule.enum.join(' or ')}.`)
  if (rule.minLength !== undefined && value.length < rule.minLength) fail('InvalidParameter', `Invalid parameter ${name}: it must be at least ${rule.minLength} character${rule.minLength === 1 ? '' : 's'} long.`)
  if (rule.regExp !== undefined && !rule.regExp.test(value)) fail('InvalidParameter', `Invalid parameter ${name}: it must match ${rule.pattern}.`)
}

/** Checks every common parameter but the routing ones, in schema order; `read` gives a parameter's value. */
export function checkCommonParameters(rules: Readonly<Record<string, CommonParameterRule>>, read: (name: string) => string | undefined): void {
  for (const name in rules) {
    const rule = rules[name]!
    if (!rule.routing) checkCommonParameter(name, rule, read(name))
  }
}
