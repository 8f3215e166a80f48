import { defineConfig } from 'vitest/config';

// Used only by `npm run mutate` (stryker.config.mjs), in Node. Stryker runs the tests
// that cover a mutant once per mutant, and every included test for a mutant in a
// module-level constant. On a shared two-core machine the whole suite (UI tests in
// jsdom, a 1,000-case bit-flip test, Argon2 vectors) and the property-based files
// (thousands of generated cases each) would make a run take hours. So this config
// includes only the example-based test files of the mutated modules: a mutant must be
// caught by a test that states the behaviour, not only by a generated case. The
// property and fuzz files still run in `npm test`. Narrowing the files here rather
// than with Stryker's `testFiles` option keeps mutants in module-level constants from
// being reported as survived (a known Stryker issue with `testFiles`).
export default defineConfig({
  test: {
    include: [
      'src/core/decide/decide.test.ts',
      'src/core/decide/response-check.test.ts',
      'src/core/decide/slow-down.test.ts',
      'src/core/notice/drift.test.ts',
      'src/core/vault/envelope.test.ts',
      'src/core/vault/backup.test.ts',
      'src/core/report/integrity.test.ts',
      'src/core/report/check-report.test.ts',
      'src/core/report/report.test.ts',
    ],
    environment: 'node',
  },
});
