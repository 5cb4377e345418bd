import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Vitest global setup: a folder for this run's LibreOffice conversions of the
 * fixture .doc files (see doc-fixtures.ts), named in the environment that the
 * test workers inherit. Nothing is converted here: a run without .doc tests
 * starts no LibreOffice.
 */
export default function setup(): () => void {
  // Vitest runs a global setup for the root and again for each project (vitest.config.ts): the first one's folder serves them all.
  if (process.env.PLANLINT_TEST_DOCS) return () => undefined;
  const dir = mkdtempSync(join(tmpdir(), 'planlint-test-docs-'));
  process.env.PLANLINT_TEST_DOCS = dir;
  return () => rmSync(dir, { recursive: true, force: true });
}
