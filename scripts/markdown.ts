/**
 * Markdown built from the schema data: the OpenAPI description (and so the docs site) and docs/*.md. Every bound,
 * name, code and example here is read from schema/, so the prose cannot drift from the validators.
 */
import type { TSchema } from '@sinclair/typebox'
import {
  AccessKeyId,
  AccessKeySecret,
  ApiKey,
  Tag,
  accessKeyCharsetDescription,
  accessKeyIdLength,
  accessKeySecretLength,
  apiVersion,
  createApiKey,
  decisions,
  host,
  rateLimitPerSecond,
  secretNameLength,
  maxTagsPerKey,
  tagKeyLength,
  tagValueLength,
  service,
  signatureMaxSkewSeconds,
  sizeLimits,
  type ErrorCodeInfo,
} from '../schema/index.js'
import { keyStates, keyTransitions, type KeyState } from '../schema/keyLifecycle.js'

const action = createApiKey.name
const errorCodes = createApiKey.allErrorCodes
const requestExamples = createApiKey.examples.request as typeof import('../schema/actions/createApiKey/examples.js').requestExamples

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ')
const table = (header: readonly string[], rows: readonly (readonly string[])[]) =>
  [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`, ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`)].join('\n')
const fence = (language: string, code: string) => `\`\`\`${language}\n${code}\n\`\`\``

export function errorTable(codes: readonly ErrorCodeInfo[] = errorCodes): string {
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
      return `${title}\n\n**Choice.** ${decision.choice}\n\n**Why.** ${decision.reason}\n\n**Sources.** ${decision.sources}${differences}\n\n**Tested by.** ${decision.tests.map((file) => `\`test/${file}\``).join(', ')}\n`
    })
    // Without headings, a rule between decisions keeps them apart.
    .join(style === 'heading' ? '\n' : '\n---\n\n')
}

/** `5–50`, from a schema's bounds. */
const lengthOf = (schema: TSchema) => `${schema.minLength}–${schema.maxLength} characters`

/** Every action parameter: type, whether required, default, limits, characters; the manual rule in the rows. */
export const parameterRules = table(
  ['Parameter', 'Type', 'Required', 'Default', 'Limits', 'Characters'],
  [
    ['`SecretName`', 'string', 'yes', '—', `${secretNameLength.min}–${secretNameLength.max} characters, counted as Unicode code points`, 'any, except lone surrogates (UTF-16 halves that UTF-8 cannot carry)'],
    ['`AccessKeyType`', 'string: `auto` or `manual`', 'no', '`auto`', 'one of the two values (case-sensitive)', '—'],
    ['`AccessKeyId`', 'string', 'yes with `manual`; must be absent with `auto`', '— (generated with `auto`)', lengthOf(AccessKeyId), accessKeyCharsetDescription],
    ['`AccessKeySecret`', 'string', 'yes with `manual`; must be absent with `auto`', '— (generated with `auto`)', lengthOf(AccessKeySecret), accessKeyCharsetDescription],
    ['`Tags`', 'array of `{Key, Value}`', 'no', 'no tags', `at most ${maxTagsPerKey} tags (the Tag service's limit; see decision tag-limits); both \`Key\` (${tagKeyLength.min}–${tagKeyLength.max} characters) and \`Value\` (${tagValueLength.min}–${tagValueLength.max}, may be empty) required in each tag, counted as Unicode code points`, `any, except lone surrogates; in the v1 form flattened as \`Tags.0.Key\`, \`Tags.0.Value\`, ... up to \`Tags.${maxTagsPerKey - 1}.Value\``],
  ],
)

const manualRule = `**The manual rule.** With \`AccessKeyType\` \`auto\` (or absent) the service generates the key pair, and sending \`AccessKeyId\` or \`AccessKeySecret\` is an error (\`InvalidParameter\`). With \`manual\` both \`AccessKeyId\` (${accessKeyIdLength.min}–${accessKeyIdLength.max} characters) and \`AccessKeySecret\` (${accessKeySecretLength.min}–${accessKeySecretLength.max} characters) are required, made only of ${accessKeyCharsetDescription}: no \`-\`, no spaces, no other letters. Any other parameter name is refused with \`UnknownParameter\`; names are case-sensitive.`

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

export const responseMarkdown = `Every answer is HTTP 200 with a JSON body \`{"Response": {...}}\`. A success carries \`Response.Result\` (the new \`ApiKey\`, or \`null\` when no valid value could be obtained) and \`Response.RequestId\`; a failure carries \`Response.Error\` (\`Code\`, \`Message\`) and \`Response.RequestId\`. Tell them apart by the presence of \`Response.Error\`, and match on \`Code\`, never on \`Message\`.

**ApiKey**, the created key:

${fieldTable(ApiKey)}

**Tag**:

${fieldTable(Tag)}

The \`AccessKeySecret\` of an auto key is shown only in this response: store it before doing anything else.`

/** The example request body of the quick start: the product page's own example. */
const examplePayload = JSON.stringify(requestExamples.seed.value)

/**
 * A working signature-v3 call in shell: bash, openssl and curl, no SDK. test/docsExamples.test.ts runs it with curl
 * replaced and compares the Authorization header with the official Node SDK's signer.
 */
export const curlPostExample = `# CreateApiKey, POST JSON, signature v3 (TC3-HMAC-SHA256). Needs bash, openssl, curl and GNU date.
secret_id="$TENCENTCLOUD_SECRET_ID"; secret_key="$TENCENTCLOUD_SECRET_KEY"
host=${host}; service=${service}
payload='${examplePayload}'
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
  -H "X-TC-Action: ${action}" \\
  -H "X-TC-Version: ${apiVersion}" \\
  -H "X-TC-Timestamp: $timestamp" \\
  -d "$payload"`

/** The v1 parameters of the GET example; their keys are sorted in the string to sign, as the signature requires. */
const getParameters: Record<string, string> = {
  Action: action,
  Version: apiVersion,
  SecretName: String(requestExamples.seed.value.SecretName),
  SecretId: '$secret_id',
  Timestamp: '$timestamp',
  Nonce: '$nonce',
  SignatureMethod: 'HmacSHA256',
}
const sortedGetQuery = Object.keys(getParameters)
  .sort()
  .map((key) => `${key}=${getParameters[key]}`)
  .join('&')

/**
 * A working signature-v1 GET: the flat query, keys sorted, HMAC-SHA256, Base64; the Signature URL-encoded.
 * test/docsExamples.test.ts runs it and checks the Signature with the official Node SDK's v1 signer.
 */
export const curlGetExample = `# CreateApiKey, GET query, signature v1 (HmacSHA256). Needs bash, openssl, base64 and curl.
secret_id="$TENCENTCLOUD_SECRET_ID"; secret_key="$TENCENTCLOUD_SECRET_KEY"
host=${host}
timestamp=$(date +%s)
nonce=$((RANDOM + 1))   # a random positive integer

# Every parameter but Signature, keys in ascending byte order, values as they are (not URL-encoded).
# Values other than letters, digits and _ must be URL-encoded in the query sent, but not in the string to sign.
query="${sortedGetQuery}"
signature=$(printf '%s' "GET$host/?$query" | openssl dgst -sha256 -hmac "$secret_key" -binary | base64)

curl -sS --get "https://$host/" --data "$query" --data-urlencode "Signature=$signature"`

/**
 * A working TypeScript client: signs with node:crypto, checks the request with this package's validator before
 * sending and the answer after. test/docsExamples.test.ts type-checks it, then runs it against the official SDK's
 * signer and a stubbed fetch.
 */
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
    'X-TC-Action': '${action}',
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
  return parsed.result // AccessKeySecret is shown only now: store it
}

// const key = await createApiKey({ SecretName: 'ci-deploy' }, process.env.TENCENTCLOUD_SECRET_ID!, process.env.TENCENTCLOUD_SECRET_KEY!)`

export const examplesMarkdown = `Each example creates the product page's example key (\`${examplePayload}\`) with a SecretId and SecretKey from the environment. The same snippets appear as request samples with each operation below.

**curl, POST JSON, signature v3:**

${fence('bash', curlPostExample)}

**curl, GET query, signature v1:**

${fence('bash', curlGetExample)}

**TypeScript, with this package's types and validators** (\`npm install tencent-apigateway-apikey-contract\`, Node 20+):

${fence('ts', typeScriptExample)}`

export const signingMarkdown = `Every call is signed with the caller's SecretId and SecretKey. Two signature versions exist; the official SDKs use v3 by default.

**Signature v3, TC3-HMAC-SHA256** (\`POST\` with \`application/json\`, or \`GET\` with the parameters in the query). Send \`X-TC-Action: ${action}\`, \`X-TC-Version: ${apiVersion}\`, \`X-TC-Timestamp\` (UNIX seconds) and an \`Authorization\` header built in four steps:

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

**Signature v1** (\`GET\` query, or \`POST\` with \`application/x-www-form-urlencoded\`). Put every parameter in one flat map: the action's parameters (Tags flattened as \`Tags.0.Key\`, \`Tags.0.Value\`, ...) plus \`Action\`, \`Version\`, \`Timestamp\`, \`Nonce\` (a random positive integer), \`SecretId\` and optionally \`Region\`, \`SignatureMethod\` (\`HmacSHA1\` by default, or \`HmacSHA256\`), \`Token\` and \`Language\`. Then:

1. Sort the keys in ascending byte order and join them as \`key=value\` with \`&\`, values as they are (not URL-encoded).
2. The string to sign is \`HTTPMethod + "${host}" + "/" + "?" + that query\`, for example \`GET${host}/?Action=${action}&Nonce=...\`.
3. \`Signature = Base64(HMAC-SHA1 or HMAC-SHA256(SecretKey, string to sign))\`, per \`SignatureMethod\`; the \`Signature\` parameter itself is not part of the string.
4. Send every parameter, \`Signature\` included, URL-encoded (a Base64 signature holds \`+\`, \`/\` and \`=\`).

A timestamp more than ${signatureMaxSkewSeconds / 60} minutes from the server's clock is refused with \`AuthFailure.SignatureExpire\`. Temporary credentials add \`X-TC-Token\` (v3) or \`Token\` (v1).`

export const limitsMarkdown = `- **Rate limit**: ${rateLimitPerSecond} requests per second for ${action}; above it, \`RequestLimitExceeded\`.
- **Request size**: GET ${sizeLimits.get / 1024} KB, v1 POST ${sizeLimits.postV1 / 1024 / 1024} MB, v3 POST ${sizeLimits.postV3 / 1024 / 1024} MB; above it, \`RequestSizeLimitExceeded\`.
- **Clock**: the timestamp must be within ${signatureMaxSkewSeconds / 60} minutes of the server's clock; otherwise \`AuthFailure.SignatureExpire\`.
- **Errors are HTTP 200**: a failed call answers \`200\` with \`Response.Error\`; any other status is a transport failure.`

export function overviewMarkdown(): string {
  return `Creates an API key pair for Tencent Cloud API Gateway (action \`${action}\`, API version \`${apiVersion}\`, endpoint \`https://${host}/\`). API Gateway usage plans bind such keys to protect APIs with key-pair authentication.

With \`AccessKeyType\` \`auto\` (the default) the service generates the AccessKeyId and AccessKeySecret; with \`manual\` the caller supplies both. The answer carries the new key, secret included (DescribeApiKey and DescribeApiKeysStatus return the secret as well).

This page is generated from the TypeBox schemas of the \`tencent-apigateway-apikey-contract\` package, like its validators, types, JSON Schema and OpenAPI files: the limits, codes and examples here are the ones the validators enforce. Where the public sources disagree or are silent, the package's decisions are listed at the end, with their reasons and sources.

## Parameters

The action's parameters: the JSON body of a v3 \`POST\`, or query parameters (next to the common ones) in the v1 form.

${parameterRules}

${manualRule}

The common parameters (\`X-TC-Action\`, \`X-TC-Version\`, \`X-TC-Timestamp\`, optional \`X-TC-Region\`, \`X-TC-Token\`, \`X-TC-Language\`) are listed with each operation below. \`Region\` is accepted (the emulator ignores it); whether keys are kept per region is not documented.

## Response

${responseMarkdown}

## Examples

${examplesMarkdown}

## Signing

${signingMarkdown}

## Limits

${limitsMarkdown}

## Key lifecycle

${lifecycleMarkdown()}

## Error codes

Tell a failure by \`Response.Error\`; match on \`Code\`, not on \`Message\`. The first ${errorCodes.filter((info: ErrorCodeInfo) => info.category === 'CreateApiKey').length} codes are CreateApiKey's own; the others are common to every API 3.0 action.

${errorTable()}

## Decisions

Where the sources disagree or say nothing, this package decided as follows; each decision is held by the tests it names.

${decisionsMarkdown(3, 'paragraph')}`
}

/** Mermaid state ids: [*] is Mermaid's start; the others are the states of schema/keyLifecycle.ts. */
const stateId = (state: KeyState) => state[0]!.toUpperCase() + state.slice(1)

/**
 * The key's states and transitions (schema/keyLifecycle.ts): a Mermaid `stateDiagram-v2` with one arrow per from,
 * to and answer, labelled with the actions that take it, then the same arrows as a table with their decisions.
 */
export function lifecycleMarkdown(): string {
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
  return `The states of a key and what each action does in each (a refused call changes nothing):

${fence('mermaid', diagram)}

${table(['From', 'Call', 'To', 'Answer', 'Decision'], rows)}`
}
