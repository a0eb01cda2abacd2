/**
 * The test set of a mutation run (stryker.config.json; `npm run mutation`). Stryker runs these tests in-process on
 * every mutant, so they must attribute coverage and be quick: left out are the tests whose code under test runs in
 * another process (the CLI and two-process tests, the packed package, the README snippets, the docs examples run by
 * the SDK, tsc's type-level proof), the browser test and the benchmarks. Property tests run a fixed seed and few
 * cases, so a mutant's verdict does not depend on a random draw.
 */
import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: [
      'test/browser.test.ts',
      'test/consumer.test.ts',
      'test/readme.test.ts',
      'test/docsExamples.test.ts',
      'test/types.test.ts',
      'test/emulator.concurrency.test.ts',
      'bench/**',
      '**/node_modules/**',
    ],
    // MUTATION_RUN skips the one test that reads src/ as text (Stryker instruments that text).
    env: { FC_NUM_RUNS: '200', FC_SEED: '20261201', MUTATION_RUN: '1' },
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
})
