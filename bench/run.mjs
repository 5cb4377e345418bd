// npm run bench: the speed and memory figures the issues ask for, measured on
// this machine with the built CLI. Results print as a table and go to
// bench/out/results.json.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { makeCorpus } from './corpus.mjs';

const ROOT = new URL('..', import.meta.url).pathname;
const OUT = join(ROOT, 'bench', 'out');
const BIN = join(ROOT, 'bin', 'planlint.js');
const HOOK = join(ROOT, 'bench', 'rss-hook.mjs');
const FILES = Number(process.env.BENCH_FILES ?? 2000);
mkdirSync(OUT, { recursive: true });

/** Run the CLI once; wall time in ms and peak RSS in MB. */
function planlint(args, options = {}) {
  const started = performance.now();
  const result = spawnSync(process.execPath, ['--import', HOOK, BIN, ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 30, ...options });
  const ms = performance.now() - started;
  const rss = Number(/maxrss-kb=(\d+)/.exec(result.stderr ?? '')?.[1] ?? 0) / 1024;
  if (result.status !== 0 && result.status !== 1) throw new Error(`planlint ${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  return { ms, rss, status: result.status };
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

const results = {};
const print = (label, value) => console.log(`${label.padEnd(52)} ${value}`);

// 1. Text path, end to end: export --format json over the corpus (issue 2).
const corpusDir = join(OUT, 'corpus');
const corpus = makeCorpus(corpusDir, FILES);
const exportRun = planlint(['export', corpusDir, '--format', 'json', '-o', join(OUT, 'corpus.json')]);
results.textExport = {
  files: corpus.files,
  megabytes: corpus.bytes / 1e6,
  seconds: exportRun.ms / 1000,
  mbPerSecond: corpus.bytes / 1e6 / (exportRun.ms / 1000),
  filesPerSecond: corpus.files / (exportRun.ms / 1000),
  peakRssMb: exportRun.rss,
};
print(`export --format json, ${corpus.files} text files (${(corpus.bytes / 1e6).toFixed(1)} MB)`, `${results.textExport.mbPerSecond.toFixed(1)} MB/s, ${results.textExport.filesPerSecond.toFixed(0)} files/s, peak ${exportRun.rss.toFixed(0)} MB`);

// 2. Cold start of `planlint lint <one seed>` (issue 3): median of 15 runs.
const seed = join('fixtures', '000_d5898165c5e6b752.txt');
planlint(['lint', seed]);
const cold = Array.from({ length: 15 }, () => planlint(['lint', seed]).ms);
results.coldStartMs = { median: median(cold), min: Math.min(...cold), max: Math.max(...cold), runs: cold.length };
print('cold start: planlint lint <seed> (median of 15)', `${results.coldStartMs.median.toFixed(0)} ms (min ${results.coldStartMs.min.toFixed(0)}, max ${results.coldStartMs.max.toFixed(0)})`);

// 3. Each reader in process (issue 4): the same file parsed repeatedly.
const { parseBytes } = await import(join(ROOT, 'dist', 'parse.js'));
const readerFiles = ['000_d5898165c5e6b752.txt', 'formats/001-gb18030.txt', 'formats/003.md', 'formats/004.md', 'formats/003.docx', 'formats/000.docx', 'formats/003.xlsx', 'formats/003.csv', 'html/plan.html', 'sheets/tasks.xls', 'sheets/tasks.ods'];
results.readers = {};
for (const file of readerFiles) {
  const path = join(ROOT, 'fixtures', file);
  let bytes;
  try {
    bytes = readFileSync(path);
  } catch {
    continue;
  }
  await parseBytes(bytes, path);
  let runs = 0;
  const started = performance.now();
  while (performance.now() - started < 1500) {
    await parseBytes(bytes, path);
    runs++;
  }
  const seconds = (performance.now() - started) / 1000;
  results.readers[file] = { mbPerSecond: (bytes.length * runs) / 1e6 / seconds, msPerFile: (seconds * 1000) / runs, bytes: statSync(path).size };
  print(`reader ${file}`, `${results.readers[file].mbPerSecond.toFixed(1)} MB/s (${results.readers[file].msPerFile.toFixed(1)} ms per file)`);
}

writeFileSync(join(OUT, 'results.json'), `${JSON.stringify({ date: new Date().toISOString(), node: process.version, ...results }, null, 2)}\n`);
console.log(`\nresults: ${join('bench', 'out', 'results.json')}`);
