/**
 * Prints the closing line CI reads, `N passed, N failed, N skipped`, and, when VITEST_SUMMARY_FILE is set, writes
 * the same counts there as JSON so .ci/run can add its own steps to them.
 */
import { writeFileSync } from 'node:fs'
import type { Reporter, TestModule } from 'vitest/node'

export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<unknown>): void {
    const counts = { passed: 0, failed: 0, skipped: 0 }
    for (const module of testModules) {
      // A file that failed to load has no tests: count it as one failure rather than as nothing.
      if (module.state() === 'failed' && [...module.children.allTests()].length === 0) counts.failed++
      for (const test of module.children.allTests()) {
        const state = test.result().state
        if (state === 'passed') counts.passed++
        else if (state === 'failed') counts.failed++
        else counts.skipped++
      }
    }
    counts.failed += unhandledErrors.length
    if (process.env.VITEST_SUMMARY_FILE) writeFileSync(process.env.VITEST_SUMMARY_FILE, JSON.stringify(counts))
    console.log(`\n${counts.passed} passed, ${counts.failed} failed${counts.skipped ? `, ${counts.skipped} skipped` : ''}`)
  }
}
