import { resolve } from 'node:path';
import type { Lang } from '../i18n/format.js';
import type { Deadline, PlanDocument, Task } from '../model/plan.js';
import { describeFileError, describeFileWarning } from '../i18n/translate.js';
import { parseFile } from '../parse.js';
import { say } from '../report/context.js';
import { paintFor, type Paint } from '../report/paint.js';
import { printable, printableLine } from '../text/controls.js';
import { renderTable, type TableColumn } from '../text/table.js';
import { wrapText } from '../text/width.js';
import { useColor } from './color.js';
import { writeStdout } from './output.js';
import { EXIT, type CommonOptions } from './shared.js';
import { terminalWidth } from './terminal.js';

export interface ShowCommandOptions extends CommonOptions {
  color?: boolean;
}

/**
 * `planlint show FILES…`: the tasks as planlint understood them, for a person
 * to check at a glance, one table per file, fitted to the terminal. A file
 * that cannot be read is one line on stderr; the others are still shown.
 */
export async function showCommand(paths: readonly string[], options: ShowCommandOptions, lang: Lang, cwd: string): Promise<number> {
  const paint = paintFor(useColor(options.color, process.stdout.isTTY === true));
  const width = Math.max(MIN_WIDTH, terminalWidth());
  let exit: number = EXIT.ok;
  for (const [k, path] of paths.entries()) {
    const parsed = await parseFile(resolve(cwd, path), { encoding: options.encoding, maxFileBytes: options.maxFileSize });
    const doc = parsed.document;
    doc.file = path;
    if (doc.errors.length > 0) {
      process.stderr.write(`${printableLine(path)}: ${say({ lang }, 'fileError', { message: printableLine(describeFileError(doc.errors[0], lang)) })}\n`);
      exit = EXIT.fatal;
      continue;
    }
    const lines = k > 0 ? [''] : [];
    lines.push(...showDocument(doc, parsed.warnings, lang, width, paint));
    await writeStdout(`${lines.join('\n')}\n`);
  }
  return exit;
}

const MIN_WIDTH = 40;
const TITLE_LINES = 4;

/** A document's header (what it is, in words) and its task table. */
export function showDocument(doc: PlanDocument, warnings: readonly string[], lang: Lang, width: number, paint: Paint): string[] {
  const fit = (text: string) => wrapText(printable(text), width);
  const meta = [doc.meta.title, doc.meta.docNumber, doc.meta.issuer, doc.meta.date ?? doc.meta.year?.toString()].filter(Boolean).join(' · ');
  const lines = [paint.bold(fit(meta || doc.file)), paint.dim(fit(describeDocument(doc, lang)))];
  for (const warning of warnings) lines.push(paint.yellow(fit(say({ lang }, 'fileWarning', { message: describeFileWarning(warning, lang) }))));
  lines.push(doc.tasks.length > 0 ? taskTable(doc.tasks, lang, width, paint) : say({ lang }, 'noTasks'));
  return lines;
}

/** "文本 · UTF-8 · 简体 · 10 项任务": the format, the encoding read, the script, the task count. */
export function describeDocument(doc: PlanDocument, lang: Lang): string {
  const parts = [say({ lang }, `format_${doc.format}`)];
  if (doc.encoding) parts.push(doc.encoding.toUpperCase());
  parts.push(say({ lang }, `script_${doc.script}`), say({ lang }, 'taskCount', { count: doc.tasks.length }));
  return parts.join(' · ');
}

function taskTable(tasks: readonly Task[], lang: Lang, width: number, paint: Paint): string {
  const header = (id: 'number' | 'task' | 'leaders' | 'units' | 'partners' | 'deadline' | 'targets') => say({ lang }, id);
  const columns: TableColumn[] = [
    { header: header('number'), min: 4, max: 12 },
    { header: header('task'), min: 12, maxLines: TITLE_LINES },
    { header: header('leaders'), min: 6, max: 16 },
    { header: header('units'), min: 8, max: 24 },
    { header: header('partners'), min: 8, max: 24 },
    { header: header('deadline'), min: 10, max: 18 },
    { header: header('targets'), min: 8, max: 16 },
  ];
  const rows = tasks.map((task) => [
    task.number,
    task.title || task.text.slice(0, 60),
    task.owners.leaders.join('\n'),
    task.owners.units.join('\n'),
    task.owners.partners.join('\n'),
    describeDeadline(task.deadline),
    task.targets.map((t) => `${t.comparator === '=' ? '' : t.comparator}${t.text}`).join('\n'),
  ]);
  return renderTable(columns, rows, width, { header: paint.bold });
}

/** As written, then the day it resolves to: "6月底前 → 2020-06-30". */
function describeDeadline(deadline: Deadline | null): string {
  if (!deadline) return '—';
  return deadline.end ? `${deadline.text}\n→ ${deadline.end}` : deadline.text;
}
