import type { FieldRole } from '../../lexicon/field-labels.js';
import { ITEM_BULLETS } from '../../lexicon/table-layout.js';
import type { Block, Cell } from '../../model/block.js';
import { parseNumberLabel } from '../numbering.js';
import { boxAlphabet, displayWidth, readBoxLine, type BoxAlphabet, type BoxLine } from './box-lines.js';
import { cellKind, headerRole, isTaskHeader, settleColumnRoles } from './columns.js';
import { CELL_SEPARATOR, isParagraph, lineGap, type Recovered } from './pipe.js';

/**
 * Tables drawn with box characters in a text page. Pages that collapse runs of
 * spaces leave the columns out of line, so a line is read as its segments, one
 * per column (box-lines.ts), never by character position:
 *  - a rule segment in a column closes that column's cell only, so a cell of
 *    another column goes on across it (a vertically merged cell);
 *  - the header is the cells above the first rule across every column, a header
 *    cell wrapped over lines joined without a break (分管领 + 导 → 分管领导);
 *  - each cell of the task column is a row, or several when it holds several
 *    bulleted items (△…△…); the other columns give a row the cells its lines
 *    overlap, a cell spanning several rows repeated into each and marked merged.
 */
const MAX_GAP = 1;
/** Wider than any task table: a line of this many strokes is a drawing, not a header. */
const MAX_COLUMNS = 40;
/** Full rules tried as the header's lower edge: a two-level header has a rule inside it. */
const HEADER_RULES_TRIED = 3;
/** A wrapped line fills its column to within this display width (two CJK characters). */
const FULL_SLACK = 4;
const BOTTOM_CORNERS = /^[└╚╘╙┗┕┖╰]/;

interface Line {
  box: BoxLine;
  /** Index of the line's block. */
  at: number;
}

interface Piece {
  text: string;
  line: number;
}

/** What a line holds in one column. */
type Slot = { kind: 'rule' } | { kind: 'text'; text: string } | { kind: 'spanned' };

/** A cell of one column: the lines between two rules. */
interface BoxCell {
  from: number;
  to: number;
  pieces: Piece[];
  /** Every line of it is covered by a cell of a column to the left (spanned horizontally). */
  spanned: boolean;
  /** Already given to a row: later rows that overlap it take it merged. */
  given: boolean;
}

export function recoverBoxTable(blocks: readonly Block[], start: number): Recovered | null {
  if (!isParagraph(blocks[start])) return null;
  const alphabet = boxAlphabet(blocks[start].text);
  if (!alphabet) return null;
  const lines = boxRun(blocks, start, alphabet);
  // A lone stroke ("│" on a line of its own) draws no cell.
  if (lines.length === 0) return null;
  const end = start + lines.length;
  const table = readTable(blocks, lines);
  return { blocks: table ?? blocks.slice(start, end), end };
}

function boxRun(blocks: readonly Block[], start: number, alphabet: BoxAlphabet): Line[] {
  const lines: Line[] = [];
  for (let at = start; at < blocks.length && isParagraph(blocks[at]); at++) {
    if (at > start && lineGap(blocks[at - 1], blocks[at]) > MAX_GAP) break;
    const box = readBoxLine(blocks[at].text, alphabet);
    if (!box) break;
    lines.push({ box, at });
    // A second table may follow its bottom border at once.
    if (at > start && box.rule && BOTTOM_CORNERS.test(blocks[at].text.trim())) break;
  }
  return lines;
}

function readTable(blocks: readonly Block[], lines: readonly Line[]): Block[] | null {
  const header = findHeader(lines, blocks);
  if (!header) return null;
  const { rule, band, roles } = header;
  const ref = lines[rule].box;
  const slots = lines.map((l) => slotsOf(l.box, ref));
  const width = ref.segments.length;
  const cells = Array.from({ length: width }, (_, c) => columnCells(slots, rule + 1, c));
  const widths = Array.from({ length: width }, (_, c) => columnWidth(cells[c], slots.slice(band[0], rule), c));
  const contentColumn = settleColumnRoles(roles).findIndex((r) => r === 'content' || r === 'title');
  if (contentColumn < 0) return null;
  const locOf = (line: number) => blocks[lines[line].at].loc;
  const columns = cells.map((column, c) => new ColumnReader(column, widths[c], locOf));
  const rows: Cell[][] = [];
  for (const cell of cells[contentColumn]) {
    for (const item of items(cell)) {
      const row = columns.map((column, c): Cell => {
        if (c === contentColumn) {
          const text = joinPieces(item.pieces, widths[c]);
          return cell.spanned ? { text, loc: locOf(item.from), merged: true } : { text, loc: locOf(item.from) };
        }
        return column.cellFor(item);
      });
      if (row.some((cell) => !cell.merged && cell.text !== '')) rows.push(row);
    }
  }
  if (rows.length === 0) return null;
  const headerRow = headerCells(slots, band, width, locOf(band[0]));
  const caption = captionLines(lines, band[0], blocks);
  return [...caption, { kind: 'table', text: '', rows: [headerRow, ...rows], loc: locOf(band[0]), separator: CELL_SEPARATOR }];
}

/**
 * The header: the content lines above a full rule, read as a task header. The
 * band since the rule before is tried first (a caption row may stand above it),
 * then every content line from the top (a header with a rule inside).
 */
function findHeader(lines: readonly Line[], blocks: readonly Block[]): { rule: number; band: [number, number]; roles: Array<FieldRole | null> } | null {
  const firstContent = lines.findIndex((l) => !l.box.rule);
  if (firstContent < 0) return null;
  let tried = 0;
  let bandStart = firstContent;
  for (let k = firstContent + 1; k < lines.length && tried < HEADER_RULES_TRIED; k++) {
    if (!lines[k].box.rule) continue;
    tried++;
    if (lines[k].box.segments.length > MAX_COLUMNS) continue;
    for (const from of new Set([bandStart, firstContent])) {
      const ref = lines[k].box;
      const slots = lines.slice(0, k).map((l) => slotsOf(l.box, ref));
      const texts = headerCells(slots, [from, k], ref.segments.length, blocks[lines[from].at].loc).map((c) => c.text);
      const roles = texts.map(headerRole);
      if (isTaskHeader(roles, texts)) return { rule: k, band: [from, k], roles };
    }
    bandStart = k + 1;
  }
  return null;
}

/** Header cells: each column's pieces joined without a break (a header cell wraps, it does not list). */
function headerCells(slots: ReadonlyArray<readonly Slot[]>, [from, to]: [number, number], width: number, loc: Cell['loc']): Cell[] {
  return Array.from({ length: width }, (_, c): Cell => {
    const pieces = slots.slice(from, to).map((s) => s[c]);
    const text = pieces.map((s) => (s.kind === 'text' ? s.text : '')).join('');
    return pieces.every((s) => s.kind === 'spanned') ? { text, loc, merged: true } : { text, loc };
  });
}

/** Rows above the header band inside the box (a title across the table) stay as lines before it. */
function captionLines(lines: readonly Line[], headerStart: number, blocks: readonly Block[]): Block[] {
  return lines.slice(0, headerStart).flatMap((l): Block[] => {
    const text = l.box.segments.filter((s) => !s.rule && s.text !== '').map((s) => s.text).join(' ');
    return text ? [{ kind: 'paragraph', text, loc: blocks[l.at].loc }] : [];
  });
}

/**
 * What a line holds in each column of the reference rule. A line with as many
 * segments as columns maps one to one; a line spanning columns maps by position
 * (scaled, since collapsed spaces shorten lines): a segment takes the columns
 * whose middle it covers, the first gets its text, the others are spanned.
 * Positions are stretched so the line's inside meets the rule's.
 */
function slotsOf(line: BoxLine, ref: BoxLine): Slot[] {
  const width = ref.segments.length;
  if (line.segments.length === width) return line.segments.map((s): Slot => (s.rule ? { kind: 'rule' } : { kind: 'text', text: s.text }));
  const span = (b: BoxLine) => [b.segments[0].start, b.segments[b.segments.length - 1].end] as const;
  const [lineStart, lineEnd] = span(line);
  const [refStart, refEnd] = span(ref);
  const place = (x: number) => refStart + ((x - lineStart) * (refEnd - refStart)) / Math.max(1, lineEnd - lineStart);
  const middles = ref.segments.map((s) => (s.start + s.end) / 2);
  const slots: Slot[] = middles.map(() => ({ kind: 'text', text: '' }));
  for (const segment of line.segments) {
    const from = place(segment.start);
    const to = place(segment.end);
    let covered = middles.flatMap((m, c) => (m >= from && m <= to ? [c] : []));
    if (covered.length === 0) {
      const centre = (from + to) / 2;
      covered = [middles.reduce((best, m, c) => (Math.abs(m - centre) < Math.abs(middles[best] - centre) ? c : best), 0)];
    }
    covered.forEach((c, k) => {
      slots[c] = segment.rule ? { kind: 'rule' } : k === 0 ? { kind: 'text', text: segment.text } : { kind: 'spanned' };
    });
  }
  return slots;
}

/** The cells of column `c` below the header: runs of lines between its rules. */
function columnCells(slots: ReadonlyArray<readonly Slot[]>, first: number, c: number): BoxCell[] {
  const cells: BoxCell[] = [];
  let open: BoxCell | null = null;
  for (let line = first; line < slots.length; line++) {
    const slot = slots[line][c];
    if (slot.kind === 'rule') {
      if (open) cells.push(open);
      open = null;
      continue;
    }
    open ??= { from: line, to: line, pieces: [], spanned: true, given: false };
    open.to = line;
    if (slot.kind === 'text') {
      open.spanned = false;
      if (slot.text !== '') open.pieces.push({ text: slot.text, line });
    }
  }
  if (open) cells.push(open);
  return cells;
}

/** The widest line of a column, header included: a line this wide (less the slack) was wrapped. */
function columnWidth(cells: readonly BoxCell[], header: ReadonlyArray<readonly Slot[]>, c: number): number {
  const widths = [
    ...cells.flatMap((cell) => cell.pieces.map((p) => displayWidth(p.text))),
    ...header.map((s) => (s[c].kind === 'text' ? displayWidth(s[c].text) : 0)),
  ];
  return Math.max(0, ...widths);
}

const startsBullet = (text: string) => ITEM_BULLETS.some((b) => text.startsWith(b));
const startsItem = (text: string) => startsBullet(text) || parseNumberLabel(text) !== null;
const isOwnerName = (text: string) => {
  const kind = cellKind(text);
  return kind === 'org' || kind === 'person';
};

/**
 * A cell's lines as one text: a line that fills its column was wrapped and
 * goes on without a break; a new item (bullet, number), a short line, or one
 * owner name per line keeps its line break.
 */
function joinPieces(pieces: readonly Piece[], width: number): string {
  return pieces
    .map((p, k) => {
      if (k === 0) return p.text;
      const prev = pieces[k - 1].text;
      const broken = startsItem(p.text) || displayWidth(prev) < width - FULL_SLACK || (isOwnerName(prev) && isOwnerName(p.text));
      return (broken ? '\n' : '') + p.text;
    })
    .join('');
}

interface Item {
  from: number;
  to: number;
  pieces: Piece[];
}

/** A task cell holding several bulleted items is several rows, each over its own lines. */
function items(cell: BoxCell): Item[] {
  const starts = cell.pieces.flatMap((p, k) => (startsBullet(p.text) ? [k] : []));
  if (starts.length < 2) return [{ from: cell.from, to: cell.to, pieces: cell.pieces }];
  const bounds = starts[0] === 0 ? starts : [0, ...starts];
  return bounds.map((b, k) => {
    const next = bounds[k + 1];
    return {
      from: k === 0 ? cell.from : cell.pieces[b].line,
      to: next === undefined ? cell.to : cell.pieces[next].line - 1,
      pieces: cell.pieces.slice(b, next),
    };
  });
}

/**
 * Another column's cell for each row in turn: the cells the row's lines
 * overlap, merged when an earlier row had them. Rows come in line order, so
 * one pass over the column serves them all.
 */
class ColumnReader {
  private next = 0;
  private readonly texts = new Map<BoxCell, string>();

  constructor(
    private readonly cells: readonly BoxCell[],
    private readonly width: number,
    private readonly locOf: (line: number) => Cell['loc'],
  ) {}

  cellFor(item: Item): Cell {
    while (this.next < this.cells.length && this.cells[this.next].to < item.from) this.next++;
    const overlapping: BoxCell[] = [];
    for (let k = this.next; k < this.cells.length && this.cells[k].from <= item.to; k++) overlapping.push(this.cells[k]);
    if (overlapping.length === 0) return { text: '', loc: this.locOf(item.from) };
    const merged = overlapping.every((cell) => cell.given || cell.spanned);
    overlapping.forEach((cell) => (cell.given = true));
    const text = overlapping.map((cell) => this.textOf(cell)).filter(Boolean).join('\n');
    const loc = this.locOf(overlapping[0].pieces[0]?.line ?? overlapping[0].from);
    return merged ? { text, loc, merged: true } : { text, loc };
  }

  /** A cell spanning many rows is joined once. */
  private textOf(cell: BoxCell): string {
    let text = this.texts.get(cell);
    if (text === undefined) {
      text = joinPieces(cell.pieces, this.width);
      this.texts.set(cell, text);
    }
    return text;
  }
}
