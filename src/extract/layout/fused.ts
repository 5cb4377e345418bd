import type { Block, Cell } from '../../model/block.js';
import type { FieldRole } from '../../lexicon/field-labels.js';
import { foldToSimplified } from '../../lexicon/hant.js';
import { ORG_SUFFIXES } from '../../lexicon/organisations.js';
import { DOC_SHARING_PROMPT } from '../../lexicon/document.js';
import { FUSED_DEADLINE_TAIL, FUSED_HEADER_LEVELS, PLACE_LEVELS, TASK_OPENING_VERBS } from '../../lexicon/table-layout.js';
import { knownLabelRole } from '../fields.js';
import { readPerson } from '../person.js';
import { holdsTaskVerb } from '../task-verbs.js';
import { isTaskHeader, settleColumnRoles } from './columns.js';
import { copyWith } from '../../text/objects.js';
import { asciiDigits } from '../../text/digits.js';

/**
 * Document-sharing sites give a Word table's text with every cell boundary
 * lost, cells run together (their viewer's page chunks are joined before, in
 * viewer-pages.ts):
 *
 *   …分解表序号项目名称主要内容分管领导牵头单位配合单位1建设社区食堂新建食堂10个。
 *   王某某民政局各乡镇县商务局2改善出行条件…
 *
 * What is left to go by: the header is a run of column names; rows count up
 * 1, 2, 3…, each number following the owner cells of the row before (names and
 * units, no sentence); a row's text ends in a stop and its owners come after it:
 * a person for a leader column, then units, the first the lead. A row whose
 * name cell spans several sub-rows repeats text-then-owners. Best effort: what
 * does not fit this shape stays a paragraph.
 */

const HEADER_START = '序号';
const MAX_LABEL = 12;
const MIN_COLUMNS = 3;
/** A row number: digits not inside a number, then the row's first character. */
const ROW_NUMBER = /(?<![0-9０-９.．])([0-9０-９]{1,3})[、.．]?(?=\p{Script=Han})/gu;
const STOP_CLASS = '[。！？；]';
const STOP = new RegExp(STOP_CLASS, 'g');
const IS_STOP = new RegExp(STOP_CLASS);
const MIN_ORG = 3;
/**
 * Names found run together go on lines of their own, as a table cell lists
 * units: the owner grammar splits there, and the row's text, white space
 * aside, still reads as written.
 */
const NAME_GAP = '\n';
/** The longest unit name read from a run. */
const MAX_ORG = 30;
/** The most characters a row's owner cells (names, units, a date) run to. */
const MAX_RUN = 120;

interface FusedHeader {
  end: number;
  labels: string[];
  roles: Array<FieldRole | null>;
}

export function recoverFusedTable(blocks: readonly Block[], start: number): { blocks: Block[]; end: number } | null {
  const block = blocks[start];
  if (block.kind !== 'paragraph') return null;
  // Found in simplified script (folding keeps every index): 序號 heads a traditional table.
  const at = block.text.includes(HEADER_START[0]) ? foldToSimplified(block.text).indexOf(HEADER_START) : -1;
  if (at < 0) return null;
  const header = fusedHeader(block.text, at);
  if (!header) return null;
  // A sharing site's prompt run onto the preview's last words (…2024年9月当前文档共25页下载后继续阅读) ends the table.
  const prompt = DOC_SHARING_PROMPT.exec(foldToSimplified(block.text.slice(header.end)));
  const tableEnd = prompt ? header.end + prompt.index : block.text.length;
  // A table that crosses a page repeats its header there: the repeat is no row's text or owners.
  const body = block.text.slice(header.end, tableEnd).replaceAll(block.text.slice(at, header.end), '');
  const rows = fusedRows(body, header.roles);
  if (rows.length < 2) return null;
  const loc = block.loc;
  const cell = (value: string, merged?: boolean): Cell => (merged ? { text: value, loc, merged } : { text: value, loc });
  const caption = block.text.slice(0, at).trim();
  const table: Block = {
    kind: 'table',
    text: '',
    loc,
    rows: [header.labels.map((label) => cell(label)), ...rows.map((row) => row.map((value) => cell(value.text, value.merged)))],
  };
  const after = block.text.slice(tableEnd).trim();
  return { blocks: [...(caption ? [copyWith(block, { text: caption })] : []), table, ...(after ? [copyWith(block, { text: after })] : [])], end: start + 1 };
}

/** The column names run together from `at`: each a known label, perhaps after a level (县政府分管领导). */
export function fusedHeader(text: string, at: number): FusedHeader | null {
  const labels: string[] = [];
  let p = at;
  for (;;) {
    const label = labelAt(text, p);
    if (!label) break;
    labels.push(label);
    p += label.length;
  }
  if (labels.length < MIN_COLUMNS) return null;
  const roles = labels.map(roleOf);
  if (!isTaskHeader(roles)) return null;
  return { end: p, labels, roles: settleColumnRoles(roles) };
}

function roleOf(label: string): FieldRole | null {
  const key = foldToSimplified(label);
  const level = FUSED_HEADER_LEVELS.find((l) => key.startsWith(l) && knownLabelRole(key.slice(l.length)) !== null);
  return knownLabelRole(level ? key.slice(level.length) : key);
}

/** The longest column name starting at `p`. */
function labelAt(text: string, p: number): string | null {
  for (let length = Math.min(MAX_LABEL, text.length - p); length >= 2; length--) {
    const candidate = text.slice(p, p + length);
    if (roleOf(candidate) !== null) return candidate;
  }
  return null;
}

interface FusedCell {
  text: string;
  merged?: boolean;
}

/** The table's rows under a fused header; a sub-row repeats its row's number as a merged cell. */
export function fusedRows(body: string, roles: ReadonlyArray<FieldRole | null>): FusedCell[][] {
  const starts = rowStarts(body, roles);
  const rows: FusedCell[][] = [];
  for (let k = 0; k < starts.length; k++) {
    const { number, textAt } = starts[k];
    const rowEnd = k + 1 < starts.length ? starts[k + 1].at : body.length;
    const subRows = splitSubRows(body.slice(textAt, rowEnd), roles);
    subRows.forEach((sub, s) => {
      const row = layRow(roles, String(number), sub, s > 0);
      // A sub-row with no owners of its own lies under cells merged down from the one above: Word prints them once.
      if (s > 0 && !sub.owners) shareMergedOwners(row, rows[rows.length - 1], roles);
      rows.push(row);
    });
  }
  return rows;
}

interface RowStart {
  at: number;
  number: number;
  textAt: number;
}

/** Rows count up from 1; each number after the first follows a run of owners (or nothing). */
function rowStarts(body: string, roles: ReadonlyArray<FieldRole | null>): RowStart[] {
  const starts: RowStart[] = [];
  const stops = lastStops(body);
  let expected = 1;
  for (const m of body.matchAll(ROW_NUMBER)) {
    if (Number(asciiDigits(m[1])) !== expected) continue;
    const previous = starts.at(-1);
    if (previous) {
      const lastStop = stops[m.index];
      if (lastStop < previous.textAt || m.index - lastStop > MAX_RUN) continue;
      const owners = body.slice(lastStop + 1, m.index);
      if (owners.length > 0 && readOwnerRun(owners, roles, true) === null) continue;
    } else if (body.slice(0, m.index).trim().length > 0) {
      return [];
    }
    starts.push({ at: m.index, number: expected, textAt: m.index + m[0].length });
    expected++;
  }
  return starts;
}

/** For each offset, where the last sentence stop before it stands (-1: none). */
function lastStops(text: string): Int32Array {
  const last = new Int32Array(text.length + 1);
  let stop = -1;
  for (let i = 0; i <= text.length; i++) {
    last[i] = stop;
    if (i < text.length && IS_STOP.test(text[i])) stop = i;
  }
  return last;
}

interface SubRow {
  text: string;
  owners: OwnerRun | null;
}

/**
 * A row's text split where owners stand between sentences: "…。王某文旅局
 * 城投公司推进…。李某住建局…" is two sub-rows, each text then its owners.
 */
function splitSubRows(row: string, roles: ReadonlyArray<FieldRole | null>): SubRow[] {
  const subRows: SubRow[] = [];
  let textStart = 0;
  for (const stop of row.matchAll(STOP)) {
    const after = stop.index + 1;
    if (after < textStart) continue;
    // Owners are a few names: a longer rest is text, and looking no further keeps the row linear.
    const rest = row.slice(after, after + MAX_RUN + 1);
    const whole = after + rest.length === row.length ? readOwnerRun(rest, roles, true) : null;
    if (whole) {
      subRows.push({ text: row.slice(textStart, after), owners: whole });
      return subRows;
    }
    const lead = readOwnerRun(rest, roles, false);
    // A sub-row's owners are its leader and, where the table has a unit column, its unit: a name-like start of a
    // sentence after a stop (…以内；支持成功…) owns nothing on its own.
    if (lead && lead.leader !== null && (lead.units.length > 0 || !roles.includes('unit'))) {
      subRows.push({ text: row.slice(textStart, after), owners: lead });
      textStart = after + lead.length;
    }
  }
  subRows.push({ text: row.slice(textStart), owners: null });
  return subRows;
}

const OWNER_COLUMNS: ReadonlySet<FieldRole> = new Set(['leader', 'unit', 'partner', 'deadline']);

function shareMergedOwners(row: FusedCell[], above: FusedCell[], roles: ReadonlyArray<FieldRole | null>): void {
  roles.forEach((role, c) => {
    if (role && OWNER_COLUMNS.has(role) && above[c].text) row[c] = { text: above[c].text, merged: true };
  });
}

function layRow(roles: ReadonlyArray<FieldRole | null>, number: string, sub: SubRow, continued: boolean): FusedCell[] {
  const textColumn = ['content', 'title', 'goal'].map((r) => roles.indexOf(r as FieldRole)).find((c) => c >= 0) ?? roles.indexOf(null);
  const unitColumn = roles.indexOf('unit');
  const partnerColumn = roles.indexOf('partner');
  const cells: FusedCell[] = roles.map(() => ({ text: '' }));
  const numberColumn = roles.indexOf('number');
  if (numberColumn >= 0) cells[numberColumn] = { text: number, merged: continued };
  if (textColumn >= 0) cells[textColumn] = { text: sub.text.trim() };
  const owners = sub.owners;
  if (!owners) return cells;
  const deadlineColumn = roles.indexOf('deadline');
  if (deadlineColumn >= 0 && owners.deadline) cells[deadlineColumn] = { text: owners.deadline };
  const leaderColumn = roles.indexOf('leader');
  if (leaderColumn >= 0 && owners.leader) cells[leaderColumn] = { text: owners.leader };
  const [lead, ...others] = owners.units;
  if (partnerColumn >= 0 && unitColumn >= 0) {
    cells[unitColumn] = { text: lead ?? '' };
    cells[partnerColumn] = { text: others.join(NAME_GAP) };
  } else if (unitColumn >= 0 || partnerColumn >= 0) {
    cells[Math.max(unitColumn, partnerColumn)] = { text: owners.units.join(NAME_GAP) };
  }
  return cells;
}

export interface OwnerRun {
  leader: string | null;
  units: string[];
  deadline: string | null;
  /** How many characters of the text the run takes. */
  length: number;
}

/**
 * Owners run together: a person's name when the table has a leader column,
 * then unit names (each ending as units do: 局, 公司, 街道, a bracketed gloss
 * allowed). `whole`: the run must take the whole text; otherwise the longest
 * run at its start. Null when there is none.
 */
export function readOwnerRun(text: string, roles: ReadonlyArray<FieldRole | null>, whole: boolean): OwnerRun | null {
  // A deadline column's date closes the row's owners: 人社局2023年12月底前.
  const deadline = whole && roles.includes('deadline') ? (FUSED_DEADLINE_TAIL.exec(text)?.[0] ?? null) : null;
  if (deadline) {
    const run = readOwnerRun(text.slice(0, -deadline.length), roles.filter((r) => r !== 'deadline'), true);
    return run ? copyWith(run, { deadline, length: text.length }) : null;
  }
  const candidates: Array<{ leader: string | null; at: number }> = [];
  if (roles.includes('leader')) for (const length of [3, 2]) if (text.length > length && readPerson(text.slice(0, length))?.byPost === false) candidates.push({ leader: text.slice(0, length), at: length });
  candidates.push({ leader: null, at: 0 });
  let best: OwnerRun | null = null;
  for (const { leader, at } of candidates) {
    const units = orgTokens(text.slice(at), whole);
    if (!units || (units.tokens.length === 0 && leader === null)) continue;
    const run: OwnerRun = { leader, units: units.tokens, deadline: null, length: at + units.length };
    // The longest run; of equal ones, the one with more whole unit names (张某 民政局, not 张某民 政局…).
    if (!best || run.length > best.length || (run.length === best.length && run.units.length > best.units.length)) best = run;
  }
  return best;
}

/** Parks (高新园, 产业园) are units here too: a table's owner cells hold nothing else. */
const UNIT_END = new RegExp(`(?:${[...ORG_SUFFIXES, '园'].join('|')})(?:[（(][^（）()]*[)）])?$`);

function isUnitName(token: string): boolean {
  if (/[0-9０-９。，,；;：:！？、\s]/.test(token) || !bracketsClosed(token)) return false;
  const key = foldToSimplified(token);
  return UNIT_END.test(key) && !STACKED_LEVEL.test(key) && !holdsTaskVerb(key);
}

/**
 * A place's level after a body's ending (…局县, …委区) is the next unit's first
 * character (交通局 县公交公司), not one name.
 */
const STACKED_LEVEL = new RegExp(`(?:${ORG_SUFFIXES.filter((s) => s.length === 1 && !PLACE_LEVELS.includes(s)).join('|')})(?:${PLACE_LEVELS.join('|')})$`);

/** A unit's name opens with its name, and a gloss in it is closed: 高新园(某镇), not (某镇)各街道. */
function bracketsClosed(token: string): boolean {
  if (/^[（(]/.test(token)) return false;
  let depth = 0;
  for (const ch of token) {
    if (ch === '(' || ch === '（') depth++;
    else if (ch === ')' || ch === '）') depth--;
    if (depth < 0) return false;
  }
  return depth === 0;
}

/**
 * Unit names run together, split into as many names as fit (each of at least
 * three characters, 各街道 included), none opening with a task's verb.
 */
function orgTokens(text: string, whole: boolean): { tokens: string[]; length: number } | null {
  const n = text.length;
  // best[i]: the most names that cover text[0..i), or -1.
  const best = new Array<number>(n + 1).fill(-1);
  const from = new Array<number>(n + 1).fill(-1);
  best[0] = 0;
  for (let i = 0; i < n; i++) {
    if (best[i] < 0 || TASK_OPENING_VERBS.some((v) => text.startsWith(v, i))) continue;
    for (let j = i + MIN_ORG; j <= Math.min(n, i + MAX_ORG); j++) {
      const token = text.slice(i, j);
      if (!isUnitName(token)) continue;
      if (best[i] + 1 > best[j]) {
        best[j] = best[i] + 1;
        from[j] = i;
      }
    }
  }
  let end = n;
  if (!whole) while (end > 0 && best[end] < 0) end--;
  if (best[end] < 0) return null;
  const tokens: string[] = [];
  for (let j = end; j > 0; j = from[j]) tokens.unshift(text.slice(from[j], j));
  return { tokens, length: end };
}
