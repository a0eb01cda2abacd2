/** Every check, in the order a run makes them (the order of the table): one entry each, with its stable id. */
import { authChecks } from './auth.js'
import type { Check } from './check.js'
import { invalidRequestChecks } from './invalidRequest.js'
import { lifecycleChecks } from './lifecycle.js'
import { requestIdCheck } from './requestId.js'
import { responseSchemaChecks } from './responseSchema.js'
import { wireFormsCheck } from './wireForms.js'

export const checks: readonly Check[] = [wireFormsCheck, ...responseSchemaChecks, ...invalidRequestChecks, ...lifecycleChecks, ...authChecks, requestIdCheck]

export type { Check, CheckContext, CheckCost } from './check.js'
