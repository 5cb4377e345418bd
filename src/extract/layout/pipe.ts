import type { Block, Cell } from '../../model/block.js';
import { cellKind, headerRole, isTaskHeader, MAX_HEADER_CELL, settleColumnRoles } from './columns.js';
import { buildGrid, filledLength, type RawRow } from './grid.js';
import { streamRows } from './stream.js';
import { parseNumberLabel } from '../numbering.js';
import { PORTAL_FACT_CELL, PORTAL_META_LABEL } from '../../lexicon/document.js';
import { copyWith } from '../../text/objects.js';

/**
 * Tables that web pages flatten with "|" between cells, in the forms seen in
 * the wild:
 *  - one row per line, with or without a leading "|", ending in "|" or not
 *    ("工作任务 | 具体要求 | 责任部门 |");
 *  - a row broken over lines: a line that does not end in "|" goes on on the
 *    next one (inside a cell, or at a cell boundary when the next line starts
 *    with "|");
 *  - one cell per line, each followed by "|" on its own line or at the line's
 *    end, with no sign of where rows end (then rows are found by their 序号).
 * The cells of a row as the page gave them go to grid.ts to be aligned.
 */
const PIPE = /[|｜]/;
const SPLIT = /[|｜]/;
/** A row of two or more cells on most lines: the lines are rows. Otherwise the cells stream. */
const ROW_MODE_SHARE = 0.5;
/** Blank lines a run may hold between two of its lines. */
const MAX_GAP = 1;
/** Lines without "|" a broken cell may run over before the run is over. */
const MAX_OPEN_LINES = 12;

export const CELL_SEPARATOR = ' | ';

interface Token {
  cells: Cell[];
  /** Index of the cell after which a line ended in "|": where rows may end. */
  rowEnds: number[];
  /** The block where each cell started. */
  cellBlocks: number[];
}

const endsWithPipe = (text: string) => /[|｜]\s*$/.test(text);
export const isParagraph = (b: Block | undefined): b is Block => b !== undefined && b.kind === 'paragraph';

export function lineGap(a: Block, b: Block): number {
  return a.loc.line !== undefined && b.loc.line !== undefined ? b.loc.line - a.loc.line - 1 : 0;
}

/** The blocks of a pipe run starting at `start`: lines with "|" and the lines of a cell left open between them. */
function runEnd(blocks: readonly Block[], start: number): number {
  let end = start + 1;
  let open = !endsWithPipe(blocks[start].text);
  let openLines = 0;
  while (end < blocks.length && isParagraph(blocks[end]) && lineGap(blocks[end - 1], blocks[end]) <= MAX_GAP) {
    const text = blocks[end].text;
    if (PIPE.test(text)) {
      open = !endsWithPipe(text);
      openLines = 0;
    } else if ((open && openLines < MAX_OPEN_LINES && pipeAhead(blocks, end)) || opensBeforePipe(blocks, end) || cellBeforeLonePipe(blocks, end)) {
      openLines++;
    } else {
      break;
    }
    end++;
  }
  return end;
}

/**
 * A cell on a line of its own, its "|" on the next ("具体要求" ⏎ "|"). A line before a whole row
 * ("某区2024年项目清单" ⏎ "| 序号 | 项目 | 单位 |") is the table's title, not its first cell.
 */
function opensBeforePipe(blocks: readonly Block[], at: number): boolean {
  const next = blocks[at + 1];
  if (!isParagraph(next) || lineGap(blocks[at], next) > MAX_GAP) return false;
  const text = next.text.trim();
  return /^[|｜]/.test(text) && !WHOLE_ROW.test(text);
}

/**
 * A cell of several lines where each cell stands on lines of its own between "|" lines: the page broke the
 * cell's text ("…严格执行政府" ⏎ "信息公开制度…" ⏎ "|"). The lines go on to the next lone "|".
 */
function cellBeforeLonePipe(blocks: readonly Block[], at: number): boolean {
  if (!LONE_PIPE.test(blocks[at - 1].text)) return false;
  for (let k = at + 1; k < Math.min(blocks.length, at + MAX_OPEN_LINES); k++) {
    if (!isParagraph(blocks[k]) || lineGap(blocks[k - 1], blocks[k]) > MAX_GAP) return false;
    if (PIPE.test(blocks[k].text)) return LONE_PIPE.test(blocks[k].text);
  }
  return false;
}

const LONE_PIPE = /^\s*[|｜]\s*$/;

/** A row with its edge pipes and two cells or more: "| 序号 | 项目名称 |". */
const WHOLE_ROW = /^[|｜][^|｜]+[|｜][^|｜]+[|｜]/;

/** A line with "|" follows within the reach of an open cell. */
function pipeAhead(blocks: readonly Block[], from: number): boolean {
  for (let k = from + 1; k < Math.min(blocks.length, from + MAX_OPEN_LINES); k++) {
    if (!isParagraph(blocks[k])) return false;
    if (PIPE.test(blocks[k].text)) return true;
  }
  return false;
}

/** The empty cells that end a row: " | | |". */
const TRAILING_EMPTY_CELLS = /(?:\s*[|｜])+\s*$/;

/**
 * Rows written without edge pipes ("序号 | 任务 | 责任单位", one row a line): every
 * line of the run holds the same number of "|", none at either end. Then a
 * line's end is a row's end, not a cell going on.
 */
function linesAreRows(blocks: readonly Block[], start: number, end: number): boolean {
  if (end - start < 2) return false;
  let pipes = -1;
  for (let b = start; b < end; b++) {
    const text = blocks[b].text.trim();
    // A heading across the table, its empty cells left as pipes ("一、经济发展 | | | |"), is a row too.
    const heading = text.replace(TRAILING_EMPTY_CELLS, '');
    if (heading !== text && heading !== '' && !PIPE.test(heading)) continue;
    const count = text.split(SPLIT).length - 1;
    if (count === 0 || /^[|｜]|[|｜]$/.test(text) || (pipes >= 0 && count !== pipes)) return false;
    pipes = count;
  }
  return true;
}

function tokenize(blocks: readonly Block[], start: number, end: number, rowPerLine: boolean): Token {
  const token: Token = { cells: [], rowEnds: [], cellBlocks: [] };
  let current: string[] = [];
  let currentBlock = start;
  let currentLoc = blocks[start].loc;
  const push = () => {
    token.cells.push({ text: current.join('\n').trim(), loc: currentLoc });
    token.cellBlocks.push(currentBlock);
    current = [];
  };
  for (let b = start; b < end; b++) {
    const block = blocks[b];
    const parts = block.text.split(SPLIT);
    // A row's leading edge pipe ("| 序号 | 任务 |") opens its first cell; it closes none when no cell is open.
    // A heading across the table between its edge pipes ("| 二、民生保障 |") has them too.
    const filled = parts.filter((part) => part.trim() !== '').length;
    const edge = current.length === 0 && parts[0].trim() === '' && (filled >= 2 || (filled === 1 && rowPerLineHeading(block.text)));
    parts.forEach((part, k) => {
      if (k === 0 && edge) return;
      if (k === 1 && edge) {
        currentBlock = b;
        currentLoc = block.loc;
      } else if (k > 0) {
        push();
        currentBlock = b;
        currentLoc = block.loc;
      } else if (current.length === 0) {
        currentBlock = b;
        currentLoc = block.loc;
      }
      if (part.trim() !== '' || k === 0) current.push(part.trim());
    });
    if (endsWithPipe(block.text)) {
      current = [];
      token.rowEnds.push(token.cells.length);
    } else if (rowPerLine) {
      push();
      token.rowEnds.push(token.cells.length);
    }
  }
  if (current.some((t) => t !== '')) push();
  return token;
}

/** A whole line between edge pipes that is a numbered heading ("| 二、民生保障 |"): a row of one cell across the table. */
function rowPerLineHeading(text: string): boolean {
  const inner = text.trim();
  if (!/^[|｜]/.test(inner) || !endsWithPipe(inner)) return false;
  const label = parseNumberLabel(inner.slice(1, -1).trim());
  return label !== null && label.style === 'cn-dun';
}

/** Split the cells at the row ends; a row of nothing but empty cells goes. */
function segments(token: Token): Array<{ cells: Cell[]; first: number }> {
  const out: Array<{ cells: Cell[]; first: number }> = [];
  let from = 0;
  for (const end of [...token.rowEnds, token.cells.length]) {
    if (end <= from) continue;
    const cells = token.cells.slice(from, end);
    if (cells.some((c) => c.text !== '')) out.push({ cells, first: token.cellBlocks[from] });
    from = end;
  }
  return out;
}

/** A row that labels a portal's facts (成文日期: | 发布日期: | 2020-01-02 |) is page metadata, never a table's header. */
function isHeaderRow(cells: readonly Cell[]): boolean {
  const filled = cells.filter((c) => c.text !== '');
  if (filled.some((c) => (c.text.includes(':') || c.text.includes('：')) && PORTAL_META_LABEL.test(c.text.trim()))) return false;
  if (filled.some((c) => c.text.replace(/\s+/g, '').length > MAX_HEADER_CELL)) return false;
  return isTaskHeader(filled.map((c) => headerRole(c.text)), filled.map((c) => c.text));
}

export interface Recovered {
  /** What stands in place of blocks[start, end): paragraphs before the header, then the table. */
  blocks: Block[];
  end: number;
}

/**
 * The pipe run starting at `start`, with the task table in it recovered; null
 * when no run starts here. A run that holds no task table (a page's metadata
 * rows) comes back as it was, so the caller moves past it in one step.
 */
export function recoverPipeTable(blocks: readonly Block[], start: number): Recovered | null {
  if (!isParagraph(blocks[start])) return null;
  const text = blocks[start].text;
  // A cell may stand on the line before its "|" ("工作任务" ⏎ "|").
  const opensCell = !PIPE.test(text) && opensBeforePipe(blocks, start);
  if (!PIPE.test(text) && !opensCell) return null;
  let end = runEnd(blocks, opensCell ? start + 1 : start);
  // The excerpt may stop inside the table: a last line without "|" is its cut-off row, as close to the run as its
  // rows are to each other (a page that puts a blank line after every line puts one before it too).
  const rowGap = end - start >= 2 ? lineGap(blocks[end - 2], blocks[end - 1]) : 0;
  if (end === blocks.length - 1 && isParagraph(blocks[end]) && lineGap(blocks[end - 1], blocks[end]) <= rowGap) end++;
  const rowPerLine = linesAreRows(blocks, start, end);
  const token = tokenize(blocks, start, end, rowPerLine);
  const rows = segments(token);
  const multi = rows.filter((r) => r.cells.length >= 2).length;
  const cut = end === blocks.length && !endsWithPipe(blocks[end - 1].text) && !rowPerLine;
  // A whole table run onto one line (| 序号 | 任务 | 单位 | 1 | … | 2 | …) is one "row" holding every cell: it streams.
  const table = multi >= rows.length * ROW_MODE_SHARE ? (rowTable(rows, cut) ?? runOnTable(rows, token, cut)) : streamTable(token, cut);
  if (!table) return { blocks: blocks.slice(start, end), end };
  const before = blocks.slice(start, table.first);
  // The table's title run onto its header's line (某县2024年工作清单 | 序号 | 任务 | …) stays a line of its own.
  if (table.caption) before.push(copyWith(blocks[table.first], { text: table.caption }));
  return { blocks: [...before, { kind: 'table', text: '', rows: table.rows, loc: blocks[table.first].loc, separator: CELL_SEPARATOR }], end };
}

/** A table found in a pipe run: its rows, the block it starts in, and its title when run onto its header's line. */
interface FoundTable {
  rows: Cell[][];
  first: number;
  caption?: string;
}

function rowTable(rows: Array<{ cells: Cell[]; first: number }>, cut: boolean): FoundTable | null {
  const h = rows.findIndex((r) => isHeaderRow(r.cells));
  if (h < 0 || h + 1 >= rows.length) return null;
  // A two-level header (责任单位 | ⏎ | 牵头单位 | 配合单位): the lower row names the columns the upper one spans.
  const lower = lowerHeader(rows[h].cells, rows[h + 1].cells);
  const first = lower ? h + 2 : h + 1;
  if (first >= rows.length) return null;
  const data: RawRow[] = rows.slice(first).map((r) => ({ cells: r.cells, padded: /^\s*$/.test(r.cells[r.cells.length - 1]?.text ?? '') }));
  const named = rows[h].cells.filter((c) => c.text !== '');
  // A portal's fact cells run onto the header's line stay the page's facts, a line before the table.
  const { start, facts } = lower ? { start: 0, facts: false } : headerStart(named);
  const caption = facts && start > 0 ? named.slice(0, start).map((c) => c.text).join(CELL_SEPARATOR) : '';
  const header = lower ?? widenSpanningHeader(caption ? named.slice(start) : named, cut ? data.slice(0, -1) : data);
  const roles = settleColumnRoles(header.map((c) => headerRole(c.text)));
  const found: FoundTable = { rows: [header, ...buildGrid(data, roles, cut)], first: rows[h].first };
  if (caption) found.caption = caption;
  return found;
}

/**
 * The row under a header that names the parts of a column the header spans
 * (| 责任单位 | | ⏎ | | 牵头单位 | 配合单位 |): as many cells as the header,
 * every cell it fills a column name, one at least where the header's cell is
 * empty. The header it makes, lower names first; null when it is a row.
 */
function lowerHeader(header: readonly Cell[], row: readonly Cell[]): Cell[] | null {
  if (row.length !== header.length) return null;
  const filled = row.flatMap((cell, c) => (cell.text.trim() ? [c] : []));
  if (filled.length === 0 || !filled.some((c) => !header[c].text.trim())) return null;
  if (filled.some((c) => headerRole(row[c].text) === null || cellKind(row[c].text) === 'number')) return null;
  const merged = header.map((cell, c) => (row[c].text.trim() ? row[c] : cell));
  return merged.every((cell) => cell.text.trim()) ? merged : null;
}

/** A merged header cell spans at most this many columns more than its own. */
const MAX_SPANNED = 3;
const TEXT_ROLES = new Set(['group', 'content', 'title', 'category']);

/**
 * The header of a table whose rows are wider than it: its first cell was
 * merged over the columns that group the tasks ("工作任务" over 一级任务 |
 * 二级任务 | 序号, flattened to one cell). The header gets a cell for each
 * spanned column: a 序号 where every full row holds a number there, else the
 * spanning cell's name again, marked merged.
 */
function widenSpanningHeader(header: Cell[], rows: readonly RawRow[]): Cell[] {
  const widths = rows.map((r) => filledLength(r.cells));
  const width = Math.max(0, ...widths);
  const extra = width - header.length;
  const first = header[0];
  if (extra <= 0 || extra > MAX_SPANNED || !first || !TEXT_ROLES.has(headerRole(first.text) ?? '')) return header;
  const full = rows.filter((_, r) => widths[r] === width);
  const spanned = Array.from({ length: extra + 1 }, (_, c): Cell => {
    const numbers = full.every((r) => cellKind(r.cells[c].text) === 'number');
    return numbers ? { text: '序号', loc: first.loc, merged: true } : c === 0 ? first : copyWith(first, { merged: true });
  });
  return [...spanned, ...header.slice(1)];
}

/** A row this much wider than a header can be holds more than one row: the page lost its line breaks. */
const RUN_ON_ROW_CELLS = 8;

/**
 * Rows that found no header row, one of them holding many cells: a table whose
 * line breaks the page lost, its header's and rows' cells on one line, read as
 * a stream of cells (rows found by their 序号).
 */
function runOnTable(rows: ReadonlyArray<{ cells: Cell[] }>, token: Token, cut: boolean): FoundTable | null {
  if (!rows.some((r) => r.cells.length >= RUN_ON_ROW_CELLS)) return null;
  return streamTable(token, cut);
}

/**
 * Where a stream of cells starts its header: at the first column name, past a portal's fact cells run onto the
 * table (索引号 | … | 发布单位 | 某区政府 | 发文日期 | 2024-01-02 | 序号 | …), each a label and its value, which
 * stay the page's facts. -1 when no column is named; `facts` tells whether fact cells were passed.
 */
function headerStart(cells: readonly Cell[]): { start: number; facts: boolean } {
  let facts = false;
  for (let k = 0; k < cells.length; k++) {
    const text = cells[k].text;
    if (text === '') continue;
    if (PORTAL_FACT_CELL.test(text) && headerRole(cells[k + 1]?.text ?? '') === null) {
      facts = true;
      k++;
    } else if (headerRole(text) !== null) {
      return { start: k, facts };
    }
  }
  return { start: -1, facts };
}

function streamTable(token: Token, cut: boolean): FoundTable | null {
  const { start, facts } = headerStart(token.cells);
  if (start < 0) return null;
  const table = streamRows(token.cells.slice(start));
  if (!table || table.rows.length === 0) return null;
  const first = token.cellBlocks[start];
  const caption = token.cells
    .slice(0, start)
    .filter((c, k) => token.cellBlocks[k] === first && c.text !== '')
    .map((c) => c.text)
    .join(facts ? CELL_SEPARATOR : ' ');
  const found: FoundTable = { rows: [table.header, ...buildGrid(table.rows, settleColumnRoles(table.roles), cut)], first };
  if (caption) found.caption = caption;
  return found;
}
