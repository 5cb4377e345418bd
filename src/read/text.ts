import { isVerticalText } from '../text/vertical.js';
import type { Block, Cell } from '../model/block.js';
import { decodeText } from './decode.js';
import { parseDirective } from './directives.js';
import { restoreLostSpaces } from './lost-spaces.js';
import { decodeEntities } from '../text/entities.js';
import { plainSpaces } from '../text/space.js';
import type { DisableDirective, Reader } from './types.js';

/**
 * Plain text as clerks have it: Word's "save as text", web pages copied out.
 * A line scanner, not a Markdown parser. Each line is a paragraph; three kinds
 * of table are recognised:
 *  - Word's export, where every cell starts a line with a TAB, a cell may go on
 *    for several lines (blank ones included) and the header row, ended by a
 *    blank line, tells how many cells make a row;
 *  - rows of TAB-separated cells on one line (copied from a web page, a row
 *    lacks the cells merged over it and is shorter than the header);
 *  - Markdown pipe tables (| a | b | over | --- | --- |).
 */
export const readText: Reader = async (bytes, options) => {
  const { text, encoding, repaired } = decodeText(bytes, options.encoding);
  const { blocks, directives } = textToBlocks(restoreLostSpaces(plainSpaces(decodeEntities(text))));
  return { format: 'text', encoding, blocks, warnings: repaired ? [repaired] : [], directives };
};

interface Scan {
  lines: string[];
  blocks: Block[];
  directives: DisableDirective[];
}

export function textToBlocks(text: string): { blocks: Block[]; directives: DisableDirective[] } {
  const scan: Scan = { lines: text.split('\n'), blocks: [], directives: [] };
  const { lines } = scan;
  let i = 0;
  while (i < lines.length) {
    const line = lines[i];
    if (isBlank(line)) {
      i++;
      continue;
    }
    const directive = parseDirective(line, { line: i + 1, column: 1 });
    if (directive) {
      scan.directives.push(directive);
      i++;
      continue;
    }
    const next =
      (line.startsWith('\t') && readWordTable(scan, i)) ||
      (isPipeRow(line) && readPipeTable(scan, i)) ||
      (line.includes('\t') && readInlineTabTable(scan, i)) ||
      readParagraph(scan, i);
    i = next;
  }
  return { blocks: scan.blocks, directives: scan.directives };
}

/** Whitespace of every width counts: NBSP and the ideographic space fill "blank" lines in exports. */
function isBlank(line: string): boolean {
  return /^[\s\u00a0\u3000]*$/.test(line);
}

/** Characters of indentation before a line's text. */
function leadingWidth(line: string): number {
  const text = line.search(/[^\s\u00a0\u3000]/);
  return text < 0 ? line.length : text;
}

function readParagraph(scan: Scan, i: number): number {
  const line = scan.lines[i];
  scan.blocks.push({
    kind: 'paragraph',
    text: line.trim(),
    loc: { line: i + 1, column: leadingWidth(line) + 1 },
  });
  return i + 1;
}

// ── Word's TAB-cell export ────────────────────────────────────────────────

interface RawCell {
  lines: string[];
  line: number;
}

/** A continuation of a row's last cell longer than this, after the row is full, is body text. */
const MAX_TRAILING_CONTINUATION = 30;

function readWordTable(scan: Scan, start: number): number | false {
  const { lines } = scan;
  const header: RawCell[] = [];
  let i = start;
  // The header row: cells up to the first blank line.
  for (; i < lines.length && !isBlankNotCell(lines[i]); i++) addLine(header, lines[i], i);
  if (header.length < 2) return false;
  const width = header.length;

  const rows: RawCell[][] = [header];
  let row: RawCell[] = [];
  let blankBefore = false;
  for (; i < lines.length; i++) {
    const line = lines[i];
    if (isBlankNotCell(line)) {
      blankBefore = true;
      continue;
    }
    if (line.startsWith('\t')) {
      for (const part of line.slice(1).split('\t')) {
        if (row.length === width) {
          rows.push(row);
          row = [];
        }
        row.push({ lines: [part], line: i + 1 });
      }
    } else {
      const rowIsFull = row.length === width;
      if (row.length === 0) break;
      if (rowIsFull && (blankBefore || line.trim().length > MAX_TRAILING_CONTINUATION)) break;
      row[row.length - 1].lines.push(line);
    }
    blankBefore = false;
  }
  if (row.length > 0) rows.push(padRow(row, width));

  scan.blocks.push({
    kind: 'table',
    text: '',
    rows: rows.map((cells, r) => cells.map((cell) => toCell(cell, r === 0))),
    loc: { line: start + 1, column: 1 },
    separator: '\t',
  });
  return i;
}

/** A lone TAB is an empty cell, not a blank line. */
function isBlankNotCell(line: string): boolean {
  return !line.startsWith('\t') && isBlank(line);
}

function addLine(cells: RawCell[], line: string, index: number): void {
  if (line.startsWith('\t')) {
    for (const part of line.slice(1).split('\t')) cells.push({ lines: [part], line: index + 1 });
  } else if (cells.length > 0) {
    cells[cells.length - 1].lines.push(line);
  } else {
    cells.push({ lines: [line], line: index + 1 });
  }
}

function padRow(row: RawCell[], width: number): RawCell[] {
  const last = row[row.length - 1];
  while (row.length < width) row.push({ lines: [], line: last.line });
  return row;
}

function toCell(raw: RawCell, isHeader: boolean): Cell {
  const parts = raw.lines.map((l) => l.trim()).filter((l) => l.length > 0);
  const joinWith = isHeader || isVerticalText(parts) ? '' : '\n';
  return { text: parts.join(joinWith), loc: { line: raw.line, column: 2 } };
}

// ── TAB-separated cells on one line ───────────────────────────────────────

function readInlineTabTable(scan: Scan, start: number): number | false {
  const { lines } = scan;
  const width = tableWidth(lines, start);
  if (width < 2) return false;
  const rows: Cell[][] = [];
  let i = start;
  while (i < lines.length && !isBlank(lines[i])) {
    if (rows.length > 0 && isSectionHeading(lines[i])) {
      rows.push(sectionRow(lines[i], i, width));
      i++;
      continue;
    }
    const row = tabRow(lines, i, width) ?? shortRow(lines, i, width);
    if (!row) break;
    rows.push(row.cells);
    i = row.next;
  }
  while (rows.length > 0 && rows[rows.length - 1].slice(1).every((cell) => cell.merged)) {
    rows.pop();
    i--;
  }
  if (rows.length < 2) return false;
  scan.blocks.push({ kind: 'table', text: '', rows, loc: { line: start + 1, column: 1 }, separator: '\t' });
  return i;
}

/**
 * The most cells a line of the table holds: a header may break over two lines
 * ("工作任务\t具体要求" ⏎ "\t责任单位") and a row lose cells merged over it, so
 * the first line alone may be short. TABs a line ends in add no column: an
 * empty cell at a row's end is the copy's, the header's width still counts.
 */
function tableWidth(lines: readonly string[], start: number): number {
  let width = 0;
  for (let i = start; i < lines.length && !isBlank(lines[i]) && (lines[i].includes('\t') || lines[i + 1]?.includes('\t')); i++) {
    width = Math.max(width, lines[i].trimEnd().split('\t').length);
  }
  return width;
}

/**
 * A heading between the rows (一、经济发展, （二）民生保障), on a line without a TAB: it heads the rows
 * below it, a row across the table, and is no part of the next row's first cell.
 */
const SECTION_HEADING = /^\s*(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[)）])\S/;
const MAX_SECTION_HEADING = 40;

function isSectionHeading(line: string): boolean {
  return !line.includes('\t') && line.trim().length <= MAX_SECTION_HEADING && SECTION_HEADING.test(line);
}

function sectionRow(line: string, index: number, width: number): Cell[] {
  const loc = { line: index + 1, column: 1 };
  return [{ text: line.trim(), loc }, ...Array.from({ length: width - 1 }, (): Cell => ({ text: '', loc, merged: true }))];
}

/**
 * A row copied from a web page whose cells the page merged over several rows:
 * the merged cells are simply missing, so the line holds fewer cells than the
 * header (and no TABs for them). Kept short, on its own, when it cannot be the
 * first piece of a row its broken cell splits over lines; the layout stage puts
 * its cells under their columns by what they hold.
 */
function shortRow(lines: readonly string[], index: number, width: number): { cells: Cell[]; next: number } | null {
  const line = lines[index];
  // A line of one cell is a row between rows, not body text after the table, when a row follows it.
  if (!line.includes('\t') && !lines[index + 1]?.includes('\t')) return null;
  const cells = lineCells(line, index);
  return cells.length < width ? { cells, next: index + 1 } : null;
}

function lineCells(line: string, index: number): Cell[] {
  let column = 1;
  return line.split('\t').map((part): Cell => {
    const cell = { text: part.trim(), loc: { line: index + 1, column } };
    column += part.length + 1;
    return cell;
  });
}

/** Lines a row may run over: a cell that holds line breaks (Word writes them into the text as they are). */
const MAX_ROW_LINES = 8;

/**
 * One row of `width` cells from line `start` on. A cell that held line breaks
 * splits its row over lines ("2\t完成植树" ⏎ "造林\t县林业局\t5月底"): the
 * lines are joined, the broken cell keeping its breaks, until the row has its
 * width. Null when it never does (overshoots, or runs into a blank line).
 */
function tabRow(lines: readonly string[], start: number, width: number): { cells: Cell[]; next: number } | null {
  const cells: Cell[] = [];
  for (let i = start; i < lines.length && i - start < MAX_ROW_LINES && !isBlank(lines[i]); i++) {
    const parts = lineCells(lines[i], i);
    const last = cells[cells.length - 1];
    if (last) last.text = `${last.text}\n${parts[0].text}`.trim();
    cells.push(...(last ? parts.slice(1) : parts));
    // Empty cells past the header's width are TABs the copy left at the row's end, not cells.
    while (cells.length > width && cells[cells.length - 1].text === '') cells.pop();
    if (cells.length === width) return { cells, next: i + 1 };
    if (cells.length > width) return null;
  }
  return null;
}

// ── Pipe tables ───────────────────────────────────────────────────────────

const PIPE_ROW = /^\s*\|.*\|\s*$/;
const PIPE_SEPARATOR = /^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$/;

function isPipeRow(line: string): boolean {
  return PIPE_ROW.test(line);
}

/**
 * A Markdown table in a text file (its second line is the | --- | rule).
 * Other "|" rows — the ways web pages flatten tables — are recovered by the
 * layout stage of extraction, which knows their many forms.
 */
function readPipeTable(scan: Scan, start: number): number | false {
  const { lines } = scan;
  if (!PIPE_SEPARATOR.test(lines[start + 1] ?? '')) return false;
  let i = start;
  const rows: Cell[][] = [];
  for (; i < lines.length && isPipeRow(lines[i]); i++) {
    if (PIPE_SEPARATOR.test(lines[i])) continue;
    rows.push(splitPipeRow(lines[i], i + 1));
  }
  if (rows.length < 2) return false;
  scan.blocks.push({ kind: 'table', text: '', rows, loc: { line: start + 1, column: 1 } });
  return i;
}

function splitPipeRow(line: string, lineNo: number): Cell[] {
  const cells: Cell[] = [];
  const body = line.trim().slice(1, -1);
  let current = '';
  const column = line.indexOf('|') + 2;
  let cellStart = column;
  for (let k = 0; k < body.length; k++) {
    const ch = body[k];
    if (ch === '\\' && body[k + 1] === '|') {
      current += '|';
      k++;
    } else if (ch === '|') {
      cells.push(pipeCell(current, lineNo, cellStart));
      current = '';
      cellStart = column + k + 1;
    } else {
      current += ch;
    }
  }
  cells.push(pipeCell(current, lineNo, cellStart));
  return cells;
}

function pipeCell(raw: string, line: number, column: number): Cell {
  return { text: raw.replace(/<br\s*\/?>/gi, '\n').trim(), loc: { line, column } };
}
