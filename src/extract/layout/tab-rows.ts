import type { FieldRole } from '../../lexicon/field-labels.js';
import type { Block, Cell } from '../../model/block.js';
import { cellKind, headerRole, isTaskHeader, settleColumnRoles } from './columns.js';
import { alignRow, filledLength, fillRow, foldedIntoAbove, placeCells } from './grid.js';
import { copyWith } from '../../text/objects.js';

/** Header rows are looked for among the first rows: a caption row may come first. */
const HEADER_SEARCH_ROWS = 4;

/**
 * A TAB table copied from a web page: a cell the page merged over several rows
 * (a 工作任务 spanning its 具体要求, a 责任单位 spanning several tasks) is left
 * out of the rows after the first. Some copies keep a TAB for it at the row's
 * end ("3.及时更新…\t各科室\t"), others drop it (a row with fewer cells than the
 * header). Such a row's cells go back under their columns (by what each holds,
 * as for "|" rows) and the cells it left out are the ones above, marked merged.
 * A full-width row whose first cell fits the first column keeps its cells
 * where they are: its empty cells are empty.
 */
export function realignShiftedRows(block: Block): Block {
  const rows = block.rows ?? [];
  const width = rows.reduce((most, row) => Math.max(most, row.length), 0);
  const h = rows.slice(0, HEADER_SEARCH_ROWS).findIndex((row) => isTaskHeader(row.map((c) => headerRole(c.text)), row.map((c) => c.text)));
  if (h < 0 || rows[h].length < width) return rows.every((row) => row.length === width) ? block : copyWith(block, { rows: rows.map((row) => padded(row, width)) });
  const roles = settleColumnRoles(rows[h].map((c) => headerRole(c.text)));
  const out: Cell[][] = rows.slice(0, h).map((row) => padded(row, width));
  out.push(rows[h]);
  const body = rows.slice(h + 1).flatMap((row) => unjoined(row, roles) ?? [row]);
  for (let r = 0; r < body.length; r++) {
    const cells = body[r];
    const above = r === 0 ? null : out[out.length - 1];
    if (cells.length < width) {
      const placed = placeCells(cells, roles, '\t');
      const folded = above && foldedIntoAbove(above, placed, roles, false);
      if (folded) out[out.length - 1] = folded;
      else out.push(fillRow(placed, roles, above, cells[0].loc));
      continue;
    }
    // A full row ending in empty cells whose cells belong further right: the cells it lost at its start are the ones
    // above, merged; its empty cells after them stay empty.
    const filled = filledLength(cells);
    const placed = filled > 0 && filled < width && above ? placeCells(cells.slice(0, filled), roles, '\n') : null;
    const first = placed ? placed.findIndex((cell) => cell !== undefined) : 0;
    if (!placed || !above || first <= 0) {
      out.push(cells);
      continue;
    }
    const loc = cells[0].loc;
    out.push(roles.map((_, c): Cell => placed[c] ?? (c < first ? { text: above[c]?.text ?? '', loc, merged: true } : { text: '', loc })));
  }
  return copyWith(block, { rows: out });
}

/**
 * Two short rows the reader joined as one row a cell's line break split
 * ("任务甲\t县局" ⏎ "任务乙\t县局" fill a three-column row): a row broken by a
 * line break starts at the first column and its first line's cells stand in
 * the columns they begin, so a first line whose cells fit later columns (it
 * lacks the cells merged over it) was a row of its own. Null when the row is
 * one line, or its first line fits where it stands.
 */
function unjoined(cells: readonly Cell[], roles: ReadonlyArray<FieldRole | null>): Cell[][] | null {
  const first = cells[0].loc.line;
  const k = cells.findIndex((c) => c.loc.line !== first);
  if (k < 1 || cells.some((c, i) => i >= k && c.loc.line !== cells[k].loc.line)) return null;
  const broken = cells[k - 1].text;
  const cut = broken.indexOf('\n');
  if (cut <= 0 || broken.indexOf('\n', cut + 1) >= 0) return null;
  const head = cells.slice(0, k - 1).concat(copyWith(cells[k - 1], { text: broken.slice(0, cut) }));
  const columns = alignRow(head.map((c) => cellKind(c.text)), roles);
  if (columns.every((c, i) => c === i)) return null;
  const tail: Cell = { text: broken.slice(cut + 1), loc: { line: cells[k].loc.line, column: 1 } };
  return [head, [tail, ...cells.slice(k)]];
}

/** A row short of the table's width (a caption, a table with no task header) ends in empty cells. */
function padded(row: readonly Cell[], width: number): Cell[] {
  const loc = row[row.length - 1]?.loc ?? { line: 1, column: 1 };
  return [...row, ...Array.from({ length: width - row.length }, (): Cell => ({ text: '', loc }))];
}
