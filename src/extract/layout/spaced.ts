import type { FieldRole } from '../../lexicon/field-labels.js';
import type { Block, Cell } from '../../model/block.js';
import { numeralValue, parseNumberLabel } from '../numbering.js';
import { cellKind, fit, isGroupingRole, settleColumnRoles, type CellKind } from './columns.js';
import { isParagraph, lineGap, type Recovered } from './pipe.js';
import { readSpacedHeader } from './spaced-header.js';
import { copyWith } from '../../text/objects.js';
import { displayWidth } from '../../text/width.js';

/**
 * Tables a page flattened to one line per row with spaces between the cells,
 * where a cell may itself hold a space ("加强水资源保 护") or run over several
 * lines. The header is a line of column names (spaced-header.ts); a row starts
 * with its 序号, numbers going up; lines that do not start the next row go on
 * with the row. A row's tokens are cut into cells by dynamic programming over
 * tokens × columns (a cell at most MAX_CELL_TOKENS tokens long, so the work
 * grows with the row's length): each cell scored by what its column holds
 * (a name, a unit list, a date, running text), joins inside a cell costing by
 * how the source wraps a cell's text. A column a row leaves out (a 类别 merged
 * over several rows) takes the cell above, marked merged (leftOut).
 */
const ROW_START = /^[0-9０-９]{1,3}[.、．]?[ \u00a0\u3000]+\S/;
/** 序号 go up, perhaps skipping rows the page left out, never by more than this. */
const MAX_NUMBER_STEP = 20;
/** Lines one row may run over. */
const MAX_ROW_LINES = 12;
const MAX_CELL_TOKENS = 12;
/** Beyond this a cell is running text whatever it says (no unit list or date is this long). */
const MAX_KIND_TEXT = 200;

const PRESENT = 0.2;
const SKIP_GROUPING = 0.1;
const SKIP_OPTIONAL = 0.4;
const SKIP_OTHER = 1.2;
/** What a gap costs read as inside a cell: little, more before a longer piece, much after a full stop. */
const JOIN = 0.3;
const JOIN_LONGER_PIECE = 1;
const JOIN_AFTER_SENTENCE = 3;
/** A row's line breaks come from inside its cells: a cell rarely starts a line of its own. */
const CELL_STARTS_LINE = 1.5;

const OPTIONAL_ROLES: ReadonlySet<FieldRole> = new Set(['partner', 'status', 'remark', 'target', 'goal']);
const RUNNING_TEXT_ROLES: ReadonlySet<FieldRole> = new Set(['content', 'title', 'goal', 'target']);
const NUMBER_HEADER = '序号';
const SEPARATOR = ' ';

interface Token {
  text: string;
  /** An empty cell the source left between two spaces. */
  empty: boolean;
  loc: Cell['loc'];
  /** The whitespace before it (joins inside a cell keep it). */
  gap: string;
}

export function recoverSpacedTable(blocks: readonly Block[], start: number): Recovered | null {
  // A header names its columns between spaces: a line without one heads no such table (most lines, checked first).
  if (!isParagraph(blocks[start]) || !INNER_SPACE.test(blocks[start].text.trim())) return null;
  // The first row, or a heading of the rows below it (一、经济发展) and then the first row.
  const lead = isSectionLine(blocks[start + 1]) ? 1 : 0;
  const first = blocks[start + 1 + lead];
  if (!isParagraph(blocks[start]) || !isParagraph(first) || lineGap(blocks[start], first) > 1 + lead || !ROW_START.test(first.text)) return null;
  const header = readSpacedHeader(blocks[start].text);
  if (!header) return null;
  const names = [...header.names];
  const roles = [...header.roles];
  if (!roles.includes('number')) {
    names.unshift(NUMBER_HEADER);
    roles.unshift('number');
  }
  const settled = settleColumnRoles(roles);
  const { rows, end } = rowBlocks(blocks, start + 1, names.length);
  const loc = blocks[start].loc;
  const grid: Cell[][] = [];
  for (const row of rows) {
    if (isSectionLine(row[0]) && row.length === 1) {
      grid.push(settled.map((_, c): Cell => (c === 0 ? { text: row[0].text.trim(), loc: row[0].loc } : { text: '', loc: row[0].loc, merged: true })));
      continue;
    }
    const cells = rowCells(row, settled, header.singleSpaced);
    const previous = grid[grid.length - 1];
    const above = previous?.[1]?.merged === true && previous.slice(1).every((cell) => cell.merged) ? undefined : previous;
    grid.push(cells.map((cell, c): Cell => cell ?? leftOut(settled[c], above?.[c], loc)));
  }
  const headerRow = names.map((text): Cell => ({ text, loc }));
  return { blocks: [{ kind: 'table', text: '', rows: [headerRow, ...grid], loc, separator: SEPARATOR }], end };
}

/**
 * The cell of a column the row left out: a grouping, owner or time cell spans
 * rows (merged, the cell above repeated); a remark, status or partner cell is
 * simply empty.
 */
function leftOut(role: FieldRole | null, above: Cell | undefined, loc: Cell['loc']): Cell {
  if (role !== null && OPTIONAL_ROLES.has(role)) return { text: '', loc };
  return above ? { text: above.text, loc: above.loc, merged: true } : { text: '', loc, merged: true };
}

const rowNumber = (text: string) => numeralValue(text.trim().match(/^[0-9０-９]+/)![0]) ?? 0;

/** A heading of the rows below it (一、经济发展): short, on a line of its own. */
const MAX_SECTION_LINE = 40;
const INNER_SPACE = /\S[ \t\u3000]+\S/;
function isSectionLine(block: Block | undefined): boolean {
  if (!isParagraph(block)) return false;
  const text = block.text.trim();
  return text.length <= MAX_SECTION_LINE && parseNumberLabel(text)?.style === 'cn-dun' && !/[|｜\t。]/.test(text);
}

/** A heading or an attachment head ends the table, whatever follows. */
const endsTable = (text: string) => parseNumberLabel(text.trim())?.style === 'cn-dun' || /^附件/.test(text.trim()) || /[|｜\t]/.test(text);

/**
 * The blocks of each row: a line starting with the next 序号, then the lines
 * that go on with it. After the last row nothing marks the table's end: lines
 * go on with it only while it still lacks a piece for some column.
 */
function rowBlocks(blocks: readonly Block[], from: number, width: number): { rows: Block[][]; end: number } {
  const rows: Block[][] = [];
  let lastNumber = -Infinity;
  let at = from;
  for (; at < blocks.length && isParagraph(blocks[at]); at++) {
    const gap = lineGap(blocks[at - 1], blocks[at]);
    const text = blocks[at].text;
    if (ROW_START.test(text)) {
      const n = rowNumber(text);
      if ((rows.length === 0 || (n > lastNumber && n <= lastNumber + MAX_NUMBER_STEP)) && gap <= 1) {
        rows.push([blocks[at]]);
        lastNumber = n;
        continue;
      }
    }
    // A heading between rows heads the rows below it; each section may count its rows from 1 again.
    const next = blocks[at + 1];
    if (isSectionLine(blocks[at]) && gap <= 1 && isParagraph(next) && ROW_START.test(next.text) && lineGap(blocks[at], next) <= 1) {
      const n = rowNumber(next.text);
      if (n === 1 || (n > lastNumber && n <= lastNumber + MAX_NUMBER_STEP)) {
        rows.push([blocks[at]]);
        lastNumber = n - 1;
        continue;
      }
    }
    if (rows.length === 0) break;
    const row = rows[rows.length - 1];
    if (gap > 0 || endsTable(text) || row.length >= MAX_ROW_LINES) break;
    row.push(blocks[at]);
  }
  const lastRow = rows[rows.length - 1];
  let pieces = 0;
  let kept = 0;
  while (kept < lastRow.length && pieces < width) pieces += lastRow[kept++].text.split(/\s+/).length;
  const dropped = lastRow.length - kept;
  lastRow.length = kept;
  return { rows, end: at - dropped };
}

function tokenize(lines: readonly Block[], singleSpaced: boolean): Token[] {
  const tokens: Token[] = [];
  for (const [k, line] of lines.entries()) {
    const text = line.text;
    let gap = k === 0 ? '' : '\n';
    for (const match of text.matchAll(/(\s*)(\S+)/g)) {
      const space = match[1];
      // "1  严守用水": with one space between cells, a second one may stand for an empty cell ("陈  刚" is a padded name).
      if (singleSpaced && tokens.length > 0 && gap !== '\n') {
        for (let e = 1; e < space.length; e++) tokens.push({ text: '', empty: true, loc: line.loc, gap: '' });
      }
      const column = (line.loc.column ?? 1) + match.index! + space.length;
      tokens.push({ text: match[2], empty: false, loc: copyWith(line.loc, { column }), gap: gap + space });
      gap = '';
    }
  }
  return tokens;
}

/**
 * Where a line that goes on with a row starts, in display columns, when it is
 * indented further than the row's first line: a cell wrapped in its column of a
 * space-aligned table, its text going on under the cell's start ("1  修缮某村道路， ⏎
 *    硬化主干道" under 工作任务). null for a line that starts where the row does.
 */
function wrapStart(line: Block, first: Block): number | null {
  const column = line.loc.column;
  const firstColumn = first.loc.column;
  if (column === undefined || firstColumn === undefined || line.loc.line === undefined || column <= firstColumn) return null;
  return column - 1;
}

/** How far a wrapped piece may stand from its cell's start (a space more or less). */
const WRAP_SLACK = 1;

/** The display column each of the first line's cells starts at; null for a cell from another line or left out. */
function cellStarts(cells: ReadonlyArray<Cell | null>, first: Block): Array<number | null> {
  const base = (first.loc.column ?? 1) - 1;
  return cells.map((cell) => {
    if (!cell || cell.loc.line !== first.loc.line || cell.loc.column === undefined) return null;
    return base + displayWidth(first.text.slice(0, cell.loc.column - 1 - base));
  });
}

/**
 * A row's cells. Its lines indented under a cell of its first line are that
 * cell's text wrapped in its column: each piece goes on with the cell it
 * stands under. A row whose indented lines start under no cell is read as a
 * whole, line breaks and all.
 */
function rowCells(row: readonly Block[], roles: ReadonlyArray<FieldRole | null>, singleSpaced: boolean): Array<Cell | null> {
  const wraps = row.filter((line, k) => k > 0 && wrapStart(line, row[0]) !== null);
  if (wraps.length === 0) return assign(tokenize(row, singleSpaced), roles);
  const cells = assign(tokenize(row.filter((line) => !wraps.includes(line)), singleSpaced), roles);
  const starts = cellStarts(cells, row[0]);
  const under = (at: number) => {
    let target = -1;
    starts.forEach((start, c) => {
      if (start !== null && start <= at + WRAP_SLACK) target = c;
    });
    return target;
  };
  const aligned = (line: Block) => {
    const c = under(wrapStart(line, row[0])!);
    return c >= 0 && Math.abs(starts[c]! - wrapStart(line, row[0])!) <= WRAP_SLACK;
  };
  if (!wraps.every(aligned)) return assign(tokenize(row, singleSpaced), roles);
  for (const line of wraps) {
    const base = wrapStart(line, row[0])!;
    for (const match of line.text.matchAll(/\S+/g)) {
      const target = under(base + displayWidth(line.text.slice(0, match.index)));
      const cell = cells[target]!;
      cells[target] = copyWith(cell, { text: `${cell.text}\n${match[0]}` });
    }
  }
  return cells;
}

function skipCost(role: FieldRole | null): number {
  if (isGroupingRole(role)) return SKIP_GROUPING;
  return role !== null && OPTIONAL_ROLES.has(role) ? SKIP_OPTIONAL : SKIP_OTHER;
}

const SENTENCE_END = /[。！？；;]$/;
const length = (t: Token) => [...t.text].length;

/** What it costs to read the gap before `next` as inside one cell. */
function joinCost(prev: Token, next: Token): number {
  // A line break inside a cell is the cell's own (one unit per line, a new paragraph).
  if (next.gap.includes('\n')) return JOIN;
  // Chinese text puts no space after a full stop: one there is a cell boundary.
  if (SENTENCE_END.test(prev.text)) return JOIN_AFTER_SENTENCE;
  // A cell wrapped in its column: pieces that fill it alike, then a shorter one ("加强水资源保 护").
  return length(next) > length(prev) + 1 ? JOIN_LONGER_PIECE : JOIN;
}

const cellText = (tokens: readonly Token[]) => tokens.map((t, k) => (k === 0 ? t.text : t.gap + t.text)).join('');

/**
 * Each column's cell for the row's tokens: null where the row leaves the
 * column out, empty where the source had an empty cell. Dynamic programming
 * over (tokens placed × columns filled).
 */
function assign(tokens: readonly Token[], roles: ReadonlyArray<FieldRole | null>): Array<Cell | null> {
  const n = tokens.length;
  const w = roles.length;
  const kinds = groupKinds(tokens);
  // Running sums of join costs; an empty cell's mark is passed over (inside a cell it is only a wide gap).
  // (A row starts with its number, so the first token is never an empty cell.)
  const joins = [0];
  let lastText = tokens[0];
  for (let k = 1; k < n; k++) {
    joins.push(joins[k - 1] + (tokens[k].empty ? 0 : joinCost(lastText, tokens[k])));
    if (!tokens[k].empty) lastText = tokens[k];
  }
  const score = (from: number, len: number, role: FieldRole | null) => {
    const last = from + len - 1;
    if (tokens[from].empty || tokens[last].empty) return len === 1 ? 0 : -Infinity;
    const inner = joins[last] - joins[from];
    const startsLine = from > 0 && tokens[from].gap.includes('\n') ? CELL_STARTS_LINE : 0;
    return fit(kindIn(kinds[from][len - 1], role), role) + PRESENT - inner - startsLine;
  };
  // best[i][j]: the first i tokens in the first j columns; took[i][j]: tokens the j-th column took (0: left out).
  const best = Array.from({ length: n + 1 }, () => new Array<number>(w + 1).fill(-Infinity));
  const took = Array.from({ length: n + 1 }, () => new Array<number>(w + 1).fill(0));
  best[0][0] = 0;
  for (let j = 1; j <= w; j++) {
    for (let i = 0; i <= n; i++) {
      best[i][j] = best[i][j - 1] - skipCost(roles[j - 1]);
      for (let len = 1; len <= Math.min(MAX_CELL_TOKENS, i); len++) {
        const s = best[i - len][j - 1] + score(i - len, len, roles[j - 1]);
        if (s > best[i][j]) {
          best[i][j] = s;
          took[i][j] = len;
        }
      }
    }
  }
  if (best[n][w] === -Infinity) return unaligned(tokens, roles);
  const cells = new Array<Cell | null>(w).fill(null);
  for (let i = n, j = w; j > 0; j--) {
    const len = took[i][j];
    if (len === 0) continue;
    const group = tokens.slice(i - len, i);
    cells[j - 1] = { text: cellText(group), loc: group[0].loc };
    i -= len;
  }
  return cells;
}

/**
 * Running text of any length fits a task column: where short text turns long
 * tells one cell's kind, not where a cell ends (a task cell would otherwise
 * gain by taking its neighbour's first piece).
 */
function kindIn(kind: CellKind, role: FieldRole | null): CellKind {
  return kind === 'short' && role !== null && RUNNING_TEXT_ROLES.has(role) ? 'text' : kind;
}

/** kinds[i][len - 1]: what tokens i … i+len-1 hold as one cell. */
function groupKinds(tokens: readonly Token[]): CellKind[][] {
  return tokens.map((_, i) => {
    const kinds: CellKind[] = [];
    let text = '';
    for (let len = 1; len <= Math.min(MAX_CELL_TOKENS, tokens.length - i); len++) {
      const token = tokens[i + len - 1];
      text = len === 1 ? token.text : text + token.gap + token.text;
      kinds.push(text.length > MAX_KIND_TEXT ? 'text' : cellKind(text));
    }
    return kinds;
  });
}

/** A row too long to cut into the columns: its number, and the rest as the task's text. */
function unaligned(tokens: readonly Token[], roles: ReadonlyArray<FieldRole | null>): Array<Cell | null> {
  const cells = new Array<Cell | null>(roles.length).fill(null);
  const content = roles.findIndex((r) => r === 'content' || r === 'title');
  const [number, ...rest] = tokens.filter((t) => !t.empty);
  cells[roles.indexOf('number')] = { text: number.text, loc: number.loc };
  if (rest.length > 0 && content >= 0) cells[content] = { text: cellText(rest), loc: rest[0].loc };
  return cells;
}
