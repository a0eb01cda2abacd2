/**
 * Builds the OpenAPI 3.1 documents, as plain objects, from the registry of actions: the main document with every
 * action (one pseudo-path `/#<Action>` each) and one document per action at the real path `/` (decision
 * openapi-many-actions).
 */
import { Kind, type TObject, type TSchema } from '@sinclair/typebox'
import { actionLiteral, actions, apiVersion, componentSchemas as components, host, intlHost, service, Tc3Headers, v1Common, type AnyContractAction, type NamedExample } from '../schema/index.js'
import { escapeRegExp, flattenedSpellings, requestFlattenedSpellings, requestShapes, spelledAt } from '../schema/v1Form.js'
import { toJsonSchema, type JsonSchema } from './toJsonSchema.js'
import { actionSectionMarkdown, overviewMarkdown, shapeRules, signingMarkdown } from './markdown.js'

const componentNames = new Set(Object.keys(components))

/** The path of an action in the main document: `/` with the action as fragment, which no client sends. */
export const actionPath = (action: string) => `/#${action}`

const toOpenApiSchema = (schema: TSchema) => toJsonSchema(schema, { componentNames, refPrefix: '#/components/schemas/' })

function namedExamples(examples: Readonly<Record<string, NamedExample<unknown>>>) {
  return Object.fromEntries(
    Object.entries(examples).map(([name, example]) => [
      name,
      { summary: example.summary, ...(example.description ? { description: example.description } : {}), value: example.value },
    ]),
  )
}

function parameter(name: string, location: 'header' | 'query', schema: TSchema, required: boolean) {
  const { description, ...rest } = toOpenApiSchema(schema)
  return { name, in: location, required, description: description as string, schema: rest }
}

/**
 * The TC3 common parameters as header parameters, X-TC-Action being this action's literal. One operation serves
 * two signature forms (see the decision openapi-wire-forms), so a header that only TC3 needs is optional here and
 * says where it is required.
 */
function headerParameters(action: AnyContractAction, whereRequired: string) {
  const headers = Tc3Headers as TObject
  const required = new Set(headers.required ?? [])
  return Object.entries(headers.properties).map(([name, schema]) => {
    const converted = parameter(name, 'header', name === 'X-TC-Action' ? actionLiteral(action.name) : schema, false)
    if (required.has(name)) converted.description = `${converted.description} Required ${whereRequired}.`
    return converted
  })
}

/** One shape of a v1 form: its closed object of named parameters, and the records of its flattened arrays. */
function formParts(shape: TSchema): { object: TObject; records: TSchema[] } {
  if (shape.allOf) {
    const [object, ...records] = shape.allOf as TSchema[]
    return { object: object as TObject, records }
  }
  return { object: shape as TObject, records: [] }
}


/** A shared component that is a union of exactly these literals (AccessKeyType for `auto | manual`), if any. */
function literalComponent(values: readonly unknown[]): TSchema | undefined {
  const wanted = JSON.stringify([...values].sort())
  return Object.values(components).find((schema) => {
    const members = schema.anyOf as TSchema[] | undefined
    return members?.every((member) => 'const' in member) && JSON.stringify(members.map((member) => member.const).sort()) === wanted
  })
}

/**
 * The GET query as parameters: every named parameter of the action's v1 form (from every shape; the action's
 * parameters required where every shape requires them; the v1 common parameters optional, because a TC3-signed GET
 * sends them as X-TC-* headers instead; an enumerated flattened field, `Filters.N.Name`, is one such parameter per
 * index, as the form lists it, so a proxy judges it), plus one object parameter per flattened array holding its
 * pattern-named fields, whose exploded keys are `Name.N.Field`.
 */
function queryParameters(action: AnyContractAction) {
  const shapes = ((action.query.anyOf as TSchema[] | undefined) ?? [action.query]).map(formParts)
  const commonNames = new Set(Object.keys(v1Common))
  const requiredInAll = new Set(shapes[0]!.object.required ?? [])
  for (const { object } of shapes) for (const name of [...requiredInAll]) if (!(object.required ?? []).includes(name)) requiredInAll.delete(name)
  const named = new Map<string, TSchema[]>()
  for (const { object } of shapes) {
    for (const [name, schema] of Object.entries(object.properties)) {
      const seen = named.get(name) ?? []
      if (!seen.some((other) => JSON.stringify(other) === JSON.stringify(schema))) seen.push(schema)
      named.set(name, seen)
    }
  }
  const rules = shapeRules(action.request)
  const parameters = [...named].map(([name, schemas]) => {
    // A parameter that tells the shapes apart (AccessKeyType): every value it takes, and the rule it carries.
    const merged = schemas.length > 1 ? literalComponent(schemas.map((schema) => schema.const)) : undefined
    if (schemas.length > 1 && !merged) throw new Error(`openApiDocument: ${action.name}.${name} differs between the request shapes and no component lists its values`)
    const converted = parameter(name, 'query', merged ?? schemas[0]!, requiredInAll.has(name) && !commonNames.has(name))
    if (commonNames.has(name) && requiredInAll.has(name)) converted.description = `${converted.description} Required with signature v1; not sent with TC3 (which uses the X-TC-* headers).`
    if (merged) {
      const defaults = schemas.filter((schema) => schema.default !== undefined).map((schema) => `\`${schema.default}\``)
      converted.description = `${converted.description}${defaults.length ? ` Default: ${defaults.join(', ')}.` : ''} ${rules}`
    }
    return converted
  })
  const arrays = new Map<string, TSchema>()
  for (const shape of requestShapes(action.request)) for (const [name, schema] of Object.entries(shape.properties)) if (schema[Kind] === 'Array') arrays.set(name, schema)
  for (const [name, array] of arrays) {
    const prefix = `^${escapeRegExp(name)}\\.`
    const patternProperties: JsonSchema = {}
    for (const record of shapes[0]!.records) {
      const converted = toOpenApiSchema(record)
      for (const [pattern, schema] of Object.entries(converted.patternProperties as JsonSchema)) if (pattern.startsWith(prefix)) patternProperties[pattern] = schema
    }
    // The first element's fields, then the second's first: `Filters.0.Name=...&Filters.0.Values.0=...&Filters.1.Name=...`.
    const spellings = flattenedSpellings(name, array)
    const at = (spelling: string, index: number) => `${spelledAt(spelling, index)}=...`
    parameters.push({
      name,
      in: 'query',
      required: false,
      description: `${name}, flattened with zero-based indexes: \`${[...spellings.map((spelling) => at(spelling, 0)), at(spellings[0]!, 1)].join('&')}\` (at most ${array.maxItems}).`,
      schema: { type: 'object', patternProperties, additionalProperties: false },
      // Form style, exploded: each property of the object is sent as its own `name=value` pair.
      ...{ style: 'form', explode: true },
    } as (typeof parameters)[number])
  }
  return parameters
}

function operations(action: AnyContractAction) {
  const flattened = requestFlattenedSpellings(action.request)
  const flattenedText = flattened.length > 0 ? `, arrays flattened as ${flattened.map((spelling) => `\`${spelling}\``).join(', ')}` : ''
  const common = {
    tags: [action.name],
    responses: {
      '200': {
        description: `Always HTTP 200. A success carries \`Response.Result\`: ${action.resultDescription} An error carries \`Response.Error\` with a \`Code\` from the error table. Both carry \`Response.RequestId\`.`,
        content: {
          'application/json': {
            schema: { $ref: `#/components/schemas/${action.responseComponent}` },
            examples: namedExamples(action.responseExamples),
          },
        },
      },
    },
  }
  const queryExample = new URLSearchParams(Object.values(action.examples.query)[0]!.value).toString()
  const post = {
    operationId: action.name,
    summary: action.summary,
    ...common,
    description: `${action.description}\n\nTwo wire forms: a JSON body (the action's parameters) with the common parameters as \`X-TC-*\` headers (\`X-TC-Action: ${action.name}\`), signed with TC3-HMAC-SHA256 (\`Authorization\` header); or an \`application/x-www-form-urlencoded\` body holding the action's and the common parameters (\`Action=${action.name}\`), signed with signature v1 (\`Signature\` in the body, no \`Authorization\` header). Sent to \`https://${host}/\`.`,
    // TC3 for the JSON body. The v1 form body carries its signature as a body field, which no OpenAPI security
    // scheme can name (apiKey is header, query or cookie): `{}` is that alternative, and the form body's schema
    // requires Signature, SecretId, Timestamp and Nonce. See the decision openapi-wire-forms.
    security: [{ TC3: [] }, {}],
    parameters: headerParameters(action, 'with the JSON body (TC3); not sent with the v1 form body'),
    requestBody: {
      required: true,
      description: `${action.request.description ?? ''} As JSON (signed TC3), or as a v1 form (the common parameters and Signature included${flattenedText}).`.trim(),
      content: {
        'application/json': {
          schema: { $ref: `#/components/schemas/${action.requestComponent}` },
          examples: namedExamples(action.examples.request),
        },
        'application/x-www-form-urlencoded': {
          schema: { $ref: `#/components/schemas/${action.queryComponent}` },
          examples: namedExamples(action.examples.query),
        },
      },
    },
  }
  const get = {
    operationId: `${action.name}WithQuery`,
    summary: `${action.summary} (query form)`,
    ...common,
    description: `The same action in the query form: the action's parameters in the query string, signed either with signature v1 (the common parameters and \`Signature\` in the query too) or with TC3 (the common parameters as \`X-TC-*\` headers, \`Authorization\` header). Example v1 query: \`?${queryExample}\`.\n\nIn the main document (\`openapi.json\`) this operation is at the pseudo-path \`${actionPath(action.name)}\`, and a client that builds the URL from the path and appends the query (openapi-fetch, hey-api) puts the query after the \`#\`, where it is never sent: call this form through the action's own document (\`openapi/${action.name}.json\`, at \`/\`), or send the query to \`/\` yourself (decision openapi-many-actions).`,
    security: [{ V1: [] }, { TC3: [] }],
    parameters: [...queryParameters(action), ...headerParameters(action, 'with TC3; not sent with signature v1')],
  }
  return { post, get }
}

/** The names of the components `value` references, and those they reference, in the order of `components`. */
function reachableComponents(value: unknown, schemas: Readonly<Record<string, JsonSchema>>): string[] {
  const found = new Set<string>()
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit)
    if (typeof node !== 'object' || node === null) return
    const ref = (node as { $ref?: unknown }).$ref
    if (typeof ref === 'string' && ref.startsWith('#/components/schemas/')) {
      const name = ref.slice('#/components/schemas/'.length)
      if (!found.has(name)) {
        found.add(name)
        visit(schemas[name])
      }
    }
    for (const child of Object.values(node)) visit(child)
  }
  visit(value)
  return Object.keys(schemas).filter((name) => found.has(name))
}

/** Every component but the TC3 headers, which are header parameters. */
const allSchemas = (): Record<string, JsonSchema> =>
  Object.fromEntries(Object.keys(components).filter((name) => name !== 'Tc3Headers').map((name) => [name, toOpenApiSchema(components[name]!)]))

const securitySchemes = {
  TC3: {
    type: 'apiKey',
    in: 'header',
    name: 'Authorization',
    description: `Signature v3 (TC3-HMAC-SHA256), with \`X-TC-Timestamp\` and the \`${service}\` service name.\n\n${signingMarkdown}`,
  },
  V1: {
    type: 'apiKey',
    in: 'query',
    name: 'Signature',
    description: 'Signature v1: `Signature`, with `SecretId`, `Timestamp`, `Nonce` and optional `SignatureMethod` in the query (see the description of the TC3 scheme for both algorithms).',
  },
}

function documentOf(selected: readonly AnyContractAction[], path: (action: string) => string, packageName: string, packageVersion: string, title: string, generatedNote: string) {
  const paths = Object.fromEntries(selected.map((action) => [path(action.name), operations(action)]))
  const schemas = allSchemas()
  const used = reachableComponents(paths, schemas)
  const names = selected.map((action) => action.name)
  return {
    openapi: '3.1.0',
    info: {
      title,
      version: apiVersion,
      summary: `The ${names.join(', ')} action${names.length > 1 ? 's' : ''} of API Gateway (${apiVersion}): request, response and error contract.`,
      description: overviewMarkdown(selected),
      license: { name: 'MIT', identifier: 'MIT' },
      contact: { name: `${packageName} (the contract package, not Tencent Cloud)`, url: `https://www.npmjs.com/package/${packageName}` },
      'x-generated': {
        by: `${packageName}@${packageVersion} scripts/build.ts`,
        from: 'the TypeBox schemas in schema/',
        note: `Generated file: do not edit. Change schema/ and run \`npm run build\`. ${generatedNote}`,
      },
    },
    servers: [
      { url: `https://${host}`, description: 'Tencent Cloud API Gateway API endpoint (all regions).' },
      { url: `https://${intlHost}`, description: 'The endpoint named on the international site\'s API pages.' },
    ],
    tags: selected.map((action) => ({ name: action.name, description: actionSectionMarkdown(action) })),
    paths,
    components: {
      schemas: Object.fromEntries(used.map((name) => [name, schemas[name]!])),
      securitySchemes,
    },
  } satisfies JsonSchema
}

/**
 * The main document: every action of the registry, each at its own pseudo-path `/#<Action>` (requests reach `/`).
 * For clients, type generators, linters and docs; a tool that routes by path needs the per-action documents.
 */
export function openApiDocument(packageName: string, packageVersion: string) {
  return documentOf(
    actions,
    actionPath,
    packageName,
    packageVersion,
    'Tencent Cloud API Gateway: API keys',
    'Each action is at `/#<Action>`: the fragment is never sent, so every call reaches `/`; for tools that route by path (mock servers, validating proxies) use generated/openapi/<Action>.json, where the action is at `/`.',
  )
}

/** One action at the real path `/`, with only the components it uses: for tools that route by path (Prism). */
export function actionOpenApiDocument(action: AnyContractAction, packageName: string, packageVersion: string) {
  return documentOf([action], () => '/', packageName, packageVersion, `Tencent Cloud API Gateway: ${action.name}`, `The ${action.name} action alone, at the real path \`/\`; generated/openapi.json holds every action.`)
}
