/** Markdown built from the schema data: shared by the OpenAPI description (and so the docs site) and docs/*.md. */
import {
  accessKeyCharsetDescription,
  accessKeyIdLength,
  accessKeySecretLength,
  action,
  apiVersion,
  decisions,
  errorCodes,
  host,
  rateLimitPerSecond,
  secretNameLength,
  service,
  signatureMaxSkewSeconds,
  sizeLimits,
  type ErrorCodeInfo,
} from '../schema/index.js'

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ')

export function errorTable(codes: readonly ErrorCodeInfo[] = errorCodes): string {
  const rows = codes.map((info) => `| \`${info.code}\` | ${info.category} | ${cell(info.description)} | ${cell(info.remedy)} |`)
  return ['| Code | Category | Meaning | What to do |', '| --- | --- | --- | --- |', ...rows].join('\n')
}

export function decisionsMarkdown(headingLevel = 2): string {
  const hashes = '#'.repeat(headingLevel)
  return decisions
    .map(
      (decision) =>
        `${hashes} ${decision.question}\n\n**Choice.** ${decision.choice}\n\n**Why.** ${decision.reason}\n\n**Sources.** ${decision.sources}\n\n**Tested by.** ${decision.tests.map((file) => `\`test/${file}\``).join(', ')}\n`,
    )
    .join('\n')
}

export const parameterRules = `| Parameter | Type | Required | Default | Rule |
| --- | --- | --- | --- | --- |
| SecretName | string | yes | | ${secretNameLength.min}–${secretNameLength.max} characters (code points), any except lone surrogates |
| AccessKeyType | string | no | \`auto\` | \`auto\` or \`manual\` |
| AccessKeyId | string | when \`manual\`; not accepted with \`auto\` | | ${accessKeyIdLength.min}–${accessKeyIdLength.max} characters: ${accessKeyCharsetDescription} |
| AccessKeySecret | string | when \`manual\`; not accepted with \`auto\` | | ${accessKeySecretLength.min}–${accessKeySecretLength.max} characters: ${accessKeyCharsetDescription} |
| Tags | array of Tag \`{Key, Value}\` | no | | both Key and Value required strings; \`Tags.N.Key\` / \`Tags.N.Value\` in the v1 form |`

export const signingMarkdown = `Every call is signed with the caller's SecretId and SecretKey. Two signature versions exist.

**Signature v3, TC3-HMAC-SHA256** (\`POST\` with \`application/json\`, or \`GET\`). Send \`X-TC-Action: ${action}\`, \`X-TC-Version: ${apiVersion}\`, \`X-TC-Timestamp\` (UNIX seconds) and an \`Authorization\` header built in four steps:

1. **Canonical request**: \`HTTPMethod\\n/\\nCanonicalQueryString\\ncontent-type:<content type>\\nhost:${host}\\n\\ncontent-type;host\\nhex(SHA256(body))\`. The query string is empty for POST.
2. **String to sign**: \`TC3-HMAC-SHA256\\n<timestamp>\\n<date>/${service}/tc3_request\\nhex(SHA256(canonical request))\`, where \`<date>\` is the UTC date (\`YYYY-MM-DD\`) of the timestamp.
3. **Signing key**: \`kDate = HMAC_SHA256("TC3" + SecretKey, date)\`, \`kService = HMAC_SHA256(kDate, "${service}")\`, \`kSigning = HMAC_SHA256(kService, "tc3_request")\`.
4. **Signature**: \`hex(HMAC_SHA256(kSigning, string to sign))\`, sent as \`Authorization: TC3-HMAC-SHA256 Credential=<SecretId>/<date>/${service}/tc3_request, SignedHeaders=content-type;host, Signature=<signature>\`.

**Signature v1** (\`GET\` query, or \`POST\` with \`application/x-www-form-urlencoded\`). Put every parameter in one flat map: the action's parameters (Tags flattened as \`Tags.0.Key\`, \`Tags.0.Value\`, ...) plus \`Action\`, \`Version\`, \`Timestamp\`, \`Nonce\` (a random positive integer), \`SecretId\` and optionally \`Region\`, \`SignatureMethod\` (\`HmacSHA1\` by default, or \`HmacSHA256\`), \`Token\` and \`Language\`. Sort the keys in ascending byte order, join them as \`key=value\` with \`&\` (values not URL-encoded), prefix \`<METHOD>${host}/?\`, HMAC the result with the SecretKey, Base64-encode it, and send it as \`Signature\` (URL-encoded in the query).

A timestamp more than ${signatureMaxSkewSeconds / 60} minutes from the server's clock is refused with \`AuthFailure.SignatureExpire\`. Temporary credentials add \`X-TC-Token\` (v3) or \`Token\` (v1).`

export const limitsMarkdown = `- **Rate limit**: ${rateLimitPerSecond} requests per second for ${action}; above it, \`RequestLimitExceeded\`.
- **Request size**: GET ${sizeLimits.get / 1024} KB, v1 POST ${sizeLimits.postV1 / 1024 / 1024} MB, v3 POST ${sizeLimits.postV3 / 1024 / 1024} MB; above it, \`RequestSizeLimitExceeded\`.
- **Errors are HTTP 200**: a failed call answers \`200\` with \`Response.Error\`; any other status is a transport failure.`

export function overviewMarkdown(): string {
  return `Creates an API key pair for Tencent Cloud API Gateway (action \`${action}\`, API version \`${apiVersion}\`, endpoint \`${host}\`).

With \`AccessKeyType\` \`auto\` (the default) the service generates the AccessKeyId and AccessKeySecret; with \`manual\` the caller supplies both. The response carries the new key, including its secret, which is returned only once.

This document is generated from the TypeBox schemas of this package; where the public sources disagree or are silent, the package's decisions are listed at the end, with their reasons and sources.

## Parameters

${parameterRules}

## Signing

${signingMarkdown}

## Limits

${limitsMarkdown}

## Error codes

Tell a failure by \`Response.Error\`; match on \`Code\`, not on \`Message\`.

${errorTable()}

## Decisions

Where the sources disagree or say nothing, this package decided as follows.

${decisionsMarkdown(3)}`
}
