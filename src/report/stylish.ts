import { Chalk } from 'chalk';
import Table from 'cli-table3';
import type { Diagnostic, Severity } from '../model/diagnostic.js';
import { formatLocation } from '../model/format-location.js';
import type { PlanDocument } from '../model/plan.js';
import { summarize } from '../export/json.js';
import { say, type Formatter, type ReportContext } from './context.js';

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
  const fixed = { loc: 10, severity: 6, task: Math.min(22, Math.floor(width * 0.2)), rule: 22 };
  const message = Math.max(20, width - fixed.loc - fixed.severity - fixed.task - fixed.rule - 16);
  const table = new Table({
    head: [say(context, 'location'), say(context, 'severity'), say(context, 'task'), say(context, 'problem'), say(context, 'rule')],
    colWidths: [fixed.loc, fixed.severity + 2, fixed.task, message, fixed.rule],
    wordWrap: true,
    wrapOnWordBoundary: false,
    style: { head: context.color ? ['bold'] : [], border: context.color ? ['grey'] : [] },
  });
  const tasks = new Map(doc.tasks.map((t) => [t.id, t]));
  for (const d of diagnostics) {
    const task = d.taskId ? tasks.get(d.taskId) : undefined;
    table.push([formatLocation(d.loc), paint(d.severity, say(context, d.severity), chalk), task ? `${task.number} ${task.title}`.trim() : '', d.message, chalk.dim(d.ruleId)]);
  }
  return table.toString();
}

function paint(severity: Severity, text: string, chalk: InstanceType<typeof Chalk>): string {
  return severity === 'error' ? chalk.red(text) : severity === 'warning' ? chalk.yellow(text) : chalk.blue(text);
}

function summaryLine(documents: readonly PlanDocument[], context: ReportContext, chalk: InstanceType<typeof Chalk>): string {
  const s = summarize(documents);
  const problems = s.errors + s.warnings + s.infos;
  if (problems === 0 && !documents.some((d) => d.errors.length > 0)) return chalk.green(`✔ ${say(context, 'clean', s)}`);
  const line = say(context, 'summary', { ...s, problems });
  return s.errors > 0 || documents.some((d) => d.errors.length > 0) ? chalk.red.bold(`✖ ${line}`) : chalk.yellow.bold(`⚠ ${line}`);
}
