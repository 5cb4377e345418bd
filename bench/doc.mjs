// Issue 12: legacy .doc conversion through LibreOffice, per file, batched
// (many files per start, as prepareDocs does for a runner's batch) against
// one file per start. The copies alternate between the seed .doc files.
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const SEED_DOCS = ['formats/000.doc', 'formats/003.doc'];
const ONE_PER_START = 3;

export async function docFigures({ root, files = Number(process.env.BENCH_DOC_FILES ?? 200) }) {
  const { findSoffice } = await import(join(root, 'dist', 'read', 'doc-soffice.js'));
  const { convertDocs } = await import(join(root, 'dist', 'read', 'doc-batch.js'));
  const { convertDocToDocx } = await import(join(root, 'dist', 'read', 'doc.js'));
  const soffice = findSoffice();
  if (!soffice) return { skipped: 'LibreOffice (soffice) is not installed' };
  const seeds = SEED_DOCS.map((file) => new Uint8Array(readFileSync(join(root, 'fixtures', file))));
  const docs = Array.from({ length: files }, (_, k) => seeds[k % seeds.length]);

  // A first start outside the timing: LibreOffice's own files come into the page cache, the worker's profile is made.
  await convertDocToDocx(seeds[0], soffice);

  let started = performance.now();
  const results = await convertDocs(soffice, docs);
  const batchedMs = performance.now() - started;
  const failed = results.filter((r) => typeof r === 'string').length;

  started = performance.now();
  for (let k = 0; k < ONE_PER_START; k++) await convertDocToDocx(seeds[k % seeds.length], soffice);
  const singleMs = (performance.now() - started) / ONE_PER_START;

  return {
    files,
    failed,
    batchedSeconds: batchedMs / 1000,
    batchedMsPerFile: batchedMs / files,
    onePerStartMsPerFile: singleMs,
    loadAverage: loadavg()[0],
  };
}

export function printDoc(figures, print) {
  if (figures.skipped) {
    print('.doc conversion', `skipped: ${figures.skipped}`);
    return;
  }
  print(`.doc → .docx, ${figures.files} files batched (load ${figures.loadAverage.toFixed(1)})`, `${figures.batchedMsPerFile.toFixed(0)} ms per file (${figures.batchedSeconds.toFixed(1)} s in all, ${figures.failed} failed; target ≤ 1000 ms)`);
  print('.doc → .docx, one file per LibreOffice start', `${figures.onePerStartMsPerFile.toFixed(0)} ms per file`);
}
