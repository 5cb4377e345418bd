import type { Lang } from '../i18n/format.js';
import { lint } from '../lint.js';
import type { Config } from '../model/config.js';
import type { PlanDocument, Summary } from '../model/plan.js';
import { emptyDocument, parseFile } from '../parse.js';
import type { AnyRule } from '../rules/define.js';
import { rulesOfPlugins } from '../rules/plugins.js';
import { summarize } from './json.js';
import { reportDocument, reportLine } from './json-stream.js';
import { ledgerDocument, type LedgerDocument } from './ledger.js';

export type ExportFormat = 'json' | 'jsonl' | 'xlsx';

/** What every file of an export is turned into; the same for the whole batch (sent to workers once). */
export interface ExportSettings {
  format: ExportFormat;
  encoding?: string;
  maxFileBytes?: number;
  lang: Lang;
  /** ISO day for overdue checks. */
  asOf: string;
  /** Rule settings (planlint.config.json), its plugins as absolute paths; the defaults when absent. */
  config?: Config;
}

export interface ExportItem {
  path: string;
  /** The name the outputs show (as the user named the file). */
  name: string;
}

/** One file, done: its piece of the output as text, ready to be written by the main thread. */
export interface ExportOutcome {
  name: string;
  /** json: a `documents` entry; jsonl: a line; xlsx: a LedgerDocument as JSON. */
  payload: string;
  /** Why the file could not be read or processed, or null. */
  failure: string | null;
  summary: Summary;
}

/** Parse, lint and serialise one file. Never throws: the outcome says what failed, a bug in planlint included. */
export async function exportFile(item: ExportItem, settings: ExportSettings): Promise<ExportOutcome> {
  try {
    return await exportOne(item, settings);
  } catch (error) {
    return crashedOutcome(item, error, settings.format);
  }
}

async function exportOne(item: ExportItem, settings: ExportSettings): Promise<ExportOutcome> {
  // One file at a time per thread: blocking reads leave no thread idle.
  const parsed = await parseFile(item.path, { encoding: settings.encoding, maxFileBytes: settings.maxFileBytes, blockingRead: true });
  const doc = parsed.document;
  doc.file = item.name;
  const failure = doc.errors.map((e) => e.message).join('; ') || null;
  const rules = (await rulesOfPlugins(settings.config?.plugins ?? [])) as AnyRule[];
  doc.diagnostics = failure ? [] : lint(parsed, { config: settings.config, rules, lang: settings.lang, asOf: settings.asOf });
  const ledger = () => ledgerDocument(parsed, doc.diagnostics, settings.lang);
  return { name: item.name, payload: payloadOf(settings.format, doc, ledger), failure, summary: summarize([doc]) };
}

/** A file whose processing failed in planlint (an exception, a worker that died): a document that carries only the reason. */
export function crashedOutcome(item: ExportItem, error: unknown, format: ExportFormat): ExportOutcome {
  const reason = `planlint failed on this file: ${error instanceof Error ? error.message : String(error)}`;
  const doc = emptyDocument(item.name, { code: 'corrupt', message: reason });
  const ledger = (): LedgerDocument => ({ file: item.name, title: null, docNumber: null, tasks: [], problems: [], failure: reason });
  return { name: item.name, payload: payloadOf(format, doc, ledger), failure: reason, summary: summarize([doc]) };
}

function payloadOf(format: ExportFormat, doc: PlanDocument, ledger: () => LedgerDocument): string {
  if (format === 'jsonl') return reportLine(doc);
  if (format === 'json') return reportDocument(doc);
  return JSON.stringify(ledger());
}
