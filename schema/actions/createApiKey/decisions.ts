/** The decisions CreateApiKey takes where its sources disagree or are silent (service-wide ones: schema/decisions.ts). */
import type { Decision } from '../../decisions.js'
import { accessKeyIdLength, accessKeySecretLength, autoKeyShape, formatRange, secretNameLength } from '../../rules.js'

/** The characters of an auto AccessKeyId after its prefix, those of them that are random, and the bits they hold. */
const idCharacters = autoKeyShape.idLength - autoKeyShape.idPrefix.length
const randomIdCharacters = idCharacters - autoKeyShape.timeLength
const randomIdBits = Math.floor(randomIdCharacters * Math.log2(62))

export const createApiKeyDecisions: readonly Decision[] = [
  {
    id: 'auto-with-credentials',
    question: 'What happens to AccessKeyId or AccessKeySecret sent with AccessKeyType `auto` (or no type)?',
    choice: 'Rejected. The auto shape is closed and names both fields as never present (JSON Schema `false`; `AccessKeyId?: never` in TypeScript), so such a request fails validation (`InvalidParameter` naming the field, see request-error-codes) and does not compile: `{ SecretName, AccessKeyId }` is an error as the package\'s CreateApiKeyRequest and as `components[\'schemas\'][\'CreateApiKeyRequest\']` of openapi.d.ts (without the `never` properties, the union\'s excess-property check would let it through, since the manual shape has them).',
    reason: 'No source says whether the service ignores or refuses them. A caller who sends a custom ID without `manual` almost certainly forgot the type; ignoring the ID would create a key other than the one they expect. Rejecting is the safe side of an unknown.',
    sources: 'tencent-api-facts.md §1 "open questions"; seed page (the fields are "required if AccessKeyType is manual").',
    tests: ['contract.test.ts', 'runtime.test.ts', 'requests.property.test.ts', 'types.test.ts', 'consumer.test.ts', 'fidelity.test.ts'],
    metadataDifferences: [
      { action: 'CreateApiKey', path: 'request.AccessKeyId', aspect: 'conditional', detail: 'manual key' },
      { action: 'CreateApiKey', path: 'request.AccessKeySecret', aspect: 'conditional', detail: 'manual key' },
    ],
  },
  {
    id: 'secret-name-length',
    question: 'Does SecretName have a maximum length, and which characters may it hold?',
    choice: `${formatRange(secretNameLength)} characters, counted as Unicode code points. Any character except a lone surrogate (which UTF-8 cannot carry). Expressed as a pattern so that TypeBox (which counts UTF-16 code units) and JSON Schema validators (which count code points) agree.`,
    reason: 'The API documents no rule; the console limits key names to 50 characters. Choosing the console\'s limit keeps every name the console could create valid, and keeps names bounded.',
    sources: 'tencent-api-facts.md §1 (SecretName row) [SDK][DOC].',
    tests: ['contract.test.ts', 'requests.property.test.ts', 'generators.property.test.ts', 'fidelity.test.ts'],
    metadataDifferences: [
      { action: 'CreateApiKey', path: 'request.SecretName', aspect: 'constraint', detail: 'minLength' },
      { action: 'CreateApiKey', path: 'request.SecretName', aspect: 'constraint', detail: 'pattern' },
    ],
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
    id: 'emulator-auto-keys',
    question: 'What do the AccessKeyId and AccessKeySecret of an auto key look like in the emulator?',
    choice: `AccessKeyId \`${autoKeyShape.idPrefix}\` + ${idCharacters} characters, AccessKeySecret ${autoKeyShape.secretLength} characters, all of [A-Za-z0-9]. The first ${autoKeyShape.timeLength} characters after it are the emulator's clock at the create, in milliseconds, in base 62 with the digits in ASCII order (0–9, A–Z, a–z), so AccessKeyIds sort by creation time, as text and as SQLite compares them (the head wraps to 0 in ${new Date(62 ** autoKeyShape.timeLength).getUTCFullYear()}); the other ${randomIdCharacters}, and the whole secret, are drawn uniformly from [A-Za-z0-9] with the system CSPRNG (rejection sampling, no bias). Both lie inside the contract (${formatRange(accessKeyIdLength)} and ${formatRange(accessKeySecretLength)} characters of [A-Za-z0-9_]).`,
    reason: `The only documented auto key (the product page example) has exactly this shape; keys a user's code sees locally should look like the real ones, and an AccessKeyId is an identifier, not a secret, that clients only compare. Its time head is the habit of ULID and UUIDv7: a new id goes into the store's unique index next to the ids made just before it, instead of at a random place, which in a large index is a cache miss on every create. Measured with \`npm run bench:emulator\` on the 2-core machine, where each run creates over 100,000 keys: 62–63% of the ceiling with random ids, 67–70% with the time head (two runs each, in one session). The random part still holds 62^${randomIdCharacters} (about 2^${randomIdBits}) values, so two keys of one millisecond collide with odds of about 2^-${randomIdBits}, and the secret is as random as before.`,
    sources: 'seed page example; tencent-api-facts.md §1.',
    tests: ['emulator.test.ts', 'lifecycle.model.test.ts'],
  },
  {
    id: 'emulator-key-quota',
    question: 'What key quota does the emulator enforce?',
    choice: '500 keys per emulator (one emulator is one account, whatever SecretId signs), configurable (`keyQuota`, `--quota`; Infinity lifts it). Reaching it answers LimitExceeded.ApiKeyCountLimitExceeded. A taken manual AccessKeyId answers FailedOperation.AccessKeyExist even when the quota is full. The count and the insert are atomic (an IMMEDIATE transaction when a file may be shared by processes).',
    reason: 'Tencent does not publish the quota. 500 is above any test suite\'s needs and still reachable on purpose; tests set a small quota to exercise the error.',
    sources: 'tencent-api-facts.md §3 ("Default key quota: not published").',
    tests: ['emulator.test.ts', 'emulator.concurrency.test.ts'],
  },
]
