/** Builds the OpenAPI 3.1 document, as a plain object, from the schemas and the example data. */
import type { TObject, TSchema } from '@sinclair/typebox'
import {
  action,
  apiVersion,
  components,
  CreateApiKeyQuery,
  host,
  queryExamples,
  requestExamples,
  responseExamples,
  service,
  Tc3Headers,
  type NamedExample,
} from '../schema/index.js'
import { toJsonSchema, type JsonSchema } from './toJsonSchema.js'
import { overviewMarkdown, signingMarkdown } from './markdown.js'

const componentNames = new Set(Object.keys(components))

/** Component schemas that the OpenAPI document references; the header and query forms become parameters. */
const openApiComponentNames = Object.keys(components).filter((name) => name !== 'Tc3Headers' && name !== 'CreateApiKeyQuery')

const toOpenApiSchema = (schema: TSchema) => toJsonSchema(schema, { componentNames, refPrefix: '#/components/schemas/' })

function namedExamples(examples: Record<string, NamedExample<unknown>>) {
  return Object.fromEntries(
    Object.entries(examples).map(([name, example]) => [
      name,
      { summary: example.summary, ...(example.description ? { description: example.description } : {}), value: example.value },
    ]),
  )
}

function parameter(name: string, location: 'header' | 'query', schema: TSchema, required: boolean) {
  const { description, ...rest } = toOpenApiSchema(schema)
  return { name, in: location, required, description, schema: rest }
}

function headerParameters() {
  const headers = Tc3Headers as TObject
  const required = new Set(headers.required ?? [])
  return Object.entries(headers.properties).map(([name, schema]) => parameter(name, 'header', schema, required.has(name)))
}

/**
 * The v1 query form as parameters: every named parameter (from both shapes of CreateApiKeyQuery, required only
 * where both shapes require it), plus one `Tags` object parameter whose exploded keys are `Tags.N.Key`.
 */
function queryParameters() {
  const [auto, manual] = (CreateApiKeyQuery.anyOf as TSchema[]).map((shape) => (shape.allOf as TSchema[])[0] as TObject)
  const requiredInBoth = new Set((auto!.required ?? []).filter((name) => (manual!.required ?? []).includes(name)))
  const named = new Map<string, TSchema>()
  for (const shape of [auto!, manual!]) {
    for (const [name, schema] of Object.entries(shape.properties)) if (!named.has(name)) named.set(name, schema)
  }
  named.set('AccessKeyType', components.AccessKeyType)
  const parameters = [...named].map(([name, schema]) => {
    const converted = parameter(name, 'query', schema, requiredInBoth.has(name))
    if (name === 'AccessKeyType') converted.description = 'Key type: `auto` (default) or `manual`. With `manual`, AccessKeyId and AccessKeySecret are required; with `auto` they must not be sent.'
    return converted
  })
  const tagsRecord = toOpenApiSchema((CreateApiKeyQuery.anyOf as TSchema[])[0]!.allOf[1])
  parameters.push({
    name: 'Tags',
    in: 'query',
    required: false,
    description: 'Tags, flattened with zero-based indexes: `Tags.0.Key=team&Tags.0.Value=billing&Tags.1.Key=...`.',
    schema: { type: 'object', ...tagsRecord, additionalProperties: false },
    // Form style, exploded: each property of the object is sent as its own `name=value` pair.
    ...{ style: 'form', explode: true },
  } as (typeof parameters)[number])
  return parameters
}

const successDescription =
  'Always HTTP 200. A success carries `Response.Result` (the new key); an error carries `Response.Error` with a `Code` from the error table. Both carry `Response.RequestId`.'

function operation(method: 'post' | 'get') {
  const common = {
    tags: ['API keys'],
    summary: method === 'post' ? 'Create an API key' : 'Create an API key (signature v1 query form)',
    responses: {
      '200': {
        description: successDescription,
        content: {
          'application/json': {
            schema: { $ref: '#/components/schemas/CreateApiKeyResponse' },
            examples: namedExamples(responseExamples),
          },
        },
      },
    },
  }
  if (method === 'post') {
    return {
      operationId: action,
      ...common,
      description: `Creates an API key pair. The action's parameters travel as a JSON body, the common parameters as \`X-TC-*\` headers, signed with TC3-HMAC-SHA256. Sent to \`https://${host}/\`.`,
      security: [{ TC3: [] }],
      parameters: headerParameters(),
      requestBody: {
        required: true,
        description: 'The action\'s parameters. With AccessKeyType `manual`, AccessKeyId and AccessKeySecret are required; with `auto` (the default) they must not be sent.',
        content: {
          'application/json': {
            schema: { $ref: '#/components/schemas/CreateApiKeyRequest' },
            examples: namedExamples(requestExamples),
          },
        },
      },
    }
  }
  return {
    operationId: `${action}WithQuery`,
    ...common,
    description: `The same action in the query form: common and action parameters in the query string, signed with signature v1 (or v3 with the \`X-TC-*\` headers). Example query: \`?${new URLSearchParams(queryExamples.seed.value as Record<string, string>).toString()}\`.`,
    security: [{ V1: [] }, { TC3: [] }],
    parameters: queryParameters(),
  }
}

export function openApiDocument(packageName: string, packageVersion: string) {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Tencent Cloud API Gateway: CreateApiKey',
      version: apiVersion,
      summary: `The ${action} action of API Gateway (${apiVersion}): request, response and error contract.`,
      description: overviewMarkdown(),
      license: { name: 'MIT', identifier: 'MIT' },
      'x-generated': {
        by: `${packageName}@${packageVersion} scripts/build.ts`,
        from: 'the TypeBox schemas in schema/',
        note: 'Generated file: do not edit. Change schema/ and run `npm run build`.',
      },
    },
    servers: [{ url: `https://${host}`, description: 'Tencent Cloud API Gateway API endpoint (all regions).' }],
    tags: [{ name: 'API keys', description: 'Create API key pairs that API Gateway usage plans can bind to.' }],
    paths: {
      '/': {
        post: operation('post'),
        get: operation('get'),
      },
    },
    components: {
      schemas: Object.fromEntries(openApiComponentNames.map((name) => [name, toOpenApiSchema(components[name as keyof typeof components])])),
      securitySchemes: {
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
      },
    },
  } satisfies JsonSchema
}
