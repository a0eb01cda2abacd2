import {
  checkCreateApiKeySuccessResponse,
  checkErrorResponse,
  responseShapes,
  type ObjectShape,
} from '../generated/validators/createApiKeyResponse.js'
import type { ContractViolation, CreateApiKeySuccessResponse, ErrorResponse, ParseResponseResult } from './types.js'

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const quote = (name: string) => JSON.stringify(name.length > 64 ? `${name.slice(0, 64)}…` : name)

/** Walks an object against its shape; reports paths and rules only (a Result holds a secret: never echo values). */
function walk(shapeName: string, value: unknown, path: string, out: ContractViolation[]): void {
  const shape: ObjectShape | undefined = responseShapes[shapeName]
  if (!shape) throw new Error(`no response shape ${shapeName}`)
  const at = (name: string) => (path ? `${path}.${name}` : name)
  if (!isObject(value)) {
    out.push({ path: path || '(body)', rule: 'object', message: `${path || 'The body'} must be a JSON object.` })
    return
  }
  for (const name of Object.getOwnPropertyNames(value)) {
    if (!Object.hasOwn(shape.properties, name)) {
      out.push({ path: at(name), rule: 'unknown', message: `${path || 'The body'} has a member the contract does not define: ${quote(name)}.` })
    }
  }
  for (const [name, property] of Object.entries(shape.properties)) {
    const member = value[name]
    if (member === undefined) {
      if (shape.required.includes(name)) out.push({ path: at(name), rule: 'required', message: `${at(name)} is required.` })
      continue
    }
    if (property.check(member)) continue
    if (property.nested && isObject(member)) walk(property.nested, member, at(name), out)
    else out.push({ path: at(name), rule: 'schema', message: `${at(name)} does not match the contract${property.description ? `: ${property.description}` : '.'}` })
  }
}

/** The violations of a body that is neither envelope, read as the envelope it was closest to (Error present or not). */
export function describeResponseViolations(input: unknown): ContractViolation[] {
  const violations: ContractViolation[] = []
  const body = isObject(input) && isObject(input.Response) ? input.Response : undefined
  walk(body && 'Error' in body ? 'ErrorResponse' : 'CreateApiKeySuccessResponse', input, '', violations)
  return violations
}

/**
 * Tells apart what a CreateApiKey client receives (always HTTP 200): a success with its Result, a Tencent error,
 * or a body that breaks the contract, with where and how.
 */
export function parseCreateApiKeyResponse(input: unknown): ParseResponseResult {
  if (checkCreateApiKeySuccessResponse(input)) {
    const response = input as CreateApiKeySuccessResponse
    return { kind: 'success', response, result: response.Response.Result }
  }
  if (checkErrorResponse(input)) {
    const response = input as ErrorResponse
    return { kind: 'error', response, error: response.Response.Error }
  }
  const violations = describeResponseViolations(input)
  return {
    kind: 'invalid',
    violations: violations.length > 0 ? violations : [{ path: '(body)', rule: 'schema', message: 'The body does not match the CreateApiKey contract.' }],
  }
}
