/**
 * Where the sources disagree or say nothing, the package decides. Each decision is data: emitted to
 * docs/decisions.md and into the OpenAPI description, and each names the tests that hold it.
 */
export interface Decision {
  readonly id: string
  readonly question: string
  readonly choice: string
  readonly reason: string
  readonly sources: string
  /** Test files (under test/) that prove the choice. */
  readonly tests: readonly string[]
}

export const decisions: readonly Decision[] = [
  {
    id: 'auto-with-credentials',
    question: 'What happens to AccessKeyId or AccessKeySecret sent with AccessKeyType `auto` (or no type)?',
    choice: 'Rejected. The auto shape is closed and has neither field, so such a request fails validation: `InvalidParameter` naming the field (see request-error-codes).',
    reason: 'No source says whether the service ignores or refuses them. A caller who sends a custom ID without `manual` almost certainly forgot the type; ignoring the ID would create a key other than the one they expect. Rejecting is the safe side of an unknown.',
    sources: 'tencent-api-facts.md §1 "open questions"; seed page (the fields are "required if AccessKeyType is manual").',
    tests: ['contract.test.ts', 'runtime.test.ts', 'requests.property.test.ts'],
  },
  {
    id: 'secret-name-length',
    question: 'Does SecretName have a maximum length, and which characters may it hold?',
    choice: '1–50 characters, counted as Unicode code points. Any character except a lone surrogate (which UTF-8 cannot carry). Expressed as a pattern so that TypeBox (which counts UTF-16 code units) and JSON Schema validators (which count code points) agree.',
    reason: 'The API documents no rule; the console limits key names to 50 characters. Choosing the console\'s limit keeps every name the console could create valid, and keeps names bounded.',
    sources: 'tencent-api-facts.md §1 (SecretName row) [SDK][DOC].',
    tests: ['contract.test.ts', 'requests.property.test.ts', 'generators.property.test.ts'],
  },
  {
    id: 'hyphen-in-keys',
    question: 'May AccessKeyId and AccessKeySecret contain `-`?',
    choice: 'No: only ASCII letters, digits and underscore.',
    reason: 'The API pages and the SDK metadata say letters, digits and underscores; only a console page allows `-`. The API is the contract this package describes.',
    sources: 'seed page; tencent-api-facts.md §1.',
    tests: ['contract.test.ts', 'requests.property.test.ts', 'generators.property.test.ts'],
  },
  {
    id: 'region',
    question: 'Is Region required or accepted?',
    choice: 'Optional and accepted: `X-TC-Region` header (v3) or `Region` query parameter (v1), any non-empty value, ignored. It is not an action parameter, so `Region` inside the JSON body is an unknown parameter.',
    reason: 'Doc revisions disagree (one says not required, later ones required); the general API 3.0 rule is that a Region an action does not use is accepted and ignored. The SDKs send it as a header, never in the body.',
    sources: 'seed page ("not required for this API"); tencent-api-facts.md §1 and §4.',
    tests: ['contract.test.ts', 'requests.property.test.ts'],
  },
  {
    id: 'closed-request',
    question: 'Are unknown request parameters allowed?',
    choice: 'No. The request shapes are closed (`additionalProperties: false`), names are case-sensitive, and `__proto__` or `constructor` are unknown parameters like any other.',
    reason: 'API 3.0 answers a parameter the action does not define with UnknownParameter.',
    sources: 'tencent-api-facts.md §3 (UnknownParameter).',
    tests: ['contract.test.ts', 'requests.property.test.ts'],
  },
  {
    id: 'closed-responses',
    question: 'May a response carry fields the contract does not name?',
    choice: 'No. ApiKey and the envelopes are closed: an extra field is reported as a break of the contract.',
    reason: 'The package exists to notice drift between the real API and its description. A field Tencent adds (as Tags was in 2023) should make this package change, not pass silently.',
    sources: 'tencent-api-facts.md §2.',
    tests: ['contract.test.ts', 'responses.property.test.ts'],
  },
  {
    id: 'apikey-required-fields',
    question: 'Which ApiKey fields are always present?',
    choice: 'AccessKeyId, AccessKeySecret, AccessKeyType, SecretName, Status, CreatedTime and ModifiedTime are required and non-null; Tags is optional and may be null. Result itself may be null.',
    reason: 'The CLI metadata (api.json) carries output_required and value_allowed_null flags and says so; the Node SDK\'s .d.ts marks everything optional only because it marks every output field optional.',
    sources: 'tencent-api-facts.md §2.',
    tests: ['contract.test.ts', 'responses.property.test.ts', 'types.test.ts'],
  },
  {
    id: 'timestamps',
    question: 'What exactly may CreatedTime and ModifiedTime look like?',
    choice: '`YYYY-MM-DDThh:mm:ssZ`: UTC, whole seconds, literal `Z`, a real calendar date, hours 00–23, seconds 00–59 (no leap second). Declared as `format: date-time` plus a pattern.',
    reason: 'Every example and the SDK docs use this exact form. The pattern pins the form; the format adds the calendar check (no 2021-02-30).',
    sources: 'seed page example; tencent-api-facts.md §2.',
    tests: ['contract.test.ts', 'responses.property.test.ts'],
  },
  {
    id: 'request-id',
    question: 'What is a RequestId?',
    choice: 'A UUID (8-4-4-4-12 hex digits, either case).',
    reason: 'Every documented response carries one; the sources describe it as a UUID.',
    sources: 'seed page; tencent-api-facts.md §2.',
    tests: ['contract.test.ts', 'responses.property.test.ts'],
  },
  {
    id: 'error-codes-closed',
    question: 'May an error response carry a code outside the documented list?',
    choice: 'No: Code is the union of the 7 CreateApiKey codes and the 38 common API 3.0 codes. Message is any string.',
    reason: 'Codes are the contract and messages are not. A code outside the list is drift the package should learn about.',
    sources: 'seed page §6; tencent-api-facts.md §3.',
    tests: ['contract.test.ts', 'responses.property.test.ts'],
  },
  {
    id: 'tags',
    question: 'What limits apply to Tags?',
    choice: 'An array (possibly empty) of closed `{Key, Value}` objects, both required strings; no length, count or charset limit is enforced. In the v1 form they are `Tags.N.Key` / `Tags.N.Value` with N a decimal index without leading zeros.',
    reason: 'The SDKs define Tag as two required strings and nothing more; inventing limits would reject requests the service may accept.',
    sources: 'tencent-api-facts.md §1 [SDK].',
    tests: ['contract.test.ts', 'requests.property.test.ts', 'types.test.ts'],
  },
  {
    id: 'errors-http-200',
    question: 'Which HTTP status do errors have?',
    choice: '200, like successes. The document has one 200 response whose schema is the success | error union, and the lint rule operation-4xx-response is turned off.',
    reason: 'Both official SDKs treat a non-200 status as a transport failure and read Response.Error from 200 bodies.',
    sources: 'tencent-api-facts.md §3.',
    tests: ['contract.test.ts'],
  },
  {
    id: 'request-error-codes',
    question: 'Which error code does each kind of bad request get from parseCreateApiKeyRequest (and the emulator)?',
    choice: 'Missing required parameter: `MissingParameter`. Parameter the action does not define (case-sensitive, in the body or in a Tag): `UnknownParameter`. Wrong JSON type, length or charset: `InvalidParameter.FormatError`; `null` counts as a wrong type, not as absent. AccessKeyType a string but not `auto`/`manual`: `InvalidParameterValue` (a non-string AccessKeyType is a FormatError). AccessKeyId or AccessKeySecret with AccessKeyType `auto` or absent: `InvalidParameter`. A body that is not a JSON object (array, string, number, null): `UnsupportedOperation.UnpackError`. Every problem is reported (unknown names first, then the parameters in documentation order, Tags as `Tags.N.Key`); the first is the answer. Messages name the parameter and the rule and never contain a value from the request.',
    reason: 'The four parameter codes are the ones API 3.0 documents for these cases. A custom credential sent with auto names a parameter the action does define, well-formed or not, so neither UnknownParameter nor FormatError describes it; the generic InvalidParameter ("a parameter is wrong") does. The official SDKs omit unset parameters rather than sending null, so a null comes from a hand-built body and is a value of the wrong type. A body that cannot be read as the parameter object cannot be unpacked, which is what UnpackError says. Never echoing values keeps AccessKeySecret out of messages and logs.',
    sources: 'tencent-api-facts.md §3 (common error codes); seed page §6 (CreateApiKey codes); decision auto-with-credentials.',
    tests: ['runtime.test.ts'],
  },
  {
    id: 'v1-form',
    question: 'What exactly may the parameters of the signature-v1 form (GET query or form POST) look like, and what can its JSON Schema not say?',
    choice: 'Every value is a string. Timestamp: 1–10 decimal digits; Nonce: a positive integer of 1–10 digits without a leading zero; SecretId, Signature and Region (when sent): non-empty; SignatureMethod `HmacSHA1` or `HmacSHA256`; Language `zh-CN` or `en-US`. Flattened tags come in pairs (`Tags.N.Key` with `Tags.N.Value`) with indexes 0, 1, 2, ...: no JSON Schema can require that for an unbounded N, so the emitted schema checks each flattened name and value only; the pairing is checked by the test oracle and must be checked by any parser of the form.',
    reason: 'The sources say "integer UNIX seconds" and "random positive integer" without a width; 10 digits hold every UNIX time until 2286 and every 32-bit nonce. A tag is two required strings in the JSON form, so half a tag cannot be valid in the flat form either.',
    sources: 'tencent-api-facts.md §4; decision `tags`.',
    tests: ['requests.property.test.ts', 'generators.property.test.ts'],
  },
]
