/**
 * Where the sources disagree or say nothing, the package decides. Each decision is data: emitted to
 * docs/decisions.md and into the OpenAPI description, and each names the tests that hold it.
 */
import { commonErrorCodes, sharedActionCodes } from './commonErrorCodes.js'
import { actions } from './actions/index.js'
import { Kind } from '@sinclair/typebox'
import { ApiKey } from './apiKey.js'

/** The same difference for each named action. */
const forEach = (names: readonly string[], difference: Omit<MetadataDifference, 'action'>): MetadataDifference[] => names.map((action) => ({ action, ...difference }))
const allActions = actions.map((action) => action.name)
/** Where each action's answer carries ApiKeys: its Result, or the items of a page's ApiKeySet. */
const apiKeyPlaces: readonly { readonly action: string; readonly path: string }[] = actions.flatMap((action) =>
  action.result === ApiKey ? [{ action: action.name, path: 'response.Result' }] : action.result.$id === 'ApiKeysStatus' ? [{ action: action.name, path: 'response.Result.ApiKeySet[]' }] : [],
)
/** The same difference at every place an ApiKey is answered (`path` relative to the ApiKey: '' or '.Tags[]'). */
const atEveryApiKey = (path: string, difference: Omit<MetadataDifference, 'action' | 'path'>): MetadataDifference[] =>
  apiKeyPlaces.map((place) => ({ action: place.action, path: `${place.path}${path}`, ...difference }))
/** The actions whose Result is an object other than ApiKey (a page): its closedness is declared like ApiKey's. */
const otherObjectResults = actions.filter((action) => action.result !== ApiKey && action.result[Kind] === 'Object').map((action) => action.name)
import { accessKeyIdLength, accessKeySecretLength, formatBytes, formatRange, maxTagsPerKey, pageLimit, rateLimitPerSecond, secretNameLength, signatureMaxSkewSeconds, sizeLimits, tagKeyLength, tagValueLength } from './rules.js'
import { formIntegerMaxDigits, maxListedUnknownParameters } from './service.js'

export interface Decision {
  readonly id: string
  readonly question: string
  readonly choice: string
  readonly reason: string
  readonly sources: string
  /** Test files (under test/) that prove the choice. */
  readonly tests: readonly string[]
  /**
   * Where this choice makes the contract differ from Tencent's own API metadata (the CLI's api.json and the Go SDK's
   * error lists), each difference, declared here once: test/fidelity.test.ts fails on a difference that no decision
   * declares and on a declaration that no longer matches a difference.
   */
  readonly metadataDifferences?: readonly MetadataDifference[]
}

/** One deliberate difference between the contract and Tencent's metadata, as scripts/fidelity/compare.ts names it. */
export interface MetadataDifference {
  /** The action, e.g. `CreateApiKey`. */
  readonly action: string
  /** Where: `request`, `request.Tags[].Key`, `response.Result.Status`, or `errors` for the error union. */
  readonly path: string
  /**
   * What differs: `constraint` (a rule the metadata does not state; `detail` is the JSON Schema keyword), `closed`
   * (unknown members are refused), `conditional` (a member allowed only in some request shapes; `detail` names
   * them), `extra-code` (a code the action's union adds; `detail` is the code).
   */
  readonly aspect: 'constraint' | 'closed' | 'conditional' | 'extra-code' | 'missing-code' | 'type' | 'required' | 'nullable' | 'member' | 'example'
  readonly detail: string
}

/** The decisions of the whole service; each action's own are in its folder, and `decisions` lists them all. */
export const serviceDecisions: readonly Decision[] = [
  {
    id: 'header-case',
    question: 'In which case are the signature-v3 header names written, and how are received headers matched?',
    choice: 'The Tc3Headers schema names them canonically (`X-TC-Action`, ...). Header names are matched case-insensitively: a receiver maps them to the canonical case before validating (the emulator does, since Node lower-cases every received name).',
    reason: 'HTTP header names are case-insensitive (RFC 9110), and the official SDKs and proxies may send any case. A JSON Schema cannot match property names case-insensitively, so the schema fixes one case and receivers normalise to it.',
    sources: 'tencent-api-facts.md §4; RFC 9110 §5.1.',
    tests: ['contract.test.ts', 'emulator.test.ts'],
  },
  {
    id: 'region',
    question: 'Is Region required or accepted?',
    choice: 'Optional and accepted: `X-TC-Region` header (v3) or `Region` query parameter (v1), any non-empty value; the emulator ignores it. Whether the service keeps keys per region is not documented, and the document says so instead of calling keys region-independent. It is not an action parameter, so `Region` inside the JSON body, or in the query of a TC3 GET (whose common parameters are headers), is an unknown parameter, as are the other v1 common names there.',
    reason: 'Doc revisions disagree (one says not required, later ones required); the general API 3.0 rule is that a Region an action does not use is accepted and ignored. The SDKs send it as a header, never in the body.',
    sources: 'seed page ("not required for this API"); tencent-api-facts.md §1 and §4; apikey-lifecycle-facts.md §1 M2 (every key action lists Region: Yes; siblings list InvalidParameterValue.InvalidRegion).',
    tests: ['contract.test.ts', 'requests.property.test.ts', 'emulator.hardening.test.ts'],
  },
  {
    id: 'closed-request',
    question: 'Are unknown request parameters allowed?',
    choice: 'No. The request shapes are closed (`additionalProperties: false`), names are case-sensitive, and `__proto__` or `constructor` are unknown parameters like any other.',
    reason: 'API 3.0 answers a parameter the action does not define with UnknownParameter.',
    sources: 'tencent-api-facts.md §3 (UnknownParameter).',
    tests: ['contract.test.ts', 'requests.property.test.ts', 'fidelity.test.ts'],
    metadataDifferences: [
      ...forEach(allActions, { path: 'request', aspect: 'closed', detail: 'additionalProperties' }),
      { action: 'CreateApiKey', path: 'request.Tags[]', aspect: 'closed', detail: 'additionalProperties' },
    ],
  },
  {
    id: 'listed-unknown-parameters',
    question: 'How many unknown parameters does a parser list, when a body holds a great many?',
    choice: `At most ${maxListedUnknownParameters} per object (the body, or one item of a list such as \`Tags.0\`), in the order met; past them, one more UnknownParameter error names the object (\`(body)\`, \`Tags.0\`) and counts the rest ("150 more unknown parameters are not listed"). Every other problem is still listed, after them, in documentation order; the first problem, which the API answers, is unchanged. The response parsers (parse<Action>Response, and through them the client and conform) do the same with an answer's undefined members: at most ${maxListedUnknownParameters} violations per object, then one counting the rest, since an answer comes from a server the caller may not trust.`,
    reason: `A closed request lists every problem so a caller fixes them all at once; but the unknown names are the only problems without a bound in the schema (a JSON body of ${formatBytes(sizeLimits.postV3)} holds hundreds of thousands), and building an error with a message for each made the result of one such parse about a hundred megabytes and added a third to its time (listing the names of so large an object is the rest, and JSON.parse of the body costs as much again). Counting them costs a comparison each; the first of them are what a caller needs to see.`,
    sources: 'the package\'s choice: the API answers only the first problem (tencent-api-facts.md §2, the error envelope).',
    tests: ['requestErrors.units.test.ts', 'requestParsers.property.test.ts', 'responseViolations.test.ts'],
  },
  {
    id: 'closed-responses',
    question: 'May a response carry fields the contract does not name?',
    choice: 'No. ApiKey and the envelopes are closed: an extra field is reported as a break of the contract.',
    reason: 'The package exists to notice drift between the real API and its description. A field Tencent adds (as Tags was in 2023) should make this package change, not pass silently.',
    sources: 'tencent-api-facts.md §2.',
    tests: ['contract.test.ts', 'responses.property.test.ts', 'fidelity.test.ts'],
    metadataDifferences: [
      ...forEach(allActions, { path: 'response', aspect: 'closed', detail: 'additionalProperties' }),
      ...atEveryApiKey('', { aspect: 'closed', detail: 'additionalProperties' }),
      ...atEveryApiKey('.Tags[]', { aspect: 'closed', detail: 'additionalProperties' }),
      ...forEach(otherObjectResults, { path: 'response.Result', aspect: 'closed', detail: 'additionalProperties' }),
    ],
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
    choice: '`YYYY-MM-DDThh:mm:ssZ`: UTC, whole seconds, literal `Z`, a real calendar date, hours 00–23, seconds 00–59 (no leap second). Declared as `format: date-time` plus a pattern that holds the calendar too (the days of each month; February 29th only in leap years).',
    reason: 'Every example and the SDK docs use this exact form. The pattern pins the form and the calendar, so a validator that treats `format` as an annotation, as JSON Schema 2020-12 does by default, refuses 2021-02-29 and 2020-04-31 all the same; the format tells generators and readers what the string is.',
    sources: 'seed page example; tencent-api-facts.md §2.',
    tests: ['contract.test.ts', 'responses.property.test.ts'],
  },
  {
    id: 'request-id',
    question: 'What is a RequestId?',
    choice: 'A UUID (8-4-4-4-12 hex digits, either case).',
    reason: 'Every documented response carries one; the sources describe it as a UUID.',
    sources: 'seed page; tencent-api-facts.md §2.',
    tests: ['contract.test.ts', 'responses.property.test.ts', 'fidelity.test.ts'],
    metadataDifferences: [
      ...forEach(allActions, { path: 'response.RequestId', aspect: 'constraint', detail: 'pattern' }),
    ],
  },
  {
    id: 'error-codes-closed',
    question: 'May an error response carry a code outside the documented list?',
    choice: `No: each action's Code is the union of its own codes, the codes every action shares (${sharedActionCodes.map((info) => `\`${info.code}\``).join(', ')}, where the action does not list them; decision shared-codes) and the ${commonErrorCodes.length} common API 3.0 codes: ${actions.map((action) => `${action.name} ${action.allErrorCodes.length} (${action.errorCodes.length} of its own)`).join(', ')}. Message is any string.`,
    reason: 'Codes are the contract and messages are not. A code outside the list is drift the package should learn about.',
    sources: 'seed page §6; tencent-api-facts.md §3.',
    tests: ['contract.test.ts', 'responses.property.test.ts'],
  },
  {
    id: 'tags',
    question: 'What shape do Tags have?',
    choice: 'An array (possibly empty) of closed `{Key, Value}` objects, both required strings, within the bounds of decision `tag-limits`. In the v1 form they are `Tags.N.Key` / `Tags.N.Value` with N a decimal index without leading zeros.',
    reason: 'The SDKs define Tag as two required strings; the bounds come from the Tag service, since this action documents none.',
    sources: 'tencent-api-facts.md §1 [SDK]; decision tag-limits.',
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
    choice: 'Missing required parameter: `MissingParameter`. Parameter the action does not define (case-sensitive, in the body or in a Tag): `UnknownParameter`. Wrong JSON type, length or charset: `InvalidParameter.FormatError` (so are too many tags and a tag key or value out of its bounds, decision tag-limits); `null` counts as a wrong type, not as absent. AccessKeyType a string but not `auto`/`manual`: `InvalidParameterValue` (a non-string AccessKeyType is a FormatError). AccessKeyId or AccessKeySecret with AccessKeyType `auto` or absent: `InvalidParameter`. A body that is not a JSON object (array, string, number, null): `UnsupportedOperation.UnpackError`. Every problem is reported (unknown names first, then the parameters in documentation order, Tags as `Tags.N.Key`); the first is the answer. Messages name the parameter and the rule and never contain a value from the request.',
    reason: 'The four parameter codes are the ones API 3.0 documents for these cases. A custom credential sent with auto names a parameter the action does define, well-formed or not, so neither UnknownParameter nor FormatError describes it; the generic InvalidParameter ("a parameter is wrong") does. The official SDKs omit unset parameters rather than sending null, so a null comes from a hand-built body and is a value of the wrong type. A body that cannot be read as the parameter object cannot be unpacked, which is what UnpackError says. Never echoing values keeps AccessKeySecret out of messages and logs.',
    sources: 'tencent-api-facts.md §3 (common error codes); seed page §6 (CreateApiKey codes); decision auto-with-credentials.',
    tests: ['runtime.test.ts'],
  },
  {
    id: 'v1-form',
    question: 'What exactly may the parameters of the signature-v1 form (GET query or form POST) look like, and what can its JSON Schema not say?',
    choice: 'Every value is a string. Timestamp: 1–10 decimal digits; Nonce: an integer of 1–10 digits without a leading zero, 0 included (the Node SDK draws Math.round(Math.random() * 65535), so it can send 0); RequestClient (the SDKs add it): any string, optional; SecretId, Signature and Region (when sent): non-empty; SignatureMethod `HmacSHA1` or `HmacSHA256`; Language `zh-CN` or `en-US`. Flattened tags come in pairs (`Tags.N.Key` with `Tags.N.Value`) with indexes 0, 1, 2, ...: no JSON Schema can require that for an unbounded N, so the emitted schema checks each flattened name and value only; the pairing is checked by the test oracle and must be checked by any parser of the form. The emulator checks the common parameters of both forms (these, and the Tc3Headers) with the rules emitted from these schemas (`generated/validators/commonParameters.js`), not with a list and patterns of its own, so Nonce `007` is refused as the schema says (the emulator accepted any 1–10 digits before). Codes: routing first (Action, Version: MissingParameter, InvalidAction, NoSuchVersion); then, in schema order, a required parameter absent or empty → MissingParameter, a value outside an enumeration (SignatureMethod, Language) → InvalidParameterValue, a broken pattern or length (Timestamp, Nonce, an empty Region) → InvalidParameter; then the timestamp against the clock (AuthFailure.SignatureExpire) and the credential.',
    reason: 'The sources say "integer UNIX seconds" and "random positive integer" without a width; 10 digits hold every UNIX time until 2286 and every 32-bit nonce. A tag is two required strings in the JSON form, so half a tag cannot be valid in the flat form either.',
    sources: 'tencent-api-facts.md §4; decision `tags`.',
    tests: ['requests.property.test.ts', 'generators.property.test.ts', 'contract.test.ts', 'emulator.test.ts'],
  },
  {
    id: 'emulator-framework',
    question: 'Which HTTP framework does the emulator use, and how is it tested?',
    choice: `fastify 5, with its own body parsers removed: JSON and form bodies are read raw within their size limits (${formatBytes(sizeLimits.postV3)}, ${formatBytes(sizeLimits.postV1)}), any other body is not read. Tests use real HTTP on loopback, never fastify.inject.`,
    reason: 'fastify is well kept, runs on Node 20, has per-parser body limits and lets every refusal (too large, bad Content-Type, bad URL) be answered with the Tencent envelope. The raw bytes are needed anyway for the TC3 payload hash. fastify.inject loads light-my-request, whose cookie@2 dependency declares Node 22; real sockets also test what users run.',
    sources: 'issue 6; toolchain-notes.md.',
    tests: ['emulator.test.ts', 'emulator.describeApiKey.test.ts'],
  },
  {
    id: 'emulator-default-credentials',
    question: 'Which credentials does the emulator accept when none are configured?',
    choice: 'One documented, public pair: SecretId `AKIDLOCALEMULATOR0000000000000000000`, SecretKey `LocalEmulatorSecretKey0000000000`. Configured credentials (the `credentials` option, or APIKEY_EMULATOR_SECRET_ID / APIKEY_EMULATOR_SECRET_KEY for the CLI) replace it. The CLI prints the default SecretKey because it is public; a configured SecretKey is never printed or logged.',
    reason: 'Tests and local tools need to sign requests without setup, and the SDKs refuse empty credentials. A fixed public pair is the LocalStack convention; it cannot be mistaken for a real Tencent key and protects nothing.',
    sources: 'issue 6 ("a documented default for local use").',
    tests: ['emulator.test.ts', 'emulator.concurrency.test.ts'],
  },
  {
    id: 'emulator-group-commit',
    question: 'When does the emulator write a new key, and when does it answer?',
    choice: 'Creates are group-committed: the creates asked for during one turn of the event loop are decided and written in one transaction at the end of that turn (IMMEDIATE when a data file may be shared), in the order they were asked, and each request is answered only after that commit. A new key\'s CreatedTime is the clock at its write\'s turn, inside the transaction, as ModifiedTime is for the other writes: a create that waited for another process\'s lock is stamped when written, so CreatedTime never decreases down the newest-first list. Outcomes are those of running the creates one after another (AccessKeyExist, the quota and its order of checks included); the one exception is an auto key whose AccessKeyId is already taken (effectively never: see emulator-auto-keys for the odds), which is drawn again in the next group. An insert that fails fails its own request only (InternalError); a transaction that cannot run writes nothing and each request of the group answers InternalError (for a data file locked by another process, only once each has waited `lockWaitMs`: see emulator-locked-database). Stopping the emulator commits what is pending first.',
    reason: 'A transaction and a burst of answers per group, instead of per request, is the usual group commit of databases: under load one commit serves many requests, at the cost of one event-loop turn of latency when idle. Answering only after the commit keeps the promise that an answered key exists, and with a data file survives a restart of the emulator (WAL with synchronous NORMAL: an operating-system crash may lose the last commits). Measured with `npm run bench:emulator` on a 2-core machine: 25–30% more requests per second, and 20% less server CPU per request, than one transaction per request.',
    sources: 'issue 6 (storage, concurrency and benchmark requirements).',
    tests: ['keyStore.test.ts', 'emulator.concurrency.test.ts'],
  },
  {
    id: 'emulator-rate-limit',
    question: `How does the emulator apply the limit of ${rateLimitPerSecond} requests per second?`,
    choice: `A token bucket per action and SecretId: ${rateLimitPerSecond} at once, then one more every ${1000 / rateLimitPerSecond} ms (\`rateLimitPerSecond\`, \`--rate-limit\`, for every action; 0 lifts it), so one action at its limit does not hold back another (each action's page states its own limit). Only authenticated requests use the budget, so nobody can exhaust another SecretId's limit with unsigned requests; over the limit answers RequestLimitExceeded.`,
    reason: 'The documentation gives the rate, not the algorithm; a token bucket allows the documented rate without punishing a short burst, and is O(1).',
    sources: `seed page (${rateLimitPerSecond} requests per second).`,
    tests: ['emulator.test.ts', 'emulator.describeApiKey.test.ts'],
  },
  {
    id: 'emulator-signing-tolerance',
    question: 'What exactly does the emulator accept when verifying signatures?',
    choice: 'TC3: Host signed with or without its port; header values signed lower-cased or as sent; credential-scope service `apigateway` or the first label of the Host header (what the Node SDK derives from a local endpoint, e.g. `127`); the scope date must be the UTC date of X-TC-Timestamp. v1: host with or without port; `RequestClient` (sent by the SDKs) is a common parameter; Nonce may be 0 (the Node SDK draws Math.round(Math.random() * 65535)); a replayed v1 request is refused (see emulator-replay). Everything else must match exactly, compared in constant time.',
    reason: 'The official Node SDK signs the hostname without port in TC3 and with port in v1, and takes the service from the endpoint; rejecting these would make the emulator unusable with the official client. Real traffic uses port 443 and apigateway.tencentcloudapi.com, where all variants coincide.',
    sources: 'tencentcloud-sdk-nodejs 4.1.313 common/sign.js, common/abstract_client.js, common/http/http_connection.js.',
    tests: ['emulator.test.ts', 'emulator.sdk.test.ts'],
  },
  {
    id: 'emulator-transport-errors',
    question: 'What does the emulator answer to requests that are not well-formed API calls?',
    choice: 'Always HTTP 200 with the envelope: a method other than GET/POST → UnsupportedProtocol; a path other than `/` → UnsupportedOperation; a POST whose URL has a query string (a bare `?` is none) → UnknownParameter, since a POST\'s parameters are read from its body only; a POST whose Content-Type is missing, malformed or neither JSON nor form, or whose JSON does not parse → UnsupportedOperation.UnpackError; a JSON POST without Authorization or a malformed one → AuthFailure.InvalidAuthorization; a v1 parameter sent twice → InvalidParameter (a JSON member sent twice is read as JSON.parse reads it, the last one winning, as Go\'s encoding/json does; a form has no such rule, and the two values would be signed but only one judged); an `Expect` other than `100-continue` is ignored, as RFC 9110 allows (Node alone answers 417 without the envelope); missing Action/Version/Timestamp/Nonce/SecretId/Signature → MissingParameter. Checks run in this order: transport, routing (InvalidAction, NoSuchVersion), the common parameters by their schemas (decision v1-form), authentication, rate limit, validation, storage. A Region (non-empty, as its schema says) is ignored. Tags are in Result only when the request sent Tags. What Node\'s HTTP parser refuses before a request exists gets the envelope too, with HTTP 200 and `Connection: close`, since the bytes after a framing error cannot be trusted: a method token it does not know (`FOO`, a lowercase `get`), and CONNECT (whose connection Node hands over) → UnsupportedProtocol; a head over its limit (twice the GET limit) → RequestSizeLimitExceeded; a malformed Content-Length, Transfer-Encoding or chunk, or a header line without a colon → UnsupportedOperation.UnpackError. A header sent twice is joined into one list, as RFC 9110 reads it, instead of Node keeping the first: the list then fails that header\'s own check (two Authorization → AuthFailure.InvalidAuthorization, two Content-Type → UnsupportedOperation.UnpackError, two X-TC-Action → InvalidAction), and two Host headers (or one with a comma, which no host name has) → UnsupportedOperation.UnpackError. A request that starts while the emulator closes is answered InternalError without being run, since its answer might never be sent. Left to Node: an HTTP/1.1 request without Host (400) and a request that times out (408, decision emulator-slow-clients).',
    reason: 'The sources name these codes but not when each applies; these are the most specific codes of the closed list. Routing before authentication tells a caller who reached the wrong action or version so directly. A query on a POST is what no client sends (the SDKs, capi and Terraform put every parameter in the body, and Tencent\'s TC3 guide fixes a POST\'s canonical query string as empty); read, it would be a second place for parameters, and ignored, a parameter the caller sent would silently have no effect.',
    sources: 'tencent-api-facts.md §3, §4.',
    tests: ['emulator.test.ts', 'emulator.describeApiKey.test.ts', 'emulator.frameworkErrors.test.ts'],
  },
  {
    id: 'openapi-wire-forms',
    question: 'How does one OpenAPI document describe the four wire forms the service accepts (POST JSON + TC3, form POST + v1, GET + v1, GET + TC3), when a path and method hold one operation?',
    choice: 'Two operations per action (where each action sits: decision openapi-many-actions). POST (operationId `<Action>`, e.g. `CreateApiKey`) has two request media types: `application/json` (`<Action>Request`) and `application/x-www-form-urlencoded` (`<Action>Query`: the flat v1 map, common parameters and Signature included), with security `[{TC3: []}, {}]`: TC3 for the JSON body, and for the form body the empty alternative, because a v1 form carries its signature as a body field and no OpenAPI security scheme can be in a body (apiKey is header, query or cookie); the form\'s schema requires Signature, SecretId, Timestamp and Nonce instead. GET (`<Action>WithQuery`) has security `[{V1: []}, {TC3: []}]` (V1: `Signature` in the query; TC3: the Authorization header), the action\'s parameters in the query (required where every shape of the request requires them: CreateApiKey\'s SecretName, DescribeApiKey\'s AccessKeyId), the v1 common parameters as optional query parameters and the X-TC-* headers as optional header parameters, each saying with which signature it is required. A parameter cannot be required for one security alternative only, so on one operation shared by two forms the common parameters are optional; the v1 form body stays exact.',
    reason: 'Every form the service and the emulator accept must validate in a validating proxy (Prism flagged GET + TC3 for missing v1 parameters and form POST + v1 for its security and media type). The alternatives, a path per form (`/?Action=...`) or a oneOf query object, are not valid OpenAPI (path keys) or are ignored by tools (Prism deserialises an exploded object by its declared properties only). Prism also re-encodes the query string it forwards (URLSearchParams: a space becomes `+`), which a TC3 GET has signed as sent; a TC3 GET through Prism passes only with values that both encoders write alike. That is a property of the proxy, not of the document: the emulator tests send spaces and reserved characters in all four forms directly.',
    sources: 'tencent-api-facts.md §4 (POST JSON must use v3, form POST must use v1, GET may use either); issue 10; Prism 5.14.2 (prism-http validator/validators/security, body.js, deserializers/style/form.js).',
    tests: ['contract.test.ts', 'openApiTools.test.ts', 'prismProxy.test.ts'],
  },
  {
    id: 'emulator-signed-host',
    question: 'A proxy in front of the emulator (Prism) replaces Host with the upstream\'s host:port, so a v1 signature (which covers the host the client used, port included) no longer matches. May the emulator take the signed host from a `Forwarded` (or `X-Forwarded-Host`) header?',
    choice: 'No. The emulator never takes the host from a request header other than Host; instead the `signedHosts` option (library) lists extra hosts a signature may name, such as the proxy\'s `127.0.0.1:PORT`. Default: none. Prism 5.14.2 does not send a `Forwarded` header anyway: it drops the original Host (checked on the wire), so only a configured list makes v1 through Prism verify.',
    reason: 'Forwarded is written by whoever sends the request and is outside the signature, so trusting it would let any request name the host it was signed for, which removes the host from what the signature binds. On a local test server that costs little, but a list configured by whoever starts the emulator binds the same thing and trusts nothing from the wire. TC3 is unaffected here: the official SDK signs the hostname without the port, which the emulator already accepts (emulator-signing-tolerance).',
    sources: 'issue 10; Prism 5.14.2 prism-http/dist/forwarder/index.js (omits host, adds no Forwarded); RFC 7239.',
    tests: ['prismProxy.test.ts'],
  },
  {
    id: 'component-names',
    question: 'Which component names avoid the names that generators derive from the operations?',
    choice: 'The success | error union is `CreateApiKeyEnvelope` (it was `CreateApiKeyResponse`; JSON Schema file `json-schema/CreateApiKeyEnvelope.json`). The exported TypeScript type and the TypeBox schema `CreateApiKeyResponse` stay as aliases of it. The other component names (`CreateApiKeyRequest`, `CreateApiKeyAutoRequest`, `CreateApiKeyManualRequest`, `CreateApiKeySuccessResponse`, `ErrorResponse`, `CreateApiKeyQuery`, ...) collide with nothing derived from the operationIds `CreateApiKey` and `CreateApiKeyWithQuery`. An action added later takes the names `<Action>Request`, `<Action>Query`, `<Action>SuccessResponse`, `<Action>ErrorCode`, `<Action>ApiError`, `<Action>ErrorResponse` and `<Action>Envelope` (DescribeApiKey does), none of which a generator derives from `<Action>` or `<Action>WithQuery`; CreateApiKey keeps `ErrorCode`, `ApiError` and `ErrorResponse`, the names it was published with.',
    reason: 'hey-api derives `{Op}Data`, `{Op}Errors`, `{Op}Error`, `{Op}Responses` and `{Op}Response` from each operationId and renamed its own `CreateApiKeyResponse` to `CreateApiKeyResponse2` because a component held the name; orval derives `{Op}Body`, `{Op}Params`, `{Op}Headers` and `{Op}200`; openapi-typescript keys `operations` by operationId, without new type names. Renaming the component, not the operation, keeps the operationId equal to the action name.',
    sources: 'issue 10; @hey-api/openapi-ts 0.95.0 output on the document (tested); orval naming from its documentation (not run here).',
    tests: ['consumer.test.ts', 'types.test.ts'],
  },
  {
    id: 'metadata-fidelity',
    question: 'How is the contract held to Tencent\'s own API metadata, and what counts as a difference?',
    choice: 'For every action, `test/fidelity.test.ts` and `npm run fidelity` read the emitted JSON Schema files and compare them with the CLI metadata (api.json, examples.json) and the Go SDK\'s error lists: every request and result member, recursively (kind, element or object type, required / always present / nullable), the rules the metadata states in its Chinese descriptions (length ranges such as "长度为5 - 50字符", the charset "字母、数字、英文下划线", "默认为", "最大值为", enumerations such as "0表示禁用，1表示启用"; a `datetime_iso` member states the date-time format), whether objects are closed, the error union (every Go SDK code and every common code must be in it; any other code is a difference), and each official example (input and output must validate). A rule the contract adds that the metadata does not state is a difference. Each deliberate difference is declared once, in `metadataDifferences` of the decision that justifies it: an undeclared difference fails, and so does a declaration that matches no difference. Masked keys and secrets in the examples (`AKID` and a fixed run of `*`) are replaced by their visible prefix and letters and digits up to 40 characters. Without the metadata beside the checkout the test is reported as skipped, with the reason.',
    reason: 'A contract package\'s worst defect is a silent divergence from the real API; a machine check keeps up as actions are added, where a hand check does not. Reading only the phrasings the metadata really uses keeps the reader honest: a rule stated another way shows up as a difference to look at, not as a silent match. The masks are longer than any real key (51 characters against the 40 of the unmasked examples and the seed page), so they cannot be judged as they are.',
    sources: '../shared/reference/metadata/README.md (flags: required, output_required, value_allowed_null); apikey-lifecycle-facts.md §4 (key and secret shapes: AKID + 36, 39–40 characters); seed page example.',
    tests: ['fidelity.test.ts'],
  },
  {
    id: 'tag-limits',
    question: 'How many tags may a key carry, and how long may a tag key and value be?',
    choice: `At most ${maxTagsPerKey} tags (\`maxItems: ${maxTagsPerKey}\`; in the v1 form N of \`Tags.N.Key\` is 0–${maxTagsPerKey - 1}). A key of ${formatRange(tagKeyLength)} characters, a value of ${formatRange(tagValueLength)} (empty allowed), both counted as Unicode code points with no lone surrogate (patterns, as for SecretName). Too many tags, and a key or value out of bounds, answer \`InvalidParameter.FormatError\`; a Tags list over ${maxTagsPerKey} is refused as a whole, without reading its items, so its cost does not grow with its length. The same bounds hold in the ApiKey a response carries. Not enforced: duplicate keys, the reserved \`qcloud:\` / \`project\` prefixes and the Tag service's key charset.`,
    reason: 'CreateApiKey documents no limit, and unbounded tags let one create store about 10 MB (5 GB in the emulator at its default quota) and block a server for most of a second. Tencent\'s Tag service bounds the tags of any resource: 50 per resource, keys of 1–127 characters (some later pages say 255), values of 0–255 (older pages 1–255). 50 and 255 are what every version states; for the key the smaller 127 is taken, since every version accepts such keys, while a 128–255 character key may be refused by services on the older limit. Counting code points keeps TypeBox and JSON Schema validators in agreement (see secret-name-length). FormatError is the code this package gives every bound (request-error-codes); LimitExceeded is a quota code. Duplicate keys are not rejected: JSON Schema cannot state that one member is unique across items (uniqueItems compares whole items), and the Tag service\'s charset and reserved prefixes belong to the Tag API, not to this action; the emulator stores tags as sent.',
    sources: 'Tencent Cloud Tag service, Usage limits/restrictions page (tags per resource, key and value lengths, reserved prefixes); issue 11 point 6.',
    tests: ['runtime.test.ts', 'requests.property.test.ts', 'generators.property.test.ts', 'emulator.test.ts', 'fidelity.test.ts'],
    metadataDifferences: [
      { action: 'CreateApiKey', path: 'request.Tags', aspect: 'constraint', detail: 'maxItems' },
      { action: 'CreateApiKey', path: 'request.Tags[].Key', aspect: 'constraint', detail: 'minLength' },
      { action: 'CreateApiKey', path: 'request.Tags[].Key', aspect: 'constraint', detail: 'pattern' },
      { action: 'CreateApiKey', path: 'request.Tags[].Value', aspect: 'constraint', detail: 'pattern' },
      ...atEveryApiKey('.Tags', { aspect: 'constraint', detail: 'maxItems' }),
      ...atEveryApiKey('.Tags[].Key', { aspect: 'constraint', detail: 'minLength' }),
      ...atEveryApiKey('.Tags[].Key', { aspect: 'constraint', detail: 'pattern' }),
      ...atEveryApiKey('.Tags[].Value', { aspect: 'constraint', detail: 'pattern' }),
    ],
  },
  {
    id: 'json-members',
    question: 'Which properties of a JavaScript value count as members of a request or an answer?',
    choice: 'Exactly those its JSON text would have: own enumerable string-keyed properties (Object.keys), read once each as JSON.stringify reads them (a getter counts, with its value). Inherited properties (a custom prototype, a class\'s prototype, a polluted Object.prototype), non-enumerable and symbol-keyed properties are not members, so a required parameter held only there is missing and an unknown name held there is not reported. A member whose value is undefined is absent, as JSON.stringify drops it. The prototype itself does not matter: Object.create(null) objects and class instances are objects; an array is its elements 0 to length - 1, other properties of it ignored. parseCreateApiKeyRequest and parseCreateApiKeyResponse therefore give on any such value the same result as on `JSON.parse(JSON.stringify(value))`, and the oracle judges the same way. Only the members are JSON\'s, not the conversions of values: a toJSON method is not called (it is a member named toJSON), a boxed primitive (`new String(\'x\')`) is an object, not a string, and a function- or symbol-valued member is a value like any other (an unknown one is reported), where JSON.stringify would call, unwrap or drop them: a parser judges what it was given, not what a serialiser would make of it. Every parse<Action>Request reads each member, item and string once and returns a new plain object built from the values it read (Tags copied as plain `{Key, Value}`, Filters as plain `{Name, Values}` with Values rebuilt string by string), never the input nor anything made by the input\'s own methods (an array\'s own `slice`, `constructor` or species, or a subclass\'s, would decide what such a copy is). The compiled checks in generated/validators (TypeBox\'s code with its object checks rewritten) never pass a value whose inherited or non-enumerable members they read, but may fail one that is valid as JSON; parseCreateApiKeyResponse then judges the JSON form (a copy) and returns that copy. Out of scope: values JSON cannot carry (functions, symbols, BigInt, NaN and infinities, objects with toJSON such as Date, getters whose value changes between reads, Proxies): they are judged as the values they are, a wrong type or an unknown member; a request parser reads each once, so a getter or a Proxy is judged and copied as the one value it gave. A read that throws (a getter\'s or a Proxy trap\'s exception) is answered, never passed on (an exception on a body that reads again without one, member by member, is taken for the parser\'s own and passed on; so is a getter\'s that throws only once): a request gets UnsupportedOperation.UnpackError on `(body)` with the rule `readable`, an answer is `invalid` with the violation `(body)` `readable`; what was thrown is not repeated, since it may hold anything. The named members of a parsed value are its own data properties even when Object.prototype has a setter or a read-only property of the same name (they are then defined, not assigned); array elements are assigned, so an index setter put on Array.prototype or Object.prototype is out of scope.',
    reason: 'Requests and answers are JSON on the wire: a value that serialises to `{}` must not be accepted as a request with a SecretName, and `Result: {__proto__: key}` (which serialises to `{}`) must not read as a success. TypeBox\'s compiled checks list own names with getOwnPropertyNames (non-enumerable included) and read members through the prototype chain; ajv does the same. Counting what JSON counts is the only definition on which the caller, the wire and the server agree. Returning a copy keeps inherited or hidden properties (and later changes through getters) out of the typed value.',
    sources: 'ECMA-262 JSON.stringify (SerializeJSONObject uses EnumerableOwnProperties); issue 11 point 5.',
    tests: ['jsonMembers.property.test.ts', 'runtime.test.ts'],
  },
  {
    id: 'emulator-slow-clients',
    question: 'How long may a client hold a connection, and how many connections may be open?',
    choice: 'Four limits, each with a default in `defaultTransportLimits` (src/emulator/options.ts) and an option and CLI flag: `requestTimeoutMs` / `--request-timeout` (the whole request, head and body, must arrive within it of its start; else Node answers HTTP 408 and closes: a client trickling bytes), `idleTimeoutMs` / `--idle-timeout` (a connection silent that long while a request is read or answered is destroyed: a stalled body), `keepAliveTimeoutMs` / `--keep-alive-timeout` (an idle kept-alive connection between requests is closed), `maxConnections` / `--max-connections` (connections beyond it are closed as soon as they are accepted; open ones are unaffected). Each must be at least 1: none can be switched off. They are Node\'s and fastify\'s own mechanisms (requestTimeout with headersTimeout and a 1 s connectionsCheckingInterval, server.setTimeout, keepAliveTimeout, server.maxConnections). With a data file the idle timeout must exceed `lockWaitMs` by `lockWaitMarginMs`, or a create waiting for a lock is cut off (emulator-locked-database). Closing (close(), or SIGINT, SIGTERM or SIGHUP for the CLI) sends every answer owed to a request that arrived whole (requests pipelined on one connection in order, the last with `Connection: close`; one that starts after the close began is answered InternalError without being run) and cuts every other connection at once (a client still sending a request, stalled or idle): Node\'s own close waits for every open connection and stops the timer that enforces requestTimeout, so one trickling client would hold the process for as long as it trickles. A handler waits at most `lockWaitMs`; a second later every connection left is closed. Bytes that break HTTP after a complete request are handled the same way: that request is answered first, then the connection closes; so is a body the emulator leaves unread (an unsupported Content-Type), and a request behind it is not run. A client that ends its side of the connection still gets the answers owed to it.',
    reason: 'fastify sets Node\'s request timeout and the socket timeout to 0 and sets no cap, so one client could hold sockets forever. A timeout per way of holding a socket closes each one; the 408 of a timed-out request is not a Tencent envelope because there is no complete request to answer. The defaults are far above what a local client needs and short enough that a stuck client is gone quickly; kept-alive clients (the benchmark) are unaffected while they send requests.',
    sources: 'issue 11 point 1; Node 20 http.Server options; fastify 5 server options.',
    tests: ['emulator.hardening.test.ts', 'emulator.concurrency.test.ts'],
  },
  {
    id: 'emulator-exposure',
    question: 'What happens when the emulator listens beyond loopback (`--host 0.0.0.0`, `::`, or another address)?',
    choice: 'With the public default credential accepted (no credentials configured, or the default pair among them) and a host that is not loopback (127.0.0.0/8, ::1, ::ffff:127.0.0.0/104 or `localhost`), createEmulator refuses to start with a message saying what to configure; the CLI exits 1. With configured credentials it serves, and the CLI prints a warning that other machines can reach it. The endpoints printed (and `emulator.endpoints`) are ones a client can use: for `0.0.0.0` 127.0.0.1 and the machine\'s non-internal IPv4 addresses, for `::` also ::1 and the IPv6 ones (link-local left out: they need a zone); `emulator.endpoint` and `url` are the first, a loopback address, never the wildcard.',
    reason: 'The default credential is published in the README: beyond loopback it lets anyone on the network sign requests. Refusing, rather than warning, makes exposure a deliberate act that costs two environment variables. A wildcard is an address to bind, not one to connect to.',
    sources: 'issue 11 point 2.',
    tests: ['emulator.hardening.test.ts', 'emulator.concurrency.test.ts'],
  },
  {
    id: 'emulator-utf8',
    question: 'What does the emulator answer to a body or query that is not valid UTF-8?',
    choice: 'UnsupportedOperation.UnpackError, naming the part (`The JSON body`, `The form body`, `The query string`) and nothing of its content, in every wire form: raw bytes of a JSON or form body, and the bytes that percent-escapes of a query or form body decode to (TC3 POST JSON, TC3 GET, v1 GET, v1 form POST). Valid UTF-8 means the strict definition (no overlong, surrogate, truncated or above-U+10FFFF sequences). Nothing is stored; a U+FFFD the client did send (EF BF BD, raw or escaped) is kept. Where the check runs: a form or v1 query before its v1 signature (computed over the decoded values), a JSON body and a TC3 query after the TC3 signature (computed over the raw bytes, which is unchanged). A POST whose Content-Type declares another charset (`charset=latin1`) gets the same code (`A POST body must be UTF-8`) instead of being read as UTF-8, and so does one declared compressed (a Content-Encoding other than `identity`); `utf-8` in any case, `utf8` and no charset are UTF-8.',
    reason: 'API 3.0 requires UTF-8. Node\'s decoders replace what is not UTF-8 with U+FFFD, so the emulator stored characters the client never sent. A body that cannot be decoded cannot be unpacked, which is what UnpackError says (the code already used for a body that is not JSON); a parameter code would blame one parameter for the whole body.',
    sources: 'issue 11 point 3; tencent-api-facts.md ("HTTPS, UTF-8").',
    tests: ['emulator.hardening.test.ts'],
  },
  {
    id: 'emulator-locked-database',
    question: 'What happens while another connection (a second emulator process on the same `--data` file) holds the SQLite write lock?',
    choice: 'The server keeps answering everything that does not need the lock. While serving, SQLite\'s busy timeout is 0: a group commit that finds the lock taken writes nothing and is tried again every 5 ms on a timer, at the head of the queue (creates asked for meanwhile join it behind the blocked ones, so outcomes stay those of one-by-one creates). Each create waits at most `lockWaitMs` (`--lock-wait`, default in `defaultTransportLimits`) from when it was asked for, then answers InternalError; a create is answered only after its commit, as before. Opening the file and closing the store, when nothing is being served, wait inside SQLite up to `lockWaitMs`. With a data file, `idleTimeoutMs` must exceed `lockWaitMs` by at least `lockWaitMarginMs` (src/emulator/options.ts; refused otherwise, by option or by flag): a write waiting for the lock keeps its connection silent, from a little before it was asked for until its answer is written, and cutting it would lose the answer to a write then made; for the same reason no attempt is made past a write\'s deadline, even when a late retry would find the lock free. The file\'s layout has a number (SQLite user_version): opening refuses, naming the file, anything but a regular file (a FIFO would block the open, a device would get a -journal file beside it), one of a later layout, one whose tables, columns (their names, declared types and NOT NULL) or unique columns are not the store\'s (another program\'s, or an older emulator\'s), and one SQLite finds damaged (quick_check), before writing anything to it; the kept key count is counted again at every open (another program may have changed the rows); a file deleted, moved or replaced while served, or its -wal file (the commits not yet copied into it), makes every later write fail (InternalError) rather than be answered and lost, checked at each group commit; a file of the current layout from before it was numbered is taken and numbered. The path is resolved first, so `:memory:` or `file:…` name files like any other. The rate limit (emulator-rate-limit) and the replay memory (emulator-replay) are each process\'s own; the quota and the keys are the file\'s.',
    reason: 'better-sqlite3 is synchronous: its busy timeout waits inside the call and so blocks the whole event loop (an unsigned GET took 6.5 s). Retrying on the event loop keeps the group commit\'s guarantees at the price of up to 5 ms more latency after a lock is released, and needs neither a worker thread nor a second copy of the store.',
    sources: 'issue 11 point 4; better-sqlite3 12 (synchronous API); SQLite busy_timeout.',
    tests: ['keyStore.test.ts', 'emulator.hardening.test.ts'],
  },
  {
    id: 'emulator-replay',
    question: `Is a signed request accepted twice (a replay within the ${signatureMaxSkewSeconds / 60}-minute window), and how is an STS token compared?`,
    choice: 'v1: the same signed request (SecretId, Timestamp, Nonce and Signature) is accepted once; again while its Timestamp is in the window it answers InvalidParameter (Nonce), and after the window AuthFailure.SignatureExpire as any old request. Only requests admitted past the rate limit are remembered (so the memory is bounded by the rate times the window), and the memory is swept once per window. The memory is the process\'s own, not the data file\'s: an emulator restarted within the window, or a second one on the same data file, accepts that request once more. TC3: an identical request is accepted again and creates another key. The STS token is compared in constant time.',
    reason: 'The documentation says only that Nonce, with Timestamp, prevents replay. Keying on the whole signed request refuses exactly a replay and never a distinct request, even when the Node SDK draws the same 16-bit Nonce twice. TC3 has no nonce: two calls of the official SDK with the same body in the same second are byte-identical, so refusing identical TC3 requests would refuse legitimate calls. The token is reached only after a valid signature, but a constant-time comparison costs nothing.',
    sources: 'issue 11 ("Also record"); tencent-api-facts.md §4; tencentcloud-sdk-nodejs common/abstract_client.js (Nonce).',
    tests: ['emulator.hardening.test.ts'],
  },
  {
    id: 'emulator-routing',
    question: 'How does the emulator tell the actions apart, how is the rate limit shared between them, and what does a log line name?',
    choice: `Routing is by the registry: the action name (X-TC-Action or Action) must be one of the registry's names exactly (case-sensitive); any other, another case included, answers InvalidAction with a message listing the served actions, never the name sent. The version comes next (NoSuchVersion names the action). Then each action's parameters are judged by that action's validator only, and its handler answers from the one key store. The rate limit is per action and SecretId: each action has its own token bucket per SecretId, at its rate (${rateLimitPerSecond} per second for each action today: the rate the pages read state, CreateApiKey's, DescribeApiKeysStatus's, UpdateApiKey's, DeleteApiKey's and DisableApiKey's, and assumed for DescribeApiKey and EnableApiKey, whose pages the facts did not read; the \`rateLimitPerSecond\` option, \`--rate-limit\`, sets it for every action), so a SecretId at CreateApiKey's limit can still call DescribeApiKey. A log line's message is the action; a request refused before it was routed (transport errors, an unknown action) is logged as \`unrouted\`.`,
    reason: 'Each action\'s page that was read states its own limit ("for this API"), so one shared budget would refuse calls the service accepts (a create-then-describe loop would halve). The name sent is the caller\'s and may be anything: it is neither echoed nor logged as a message, so a log filtered by message holds only real actions.',
    sources: 'issue 12 point 4; apikey-lifecycle-facts.md §2 (rate limit on every page); tencent-api-facts.md (routing).',
    tests: ['emulator.describeApiKey.test.ts', 'emulator.pipeline.test.ts', 'emulator.server.test.ts'],
  },
  {
    id: 'v1-form-arrays',
    question: 'How does the emulator read array parameters from a v1 form (or a TC3 GET query), for every action?',
    choice: 'One rule for every action, with no list of array parameters: `Name.N.Field` becomes `Name[N].Field` (an array of objects; Field is the rest of the name) and `Name.N` becomes `Name[N]` (an array of strings), where Name is a PascalCase parameter name (as every API 3.0 parameter is) and N a canonical decimal index (`01` is none). Any other name stays as it is, for the validator to report as unknown (`tags.0.Key`, `Tags.01.Key`). Refused with InvalidParameter.FormatError: an index that no form of its size can fill (without allocating), an element sent both as a value and with fields, an array sent both flattened and as one value. A missing index leaves a hole the validator reports. The rule applies at every depth: `Filters.0.Values.1` becomes `Filters[0].Values[1]`, down to `maxArrayDepth` levels of arrays (src/emulator/v1Form.ts), several more than the contract\'s deepest parameter (`Filters.N.Values.N`); below them the rest of a name stays one name, an unknown member, so a name of thousands of levels (a GET within its size limit can carry one) is answered with UnknownParameter instead of exhausting the stack.',
    reason: 'Tencent flattens every action\'s arrays the same way (lifecycle facts §2: `Filters.0.Name`, `AccessKeyIds.0`), so the emulator needs no per-action code to read them, and the validator of the action judges the result exactly as it judges the JSON body.',
    sources: 'issue 12 point 4; apikey-lifecycle-facts.md §2; decision v1-form.',
    tests: ['emulator.units.test.ts', 'emulator.test.ts', 'emulator.hardening.test.ts'],
  },
  {
    id: 'shared-codes',
    question: 'Which code does a request of any action get for a body that cannot be read, or a parameter of the wrong type or format, when Tencent\'s metadata does not list UnsupportedOperation.UnpackError or InvalidParameter.FormatError for that action?',
    choice: `The same as CreateApiKey: \`UnsupportedOperation.UnpackError\` for a body that is not a JSON object, not valid JSON or UTF-8, or of another Content-Type; \`InvalidParameter.FormatError\` for a parameter of the wrong type, length or characters and for a v1 form whose arrays have gaps. Both belong to every action's closed union (${sharedActionCodes.map((info) => `\`${info.code}\``).join(', ')}, added where the action does not list them).`,
    reason: 'The transport and the v1 form are shared by every action, and a body is refused before the service can know which parameters the action has; the metadata\'s per-action lists name the codes each action\'s own logic adds. One code per kind of problem, whatever the action, is what a client can rely on; the generic InvalidParameter would hide which kind it is.',
    sources: 'go-sdk-apigateway-key-errors.json (CreateApiKey, UpdateApiKey and CreateUsagePlan list InvalidParameter.FormatError; CreateApiKey and CreateUsagePlan list UnsupportedOperation.UnpackError); decision request-error-codes.',
    tests: ['emulator.describeApiKey.test.ts', 'fidelity.test.ts', 'requests.property.test.ts'],
    metadataDifferences: actions.flatMap((action) =>
      sharedActionCodes.filter((shared) => !action.errorCodes.some((own) => own.code === shared.code)).map((shared) => ({ action: action.name, path: 'errors', aspect: 'extra-code' as const, detail: shared.code })),
    ),
  },
  {
    id: 'openapi-many-actions',
    question: 'Every action is an RPC call to `/`, told apart by X-TC-Action / Action, but an OpenAPI path and method hold one operation: how does the document describe several actions?',
    choice: 'Two kinds of document. The main one (`generated/openapi.json`, `.yaml`; the package\'s `openapi.json`) puts each action of the registry at its own pseudo-path `/#<Action>` (POST `<Action>`, GET `<Action>WithQuery`), its own tag and docs section, its X-TC-Action header and Action parameter the action\'s literal; the fragment is never sent, so a client that builds URLs from the path (openapi-fetch `client.POST(\'/#DescribeApiKey\', ...)`, hey-api) reaches `/` with a POST. Not with a GET: such a client appends the query after the path, so after the `#`, and the query is never sent either (each GET operation says so); the query form is called through the per-action document, where GET is at `/`. Beside it, one document per action (`generated/openapi/<Action>.json`, `.yaml`; the package\'s `openapi/<Action>.json`) holds that action alone at the real path `/`, with only the components it uses. Which tool needs which: Redocly lint and build-docs, Spectral, openapi-typescript (`operations[\'<Action>\']`, `paths[\'/#<Action>\']`), openapi-fetch and hey-api (POST) take the main document; openapi-fetch and hey-api calling the query form (GET) take the per-action documents; Prism (mock and validating proxy), and any tool that matches the request path against the document, take the per-action documents, one Prism per action.',
    reason: 'One document with every action is what type generators and docs need (one `paths`, one `components`, each action its own types). But a path key cannot hold a query (`/?Action=...` is not valid OpenAPI), and a header cannot select an operation, so a router matches a request to `/` against no `/#...` path: Prism 5.14.2 answers such a request NO_PATH_MATCHED_ERROR (404) on the main document (tested). A path key with a fragment lints clean in Redocly (recommended-strict) and Spectral (spectral:oas) and keeps each action separate for openapi-typescript; the per-action documents are the same operations at `/`, generated from the same definition, so nothing is written twice.',
    sources: 'issue 12 point 3; OpenAPI 3.1 §4.8.8 (path templating; fragments are not sent by HTTP clients, RFC 3986 §3.5); Prism 5.14.2 router (tested in openApiTools.test.ts).',
    tests: ['contract.test.ts', 'openApiTools.test.ts', 'prismProxy.test.ts', 'consumer.test.ts'],
  },
  {
    id: 'emulator-lifecycle-writes',
    question: 'How do UpdateApiKey, EnableApiKey, DisableApiKey and DeleteApiKey write, when several calls change one key at once, and what survives a restart?',
    choice: 'Every write goes through the group commit of creates (emulator-group-commit): each is a read-modify-write of one key, decided at its turn in its group, inside the transaction (IMMEDIATE with a data file), on the key as the writes before it left it, and answered only after the commit. So the answers and the final state of any set of concurrent calls are those of one serial order (no lost update), also with two emulators on one data file; an answered change is committed before its answer, so it survives a restart, even a killed process (WAL). A delete frees its place in the quota in the same transaction (the kept key count stays exact) and frees its AccessKeyId. Reads (DescribeApiKey, DescribeApiKeysStatus) read the last commit at once, without the write lock; a list reads its count and its page from one snapshot.',
    reason: 'The status checks of Delete (enabled: InvalidStatus) and of Update (auto or manual) must see the key as it is when the change is written: a check made on an earlier read lets concurrent Enable and Delete both succeed. One transaction per group keeps the throughput measured for creates.',
    sources: 'issue 13 (emulator state); decisions emulator-group-commit, delete-needs-disabled, update-secret, status-toggle.',
    tests: ['emulator.lifecycleConcurrency.test.ts', 'keyStore.test.ts'],
  },
  {
    id: 'v1-form-integers',
    question: 'How does the emulator read an integer parameter (Limit, Offset) from a v1 form or a GET query, where every value is a string?',
    choice: `For every action alike, from its request model: each parameter of kind integer whose value is a canonical decimal integer (\`0\`, or an optional minus sign and digits without a leading zero) becomes that number before validation; any other string (\`05\`, \`-0\`, \`+5\`, \` 5\`, \`1e1\`, \`5.0\`, \`0x10\`, other digits, or more than ${formIntegerMaxDigits} digits, past which a number may not be finite) stays a string and is refused by the validator as not an integer (InvalidParameter.FormatError); a number out of range is then InvalidParameterValue as in JSON. A JSON body is not converted: there a string is not an integer.`,
    reason: `The official SDK's v1 form, the serverless toolkit (capi) and Terraform's SDK calls send \`Limit=100\` as text; the form has no types, so the model of the action says which values are integers. Only the plain decimal form is what these clients send; accepting more would make the emulator more lenient than any documented form. The v1 form's JSON Schema says the same with a pattern built from the integer's bounds (Limit \`1\`–\`100\`, Offset \`0\` or up to ${formIntegerMaxDigits} digits without a leading zero), so a validating proxy refuses what the emulator refuses.`,
    sources: 'issue 13; apikey-lifecycle-facts.md §2 (v1 flattening), §5.2, §5.3.',
    tests: ['emulator.lifecycle.test.ts', 'clients.test.ts'],
  },
  {
    id: 'usage-plans',
    question: 'What of usage plans (BindSecretIds, UnBindSecretIds, NotUsagePlanId, ResourceIsInUse; lifecycle facts Q3, Q11, Q12) does the contract and the emulator cover?',
    choice: 'Not the usage-plan actions yet: the registry holds the seven API-key actions. Their effects on keys are kept in the contract where the key actions document them (UnsupportedOperation.ResourceIsInUse in DeleteApiKey\'s union, the NotUsagePlanId filter of DescribeApiKeysStatus), and the emulator, which has no usage plans, answers as if no key were bound: ResourceIsInUse never, NotUsagePlanId matches every key. Region (Q11) is one account-wide store (decision region). Binding rules (Q12: a key bound twice, to two plans, the per-plan limit) are left to the usage-plan actions when they are added.',
    reason: 'The issue asks for the key lifecycle; the usage-plan actions are a second resource with their own open questions. Answering as an account with no plans is exact for every client that does not bind keys (the Terraform key resource, the toolkit\'s create and remove of its own keys) and never invents a binding.',
    sources: 'apikey-lifecycle-facts.md §3.4, §3.7–§3.10, §6 Q3, Q11, Q12.',
    tests: ['emulator.lifecycle.test.ts', 'lifecycle.model.test.ts'],
  },
  {
    id: 'client-sdk-bytes',
    question: 'What exactly does the typed client (`/client`) send: which encoders, which order, which headers, which host in the signature?',
    choice: 'What tencentcloud-sdk-nodejs 4.1.313 builds for the same call. TC3 POST: the body as the SDK\'s json-bigint (json2) writes it, which escapes U+007F–U+009F, U+00AD, U+0600–U+0604, U+070F, U+17B4–U+17B5, U+200C–U+200F, U+2028–U+202F, U+2060–U+206F, U+FEFF and U+FFF0–U+FFFF where JSON.stringify does not, with members whose value is null dropped (its deepRemoveNull), `Content-Type: application/json`. TC3 GET and both v1 forms: the parameters flattened into an object as its mergeData does (`Filters.0.Values.1`, `Tags.0.Key`, integers and booleans as text; integer-like names first, as an object orders them), escaped by node:querystring; TC3 GET signs `content-type:application/x-www-form-urlencoded`. TC3 signs the URL\'s hostname without its port and the query as the WHATWG URL parser normalises it (`\'` becomes `%27`, which is also what goes on the wire); v1 signs METHOD + host with its port + path + `?` + every parameter but Signature sorted by UTF-16 code units, values unescaped, a request member named like a common parameter keeping its place and taking the common value. Headers in the SDK\'s order: X-TC-Action, X-TC-Region, X-TC-Timestamp, X-TC-Version, X-TC-Token, X-TC-RequestClient, X-TC-Language, Content-Type, Authorization; v1 sends SignatureMethod always (HmacSHA256 by default, where a server assumes HmacSHA1 when it is absent). Differences kept on purpose: an integer from 1e21 on is written in full digits in the flat forms (`1000000000000000000000`, where the SDK writes `1e+21`, which the v1 form\'s integer pattern refuses); no X-TC-TraceId; RequestClient `tencent-apigateway-apikey-contract` unless the `requestClient` option says otherwise; the timestamp is the clock\'s whole seconds rounded down in both signings (the SDK rounds v1\'s to nearest, up to half a second ahead); the Nonce is 1–65535 (the SDK may draw 0); an empty GET query has no bare `?` (fetch drops it; both sign an empty query); an own member named `__proto__` (JSON.parse makes one) is sent as the member it is, where the SDK\'s copies lose it. As the SDK does, a function member is left out of every form and toJSON is called with the member\'s name.',
    reason: 'The issue asks for signing byte for byte what the official SDK signs; the same bytes also make any server that accepts the SDK accept the client, including one that re-serialises or re-encodes to verify. The SDK\'s own request is the oracle: the property test intercepts its HTTP call and compares URL, body and every header over random requests, and a loopback recorder compares what arrives from both.',
    sources: 'tencentcloud-sdk-nodejs 4.1.313 common/sign.js, common/abstract_client.js, common/http/http_connection.js; json-bigint 1.0.0 lib/stringify.js; tencent-api-facts.md §4.',
    tests: ['client.signing.property.test.ts', 'client.test.ts'],
  },
  {
    id: 'client-tc3-service',
    question: 'Which service does the client put in the TC3 credential scope when the endpoint is not apigateway.tencentcloudapi.com (a loopback emulator, a proxy)?',
    choice: 'Always `apigateway`, the contract\'s service (generated/contractLimits.js), whatever the endpoint.',
    reason: 'The SDK takes the endpoint\'s first label (`127` for 127.0.0.1:9777), which only works against servers that accept any label, as the emulator does for the SDK\'s sake. The real service\'s scope is `apigateway`; a fake or a proxy judged by conform should see the scope the real service requires.',
    sources: 'tencentcloud-sdk-nodejs abstract_client.js (`service: this.endpoint.split(".")[0]`); decision emulator-signed-host; tencent-api-facts.md §4.',
    tests: ['client.test.ts', 'client.signing.property.test.ts'],
  },
  {
    id: 'client-absent-members',
    question: 'How does the client send members whose value is null or undefined?',
    choice: 'It leaves them out in every wire form: JSON drops undefined members, and null ones are removed as the SDK removes them; the flat forms skip both. Array elements are kept in JSON (a null element stays `null`) and skipped in the flat forms, as the SDK does. The one difference from the SDK: an undefined member of a TC3 GET query, which the SDK sends as `Name=` (an empty string the server would judge), is left out.',
    reason: 'An optional parameter written as `undefined` in TypeScript means absent; sending an empty string in its place changes the request in one wire form only. To send a null or an empty value on purpose (an invalid-request check), `send` with a `tamper` changes the signed request.',
    sources: 'tencentcloud-sdk-nodejs http_connection.js (deepRemoveNull, mergeData skips null only), abstract_client.js (mergeData skips null and undefined).',
    tests: ['client.signing.property.test.ts'],
  },
  {
    id: 'client-lone-surrogates',
    question: 'What does the client do with a string holding a lone surrogate (valid in a JavaScript string, with no UTF-8 form)?',
    choice: 'In a JSON body it writes an escape (`\\ud800`), as JSON.stringify does, so the server receives the very string. In the query and form wire forms it refuses the request before sending, with a TypeError naming the parameter (`Filters.0.Values.0 holds a lone surrogate`), never the value. Likewise in those forms, an empty list or object inside a list\'s element (`Filters.0.Values` as `[]`, an item `{}`): a flat form names only leaves, so it would vanish and the server would judge the element without it. A parameter that is itself an empty list (`Tags: []`) is left out, as the SDK leaves it out: every action\'s lists are optional, and an absent list means an empty one.',
    reason: 'The SDK\'s json2 leaves the surrogate raw and UTF-8 turns it into U+FFFD, and its querystring encoder throws URIError at the end of a string or, before another character, encodes a different character: either way the server would judge another value than the one the caller passed, which a conformance check must not do silently. Percent-encoding carries UTF-8 bytes, so the flat forms have no way to carry it at all.',
    sources: 'json-bigint lib/stringify.js (escapable); Node 20 lib/internal/querystring.js encodeStr; WHATWG Encoding (UTF-8 encoder replaces lone surrogates).',
    tests: ['client.signing.property.test.ts', 'client.test.ts'],
  },
  {
    id: 'client-outcomes',
    question: 'How does the client classify what comes back, and when does a call end?',
    choice: 'Every answer goes through the action\'s parseResponse: its success (the method resolves with the Result), an error of its union (TencentApiError, code typed by the union), or anything else that is HTTP 200 JSON (ContractViolationError with each path, rule and message, and the RequestId when the body has one). Not an answer of the API, so a transport error: an HTTP status other than 200 (even with a valid envelope; redirects are not followed), a body that is not JSON, a failed connection. `timeoutMs` (default 10,000) bounds the whole exchange, headers and body, through AbortSignal.timeout; its end is a ClientTimeoutError. `send` resolves with the exchange in every one of these cases; it rejects, with a TypeError before anything is sent, only for a name that is not an action, for parameters a wire form cannot carry (client-lone-surrogates) or that hold themselves or nest deeper than maxParameterDepth (src/client/encodable.ts) levels, and for a timestamp (the clock\'s, or overrides.timestamp) that has no date (not finite, or beyond Date\'s range: a clock in the wrong unit). Options are checked when the client is made (a TypeError naming the option, never its value): an http(s) endpoint without query, fragment or user info (a bare `?` or `#` too, which would swallow the query appended to it), `signing` tc3 or v1, `signatureMethod` only with v1, `timeoutMs` a positive integer up to maxTimeoutMs (2^31 - 1 ms, Node\'s longest timer; a longer one fires at once), non-empty text options without control characters, and, with TC3, those sent in a header (secretId, token, region, requestClient) only of Latin-1 characters, which is all fetch puts in a header (v1 sends them in the query or the form) (client-answer-bounds). A ContractViolationError\'s message names the first few violations (shownViolations, src/client/errors.ts; a path that is not plain or is longer than 64 characters is quoted and cut, so it stays one short line) and counts the rest; `violations` holds them all. A TencentApiError\'s message is Tencent\'s Message as one line (control characters, line separators and bidirectional overrides written as `\\uXXXX`, backslashes doubled, cut past shownMessageLength characters), so logging it cannot forge or break log lines; `apiMessage` holds the Message as answered.',
    reason: 'Tencent answers every call, errors included, with HTTP 200 and its envelope (tencent-api-facts.md §2): anything else comes from something in between and says nothing about the contract. A body that parses but is neither envelope is exactly what the contract forbids, so it is never passed through as a success.',
    sources: 'tencent-api-facts.md §2; src/responseParser.ts; issue 14.',
    tests: ['client.test.ts'],
  },
  {
    id: 'client-secrets',
    question: 'What does the client keep out of messages, and what does redactExchange blank?',
    choice: 'Messages name actions, paths, rules and statuses; they never quote a request, a URL or a body, and a server\'s Message is cleaned of the client\'s SecretKey and token (every spelling: as is, percent-encoded, form-encoded, JSON-escaped) before it becomes a TencentApiError. redactExchange(exchange, secrets) and client.redact(exchange) replace with `[redacted]`: the TC3 Signature in Authorization, X-TC-Token, the v1 Signature and Token, every member or parameter named AccessKeySecret, SecretKey, Token or Signature at any depth of the request and the answer (ApiKeySet items included; a name written with JSON escapes too), found in the answer\'s text even when it is not JSON or came with another status than 200, and every occurrence anywhere of the given secrets and of the values so found, in member names, RequestIds and violation paths as well as in values and messages. Errors carry the redacted exchange. The SecretId, AccessKeyIds and the rest stay readable.',
    reason: 'The issue and the house rules: no secret in any error or log line. Conform prints failing exchanges as counterexamples, which hold signatures and freshly created AccessKeySecrets.',
    sources: 'issue 14; README house rules.',
    tests: ['client.test.ts', 'consumer.test.ts'],
  },
  {
    id: 'runtime-loading',
    question: 'With seven actions the package\'s bundle holds seven times the generated code, and "import, then first validation" (5 ms budget, npm run bench) regressed: what does importing the package load?',
    choice: 'Under Node (the `node` export condition) `dist/index.js` holds the registry and every action\'s request parser (the parser alone, from generated/requestParsers.js: the bundler leaves out the compiled checks, copies and request models that only the arbitraries and tests read; the file is minified, the readable code being in generated/validators/), and each action\'s response model is a chunk of its own, `dist/actions/<action>Response.cjs`, read by Node\'s synchronous require (`process.getBuiltinModule(\'node:module\').createRequire`) when that action\'s first response is parsed; the parse functions stay synchronous. Every other environment (the `default` condition: bundlers, browsers) gets `dist/index.all.js`, the same API with every action bundled in. The chunks load nothing, and no name from a caller ever reaches the loader.',
    reason: 'V8 compiles the whole text of a file it loads, so the import costs what the file holds (measured on the 2-core machine at load 2: about 7 ms with every action, about 3 ms with one); wrapping the code in functions that run later saves little, since it is still scanned. The response models are three quarters of the generated code, and a request is what a server validates first. Loading the request parsers lazily too would put Node\'s CommonJS loader (about 4 ms on its first use in an ES module process) on the first request.',
    sources: 'issue 12 (Must not change: the performance targets); npm run bench.',
    tests: ['consumer.test.ts', 'readme.test.ts', 'requestParsers.property.test.ts'],
  },
  {
    id: 'shared-failures',
    question: 'Must every answer of an action\'s request parser be a new object, or may answers be shared?',
    choice: 'A request whose only problem is a fixed error (a body that is not an object, a missing or mistyped parameter, a value out of its range or enumeration: an error that names only a parameter of the contract) gets one answer built when the module loads, frozen with its `error` and `errors`, and returned to every such request. Every other answer is new: a success (its `value` a new plain object, never frozen), and every failure with several errors or with an error that names a caller\'s text (an unknown parameter, an item of a list such as `Tags.3.Key`). The answers are typed readonly; a caller that wants to change one copies it.',
    reason: 'Most invalid requests have one problem, and building a fresh answer for it was most of the parser\'s time on them (npm run bench: the invalid workload of the one-parameter actions). Shared frozen answers cost nothing per request and cannot leak one request\'s data into another\'s, since a shared error holds nothing of the request; freezing makes an accidental change a TypeError instead of a change every later caller sees. The errors themselves were already shared frozen objects.',
    sources: 'issue 12 (Must not change: the performance targets); npm run bench.',
    tests: ['requestParsers.property.test.ts'],
  },
  {
    id: 'conform-fast-check',
    question: 'fast-check is an optional peer dependency (only the arbitraries load it), but `conform` is property-based: how does `npx tencent-apigateway-apikey-contract conform` run for a user who never installed fast-check?',
    choice: 'The conform engine (`src/conform/index.ts`) is bundled with fast-check into one file, `dist/conform/index.js` (scripts/bundleDist.ts, platform node, only `node:` built-ins left as imports; fast-check\'s MIT notice heads the file). The CLI loads it only when `conform` runs, so `serve` and every other entry point load no fast-check, and the arbitraries keep taking the user\'s own fast-check as a peer.',
    reason: 'A dependency on fast-check would install it for every user of the types and validators, and could pin a second copy beside the user\'s own; an optional peer alone would make the command fail for anyone who has not installed it. Bundling costs one file of the tarball (about 0.7 MB) and keeps the command self-contained; the engine never shares fast-check values with user code, so a second copy cannot be mixed up with the user\'s.',
    sources: 'issue 14 (the conform command via npx); decision of the arbitraries entry point (fast-check an optional peer).',
    tests: ['consumer.test.ts'],
  },
  {
    id: 'conform-safety',
    question: 'How does `conform` stay safe against a real account: which keys may it touch, how many requests may it send, and where may it send them?',
    choice: `It creates keys only under its own names: SecretName \`<prefix>-<run id>-N\` and, for manual keys, AccessKeyId \`<prefix>_<run id>_N\` (an AccessKeyId holds letters, digits and \`_\` only; prefix \`conform\` by default, run id 8 random characters). Every action on one key is pointed at a key of the run or at an id of the run no key has; no drawn AccessKeyId is ever sent to such an action: a drawn string is replaced by that id, and a value of another type (an invalid case's problem) by a one-element array of it, since a number or a boolean is plain text in a flat form (\`AccessKeyId=23117455\`, a valid id of someone's key) while an array stays of the wrong type in every form and reads as the run's id to a server that coerces it. Last, every request is read back as the server reads it (the package's v1 reading) just before it is sent, and refused unsent when an action on one key names any AccessKeyId the run did not issue or see created, or when the contract would accept a create whose SecretName or AccessKeyId is not the run's. Every key a CreateApiKey answer names is tracked, read from the raw body (an answer that breaks the contract may still have made a key), and deleted after its check, disabled first (DeleteApiKey refuses an enabled key); at the end a DescribeApiKeysStatus with KeyWord the run's prefixes, page after page (Limit its maximum), finds any key whose answer was lost, and only keys whose name or id starts with them are deleted; a sweep that cannot read a page reports keys possibly left (\`<prefix>-<run id>-*\`, exit 1). The cleanup also runs after a failure, an exception and SIGINT or SIGTERM (a second signal quits at once). The request budget (\`--max-requests\`, default twice the plan's count) includes the cleanup: a check's request is refused once it would leave too few for disabling and deleting every live key, every key a create without an answer may have made, and the sweep (only a sweep of more than a page of the run's keys goes beyond it); checks past it are skipped, not failed. The default rate is half the lowest documented rate (${rateLimitPerSecond} per second per action, so ${Math.floor(rateLimitPerSecond / 2)} per second in all), spaced evenly. Plain http is refused (exit 2) unless the host is loopback; there is no flag to override it.`,
    reason: 'The issue asks for a tool people can point at a test account: nothing it does may reach a key it did not create, and what it costs must be known before it runs (--dry-run prints the plan). A budget that left no room for the cleanup would strand keys exactly when it runs out. Signed requests and the answers\' AccessKeySecrets must not cross a network in clear text; a fake on another machine can be reached through a tunnel to loopback.',
    sources: 'issue 14 (safe against a real account); apikey-lifecycle-facts.md (DeleteApiKey needs a disabled key; the KeyWord filter; the rate limit of every action).',
    tests: ['conform.test.ts', 'conform.safety.property.test.ts'],
  },
  {
    id: 'conform-expected-codes',
    question: 'Which answer does `conform` expect for an invalid request sent in a wire form that carries only strings, and for each broken authentication?',
    choice: 'The code the contract gives what was sent: the package\'s validator (runtimeActions[action].parseRequest) on the request as the server reads it from the wire: the JSON body, or the flat form read back by the package\'s reading of the v1 form (decisions v1-form-arrays, v1-form-integers). A problem the form cannot carry (an integer sent as text) leaves a valid request, whose answer need only be of the schema. Over the form\'s size limit: RequestSizeLimitExceeded (within a small margin of it, either). Not sent at all, so skipped: a lone surrogate in a flat form (client-lone-surrogates) and a GET query more than twice its limit (HTTP servers refuse such a head before the API answers). Authentication: a signature made with another SecretKey or with one character changed → AuthFailure.SignatureFailure; an unknown SecretId → AuthFailure.SecretIdNotFound or AuthFailure.InvalidSecretId; a timestamp a minute or more beyond the window → AuthFailure.SignatureExpire; a TC3 POST without or with a garbled Authorization → AuthFailure.InvalidAuthorization, a TC3 GET without it → that or MissingParameter (a GET without Authorization is a v1 call lacking its Action), a v1 call without Signature → MissingParameter, with a garbled one → AuthFailure.SignatureFailure.',
    reason: 'The arbitraries tag each case with its code for a JSON body; in the other forms every value is a string, so the code must be judged on what the server really receives, by the same validators that define the contract. The authentication codes are those of the common error list and the emulator\'s decisions (emulator-transport-errors); where the sources allow two, both are accepted.',
    sources: 'issue 14; tencent-api-facts.md (signatures, common errors); decisions emulator-transport-errors, v1-form-arrays, v1-form-integers, client-lone-surrogates.',
    tests: ['conform.test.ts'],
  },
  {
    id: 'conform-report',
    question: 'What does `conform` count as a failure, what does it print, and how does it exit?',
    choice: 'A check fails when one of its cases gets an answer that differs from the contract; it is reported with the shrunk counterexample (shrinking capped at a few runs, since each re-sends requests), the replay seed and the exact requests and responses of that case, redacted by the client\'s redactExchange (signatures, the token, every AccessKeySecret; the SecretKey wherever it appears). A request with no answer at all (a connection reset) is sent once more before it counts; a CreateApiKey sent again that fails (a manual key whose first create was carried out finds its id taken) is reported as the lost answer it follows, and the sweep finds the key. Every message of the report is scrubbed of the run\'s secrets (the SecretKey, the token, every AccessKeySecret sent or answered), as the exchanges are: a message names paths and RequestIds, which are the server\'s text. The --json file keeps each body up to keptBodyLength characters as written in JSON (src/conform/report.ts), cut with its length beyond (a cut answer\'s parsed Result goes with it), and the first keptViolations violations of an answer, with a count of the rest. A key left is named with its code scrubbed and, when not plain, quoted and cut. A key whose cleanup failed is not tried again after each check (that cost requests the budget never kept), only once more at the very end, after the sweep, while the budget has room; it is reported left with the code answered. An --only that selects no check these credentials allow (auth.token without a session token) is a usage error, and a run of no check does not conform. A check stopped by the budget or an interruption is skipped, with its reason, and a line names the skipped checks and why. Exit 0: every check ran and passed and every key of the run was deleted; 1: a check failed, a check was skipped, or a key could not be deleted (the table names it); 2: a usage error (nothing sent; a --max-requests below the plan\'s count is one); 130: interrupted, after a cleanup that deleted every key of the run (a key left makes it 1, as without a signal). The cleanup never keeps the report from being made: if it breaks off, the keys still tracked (and the run\'s prefix, when the sweep did not finish) are reported left. The table goes to stdout, the plan and the progress line to stderr; --json writes the report, --junit one testcase per check.',
    reason: 'People run it in CI: the exit code must mean conformance, the files must be machine-readable, and a failure must be reproducible and safe to paste into an issue. A skipped check shows nothing either way, so a run with one cannot be called conforming: exit 0 must mean every check passed. A budget too small for the plan would skip checks by construction, so it is refused before anything is sent, with the count needed.',
    sources: 'issue 14 (output people can use).',
    tests: ['conform.test.ts'],
  },
  {
    id: 'conform-faults',
    question: 'How is it shown that conform catches faults, and what does a fault look like on the wire?',
    choice: 'A test server (test/support/faultServer.ts) puts a loopback proxy in front of the real emulator and injects one named fault, each a data entry in test/support/faults naming the check that must fail. Every answer stays wire-faithful (HTTP 200, valid JSON in the envelope, a correct Content-Length). Faults of authentication are made by re-signing with the real key, which the proxy knows: signature-not-checked re-signs every request of the known SecretId with its own timestamp (in the four wire forms); timestamp-window-not-enforced re-signs a rightly signed request with the current time (a wrong signature is still forwarded as it is). Faults of the lifecycle act on the emulator only after it answered (so an unauthentic request changes nothing): delete-enabled-allowed disables and deletes the key once the emulator refused, disable-ignored enables it again, list-filter-ignored answers the unfiltered page. lifecycle.list-by-id lists while a second key of the run exists (3 requests more per run).',
    reason: 'Faults injected in the answers of the real emulator test conform against a server that is right in everything else, so the check named is the one that sees the fault. With the run\'s key alone in the account, a list that ignores its filter answers exactly that key: list-by-id could not tell it from a right one.',
    sources: 'issue 14 (a test server that wraps the emulator and injects one fault at a time, at least eight).',
    tests: ['faultServer.test.ts', 'conform.faults.test.ts'],
  },
  {
    id: 'client-answer-bounds',
    question: 'How much of an answer does the client read, how deep does redaction look, and which text may options hold?',
    choice: `The body is read as a stream up to maxAnswerBytes (src/client/answerLimit.ts): twice the largest answer the request models allow, a page of DescribeApiKeysStatus at its largest Limit (${pageLimit.max} keys), each key with every string CreateApiKey sets at its longest (ids, SecretName, ${maxTagsPerKey} tags), each character written as the longest JSON escape (two \\uXXXX, 12 bytes). A longer body, or a Content-Length over the cap, is a transport error naming the cap; the rest is not read and the exchange keeps the status and headers with an empty text. Redaction looks into a parsed body to a fixed depth; an object or array deeper is replaced by a placeholder (tooDeep) rather than kept unredacted. Text options (secretId, secretKey, token, region, requestClient) with a control character (Unicode Cc: line breaks, tab, NUL, ESC, DEL, C1) are a TypeError naming the option; checkClientOptions applies the same rule without making a client. A transport message is scrubbed of the request's own signature and token too (fetch quotes a header it refuses). conform prints what a server sent with its control characters as \\uXXXX and cuts long bodies in its table, with their length.`,
    reason: 'A broken or hostile server must not make the client, or conform which keeps every exchange, buffer without bound, nor hide a secret below the depth where redaction stops, nor overflow JSON.stringify of a report with a body thousands of levels deep; and no option or answer may drive the terminal a report is printed on, or carry a signature into a message. The cap comes from the contract\'s own bounds, so a right server\'s largest answer is always read whole.',
    sources: 'review findings 5, 7, 9 and 10 of src/client and src/conform; issue 14 (no secret in any error or log).',
    tests: ['client.test.ts', 'conform.report.test.ts'],
  },
  {
    id: 'conform-usage-errors',
    question: 'Which endpoints, credentials and files does `conform` refuse, and when?',
    choice: 'Before anything is sent, as usage errors (exit 2): an endpoint the client refuses, by the client\'s own rule (resolveOptions: an absolute http(s) URL with no query, fragment or user info), checked when the arguments are read; the credentials and every other client option, checked by building the client of every wire form of the run before the plan is printed, a refusal named by its flag or variable (TENCENTCLOUD_SESSION_TOKEN must not contain a line break), never by its value; a port fetch refuses to connect to (the Fetch standard\'s bad ports, kept as a list in src/conform/refusedPorts.ts since undici exposes none); plain http to a host that is not loopback; a --json or --junit file that cannot be written (opened for append, and removed again if it did not exist), or both naming one file.',
    reason: 'A rule kept in two places drifts: conform accepted endpoints the client refused, and every request of the run then failed, reported as 287 requests never sent, exit 1 and no report. A bad port fails the same way without a connection. A report file found unwritable only after the whole run loses the run\'s result.',
    sources: 'review of src/conform (findings 4 and 6); the Fetch standard, port blocking.',
    tests: ['conform.test.ts', 'cliArgs.test.ts'],
  },
  {
    id: 'conform-rate-limit',
    question: 'May `conform` send faster than the documented rate limit of the actions?',
    choice: `To a loopback endpoint (a fake, the emulator), at any --rate up to 1000 per second. To any other endpoint (the real service, a proxy of it), at most the lowest limit any action documents (${rateLimitPerSecond} per second per action; conform's rate counts all actions together, so each stays within it): a faster --rate is a usage error (exit 2), with no flag to override it.`,
    reason: 'Beyond the limit the service answers RequestLimitExceeded, which conform would report as differences from the contract that are not, and the account\'s other callers share the limit. A fake that wants to be driven harder is reachable on loopback (a tunnel or port forward); an override flag would be one more way to hurt a real account by mistake.',
    sources: 'apikey-lifecycle-facts.md (the rate limit of every action); review of src/conform (finding 12).',
    tests: ['cliArgs.test.ts'],
  },
  {
    id: 'conform-own-key-answers',
    question: 'What must a server answer conform\'s valid requests to a key of the run, beyond an answer of the schema, and when is a session token checked?',
    choice: 'Sent to the response-schema check\'s own key (an enabled auto key), a valid request must get what the contract gives: DescribeApiKey, EnableApiKey and DisableApiKey a success (decision status-toggle: a no-op toggle succeeds), UpdateApiKey a success without AccessKeySecret and InvalidParameter with one (decision update-secret), DeleteApiKey UnsupportedOperation.InvalidStatus (decision delete-needs-disabled); any other error of the union fails the check. lifecycle.enable-status (disable, enable: Status 1) and lifecycle.update-manual (a manual key updated with a new AccessKeySecret answers it, and DescribeApiKey shows it) add the transitions the other lifecycle checks left unobserved. auth.token sends a token that is not the credential\'s and expects AuthFailure.TokenFailure; it is planned only when the run has a session token (TENCENTCLOUD_SESSION_TOKEN).',
    reason: 'An answer of the schema is not enough: a server answering InternalError to every successful EnableApiKey, or to every manual update, passed the whole suite. TokenFailure is documented as a temporary credential\'s token wrong or expired; what the service answers to a token sent with a permanent SecretId is not documented (the emulator refuses it), so a run with permanent credentials has no documented answer to check and leaves the check out rather than guess.',
    sources: 'issue 14; review finding 3; commonErrorCodes (AuthFailure.TokenFailure); decisions status-toggle, update-secret, delete-needs-disabled.',
    tests: ['conform.test.ts', 'conform.faults.test.ts', 'faultServer.test.ts'],
  },
]

/** Every decision: the service's, then each action's, in registry order. */
export const decisions: readonly Decision[] = [...serviceDecisions, ...actions.flatMap((action) => action.decisions)]
