// @ts-check
/**
 * Mutation testing (`npm run mutation`; not part of `npm test`): StrykerJS mutates the runtime (src/) and the
 * validator emitter, and runs the in-process tests of vitest.mutation.config.ts on each mutant. Mutants judged
 * equivalent are listed, each with its reason, in test/mutation/equivalent-mutants.json.
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export default {
  packageManager: 'npm',
  testRunner: 'vitest',
  plugins: ['@stryker-mutator/vitest-runner'],
  vitest: { configFile: 'vitest.mutation.config.ts' },
  // Type-only and re-export modules hold nothing to mutate. src/lazyActionModels.ts runs only inside the packed
  // bundle (dist/index.js), which the in-process tests do not load: consumer.test.ts and readme.test.ts hold it.
  mutate: ['src/**/*.ts', 'scripts/emitValidators.ts', 'scripts/emitRequestParser.ts', '!src/types.ts', '!src/index.ts', '!src/emulator/index.ts', '!src/lazyActionModels.ts'],
  // Each mutant runs only the tests that cover it.
  coverageAnalysis: 'perTest',
  // A module-level (static) mutant runs while modules load, before any test: no test can be credited with it, so
  // each would rerun every related test file with a fresh module graph. There are ~330 (the arbitraries' and the
  // emitter's constants, the emulator's limits) and they took 70% of the run. They are reported as Ignored;
  // `npm run mutation -- --ignoreStatic false` measures them too (about three times as long).
  ignoreStatic: true,
  // Two cores: two test-runner workers (Stryker's main process mostly waits).
  concurrency: 2,
  timeoutMS: 10_000,
  // Results are reused for mutants whose code and covering tests did not change. The file is a local cache
  // (git-ignored): it is only valid for the exact sources it was computed on.
  incremental: true,
  incrementalFile: 'reports/mutation/stryker-incremental.json',
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  clearTextReporter: { allowColor: false, logTests: false, reportScoreTable: true },
  thresholds: { high: 90, low: 80, break: null },
  tempDirName: '.stryker-tmp',
  // No type checker runs (vitest strips types), and the default would prepend `// @ts-nocheck` to files in the
  // sandbox, generated/validators/*.d.ts included, which the emitter test compares byte for byte.
  disableTypeChecks: false,
}
