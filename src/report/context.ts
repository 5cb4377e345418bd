import { CLI_MESSAGES, type CliMessageId } from '../i18n/cli.js';
import { formatMessage, type Lang, type MessageData } from '../i18n/format.js';
import type { PlanDocument, Summary } from '../model/plan.js';
import { addSummary, summarize } from '../model/report.js';
import type { AnyRule } from '../rules/define.js';

export interface ReportContext {
  lang: Lang;
  color: boolean;
  cwd: string;
  /** Rules that ran, for formats that describe them (SARIF). */
  rules: readonly AnyRule[];
  /** Terminal width for the table formats. */
  width: number;
  /** What --quiet left out of the documents' diagnostics. */
  hidden?: { warnings: number; infos: number };
  /** Inputs that matched no file: the run checked less than it was asked to. */
  unmatched?: number;
  /**
   * The run's totals, when the documents no longer hold every task (a long
   * run keeps only the tasks its findings cite); else counted from them.
   */
  summary?: Summary;
}

export type Formatter = (documents: readonly PlanDocument[], context: ReportContext) => string;

/**
 * A report written as the run goes, so that `lint` holds no document longer
 * than it takes to write its piece: the opening, then a piece per document
 * in input order, then the end. The pieces join to exactly what the
 * whole-batch formatter returns for the same documents.
 */
export interface ReportWriter {
  head(): string;
  document(doc: PlanDocument): string;
  /**
   * The rest of the report. `summary`: the run's totals, when the documents
   * no longer hold every task; else counted from the documents written.
   */
  end(summary?: Summary): string;
}

export type StreamFormatter = (context: ReportContext) => ReportWriter;

/** The whole-batch formatter of a streaming one. */
export function wholeReport(start: StreamFormatter): Formatter {
  return (documents, context) => {
    const writer = start(context);
    let out = writer.head();
    for (const doc of documents) out += writer.document(doc);
    return out + writer.end(context.summary);
  };
}

/** What a report's end needs of the documents written: their totals, and whether a file could not be read. */
export class Tally {
  readonly summary: Summary = { documents: 0, tasks: 0, errors: 0, warnings: 0, infos: 0 };
  failed = false;

  add(doc: PlanDocument): void {
    addSummary(this.summary, summarize([doc]));
    if (doc.errors.length > 0) this.failed = true;
  }
}

/**
 * Parts joined by a separator, given a few at a time: the pieces returned
 * join to `allParts.join(separator)`.
 */
export function joiner(separator: string): (parts: readonly string[]) => string {
  let first = true;
  return (parts) => {
    let out = '';
    for (const part of parts) {
      out += first ? part : separator + part;
      first = false;
    }
    return out;
  };
}

export function say(context: Pick<ReportContext, 'lang'>, id: CliMessageId, data?: MessageData): string {
  return formatMessage(CLI_MESSAGES[id], context.lang, data);
}
