// npm run bench: the speed and memory figures the issues ask for, measured on
// this machine with the built CLI. Results print as a table and go to
// bench/out/results.json.
import { spawn, spawnSync } from 'node:child_process';
import { linkSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { makeCorpus } from './corpus.mjs';
import { docFigures, printDoc } from './doc.mjs';
import { printSpeed, speedFigures } from './speed.mjs';

const ROOT = new URL('..', import.meta.url).pathname;
const OUT = join(ROOT, 'bench', 'out');
const BIN = join(ROOT, 'bin', 'planlint.js');
const HOOK = join(ROOT, 'bench', 'rss-hook.mjs');
const FILES = Number(process.env.BENCH_FILES ?? 2000);
mkdirSync(OUT, { recursive: true });

/** Run the CLI once; wall time in ms, peak RSS in MB, CPU time of all its threads in ms. */
function planlint(args, options = {}) {
  const started = performance.now();
  const result = spawnSync(process.execPath, ['--import', HOOK, BIN, ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 30, ...options });
  const ms = performance.now() - started;
  // Worker threads inherit --import and report at their own exit, earlier: the process's own figures come last.
  const [last] = [...(result.stderr ?? '').matchAll(/maxrss-kb=(\d+) cpu-us=(\d+)/g)].slice(-1);
  const rss = Number(last?.[1] ?? 0) / 1024;
  const cpuMs = Number(last?.[2] ?? 0) / 1000;
  if (result.status !== 0 && result.status !== 1) throw new Error(`planlint ${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  return { ms, rss, cpuMs, status: result.status };
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

// 4. The Excel ledger and batches on worker threads (issue 5): the whole corpus
// to one ledger (peak memory, all threads counted); --jobs 1 against --jobs 2,
// runs alternated so that other load on the machine falls on both; JSON lines
// for the corpus and for the corpus twice over (its files linked under a second
// name), where memory must stay flat.
const ledger = join(OUT, 'ledger.xlsx');
const ledgerRun = planlint(['export', corpusDir, '-o', ledger]);
const runs = { 1: [], 2: [] };
const coresBusy = { 1: [], 2: [] };
for (let round = 0; round < 3; round++) {
  for (const jobs of [1, 2]) {
    const run = planlint(['export', corpusDir, '-o', ledger, '--jobs', String(jobs)]);
    runs[jobs].push(run.ms);
    coresBusy[jobs].push(run.cpuMs / run.ms);
  }
}
// What two cores give right now: the two halves of the corpus exported by two
// single-threaded processes at once, against one after the other. On a machine
// busy with other work this is below 2, and the --jobs speed-up is bounded by it.
const halves = ['half-a', 'half-b'].map((name) => join(OUT, `corpus-${name}`));
const doubled = join(OUT, 'corpus-2x');
for (const dir of [...halves, doubled]) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir);
}
readdirSync(corpusDir).forEach((file, k) => {
  linkSync(join(corpusDir, file), join(halves[k % 2], file));
  for (const copy of ['a', 'b']) linkSync(join(corpusDir, file), join(doubled, `${copy}-${file}`));
});
const halfArgs = (dir) => ['export', dir, '-o', `${dir}.xlsx`, '--jobs', '1'];
const oneAfterOther = halves.reduce((ms, dir) => ms + planlint(halfArgs(dir)).ms, 0);
const atOnce = await (async () => {
  const started = performance.now();
  await Promise.all(halves.map((dir) => new Promise((resolve) => spawn(process.execPath, [BIN, ...halfArgs(dir)], { cwd: ROOT, stdio: 'ignore' }).on('exit', resolve))));
  return performance.now() - started;
})();
const jsonl = (dir) => planlint(['export', dir, '--format', 'jsonl', '-o', join(OUT, 'corpus.jsonl')]).rss;
const jsonlOnce = jsonl(corpusDir);
const jsonlTwice = jsonl(doubled);
const ledgerTwice = planlint(['export', doubled, '-o', join(OUT, 'ledger-2x.xlsx')]);
results.ledger = {
  files: corpus.files,
  cores: availableParallelism(),
  loadAverage: loadavg()[0],
  seconds: ledgerRun.ms / 1000,
  peakRssMb: ledgerRun.rss,
  megabytes: statSync(ledger).size / 1e6,
  jobs1Seconds: median(runs[1]) / 1000,
  jobs2Seconds: median(runs[2]) / 1000,
  speedup: median(runs[1]) / median(runs[2]),
  // CPU time over wall time: how many cores each kept busy (V8 compiles and collects on threads of its own).
  jobs1CoresBusy: median(coresBusy[1]),
  jobs2CoresBusy: median(coresBusy[2]),
  twoProcessCapacity: oneAfterOther / atOnce,
  jsonlPeakRssMb: { [corpus.files]: jsonlOnce, [corpus.files * 2]: jsonlTwice },
  // The ledger holds its sheets compressed (the output itself), not the documents.
  ledgerPeakRssMb: { [corpus.files]: ledgerRun.rss, [corpus.files * 2]: ledgerTwice.rss },
};
print(`export -o ledger.xlsx, ${corpus.files} files (${results.ledger.cores} cores, load ${results.ledger.loadAverage.toFixed(1)})`, `${results.ledger.seconds.toFixed(1)} s, peak ${ledgerRun.rss.toFixed(0)} MB, ${results.ledger.megabytes.toFixed(1)} MB written`);
print('ledger --jobs 1 vs --jobs 2 (median of 3)', `${results.ledger.jobs1Seconds.toFixed(1)} s vs ${results.ledger.jobs2Seconds.toFixed(1)} s: ${results.ledger.speedup.toFixed(2)}x`);
print('  cores kept busy (CPU time / wall time)', `${results.ledger.jobs1CoresBusy.toFixed(2)} vs ${results.ledger.jobs2CoresBusy.toFixed(2)} of ${results.ledger.cores}`);
print('two cores now: 2 processes at once vs in turn', `${results.ledger.twoProcessCapacity.toFixed(2)}x (the bound on the line above)`);
print(`export --format jsonl, ${corpus.files} vs ${corpus.files * 2} files`, `peak ${jsonlOnce.toFixed(0)} MB vs ${jsonlTwice.toFixed(0)} MB`);
print(`export -o ledger.xlsx, ${corpus.files} vs ${corpus.files * 2} files`, `peak ${ledgerRun.rss.toFixed(0)} MB vs ${ledgerTwice.rss.toFixed(0)} MB`);

// 5. One workbook per input against one ledger for all (issue 9): 3,000 inputs
// in 30 folders (--out-dir mirrors them), runs alternated, median of 3. The
// per-input workbooks must cost no more than 1.3 times the single ledger.
const OUT_DIR_FILES = Number(process.env.BENCH_OUT_DIR_FILES ?? 3000);
const flat = join(OUT, 'corpus-outdir-flat');
const nested = join(OUT, 'corpus-outdir');
makeCorpus(flat, OUT_DIR_FILES);
rmSync(nested, { recursive: true, force: true });
readdirSync(flat).forEach((file, k) => {
  const folder = join(nested, `科室-${String(k % 30).padStart(2, '0')}`);
  mkdirSync(folder, { recursive: true });
  linkSync(join(flat, file), join(folder, file));
});
const ledgersDir = join(OUT, 'ledgers');
const oneLedger = join(OUT, 'ledger-outdir-compare.xlsx');
const timings = { outDir: [], oneLedger: [] };
for (let round = 0; round < 3; round++) {
  rmSync(ledgersDir, { recursive: true, force: true });
  timings.outDir.push(planlint(['export', nested, '--out-dir', ledgersDir]).ms);
  timings.oneLedger.push(planlint(['export', nested, '-o', oneLedger]).ms);
}
results.outDir = {
  files: OUT_DIR_FILES,
  outDirSeconds: median(timings.outDir) / 1000,
  oneLedgerSeconds: median(timings.oneLedger) / 1000,
  ratio: median(timings.outDir) / median(timings.oneLedger),
  loadAverage: loadavg()[0],
};
print(`export --out-dir vs -o one.xlsx, ${OUT_DIR_FILES} inputs (median of 3)`, `${results.outDir.outDirSeconds.toFixed(1)} s vs ${results.outDir.oneLedgerSeconds.toFixed(1)} s: ${results.outDir.ratio.toFixed(2)}x (at most 1.3x)`);
if (results.outDir.ratio > 1.3) process.exitCode = 1;

// 6. Issue 13: lint's throughput on the .txt and .md halves of a mixed corpus
// beside its peers and two floors, cold start, the growth curve, lint's memory.
results.speed = await speedFigures({ root: ROOT, out: OUT, files: FILES, planlint });
printSpeed(results.speed, print);

// 7. Issue 12: legacy .doc through LibreOffice, many files per start against one per start.
results.doc = await docFigures({ root: ROOT });
printDoc(results.doc, print);

writeFileSync(join(OUT, 'results.json'), `${JSON.stringify({ date: new Date().toISOString(), node: process.version, ...results }, null, 2)}\n`);
console.log(`\nresults: ${join('bench', 'out', 'results.json')}`);
