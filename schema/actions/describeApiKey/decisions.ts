/** The decisions DescribeApiKey takes where its sources disagree or are silent. */
import type { Decision } from '../../decisions.js'

export const describeApiKeyDecisions: readonly Decision[] = [
  {
    id: 'key-id-lookup',
    question: 'Which AccessKeyId values does DescribeApiKey accept, and what does an unknown one get (lifecycle facts Q14, for the empty ID)?',
    choice: 'Any string is looked up; a non-string is `InvalidParameter.FormatError` (decision shared-codes). An ID that no key has, the empty string included, gets `ResourceNotFound.InvalidAccessKeyId`, the action\'s documented code for a key that does not exist. A deleted key\'s ID is unknown from then on.',
    reason: 'The metadata gives AccessKeyId as a plain required string with no rule. A format rule would answer a well-formed-but-foreign ID (a real service\'s key) differently from the real service for no gain: either way no key is found. The Go SDK sends an empty ID as `""` (lifecycle facts Q14), which finds no key.',
    sources: 'apikey-lifecycle-facts.md §3.2, §6 Q14; tccli api.json DescribeApiKeyRequest.',
    tests: ['emulator.describeApiKey.test.ts', 'runtime.test.ts', 'lifecycle.model.test.ts'],
  },
]
