import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Worker } from 'node:worker_threads';
import { crashedOutcome, isLegacyDoc, needsIsolation, prepareBatch, runFile, type FileOutcome, type RunItem, type RunSettings } from './job.js';

/**
 * Run many files on a pool of worker threads, for `lint` and `export` alike.
 * Workers parse, lint and serialise; the main thread gets each file's
 * outcome in input order, and writes it. Files go out in batches (fewer messages) and
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

/**
 * Fewer files than this run in this thread: starting a worker costs more
 * than a few files take, and a single file's result should come quickly.
 */
const POOL_MIN_FILES = 8;

/**
 * Where a batch runs: a handful of files in this thread; more on `jobs`
 * worker threads, which also stop a file that takes too long, and so do
 * spreadsheets and .doc files, whose parsers a hostile file can drive out of
 * memory (a worker's heap limit takes only that file down).
 */
export function poolFor(items: readonly RunItem[], jobs: number): PoolOptions {
  const onThreads = items.length >= POOL_MIN_FILES || items.some((item) => needsIsolation(item.path));
  return onThreads ? { jobs } : { jobs: 1, worker: null };
}

export interface PoolOptions {
  jobs: number;
  /** The worker to run; null runs every file in this thread. Default: the built worker, if there is one. */
  worker?: WorkerScript | null;
  /**
   * Seconds one file may take in a worker before it is reported as too
   * complex and its worker replaced (the rest of the batch goes on).
   * Default FILE_TIME_BUDGET_SECONDS; in this thread a file cannot be stopped.
   */
  fileTimeBudget?: number;
  /** Each worker's heap in MB (default WORKER_HEAP_MB); a file that needs more is reported as too large. */
  heapMb?: number;
}

/** Generous: the slowest real plan takes well under a second; only a pathological input comes near. */
export const FILE_TIME_BUDGET_SECONDS = 60;

/** Main → worker: files to export and their places in the input order. */
export interface WorkerBatch {
  indices: number[];
  items: RunItem[];
}

/** Main → worker: no more batches; tidy up and end. */
export interface WorkerClose {
  close: true;
}

/** Worker → main: one file's outcome. */
export interface WorkerResult {
  index: number;
  outcome: FileOutcome;
}
/**
 * Worker → main: the clock of the file it is on starts now (its modules are
 * loaded, or a batch's .doc files are converted); `preparing` stops it while
 * LibreOffice converts a batch, which has time limits of its own.
 */
export type WorkerClock = { ready: true } | { preparing: true };

/**
 * Where the built worker stands, relative to this module: beside it in the
 * library build (dist/run/), or beside the CLI bundle's entry point when
 * this code is one of the bundle's chunks (dist/cli/chunks/ → dist/cli/).
 * Running from TypeScript sources there is none, and files run in-process.
 */
const WORKER_CANDIDATES = ['./worker.js', '../run-worker.mjs', './run-worker.mjs'];

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
/**
 * Each worker's heap: a file that needs more (a hostile spreadsheet drives
 * SheetJS past any size) ends its worker with an out-of-memory error, which
 * takes only that file, instead of aborting the whole process.
 */
const WORKER_HEAP_MB = 1024;
/** .doc files per batch: a LibreOffice start costs seconds, each file in it a fraction of one. */
const MAX_DOC_BATCH = 50;
/** Workers that die one after another without finishing a file mean the worker itself is broken. */
const MAX_CRASHES_IN_A_ROW = 3;

export async function* runAll(items: readonly RunItem[], settings: RunSettings, options: PoolOptions): AsyncGenerator<FileOutcome> {
  const script = options.worker === undefined ? builtWorker() : options.worker;
  if (script === null || items.length === 0) {
    for (const window of chunks([...items.keys()], MAX_DOC_BATCH)) {
      await prepareBatch(window.map((k) => items[k]), settings);
      for (const k of window) yield await runFile(items[k], settings);
    }
    return;
  }
  const budget = (options.fileTimeBudget ?? FILE_TIME_BUDGET_SECONDS) * 1000;
  // Loaded only for threads: a run in this thread (a few files) does not pay for it at start.
  const { Worker } = await import('node:worker_threads');
  yield* new Pool(Worker, items, settings, script, Math.max(1, options.jobs), budget, options.heapMb ?? WORKER_HEAP_MB).run();
}

interface PoolWorker {
  thread: Worker;
  /** Indices handed to this worker and not yet answered, in the order it works on them. */
  pending: number[];
  error: unknown;
  /** When the worker started on the file it is on (pending[0]); null until it is ready. */
  since: number | null;
  /** It was stopped for taking longer than the budget on that file. */
  overran: boolean;
}

class Pool {
  private readonly outcomes = new Map<number, FileOutcome>();
  private readonly batches: WorkerBatch[] = [];
  private readonly workers = new Set<PoolWorker>();
  private readonly batchSize: number;
  private next = 0;
  private crashesInARow = 0;
  private broken: Error | null = null;
  /** The run is over (done, or its reader stopped early): workers that exit now are not replaced. */
  private closed = false;
  private wake: (() => void) | null = null;
  private watchdog: NodeJS.Timeout | null = null;

  constructor(
    private readonly Thread: typeof Worker,
    private readonly items: readonly RunItem[],
    private readonly settings: RunSettings,
    private readonly script: WorkerScript,
    private readonly jobs: number,
    private readonly budgetMs: number,
    private readonly heapMb: number,
  ) {
    this.batchSize = Math.min(MAX_BATCH, Math.max(1, Math.ceil(items.length / (jobs * BATCHES_PER_WORKER))));
    // Legacy .doc files go in batches of their own, larger ones: each batch is one LibreOffice start.
    const [docs, others] = partition(items.keys(), (k) => isLegacyDoc(items[k].path));
    const batches = [...chunks(others, this.batchSize), ...chunks(docs, Math.max(this.batchSize, MAX_DOC_BATCH))];
    for (const indices of batches.sort((a, b) => a[0] - b[0])) this.batches.push({ indices, items: indices.map((k) => items[k]) });
  }

  async *run(): AsyncGenerator<FileOutcome> {
    // Checked a few times per budget: a file is stopped at most a quarter of the budget late.
    this.watchdog = setInterval(() => this.stopOverruns(), Math.max(50, this.budgetMs / 4));
    this.watchdog.unref();
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
      clearInterval(this.watchdog);
      await Promise.all([...this.workers].map((w) => closeWorker(w.thread)));
    }
  }

  /** Start workers up to --jobs while there is work nobody holds. */
  private staff(): void {
    while (this.workers.size < Math.min(this.jobs, this.batches.length)) this.spawn();
    this.dispatch();
  }

  private spawn(): void {
    const thread = new this.Thread(this.script.url, {
      workerData: this.settings,
      execArgv: this.script.execArgv,
      resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB, maxOldGenerationSizeMb: this.heapMb },
    });
    const worker: PoolWorker = { thread, pending: [], error: null, since: null, overran: false };
    this.workers.add(worker);
    thread.on('message', (message: WorkerResult | WorkerClock) => {
      if ('ready' in message) worker.since = performance.now();
      else if ('preparing' in message) worker.since = null;
      else this.received(worker, message);
    });
    thread.on('error', (error) => (worker.error = error));
    thread.on('exit', (code) => this.exited(worker, code));
  }

  /** Hand out batches to workers with room, as far ahead of the writer as the lookahead allows. */
  private dispatch(): void {
    const horizon = this.next + this.jobs * LOOKAHEAD_BATCHES * this.batchSize;
    for (const worker of this.workers) {
      while (this.batches.length > 0 && this.batches[0].indices[0] < horizon && worker.pending.length < BATCHES_IN_HAND * this.batchSize) {
        const batch = this.batches.shift()!;
        if (worker.pending.length === 0 && worker.since !== null) worker.since = performance.now();
        worker.pending.push(...batch.indices);
        worker.thread.postMessage(batch);
      }
    }
  }

  private received(worker: PoolWorker, { index, outcome }: WorkerResult): void {
    worker.pending.splice(worker.pending.indexOf(index), 1);
    worker.since = performance.now();
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
    const reason = worker.overran
      ? tooComplex(this.budgetMs, this.settings.lang)
      : outOfMemory(worker.error)
        ? tooLarge(this.heapMb, this.settings.lang)
        : (worker.error ?? new Error(`the worker stopped (exit code ${code})`));
    this.outcomes.set(culprit, crashedOutcome(this.items[culprit], reason, this.settings));
    if (rest.length > 0) this.batches.unshift({ indices: rest, items: rest.map((k) => this.items[k]) });
    // A file that ran out of time says nothing about the worker: only crashes count towards "broken".
    if (!worker.overran && !outOfMemory(worker.error) && ++this.crashesInARow >= MAX_CRASHES_IN_A_ROW) this.broken = new Error(`workers keep failing: ${this.outcomes.get(culprit)!.failure}`);
    else this.staff();
    this.wake?.();
  }

  /** Stop the workers that have spent longer than the budget on one file. */
  private stopOverruns(): void {
    const now = performance.now();
    for (const worker of this.workers) {
      if (worker.overran || worker.since === null || worker.pending.length === 0 || now - worker.since <= this.budgetMs) continue;
      worker.overran = true;
      void worker.thread.terminate();
    }
  }
}

function outOfMemory(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | null)?.code === 'ERR_WORKER_OUT_OF_MEMORY';
}

function tooLarge(heapMb: number, lang: RunSettings['lang']): Error {
  return new Error(lang === 'en' ? `too complex: needs more than ${heapMb} MB of memory` : `文件过于复杂：处理所需内存超过 ${heapMb} MB`);
}

function tooComplex(budgetMs: number, lang: RunSettings['lang']): Error {
  const seconds = Math.round(budgetMs / 1000);
  return new Error(lang === 'en' ? `too complex: not done within ${seconds} s` : `文件过于复杂：${seconds} 秒内未能处理完`);
}

function partition(keys: Iterable<number>, test: (k: number) => boolean): [number[], number[]] {
  const yes: number[] = [];
  const no: number[] = [];
  for (const k of keys) (test(k) ? yes : no).push(k);
  return [yes, no];
}

function chunks(indices: readonly number[], size: number): number[][] {
  const out: number[][] = [];
  for (let first = 0; first < indices.length; first += size) out.push(indices.slice(first, first + size));
  return out;
}

/** How long a worker may take to tidy up (its LibreOffice profile) before it is stopped. */
const CLOSE_GRACE_MS = 2000;

/** Ask a worker to finish and tidy up; stop it if it does not within the grace period (or is busy on a file nobody waits for). */
async function closeWorker(thread: Worker): Promise<void> {
  const exited = new Promise<void>((resolve) => thread.once('exit', () => resolve()));
  thread.postMessage({ close: true } satisfies WorkerClose);
  const timer = setTimeout(() => void thread.terminate(), CLOSE_GRACE_MS);
  await exited;
  clearTimeout(timer);
}
