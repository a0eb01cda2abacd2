/**
 * The conformance checker: runConform sends real, signed traffic to an endpoint (a fake of the API, a proxy, the
 * real service) and reports every difference from the contract. This module is bundled with fast-check
 * (scripts/bundleDist.ts), so the CLI's `conform` runs without the optional peer installed.
 */
export { openSession, runConform, type RunOptions } from './run.js'
export { makePlan, formatPlan, selectChecks, type Plan, type PlannedCheck } from './plan.js'
export { formatReport, formatJson, formatJunit, keptBodyLength, keptViolations, type CheckResult, type ConformReport } from './report.js'
export { checks } from './checks/index.js'
export { defaultRate, defaultRuns, defaultKeyPrefix, documentedRate, type ConformOptions, type Credentials, type WireForm } from './options.js'
