import { printable } from './controls.js';
import { displayWidth, widestLine, wrapLines, type WrappedLine } from './width.js';
import { copyWith } from './objects.js';

/**
 * A boxed terminal table that fits a given width. Each cell is made
 * printable, measured once and wrapped once at its column's width, so the
 * whole table costs time linear in its text (the table library it replaces
 * re-measured a growing prefix on every character it truncated: cubic).
 */

export interface TableColumn {
  header: string;
  /** Narrowest the column may become, in columns of text. */
  min: number;
  /** Widest it may become (default: as wide as its widest line). */
  max?: number;
  /** How fast the column grows when columns must share the width (default 1). */
  share?: number;
  /** Lines a cell of this column shows at most; the last ends in "…". */
  maxLines?: number;
}

export interface TableCell {
  text: string;
  /** Colour for the cell's text, applied after it is measured and wrapped. */
  paint?: (text: string) => string;
}

export interface TableStyle {
  header?: (text: string) => string;
  border?: (text: string) => string;
}

/** Borders: one column between cells and at either edge, one space of padding on each side of a cell. */
const BORDER = 1;
const PADDING = 2;

/** The table's lines, none wider than `width` (when every column's minimum fits). */
export function renderTable(columns: readonly TableColumn[], rows: ReadonlyArray<ReadonlyArray<string | TableCell>>, width: number, style: TableStyle = {}): string {
  const cells = rows.map((row) => columns.map((_, c) => toCell(row[c])));
  const natural = columns.map((column, c) => {
    let widest = displayWidth(column.header);
    for (const row of cells) widest = Math.max(widest, widestLine(row[c].text));
    return Math.max(column.min, Math.min(column.max ?? Infinity, widest));
  });
  const widths = fit(natural, columns, width - BORDER - columns.length * (BORDER + PADDING));
  const border = style.border ?? ((s: string) => s);
  const rule = (left: string, middle: string, right: string) => border(left + widths.map((w) => '─'.repeat(w + PADDING)).join(middle) + right);
  const out = [rule('┌', '┬', '┐')];
  out.push(...rowLines(columns.map((column) => ({ text: column.header, paint: style.header })), widths, columns, border));
  for (const row of cells) {
    out.push(rule('├', '┼', '┤'));
    out.push(...rowLines(row, widths, columns, border));
  }
  out.push(rule('└', '┴', '┘'));
  return out.join('\n');
}

function toCell(cell: string | TableCell | undefined): TableCell {
  if (cell === undefined) return { text: '' };
  return typeof cell === 'string' ? { text: printable(cell) } : copyWith(cell, { text: printable(cell.text) });
}

/**
 * Column widths within `available`: each its natural width when they all
 * fit, else each grows with its share up to one level (found by bisection),
 * never below its minimum nor past its natural width.
 */
function fit(natural: readonly number[], columns: readonly TableColumn[], available: number): number[] {
  const at = (level: number) => natural.map((n, c) => Math.min(n, Math.max(columns[c].min, Math.floor(level * (columns[c].share ?? 1)))));
  const total = (level: number) => at(level).reduce((a, b) => a + b, 0);
  if (natural.reduce((a, b) => a + b, 0) <= available) return [...natural];
  const floor = total(0);
  // Even the minimums do not fit: they shrink together, to two columns (one wide character) at least.
  if (floor > available) return at(0).map((w) => Math.max(2, Math.floor((w * available) / floor)));
  let lo = 0;
  let hi = Math.max(...natural) * 8;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (total(mid) <= available) lo = mid;
    else hi = mid - 1;
  }
  const widths = at(lo);
  // What rounding left over goes to the columns still short of their natural width, left to right.
  let spare = available - widths.reduce((a, b) => a + b, 0);
  for (let c = 0; c < widths.length && spare > 0; c++) {
    const more = Math.min(spare, natural[c] - widths[c]);
    widths[c] += more;
    spare -= more;
  }
  return widths;
}

function rowLines(row: readonly TableCell[], widths: readonly number[], columns: readonly TableColumn[], border: (s: string) => string): string[] {
  const wrapped: WrappedLine[][] = row.map((cell, c) => (cell.text === '' ? [] : wrapLines(cell.text, widths[c], { maxLines: columns[c].maxLines })));
  const height = Math.max(1, ...wrapped.map((lines) => lines.length));
  const bar = border('│');
  const out: string[] = [];
  for (let k = 0; k < height; k++) {
    let line = bar;
    for (let c = 0; c < row.length; c++) {
      const piece = wrapped[c][k] ?? { text: '', width: 0 };
      const text = piece.text && row[c].paint ? row[c].paint!(piece.text) : piece.text;
      line += ` ${text}${' '.repeat(Math.max(0, widths[c] - piece.width))} ${bar}`;
    }
    out.push(line);
  }
  return out;
}
