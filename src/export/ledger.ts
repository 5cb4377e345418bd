import type { Extracted } from '../extract/index.js';
import type { FieldRole } from '../lexicon/field-labels.js';
import { NO_LEAD_UNIT } from '../lexicon/ledger-words.js';
import { CLI_MESSAGES } from '../i18n/cli.js';
import { formatMessage, type Lang } from '../i18n/format.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { formatLocation } from '../model/format-location.js';
import type { Deadline, Task } from '../model/plan.js';

/**
 * The Excel ledger (docs/architecture.md, "Report and export") as rows of text, before
 * any spreadsheet exists: workers build these, the main thread writes them.
 * Column headers are field labels the sheet reader maps back to roles
 * (src/lexicon/field-labels.ts), so a ledger read back gives the same tasks.
 */

/** One task of the 任务台账. */
export interface LedgerTask {
  /** Where the task stands in its document, its own number last: "二、重点任务 > （二）公共服务提升行动 > 4". */
  path: string;
  task: string;
  leaders: string;
  units: string;
  partners: string;
  deadline: string;
  /** ISO dates, written as Excel dates. */
  start: string | null;
  end: string | null;
  targets: string;
  problems: string;
  status: string;
  location: string;
  /** The lead units, for 汇总 and the per-owner sheets. */
  leads: string[];
  problemCount: number;
}

/** One problem of the 问题清单. */
export interface LedgerProblem {
  /** The task's index in its document's `tasks`, or null for a problem of the document as a whole. */
  taskIndex: number | null;
  task: string;
  severity: string;
  rule: string;
  message: string;
  location: string;
}

/** Everything the ledger shows of one input. */
export interface LedgerDocument {
  file: string;
  /** The document's title and 文号, for the workbook's properties. */
  title: string | null;
  docNumber: string | null;
  tasks: LedgerTask[];
  problems: LedgerProblem[];
  /** Why the file could not be read; it then has no rows. */
  failure: string | null;
}

/**
 * Rows as the sheets show them. 序号 is the ledger's own running number
 * (the document's numbers, which repeat from section to section, stand in
 * 层级/路径): a ledger read back has no duplicate or missing numbers to
 * report, and 问题清单 refers to tasks by it.
 */
export type TaskRow = LedgerTask & { file: string; number: string };
export type ProblemRow = Omit<LedgerProblem, 'taskIndex'> & { file: string; number: string };

export type ColumnKind = 'text' | 'date' | 'count' | 'status';

export interface LedgerColumn<Key extends string> {
  key: Key;
  header: string;
  kind: ColumnKind;
  /** Widest the column gets, in Excel character units (a Chinese character is two). */
  maxWidth: number;
}

const text = <Key extends string>(key: Key, header: string, maxWidth: number): LedgerColumn<Key> => ({ key, header, kind: 'text', maxWidth });

/** First in a ledger for several inputs. */
export const FILE_COLUMN: LedgerColumn<'file'> = text('file', '文件', 30);

export const TASK_COLUMNS: ReadonlyArray<LedgerColumn<keyof TaskRow>> = [
  text('number', '序号', 8),
  text('path', '层级/路径', 30),
  text('task', '任务', 60),
  text('leaders', '责任领导', 16),
  text('units', '牵头单位', 24),
  text('partners', '配合单位', 24),
  text('deadline', '完成时限', 20),
  { key: 'start', header: '开始', kind: 'date', maxWidth: 12 },
  { key: 'end', header: '截止', kind: 'date', maxWidth: 12 },
  text('targets', '量化指标', 24),
  text('problems', '问题', 50),
  { key: 'status', header: '进展状态', kind: 'status', maxWidth: 12 },
  text('location', '来源位置', 16),
];

export const PROBLEM_COLUMNS: ReadonlyArray<LedgerColumn<keyof ProblemRow>> = [
  text('number', '序号', 8),
  text('task', '任务', 40),
  text('severity', '级别', 8),
  text('rule', '规则', 24),
  text('message', '问题', 80),
  text('location', '位置', 16),
];

/** 汇总: one row per lead unit. */
export interface OwnerSummary {
  owner: string;
  tasks: number;
  earliest: string | null;
  problems: number;
}

export const SUMMARY_COLUMNS: ReadonlyArray<LedgerColumn<keyof OwnerSummary>> = [
  text('owner', '牵头单位', 40),
  { key: 'tasks', header: '任务数', kind: 'count', maxWidth: 10 },
  { key: 'earliest', header: '最早截止', kind: 'date', maxWidth: 12 },
  { key: 'problems', header: '问题数', kind: 'count', maxWidth: 10 },
];

export interface FailedFile {
  file: string;
  reason: string;
}

export const FAILURE_COLUMNS: ReadonlyArray<LedgerColumn<keyof FailedFile>> = [text('file', '文件', 60), text('reason', '原因', 80)];

export const SHEET_NAMES = { tasks: '任务台账', problems: '问题清单', summary: '汇总', failures: '失败文件' } as const;


const JOIN_OWNERS = '、';
const JOIN_PATH = ' > ';
/** The roles whose cells say what a table row's task is. */
const TASK_TEXT_ROLES: ReadonlySet<FieldRole> = new Set(['title', 'content', 'goal']);

/** A parsed, linted document → its ledger rows. */
export function ledgerDocument(parsed: Extracted, diagnostics: readonly Diagnostic[], lang: Lang): LedgerDocument {
  const { document: doc, facts } = parsed;
  const failure = doc.errors.map((e) => e.message).join('; ') || null;
  const byTask = new Map<string, Diagnostic[]>();
  for (const d of diagnostics) {
    if (!d.taskId) continue;
    const list = byTask.get(d.taskId);
    if (list) list.push(d);
    else byTask.set(d.taskId, [d]);
  }
  const severity = (d: Diagnostic) => formatMessage(CLI_MESSAGES[d.severity], lang);
  const indexById = new Map(doc.tasks.map((t, k) => [t.id, k]));
  const tasks = doc.tasks.map((task): LedgerTask => {
    const fields = facts.tasks.get(task.id)?.draft.fields ?? [];
    const found = byTask.get(task.id) ?? [];
    return {
      path: [...task.path, task.number].join(JOIN_PATH),
      task: taskText(task, fields.filter((f) => TASK_TEXT_ROLES.has(f.role)).map((f) => f.value)),
      leaders: task.owners.leaders.join(JOIN_OWNERS),
      units: task.owners.units.join(JOIN_OWNERS),
      partners: task.owners.partners.join(JOIN_OWNERS),
      deadline: deadlineText(task.deadline, doc.meta.year),
      start: task.deadline?.start ?? null,
      end: task.deadline?.end ?? null,
      targets: task.targets.map((t) => t.text).join('\n'),
      problems: found.map((d) => `${severity(d)}：${d.message}`).join('\n'),
      status: fields.find((f) => f.role === 'status')?.value ?? '',
      location: formatLocation(task.loc),
      leads: task.owners.units,
      problemCount: found.length,
    };
  });
  const problems = diagnostics.map((d): LedgerProblem => {
    const taskIndex = d.taskId === undefined ? null : (indexById.get(d.taskId) ?? null);
    const task = taskIndex === null ? '' : doc.tasks[taskIndex].title;
    return { taskIndex, task, severity: severity(d), rule: d.ruleId, message: d.message, location: formatLocation(d.loc) };
  });
  return { file: doc.file, title: doc.meta.title, docNumber: doc.meta.docNumber, tasks, problems, failure };
}

/** A table row's task is its content cells (owners and dates have columns of their own); prose is the task's text. */
function taskText(task: Task, cells: readonly string[]): string {
  if (task.origin === 'table') return cells.length > 0 ? cells.join('\n') : task.title;
  return task.text;
}

/**
 * The deadline as written. A year the document implied ("6月底前" in a plan
 * numbered 〔2020〕) is written out: the ledger row stands without the
 * document that gave it.
 */
export function deadlineText(deadline: Deadline | null, year: number | null): string {
  if (!deadline) return '';
  const implied = deadline.flags.includes('yearInferred') && year !== null && deadline.end !== null && !/\d{4}/.test(deadline.text);
  return implied ? `${year}年${deadline.text}` : deadline.text;
}

/** The units a task is summed up and filed under: its lead units, or NO_LEAD_UNIT. */
export function leadsOf(task: LedgerTask): readonly string[] {
  return task.leads.length > 0 ? task.leads : [NO_LEAD_UNIT];
}

/** 汇总: a task counted for one of its lead units; rows stay in order of first appearance. */
export function addToSummary(summary: Map<string, OwnerSummary>, owner: string, task: LedgerTask): void {
  let row = summary.get(owner);
  if (!row) summary.set(owner, (row = { owner, tasks: 0, earliest: null, problems: 0 }));
  row.tasks++;
  row.problems += task.problemCount;
  if (task.end && (row.earliest === null || task.end < row.earliest)) row.earliest = task.end;
}
