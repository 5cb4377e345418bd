import type { Diagnostic, Severity } from '../model/diagnostic.js';
import { sayLocation } from '../i18n/location.js';
import { describeFileError } from '../i18n/translate.js';
import type { PlanDocument, Summary } from '../model/plan.js';
import { printable, printableLine } from '../text/controls.js';
import { renderTable, type TableColumn } from '../text/table.js';
import { wrapText } from '../text/width.js';
import { paintFor, type Paint } from './paint.js';
import { joiner, say, Tally, wholeReport, type ReportContext, type StreamFormatter } from './context.js';

/**
 * For a person at a terminal: per file, a table of its problems (位置, 级别,
 * 任务, 问题, 规则), then one summary line; no line wider than the terminal.
 * Everything a document says is made printable first (src/text/controls.ts).
 */
export const stylishReport: StreamFormatter = (context) => {
  const paint = paintFor(context.color);
  const width = Math.max(MIN_WIDTH, context.width);
  const fitted = (text: string) => wrapText(printable(text), width);
  const lines = joiner('\n');
  const tally = new Tally();
  return {
    head: () => '',
    document(doc) {
      tally.add(doc);
      if (doc.diagnostics.length === 0 && doc.errors.length === 0) return '';
      const out = ['', paint.underline(wrapText(printableLine(doc.file), width))];
      for (const error of doc.errors) {
        const line = `${say(context, 'error')}  ${say(context, 'fileError', { message: printableLine(describeFileError(error, context.lang)) })}`;
        out.push(paint.red(indent(wrapText(line, width - INDENT.length))));
      }
      if (doc.diagnostics.length > 0) out.push(problemTable(doc, doc.diagnostics, context, paint, width));
      return lines(out);
    },
    end: (summary) => lines(['', summaryLine(tally, summary ?? tally.summary, context, paint, fitted), '']),
  };
};

export const stylish = wholeReport(stylishReport);

const INDENT = '  ';
const indent = (text: string) => text.replace(/^/gm, INDENT);

/** Narrower than this, a five-column table cannot show a word per column. */
const MIN_WIDTH = 40;
/** A task is named in a few lines: the message is what the row is for. */
const TASK_LINES = 3;

function problemTable(doc: PlanDocument, diagnostics: readonly Diagnostic[], context: ReportContext, paint: Paint, width: number): string {
  const columns: TableColumn[] = [
    { header: say(context, 'location'), min: 5, max: 14, share: 0.5 },
    { header: say(context, 'severity'), min: 4, share: 0.5 },
    { header: say(context, 'task'), min: 8, max: 24, maxLines: TASK_LINES },
    { header: say(context, 'problem'), min: 16, share: 2.5 },
    { header: say(context, 'rule'), min: 12, share: 0.8 },
  ];
  const tasks = new Map(doc.tasks.map((t) => [t.id, t]));
  const rows = diagnostics.map((d) => {
    const task = d.taskId ? tasks.get(d.taskId) : undefined;
    return [
      sayLocation(d.loc, context.lang),
      { text: say(context, d.severity), paint: severityPaint(d.severity, paint) },
      task ? `${task.number} ${task.title}`.trim() : '',
      d.message,
      { text: d.ruleId, paint: paint.dim },
    ];
  });
  return renderTable(columns, rows, width, { header: paint.bold, border: paint.grey });
}

function severityPaint(severity: Severity, paint: Paint): (text: string) => string {
  return severity === 'error' ? paint.red : severity === 'warning' ? paint.yellow : paint.blue;
}

/**
 * ✔ only when every file asked for was checked and nothing was found, shown
 * or hidden by --quiet: a run that checked nothing, or less than asked, or
 * hid warnings, says so instead.
 */
function summaryLine(written: Tally, s: Summary, context: ReportContext, paint: Paint, fitted: (text: string) => string): string {
  const problems = s.errors + s.warnings + s.infos;
  const failed = written.failed || (context.unmatched ?? 0) > 0;
  const hidden = context.hidden ?? { warnings: 0, infos: 0 };
  const notes = [
    ...(hidden.warnings + hidden.infos > 0 ? [say(context, 'quietHidden', hidden)] : []),
    ...((context.unmatched ?? 0) > 0 ? [say(context, 'unmatchedInputs', { count: context.unmatched! })] : []),
  ];
  const withNotes = (line: string) => [line, ...notes].join(context.lang === 'zh' ? '；' : '; ');
  if (written.summary.documents === 0) return paint.warn(fitted(`⚠ ${withNotes(say(context, 'nothingChecked'))}`));
  if (problems === 0 && !failed) {
    return notes.length === 0 ? paint.green(fitted(`✔ ${say(context, 'clean', s)}`)) : paint.warn(fitted(`⚠ ${withNotes(say(context, 'quietClean', s))}`));
  }
  const line = withNotes(say(context, 'summary', { ...s, problems }));
  return s.errors > 0 || failed ? paint.fail(fitted(`✖ ${line}`)) : paint.warn(fitted(`⚠ ${line}`));
}
