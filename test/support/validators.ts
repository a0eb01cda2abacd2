/**
 * Every validator a consumer may use for a component, side by side: TypeBox's `Value.Check`, TypeBox's compiled
 * checker (`TypeCompiler`), ajv (draft 2020-12, strict, formats) over generated/json-schema/<Name>.json and over
 * `#/components/schemas/<Name>` of generated/openapi.json.
 */
import { TypeCompiler, type TypeCheck } from '@sinclair/typebox/compiler'
import { Value } from '@sinclair/typebox/value'
import type { TSchema } from '@sinclair/typebox'
import { components } from '../../schema/index.js'
import { fromJsonSchemaFile, fromOpenApi } from './ajv.js'
import { openApi } from './artifacts.js'
import { disagreement } from '../generators/run.js'
import type { Violation } from '../oracle/index.js'

export type ComponentName = keyof typeof components
export type Verdicts = Record<string, boolean>

const compiled = new Map<string, TypeCheck<TSchema>>()

/** `name → (value → verdict)` for every validator of the component. */
export function validatorsOf(name: ComponentName): Record<string, (value: unknown) => boolean> {
  const schema = components[name] as TSchema
  if (!compiled.has(name)) compiled.set(name, TypeCompiler.Compile(schema))
  const check = compiled.get(name)!
  const file = fromJsonSchemaFile(name)
  const out: Record<string, (value: unknown) => boolean> = {
    'TypeBox Value.Check': (value) => Value.Check(schema, value),
    'TypeBox TypeCompiler': (value) => check.Check(value),
    [`ajv json-schema/${name}.json`]: (value) => file(value) as boolean,
  }
  // Tc3Headers is parameters in the OpenAPI document, not a schema component.
  if (openApi.components.schemas[name]) {
    const component = fromOpenApi(name)
    out[`ajv openapi.json#/components/schemas/${name}`] = (value) => component(value) as boolean
  }
  return out
}

/** The verdict of every validator of `name` on `value`. */
export function verdictsOf(validators: Record<string, (value: unknown) => boolean>, value: unknown): Verdicts {
  return Object.fromEntries(Object.entries(validators).map(([label, validate]) => [label, validate(value)]))
}

/**
 * Fails (with the value, the oracle's findings and every verdict) unless every validator says what the oracle says.
 * `others` adds validators beside the component's (the generated parse<Action>Request, for one).
 */
export function expectAgreement(name: ComponentName, value: unknown, violations: readonly Violation[], others: Record<string, (value: unknown) => boolean> = {}): { valid: boolean } {
  const expected = violations.length === 0
  const verdicts = verdictsOf({ ...validatorsOf(name), ...others }, value)
  if (Object.values(verdicts).some((verdict) => verdict !== expected)) throw new Error(disagreement(name, value, violations, verdicts))
  return { valid: expected }
}
