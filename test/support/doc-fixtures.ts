import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { convertDocs, prepareDocs, rememberConversion } from '../../src/read/doc-batch.js';
import { findSoffice, releaseSofficeProfile } from '../../src/read/doc-soffice.js';
import { FIXTURES } from './seeds.js';

/** Every .doc file under fixtures/. */
export const FIXTURE_DOCS = readdirSync(FIXTURES, { recursive: true, encoding: 'utf8' })
  .filter((name) => name.toLowerCase().endsWith('.doc'))
  .sort()
  .map((name) => join(FIXTURES, name));

/** Where a fixture's .docx lies in a folder of conversions: formats/000.doc → formats_000.docx. */
const docxName = (doc: string) => `${relative(FIXTURES, doc).replaceAll('/', '_')}x`;

const WAIT_MS = 150_000;

/**
 * Makes readDoc in this test file find LibreOffice's conversions of the
 * fixture .doc files, converted once for the whole run: the first test file
 * to ask converts them all in one start (under a lock in the run's folder,
 * see doc-run.ts) and leaves the .docx files there; the others wait and take
 * them. Outside that setup the file converts them itself, in one start.
 * Without LibreOffice it does nothing, and readDoc reads .doc files as text.
 */
export async function useFixtureDocConversions(): Promise<void> {
  const soffice = findSoffice();
  if (!soffice) return;
  const runDir = process.env.PLANLINT_TEST_DOCS;
  if (!runDir) {
    await prepareDocs(FIXTURE_DOCS);
    // Vitest ends its workers with a signal, which runs no exit handlers: the profile goes now.
    await releaseSofficeProfile();
    return;
  }
  const docs = FIXTURE_DOCS.map((path) => new Uint8Array(readFileSync(path)));
  const done = join(runDir, 'done');
  if (takeLock(join(runDir, 'lock'))) {
    const converting = join(runDir, 'converting');
    mkdirSync(converting);
    try {
      const results = await convertDocs(soffice, docs);
      results.forEach((docx, k) => {
        if (typeof docx !== 'string') writeFileSync(join(converting, docxName(FIXTURE_DOCS[k])), docx);
      });
    } finally {
      // Even empty: the waiting files then convert what is missing themselves.
      renameSync(converting, done);
      await releaseSofficeProfile();
    }
  } else {
    for (const started = Date.now(); !existsSync(done); await sleep(100)) {
      if (Date.now() - started > WAIT_MS) throw new Error('the test file converting the fixture .doc files did not finish');
    }
  }
  docs.forEach((doc, k) => {
    const docx = join(done, docxName(FIXTURE_DOCS[k]));
    if (existsSync(docx)) rememberConversion(doc, new Uint8Array(readFileSync(docx)));
  });
}

function takeLock(path: string): boolean {
  try {
    mkdirSync(path);
    return true;
  } catch {
    return false;
  }
}
