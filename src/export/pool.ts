import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { crashedOutcome, exportFile, type ExportItem, type ExportOutcome, type ExportSettings } from './job.js';

/**
 * Export many files on a pool of worker threads. Workers parse, lint and
 * serialise; the main thread gets each file's output as one string, in
 * input order, and writes it. Files go out in batches (fewer messages) and
 * only a few batches ahead of the file being written, so memory stays flat
 * however many files there are. A worker that dies takes only the file it
 * was on with it: that file is reported, the rest of its batch goes to a
 * new worker.
 */

export interface WorkerScript {
  url: URL;
  /** Node options for the worker, e.g. a TypeScript loader in tests. */
  execArgv?: string[];
}

export interface PoolOptions {
  jobs: number;
  /** The worker to run; null runs every file in this thread. Default: the built worker, if there is one. */
  worker?: WorkerScript | null;
}

/** Main → worker: files to export and their places in the input order. */
export interface WorkerBatch {
  indices: number[];
  items: ExportItem[];
}

/** Worker → main: one file's outcome. */
export interface WorkerResult {
  index: number;
  outcome: ExportOutcome;
}

/**
 * Where the built worker stands, relative to this module: beside it in the
 * library build (dist/export/), or beside the CLI bundle's entry point when
 * this code is one of the bundle's chunks (dist/cli/chunks/ → dist/cli/).
 * Running from TypeScript sources there is none, and files run in-process.
 */
const WORKER_CANDIDATES = ['./worker.js', '../export-worker.mjs', './export-worker.mjs'];

export function builtWorker(): WorkerScript | null {
  for (const candidate of WORKER_CANDIDATES) {
    const url = new URL(candidate, import.meta.url);
    if (existsSync(fileURLToPath(url))) return { url };
  }
  return null;
}

/** Files per message: small files take milliseconds, so one message per file would be mostly overhead. */
const MAX_BATCH = 16;
/** …but at least this many batches per worker, so that the work spreads evenly. */
const BATCHES_PER_WORKER = 8;
/** Batches a worker holds at once: the next one is already there when it finishes one. */
const BATCHES_IN_HAND = 2;
/** How far ahead of the file being written files are handed out, in batches per worker. */
const LOOKAHEAD_BATCHES = 4;
/**
 * Each worker's young generation: a file's garbage is short-lived, and V8's
 * default (48 MB) costs every worker ~30 MB of resident memory for no gain in speed.
 */
const WORKER_YOUNG_GENERATION_MB = 16;
/** Workers that die one after another without finishing a file mean the worker itself is broken. */
const MAX_CRASHES_IN_A_ROW = 3;

export async function* exportAll(items: readonly ExportItem[], settings: ExportSettings, options: PoolOptions): AsyncGenerator<ExportOutcome> {
  const script = options.worker === undefined ? builtWorker() : options.worker;
  if (script === null || items.length === 0) {
    for (const item of items) yield await exportFile(item, settings);
    return;
  }
  yield* new Pool(items, settings, script, Math.max(1, options.jobs)).run();
}

interface PoolWorker {
  thread: Worker;
  /** Indices handed to this worker and not yet answered, in the order it works on them. */
  pending: number[];
  error: unknown;
}

class Pool {
  private readonly outcomes = new Map<number, ExportOutcome>();
  private readonly batches: WorkerBatch[] = [];
  private readonly workers = new Set<PoolWorker>();
  private readonly batchSize: number;
  private next = 0;
  private crashesInARow = 0;
  private broken: Error | null = null;
  /** The run is over (done, or its reader stopped early): workers that exit now are not replaced. */
  private closed = false;
  private wake: (() => void) | null = null;

  constructor(
    private readonly items: readonly ExportItem[],
    private readonly settings: ExportSettings,
    private readonly script: WorkerScript,
    private readonly jobs: number,
  ) {
    this.batchSize = Math.min(MAX_BATCH, Math.max(1, Math.ceil(items.length / (jobs * BATCHES_PER_WORKER))));
    for (let first = 0; first < items.length; first += this.batchSize) {
      const indices = Array.from({ length: Math.min(this.batchSize, items.length - first) }, (_, k) => first + k);
      this.batches.push({ indices, items: indices.map((k) => items[k]) });
    }
  }

  async *run(): AsyncGenerator<ExportOutcome> {
    try {
      this.staff();
      while (this.next < this.items.length) {
        const outcome = this.outcomes.get(this.next);
        if (outcome) {
          this.outcomes.delete(this.next++);
          this.dispatch();
          yield outcome;
          continue;
        }
        if (this.broken) throw this.broken;
        await new Promise<void>((resolve) => (this.wake = resolve));
      }
    } finally {
      this.closed = true;
      await Promise.all([...this.workers].map((w) => w.thread.terminate()));
    }
  }

  /** Start workers up to --jobs while there is work nobody holds. */
  private staff(): void {
    while (this.workers.size < Math.min(this.jobs, this.batches.length)) this.spawn();
    this.dispatch();
  }

  private spawn(): void {
    const thread = new Worker(this.script.url, {
      workerData: this.settings,
      execArgv: this.script.execArgv,
      resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB },
    });
    const worker: PoolWorker = { thread, pending: [], error: null };
    this.workers.add(worker);
    thread.on('message', (result: WorkerResult) => this.received(worker, result));
    thread.on('error', (error) => (worker.error = error));
    thread.on('exit', (code) => this.exited(worker, code));
  }

  /** Hand out batches to workers with room, as far ahead of the writer as the lookahead allows. */
  private dispatch(): void {
    const horizon = this.next + this.jobs * LOOKAHEAD_BATCHES * this.batchSize;
    for (const worker of this.workers) {
      while (this.batches.length > 0 && this.batches[0].indices[0] < horizon && worker.pending.length < BATCHES_IN_HAND * this.batchSize) {
        const batch = this.batches.shift()!;
        worker.pending.push(...batch.indices);
        worker.thread.postMessage(batch);
      }
    }
  }

  private received(worker: PoolWorker, { index, outcome }: WorkerResult): void {
    worker.pending.splice(worker.pending.indexOf(index), 1);
    this.outcomes.set(index, outcome);
    this.crashesInARow = 0;
    this.dispatch();
    this.wake?.();
  }

  /** A worker that exits while holding files died on the first of them: that file fails, the rest go back in the queue. */
  private exited(worker: PoolWorker, code: number): void {
    this.workers.delete(worker);
    if (this.closed || worker.pending.length === 0) return;
    const [culprit, ...rest] = worker.pending;
    const reason = worker.error ?? new Error(`the worker stopped (exit code ${code})`);
    this.outcomes.set(culprit, crashedOutcome(this.items[culprit], reason, this.settings.format));
    if (rest.length > 0) this.batches.unshift({ indices: rest, items: rest.map((k) => this.items[k]) });
    if (++this.crashesInARow >= MAX_CRASHES_IN_A_ROW) this.broken = new Error(`export workers keep failing: ${this.outcomes.get(culprit)!.failure}`);
    else this.staff();
    this.wake?.();
  }
}
