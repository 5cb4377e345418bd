// Issue 13's figures, all from one run on this machine: planlint lint on the
// plain-text and the Markdown half of a mixed corpus beside its peers
// (autocorrect, markdownlint-cli2, remark-parse alone) and two floors (read
// every file; a trivial line scanner), cold start against `node -e 0`, the
// growth curve, and lint's peak memory for twice the files. Rounds are
// interleaved so that other load on the machine falls on every command alike.
import { spawnSync } from 'node:child_process';
import { linkSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { makeCorpus } from './corpus.mjs';
import { growthCurve, GROWTH_SIZES_KB } from './growth.mjs';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const COLD_RUNS = 15;

function folderBytes(dir) {
  return readdirSync(dir).reduce((sum, name) => sum + statSync(join(dir, name)).size, 0);
}

/** Wall time of one run of a command, in ms; exit codes 0 and 1 (problems found) are success. */
function timed(command, args, cwd) {
  const started = performance.now();
  const result = spawnSync(command, args, { cwd, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', maxBuffer: 1 << 28 });
  const ms = performance.now() - started;
  if (result.status !== 0 && result.status !== 1) throw new Error(`${command} ${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  return ms;
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Medians of interleaved rounds: { name: ms }. */
function race(entries, rounds) {
  const times = Object.fromEntries(entries.map(([name]) => [name, []]));
  for (let round = 0; round < rounds; round++) for (const [name, run] of entries) times[name].push(run());
  return Object.fromEntries(Object.entries(times).map(([name, values]) => [name, median(values)]));
}

export async function speedFigures({ root, out, files, planlint }) {
  const node = process.execPath;
  const bin = join(root, 'bin', 'planlint.js');
  const peers = join(root, 'bench', 'peers');
  const tool = (name) => join(root, 'node_modules', '.bin', name);

  // The mixed corpus, split into its halves so that every tool reads the same files.
  const mixed = join(out, 'corpus-mixed');
  const corpus = makeCorpus(mixed, files, { markdownShare: 0.5 });
  const halves = { txt: join(out, 'corpus-txt'), md: join(out, 'corpus-md') };
  for (const dir of Object.values(halves)) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir);
  }
  for (const name of readdirSync(mixed)) renameSync(join(mixed, name), join(name.endsWith('.md') ? halves.md : halves.txt, name));
  const megabytes = { txt: folderBytes(halves.txt) / 1e6, md: folderBytes(halves.md) / 1e6 };

  const lint = (dir) => () => timed(node, [bin, 'lint', dir, '--format', 'json', '-o', join(out, 'lint.json')], root);
  const autocorrect = (dir) => () => timed(tool('autocorrect'), ['--lint', '--format', 'json', '--quiet', dir], root);
  const txt = race(
    [
      ['planlint', lint(halves.txt)],
      ['autocorrect', autocorrect(halves.txt)],
      ['floorRead', () => timed(node, [join(peers, 'floor-read.mjs'), halves.txt], root)],
      ['floorScan', () => timed(node, [join(peers, 'floor-scan.mjs'), halves.txt], root)],
    ],
    ROUNDS,
  );
  const md = race(
    [
      ['planlint', lint(halves.md)],
      ['autocorrect', autocorrect(halves.md)],
      ['markdownlint', () => timed(tool('markdownlint-cli2'), [`${halves.md}/*.md`, '--no-globs'], root)],
      ['remarkParse', () => timed(node, [join(peers, 'remark-alone.mjs'), halves.md], root)],
      ['floorRead', () => timed(node, [join(peers, 'floor-read.mjs'), halves.md], root)],
    ],
    ROUNDS,
  );
  const rate = (mb, ms) => mb / (ms / 1000);
  const mbps = {
    txt: Object.fromEntries(Object.entries(txt).map(([name, ms]) => [name, rate(megabytes.txt, ms)])),
    md: Object.fromEntries(Object.entries(md).map(([name, ms]) => [name, rate(megabytes.md, ms)])),
  };

  // Cold start: one small document, stylish output, against node doing nothing.
  const seedTxt = join(root, 'fixtures', '000_d5898165c5e6b752.txt');
  const seedMd = join(root, 'fixtures', 'formats', '003.md');
  const cold = race(
    [
      ['node', () => timed(node, ['-e', '0'], root)],
      ['txt', () => timed(node, [bin, 'lint', seedTxt], root)],
      ['md', () => timed(node, [bin, 'lint', seedMd], root)],
    ],
    COLD_RUNS,
  );

  const growth = await growthCurve();

  // Memory: lint over the corpus and over the corpus twice (its files linked under a second name).
  const doubled = join(out, 'corpus-lint-2x');
  rmSync(doubled, { recursive: true, force: true });
  mkdirSync(doubled);
  for (const dir of Object.values(halves)) for (const name of readdirSync(dir)) for (const copy of ['a', 'b']) linkSync(join(dir, name), join(doubled, `${copy}-${name}`));
  const lintRss = (dirs) => planlint(['lint', ...dirs, '--format', 'json', '-o', join(out, 'lint.json')]).rss;
  const memory = { [files]: lintRss(Object.values(halves)), [files * 2]: lintRss([doubled]) };

  return {
    files: corpus.files,
    megabytes,
    mbPerSecond: mbps,
    coldStartMs: cold,
    growth,
    lintPeakRssMb: memory,
    acceptance: {
      txtMbPerSecond: { value: mbps.txt.planlint, goal: '>= 15' },
      txtVsAutocorrect: { value: mbps.txt.planlint / mbps.txt.autocorrect, goal: '>= 4' },
      txtVsLineScanner: { value: mbps.txt.planlint / mbps.txt.floorScan, goal: '>= 0.35' },
      mdVsRemarkParse: { value: mbps.md.planlint / mbps.md.remarkParse, goal: '>= 0.8' },
      coldStartTxt: { value: cold.txt / cold.node, goal: '<= 1.5' },
      coldStartMd: { value: cold.md / cold.node, goal: '<= 2' },
      growthTxt: { value: growth.txtRatio, goal: '<= 1.3' },
      growthMd: { value: growth.mdRatio, goal: '<= 1.3' },
      memory: { value: memory[files * 2] / memory[files], goal: '<= 1.1' },
    },
  };
}

const GOAL = /^(<=|>=) ([\d.]+)$/;

/** The figures as lines of the bench's table. */
export function printSpeed(figures, print) {
  const { mbPerSecond: r, megabytes: mb, coldStartMs: cold, growth, lintPeakRssMb: memory, files } = figures;
  print(`lint --format json, .txt half (${mb.txt.toFixed(1)} MB)`, `planlint ${r.txt.planlint.toFixed(2)} MB/s · autocorrect ${r.txt.autocorrect.toFixed(2)} · read floor ${r.txt.floorRead.toFixed(1)} · line scanner ${r.txt.floorScan.toFixed(1)}`);
  print(`lint --format json, .md half (${mb.md.toFixed(1)} MB)`, `planlint ${r.md.planlint.toFixed(2)} MB/s · remark-parse alone ${r.md.remarkParse.toFixed(2)} · markdownlint-cli2 ${r.md.markdownlint.toFixed(2)} · autocorrect ${r.md.autocorrect.toFixed(2)} · read floor ${r.md.floorRead.toFixed(1)}`);
  print('cold start (median of 15): node -e 0 / lint .txt / lint .md', `${cold.node.toFixed(0)} / ${cold.txt.toFixed(0)} / ${cold.md.toFixed(0)} ms`);
  for (const kind of ['txt', 'md']) {
    print(`growth, CPU ms per MB (${kind})`, GROWTH_SIZES_KB.map((kb) => `${kb} KB ${growth.cpuMsPerMb[kind][kb].toFixed(0)}`).join(' · '));
  }
  print(`lint peak RSS, ${files} vs ${files * 2} files`, `${memory[files].toFixed(0)} MB vs ${memory[files * 2].toFixed(0)} MB`);
  for (const [name, { value, goal }] of Object.entries(figures.acceptance)) {
    const [, op, bound] = GOAL.exec(goal);
    const met = op === '<=' ? value <= Number(bound) : value >= Number(bound);
    print(`  issue 13: ${name}`, `${value.toFixed(2)} (goal ${goal}) ${met ? 'met' : 'NOT MET'}`);
  }
}
