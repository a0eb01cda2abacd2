import { Kind, OptionalKind, type TSchema } from '@sinclair/typebox'
import { Tc3Headers, v1Common } from '../schema/components.js'
import { writeFile } from './writeFile.js'

/**
 * generated/validators/commonParameters.js (+ .d.ts): the common parameters of both signature forms (the v1 part of
 * CreateApiKeyQuery, the Tc3Headers), each with the rule its schema states, so the emulator checks them from the
 * schema instead of its own list and regexes.
 */
type Rule = { const: string } | { enum: string[]; default?: string } | { pattern?: string; minLength?: number }

/** The action and the version route a call (InvalidAction, NoSuchVersion): the pipeline checks them first, by the registry. */
const routingParameters = new Set(['Action', 'Version', 'X-TC-Action', 'X-TC-Version'])

function ruleOf(name: string, schema: TSchema): Rule & { routing?: true } {
  if (routingParameters.has(name)) {
    const values = schema[Kind] === 'Literal' ? [String(schema.const)] : (schema.anyOf as TSchema[]).map((member) => String(member.const))
    return { routing: true, enum: values }
  }
  if (schema[Kind] === 'Literal') return { const: String(schema.const) }
  if (schema[Kind] === 'Union') return { enum: (schema.anyOf as TSchema[]).map((member) => String(member.const)), ...(schema.default === undefined ? {} : { default: String(schema.default) }) }
  if (schema[Kind] !== 'String') throw new Error(`emitCommonParameters: ${name} is neither a string, a literal nor a union of literals`)
  for (const keyword of ['maxLength', 'format']) if (keyword in schema) throw new Error(`emitCommonParameters: ${name} uses ${keyword}, which is not emitted`)
  return { ...(schema.pattern === undefined ? {} : { pattern: schema.pattern as string }), ...(schema.minLength === undefined ? {} : { minLength: schema.minLength as number }) }
}

const table = (parameters: Record<string, TSchema>, required: (name: string, schema: TSchema) => boolean) =>
  `{\n${Object.entries(parameters)
    .map(([name, schema]) => {
      const rule = ruleOf(name, schema)
      const fields = [`required: ${required(name, schema)}`, ...Object.entries(rule).map(([key, value]) => `${key}: ${JSON.stringify(value)}`)]
      if ('pattern' in rule && rule.pattern !== undefined) fields.push(`regExp: /${rule.pattern}/`)
      return `  ${JSON.stringify(name)}: { ${fields.join(', ')} },`
    })
    .join('\n')}\n}`

export function emitCommonParameters(root: string): void {
  const header = '// Generated from schema/commonParameters.ts by scripts/emitCommonParameters.ts: do not edit.\n'
  const tc3Required = new Set((Tc3Headers as unknown as { required: string[] }).required)
  const js = `${header}
/** The signature-v1 common parameters (query or form), in schema order, each with its schema's rule. */
export const v1CommonParameters = Object.freeze(${table(v1Common, (_name, schema) => schema[OptionalKind] !== 'Optional')});

/** The signature-v3 common parameters (X-TC-* headers, canonical case), each with its schema's rule. */
export const tc3CommonHeaders = Object.freeze(${table(Tc3Headers.properties as Record<string, TSchema>, (name) => tc3Required.has(name))});
`
  const dts = `${header}
export interface CommonParameterRule {
  readonly required: boolean
  /** The action and the version: routing, checked by the pipeline against the registry before the other rules. */
  readonly routing?: true
  /** The only value allowed. */
  readonly const?: string
  /** The values allowed. */
  readonly enum?: readonly string[]
  /** The value meant when the parameter is absent (SignatureMethod: HmacSHA1). */
  readonly default?: string
  readonly pattern?: string
  readonly regExp?: RegExp
  readonly minLength?: number
}
export declare const v1CommonParameters: Readonly<Record<string, CommonParameterRule>>
export declare const tc3CommonHeaders: Readonly<Record<string, CommonParameterRule>>
`
  writeFile(root, 'generated/validators/commonParameters.js', js)
  writeFile(root, 'generated/validators/commonParameters.d.ts', dts)
}
