/** The decisions UpdateApiKey takes where its sources disagree or are silent (lifecycle facts §3.3, §6). */
import type { Decision } from '../../decisions.js'
import { accessKeySecretLength, formatRange } from '../../rules.js'

export const updateApiKeyDecisions: readonly Decision[] = [
  {
    id: 'update-secret',
    question: 'What does UpdateApiKey do to an auto key, to a manual key, with and without AccessKeySecret (Q8, Q9)?',
    choice: `An auto key without AccessKeySecret gets a new secret drawn as at creation (decision emulator-auto-keys); with AccessKeySecret it is refused with \`InvalidParameter\` (the secret of an auto key is the service's to draw). A manual key needs AccessKeySecret (${formatRange(accessKeySecretLength)} letters, digits, underscores; absent: \`MissingParameter\`) and takes it. Either way AccessKeyId, SecretName, AccessKeyType, Status, Tags and CreatedTime are kept, ModifiedTime becomes the time of the change, and the answer is the updated key, secret included. A disabled key may be updated (no status error is documented).`,
    reason: 'The official example shows an auto key with a new 40-character secret and a later ModifiedTime; the console says the SecretKey is reset while the name and SecretId stay. The page says the secret is required when a custom key is updated; a missing required parameter is MissingParameter. Terraform refuses a secret for an auto key on its side; refusing it keeps an auto key\'s secret random.',
    sources: 'apikey-lifecycle-facts.md §3.3, §5.1, §6 Q8, Q9.',
    tests: ['emulator.lifecycle.test.ts', 'lifecycle.model.test.ts'],
  },
]
