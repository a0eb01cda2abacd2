/** The decisions DeleteApiKey takes where its sources are silent (lifecycle facts §3.4, §6). */
import type { Decision } from '../../decisions.js'

export const deleteApiKeyDecisions: readonly Decision[] = [
  {
    id: 'delete-needs-disabled',
    question: 'Which keys can DeleteApiKey delete, which code wins when several apply, and what remains of a deleted key (Q2, Q3)?',
    choice: 'Only a disabled key (Status 0): an enabled one is `UnsupportedOperation.InvalidStatus`. The checks run in the order not found (`ResourceNotFound.InvalidAccessKeyId`), bound to a usage plan (`UnsupportedOperation.ResourceIsInUse`), enabled (`InvalidStatus`); the emulator has no usage plans, so it never answers ResourceIsInUse. A deletion answers `Result: true`; from then on every action names the id as unknown (ResourceNotFound.InvalidAccessKeyId), a list filtered by it is empty, and the id may be created again as a manual key.',
    reason: 'The console deletes only keys in the Disabled state, InvalidStatus is documented for DeleteApiKey, and Terraform and the toolkit disable before deleting. The order is the lifecycle facts\' suggestion: existence first, then the binding (which the caller must undo elsewhere), then the status.',
    sources: 'apikey-lifecycle-facts.md §3.4, §4, §5.1, §5.2, §6 Q2, Q3.',
    tests: ['emulator.lifecycle.test.ts', 'lifecycle.model.test.ts'],
  },
]
