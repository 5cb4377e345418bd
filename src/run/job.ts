import type { Lang } from '../i18n/format.js';
import { lintSettings, type LintOptions } from '../lint.js';
import type { Config, RuleLevel } from '../model/config.js';
import type { PlanDocument, Summary } from '../model/plan.js';
import { emptyDocument, parseFile } from '../parse.js';
import type { AnyRule } from '../rules/define.js';
import { lintExtracted, type LintSettings } from '../rules/engine.js';
import { rulesOfPlugins } from '../rules/plugins.js';
import { contractDocument, reportDocument, summarize } from '../model/report.js';
import { reportLine } from '../export/json-stream.js';
import { ledgerDocument, type LedgerDocument } from '../export/ledger.js';

/**
 * One file, start to end: read, extract, lint, and turn into what the
 * command writes. The same for `lint` and `export`, in a worker thread or in
 * this one (pool.ts): a file's outcome is plain data that crosses threads.
 */

export type ExportFormat = 'json' | 'jsonl' | 'xlsx';
/** `lint` keeps the checked document itself; the formatter turns documents into the report. */
export type RunFormat = ExportFormat | 'lint';

/** What every file of a run is turned into; the same for the whole batch (sent to workers once). */
export interface RunSettings {
  format: RunFormat;
  encoding?: string;
  maxFileBytes?: number;
  lang: Lang;
  /** ISO day for overdue checks. */
  asOf: string;
  /** Rule settings (planlint.config.json), its plugins as absolute paths; the defaults when absent. */
  config?: Config;
  /** `--rule id=level` on the command line. */
  overrides?: Readonly<Record<string, RuleLevel>>;
  draft?: boolean;
  reportUnusedDisableDirectives?: boolean;
  /** `lint`: keep every task in the document (--with-tasks, or a format that shows them). */
  withTasks?: boolean;
}
/** The export commands' settings: a run whose format is a file format. */
export type ExportSettings = RunSettings & { format: ExportFormat };

export interface RunItem {
  path: string;
  /** The name the outputs show (as the user named the file). */
  name: string;
}

/** One file, done: ready to be written by the main thread. */
export interface FileOutcome {
  name: string;
  /** json: a `documents` entry; jsonl: a line; xlsx: a LedgerDocument as JSON; lint: empty. */
  payload: string;
  /** lint: the document as the contract has it (tasks only with withTasks), its diagnostics set. */
  document?: PlanDocument;
  /** Why the file could not be read or processed, or null. */
  failure: string | null;
  summary: Summary;
}

/** Lint settings are built once per thread: the rule registry and the plugins' rules do not change within a run. */
const settingsCache = new WeakMap<RunSettings, Promise<LintSettings>>();

function lintSettingsOf(settings: RunSettings): Promise<LintSettings> {
  let cached = settingsCache.get(settings);
  if (!cached) {
    cached = rulesOfPlugins(settings.config?.plugins ?? []).then((rules) => {
      const options: LintOptions = {
        config: settings.config,
        overrides: settings.overrides,
        rules: rules as AnyRule[],
        lang: settings.lang,
        asOf: settings.asOf,
        draft: settings.draft,
        reportUnusedDisableDirectives: settings.reportUnusedDisableDirectives,
      };
      return lintSettings(options);
    });
    settingsCache.set(settings, cached);
  }
  return cached;
}

/**
 * Formats read by third-party parsers (SheetJS, word-extractor) that a
 * hostile file can drive past any memory: always read on a worker thread,
 * whose heap limit takes only that file down.
 */
const ISOLATED_FORMATS = /\.(?:xls|xlsx|xlsm|xlsb|ods|doc)$/i;

export function needsIsolation(path: string): boolean {
  return ISOLATED_FORMATS.test(path);
}

/** A legacy Word file, converted by LibreOffice in batches before it is read. */
export function isLegacyDoc(path: string): boolean {
  return path.toLowerCase().endsWith('.doc');
}

/**
 * Convert the batch's .doc files in one LibreOffice start (many per start
 * costs a fraction of one each); readDoc then finds them converted. Without
 * LibreOffice, or with no .doc among them, nothing happens.
 */
export async function prepareBatch(items: readonly RunItem[], settings: RunSettings): Promise<void> {
  const docs = items.filter((item) => isLegacyDoc(item.path)).map((item) => item.path);
  // Loaded only then: it brings child_process and crypto, which a run without .doc files does not need.
  if (docs.length > 0) await (await import('../read/doc-batch.js')).prepareDocs(docs, { maxFileBytes: settings.maxFileBytes });
}

/** Parse, lint and serialise one file. Never throws: the outcome says what failed, a bug in planlint included. */
export async function runFile(item: RunItem, settings: RunSettings): Promise<FileOutcome> {
  try {
    return await runOne(item, settings);
  } catch (error) {
    return crashedOutcome(item, error, settings);
  }
}

async function runOne(item: RunItem, settings: RunSettings): Promise<FileOutcome> {
  // One file at a time per thread: blocking reads leave no thread idle.
  const parsed = await parseFile(item.path, { encoding: settings.encoding, maxFileBytes: settings.maxFileBytes, blockingRead: true });
  const doc = parsed.document;
  doc.file = item.name;
  const failure = doc.errors.map((e) => e.message).join('; ') || null;
  doc.diagnostics = failure ? [] : lintExtracted(parsed, await lintSettingsOf(settings));
  const summary = summarize([doc]);
  if (settings.format === 'lint') return { name: item.name, payload: '', document: lintedDocument(doc, settings), failure, summary };
  const ledger = () => ledgerDocument(parsed, doc.diagnostics, settings.lang);
  return { name: item.name, payload: payloadOf(settings.format, doc, ledger), failure, summary };
}

/**
 * What `lint` keeps of a document: the contract's fields. Without
 * --with-tasks only the tasks a diagnostic points at stay (the reports show
 * their numbers), so a run over thousands of files holds little per file.
 */
function lintedDocument(doc: PlanDocument, settings: RunSettings): PlanDocument {
  const kept = contractDocument(doc, { withTasks: true });
  if (settings.withTasks) return kept;
  const cited = new Set(doc.diagnostics.map((d) => d.taskId));
  return { ...kept, tasks: kept.tasks.filter((t) => cited.has(t.id)) };
}

const CRASH_REASON = {
  zh: (detail: string) => `planlint 处理此文件时出错：${detail}`,
  en: (detail: string) => `planlint failed on this file: ${detail}`,
} as const;

/** A file whose processing failed in planlint (an exception, a worker that died or ran out of time): a document that carries only the reason. */
export function crashedOutcome(item: RunItem, error: unknown, settings: Pick<RunSettings, 'format' | 'lang'>): FileOutcome {
  const reason = CRASH_REASON[settings.lang === 'en' ? 'en' : 'zh'](error instanceof Error ? error.message : String(error));
  const doc = emptyDocument(item.name, { code: 'corrupt', message: reason });
  const summary = summarize([doc]);
  if (settings.format === 'lint') return { name: item.name, payload: '', document: doc, failure: reason, summary };
  const ledger = (): LedgerDocument => ({ file: item.name, title: null, docNumber: null, tasks: [], problems: [], failure: reason });
  return { name: item.name, payload: payloadOf(settings.format, doc, ledger), failure: reason, summary };
}

function payloadOf(format: ExportFormat, doc: PlanDocument, ledger: () => LedgerDocument): string {
  if (format === 'json') return reportDocument(doc, { withTasks: true });
  if (format === 'jsonl') return reportLine(doc);
  return JSON.stringify(ledger());
}
