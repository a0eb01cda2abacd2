/**
 * The contract's members, read from the emitted JSON Schema files (as a consumer would read them) into the terms
 * Tencent's metadata uses: each member's kind (`string`, `int`, `bool`, `list`, `object`), its element or object
 * name, whether it is required (request) or always present (response), whether it may be null, and the JSON Schema
 * keywords that constrain it.
 */
export type JsonSchema = Record<string, any>

export interface MemberShape {
  readonly kind: 'string' | 'int' | 'float' | 'bool' | 'list' | 'object' | 'unknown'
  /** The metadata's `member`: the scalar type (`string`, `int64`, `bool`, `datetime_iso`) or the object's name. */
  readonly member: string
  readonly nullable: boolean
  /** Constraining keywords of the value (or of the list's elements), e.g. `{ maxLength: 50 }`. */
  readonly constraints: Readonly<Record<string, unknown>>
  /** Constraining keywords of the list itself (`maxItems`, ...). */
  readonly listConstraints: Readonly<Record<string, unknown>>
  /** The object (for `object`, or a list of objects). */
  readonly object?: ObjectShape
}

export interface ContractMember {
  readonly required: boolean
  readonly shape: MemberShape
  /** Titles of the request shapes that allow this member, when not all of them do. */
  readonly onlyIn?: readonly string[]
}

export interface ObjectShape {
  readonly name: string
  /** Unknown members are refused (`additionalProperties: false` in every shape). */
  readonly closed: boolean
  readonly members: ReadonlyMap<string, ContractMember>
}

/** Keywords that restrict a value; the others (description, examples, title, $id) only describe it. */
const constraintKeywords = ['minLength', 'maxLength', 'pattern', 'enum', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf', 'format', 'default', 'propertyNames', 'not'] as const
const listKeywords = ['minItems', 'maxItems', 'uniqueItems', 'contains'] as const

export class ContractReader {
  constructor(private readonly root: JsonSchema) {}

  private resolve(schema: JsonSchema): { schema: JsonSchema; name?: string } {
    let name: string | undefined
    let current = schema
    for (let depth = 0; typeof current === 'object' && current !== null && typeof current.$ref === 'string'; depth++) {
      if (depth > 20) throw new Error(`reference loop at ${schema.$ref}`)
      const ref: string = current.$ref
      const match = /^#\/\$defs\/(.+)$/.exec(ref)
      if (!match) throw new Error(`unsupported reference ${ref}`)
      name = match[1]!
      current = this.root.$defs?.[name]
      if (current === undefined) throw new Error(`unresolved reference ${ref}`)
    }
    return { schema: current, ...(name ? { name } : {}) }
  }

  /** A schema no value satisfies (`false`, `{not: {}}`): the member is forbidden, not defined. */
  static isForbidden(schema: unknown): boolean {
    return schema === false || (typeof schema === 'object' && schema !== null && 'not' in schema && Object.keys((schema as JsonSchema).not).length === 0)
  }

  shape(input: JsonSchema, fallbackName = 'anonymous'): MemberShape {
    const { schema, name } = this.resolve(input)
    const branches: JsonSchema[] | undefined = schema.anyOf ?? schema.oneOf
    if (branches) {
      const resolved = branches.map((branch) => this.resolve(branch))
      const nonNull = resolved.filter((branch) => branch.schema.type !== 'null')
      const nullable = nonNull.length < resolved.length
      if (nonNull.length === 1) {
        const inner = this.shape(branches[resolved.indexOf(nonNull[0]!)]!, name ?? fallbackName)
        return { ...inner, nullable: nullable || inner.nullable }
      }
      if (nonNull.every((branch) => 'const' in branch.schema)) {
        const values = nonNull.map((branch) => branch.schema.const)
        const kind = scalarKind(values)
        return { kind, member: scalarMember(kind, schema), nullable, constraints: { enum: values, ...pickConstraints(schema) }, listConstraints: {} }
      }
      if (nonNull.every((branch) => branch.schema.type === 'object')) {
        return { kind: 'object', member: name ?? schema.title ?? fallbackName, nullable, constraints: {}, listConstraints: {}, object: this.union(nonNull.map((branch) => branch.schema), name ?? schema.title ?? fallbackName) }
      }
      throw new Error(`cannot read a union of mixed kinds (${name ?? fallbackName})`)
    }
    if ('const' in schema) {
      const kind = scalarKind([schema.const])
      const { const: value, ...rest } = schema
      return { kind, member: scalarMember(kind, rest), nullable: false, constraints: { enum: [value], ...pickConstraints(rest) }, listConstraints: {} }
    }
    switch (schema.type) {
      case 'string':
      case 'integer':
      case 'number':
      case 'boolean': {
        const kind = schema.type === 'string' ? 'string' : schema.type === 'integer' ? 'int' : schema.type === 'number' ? 'float' : 'bool'
        return { kind, member: scalarMember(kind, schema), nullable: false, constraints: pickConstraints(schema), listConstraints: {} }
      }
      case 'array': {
        const element = this.shape(schema.items ?? {}, `${name ?? fallbackName}[]`)
        const listConstraints = Object.fromEntries(listKeywords.filter((key) => key in schema).map((key) => [key, schema[key]]))
        return { ...element, kind: 'list', nullable: false, listConstraints }
      }
      case 'object':
        return { kind: 'object', member: name ?? schema.title ?? fallbackName, nullable: false, constraints: {}, listConstraints: {}, object: this.union([schema], name ?? schema.title ?? fallbackName) }
      default:
        return { kind: 'unknown', member: 'unknown', nullable: false, constraints: pickConstraints(schema), listConstraints: {} }
    }
  }

  /**
   * One object from the shapes of a union (CreateApiKey's auto and manual keys): every member any shape allows,
   * required where every shape requires it, and the shapes that allow it where not all do.
   */
  private union(shapes: JsonSchema[], name: string): ObjectShape {
    const titles = shapes.map((shape, index) => String(shape.title ?? `shape ${index + 1}`))
    const members = new Map<string, ContractMember>()
    const names = [...new Set(shapes.flatMap((shape) => Object.keys(shape.properties ?? {})))]
    for (const member of names) {
      const allowing = shapes.filter((shape) => shape.properties?.[member] !== undefined && !ContractReader.isForbidden(shape.properties[member]))
      if (allowing.length === 0) continue
      const readings = allowing.map((shape) => this.shape(shape.properties[member], member))
      const required = allowing.length === shapes.length && allowing.every((shape) => (shape.required ?? []).includes(member))
      const enums = readings.map((reading) => reading.constraints.enum as unknown[] | undefined)
      // Shapes that differ only in a member's allowed values (AccessKeyType: `auto` | `manual`) read as one enum.
      const merged: MemberShape = enums.every((values) => Array.isArray(values))
        ? { ...readings[0]!, constraints: { ...Object.assign({}, ...readings.map((reading) => reading.constraints)), enum: [...new Set(enums.flat())] } }
        : readings[0]!
      const onlyIn = allowing.length < shapes.length ? allowing.map((shape) => titles[shapes.indexOf(shape)]!) : undefined
      members.set(member, { required, shape: merged, ...(onlyIn ? { onlyIn } : {}) })
    }
    return { name, closed: shapes.every((shape) => shape.additionalProperties === false), members }
  }
}

function scalarKind(values: unknown[]): MemberShape['kind'] {
  if (values.every((value) => typeof value === 'string')) return 'string'
  if (values.every((value) => Number.isInteger(value))) return 'int'
  if (values.every((value) => typeof value === 'number')) return 'float'
  if (values.every((value) => typeof value === 'boolean')) return 'bool'
  return 'unknown'
}

function scalarMember(kind: MemberShape['kind'], schema: JsonSchema): string {
  if (kind === 'string') return schema.format === 'date-time' ? 'datetime_iso' : 'string'
  if (kind === 'int') return 'int64'
  return kind
}

function pickConstraints(schema: JsonSchema): Record<string, unknown> {
  return Object.fromEntries(constraintKeywords.filter((key) => key in schema).map((key) => [key, schema[key]]))
}
