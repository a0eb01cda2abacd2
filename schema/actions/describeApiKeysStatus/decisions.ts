/** The decisions DescribeApiKeysStatus takes where its sources disagree or are silent (lifecycle facts §6). */
import type { Decision } from '../../decisions.js'
import { listFilterLimits, pageLimit } from '../../rules.js'
import { apiKeyFilterNames } from './request.js'

const tests = ['emulator.lifecycle.test.ts', 'clients.test.ts', 'lifecycle.model.test.ts', 'fidelity.test.ts']

export const describeApiKeysStatusDecisions: readonly Decision[] = [
  {
    id: 'list-filters',
    question: 'What does each filter of DescribeApiKeysStatus match (Q4 KeyWord, Q5 SecretName), and how many may a request carry?',
    choice: `Filters combine with AND, the values of one filter with OR (as documented). \`AccessKeyId\`, \`AccessKeySecret\` and \`SecretName\` match a value exactly (case-sensitive). \`Status\` matches \`"0"\` or \`"1"\`; another value matches no key. \`KeyWord\` matches a key whose SecretName or AccessKeyId contains the value (case-sensitive substring). \`NotUsagePlanId\` matches the keys not bound to that usage plan; the emulator has no usage plans, so every key. A filter with no values matches no key. Another name is \`InvalidParameterValue.InvalidFilterNotSupportedName\`. At most ${listFilterLimits.maxFilters} filters of at most ${listFilterLimits.maxValues} values each (InvalidParameter.FormatError beyond). Filter names: ${apiKeyFilterNames.join(', ')}.`,
    reason: 'Terraform reads one key through the AccessKeyId filter and expects exactly one hit, and passes a SecretName it knows exactly; an exact match also lets the emulator answer from an index. The emulator keeps indexes for AccessKeyId, SecretName and Status, and none for AccessKeySecret: no client filters by it, and putting every new key\'s random secret into a second index made each create dearer (on the 2-core machine, `npm run bench:emulator` gave 52–59% of the ceiling with that index and 67–70% without it, two runs each in one session). That filter, like KeyWord, reads every key (`npm run bench:list`: about 13 ms with 100,000 keys, against 0.02 ms from an index). "KeyWord (name or path)" is copied from API-list filters, where it is a fuzzy match on name and id: a substring on the two names a key has is the plausible reading. The API documents no bound; like tags, a list is bounded so one request cannot cost unboundedly, and 100 values name a full page of ids.',
    sources: 'apikey-lifecycle-facts.md §2 (Filter), §3.1, §5.1, §6 Q4, Q5.',
    tests,
    metadataDifferences: [
      { action: 'DescribeApiKeysStatus', path: 'request.Filters', aspect: 'constraint', detail: 'maxItems' },
      { action: 'DescribeApiKeysStatus', path: 'request.Filters[]', aspect: 'closed', detail: 'additionalProperties' },
      { action: 'DescribeApiKeysStatus', path: 'request.Filters[].Name', aspect: 'constraint', detail: 'enum' },
      { action: 'DescribeApiKeysStatus', path: 'request.Filters[].Values', aspect: 'constraint', detail: 'maxItems' },
    ],
  },
  {
    id: 'list-paging',
    question: 'Which Limit and Offset does DescribeApiKeysStatus accept, and in which order are keys listed (Q6, Q10)?',
    choice: `Limit ${pageLimit.min}–${pageLimit.max} (${pageLimit.default} when absent), Offset 0 or more (0 when absent), integers; out of range is \`InvalidParameterValue\`, another type \`InvalidParameter.FormatError\`. Keys are listed newest first, in the order they were created (later creates first; CreatedTime has whole seconds, so creation order breaks its ties). TotalCount counts every match, not the page. While no key is created or deleted, pages of one filter never repeat or skip a key.`,
    reason: 'The page says "default 20, maximum 100" and no more. Terraform and the serverless toolkit page with Limit 100 until a short page, which needs a stable order; the legacy API offered `orderby=createdTime&order=desc`. The toolkit can send a Limit above 100 (one per id it asks for); the documented maximum is kept, and the emulator refuses it as the service would be expected to.',
    sources: 'apikey-lifecycle-facts.md §3.1, §5.1, §5.2, §6 Q6, Q10.',
    tests,
    metadataDifferences: [
      { action: 'DescribeApiKeysStatus', path: 'request.Limit', aspect: 'constraint', detail: 'minimum' },
      { action: 'DescribeApiKeysStatus', path: 'request.Offset', aspect: 'constraint', detail: 'minimum' },
      { action: 'DescribeApiKeysStatus', path: 'response.Result.TotalCount', aspect: 'constraint', detail: 'minimum' },
    ],
  },
  {
    id: 'list-empty',
    question: 'What does a list that matches no key look like (Q13), and does the list carry the secret (Q1)?',
    choice: 'A success with `TotalCount: 0` and `ApiKeySet: []` (never null from the emulator, though the contract allows null as the metadata does), also for the id of a deleted key. Each listed key carries every field, AccessKeySecret included.',
    reason: 'Terraform and its destroy check detect a deleted key by an empty list; the serverless toolkit reads `ApiKeySet.length`, which fails on null. The secret: the sentence "this API does not show the secret" was removed in 2022, the examples carry it, and Terraform reads and import-verifies it.',
    sources: 'apikey-lifecycle-facts.md §1 (M1), §3.1, §5.1, §5.2, §6 Q1, Q13.',
    tests,
  },
]
