import type { Block, Cell } from '../model/block.js';
import type { FieldRole } from '../lexicon/field-labels.js';
import { AMOUNT_HEADER, LEAD_AND_PARTNER_HEADER, LEAD_MARKER, LEAD_PARTNER_SLASH, TOTAL_AMOUNT_HEADER, UNIT_AND_PERSON_HEADER } from '../lexicon/field-labels.js';
import { foldToSimplified } from '../lexicon/hant.js';
import { headerRole, isTaskHeader, settleColumnRoles } from './layout/columns.js';
import type { DraftField, TaskDraft } from './draft.js';
import { parseDeadline } from './deadline.js';
import { looksLikeName, nameAfterPost } from './person.js';
import { fieldsOfLine, knownLabelRole } from './fields.js';
import { resolveUnit } from './quantity.js';
import { withoutSpaces } from '../text/space.js';
import { copyWith } from '../text/objects.js';
import { headingYear } from './section-year.js';

/** Header rows are found within the first rows: title rows and notes come before them. */
const HEADER_SEARCH_ROWS = 6;

/** Columns whose empty cells take the value above: the row belongs to the same group. */
const GROUPING_ROLES = new Set<FieldRole>(['number', 'category', 'group']);
/** What a group row may assign to the rows under it. */
const SECTION_OWNER_ROLES = new Set<FieldRole>(['leader', 'unit', 'partner', 'deadline']);
const OWNER_COLUMN_ROLES = new Set<FieldRole>(['leader', 'unit', 'partner']);
/** The owners a task always has: who leads it. A row without them goes on from the task above. */
const LEAD_OWNER_ROLES = new Set<FieldRole>(['leader', 'unit']);
/** Columns whose text may hold the task's quantitative targets. */
const TARGET_ROLES = new Set<FieldRole>(['content', 'title', 'goal', 'target', 'group']);

export interface TaskTable {
  /** Rows above the header: the table's title. */
  caption: string[];
  /** Rows above the header that are no title: a ledger's facts (填报单位：… | 填报时间：…), its cells joined by " | ". */
  notes: string[];
  header: string[];
  roles: Array<FieldRole | null>;
  drafts: TaskDraft[];
}

/** A cell that labels the value after it ("发布日期：", "索引号:"), as a page's box of facts writes them. */
const KEY_CELL = /[:：]\s*$/;

function findHeader(rows: readonly Cell[][]): { index: number; roles: Array<FieldRole | null> } | null {
  for (let r = 0; r < Math.min(rows.length, HEADER_SEARCH_ROWS); r++) {
    // Two cells or more that end in a colon make a row of keys and values (发布机构： | X | 发布日期： | Y), not column names.
    if (rows[r].filter((cell) => KEY_CELL.test(cell.text)).length >= 2) continue;
    const roles = rows[r].map((cell) => (cell.merged && !cell.text ? null : headerRole(cell.text)));
    if (isTaskHeader(roles, rows[r].map((cell) => cell.text))) return { index: r, roles: settleRoles(rows[r], roles) };
  }
  return null;
}

/**
 * Adjust column roles to the table as a whole: a 工作任务 column with no
 * content column beside it is the task itself; with both 牵头 and 责任 unit
 * columns, 责任 means partners (DESIGN: "责任 means partners").
 */
function settleRoles(header: readonly Cell[], roles: Array<FieldRole | null>): Array<FieldRole | null> {
  const settled = settleColumnRoles(header.map((cell, c) => yearlessRole(cell.text) ?? roles[c]));
  header.forEach((cell, c) => {
    const name = withoutSpaces(foldToSimplified(cell.text));
    if (LEAD_AND_PARTNER_HEADER.test(name) || UNIT_AND_PERSON_HEADER.test(name)) settled[c] = 'unit';
  });
  settleAmounts(header, settled);
  const unitColumns = settled.flatMap((role, c) => (role === 'unit' ? [c] : []));
  const leadColumn = unitColumns.find((c) => foldToSimplified(header[c].text).includes(LEAD_MARKER));
  if (leadColumn !== undefined) {
    for (const c of unitColumns) if (c !== leadColumn && foldToSimplified(header[c].text).includes('责任')) settled[c] = 'partner';
  }
  return settled;
}

/**
 * A project table with a project's total cost beside the amount its period plans (总投资（万元） | 2024年计划投资（万元）):
 * the period's amount is the row's target, the total only describes the project.
 */
function settleAmounts(header: readonly Cell[], roles: Array<FieldRole | null>): void {
  const amounts = header.flatMap((cell, c) => (roles[c] === null && AMOUNT_HEADER.test(withoutSpaces(foldToSimplified(cell.text))) ? [c] : []));
  const isTotal = (c: number) => TOTAL_AMOUNT_HEADER.test(foldToSimplified(header[c].text));
  if (!amounts.some((c) => !isTotal(c))) return;
  for (const c of amounts) if (isTotal(c)) roles[c] = 'remark';
}

/** A year before a listed column name (2024年目标任务): the column the name lists, for the year the table plans. */
const YEAR_BEFORE_NAME = /^20\d{2}年度?/;

function yearlessRole(text: string): FieldRole | null {
  const name = withoutSpaces(foldToSimplified(text));
  if (!YEAR_BEFORE_NAME.test(name)) return null;
  const rest = name.replace(YEAR_BEFORE_NAME, '');
  return rest.length > 0 && rest.length <= 12 ? knownLabelRole(rest) : null;
}

const SUB_HEADER_ROLES: ReadonlySet<FieldRole> = new Set(['leader', 'unit', 'partner', 'deadline']);

/**
 * The row under a header that names the parts of a spanning column
 * (责任单位 | ⏎ 牵头单位 | 配合单位): every cell it fills is a column name, at
 * least one an owner's or a time's, under a column the header leaves empty or
 * names more broadly. The header as the two rows give it, lower names first;
 * null when the row is a row of the table.
 */
function subHeader(header: readonly Cell[], row: readonly Cell[] | undefined): Cell[] | null {
  if (!row || row.length !== header.length) return null;
  const filled = row.flatMap((cell, c) => (cell.text.trim() ? [c] : []));
  if (filled.length === 0 || filled.length === row.length) return null;
  const roles = filled.map((c) => headerRole(row[c].text));
  if (roles.some((role) => role === null || role === 'number') || !roles.some((role) => role !== null && SUB_HEADER_ROLES.has(role))) return null;
  // Under an empty header cell, or one that names the span (责任单位 over 牵头单位).
  if (!filled.some((c) => !header[c].text.trim() || header[c].merged)) return null;
  return header.map((cell, c) => (row[c].text.trim() ? row[c] : cell));
}

/** Turn a table Block into task drafts, or null when it is not a task table. */
export function readTaskTable(block: Block, order: number, captionBefore: readonly string[]): TaskTable | null {
  const rows = block.rows ?? [];
  const found = findHeader(rows);
  if (!found) return null;
  const { index: top } = found;
  // A two-level header (责任单位 over 牵头单位 | 配合单位): the lower names are the columns'.
  const lower = subHeader(rows[top], rows[top + 1]);
  const index = lower ? top + 1 : top;
  const roles = lower ? settleRoles(lower, lower.map((cell) => headerRole(cell.text))) : found.roles;
  const header = (lower ?? rows[index]).map((c) => withoutSpaces(c.text));
  const caption = [...captionBefore, ...rows.slice(0, top).map(rowTitle).filter((t): t is string => t !== null)];
  const notes = rows.slice(0, top).flatMap((cells) => (rowTitle(cells) === null ? [rowNote(cells)] : []));
  const drafts: TaskDraft[] = [];
  const carried: string[] = header.map(() => '');
  let section = '';
  let sectionOwners: DraftField[] = [];
  const numberColumn = roles.indexOf('number');
  const schedule = milestoneColumns(header, roles);
  const columnsYear = yearOfColumns(header);
  let above: readonly string[] = [];
  for (let r = index + 1; r < rows.length; r++) {
    const cells = rows[r];
    if (isRepeatedHeader(cells, header)) continue;
    const sectionTitle = sectionRowTitle(cells, roles);
    if (sectionTitle !== null) {
      section = sectionTitle;
      // A group row that names its owners ("一、…（牵头领导：A、B）") gives them to the rows below, where a row leaves the role open.
      sectionOwners = fieldsOfLine(sectionTitle).filter((f) => SECTION_OWNER_ROLES.has(f.role));
      carried.fill('');
      above = [];
      continue;
    }
    // A row without a number of its own and without a leader or lead unit goes on from the numbered row above: its
    // owner cells were merged with that row's ("| 2 | 综合楼 | … | 县卫健局 | ⏎ | | | 配套停车位… | | 10月底前 |"),
    // and a measure that names only its own partners still has the task's leader and lead unit. A row that names
    // its own leader or unit leaves the other owner cells empty on purpose.
    const numberless =
      numberColumn >= 0 && r > index + 1 && !cells[numberColumn]?.text.trim() && cells.every((cell, c) => !LEAD_OWNER_ROLES.has(roles[c]!) || !cell.text.trim());
    const values = cells.map((cell, c) => {
      const role = roles[c];
      if (role && GROUPING_ROLES.has(role) && !cell.text) return carried[c];
      if (numberless && role && OWNER_COLUMN_ROLES.has(role) && !cell.text.trim()) return above[c] ?? '';
      return cell.text;
    });
    above = values;
    values.forEach((v, c) => {
      if (roles[c] && GROUPING_ROLES.has(roles[c]!)) carried[c] = v;
    });
    if (!roles.some((role, c) => role && !GROUPING_ROLES.has(role) && values[c])) continue;
    if (drafts.length > 0 && restatesTaskAbove(cells, roles)) {
      drafts[drafts.length - 1] = withFurtherCells(drafts[drafts.length - 1], cells, roles, header, block.separator ?? '\t');
      continue;
    }
    const written = withMilestoneDeadline(rowDraft(cells, values, roles, header, caption, section, order, drafts.length, block.separator ?? '\t'), values, header, schedule);
    const draft = columnsYear ? copyWith(written, { columnsYear }) : written;
    drafts.push(sectionOwners.length > 0 ? copyWith(draft, { inheritedFields: sectionOwners }) : draft);
  }
  return { caption, notes, header, roles, drafts };
}

/**
 * Column names that name one year between them (2024年目标任务 | 责任单位 | 完成时限): the year the rows'
 * year-less dates are in, as a caption's would be. Two years (2023年完成情况 | 2024年目标) or a span name none.
 */
function yearOfColumns(header: readonly string[]): string | undefined {
  if (!header.some((h) => h.includes('年'))) return undefined;
  const joined = header.join(' ');
  return headingYear(joined) === null ? undefined : joined;
}

/** Columns that say what a row's task is. */
const ROW_TASK_ROLES = new Set<FieldRole>(['content', 'title', 'goal']);

/**
 * A row whose task cell is merged with the row above and that has no number of
 * its own is the same task: the task spans the rows, each giving another owner
 * or milestone (工作任务 merged over "11月 | 建设局" and "8月 | 城投集团").
 */
function restatesTaskAbove(cells: readonly Cell[], roles: ReadonlyArray<FieldRole | null>): boolean {
  const content = roles.indexOf('content');
  const column = content >= 0 ? content : roles.findIndex((role) => role !== null && ROW_TASK_ROLES.has(role));
  const task = cells[column];
  if (column < 0 || !task?.merged || !task.text) return false;
  const number = roles.indexOf('number');
  return number < 0 || !cells[number]?.text.trim() || cells[number].merged === true;
}

/** The task above with the further owners and milestones of a row it spans: a role's values from several rows join by line. */
function withFurtherCells(draft: TaskDraft, cells: readonly Cell[], roles: ReadonlyArray<FieldRole | null>, header: readonly string[], separator: string): TaskDraft {
  const fields = [...draft.fields];
  const own: string[] = [];
  cells.forEach((cell, c) => {
    const role = roles[c];
    const value = cell.text.trim();
    if (!role || cell.merged || !value || ROW_TASK_ROLES.has(role) || GROUPING_ROLES.has(role)) return;
    own.push(value);
    const k = fields.findIndex((f) => f.role === role && f.label === header[c]);
    if (k >= 0) fields[k] = copyWith(fields[k], { value: `${fields[k].value}\n${value}` });
    else fields.push({ role, label: header[c], value, index: 0, form: 'column' });
  });
  return own.length > 0 ? copyWith(draft, { fields, text: `${draft.text}\n${own.join(separator)}` }) : draft;
}

/** Columns named by a time that a schedule spreads a task over: two at the least (第一季度 | 第二季度 …). */
const MIN_MILESTONE_COLUMNS = 2;
const MAX_MILESTONE_HEADER = 12;

/**
 * Columns named by a time (第一季度 … 第四季度, 3月底前 | 6月底前, 2024年 | 2025年) whose cells say what is
 * done by then: the task's milestones, a column each.
 */
function milestoneColumns(header: readonly string[], roles: ReadonlyArray<FieldRole | null>): number[] {
  const columns = header.flatMap((name, c) => (roles[c] === null && name.length <= MAX_MILESTONE_HEADER && parseDeadline(name, { year: null }) !== null ? [c] : []));
  return columns.length >= MIN_MILESTONE_COLUMNS ? columns : [];
}

/** A cell that holds a quantity alone (1.2万人, 85%): a year's target in a table of yearly targets, not a milestone. */
const QUANTITY_ALONE = /^[约近超]?\d+(?:\.\d+)?(?:[%‰]|[\p{Script=Han}]{1,3})?(?:以上|以内|左右)?$/u;

/** A row with no deadline cell of its own is due by its last milestone: the time naming the last column it fills. */
function withMilestoneDeadline(draft: TaskDraft, values: readonly string[], header: readonly string[], schedule: readonly number[]): TaskDraft {
  if (schedule.length === 0 || draft.fields.some((f) => f.role === 'deadline')) return draft;
  const last = schedule.filter((c) => values[c]?.trim() && !QUANTITY_ALONE.test(withoutSpaces(values[c]))).at(-1);
  if (last === undefined) return draft;
  return copyWith(draft, { fields: [...draft.fields, { role: 'deadline', label: header[last], value: header[last], index: 0, form: 'column' }] });
}

/** 县住建局（张某）, 县住建局（局长 张某）, 县交通局 李某: a body, then its person in brackets or after a space. */
const BODY_THEN_PERSON = /^(.+?)(?:[（(]([^（）()]+)[)）]|[\s\u3000]+(\S+))$/;

/** A body-and-person cell's bodies and persons; null when some item names no person (the cell is read as any unit cell). */
function unitsAndPersons(value: string): { units: string[]; leaders: string[] } | null {
  const units: string[] = [];
  const leaders: string[] = [];
  for (const item of value.split(/[、，,；;\n]+/).map((part) => part.trim()).filter(Boolean)) {
    const match = BODY_THEN_PERSON.exec(item);
    const written = match ? withoutSpaces(match[2] ?? match[3]) : '';
    const person = looksLikeName(written) ? written : nameAfterPost(written);
    if (!match || !person) return null;
    units.push(match[1].trim());
    leaders.push(person);
  }
  return units.length > 0 ? { units, leaders } : null;
}

function rowDraft(
  cells: readonly Cell[],
  values: readonly string[],
  roles: ReadonlyArray<FieldRole | null>,
  header: readonly string[],
  caption: readonly string[],
  section: string,
  order: number,
  index: number,
  separator: string,
): TaskDraft {
  const valueFor = (role: FieldRole) => values.find((_, c) => roles[c] === role && values[c]) ?? '';
  const fields: DraftField[] = [];
  values.forEach((written, c) => {
    const role = roles[c];
    const value = role && OWNER_COLUMN_ROLES.has(role) ? withoutPhones(written) : written;
    if (!role || !value) return;
    const persons = role === 'unit' && UNIT_AND_PERSON_HEADER.test(foldToSimplified(header[c])) ? unitsAndPersons(value) : null;
    if (persons) {
      // 责任单位及责任人 | 县住建局（张某）: the body leads, the person answers for it.
      if (persons.units.length > 0) fields.push({ role: 'unit', label: header[c], value: persons.units.join('、'), index: 0, form: 'column' });
      if (persons.leaders.length > 0) fields.push({ role: 'leader', label: header[c], value: persons.leaders.join('、'), index: 0, form: 'column' });
      return;
    }
    const slash = role === 'unit' && LEAD_AND_PARTNER_HEADER.test(foldToSimplified(header[c])) ? value.search(LEAD_PARTNER_SLASH) : -1;
    if (slash < 0) {
      fields.push({ role, label: header[c], value, index: 0, form: 'column' });
      return;
    }
    // 牵头单位/配合单位 | 县教育局/县财政局、县住建局: the lead, then its partners.
    fields.push({ role: 'unit', label: header[c], value: value.slice(0, slash), index: 0, form: 'column' });
    fields.push({ role: 'partner', label: header[c], value: value.slice(slash + 1), index: 0, form: 'column' });
  });
  const title = valueFor('title');
  const group = valueFor('group');
  // A table of 预期目标 | 责任单位 (a 目标任务分解表) has no task column: each goal is the row's task.
  const goal = valueFor('goal');
  const content = valueFor('content') || title || group || goal;
  const numberCell = values.find((_, c) => roles[c] === 'number') ?? '';
  const numberColumn = roles.indexOf('number');
  const path = [caption.join(' '), section, valueFor('category'), content === group ? '' : group].filter(Boolean);
  // A 量化指标 column states the row's targets; the task's words beside it restate them.
  const stated = values.filter((v, c) => roles[c] === 'target' && v);
  const counted = values.flatMap((v, c) => countedInHeader(header[c] ?? '', roles[c], v));
  return {
    origin: 'table',
    number: numberCell || String(index + 1),
    path,
    // A project's name merged over its several tasks names the group; the task is its own words.
    title: title && !(content !== title && cells[roles.indexOf('title')]?.merged) ? title : firstSentence(content),
    text: values.join(separator),
    loc: cells.find((c) => c.text)?.loc ?? cells[0]?.loc ?? {},
    order,
    row: index,
    fields,
    // A row whose owner cells are empty (a row the excerpt cut, a table that names no owner column) may name its owner in its own words.
    ownerText: roles.some((role, c) => role !== null && OWNER_COLUMN_ROLES.has(role) && values[c]?.trim()) ? '' : content,
    targetText: [...(stated.length > 0 ? stated : values.filter((_, c) => roles[c] && TARGET_ROLES.has(roles[c]!) && !(roles[c] === 'group' && content !== group))), ...counted].join('\n'),
    // A goal column beside the task's words says when it is due (2024年目标任务 | 6月底前开工，12月底前完工).
    timeText: goal && goal !== content ? `${content}\n${goal}` : content,
    inheritedFields: [],
    phase: false,
    numberInherited: numberColumn >= 0 && (!cells[numberColumn]?.text || cells[numberColumn].merged === true),
  };
}

/** A telephone number (13800000000, 0571-8888888, 电话：8888888): how to reach an owner, written in the owner's cell. */
const PHONE = /(?:(?:联系)?(?:电话|手机|座机)\s*[:：]?\s*)?(?:0\d{2,3}[-－—]?)?\d{7,8}(?!\d)|(?:(?:联系)?(?:电话|手机)\s*[:：]?\s*)?1[3-9]\d{9}(?!\d)/g;

/** An owner cell without the phone numbers beside its names (张某 13800000000): a number is no owner. */
function withoutPhones(value: string): string {
  if (!/\d{7}/.test(value)) return value;
  return value
    .replace(PHONE, '')
    .replace(/[（(]\s*[)）]/g, '')
    .replace(/[ \t\u3000]+$/gm, '')
    .trim();
}

/** Columns whose numbers are not the task's quantities: counts of a summary, dates, owners. */
const NOT_QUANTITY_ROLES = new Set<FieldRole>(['number', 'status', 'deadline', 'leader', 'unit', 'partner', 'remark']);
/** A unit in brackets closing a header: 投资金额（万元）, 面积(亩). */
const HEADER_UNIT = /[(（]\s*([^()（）\s]{1,6})\s*[)）]$/;

/**
 * A quantity column writes its unit once, in the header (年度投资金额（万元） |
 * 300): each bare number below it is that many of the unit, a target of the
 * row ("300万元"). Time units (建设周期（年）) say how long, not how much.
 */
function countedInHeader(header: string, role: FieldRole | null | undefined, value: string): string[] {
  if ((role && NOT_QUANTITY_ROLES.has(role)) || !/^\d+(?:\.\d+)?$/.test(value.trim())) return [];
  const unit = HEADER_UNIT.exec(header.trim())?.[1];
  const resolved = unit === undefined ? null : resolveUnit(unit);
  if (!resolved || resolved.dimension === 'time') return [];
  return [`${value.trim()}${unit}`];
}

/**
 * A table row standing for a heading ("一、基础设施建设" across the row): one
 * filled cell, and either the rest of the row is its horizontal span or it
 * stands in a grouping column.
 */
function sectionRowTitle(cells: readonly Cell[], roles: ReadonlyArray<FieldRole | null>): string | null {
  const filled = cells.flatMap((cell, c) => (cell.text ? [c] : []));
  if (filled.length !== 1 || cells.length < 3) return null;
  const c = filled[0];
  const spansRow = cells.slice(c + 1).some((cell) => cell.merged);
  const role = roles[c];
  return spansRow || role === 'number' || role === 'category' ? cells[c].text : null;
}

function rowTitle(cells: readonly Cell[]): string | null {
  const texts = [...new Set(cells.map((c) => c.text).filter(Boolean))];
  return texts.length === 1 ? texts[0] : null;
}

/** A row of several texts above a table's header, as one line. */
function rowNote(cells: readonly Cell[]): string {
  return cells
    .map((c) => c.text.trim())
    .filter(Boolean)
    .join(' | ');
}

function isRepeatedHeader(cells: readonly Cell[], header: readonly string[]): boolean {
  return cells.length === header.length && cells.every((cell, c) => withoutSpaces(cell.text) === header[c]);
}

export function firstSentence(text: string): string {
  const newline = text.indexOf('\n');
  const line = newline < 0 ? text : text.slice(0, newline);
  const end = line.search(/[。；;]/);
  return (end >= 0 ? line.slice(0, end) : line).trim();
}
