import type { Lang } from '../i18n/format.js';
import type { Deadline, Task } from '../model/plan.js';
import { parseFile } from '../parse.js';
import { painter, type Paint } from '../report/ansi.js';
import { say } from '../report/context.js';
import { drawTable } from '../report/table.js';
import { displayWidth, wrapText } from '../report/wrap.js';
import { useColor } from './color.js';
import { writeStdout } from './output.js';
import { EXIT, type CommonOptions } from './shared.js';

export interface ShowCommandOptions extends CommonOptions {
  color?: boolean;
}

/** `planlint show FILE`: the tasks as planlint understood them, for a person to check at a glance. */
export async function showCommand(path: string, options: ShowCommandOptions, lang: Lang): Promise<number> {
  const parsed = await parseFile(path, { encoding: options.encoding, maxFileBytes: options.maxFileBytes });
  const doc = parsed.document;
  const paint = painter(useColor(options.color, process.stdout.isTTY === true));
  if (doc.errors.length > 0) {
    process.stderr.write(`${path}: ${say({ lang }, 'fileError', { message: doc.errors[0].message })}\n`);
    return EXIT.fatal;
  }
  const meta = [doc.meta.title, doc.meta.docNumber, doc.meta.issuer, doc.meta.date ?? doc.meta.year?.toString()].filter(Boolean).join(' · ');
  const lines = [paint(meta || path, 'bold'), paint(`${doc.format} · ${doc.encoding ?? '-'} · ${doc.script} · ${doc.tasks.length}`, 'dim')];
  for (const warning of parsed.warnings) lines.push(paint(say({ lang }, 'fileWarning', { message: warning }), 'yellow'));
  lines.push(doc.tasks.length > 0 ? taskTable(doc.tasks, lang, process.stdout.columns ?? 120, paint) : say({ lang }, 'noTasks'));
  await writeStdout(`${lines.join('\n')}\n`);
  return EXIT.ok;
}

function taskTable(tasks: readonly Task[], lang: Lang, width: number, paint: Paint): string {
  // Borders take 8 columns; the owner and time columns need room for a 4-character Chinese header.
  const usable = Math.max(100, width) - 8 - 6;
  const share = [0.3, 0.1, 0.17, 0.15, 0.14, 0.14];
  const numberWidth = Math.min(12, Math.max(6, ...tasks.map((t) => displayWidth(t.number) + 2)));
  const widths = [numberWidth, ...share.map((s) => Math.max(10, Math.floor(usable * s)))];
  const rows = [['number', 'task', 'leaders', 'units', 'partners', 'deadline', 'targets'].map((id) => paint(say({ lang }, id as 'number'), 'bold'))];
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
    rows.push(cells.map((text, k) => wrapText(text, widths[k] - 2)));
  }
  return drawTable(rows, widths);
}

/** As written, then the day it resolves to: "6月底前 → 2020-06-30". */
function describeDeadline(deadline: Deadline | null): string {
  if (!deadline) return '—';
  return deadline.end ? `${deadline.text}\n→ ${deadline.end}` : deadline.text;
}
