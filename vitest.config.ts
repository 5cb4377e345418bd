import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // A folder for the run's one LibreOffice conversion of the fixture .doc files (test/support/doc-fixtures.ts).
    globalSetup: ['test/support/doc-run.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts'],
      reporter: ['text-summary'],
      reportOnFailure: true,
      // The floor: a change that drops coverage below it fails `npm test` (measured 2026-12, see README).
      thresholds: { statements: 80, branches: 70, functions: 80, lines: 80 },
    },
  },
});
