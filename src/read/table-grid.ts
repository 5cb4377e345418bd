import type { Cell } from '../model/block.js';
import type { SourceLocation } from '../model/location.js';
import { ReadError } from './types.js';

/**
 * One source cell at a known grid position (0-based), possibly spanning
 * several rows and columns: a sheet merge range, or an HTML td with
 * rowspan/colspan after placement.
 */
export interface PlacedCell {
  row: number;
  col: number;
  rowSpan?: number;
  colSpan?: number;
  text: string;
  loc: SourceLocation;
}

/** A table row as the source lists it: only the cells that start in it (HTML). */
export interface SpanCell {
  text: string;
  loc: SourceLocation;
  rowSpan?: number; // 0 = to the end of the table, as in HTML
  colSpan?: number;
}

/** Upper bound for colspan, as in the HTML spec. */
const MAX_COLSPAN = 1000;

/**
 * The most cells a table Block may hold. A sheet with one cell in A1 and one
 * in XFD1048576 claims 17 billion; a real ledger of 10 000 rows × 30 columns
 * holds 300 000. Each cell is an object with its location (~150 bytes).
 */
export const MAX_GRID_CELLS = 1_000_000;

/** Filling spans touches at most this many slots; overlapping merges cannot multiply the work. */
const MAX_FILL_STEPS = 4 * MAX_GRID_CELLS;

/**
 * Resolves spanning cells into the Block convention: the top-left text is
 * repeated (merged: true) into the rows below in the first column of the
 * span; every other slot of the span is empty with merged: true. Slots no
 * cell covers become empty cells so every row has the same width. Cells are
 * taken in order and a slot already covered keeps its first owner, which is
 * how a sheet's value inside someone else's merge range is dropped.
 * `locAt` names the location of a slot that has no source cell of its own.
 */
export function resolveGrid(cells: PlacedCell[], locAt: (row: number, col: number) => SourceLocation): Cell[][] {
  const { rows, cols } = extent(cells);
  return fillRows(cells, Array.from({ length: rows }, (_, r) => r), cols, locAt);
}

/**
 * resolveGrid, then dropEmptyRows, without building the rows that would be
 * dropped: only rows where some cell starts are made (a row with none holds
 * only continuations from above). Memory follows the cells a file really
 * has, not the range it claims: rowspan=0 over 100 000 rows, a merge over a
 * million, or 1 MB of blank lines stay as small as their text.
 */
export function resolveTextRows(cells: PlacedCell[], locAt: (row: number, col: number) => SourceLocation): Cell[][] {
  const { cols } = extent(cells);
  const starts = [...new Set(cells.map((c) => c.row))].sort((a, b) => a - b);
  return dropEmptyRows(fillRows(cells, starts, cols, locAt));
}

function extent(cells: PlacedCell[]): { rows: number; cols: number } {
  let rows = 0;
  let cols = 0;
  for (const c of cells) {
    rows = Math.max(rows, c.row + (c.rowSpan ?? 1));
    cols = Math.max(cols, c.col + (c.colSpan ?? 1));
  }
  return { rows, cols };
}

/** The grid over the source rows `rowNumbers` (ascending), each `cols` wide. */
function fillRows(cells: PlacedCell[], rowNumbers: number[], cols: number, locAt: (row: number, col: number) => SourceLocation): Cell[][] {
  if (rowNumbers.length * cols > MAX_GRID_CELLS)
    throw new ReadError('too-large', `a table spans ${rowNumbers.length} rows × ${cols} columns (limit ${MAX_GRID_CELLS} cells)`);
  const grid: (Cell | undefined)[][] = rowNumbers.map(() => new Array<Cell | undefined>(cols));
  const indexOf = new Map(rowNumbers.map((row, i) => [row, i]));
  let steps = 0;
  for (const cell of cells) {
    const first = indexOf.get(cell.row)!;
    if (grid[first][cell.col]) continue;
    const lastRow = cell.row + (cell.rowSpan ?? 1);
    const lastCol = cell.col + (cell.colSpan ?? 1);
    for (let i = first; i < rowNumbers.length && rowNumbers[i] < lastRow; i++) {
      if ((steps += lastCol - cell.col) > MAX_FILL_STEPS)
        throw new ReadError('too-large', `a table's merged cells overlap too often (limit ${MAX_FILL_STEPS} cells filled)`);
      const line = grid[i];
      for (let c = cell.col; c < lastCol; c++) {
        if (line[c]) continue;
        if (i === first && c === cell.col) line[c] = { text: cell.text, loc: cell.loc };
        else if (c === cell.col) line[c] = { text: cell.text, loc: locAt(rowNumbers[i], c), merged: true };
        else line[c] = { text: '', loc: locAt(rowNumbers[i], c), merged: true };
      }
    }
  }
  return grid.map((line, i) => Array.from(line, (cell, c) => cell ?? { text: '', loc: locAt(rowNumbers[i], c) }));
}

/**
 * The HTML table algorithm: each row lists only the cells that start in it,
 * so a cell goes to the first column not taken by a rowspan from above.
 * Spans are bounded by the table itself: a rowspan by the rows left
 * (rowspan=0 means exactly that, "to the end of the group"), a colspan by
 * the most cells any row lists (and 1000, as in the HTML spec). Which
 * column is taken until which row is one number per column, so placing costs
 * the width of each row, never rows × spans.
 */
export function placeRows(rows: SpanCell[][]): PlacedCell[] {
  const maxColSpan = Math.min(MAX_COLSPAN, rows.reduce((most, row) => Math.max(most, row.length), 1));
  const takenUntil: number[] = [];
  const placed: PlacedCell[] = [];
  rows.forEach((row, r) => {
    let col = 0;
    for (const cell of row) {
      while ((takenUntil[col] ?? 0) > r) col++;
      const rowSpan = clampRowSpan(cell.rowSpan, r, rows.length);
      const colSpan = Math.min(Math.max(cell.colSpan ?? 1, 1), maxColSpan);
      for (let c = col; c < col + colSpan; c++) takenUntil[c] = Math.max(takenUntil[c] ?? 0, r + rowSpan);
      placed.push({ row: r, col, rowSpan, colSpan, text: cell.text, loc: cell.loc });
      col += colSpan;
    }
    if ((r + 1) * takenUntil.length > MAX_GRID_CELLS)
      throw new ReadError('too-large', `a table spans ${r + 1} rows × ${takenUntil.length} columns (limit ${MAX_GRID_CELLS} cells)`);
  });
  return placed;
}

function clampRowSpan(span: number | undefined, row: number, rowCount: number): number {
  const left = rowCount - row;
  if (span === 0) return left;
  return Math.min(Math.max(span ?? 1, 1), left);
}

/**
 * Keeps the rows that say something new: a row whose only text is merged
 * continuation from above (e.g. the second row of a tall title) is noise.
 */
export function dropEmptyRows(rows: Cell[][]): Cell[][] {
  return rows.filter((row) => row.some((cell) => !cell.merged && cell.text.trim() !== ''));
}
