import Table from 'cli-table3';
import { Chalk } from 'chalk';
import type { Lang } from '../i18n/format.js';
import type { Deadline, Task } from '../model/plan.js';
import { parseFile } from '../parse.js';
import { say } from '../report/context.js';
import { wrapText } from '../report/wrap.js';
import { displayWidth } from '../text/width.js';
import { useColor } from './color.js';
import { writeStdout } from './output.js';
import { EXIT, type CommonOptions } from './shared.js';

export interface ShowCommandOptions extends CommonOptions {
  color?: boolean;
}

/** `planlint show FILE`: the tasks as planlint understood them, for a person to check at a glance. */
export async function showCommand(path: string, options: ShowCommandOptions, lang: Lang): Promise<number> {
  const parsed = await parseFile(path, { encoding: options.encoding, maxFileBytes: options.maxFileSize });
  const doc = parsed.document;
  const chalk = new Chalk({ level: useColor(options.color, process.stdout.isTTY === true) ? 1 : 0 });
  if (doc.errors.length > 0) {
    process.stderr.write(`${path}: ${say({ lang }, 'fileError', { message: doc.errors[0].message })}\n`);
    return EXIT.fatal;
  }
  const meta = [doc.meta.title, doc.meta.docNumber, doc.meta.issuer, doc.meta.date ?? doc.meta.year?.toString()].filter(Boolean).join(' · ');
  const lines = [chalk.bold(meta || path), chalk.dim(`${doc.format} · ${doc.encoding ?? '-'} · ${doc.script} · ${doc.tasks.length}`)];
  for (const warning of parsed.warnings) lines.push(chalk.yellow(say({ lang }, 'fileWarning', { message: warning })));
  lines.push(doc.tasks.length > 0 ? taskTable(doc.tasks, lang, process.stdout.columns ?? 120, chalk) : say({ lang }, 'noTasks'));
  await writeStdout(`${lines.join('\n')}\n`);
  return EXIT.ok;
}

function taskTable(tasks: readonly Task[], lang: Lang, width: number, chalk: InstanceType<typeof Chalk>): string {
  // Borders take 8 columns; the owner and time columns need room for a 4-character Chinese header.
  const usable = Math.max(100, width) - 8 - 6;
  const share = [0.3, 0.1, 0.17, 0.15, 0.14, 0.14];
  const numberWidth = Math.min(12, Math.max(6, ...tasks.map((t) => displayWidth(t.number) + 2)));
  const widths = [numberWidth, ...share.map((s) => Math.max(10, Math.floor(usable * s)))];
  const table = new Table({
    head: ['number', 'task', 'leaders', 'units', 'partners', 'deadline', 'targets'].map((id) => chalk.bold(say({ lang }, id as 'number'))),
    colWidths: widths,
    // cli-table3's own wrapping loses Chinese text (src/report/wrap.ts): cells arrive wrapped.
    wordWrap: false,
    style: { head: [], border: [] },
  });
  for (const task of tasks) {
    const cells = [
      task.number,
      task.title || task.text.slice(0, 60),
      task.owners.leaders.join('\n'),
      task.owners.units.join('\n'),
      task.owners.partners.join('\n'),
      describeDeadline(task.deadline),
      task.targets.map((t) => `${t.comparator === '=' ? '' : t.comparator}${t.text}`).join('\n'),
    ];
    table.push(cells.map((text, k) => wrapText(text, widths[k] - 2)));
  }
  return table.toString();
}

/** As written, then the day it resolves to: "6月底前 → 2020-06-30". */
function describeDeadline(deadline: Deadline | null): string {
  if (!deadline) return '—';
  return deadline.end ? `${deadline.text}\n→ ${deadline.end}` : deadline.text;
}
