import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // A folder for the run's one LibreOffice conversion of the fixture .doc files (test/support/doc-fixtures.ts).
    globalSetup: ['test/support/doc-run.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
