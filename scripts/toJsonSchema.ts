import { Kind, type TSchema } from '@sinclair/typebox'

export type JsonSchema = { [key: string]: unknown }

export interface ConvertOptions {
  /** Names of the schemas that are components: a nested schema whose `$id` is one of them becomes a `$ref`. */
  readonly componentNames: ReadonlySet<string>
  /** Prefix of a reference: `#/components/schemas/` for OpenAPI, `#/$defs/` for a standalone JSON Schema. */
  readonly refPrefix: string
  /** Called for every component reached through a `$ref`, so a standalone file can collect its `$defs`. */
  readonly onRef?: (name: string) => void
}

const isObject = (value: unknown): value is JsonSchema => typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * `anyOf` of literals of one primitive type becomes `{type, enum}`: the same set of values, but documentation tools
 * render it as a list of allowed values instead of "Any of", and openapi-typescript yields the same TS union.
 * Integer literals become `type: integer` (TypeBox writes `type: number` for every numeric literal).
 */
function collapseLiteralUnion(schema: JsonSchema): JsonSchema | undefined {
  const members = schema.anyOf
  if (!Array.isArray(members) || members.length < 2) return undefined
  const literals = members.every((member) => isObject(member) && 'const' in member && Object.keys(member).every((key) => key === 'const' || key === 'type'))
  if (!literals) return undefined
  const values = members.map((member) => (member as JsonSchema).const)
  const kinds = new Set(values.map((value) => (Number.isInteger(value) ? 'integer' : typeof value)))
  if (kinds.size !== 1) return undefined
  const [kind] = kinds
  if (kind !== 'string' && kind !== 'integer' && kind !== 'number' && kind !== 'boolean') return undefined
  const { anyOf: _, ...rest } = schema
  return { ...rest, type: kind, enum: values }
}

/**
 * A TypeBox schema as plain JSON Schema 2020-12: symbol keys (TypeBox's Kind markers) dropped, nested components
 * replaced by references, literal unions collapsed to `enum`, Never as `false`, and the root's own `$id` removed (the caller decides
 * how the result is identified).
 */
export function toJsonSchema(schema: TSchema, options: ConvertOptions): JsonSchema {
  const visit = (node: unknown, isRoot: boolean): unknown => {
    if (Array.isArray(node)) return node.map((item) => visit(item, false))
    if (!isObject(node)) return node
    // Never is the `false` schema: the same verdicts as TypeBox's `{not: {}}`, and openapi-typescript types a `false`
    // property as `never` (it types `{not: {}}` as `unknown`).
    if ((node as { [Kind]?: string })[Kind] === 'Never') return false
    const id = node.$id
    if (!isRoot && typeof id === 'string' && options.componentNames.has(id)) {
      options.onRef?.(id)
      return { $ref: `${options.refPrefix}${id}` }
    }
    const out: JsonSchema = {}
    for (const key of Object.keys(node)) {
      if (key === '$id') continue
      // `properties`, `patternProperties` and `$defs` hold names, not keywords: visit their values only.
      if ((key === 'properties' || key === 'patternProperties' || key === '$defs') && isObject(node[key])) {
        const map = node[key] as JsonSchema
        out[key] = Object.fromEntries(Object.keys(map).map((name) => [name, visit(map[name], false)]))
      } else if (key === 'examples' || key === 'default' || key === 'const' || key === 'enum') {
        out[key] = node[key]
      } else {
        out[key] = visit(node[key], false)
      }
    }
    return collapseLiteralUnion(out) ?? out
  }
  return visit(schema, true) as JsonSchema
}
