import type { Diagnostic, Severity } from '../model/diagnostic.js';
import { formatLocation } from '../model/format-location.js';
import type { PlanDocument } from '../model/plan.js';
import { summarize } from '../export/json.js';
import { painter, type Paint } from './ansi.js';
import { say, type Formatter, type ReportContext } from './context.js';
import { drawTable } from './table.js';
import { displayWidth, wrapText } from './wrap.js';

/**
 * For a person at a terminal: per file, a table of its problems (位置, 级别,
 * 任务, 问题, 规则), then one summary line. Widths count East Asian wide
 * characters as two columns, so Chinese columns line up.
 */
export const stylish: Formatter = (documents, context) => {
  const paint = painter(context.color);
  const out: string[] = [];
  for (const doc of documents) {
    const shown = doc.diagnostics;
    if (shown.length === 0 && doc.errors.length === 0) continue;
    out.push('', paint(doc.file, 'underline'));
    for (const error of doc.errors) out.push(`  ${paint(say(context, 'error'), 'red')}  ${say(context, 'fileError', { message: error.message })}`);
    if (shown.length > 0) out.push(problemTable(doc, shown, context, paint));
  }
  out.push('', summaryLine(documents, context, paint), '');
  return out.join('\n');
};

function problemTable(doc: PlanDocument, diagnostics: readonly Diagnostic[], context: ReportContext, paint: Paint): string {
  const width = Math.max(60, context.width);
  // Column widths include one space of padding on each side; severity and rule fit their longest word.
  const severity = Math.max(...(['severity', 'error', 'warning', 'info'] as const).map((id) => displayWidth(say(context, id)))) + 2;
  const rule = Math.max(10, ...diagnostics.map((d) => d.ruleId.length)) + 2;
  const fixed = { loc: 10, severity, task: Math.min(22, Math.floor(width * 0.2)), rule };
  const message = Math.max(20, width - fixed.loc - fixed.severity - fixed.task - fixed.rule - 7);
  const cell = (text: string, colWidth: number) => wrapText(text, colWidth - 2);
  const rows = [[say(context, 'location'), say(context, 'severity'), say(context, 'task'), say(context, 'problem'), say(context, 'rule')]];
  const tasks = new Map(doc.tasks.map((t) => [t.id, t]));
  for (const d of diagnostics) {
    const task = d.taskId ? tasks.get(d.taskId) : undefined;
    rows.push([
      cell(formatLocation(d.loc), fixed.loc),
      paintSeverity(d.severity, say(context, d.severity), paint),
      cell(task ? `${task.number} ${task.title}`.trim() : '', fixed.task),
      cell(d.message, message),
      paint(d.ruleId, 'dim'),
    ]);
  }
  const style = { border: (text: string) => paint(text, 'grey'), head: (text: string) => paint(text, 'bold') };
  return drawTable(rows, [fixed.loc, fixed.severity, fixed.task, message, fixed.rule], style);
}

function paintSeverity(severity: Severity, text: string, paint: Paint): string {
  return paint(text, severity === 'error' ? 'red' : severity === 'warning' ? 'yellow' : 'blue');
}

function summaryLine(documents: readonly PlanDocument[], context: ReportContext, paint: Paint): string {
  const s = summarize(documents);
  const problems = s.errors + s.warnings + s.infos;
  if (problems === 0 && !documents.some((d) => d.errors.length > 0)) return paint(`✔ ${say(context, 'clean', s)}`, 'green');
  const line = say(context, 'summary', { ...s, problems });
  return s.errors > 0 || documents.some((d) => d.errors.length > 0) ? paint(`✖ ${line}`, 'red', 'bold') : paint(`⚠ ${line}`, 'yellow', 'bold');
}
