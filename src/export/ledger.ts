import type { Extracted } from '../extract/index.js';
import type { FieldRole } from '../lexicon/field-labels.js';
import { NO_LEAD_UNIT } from '../lexicon/ledger-words.js';
import { LEDGER_STATUSES } from '../lexicon/status-words.js';
import { CLI_MESSAGES } from '../i18n/cli.js';
import { formatMessage, type Lang } from '../i18n/format.js';
import { sayLocation } from '../i18n/location.js';
import { describeFileError } from '../i18n/translate.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { Deadline, Task } from '../model/plan.js';

/**
 * The Excel ledger (docs/architecture.md, "Report and export") as rows of text, before
 * any spreadsheet exists: workers build these, the main thread writes them.
 * Column headers are field labels the sheet reader maps back to roles
 * (src/lexicon/field-labels.ts), so a ledger read back gives the same tasks.
 */

/** One task of the 任务台账. */
export interface LedgerTask {
  /** Where the task stands in its document, its own number last: "二、重点任务 > （二）民生保障行动 > 4". */
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
  /** Units named beside the lead without a mark (the first of several unmarked units leads): counted apart in 汇总. */
  coOwners: string[];
  /** 配合单位. */
  partnerUnits: string[];
  problemCount: number;
  /** The task's problems by severity. */
  severities: SeverityCounts;
}

export interface SeverityCounts {
  errors: number;
  warnings: number;
  infos: number;
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
  /** The document's title and 文号, for the workbook's properties and the 文档 sheet. */
  title: string | null;
  docNumber: string | null;
  /** 发文单位 and 成文日期 (ISO), for the 文档 sheet; absent for a file that failed. */
  issuer?: string | null;
  date?: string | null;
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
export type TaskRow = LedgerTask & { file: string; number: number };
export type ProblemRow = Omit<LedgerProblem, 'taskIndex'> & { file: string; number: number | null };

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

const count = <Key extends string>(key: Key, header: string, maxWidth = 8): LedgerColumn<Key> => ({ key, header, kind: 'count', maxWidth });
const date = <Key extends string>(key: Key, header: string): LedgerColumn<Key> => ({ key, header, kind: 'date', maxWidth: 12 });

export const TASK_COLUMNS: ReadonlyArray<LedgerColumn<keyof TaskRow>> = [
  count('number', '序号'),
  text('path', '层级/路径', 30),
  text('task', '任务', 50),
  text('leaders', '责任领导', 14),
  text('units', '牵头单位', 20),
  text('partners', '配合单位', 20),
  text('deadline', '完成时限', 16),
  date('start', '开始'),
  date('end', '截止'),
  text('targets', '量化指标', 18),
  text('problems', '问题', 40),
  { key: 'status', header: '进展状态', kind: 'status', maxWidth: 12 },
  text('location', '来源位置', 16),
];

export const PROBLEM_COLUMNS: ReadonlyArray<LedgerColumn<keyof ProblemRow>> = [
  count('number', '序号'),
  text('task', '任务', 40),
  text('severity', '级别', 8),
  text('rule', '规则', 24),
  text('message', '问题', 80),
  text('location', '位置', 16),
];

/**
 * 汇总: one row per document and unit. A unit's own tasks (it leads them)
 * are counted by 进展状态 and their problems by severity; the tasks it shares
 * unmarked with a lead, and those it supports (配合), are counted apart.
 */
export interface UnitSummary {
  file: string;
  unit: string;
  leads: number;
  coOwned: number;
  partnered: number;
  earliest: string | null;
  /** 进展状态 (LEDGER_STATUSES, 其他, 未填写) → tasks led. */
  statuses: Record<string, number>;
  errors: number;
  warnings: number;
  infos: number;
}

/** 进展状态 a clerk typed outside the drop-down, and none at all. */
export const OTHER_STATUS = '其他状态';
export const NO_STATUS = '未填写';
const SUMMARY_STATUSES: readonly string[] = [...LEDGER_STATUSES, OTHER_STATUS, NO_STATUS];

export const SUMMARY_COLUMNS: ReadonlyArray<LedgerColumn<string>> = [
  text('unit', '单位', 30),
  // Counts end in 数: the sheet reader takes such a header for a statistic, not a task's text.
  count('leads', '牵头任务数'),
  count('coOwned', '共同负责数'),
  count('partnered', '配合任务数'),
  date('earliest', '最早截止'),
  ...SUMMARY_STATUSES.map((status) => count(`status:${status}`, status)),
  count('errors', '错误'),
  count('warnings', '警告'),
  count('infos', '提示'),
];

/** A 汇总 row as the sheet reads it: statuses spread into their columns. */
export function summaryRow(summary: UnitSummary): Record<string, unknown> {
  const row: Record<string, unknown> = { ...summary };
  for (const status of SUMMARY_STATUSES) row[`status:${status}`] = summary.statuses[status] ?? 0;
  return row;
}

/** 文档: one row per input file. */
export interface DocumentRow {
  file: string;
  title: string | null;
  docNumber: string | null;
  issuer: string | null;
  date: string | null;
  tasks: number;
  problems: number;
}

export const DOCUMENT_COLUMNS: ReadonlyArray<LedgerColumn<keyof DocumentRow>> = [
  text('file', '文件', 40),
  text('title', '文件标题', 40),
  text('docNumber', '发文字号', 24),
  text('issuer', '发文机关', 24),
  date('date', '成文日期'),
  count('tasks', '任务数'),
  count('problems', '问题数'),
];

export function documentRow(doc: LedgerDocument): DocumentRow {
  return {
    file: doc.file,
    title: doc.title,
    docNumber: doc.docNumber,
    issuer: doc.issuer ?? null,
    date: doc.date ?? null,
    tasks: doc.tasks.length,
    problems: doc.problems.length,
  };
}

export interface FailedFile {
  file: string;
  reason: string;
}

export const FAILURE_COLUMNS: ReadonlyArray<LedgerColumn<keyof FailedFile>> = [text('file', '文件', 60), text('reason', '原因', 80)];

export const SHEET_NAMES = { tasks: '任务台账', problems: '问题清单', summary: '汇总', documents: '文档', failures: '失败文件' } as const;


const JOIN_OWNERS = '、';
const JOIN_PATH = ' > ';
/** The roles whose cells say what a table row's task is. */
const TASK_TEXT_ROLES: ReadonlySet<FieldRole> = new Set(['title', 'content', 'goal']);

/** A parsed, linted document → its ledger rows. */
export function ledgerDocument(parsed: Extracted, diagnostics: readonly Diagnostic[], lang: Lang): LedgerDocument {
  const { document: doc, facts } = parsed;
  const failure = doc.errors.map((e) => describeFileError(e, lang)).join(lang === 'zh' ? '；' : '; ') || null;
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
    const taskFacts = facts.tasks.get(task.id);
    const fields = taskFacts?.draft.fields ?? [];
    const found = byTask.get(task.id) ?? [];
    const { leads, coOwners } = splitLead(task.owners.units, taskFacts?.lead.marked.units === true || task.owners.partners.length > 0);
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
      location: sayLocation(task.loc, lang),
      leads,
      coOwners,
      partnerUnits: task.owners.partners,
      problemCount: found.length,
      severities: countSeverities(found),
    };
  });
  const problems = diagnostics.map((d): LedgerProblem => {
    const taskIndex = d.taskId === undefined ? null : (indexById.get(d.taskId) ?? null);
    const task = taskIndex === null ? '' : doc.tasks[taskIndex].title;
    return { taskIndex, task, severity: severity(d), rule: d.ruleId, message: d.message, location: sayLocation(d.loc, lang) };
  });
  return { file: doc.file, title: doc.meta.title, docNumber: doc.meta.docNumber, issuer: doc.meta.issuer, date: doc.meta.date, tasks, problems, failure };
}

/**
 * Who leads: every unit when a mark or a 配合 column says who leads;
 * else, of several units, the first (the convention the lead-unclear rule
 * names) and the others share the task.
 */
function splitLead(units: readonly string[], marked: boolean): { leads: string[]; coOwners: string[] } {
  if (marked || units.length < 2) return { leads: [...units], coOwners: [] };
  return { leads: [units[0]], coOwners: units.slice(1) };
}

function countSeverities(diagnostics: readonly Diagnostic[]): SeverityCounts {
  const counts = { errors: 0, warnings: 0, infos: 0 };
  for (const d of diagnostics) counts[d.severity === 'error' ? 'errors' : d.severity === 'warning' ? 'warnings' : 'infos']++;
  return counts;
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

/** 汇总 of one document: a task counted for each unit it names, as lead, co-owner or partner; rows in order of first appearance. */
export function addToSummary(summary: Map<string, UnitSummary>, file: string, task: LedgerTask): void {
  const row = (unit: string) => {
    const key = `${file}\u0000${unit}`;
    let found = summary.get(key);
    if (!found) summary.set(key, (found = { file, unit, leads: 0, coOwned: 0, partnered: 0, earliest: null, statuses: {}, errors: 0, warnings: 0, infos: 0 }));
    return found;
  };
  const status = task.status === '' ? NO_STATUS : (LEDGER_STATUSES as readonly string[]).includes(task.status) ? task.status : OTHER_STATUS;
  for (const unit of leadsOf(task)) {
    const lead = row(unit);
    lead.leads++;
    lead.statuses[status] = (lead.statuses[status] ?? 0) + 1;
    lead.errors += task.severities.errors;
    lead.warnings += task.severities.warnings;
    lead.infos += task.severities.infos;
    if (task.end && (lead.earliest === null || task.end < lead.earliest)) lead.earliest = task.end;
  }
  for (const unit of task.coOwners) row(unit).coOwned++;
  for (const unit of task.partnerUnits) row(unit).partnered++;
}
