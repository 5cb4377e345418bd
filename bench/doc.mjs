// Issue 12: legacy .doc conversion through LibreOffice, per file, batched
// (many files per start, as prepareDocs does for a runner's batch) against
// one file per start. The copies alternate between the seed .doc files.
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const SEED_DOCS = ['formats/000.doc', 'formats/003.doc'];
/** Linux's clock ticks per second (USER_HZ), the unit of /proc's CPU times. */
const CLOCK_TICKS = 100;

/**
 * CPU seconds of the child processes that have ended (LibreOffice), from
 * /proc: unlike wall time, not stretched by other load on the machine. Null elsewhere.
 */
function childCpuSeconds() {
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
    return (Number(fields[13]) + Number(fields[14])) / CLOCK_TICKS;
  } catch {
    return null;
  }
}
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
  let cpu = childCpuSeconds();
  const results = await convertDocs(soffice, docs);
  const batchedMs = performance.now() - started;
  const batchedCpu = cpu === null ? null : childCpuSeconds() - cpu;
  const failed = results.filter((r) => typeof r === 'string').length;

  started = performance.now();
  cpu = childCpuSeconds();
  for (let k = 0; k < ONE_PER_START; k++) await convertDocToDocx(seeds[k % seeds.length], soffice);
  const singleMs = (performance.now() - started) / ONE_PER_START;
  const singleCpu = cpu === null ? null : (childCpuSeconds() - cpu) / ONE_PER_START;

  return {
    files,
    failed,
    batchedSeconds: batchedMs / 1000,
    batchedMsPerFile: batchedMs / files,
    batchedCpuMsPerFile: batchedCpu === null ? null : (batchedCpu * 1000) / files,
    onePerStartMsPerFile: singleMs,
    onePerStartCpuMsPerFile: singleCpu === null ? null : singleCpu * 1000,
    loadAverage: loadavg()[0],
  };
}

export function printDoc(figures, print) {
  if (figures.skipped) {
    print('.doc conversion', `skipped: ${figures.skipped}`);
    return;
  }
  const cpu = (ms) => (ms === null ? '' : `, LibreOffice CPU ${ms.toFixed(0)} ms`);
  print(`.doc → .docx, ${figures.files} files batched (load ${figures.loadAverage.toFixed(1)})`, `${figures.batchedMsPerFile.toFixed(0)} ms per file${cpu(figures.batchedCpuMsPerFile)} (${figures.batchedSeconds.toFixed(1)} s in all, ${figures.failed} failed; target ≤ 1000 ms)`);
  print('.doc → .docx, one file per LibreOffice start', `${figures.onePerStartMsPerFile.toFixed(0)} ms per file${cpu(figures.onePerStartCpuMsPerFile)}`);
}
