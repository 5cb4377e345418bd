import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Lang } from '../i18n/format.js';
import { describeFileError } from '../i18n/translate.js';
import type { ExportFormat, RunItem, FileOutcome, ExportSettings } from '../run/job.js';
import type { LedgerDocument } from '../export/ledger.js';
import type { Summary } from '../model/plan.js';
import { addSummary, reportHead, reportTail, REPORT_SEPARATOR } from '../model/report.js';
import { builtWorker, poolFor, runAll } from '../run/pool.js';
import { say } from '../report/context.js';
import { loadConfig } from './config.js';
import { expandInputs, reportInputs } from './inputs.js';
import { displayName } from './lint.js';
import { mirroredLedgerPaths, type LedgerTargets } from './out-dir.js';
import { OutputQueue, openOutput, writeOutput, writeStdout, type OutputTarget } from './output.js';
import { guardOutputs } from './output-guard.js';
import { startProgress } from './progress.js';
import { EXIT, UsageError, checkAsOf, jobsOf, type CommonOptions } from './shared.js';
import { tuneCompilerForBatch } from './v8-tuning.js';

export interface ExportCommandOptions extends CommonOptions {
  output?: string;
  format?: string;
  outDir?: string;
  byOwner?: boolean;
  jobs?: string;
  asOf?: string;
  /** false with --no-error-on-unmatched-pattern. */
  errorOnUnmatchedPattern?: boolean;
}

const FORMATS: readonly ExportFormat[] = ['json', 'jsonl', 'xlsx'];
/** --out-dir workbooks being written at once: 8 hide the disk's flush of each (4.7 ms → 0.4 ms a file on ext4). */
const WRITES_AT_ONCE = 8;
const STDOUT = '-';

/** The format asked for, else the one the output implies (--out-dir and .xlsx: the ledger; .jsonl), else JSON. */
function exportFormat(options: ExportCommandOptions): ExportFormat {
  const output = options.output?.toLowerCase() ?? '';
  const implied = options.outDir !== undefined || output.endsWith('.xlsx') ? 'xlsx' : output.endsWith('.jsonl') ? 'jsonl' : 'json';
  const format = options.format ?? implied;
  if (!(FORMATS as readonly string[]).includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}`);
  return format as ExportFormat;
}

function checkOptions(format: ExportFormat, options: ExportCommandOptions, lang: Lang): void {
  if (options.outDir !== undefined && options.output !== undefined) throw new UsageError('give either -o or --out-dir, not both');
  if (options.outDir !== undefined && format !== 'xlsx') throw new UsageError('--out-dir writes one Excel ledger per input (--format xlsx)');
  if (options.byOwner && format !== 'xlsx') throw new UsageError('--by-owner applies to the Excel ledger (--format xlsx)');
  if (format === 'xlsx' && options.outDir === undefined && (options.output ?? STDOUT) === STDOUT)
    throw new UsageError('an Excel ledger is written to a file: give -o ledger.xlsx or --out-dir DIR');
  checkAsOf(options.asOf, lang);
}

/**
 * `planlint export FILES`: the schemaVersion 1 model as JSON (`-o out.json|-`)
 * or JSON lines, or the Excel ledger (`-o ledger.xlsx`, or `--out-dir DIR`
 * for one workbook per input). Diagnostics are included, with the rules the
 * config found upward from cwd sets. Files are processed on a pool of
 * worker threads (--jobs); outputs are streamed or built in input order and
 * appear only when complete. A file that cannot be read is reported and
 * the rest are still written (exit 2). Outputs are checked before any input
 * is read: none may be an input (output-guard.ts).
 */
export async function exportCommand(patterns: string[], options: ExportCommandOptions, lang: Lang, cwd: string): Promise<number> {
  const format = exportFormat(options);
  checkOptions(format, options, lang);
  const jobs = jobsOf(options.jobs, format === 'xlsx');
  const { config } = await loadConfig(cwd, undefined, lang);
  if (options.lang === undefined && config.lang) lang = config.lang;
  const inputs = await expandInputs(patterns, cwd, config.ignorePatterns);
  const { ok, nothing } = reportInputs(inputs, lang, options.errorOnUnmatchedPattern !== false);
  // Nothing to export, and that is an error: no output, which could only pass for a result.
  if (nothing && !ok) return EXIT.fatal;
  let exit: number = ok ? EXIT.ok : EXIT.fatal;
  const items: RunItem[] = inputs.files.map((file) => ({ path: resolve(cwd, file), name: displayName(file, cwd) }));
  const output = options.output ?? STDOUT;
  const layout = options.outDir === undefined ? null : await ledgerLayout(items, resolve(cwd, options.outDir));
  const paths = layout ? [...layout.ledgers, layout.failures] : output === STDOUT ? [] : [resolve(cwd, output)];
  const inputPaths = items.map((item) => item.path);
  const targets = await guardOutputs(paths, inputPaths, lang, (path) => displayName(path, cwd));

  const settings: ExportSettings = {
    format,
    encoding: options.encoding ?? config.encoding,
    maxFileBytes: options.maxFileSize,
    lang,
    asOf: options.asOf ?? new Date().toISOString().slice(0, 10),
    config,
  };
  const pool = poolFor(items, jobs);
  const worker = pool.worker === null ? null : builtWorker();
  if (process.env.PLANLINT_DEBUG) process.stderr.write(`planlint: export ${worker ? `on worker threads (--jobs ${jobs}; ${fileURLToPath(worker.url)})` : 'in this thread'}\n`);
  const progress = await startProgress(items.length, 'planlint export');
  const outcomes = (async function* (): AsyncGenerator<FileOutcome> {
    tuneCompilerForBatch(items.length, worker ? jobs : 1);
    for await (const outcome of runAll(items, settings, { jobs: pool.jobs, worker })) {
      progress.tick();
      if (outcome.failure !== null) {
        progress.say(`${outcome.name}: ${say({ lang }, 'fileError', { message: describeFileError({ code: '', message: outcome.failure }, lang) })}\n`);
        exit = EXIT.fatal;
      }
      yield outcome;
    }
  })();
  let written = { ledgers: 0, failures: false };
  try {
    if (layout) written = await writeLedgers(outcomes, targets, options.byOwner === true);
    else if (format === 'xlsx') await writeLedger(outcomes, targets[0], { byOwner: options.byOwner === true, fileColumn: items.length > 1 });
    else await writeReport(outcomes, format, targets[0] ?? null);
  } finally {
    progress.stop();
  }
  if (layout) {
    process.stderr.write(`${say({ lang }, 'wroteLedgers', { count: written.ledgers, dir: options.outDir! })}\n`);
    if (written.failures) process.stderr.write(`${say({ lang }, 'listedFailures', { file: displayName(layout.failures, cwd) })}\n`);
  } else if (output !== STDOUT) process.stderr.write(`${say({ lang }, 'wrote', { file: output })}\n`);
  return exit;
}

/** --out-dir: the input folders mirrored under `dir`. */
async function ledgerLayout(items: readonly RunItem[], dir: string): Promise<LedgerTargets> {
  return mirroredLedgerPaths(items.map((item) => item.path), dir);
}

/** JSON or JSON lines, streamed to stdout or to a file that appears only when complete. */
async function writeReport(outcomes: AsyncIterable<FileOutcome>, format: 'json' | 'jsonl', target: OutputTarget | null): Promise<void> {
  const file = target === null ? null : await openOutput(target);
  const write = (text: string) => (file ? file.write(text) : writeStdout(text));
  try {
    const summary: Summary = { documents: 0, tasks: 0, errors: 0, warnings: 0, infos: 0 };
    if (format === 'json') await write(reportHead());
    for await (const outcome of outcomes) {
      await write(format === 'json' && summary.documents > 0 ? REPORT_SEPARATOR + outcome.payload : outcome.payload);
      addSummary(summary, outcome.summary);
    }
    if (format === 'json') await write(reportTail(summary));
  } catch (error) {
    await file?.abort();
    throw error;
  }
  await file?.commit();
}

/** One workbook for every input, its rows written as each input is done. */
async function writeLedger(outcomes: AsyncIterable<FileOutcome>, target: OutputTarget, options: { byOwner: boolean; fileColumn: boolean }): Promise<void> {
  const { LedgerBuilder } = await import('../export/xlsx.js');
  const ledger = new LedgerBuilder(options);
  for await (const outcome of outcomes) ledger.add(JSON.parse(outcome.payload) as LedgerDocument);
  await writeOutput(target, ledger.finish());
}

/**
 * A workbook per input, written as each input is done. An input that failed
 * gets none: the failed inputs are listed together, in a workbook of their
 * own (its 失败文件 sheet). `targets`: the ledgers in input order, then the
 * failure list.
 */
async function writeLedgers(outcomes: AsyncIterable<FileOutcome>, targets: readonly OutputTarget[], byOwner: boolean): Promise<{ ledgers: number; failures: boolean }> {
  const { buildLedger } = await import('../export/xlsx.js');
  const queue = new OutputQueue(WRITES_AT_ONCE);
  let index = 0;
  let ledgers = 0;
  const failed: LedgerDocument[] = [];
  try {
    for await (const outcome of outcomes) {
      const target = targets[index++];
      const doc = JSON.parse(outcome.payload) as LedgerDocument;
      if (outcome.failure !== null) {
        // Text that did not decode can still yield "tasks": a failed file gives none.
        failed.push({ ...doc, tasks: [], problems: [] });
        continue;
      }
      await queue.write(target, buildLedger([doc], { byOwner, fileColumn: false }));
      ledgers++;
    }
    if (failed.length > 0) await queue.write(targets[targets.length - 1], buildLedger(failed, { fileColumn: true }));
  } catch (error) {
    // The writes under way end (or fail) before the error is reported.
    await queue.finish().catch(() => undefined);
    throw error;
  }
  await queue.finish();
  return { ledgers, failures: failed.length > 0 };
}
