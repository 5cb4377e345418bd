import { AMOUNT_HEADER, HEADER_ROLE_HINTS, SPENT_AMOUNT_HEADER, type FieldRole } from '../../lexicon/field-labels.js';
import { foldToSimplified } from '../../lexicon/hant.js';
import { ORG_NAME_END_GLOSSED, REDACTION_PATTERN, VAGUE_OWNER_WORDS } from '../../lexicon/organisations.js';
import { namesWholeYear, parseDeadline } from '../deadline.js';
import { knownLabelRole } from '../fields.js';
import { parseNumberLabel } from '../numbering.js';
import { readPerson } from '../person.js';

/**
 * What the cells of a flattened table hold and which column they fit: the
 * shared vocabulary of every layout recoverer (pipe rows, one cell per line,
 * space-separated rows, box drawing).
 */

/** A header cell longer than this is a title or a sentence, not a column name. */
export const MAX_HEADER_CELL = 16;

const squash = (s: string) => s.replace(/[\s\u3000\u00a0]+/g, '');

/** A header cell's role: a known label, else the words it contains ("内容与要求" → content). */
export function headerRole(text: string): FieldRole | null {
  const key = foldToSimplified(squash(text));
  if (key.length === 0 || key.length > MAX_HEADER_CELL || TABLE_TITLE.test(key)) return null;
  const known = key.length <= 12 ? knownLabelRole(key) : null;
  if (known) return known;
  // A column of money (2024年计划投资（万元）) holds amounts, whatever task words its name has; one of amounts spent, progress.
  if (AMOUNT_HEADER.test(key)) return SPENT_AMOUNT_HEADER.test(key) ? 'status' : null;
  return HEADER_ROLE_HINTS.find(([hint]) => hint.test(key))?.[1] ?? null;
}

/** A column of money (总投资（万元）, 2024年计划投资（万元）): a column's name, though of no role. */
export function namesAmount(text: string): boolean {
  const key = foldToSimplified(squash(text));
  return key.length <= MAX_HEADER_CELL && AMOUNT_HEADER.test(key);
}

/** A table's own title above its header (2024年民生实事项目清单, 任务分解表) names the table, not a column. */
const TABLE_TITLE = /^.{4,}(?:清单|一览表|分解表|任务表|明细表|台账)$/;

const TASK_TEXT_ROLES: ReadonlySet<FieldRole> = new Set(['content', 'title', 'group', 'goal']);
const ASSIGNING_ROLES: ReadonlySet<FieldRole> = new Set(['leader', 'unit', 'partner', 'deadline']);

/**
 * A task table's header names what the task is and who or when answers for it.
 * The task column may be named freely (行业, 专项整治项目): beside two known
 * owner or deadline columns, an unknown column is the task.
 */
export function isTaskHeader(roles: ReadonlyArray<FieldRole | null>, texts?: readonly string[]): boolean {
  const known = roles.filter((r): r is FieldRole => r !== null);
  const assigning = known.filter((r) => ASSIGNING_ROLES.has(r)).length;
  if (assigning === 0) return false;
  // A 指标 column with no task column beside it names what each row tracks (序号 | 指标 | 责任单位 | 2024年 | 2025年).
  if (known.some((r) => TASK_TEXT_ROLES.has(r) || r === 'target')) return known.length >= 2;
  // A metadata row ("发布单位 | 区政府 | 发文日期 | 2022-07-14") has values where a header has a name.
  const unnamed = roles.flatMap((r, c) => (r === null ? [c] : []));
  return assigning >= 2 && unnamed.length === 1 && texts !== undefined && cellKind(texts[unnamed[0]]) === 'short';
}

/**
 * Roles as the table as a whole shows them: a 工作任务 (group) column with no
 * content column beside it is the task itself, also after a name column; with
 * no task column named, the first unnamed column is.
 */
export function settleColumnRoles(roles: ReadonlyArray<FieldRole | null>): Array<FieldRole | null> {
  const settled = [...roles];
  // Several columns named like task text (工作要求 | 工作任务 | 具体要求): the last is the task, those before it group it.
  const contents = settled.flatMap((r, c) => (r === 'content' ? [c] : []));
  for (const c of contents.slice(0, -1)) settled[c] = 'group';
  // A name column before a 工作任务 column (项目名称 | 工作任务 | …): the project is named once for its tasks, and the
  // later column is the task, as the columns of a table run from the outer group to the item.
  const title = settled.indexOf('title');
  const laterGroup = title >= 0 && !settled.includes('content') ? settled.indexOf('group', title + 1) : -1;
  if (laterGroup > title) settled[laterGroup] = 'content';
  if (!settled.some((r) => r !== null && TASK_TEXT_ROLES.has(r)) && settled.includes('target')) settled[settled.indexOf('target')] = 'title';
  if (!settled.includes('content') && !settled.includes('title')) {
    const group = settled.indexOf('group');
    const unnamed = settled.indexOf(null);
    if (group >= 0) settled[group] = 'content';
    else if (unnamed >= 0 && !settled.includes('goal')) settled[unnamed] = 'content';
  }
  return settled;
}

/** Is this cell a column name (for finding header rows in a stream of cells)? */
export function isHeaderCell(text: string): boolean {
  return headerRole(text) !== null;
}

export type CellKind = 'empty' | 'number' | 'date' | 'person' | 'org' | 'short' | 'text';

/** Longer than this, or holding a sentence stop inside, a cell is running text. */
const MAX_SHORT = 30;
const MAX_DATE = 40;
const OWNER_SPLIT = /[、，,；;/／\s\u3000]+/;
/** Verbs of an owner cell ("县财政局牵头，县直各部门落实"): they may follow a unit without making it text. */
const OWNER_CELL_VERBS = /(?:牵头|配合|协办|协助|参与|落实|负责|参照落实|按职能分工落实|按职责分工负责|分别牵头|等有关部门|等部门|等)$/;
/** A count before the last character is a quantity ("新建幼儿园3所", "整治5处"), not a unit's name. */
const COUNT_END = /[0-9０-９]\p{Script=Han}$/u;

function isOrgPart(part: string): boolean {
  const key = foldToSimplified(part).replace(OWNER_CELL_VERBS, '');
  if (key.length === 0) return true;
  if (key.length < 2 || COUNT_END.test(key)) return false;
  return /^(?:各|相关|有关)/.test(key) || VAGUE_OWNER_WORDS.includes(key) || ORG_NAME_END_GLOSSED.test(key);
}

/** Every part of the cell is an organisation (a unit list, possibly with 牵头/配合 words). */
export function isOrgList(text: string): boolean {
  const key = text.trim();
  if (key.length === 0 || key.length > 200 || /[。！？]/.test(key)) return false;
  const parts = key.split(OWNER_SPLIT).filter(Boolean);
  return parts.length > 0 && parts.every(isOrgPart);
}

function isPersonList(text: string): boolean {
  const parts = text.trim().split(/[、，,；;/／\n]+/).filter(Boolean);
  if (parts.length === 0) return false;
  return parts.every((p) => REDACTION_PATTERN.test(squash(p)) || readPerson(p) !== null || isPaddedNames(p));
}

/** "陈  凯", "汪  峰   吴蓓蓓": names Word padded to an even width. */
function isPaddedNames(text: string): boolean {
  const tokens = text.trim().split(/[\s\u3000]+/);
  return tokens.length > 1 && tokens.every((t) => /^\p{Script=Han}{1,3}$/u.test(t)) && squash(text).length <= 12;
}

const SMALL_NUMBER = /^[（(]?[0-9０-９]{1,3}[)）.、．]?$/;

/**
 * What a cell holds, judged by its text alone. The recoverers ask again for
 * the same cells (each row alignment, each probe of a table's width), so the
 * answers are kept, in a bounded map.
 */
export function cellKind(text: string): CellKind {
  const known = KINDS.get(text);
  if (known !== undefined) return known;
  const kind = kindOf(text);
  if (KINDS.size >= KINDS_LIMIT) KINDS.clear();
  KINDS.set(text, kind);
  return kind;
}

const KINDS = new Map<string, CellKind>();
const KINDS_LIMIT = 4096;

function kindOf(text: string): CellKind {
  const key = squash(text);
  if (key.length === 0) return 'empty';
  if (SMALL_NUMBER.test(key)) return 'number';
  const label = parseNumberLabel(key);
  if (label && label.rest.length === 0) return 'number';
  const dated = key.length <= MAX_DATE && !/[。]/.test(key.slice(0, -1)) && (parseDeadline(key, { year: null }) !== null || namesWholeYear(key));
  const units = isOrgList(text);
  if (dated && !units) return 'date';
  if (units) return 'org';
  if (key.length <= 16 && isPersonList(text)) return 'person';
  // A sentence, however short, is running text: "新增托位500个。" is no unit or name; nor are clauses a comma
  // joins ("推进缓慢，正在协调"), once the cell is read as no list of units or names.
  if (key.length > MAX_SHORT || /[。；;！？，]|\D,\D/.test(key)) return 'text';
  return 'short';
}

/**
 * How well a cell of `kind` fits a column of `role`: positive fits, negative
 * contradicts. Used to decide which columns a short row left out.
 */
export function fit(kind: CellKind, role: FieldRole | null): number {
  if (kind === 'empty') return 0;
  switch (role) {
    case 'number':
      return kind === 'number' ? 3 : -4;
    case 'unit':
    case 'partner':
      return kind === 'org' ? 3 : kind === 'short' ? 0.5 : kind === 'person' ? -1 : -3;
    case 'leader':
      return kind === 'person' ? 3 : kind === 'short' ? 0.5 : -3;
    case 'deadline':
      return kind === 'date' ? 3 : kind === 'short' ? 0 : -3;
    case 'content':
    case 'title':
    case 'goal':
    case 'target':
      return kind === 'text' ? 2 : kind === 'short' ? 1.2 : kind === 'number' ? -3 : -1;
    case 'group':
    case 'category':
      return kind === 'short' ? 1.5 : kind === 'text' ? 0.5 : kind === 'number' ? -3 : -1;
    case 'status':
    case 'remark':
      return kind === 'text' ? 0.8 : kind === 'short' ? 0.5 : 0;
    default:
      // A column no lexicon names takes whatever it holds.
      return 0.6;
  }
}

/** Columns a row may leave out because their cell is merged with the one above (grouping columns). */
export function isGroupingRole(role: FieldRole | null): boolean {
  return role === 'number' || role === 'category' || role === 'group';
}
