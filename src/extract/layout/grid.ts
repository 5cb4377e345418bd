import type { FieldRole } from '../../lexicon/field-labels.js';
import type { Cell } from '../../model/block.js';
import { parseNumberLabel } from '../numbering.js';
import { cellKind, fit, isGroupingRole, type CellKind } from './columns.js';
import { copyWith } from '../../text/objects.js';

/**
 * A flattened table's rows as web pages and text exports leave them: a row
 * whose cells were merged with the row above simply lacks them, and some
 * exporters pad every row with empty cells ("text | | | |"). This module puts
 * each row's cells under the right columns and fills a missing cell from the
 * row above (marked `merged`, the Block convention), so every later stage sees
 * a rectangular table.
 */
export interface RawRow {
  cells: Cell[];
  /** The row ended in empty cells the exporter added ("新增学位810个 | |||||"). */
  padded: boolean;
  /** A heading of the rows below it, across the table. */
  section?: boolean;
}

const ASSIGNING: ReadonlySet<FieldRole> = new Set(['leader', 'unit', 'partner', 'deadline']);
/** Leaving out a grouping cell (merged from above) is the usual reason a row is short; others cost more. */
const SKIP_GROUPING = 0.1;
const SKIP_OTHER = 1.2;
/** Presence is worth a little, so a cell that fits nowhere still takes a column rather than vanish. */
const PRESENT = 0.2;

/**
 * Which column each of a short row's cells belongs to: the order-keeping
 * assignment that fits the cells' kinds best (dynamic programming over cells ×
 * columns, so O(cells × columns)).
 */
export function alignRow(kinds: readonly CellKind[], roles: ReadonlyArray<FieldRole | null>): number[] {
  const k = kinds.length;
  const w = roles.length;
  if (k >= w) return kinds.map((_, i) => Math.min(i, w - 1));
  const skips = roles.map((role, c) => skipCost(role, c, roles));
  // best[i][j]: best score placing the first i cells in the first j columns.
  const best: number[][] = Array.from({ length: k + 1 }, () => new Array<number>(w + 1).fill(-Infinity));
  const took: boolean[][] = Array.from({ length: k + 1 }, () => new Array<boolean>(w + 1).fill(false));
  best[0][0] = 0;
  for (let j = 1; j <= w; j++) best[0][j] = best[0][j - 1] - skips[j - 1];
  for (let i = 1; i <= k; i++) {
    for (let j = i; j <= w; j++) {
      const skip = best[i][j - 1] - skips[j - 1];
      const take = best[i - 1][j - 1] + fit(kinds[i - 1], roles[j - 1]) + PRESENT;
      if (take >= skip) {
        best[i][j] = take;
        took[i][j] = true;
      } else {
        best[i][j] = skip;
      }
    }
  }
  const columns = new Array<number>(k);
  for (let i = k, j = w; i > 0; j--) {
    if (took[i][j]) columns[--i] = j - 1;
  }
  return columns;
}

/**
 * Outer groups span more rows than inner ones, so a short row has lost its
 * leftmost grouping cells first; of the other columns, the later ones (owners
 * spanning rows, a row cut off) go missing before the middle ones. A name
 * column before the task column (项目名称 | 工作任务 | …) groups the tasks of
 * one project, so it is an outer group too.
 */
function skipCost(role: FieldRole | null, column: number, roles: ReadonlyArray<FieldRole | null>): number {
  const grouping = isGroupingRole(role) || (role === 'title' && roles.indexOf('content', column + 1) > column);
  return grouping ? SKIP_GROUPING * (1 + column / 10) : SKIP_OTHER * (1 - column / 100);
}

/** A one-cell row naming a section ("二、重点任务" across the table) heads the rows below it. */
function isSectionRow(cells: readonly Cell[]): boolean {
  if (cells.length !== 1) return false;
  const label = parseNumberLabel(cells[0].text.trim());
  return label !== null && label.style === 'cn-dun' && cells[0].text.length <= 40;
}

/**
 * Rows → a rectangular grid under `roles`: short rows aligned by what their
 * cells hold, left-out cells taken from the row above (merged), rows that only
 * continue the cell above ("text | | | |" with no number and no owner of its
 * own) folded into the row before.
 */
export function buildGrid(rows: readonly RawRow[], roles: ReadonlyArray<FieldRole | null>, cutLast = false): Cell[][] {
  const out: Cell[][] = [];
  let above: Cell[] | null = null;
  rows.forEach((row, r) => {
    const cells = trimTrailingEmpty(row.cells);
    if (cells.length === 0) return;
    const loc = cells[0].loc;
    if (row.section || isSectionRow(cells)) {
      out.push(roles.map((_, c): Cell => (c === 0 ? cells[0] : { text: '', loc, merged: true })));
      above = null;
      return;
    }
    // The excerpt stopped inside the last row: after its first cell (placed as usual, merged groups before
    // it) the cells follow column by column, and the columns after them are unknown, not merged.
    if (cutLast && r === rows.length - 1) {
      const first = alignRow([cellKind(cells[0].text)], roles)[0];
      out.push(roles.map((_, c): Cell => (c < first ? inherit(above, c, loc) : (cells[c - first] ?? { text: '', loc }))));
      return;
    }
    const placed = placeCells(cells, roles, ' | ');
    const folded = above && foldedIntoAbove(above, placed, roles, row.padded);
    if (folded) {
      out[out.length - 1] = folded;
      above = folded;
      return;
    }
    const grid = fillRow(placed, roles, above, loc);
    out.push(grid);
    above = grid;
  });
  return out;
}

/**
 * The row above with a row that only continues it (see continuesAbove) added
 * to its cells, or null when the row is a row of its own.
 */
export function foldedIntoAbove(above: readonly Cell[], placed: ReadonlyArray<Cell | undefined>, roles: ReadonlyArray<FieldRole | null>, padded: boolean): Cell[] | null {
  const contentColumn = roles.findIndex((r) => r === 'content' || r === 'title');
  if (contentColumn < 0 || !continuesAbove(placed, roles, contentColumn, roles.indexOf('number'), padded)) return null;
  return above.map((prior, c) => {
    const cell = placed[c];
    return cell?.text.trim() ? copyWith(prior, { text: prior.text ? `${prior.text}\n${cell.text}` : cell.text }) : prior;
  });
}

/** A short row's cells under the columns their kinds fit (two cells one column fits are joined with `separator`). */
export function placeCells(cells: readonly Cell[], roles: ReadonlyArray<FieldRole | null>, separator: string): Array<Cell | undefined> {
  const columns = alignRow(cells.map((c) => cellKind(c.text)), roles);
  const placed: Array<Cell | undefined> = new Array(roles.length);
  cells.forEach((cell, i) => {
    const c = columns[i];
    const prior = placed[c];
    placed[c] = prior ? copyWith(prior, { text: `${prior.text}${separator}${cell.text}` }) : cell;
  });
  return placed;
}

/**
 * A placed row made whole: a cell it left out is the one above, merged down,
 * except in a column no label names (a schedule's 第二季度 holds each row's own
 * words: what a row lacks there it lacks) and a partner cell beside the row's
 * own lead unit.
 */
export function fillRow(placed: ReadonlyArray<Cell | undefined>, roles: ReadonlyArray<FieldRole | null>, above: readonly Cell[] | null, loc: Cell['loc']): Cell[] {
  const ownLead = leadsOwnTask(placed, roles, roles.indexOf('number'));
  return roles.map((role, c): Cell => placed[c] ?? ((ownLead && role === 'partner') || role === null ? { text: '', loc } : inherit(above, c, loc)));
}

/**
 * A task row of its own (its own number) that names its own lead unit: a
 * table that merged owners over rows would have merged the lead with them, so
 * the partner cell the row lacks was empty, not merged from the task above.
 */
function leadsOwnTask(placed: ReadonlyArray<Cell | undefined>, roles: ReadonlyArray<FieldRole | null>, numberColumn: number): boolean {
  if (numberColumn < 0 || !placed[numberColumn]?.text.trim()) return false;
  return roles.some((role, c) => role === 'unit' && placed[c]?.text.trim());
}

/** A cell left out of a row: the one above it, merged down. */
function inherit(above: readonly Cell[] | null, c: number, loc: Cell['loc']): Cell {
  return above ? { text: above[c].text, loc: above[c].loc, merged: true } : { text: '', loc, merged: true };
}

function trimTrailingEmpty(cells: readonly Cell[]): Cell[] {
  return cells.slice(0, filledLength(cells));
}

/**
 * A row that only adds text to the task above: its number cell is left out
 * (or the exporter padded it), it starts with no numbering label of its own,
 * and no owner or deadline cell of its own is filled.
 */
function continuesAbove(
  placed: ReadonlyArray<Cell | undefined>,
  roles: ReadonlyArray<FieldRole | null>,
  contentColumn: number,
  numberColumn: number,
  padded: boolean,
): boolean {
  const content = placed[contentColumn];
  if (!content || parseNumberLabel(content.text.trim()) !== null) return false;
  if (!padded && !(numberColumn >= 0 && !placed[numberColumn])) return false;
  if (numberColumn >= 0 && placed[numberColumn]?.text.trim()) return false;
  return !roles.some((role, c) => role !== null && ASSIGNING.has(role) && placed[c]?.text.trim());
}

/** How many cells a row holds before the empty cells it ends in. */
export function filledLength(cells: readonly Cell[]): number {
  let end = cells.length;
  while (end > 0 && cells[end - 1].text.trim() === '') end--;
  return end;
}
