/** Builds the OpenAPI 3.1 document, as a plain object, from the schemas and the example data. */
import type { TObject, TSchema } from '@sinclair/typebox'
import { apiVersion, componentSchemas as components, createApiKey, host, intlHost, service, Tc3Headers, type NamedExample } from '../schema/index.js'

const action = createApiKey.name
const CreateApiKeyQuery = createApiKey.query
const queryExamples = createApiKey.examples.query
const requestExamples = createApiKey.examples.request
const responseExamples = createApiKey.responseExamples
import { toJsonSchema, type JsonSchema } from './toJsonSchema.js'
import { overviewMarkdown, signingMarkdown } from './markdown.js'

const componentNames = new Set(Object.keys(components))

/**
 * Component schemas that the OpenAPI document references. The TC3 headers become header parameters; the v1 form is
 * both a component (the form POST body) and, spread out, the GET query parameters.
 */
const openApiComponentNames = Object.keys(components).filter((name) => name !== 'Tc3Headers')

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
  return { name, in: location, required, description, schema: rest }
}

/**
 * The TC3 common parameters as header parameters. One operation serves two signature forms (see the decision
 * openapi-wire-forms), so a header that only TC3 needs is optional here and says where it is required.
 */
function headerParameters(whereRequired: string) {
  const headers = Tc3Headers as TObject
  const required = new Set(headers.required ?? [])
  return Object.entries(headers.properties).map(([name, schema]) => {
    const converted = parameter(name, 'header', schema, false)
    if (required.has(name)) converted.description = `${converted.description} Required ${whereRequired}.`
    return converted
  })
}

/** Parameters of the v1 form that only a v1 signature needs (the action's own parameters are in both forms). */
const v1OnlyNames = new Set(Object.keys(((CreateApiKeyQuery.anyOf as TSchema[])[0]!.allOf as TSchema[])[0]!.properties).filter((name) => !(name in (components.CreateApiKeyManualRequest as unknown as TObject).properties)))

/**
 * The GET query as parameters: every named parameter of CreateApiKeyQuery (from both shapes; the action's
 * parameters required where both shapes require them; the v1 common parameters optional, because a TC3-signed GET
 * sends them as X-TC-* headers instead), plus one `Tags` object parameter whose exploded keys are `Tags.N.Key`.
 */
function queryParameters() {
  const [auto, manual] = (CreateApiKeyQuery.anyOf as TSchema[]).map((shape) => (shape.allOf as TSchema[])[0] as TObject)
  const requiredInBoth = new Set((auto!.required ?? []).filter((name) => (manual!.required ?? []).includes(name) && !v1OnlyNames.has(name)))
  const named = new Map<string, TSchema>()
  for (const shape of [auto!, manual!]) {
    for (const [name, schema] of Object.entries(shape.properties)) if (!named.has(name)) named.set(name, schema)
  }
  named.set('AccessKeyType', components.AccessKeyType!)
  const v1Required = new Set((auto!.required ?? []).filter((name) => v1OnlyNames.has(name)))
  const parameters = [...named].map(([name, schema]) => {
    const converted = parameter(name, 'query', schema, requiredInBoth.has(name))
    if (v1Required.has(name)) converted.description = `${converted.description} Required with signature v1; not sent with TC3 (which uses the X-TC-* headers).`
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
    summary: method === 'post' ? 'Create an API key' : 'Create an API key (query form)',
    responses: {
      '200': {
        description: successDescription,
        content: {
          'application/json': {
            schema: { $ref: '#/components/schemas/CreateApiKeyEnvelope' },
            examples: namedExamples(responseExamples),
          },
        },
      },
    },
  }
  const queryExample = new URLSearchParams(Object.values(queryExamples)[0]!.value).toString()
  if (method === 'post') {
    return {
      operationId: action,
      ...common,
      description: `Creates an API key pair. Two wire forms: a JSON body (the action's parameters) with the common parameters as \`X-TC-*\` headers, signed with TC3-HMAC-SHA256 (\`Authorization\` header); or an \`application/x-www-form-urlencoded\` body holding the action's and the common parameters, signed with signature v1 (\`Signature\` in the body, no \`Authorization\` header). Sent to \`https://${host}/\`.`,
      // TC3 for the JSON body. The v1 form body carries its signature as a body field, which no OpenAPI security
      // scheme can name (apiKey is header, query or cookie): `{}` is that alternative, and the form body's schema
      // requires Signature, SecretId, Timestamp and Nonce. See the decision openapi-wire-forms.
      security: [{ TC3: [] }, {}],
      parameters: headerParameters('with the JSON body (TC3); not sent with the v1 form body'),
      requestBody: {
        required: true,
        description: 'The action\'s parameters. With AccessKeyType `manual`, AccessKeyId and AccessKeySecret are required; with `auto` (the default) they must not be sent. As JSON (signed TC3), or as a v1 form (the common parameters and Signature included, Tags flattened as `Tags.N.Key`).',
        content: {
          'application/json': {
            schema: { $ref: '#/components/schemas/CreateApiKeyRequest' },
            examples: namedExamples(requestExamples),
          },
          'application/x-www-form-urlencoded': {
            schema: { $ref: '#/components/schemas/CreateApiKeyQuery' },
            examples: namedExamples(queryExamples),
          },
        },
      },
    }
  }
  return {
    operationId: `${action}WithQuery`,
    ...common,
    description: `The same action in the query form: the action's parameters in the query string, signed either with signature v1 (the common parameters and \`Signature\` in the query too) or with TC3 (the common parameters as \`X-TC-*\` headers, \`Authorization\` header). Example v1 query: \`?${queryExample}\`.`,
    security: [{ V1: [] }, { TC3: [] }],
    parameters: [...queryParameters(), ...headerParameters('with TC3; not sent with signature v1')],
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
      contact: { name: `${packageName} (the contract package, not Tencent Cloud)`, url: `https://www.npmjs.com/package/${packageName}` },
      'x-generated': {
        by: `${packageName}@${packageVersion} scripts/build.ts`,
        from: 'the TypeBox schemas in schema/',
        note: 'Generated file: do not edit. Change schema/ and run `npm run build`.',
      },
    },
    servers: [
      { url: `https://${host}`, description: 'Tencent Cloud API Gateway API endpoint (all regions).' },
      { url: `https://${intlHost}`, description: 'The endpoint named on the international site\'s API pages.' },
    ],
    tags: [{ name: 'API keys', description: 'Create API key pairs that API Gateway usage plans can bind to.' }],
    paths: {
      '/': {
        post: operation('post'),
        get: operation('get'),
      },
    },
    components: {
      schemas: Object.fromEntries(openApiComponentNames.map((name) => [name, toOpenApiSchema(components[name]!)])),
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
