import type { FieldRole } from '../../lexicon/field-labels.js';
import type { Cell } from '../../model/block.js';
import { numeralValue, parseNumberLabel } from '../numbering.js';
import { copyWith } from '../../text/objects.js';
import { cellKind, headerRole, isTaskHeader, MAX_HEADER_CELL, type CellKind } from './columns.js';
import type { RawRow } from './grid.js';

/**
 * Tables whose row boundaries were lost: every cell on a line of its own
 * ("序号 |" "目标与任务 |" … or cells between lines holding only "|"). The header
 * is the run of column names at the start; rows are found by their 序号 cells,
 * which count up by one (80, 81 …), even when the header has no 序号 column.
 */
export interface StreamTable {
  header: Cell[];
  roles: Array<FieldRole | null>;
  rows: RawRow[];
  /** Cells used, from the first header cell. */
  used: number;
}

const NUMBER_HEADER = '序号';

/** Most of a header's cells are column names; a few may be names no lexicon lists (是否达序). */
const MIN_NAMED_SHARE = 0.6;

/**
 * The header at the start of `cells`: the run of short cells up to the first
 * 序号 or running text, when it names the columns of a task table.
 */
export function streamHeader(cells: readonly Cell[]): { header: Cell[]; roles: Array<FieldRole | null> } | null {
  const header: Cell[] = [];
  const roles: Array<FieldRole | null> = [];
  for (const cell of cells) {
    const text = cell.text.trim();
    // A column's name is no sentence: a cell that ends in a stop (及时公开某类信息。) is the first row's.
    if (text.length === 0 || text.length > MAX_HEADER_CELL || cellKind(text) === 'number' || /[。；;]$/.test(text)) break;
    header.push(cell);
    roles.push(headerRole(text));
  }
  // Unnamed cells at the end belong to the data (a first group cell), not to the header.
  while (roles.length > 0 && roles[roles.length - 1] === null) {
    roles.pop();
    header.pop();
  }
  const named = roles.filter((r) => r !== null).length;
  if (header.length < 2 || named < header.length * MIN_NAMED_SHARE) return null;
  return isTaskHeader(roles, header.map((c) => c.text)) ? { header, roles } : null;
}

/** Small numbers in a run that counts up by one: the 序号 cells that start rows. */
function numberAnchors(cells: readonly Cell[]): number[] {
  const anchors: number[] = [];
  let last: number | null = null;
  cells.forEach((cell, k) => {
    if (cellKind(cell.text) !== 'number') return;
    const value = numeralValue(cell.text.replace(/[^0-9０-９]/g, ''));
    if (value === null) return;
    if (last === null || value === last + 1) {
      anchors.push(k);
      last = value;
    }
  });
  return anchors;
}

/**
 * With no 序号, an empty cell between rows ("…|责任部门|" ⏎ "|" ⏎ "|") may be all
 * that marks where one ends; failing that, rows are as wide as the header.
 */
function rowsBetweenEmpties(data: readonly Cell[], width: number, roles: ReadonlyArray<FieldRole | null>): RawRow[] {
  const rows: RawRow[] = [];
  const empties = data.filter((c) => c.text === '').length;
  if (empties > 0 && data.length / (empties + 1) <= width + 0.5) {
    let row: Cell[] = [];
    for (const cell of data) {
      if (cell.text === '') {
        if (row.length > 0) rows.push({ cells: row, padded: false });
        row = [];
      } else {
        row.push(cell);
      }
    }
    if (row.length > 0) rows.push({ cells: row, padded: false });
    return rows;
  }
  const filled = data.filter((c) => c.text !== '');
  const ended = rowsEndingInOwners(filled, width, roles[width - 1] ?? null);
  if (ended) return ended;
  for (let k = 0; k < filled.length; k += width) rows.push({ cells: filled.slice(k, k + width), padded: false });
  return rows;
}

/** What a last column of owners or a date holds. */
const LAST_CELL_KINDS: Partial<Record<FieldRole, CellKind>> = { unit: 'org', partner: 'org', leader: 'person', deadline: 'date' };

/**
 * With neither 序号 nor empty cells, a table whose last column names owners or a date (工作任务 | 具体要求 | 责任单位)
 * ends each row there: a row that lost the heading-task cell merged over it is a cell short, so rows are cut after
 * each cell that fits the last column, when every row so cut fits the header and some are short of it.
 */
function rowsEndingInOwners(filled: readonly Cell[], width: number, last: FieldRole | null): RawRow[] | null {
  const kind = last === null ? undefined : LAST_CELL_KINDS[last];
  if (kind === undefined) return null;
  const rows: RawRow[] = [];
  let row: Cell[] = [];
  for (const cell of filled) {
    row.push(cell);
    if (row.length >= 2 && cellKind(cell.text) === kind) {
      rows.push({ cells: row, padded: false });
      row = [];
    }
  }
  if (row.length > 0) rows.push({ cells: row, padded: false });
  if (rows.some((r) => r.cells.length > width) || !rows.some((r) => r.cells.length < width)) return null;
  return rows;
}

/** A heading across the table written as a cell of its own: 一、经济发展. */
function isSectionCell(cell: Cell): boolean {
  return cell.text.length <= MAX_SECTION_CELL && parseNumberLabel(cell.text.trim())?.style === 'cn-dun';
}
const MAX_SECTION_CELL = 40;

/** Heading cells as one section row, when they are all headings. */
function pushSection(rows: RawRow[], cells: readonly Cell[]): void {
  if (cells.length > 0 && cells.every(isSectionCell)) rows.push({ cells: [copyWith(cells[0], { text: cells.map((c) => c.text.trim()).join('') })], padded: false, section: true });
}

/** Split the cells after a header into rows. */
export function streamRows(cells: readonly Cell[]): StreamTable | null {
  const found = streamHeader(cells);
  if (!found) return null;
  const header = [...found.header];
  const roles = [...found.roles];
  const rest = cells.slice(header.length);
  const anchors = numberAnchors(rest.filter((c) => c.text !== ''));
  if (anchors.length === 0) return { header, roles, rows: rowsBetweenEmpties(rest, header.length, roles), used: cells.length };
  const data = rest.filter((c) => c.text !== '');
  let width = header.length;
  if (anchors.length === 0) return { header, roles, rows: rowsBetweenEmpties(data, width, roles), used: cells.length };
  let numberColumn = roles.indexOf('number');
  if (numberColumn < 0) {
    // The header left out the 序号 column: it stands where the first row has its number.
    numberColumn = Math.min(anchors[0], header.length);
    header.splice(numberColumn, 0, { text: NUMBER_HEADER, loc: data[anchors[0]].loc });
    roles.splice(numberColumn, 0, 'number');
    width++;
  }
  const rows: RawRow[] = [];
  if (numberColumn === 0) {
    // Rows start at their number: each runs to the next (grid.ts aligns a row that lost a cell). A heading between
    // two rows (一、经济发展), last of the cells before the next number, heads the rows below it.
    pushSection(rows, data.slice(0, anchors[0]));
    anchors.forEach((anchor, k) => {
      const cells = data.slice(anchor, k + 1 < anchors.length ? anchors[k + 1] : data.length);
      let own = cells.length;
      while (own > 1 && isSectionCell(cells[own - 1])) own--;
      rows.push({ cells: cells.slice(0, own), padded: false });
      pushSection(rows, cells.slice(own));
    });
    return { header, roles, rows, used: cells.length };
  }
  const after = width - numberColumn - 1;
  let from = 0;
  anchors.forEach((anchor, k) => {
    const preStart = Math.max(from, anchor - numberColumn);
    // Cells between the last row's end and this row's own cells belong to the last row (a cell broken in two).
    if (rows.length > 0 && preStart > from) rows[rows.length - 1].cells.push(...data.slice(from, preStart));
    const pre = data.slice(preStart, anchor);
    const end = Math.min(anchor + 1 + after, k + 1 < anchors.length ? anchors[k + 1] : data.length);
    rows.push({ cells: [...pre, ...data.slice(anchor, end)], padded: false });
    from = end;
  });
  return { header, roles, rows, used: cells.length };
}
