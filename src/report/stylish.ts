import { Chalk } from 'chalk';
import Table from 'cli-table3';
import type { Diagnostic, Severity } from '../model/diagnostic.js';
import { formatLocation } from '../model/format-location.js';
import type { PlanDocument } from '../model/plan.js';
import { summarize } from '../model/report.js';
import { say, type Formatter, type ReportContext } from './context.js';
import { displayWidth } from '../text/width.js';
import { wrapText } from './wrap.js';

/**
 * For a person at a terminal: per file, a table of its problems (位置, 级别,
 * 任务, 问题, 规则), then one summary line. cli-table3 measures East Asian
 * wide characters, so Chinese columns line up.
 */
export const stylish: Formatter = (documents, context) => {
  const chalk = new Chalk({ level: context.color ? 1 : 0 });
  const out: string[] = [];
  for (const doc of documents) {
    const shown = doc.diagnostics;
    if (shown.length === 0 && doc.errors.length === 0) continue;
    out.push('', chalk.underline(doc.file));
    for (const error of doc.errors) out.push(`  ${chalk.red(say(context, 'error'))}  ${say(context, 'fileError', { message: error.message })}`);
    if (shown.length > 0) out.push(problemTable(doc, shown, context, chalk));
  }
  out.push('', summaryLine(documents, context, chalk), '');
  return out.join('\n');
};

function problemTable(doc: PlanDocument, diagnostics: readonly Diagnostic[], context: ReportContext, chalk: InstanceType<typeof Chalk>): string {
  const width = Math.max(60, context.width);
  // Column widths include one space of padding on each side; severity and rule fit their longest word.
  const severity = Math.max(...(['severity', 'error', 'warning', 'info'] as const).map((id) => displayWidth(say(context, id)))) + 2;
  const rule = Math.max(10, ...diagnostics.map((d) => d.ruleId.length)) + 2;
  const fixed = { loc: 10, severity, task: Math.min(22, Math.floor(width * 0.2)), rule };
  const message = Math.max(20, width - fixed.loc - fixed.severity - fixed.task - fixed.rule - 7);
  // cli-table3's own wrapping loses Chinese text (see wrap.ts): cells arrive wrapped.
  const cell = (text: string, colWidth: number) => wrapText(text, colWidth - 2);
  const table = new Table({
    head: [say(context, 'location'), say(context, 'severity'), say(context, 'task'), say(context, 'problem'), say(context, 'rule')],
    colWidths: [fixed.loc, fixed.severity, fixed.task, message, fixed.rule],
    wordWrap: false,
    style: { head: context.color ? ['bold'] : [], border: context.color ? ['grey'] : [] },
  });
  const tasks = new Map(doc.tasks.map((t) => [t.id, t]));
  for (const d of diagnostics) {
    const task = d.taskId ? tasks.get(d.taskId) : undefined;
    table.push([
      cell(formatLocation(d.loc), fixed.loc),
      paint(d.severity, say(context, d.severity), chalk),
      cell(task ? `${task.number} ${task.title}`.trim() : '', fixed.task),
      cell(d.message, message),
      chalk.dim(d.ruleId),
    ]);
  }
  return table.toString();
}

function paint(severity: Severity, text: string, chalk: InstanceType<typeof Chalk>): string {
  return severity === 'error' ? chalk.red(text) : severity === 'warning' ? chalk.yellow(text) : chalk.blue(text);
}

/**
 * ✔ only when every file asked for was checked and nothing was found, shown
 * or hidden by --quiet: a run that checked nothing, or less than asked, or
 * hid warnings, says so instead.
 */
function summaryLine(documents: readonly PlanDocument[], context: ReportContext, chalk: InstanceType<typeof Chalk>): string {
  const s = context.summary ?? summarize(documents);
  const problems = s.errors + s.warnings + s.infos;
  const failed = documents.some((d) => d.errors.length > 0) || (context.unmatched ?? 0) > 0;
  const hidden = context.hidden ?? { warnings: 0, infos: 0 };
  const notes = [
    ...(hidden.warnings + hidden.infos > 0 ? [say(context, 'quietHidden', hidden)] : []),
    ...((context.unmatched ?? 0) > 0 ? [say(context, 'unmatchedInputs', { count: context.unmatched! })] : []),
  ];
  const withNotes = (line: string) => [line, ...notes].join(context.lang === 'zh' ? '；' : '; ');
  if (documents.length === 0) return chalk.yellow.bold(`⚠ ${withNotes(say(context, 'nothingChecked'))}`);
  if (problems === 0 && !failed) {
    return notes.length === 0 ? chalk.green(`✔ ${say(context, 'clean', s)}`) : chalk.yellow.bold(`⚠ ${withNotes(say(context, 'quietClean', s))}`);
  }
  const line = withNotes(say(context, 'summary', { ...s, problems }));
  return s.errors > 0 || failed ? chalk.red.bold(`✖ ${line}`) : chalk.yellow.bold(`⚠ ${line}`);
}
