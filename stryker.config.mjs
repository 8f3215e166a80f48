// Mutation testing of the core: `npm run mutate` (see the README). Not part of `npm test`.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutate.config.ts' },
  // No `checker: ['typescript']`: Stryker's TypeScript checker needs the compiler's
  // JavaScript API, which TypeScript 7 no longer has, so it fails at start. Mutants
  // that do not type-check simply run and are killed or reported like any other.
  // Stryker also rewrites tsconfig.json in its sandbox with the compiler's JavaScript API
  // (TSConfigPreprocessor), which fails the same way under TypeScript 7. Pointing it at a
  // file that does not exist skips that step; our tsconfig.json has no `extends` or
  // `references` outside the project, so the sandbox needs no rewritten copy.
  tsconfigFile: 'tsconfig.stryker-skip.json',
  // No `testFiles` either: with it, mutants in module-level constants are reported
  // as survived (known Stryker issue); vitest.mutate.config.ts narrows the tests.
  mutate: [
    'src/core/decide/decide.ts',
    'src/core/decide/response-check.ts',
    'src/core/notice/drift.ts',
    'src/core/vault/envelope.ts',
    'src/core/vault/backup.ts',
    'src/core/report/integrity.ts',
    'src/core/report/check-report.ts',
  ],
  // Not copied into Stryker's sandbox: build output and reports are large and no test reads them.
  ignorePatterns: [
    '/.stryker-tmp*',
    '/reports',
    '/dist*',
    '/test-results',
    '/playwright-report',
    '/bench/out',
  ],
  coverageAnalysis: 'perTest',
  incremental: true,
  incrementalFile: 'reports/stryker-incremental.json',
  // Two cores, shared: one or two test processes at a time.
  concurrency: 2,
  reporters: ['clear-text', 'progress', 'html'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
