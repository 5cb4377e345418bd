import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addSummary, buildReport, reportDocument, reportHead, reportTail, REPORT_SEPARATOR } from '../../src/model/report.js';
import type { RunItem, FileOutcome, ExportSettings } from '../../src/run/job.js';
import { runAll, type PoolOptions, type WorkerScript } from '../../src/run/pool.js';
import type { LedgerDocument } from '../../src/export/ledger.js';
import { lint } from '../../src/lint.js';
import { PlanReport, type Summary } from '../../src/model/plan.js';
import { parseFile } from '../../src/parse.js';
import { FIXTURES, SEEDS } from '../support/seeds.js';

/** The worker from TypeScript sources, through tsx, as the built CLI runs its bundled copy. */
const TS_WORKER: WorkerScript = { url: new URL('../support/tsx-worker.mjs', import.meta.url) };
const CRASHING_WORKER: WorkerScript = { url: new URL('../support/crashing-worker.mjs', import.meta.url) };

const settings = (format: ExportSettings['format']): ExportSettings => ({ format, lang: 'en', asOf: '2024-09-01' });
/** Every seed three times over, and a file that is not there. */
const ITEMS: RunItem[] = [
  ...[0, 1, 2].flatMap((round) => SEEDS.map((seed) => ({ path: join(FIXTURES, `${seed}.txt`), name: `${round}/${seed}.txt` }))),
  { path: join(FIXTURES, 'nope.txt'), name: 'nope.txt' },
];

async function collect(items: readonly RunItem[], format: ExportSettings['format'], worker: WorkerScript | null, jobs = 2, limits: Pick<PoolOptions, 'fileTimeBudget' | 'heapMb'> = {}): Promise<FileOutcome[]> {
  const out: FileOutcome[] = [];
  for await (const outcome of runAll(items, settings(format), { jobs, worker, ...limits })) out.push(outcome);
  return out;
}

describe('runAll', () => {
  it('gives every file’s outcome in input order, the same on worker threads as in process', async () => {
    const inProcess = await collect(ITEMS, 'jsonl', null);
    const threads = await collect(ITEMS, 'jsonl', TS_WORKER, 3);
    expect(threads.map((o) => o.name)).toEqual(ITEMS.map((i) => i.name));
    expect(threads).toEqual(inProcess);
    expect(threads.at(-1)!.failure).toBe('no such file');
    expect(threads.slice(0, -1).every((o) => o.failure === null)).toBe(true);
  });

  it('lints each file: the ledger payload carries the problems lint finds', async () => {
    const [outcome] = await collect([ITEMS[1]], 'xlsx', TS_WORKER);
    const ledger = JSON.parse(outcome.payload) as LedgerDocument;
    const parsed = await parseFile(ITEMS[1].path);
    const diagnostics = lint(parsed, { lang: 'en', asOf: '2024-09-01' });
    expect(ledger.problems.map((p) => p.message)).toEqual(diagnostics.map((d) => d.message));
    expect(ledger.tasks).toHaveLength(parsed.document.tasks.length);
    expect(outcome.summary).toMatchObject({ documents: 1, tasks: parsed.document.tasks.length, errors: diagnostics.filter((d) => d.severity === 'error').length });
  });

  it('a worker that dies takes only its file with it: the file is reported, the rest are still exported, in order', async () => {
    const items = [...ITEMS.slice(0, 6), { path: join(FIXTURES, `${SEEDS[0]}.txt`), name: 'crash-here.txt' }, ...ITEMS.slice(6, 12)];
    const outcomes = await collect(items, 'json', CRASHING_WORKER, 2);
    expect(outcomes.map((o) => o.name)).toEqual(items.map((i) => i.name));
    const crashed = outcomes[6];
    expect(crashed.failure).toMatch(/^planlint failed on this file: reader bug on crash-here\.txt/);
    expect(PlanReport.shape.documents.element.parse(JSON.parse(crashed.payload)).errors).toEqual([{ code: 'corrupt', message: crashed.failure }]);
    expect(outcomes.filter((o) => o.failure !== null)).toEqual([crashed]);
  });

  it('a file that takes longer than the time budget is reported as too complex; the rest are still done, in order', async () => {
    const items = [...ITEMS.slice(0, 3), { path: join(FIXTURES, `${SEEDS[0]}.txt`), name: 'endless.txt' }, ...ITEMS.slice(3, 6)];
    const outcomes = await collect(items, 'json', CRASHING_WORKER, 2, { fileTimeBudget: 1 });
    expect(outcomes.map((o) => o.name)).toEqual(items.map((i) => i.name));
    expect(outcomes[3].failure).toBe('planlint failed on this file: too complex: not done within 1 s');
    expect(outcomes.filter((o) => o.failure !== null)).toEqual([outcomes[3]]);
  });

  it('a file that needs more memory than the worker’s heap takes only its worker down, reported as too large', async () => {
    const items = [ITEMS[0], { path: join(FIXTURES, `${SEEDS[0]}.txt`), name: 'hungry.txt' }, ITEMS[1], ITEMS[2]];
    const outcomes = await collect(items, 'json', CRASHING_WORKER, 1, { heapMb: 64 });
    expect(outcomes.map((o) => o.name)).toEqual(items.map((i) => i.name));
    expect(outcomes[1].failure).toBe('planlint failed on this file: too complex: needs more than 64 MB of memory');
    expect(outcomes.filter((o) => o.failure !== null)).toEqual([outcomes[1]]);
  });

  it('lint: each file comes back as its checked document, the same on worker threads as in process', async () => {
    const lintSettings = { format: 'lint', lang: 'en', asOf: '2024-09-01' } as const;
    const run = async (worker: WorkerScript | null, withTasks: boolean) => {
      const out: FileOutcome[] = [];
      for await (const outcome of runAll(ITEMS, { ...lintSettings, withTasks }, { jobs: 2, worker })) out.push(outcome);
      return out;
    };
    const threads = await run(TS_WORKER, false);
    expect(threads).toEqual(await run(null, false));
    const full = await run(null, true);
    for (const [k, outcome] of threads.entries()) {
      const doc = outcome.document!;
      const parsed = await parseFile(ITEMS[k].path);
      expect(doc.diagnostics).toEqual(parsed.document.errors.length > 0 ? [] : lint(parsed, lintSettings));
      // Without --with-tasks a document keeps only the tasks its findings cite; the count stays in the summary.
      expect(doc.tasks.map((t) => t.id)).toEqual(full[k].document!.tasks.filter((t) => doc.diagnostics.some((d) => d.taskId === t.id)).map((t) => t.id));
      expect(outcome.summary.tasks).toBe(full[k].document!.tasks.length);
    }
    expect(threads.some((o) => o.document!.tasks.length < o.summary.tasks)).toBe(true);
  });

  it('stops with an error when workers cannot start at all, instead of failing every file', async () => {
    const broken: WorkerScript = { url: new URL('../support/no-such-worker.mjs', import.meta.url) };
    await expect(collect(ITEMS, 'jsonl', broken)).rejects.toThrow(/workers keep failing/);
  });
});

describe('the JSON report written in pieces', () => {
  it('is exactly the report JSON.stringify writes', async () => {
    for (const count of [0, 1, 3]) {
      const docs = [];
      let text = reportHead();
      const summary: Summary = { documents: 0, tasks: 0, errors: 0, warnings: 0, infos: 0 };
      for (const seed of SEEDS.slice(0, count)) {
        const parsed = await parseFile(join(FIXTURES, `${seed}.txt`));
        parsed.document.diagnostics = lint(parsed, { asOf: '2024-09-01' });
        docs.push(parsed.document);
        text += (summary.documents > 0 ? REPORT_SEPARATOR : '') + reportDocument(parsed.document, { withTasks: true });
        addSummary(summary, buildReport([parsed.document], { withTasks: true }).summary);
      }
      text += reportTail(summary);
      expect(text).toBe(`${JSON.stringify(buildReport(docs, { withTasks: true }), null, 2)}\n`);
    }
  });
});
