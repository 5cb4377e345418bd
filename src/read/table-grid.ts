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

/** Upper bound for colspan, as in the HTML spec; keeps hostile markup from allocating huge rows. */
const MAX_COLSPAN = 1000;

/** A sheet with one cell in A1 and one in XFD1048576 must not allocate 17 billion cells. */
export const MAX_GRID_CELLS = 10_000_000;

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
  if (rows * cols > MAX_GRID_CELLS)
    throw new ReadError('too-large', `a table spans ${rows} rows × ${cols} columns (limit ${MAX_GRID_CELLS} cells)`);
  const grid: (Cell | undefined)[][] = Array.from({ length: rows }, () => new Array<Cell | undefined>(cols));
  for (const cell of cells) fill(grid, cell, locAt);
  return grid.map((line, r) => Array.from(line, (cell, c) => cell ?? { text: '', loc: locAt(r, c) }));
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

/** Writes one cell's span into the grid; slots already owned stay as they are. */
function fill(grid: (Cell | undefined)[][], cell: PlacedCell, locAt: (row: number, col: number) => SourceLocation): void {
  if (grid[cell.row][cell.col]) return;
  const lastRow = cell.row + (cell.rowSpan ?? 1);
  const lastCol = cell.col + (cell.colSpan ?? 1);
  for (let r = cell.row; r < lastRow; r++) {
    for (let c = cell.col; c < lastCol; c++) {
      if (grid[r][c]) continue;
      if (r === cell.row && c === cell.col) grid[r][c] = { text: cell.text, loc: cell.loc };
      else if (c === cell.col) grid[r][c] = { text: cell.text, loc: locAt(r, c), merged: true };
      else grid[r][c] = { text: '', loc: locAt(r, c), merged: true };
    }
  }
}

/**
 * The HTML table algorithm: each row lists only the cells that start in it,
 * so a cell goes to the first column not taken by a rowspan from above.
 * Rowspans are clipped to the table's last row (rowspan=0 means exactly that).
 */
export function placeRows(rows: SpanCell[][]): PlacedCell[] {
  const taken: Set<number>[] = rows.map(() => new Set<number>());
  const placed: PlacedCell[] = [];
  rows.forEach((row, r) => {
    let col = 0;
    for (const cell of row) {
      while (taken[r].has(col)) col++;
      const rowSpan = clampRowSpan(cell.rowSpan, r, rows.length);
      const colSpan = Math.min(Math.max(cell.colSpan ?? 1, 1), MAX_COLSPAN);
      for (let rr = r; rr < r + rowSpan; rr++) for (let cc = col; cc < col + colSpan; cc++) taken[rr].add(cc);
      placed.push({ row: r, col, rowSpan, colSpan, text: cell.text, loc: cell.loc });
      col += colSpan;
    }
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
