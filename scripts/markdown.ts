/**
 * Markdown built from the schema data: the OpenAPI descriptions (and so the docs site) and docs/*.md. Every bound,
 * name, code and example here is read from schema/, so the prose cannot drift from the validators. The overview says
 * the service-wide things once (signing, limits, the envelope); each action of the registry gets its own section.
 */
import { Kind, type TObject, type TSchema } from '@sinclair/typebox'
import {
  actions,
  accessKeyCharsetDescription,
  accessKeyCharsetPattern,
  apiVersion,
  commonErrorCodes,
  createApiKey,
  decisions,
  formatRange,
  host,
  scalarTextPattern,
  service,
  signatureMaxSkewText,
  sizeLimitsText,
  type AnyContractAction,
  type ErrorCodeInfo,
} from '../schema/index.js'
import { flattenedSpellings, isOptional, requestShapes, spelledAt } from '../schema/v1Form.js'
import { keyStates, keyTransitions, type KeyState } from '../schema/keyLifecycle.js'

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ')
const table = (header: readonly string[], rows: readonly (readonly string[])[]) =>
  [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`, ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`)].join('\n')
const fence = (language: string, text: string) => `\`\`\`${language}\n${text}\n\`\`\``

export function errorTable(codes: readonly ErrorCodeInfo[]): string {
  return table(
    ['Code', 'Category', 'Meaning', 'What to do'],
    codes.map((info) => [`\`${info.code}\``, info.category, info.description, info.remedy]),
  )
}

/**
 * The decisions, with their reasons and sources. `heading` makes each question a heading (docs/decisions.md);
 * `paragraph` keeps them out of the site's navigation, where nine long questions would drown the sections.
 */
export function decisionsMarkdown(headingLevel = 2, style: 'heading' | 'paragraph' = 'heading'): string {
  const hashes = '#'.repeat(headingLevel)
  return decisions
    .map((decision) => {
      const title = style === 'heading' ? `${hashes} ${decision.question}` : `**${decision.question}**`
      const differences = decision.metadataDifferences?.length
        ? `\n\n**Differs from Tencent's metadata** (declared for \`npm run fidelity\`): ${decision.metadataDifferences.map((difference) => `${difference.action} \`${difference.path}\` (${difference.aspect} ${difference.detail})`).join('; ')}.`
        : ''
      // The id is what the rest of the docs cite ("decision list-paging"): shown, and an anchor where headings are.
      const id = style === 'heading' ? `<a id="${decision.id}"></a>**Decision \`${decision.id}\`.**` : `**Decision \`${decision.id}\`.**`
      return `${title}\n\n${id}\n\n**Choice.** ${decision.choice}\n\n**Why.** ${decision.reason}\n\n**Sources.** ${decision.sources}${differences}\n\n**Tested by.** ${decision.tests.map((file) => `\`test/${file}\``).join(', ')}\n`
    })
    // Without headings, a rule between decisions keeps them apart.
    .join(style === 'heading' ? '\n' : '\n---\n\n')
}

const joinWords = (words: readonly string[]) => (words.length < 2 ? words.join('') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`)
const code = (text: unknown) => `\`${String(text)}\``

/** The bounds of a code-point pattern (schema/rules.ts scalarTextPattern), if `pattern` is one. */
function scalarBounds(pattern: unknown): { min: number; max: number } | undefined {
  const [before, after] = scalarTextPattern({ min: 0, max: 0 }).split('{0,0}') as [string, string]
  if (typeof pattern !== 'string' || !pattern.startsWith(before) || !pattern.endsWith(after)) return undefined
  const match = /^\{(\d+),(\d+)\}$/.exec(pattern.slice(before.length, pattern.length - after.length))
  return match ? { min: Number(match[1]), max: Number(match[2]) } : undefined
}

/** A string's length rule in words, from minLength/maxLength or a code-point pattern. */
function lengthInWords(schema: TSchema): string {
  const scalar = scalarBounds(schema.pattern)
  if (scalar) return `${formatRange({ min: Math.max(scalar.min, schema.minLength ?? 0), max: scalar.max })} characters, counted as Unicode code points`
  if (schema.minLength !== undefined && schema.maxLength !== undefined) return `${formatRange({ min: schema.minLength, max: schema.maxLength })} characters`
  if (schema.maxLength !== undefined) return `at most ${schema.maxLength} characters`
  if (schema.minLength !== undefined) return `at least ${schema.minLength} character${schema.minLength === 1 ? '' : 's'}`
  return 'any length'
}

/** A string's characters in words, from its pattern. */
function charactersInWords(schema: TSchema): string {
  if (schema.pattern === accessKeyCharsetPattern) return accessKeyCharsetDescription
  if (scalarBounds(schema.pattern)) return 'any, except lone surrogates (UTF-16 halves that UTF-8 cannot carry)'
  if (schema.pattern !== undefined) return `matching ${code(schema.pattern)}`
  return 'any'
}

/** The literals of a union of literals (an enumeration such as a filter's Name), or undefined for another schema. */
const literalValues = (schema: TSchema): readonly unknown[] | undefined =>
  schema[Kind] === 'Union' && (schema.anyOf as TSchema[]).every((member) => member[Kind] === 'Literal') ? (schema.anyOf as TSchema[]).map((member) => member.const) : undefined

/** An integer's range in words, from minimum and maximum. */
function rangeInWords(schema: TSchema): string {
  if (schema.minimum !== undefined && schema.maximum !== undefined) return formatRange({ min: schema.minimum, max: schema.maximum })
  if (schema.minimum !== undefined) return `at least ${schema.minimum}`
  if (schema.maximum !== undefined) return `at most ${schema.maximum}`
  return 'any integer'
}

/** A value's limits in words, whatever its kind: a string's length, an integer's range, an enumeration, a list's count. */
function limitsInWords(schema: TSchema): string {
  const literals = literalValues(schema)
  if (literals) return `one of the ${literals.length} values (case-sensitive)`
  if (schema.type === 'integer' || schema.type === 'number') return rangeInWords(schema)
  if (schema.type === 'array') {
    const count = schema.maxItems !== undefined ? `at most ${schema.maxItems} items` : 'any number of items'
    const items = schema.items as TSchema
    const length = items.type === 'string' ? lengthInWords(items) : undefined
    return length === undefined ? count : `${count}, each ${length === 'any length' ? 'of any length' : length}`
  }
  return lengthInWords(schema)
}

/** A value's characters in words: a string's (or a list of strings' items'), an enumeration's values; — for numbers. */
function valuesInWords(schema: TSchema): string {
  const literals = literalValues(schema)
  if (literals) return literals.map(code).join(', ')
  if (schema.type === 'array' && (schema.items as TSchema).type === 'string') return charactersInWords(schema.items as TSchema)
  if (schema.type === 'string') return charactersInWords(schema)
  return '—'
}

interface ParameterFacts {
  readonly name: string
  /** The schema in each shape that names it (Never where it must be absent). */
  readonly inShapes: readonly { readonly shape: string; readonly schema: TSchema; readonly required: boolean }[]
}

/** The discriminating literal of a shape (AccessKeyType `manual`), as `\`manual\``. */
function shapeValue(shape: TObject): string {
  const literal = Object.values(shape.properties).find((schema) => schema[Kind] === 'Literal')
  return literal ? code(literal.const) : String(shape.title)
}

/** Every parameter of a request, across its shapes, in first-seen order. */
function parameterFacts(request: TSchema): ParameterFacts[] {
  const facts = new Map<string, ParameterFacts['inShapes'][number][]>()
  for (const shape of requestShapes(request)) {
    for (const [name, schema] of Object.entries(shape.properties)) {
      const list = facts.get(name) ?? []
      list.push({ shape: shapeValue(shape), schema, required: !isOptional(schema) && schema[Kind] !== 'Never' })
      facts.set(name, list)
    }
  }
  return [...facts].map(([name, inShapes]) => ({ name, inShapes }))
}

/**
 * The rule that ties a union's shapes together, from their schemas: `With \`manual\`, AccessKeyId and AccessKeySecret
 * are required; with \`auto\` they must not be sent.` Empty for a request of one shape.
 */
export function shapeRules(request: TSchema): string {
  const shapes = requestShapes(request)
  if (shapes.length < 2) return ''
  const facts = parameterFacts(request).filter((fact) => !fact.inShapes.some((entry) => entry.schema[Kind] === 'Literal'))
  const requiredInAll = (fact: ParameterFacts) => shapes.every((other) => fact.inShapes.some((entry) => entry.shape === shapeValue(other) && entry.required))
  const clauses: string[] = []
  let previous: string | undefined
  for (const shape of shapes) {
    const value = shapeValue(shape)
    const required = facts.filter((fact) => fact.inShapes.some((entry) => entry.shape === value && entry.required) && !requiredInAll(fact)).map((fact) => fact.name)
    if (required.length) {
      previous = joinWords(required)
      clauses.push(`with ${value}, ${previous} ${required.length > 1 ? 'are' : 'is'} required`)
    }
  }
  for (const shape of shapes) {
    const value = shapeValue(shape)
    const absent = facts.filter((fact) => fact.inShapes.some((entry) => entry.shape === value && entry.schema[Kind] === 'Never')).map((fact) => fact.name)
    if (absent.length) clauses.push(`with ${value} ${joinWords(absent) === previous ? (absent.length > 1 ? 'they' : 'it') : joinWords(absent)} must not be sent`)
  }
  const sentence = clauses.join('; ')
  return sentence ? `${sentence[0]!.toUpperCase()}${sentence.slice(1)}.` : ''
}

/** One row of the parameter table, from the schemas of the parameter in every shape. */
function parameterRow(fact: ParameterFacts, shapeCount: number): string[] {
  const present = fact.inShapes.filter((entry) => entry.schema[Kind] !== 'Never')
  const literals = present.filter((entry) => entry.schema[Kind] === 'Literal')
  const schema = present[0]!.schema
  const requiredIn = present.filter((entry) => entry.required).map((entry) => entry.shape)
  const absentIn = fact.inShapes.filter((entry) => entry.schema[Kind] === 'Never').map((entry) => entry.shape)
  const required =
    requiredIn.length === shapeCount ? 'yes' : requiredIn.length === 0 || literals.length > 0 ? 'no' : `yes with ${requiredIn.join(', ')}${absentIn.length ? `; must be absent with ${absentIn.join(', ')}` : ''}`
  const defaults = present.filter((entry) => entry.schema.default !== undefined).map((entry) => code(entry.schema.default))
  if (literals.length > 0) {
    return [code(fact.name), `string: ${literals.map((entry) => code(entry.schema.const)).join(' or ')}`, required, defaults.join(', ') || '—', `one of the ${literals.length} values (case-sensitive)`, '—']
  }
  if (schema[Kind] === 'Array') {
    const items = schema.items as TObject
    const fields = Object.entries(items.properties)
    const limits = [
      ...(schema.maxItems !== undefined ? [`at most ${schema.maxItems} items`] : []),
      ...fields.map(([field, fieldSchema]) => `${code(field)}: ${limitsInWords(fieldSchema)}${items.required?.includes(field) ? ', required' : ''}`),
    ]
    const characters = fields.map(([field, fieldSchema]) => `${code(field)}: ${valuesInWords(fieldSchema)}`)
    const spellings = flattenedSpellings(fact.name, schema)
    // The last index of a list, or N when it has no bound.
    const last = (list: TSchema) => (list.maxItems === undefined ? 'N' : list.maxItems - 1)
    const flattened = `; in the v1 form flattened as ${code(spelledAt(spellings[0]!, 0))}, ... up to ${code(spelledAt(spellings.at(-1)!, last(schema), last(fields.at(-1)![1])))}`
    return [code(fact.name), `array of ${code(`{${fields.map(([field]) => field).join(', ')}}`)}`, required, '—', limits.join('; '), `${characters.join('; ')}${flattened}`]
  }
  return [code(fact.name), String(schema.type), required, defaults.join(', ') || '—', limitsInWords(schema), valuesInWords(schema)]
}

/** Every parameter of an action: type, whether required, default, limits, characters, derived from its request schema. */
export function parameterTable(action: AnyContractAction): string {
  const shapeCount = requestShapes(action.request).length
  return table(
    ['Parameter', 'Type', 'Required', 'Default', 'Limits', 'Characters'],
    parameterFacts(action.request).map((fact) => parameterRow(fact, shapeCount)),
  )
}

/** A field's type in words, from its TypeBox schema. */
function typeInWords(schema: TSchema): string {
  if (schema.anyOf) {
    const members = (schema.anyOf as TSchema[]).map((member) => ('const' in member ? `\`${JSON.stringify(member.const)}\`` : typeInWords(member)))
    return members.join(' or ')
  }
  if (schema.type === 'array') return `array of ${typeInWords(schema.items as TSchema)}`
  if (schema.$id) return `\`${schema.$id}\``
  if (schema.type === 'null') return '`null`'
  return schema.format ? `${schema.type} (${schema.format})` : String(schema.type)
}

function fieldTable(schema: TSchema): string {
  const required = new Set<string>(schema.required ?? [])
  return table(
    ['Field', 'Type', 'Always present', 'Meaning'],
    Object.entries(schema.properties as Record<string, TSchema>).map(([name, field]) => [
      `\`${name}\``,
      typeInWords(field),
      required.has(name) ? 'yes' : 'no',
      String(field.description ?? ''),
    ]),
  )
}


/** The distinct results of the actions, and the components they reference, each once. */
function resultComponents(selected: readonly AnyContractAction[]): TSchema[] {
  const found: TSchema[] = []
  const visit = (schema: TSchema): void => {
    if (schema.$id && !found.includes(schema)) found.push(schema)
    for (const property of Object.values((schema.properties ?? {}) as Record<string, TSchema>)) {
      const inner = property.type === 'array' ? (property.items as TSchema) : property
      if (inner.$id && inner.type === 'object') visit(inner)
    }
  }
  for (const action of selected) if (action.result.type === 'object') visit(action.result)
  return found
}

export const responseMarkdown = (selected: readonly AnyContractAction[]) => `Every answer is HTTP 200 with a JSON body \`{"Response": {...}}\`. A success carries \`Response.Result\` (the action's result, or \`null\` when no valid value could be obtained) and \`Response.RequestId\`; a failure carries \`Response.Error\` (\`Code\`, \`Message\`) and \`Response.RequestId\`. Tell them apart by the presence of \`Response.Error\`, and match on \`Code\`, never on \`Message\`.

${resultComponents(selected)
  .map((schema) => {
    const users = selected.filter((action) => action.result === schema).map((action) => `${action.name}: ${action.resultDescription}`)
    return `**${schema.$id}**${users.length ? ` (${users.join(' ')})` : ''}:\n\n${fieldTable(schema)}`
  })
  .join('\n\n')}`

/** The example request body of an action's samples: its first request example. */
const examplePayload = (action: AnyContractAction) => JSON.stringify(Object.values(action.examples.request)[0]!.value)

/**
 * A working signature-v3 call in shell: bash, openssl and curl, no SDK. test/docsExamples.test.ts runs it with curl
 * replaced and compares the Authorization header with the official Node SDK's signer, for every action.
 */
export const curlPostExample = (action: AnyContractAction) => `# ${action.name}, POST JSON, signature v3 (TC3-HMAC-SHA256). Needs bash, openssl, curl and GNU date.
secret_id="$TENCENTCLOUD_SECRET_ID"; secret_key="$TENCENTCLOUD_SECRET_KEY"
host=${host}; service=${service}
payload='${examplePayload(action)}'
timestamp=$(date +%s)
date=$(date -u -d "@$timestamp" +%Y-%m-%d)   # the UTC date of the timestamp

sha256_hex() { printf '%s' "$1" | openssl dgst -sha256 -hex | sed 's/^.* //'; }
hmac_hex() { printf '%s' "$2" | openssl dgst -sha256 -mac HMAC -macopt "hexkey:$1" -hex | sed 's/^.* //'; }

canonical_request="POST
/

content-type:application/json
host:$host

content-type;host
$(sha256_hex "$payload")"
string_to_sign="TC3-HMAC-SHA256
$timestamp
$date/$service/tc3_request
$(sha256_hex "$canonical_request")"
k_date=$(printf '%s' "$date" | openssl dgst -sha256 -mac HMAC -macopt "key:TC3$secret_key" -hex | sed 's/^.* //')
k_service=$(hmac_hex "$k_date" "$service")
k_signing=$(hmac_hex "$k_service" tc3_request)
signature=$(hmac_hex "$k_signing" "$string_to_sign")

curl -sS -X POST "https://$host/" \\
  -H "Authorization: TC3-HMAC-SHA256 Credential=$secret_id/$date/$service/tc3_request, SignedHeaders=content-type;host, Signature=$signature" \\
  -H "Content-Type: application/json" \\
  -H "X-TC-Action: ${action.name}" \\
  -H "X-TC-Version: ${apiVersion}" \\
  -H "X-TC-Timestamp: $timestamp" \\
  -d "$payload"`

/**
 * The v1 parameters of an action's GET example: its first v1 example's own plain parameters, and the common ones as
 * shell variables; keys sorted in the string to sign, as the signature requires.
 */
function sortedGetQuery(action: AnyContractAction): string {
  const [example] = Object.values(action.examples.query)
  const own = Object.keys((requestShapes(action.request)[0] as TObject).properties)
  const parameters: Record<string, string> = {
    Action: action.name,
    Version: apiVersion,
    ...Object.fromEntries(Object.entries(example!.value).filter(([name]) => own.includes(name))),
    SecretId: '$secret_id',
    Timestamp: '$timestamp',
    Nonce: '$nonce',
    SignatureMethod: 'HmacSHA256',
  }
  return Object.keys(parameters)
    .sort()
    .map((key) => `${key}=${parameters[key]}`)
    .join('&')
}

/**
 * A working signature-v1 GET: the flat query, keys sorted, HMAC-SHA256, Base64; the Signature URL-encoded.
 * test/docsExamples.test.ts runs it and checks the Signature with the official Node SDK's v1 signer.
 */
export const curlGetExample = (action: AnyContractAction) => `# ${action.name}, GET query, signature v1 (HmacSHA256). Needs bash, openssl, base64 and curl.
secret_id="$TENCENTCLOUD_SECRET_ID"; secret_key="$TENCENTCLOUD_SECRET_KEY"
host=${host}
timestamp=$(date +%s)
nonce=$((RANDOM + 1))   # a random positive integer

# Every parameter but Signature, keys in ascending byte order, values as they are (not URL-encoded).
# Values other than letters, digits and _ must be URL-encoded in the query sent, but not in the string to sign.
query="${sortedGetQuery(action)}"
signature=$(printf '%s' "GET$host/?$query" | openssl dgst -sha256 -hmac "$secret_key" -binary | base64)

curl -sS --get "https://$host/" --data "$query" --data-urlencode "Signature=$signature"`

/**
 * A working TypeScript client: signs with node:crypto, checks the request with this package's validator before
 * sending and the answer after. test/docsExamples.test.ts type-checks it, then runs it against the official SDK's
 * signer and a stubbed fetch. It is CreateApiKey's: the runtime exports the parsers of CreateApiKey.
 */
export const typeScriptExampleAction = createApiKey

export const typeScriptExample = `import { createHash, createHmac } from 'node:crypto'
import {
  parseCreateApiKeyRequest,
  parseCreateApiKeyResponse,
  type ApiKey,
  type CreateApiKeyRequest,
} from 'tencent-apigateway-apikey-contract'

const host = '${host}'
const sha256Hex = (text: string) => createHash('sha256').update(text).digest('hex')
const hmac = (key: string | Buffer, text: string) => createHmac('sha256', key).update(text).digest()

/** The headers of a signature-v3 (TC3-HMAC-SHA256) POST of \`body\`. */
export function tc3Headers(body: string, secretId: string, secretKey: string, timestamp = Math.floor(Date.now() / 1000)) {
  const date = new Date(timestamp * 1000).toISOString().slice(0, 10) // UTC date of the timestamp
  const scope = \`\${date}/${service}/tc3_request\`
  const canonicalRequest = ['POST', '/', '', 'content-type:application/json', \`host:\${host}\`, '', 'content-type;host', sha256Hex(body)].join('\\n')
  const stringToSign = ['TC3-HMAC-SHA256', String(timestamp), scope, sha256Hex(canonicalRequest)].join('\\n')
  const signingKey = hmac(hmac(hmac(\`TC3\${secretKey}\`, date), '${service}'), 'tc3_request')
  const signature = createHmac('sha256', signingKey).update(stringToSign).digest('hex')
  return {
    Authorization: \`TC3-HMAC-SHA256 Credential=\${secretId}/\${scope}, SignedHeaders=content-type;host, Signature=\${signature}\`,
    'Content-Type': 'application/json',
    'X-TC-Action': '${typeScriptExampleAction.name}',
    'X-TC-Version': '${apiVersion}',
    'X-TC-Timestamp': String(timestamp),
  }
}

/** Creates a key; throws with the API's error code, or with the contract violations of a malformed answer. */
export async function createApiKey(request: CreateApiKeyRequest, secretId: string, secretKey: string): Promise<ApiKey | null> {
  // Checked before signing: the manual rule, lengths, characters, unknown names. AccessKeyType defaults to auto.
  const checked = parseCreateApiKeyRequest(request)
  if (!checked.ok) throw new Error(checked.errors.map((e) => \`\${e.Code} \${e.parameter}: \${e.Message}\`).join('\\n'))
  const body = JSON.stringify(checked.value)
  const answer = await fetch(\`https://\${host}/\`, { method: 'POST', headers: tc3Headers(body, secretId, secretKey), body })
  // Errors come back as HTTP 200 too: the parser tells success, error and contract breaks apart.
  const parsed = parseCreateApiKeyResponse(await answer.json())
  if (parsed.kind === 'error') throw new Error(\`\${parsed.error.Code}: \${parsed.error.Message}\`)
  if (parsed.kind === 'invalid') throw new Error(\`answer breaks the contract at \${parsed.violations.map((v) => v.path).join(', ')}\`)
  return parsed.result // holds the AccessKeySecret (DescribeApiKey returns it again): keep it out of logs
}

// const key = await createApiKey({ SecretName: 'ci-deploy' }, process.env.TENCENTCLOUD_SECRET_ID!, process.env.TENCENTCLOUD_SECRET_KEY!)`

export const examplesMarkdown = () => `Each example calls ${typeScriptExampleAction.name} with its first request example (\`${examplePayload(typeScriptExampleAction)}\`) and a SecretId and SecretKey from the environment. The curl snippets of every action appear as request samples with its operations below.

**curl, POST JSON, signature v3:**

${fence('bash', curlPostExample(typeScriptExampleAction))}

**curl, GET query, signature v1:**

${fence('bash', curlGetExample(typeScriptExampleAction))}

**TypeScript, with this package's types and validators** (\`npm install tencent-apigateway-apikey-contract\`, Node 20+):

${fence('ts', typeScriptExample)}`

/** The action the signing steps name as their example. */
const exampleAction = actions[0].name

export const signingMarkdown = `Every call is signed with the caller's SecretId and SecretKey. Two signature versions exist; the official SDKs use v3 by default.

**Signature v3, TC3-HMAC-SHA256** (\`POST\` with \`application/json\`, or \`GET\` with the parameters in the query). Send \`X-TC-Action\` (the action's name, such as \`${exampleAction}\`), \`X-TC-Version: ${apiVersion}\`, \`X-TC-Timestamp\` (UNIX seconds) and an \`Authorization\` header built in four steps:

1. **Canonical request**: the method, the path \`/\`, the query string, the canonical headers (one lower-case \`name:value\` line each, every line ending with \`\\n\`, hence the empty line), the signed header names and the payload hash, joined with \`\\n\`:

   \`\`\`text
   POST
   /
   <CanonicalQueryString>
   content-type:application/json
   host:${host}

   content-type;host
   <hex(SHA256(payload))>
   \`\`\`

   For \`POST\` the query string is empty and the payload is the body exactly as sent. For \`GET\` the first line is \`GET\`, the query string is the one sent (URL-encoded), the Content-Type is \`application/x-www-form-urlencoded\` and the payload is empty, so its hash is \`hex(SHA256(""))\`.
2. **String to sign**, where \`<date>\` is the UTC date (\`YYYY-MM-DD\`) of the timestamp and \`${service}\` is the service name (the first label of the host):

   \`\`\`text
   TC3-HMAC-SHA256
   <X-TC-Timestamp>
   <date>/${service}/tc3_request
   <hex(SHA256(canonical request))>
   \`\`\`
3. **Signing key**, raw bytes at each step: \`kDate = HMAC-SHA256(key "TC3" + SecretKey, date)\`, \`kService = HMAC-SHA256(kDate, "${service}")\`, \`kSigning = HMAC-SHA256(kService, "tc3_request")\`.
4. **Signature**: lower-case \`hex(HMAC-SHA256(kSigning, string to sign))\`, sent as

   \`\`\`text
   Authorization: TC3-HMAC-SHA256 Credential=<SecretId>/<date>/${service}/tc3_request, SignedHeaders=content-type;host, Signature=<signature>
   \`\`\`

**Signature v1** (\`GET\` query, or \`POST\` with \`application/x-www-form-urlencoded\`). Put every parameter in one flat map: the action's parameters (arrays of objects flattened, such as \`Tags.0.Key\`, \`Tags.0.Value\`, ...) plus \`Action\`, \`Version\`, \`Timestamp\`, \`Nonce\` (a random positive integer), \`SecretId\` and optionally \`Region\`, \`SignatureMethod\` (\`HmacSHA1\` by default, or \`HmacSHA256\`), \`Token\` and \`Language\`. Then:

1. Sort the keys in ascending byte order and join them as \`key=value\` with \`&\`, values as they are (not URL-encoded).
2. The string to sign is \`HTTPMethod + "${host}" + "/" + "?" + that query\`, for example \`GET${host}/?Action=${exampleAction}&Nonce=...\`.
3. \`Signature = Base64(HMAC-SHA1 or HMAC-SHA256(SecretKey, string to sign))\`, per \`SignatureMethod\`; the \`Signature\` parameter itself is not part of the string.
4. Send every parameter, \`Signature\` included, URL-encoded (a Base64 signature holds \`+\`, \`/\` and \`=\`).

A timestamp more than ${signatureMaxSkewText} from the server's clock is refused with \`AuthFailure.SignatureExpire\`. Temporary credentials add \`X-TC-Token\` (v3) or \`Token\` (v1).`

/** The rate limit of every action: one sentence when they share it. */
function rateLimitText(selected: readonly AnyContractAction[]): string {
  const rates = new Set(selected.map((action) => action.rateLimitPerSecond))
  // The pages state a rate per action and no more; counting it per SecretId too is the emulator's choice.
  const counted = ' (the emulator counts it per action and SecretId: decision emulator-rate-limit)'
  if (rates.size === 1) return `${selected[0]!.rateLimitPerSecond} requests per second for each action (${selected.map((action) => action.name).join(', ')})${counted}`
  return selected.map((action) => `${action.name} ${action.rateLimitPerSecond}`).join(', ') + ` requests per second${counted}`
}

export const limitsMarkdown = (selected: readonly AnyContractAction[]) => `- **Rate limit**: ${rateLimitText(selected)}; above it, \`RequestLimitExceeded\`.
- **Request size**: ${sizeLimitsText}; above it, \`RequestSizeLimitExceeded\`.
- **Clock**: the timestamp must be within ${signatureMaxSkewText} of the server's clock; otherwise \`AuthFailure.SignatureExpire\`.
- **Errors are HTTP 200**: a failed call answers \`200\` with \`Response.Error\`; any other status is a transport failure.`

/** An action's error codes: its own, then the common ones, with a sentence saying which are which. */
export function actionErrorsMarkdown(action: AnyContractAction): string {
  // After its own codes come the shared ones it does not list itself (decision shared-codes), then the common ones.
  const shared = action.allErrorCodes.slice(action.ownErrorCodes.length).filter((info) => info.category === 'shared').length
  const common = action.allErrorCodes.length - action.ownErrorCodes.length - shared
  const sharedText = shared > 0 ? `; the next ${shared} are answered by this package for every action (\`shared\`: decision shared-codes)` : ''
  return `The first ${action.ownErrorCodes.length} codes are ${action.name}'s own${sharedText}; the other ${common} are common to every API 3.0 action.

${errorTable(action.allErrorCodes)}`
}

/**
 * An action's section of the docs (its tag's description): what it does, its parameters (derived from the request
 * schema), the rules between them, its result and its error codes. Its operations follow it on the site.
 */
export function actionSectionMarkdown(action: AnyContractAction): string {
  // The action's own words for its rules, when it has them; otherwise the rule derived from its request's shapes.
  const rules = action.rulesMarkdown ?? shapeRules(action.request)
  return `${action.description}

## ${action.name} parameters

The action's parameters: the JSON body of a v3 \`POST\`, or query parameters (next to the common ones) in the v1 form. Any other parameter name is refused with \`UnknownParameter\`; names are case-sensitive.

${parameterTable(action)}
${rules ? `\n${rules}\n` : ''}
**Result**: ${typeInWords(action.result)} or \`null\`. ${action.resultDescription}

## ${action.name} error codes

${actionErrorsMarkdown(action)}`
}

/** docs/error-codes.md: a table per action. */
export const errorCodesMarkdown = (selected: readonly AnyContractAction[] = actions) =>
  selected.map((action) => `## ${action.name}\n\n${actionErrorsMarkdown(action)}\n`).join('\n')

/** The overview of a document: what the actions are, and the service-wide facts, once. */
export function overviewMarkdown(selected: readonly AnyContractAction[] = actions): string {
  return `Tencent Cloud API Gateway's API-key actions (API version \`${apiVersion}\`, endpoint \`https://${host}/\`): ${selected.map((action) => `**${action.name}** (${action.summary.toLowerCase()})`).join(', ')}. API Gateway usage plans bind such keys to protect APIs with key-pair authentication.

Every action is a remote procedure call: a \`POST\` or \`GET\` to \`/\`, the action named by \`X-TC-Action\` (signature v3) or \`Action\` (signature v1). Each action has its own section (in the menu): its parameters, rules and error codes, then its operations.

This page is generated from the TypeBox schemas of the \`tencent-apigateway-apikey-contract\` package, like its validators, types, JSON Schema and OpenAPI files: the limits, codes and examples here are the ones the validators enforce. Where the public sources disagree or are silent, the package's decisions are listed in the Decisions section, with their reasons and sources.

## Common parameters

The common parameters (\`X-TC-Action\`, \`X-TC-Version\`, \`X-TC-Timestamp\`, optional \`X-TC-Region\`, \`X-TC-Token\`, \`X-TC-Language\`; in the v1 form \`Action\`, \`Version\`, \`Timestamp\`, \`Nonce\`, \`SecretId\`, \`Signature\` and the optional ones) are listed with each operation below. \`Region\` is accepted (the emulator ignores it); whether keys are kept per region is not documented.

## Response

${responseMarkdown(selected)}

## Examples

${examplesMarkdown()}

## Signing

${signingMarkdown}

## Limits

${limitsMarkdown(selected)}

## Key lifecycle

${lifecycleMarkdown({ diagram: false })}

## Error codes

Tell a failure by \`Response.Error\`; match on \`Code\`, not on \`Message\`. Each action's section lists its own codes, the codes this package answers for every action (\`shared\`) and the ${commonErrorCodes.length} codes common to every API 3.0 action.

## Decisions

Where the sources disagree or say nothing, this package decided as follows; each decision is held by the tests it names.

${decisionsMarkdown(3, 'paragraph')}`
}

/** Mermaid state ids: [*] is Mermaid's start; the others are the states of schema/keyLifecycle.ts. */
const stateId = (state: KeyState) => state[0]!.toUpperCase() + state.slice(1)

/**
 * The key's states and transitions (schema/keyLifecycle.ts): a Mermaid `stateDiagram-v2` with one arrow per from,
 * to and answer, labelled with the actions that take it, then the same arrows as a table with their decisions. The
 * docs site gets the table alone: Redoc shows a Mermaid block as its source text, not as a diagram.
 */
export function lifecycleMarkdown({ diagram: withDiagram = true } = {}): string {
  const arrows = new Map<string, { from: KeyState; to: KeyState; answer: string; actions: string[]; decisions: Set<string> }>()
  for (const t of keyTransitions) {
    const answer = t.refusal ? `refused, ${t.refusal}` : (t.note ?? '')
    const key = JSON.stringify([t.from, t.to, answer])
    const arrow = arrows.get(key) ?? { from: t.from, to: t.to, answer, actions: [], decisions: new Set<string>() }
    arrow.actions.push(t.action)
    arrow.decisions.add(t.decision)
    arrows.set(key, arrow)
  }
  const stateLabel = (state: KeyState) => {
    const { label, status } = keyStates[state]
    return status === undefined ? label : `${label} (Status ${status})`
  }
  const diagram = [
    'stateDiagram-v2',
    ...(Object.keys(keyStates) as KeyState[]).map((state) => `  state "${stateLabel(state)}" as ${stateId(state)}`),
    `  [*] --> ${stateId('none')}`,
    ...[...arrows.values()].map((a) => `  ${stateId(a.from)} --> ${stateId(a.to)} : ${a.actions.join(', ')}${a.answer ? ` (${a.answer})` : ''}`),
  ].join('\n')
  const rows = [...arrows.values()].map((a) => [
    stateLabel(a.from),
    a.actions.map((name) => `\`${name}\``).join(', '),
    stateLabel(a.to),
    a.answer.startsWith('refused, ') ? `refused: \`${a.answer.slice('refused, '.length)}\`` : `success${a.answer ? ` (${a.answer})` : ''}`,
    [...a.decisions].join(', '),
  ])
  const intro = 'The states of a key and what each action does in each (a refused call changes nothing)'
  const transitions = table(['From', 'Call', 'To', 'Answer', 'Decision'], rows)
  if (!withDiagram) return `${intro}; the same transitions as a state diagram are in the package's \`docs/lifecycle.md\`:\n\n${transitions}`
  return `${intro}:\n\n${fence('mermaid', diagram)}\n\n${transitions}`
}
