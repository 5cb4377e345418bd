// The long fuzzing run: `npm run fuzz` (or `node --import tsx scripts/fuzz.mjs --runs 1000000`).
// Each reader fuzzes in a child process of its own, in chunks of cases with
// seeds derived from --seed; a child silent for --hang-seconds is killed and
// the chunk reported as a hang, and the run goes on with the next chunk.
// Prints the cases run, the time, the slowest case, the peak memory and every
// failure (with how its input was made) and exits 1 if there was any.
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const READERS = ['text', 'markdown', 'html', 'docx', 'doc', 'sheet'];
const CHUNK = 500;

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '1000000' },
    readers: { type: 'string', default: READERS.join(',') },
    seed: { type: 'string', default: String(Date.now() % 1_000_000) },
    jobs: { type: 'string', default: '1' },
    'hang-seconds': { type: 'string', default: '120' },
    'slow-ms': { type: 'string', default: '2000' },
    child: { type: 'string' },
    chunks: { type: 'string' },
    trace: { type: 'string' },
    // Stop starting new chunks after this many minutes: a run that fits the time there is.
    minutes: { type: 'string' },
    until: { type: 'string' },
  },
});

if (values.child) await runChild(values.child, values.chunks.split(',').map(Number), Number(values['slow-ms']));
else await runParent();

/** In the child: the chunks' cases through one reader, a JSON line per chunk on stdout. */
async function runChild(kind, seeds, slowMs) {
  const { default: fc } = await import('fast-check');
  const { TARGETS, fuzzCases, checkCase } = await import('../test/fuzz/harness.ts');
  const target = TARGETS[kind];
  // A heartbeat between cases: it stops only when one case holds the thread, which is what a hang is.
  setInterval(() => process.stdout.write('{"beat":true}\n'), 5000).unref();
  for (const seed of seeds) {
    if (values.until && Date.now() > Number(values.until)) break;
    const report = { seed, runs: 0, failures: [], slowest: { ms: 0, how: '' }, slow: [], rssMiB: 0 };
    const property = fc.asyncProperty(fuzzCases(target, kind), async (c) => {
      const started = performance.now();
      // --trace: the case about to run, for a crash that takes the process down with it.
      if (values.trace) writeFileSync(values.trace, `${c.fileName}: ${c.how}\n`);
      try {
        await checkCase(target, c);
      } finally {
        const ms = performance.now() - started;
        report.runs++;
        if (ms > report.slowest.ms) report.slowest = { ms: Math.round(ms), how: `${c.fileName}: ${c.how.slice(0, 300)}` };
        if (ms > slowMs) report.slow.push({ ms: Math.round(ms), how: `${c.fileName}: ${c.how.slice(0, 300)}` });
      }
    });
    // Shrinking a failure can take longer than the run; the chunk's seed and the case's recipe reproduce it.
    const result = await fc.check(property, { numRuns: CHUNK, seed, endOnFailure: true });
    if (result.failed) report.failures.push(String(result.errorInstance?.message ?? result.error).slice(0, 2000));
    report.rssMiB = Math.round(process.resourceUsage().maxRSS / 1024);
    process.stdout.write(`${JSON.stringify(report)}\n`);
  }
}

async function runParent() {
  const kinds = values.readers.split(',');
  const total = Number(values.runs);
  const chunksPerReader = Math.max(1, Math.ceil(total / kinds.length / CHUNK));
  const base = Number(values.seed);
  const started = performance.now();
  // With --minutes, each reader gets its share of the time (jobs × minutes / readers).
  const share = values.minutes ? (Number(values.minutes) * 60_000 * Number(values.jobs)) / kinds.length : 0;
  const totals = Object.fromEntries(kinds.map((k) => [k, { runs: 0, ms: 0, failures: [], hangs: [], slow: [], slowest: { ms: 0 }, rssMiB: 0 }]));
  console.log(`planlint fuzz: ${chunksPerReader * CHUNK} cases per reader (${kinds.join(', ')}), seed ${base}, ${values.jobs} job(s)`);
  const queue = kinds.map((kind) => ({ kind, seeds: Array.from({ length: chunksPerReader }, (_, i) => base + i) }));
  const jobs = Array.from({ length: Number(values.jobs) }, async () => {
    for (let job = queue.shift(); job; job = queue.shift()) await fuzzReader(job.kind, job.seeds, totals[job.kind], share ? String(Date.now() + share) : '');
  });
  await Promise.all(jobs);
  const seconds = (performance.now() - started) / 1000;
  let runs = 0;
  let bad = 0;
  for (const [kind, t] of Object.entries(totals)) {
    runs += t.runs;
    bad += t.failures.length + t.hangs.length;
    console.log(`${kind.padEnd(9)} ${String(t.runs).padStart(8)} cases  ${(t.ms / 1000).toFixed(0).padStart(5)} s  failures ${t.failures.length}  hangs ${t.hangs.length}  slow(>${values['slow-ms']} ms) ${t.slow.length}  slowest ${t.slowest.ms} ms  peak ${t.rssMiB} MiB`);
    for (const f of t.failures) console.log(`  FAILURE ${f}`);
    for (const h of t.hangs) console.log(`  HANG chunk seed ${h}`);
    for (const s of t.slow.slice(0, 5)) console.log(`  slow ${s.ms} ms: ${s.how}`);
  }
  console.log(`total ${runs} cases in ${seconds.toFixed(0)} s (${(runs / seconds).toFixed(0)}/s), ${bad} failure(s) or hang(s)`);
  process.exitCode = bad > 0 ? 1 : 0;
}

/** Runs one reader's chunks in a child, restarting past a chunk that hangs. */
async function fuzzReader(kind, seeds, t, until) {
  const started = performance.now();
  let next = 0;
  while (next < seeds.length) {
    const rest = seeds.slice(next);
    const done = await new Promise((resolve) => {
      const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--child', kind, '--chunks', rest.join(','), '--slow-ms', values['slow-ms'], ...(until ? ['--until', until] : [])], {
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      let finished = 0;
      let buffer = '';
      let timer;
      const arm = () => {
        clearTimeout(timer);
        timer = setTimeout(() => child.kill('SIGKILL'), Number(values['hang-seconds']) * 1000);
      };
      arm();
      child.stdout.on('data', (data) => {
        buffer += data;
        for (let nl = buffer.indexOf('\n'); nl >= 0; nl = buffer.indexOf('\n')) {
          const report = JSON.parse(buffer.slice(0, nl));
          buffer = buffer.slice(nl + 1);
          arm();
          if (report.beat) continue;
          finished++;
          t.runs += report.runs;
          t.failures.push(...report.failures);
          t.slow.push(...report.slow);
          if (report.slowest.ms > t.slowest.ms) t.slowest = report.slowest;
          t.rssMiB = Math.max(t.rssMiB, report.rssMiB);
          process.stderr.write(`${kind} ${t.runs} cases, ${Math.round((performance.now() - started) / 1000)} s\r`);
        }
      });
      child.on('close', () => {
        clearTimeout(timer);
        resolve(finished);
      });
    });
    next += done;
    if (until && Date.now() > Number(until)) break;
    if (next < seeds.length) {
      // The child died or was killed inside seeds[next]: a hang (or a crash of the process itself).
      t.hangs.push(seeds[next]);
      next++;
    }
  }
  t.ms += performance.now() - started;
}
