/** The decisions EnableApiKey and DisableApiKey take where their sources are silent (lifecycle facts §3.5, §3.6, §6). */
import type { Decision } from '../../decisions.js'

export const enableApiKeyDecisions: readonly Decision[] = [
  {
    id: 'status-toggle',
    question: 'What do EnableApiKey and DisableApiKey answer for a key already in that status, and what do they change (Q7, Q14)?',
    choice: 'Disable sets Status 1→0 and Enable 0→1, with ModifiedTime the time of the change, answering `Result: true`. Enabling an enabled key or disabling a disabled one is a success too (`Result: true`) that changes nothing, ModifiedTime included. `UnsupportedOperation.UnsupportedUpdateApiKey` stays in both unions but the emulator does not answer it. An unknown AccessKeyId, the empty one included (Terraform sends `""` when it creates an auto key with status off), is `ResourceNotFound.InvalidAccessKeyId`.',
    reason: 'No source confirms an error for a no-op transition; Terraform disables before deleting whenever its state says "on", so an error there would only surface after drift, while a success hides nothing a client relies on. Whether ModifiedTime moves is not documented; a change of status is a modification, a no-op is not.',
    sources: 'apikey-lifecycle-facts.md §3.5, §3.6, §5.1, §6 Q7, Q14.',
    tests: ['emulator.lifecycle.test.ts', 'lifecycle.model.test.ts'],
  },
]
