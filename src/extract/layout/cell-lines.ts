import type { Block, Cell } from '../../model/block.js';
import { knownLabelRole } from '../fields.js';
import { parseNumberLabel } from '../numbering.js';
import { cellKind, headerRole, isTaskHeader, namesAmount, settleColumnRoles } from './columns.js';
import { buildGrid, type RawRow } from './grid.js';
import { copyWith } from '../../text/objects.js';
import { asciiDigits } from '../../text/digits.js';

/**
 * Tables that web pages flatten to one cell per line, often with blank lines
 * between cells, and with header names themselves broken over lines
 * ("责任" ⏎ "领导"):
 *
 *   序号 ⏎ 重点工作 ⏎ 责任 ⏎ 领导 ⏎ … ⏎ 1 ⏎ 城区供水工程 ⏎ 李建国 ⏎ … ⏎ 2 ⏎ …
 *
 * The rows start at their 序号 (numbers counting up by one, from 1 again after
 * a section heading where the sections count their own rows), so the number of
 * cells in a row is the distance between two of them; the header's pieces are
 * then joined into that many column names, the joining that names the most
 * columns winning.
 */
const MAX_HEADER_PIECE = 10;
const MAX_HEADER_PIECES = 30;
/** A group's heading is a phrase: no shorter than this. */
const MIN_GROUP_HEADING = 6;
/** The longest column name a page writes whole on its line. */
const MAX_NAMED_PIECE = 20;
/** A row longer than this many lines is prose, not a row of cells. */
const MAX_ROW_LINES = 24;
const SMALL_NUMBER = /^[0-9０-９]{1,3}$/;
/** Numbers a page's excerpt of a long table may skip between two rows it shows. */
const MAX_SKIP = 80;

const isParagraph = (b: Block | undefined): b is Block => b !== undefined && b.kind === 'paragraph';
const squash = (s: string) => s.replace(/[\s\u3000\u00a0]+/g, '');

/**
 * A piece of a header: a short name or part of one. A long column name stands whole on its line (进展情况、存在问题
 * 及下一步打算): after the header's first piece, one the lexicon knows is a piece too.
 */
function isHeaderPiece(block: Block | undefined, first = false): boolean {
  if (!isParagraph(block)) return false;
  const text = squash(block.text);
  const longest = first ? MAX_HEADER_PIECE : MAX_NAMED_PIECE;
  if (text.length === 0 || text.length > longest || /[。；;，,：:|｜]/.test(text) || SMALL_NUMBER.test(text) || isSectionLine(block)) return false;
  return text.length <= MAX_HEADER_PIECE || headerRole(text) !== null || namesAmount(text);
}

function numberOf(block: Block | undefined): number | null {
  if (!isParagraph(block)) return null;
  const text = asciiDigits(squash(block.text));
  return SMALL_NUMBER.test(text) ? Number(text) : null;
}

/** A numbered heading (一、…) or an attachment head ends the table. */
function endsTable(block: Block): boolean {
  if (!isParagraph(block)) return true;
  const label = parseNumberLabel(block.text.trim());
  return (label !== null && (label.style === 'cn-dun' || label.style === 'article')) || /^附件?\s*[0-9一二三四五六七八九十]*\s*[:：]?$/.test(block.text.trim());
}

/**
 * The header for rows `width` cells wide. A trailing 备注 column that every row
 * leaves empty is gone from the rows but not from the header: then the header
 * has one column more, and rows are aligned under it.
 */
function bestHeader(pieces: readonly Block[], width: number): Cell[] | null {
  const plain = remarkHeader(pieces, width);
  // A name over the parts that follow it (责任单位 ⏎ 牵头单位 ⏎ 配合单位, a two-level header read line by line).
  const span = spanningPiece(pieces);
  const parts = span < 0 ? null : remarkHeader([...pieces.slice(0, span), ...pieces.slice(span + 1)], width);
  return parts && (!plain || headerScore(parts) > headerScore(plain)) ? parts : plain;
}

/** The piece that names what the two pieces after it divide: 责任单位 over its lead and its partners. */
function spanningPiece(pieces: readonly Block[]): number {
  const role = (k: number) => (pieces[k] ? knownLabelRole(squash(pieces[k].text)) : null);
  return pieces.findIndex((_, k) => role(k) === 'unit' && role(k + 1) === 'unit' && role(k + 2) === 'partner');
}

function remarkHeader(pieces: readonly Block[], width: number): Cell[] | null {
  const exact = joinHeader(pieces, width);
  const last = pieces[pieces.length - 1];
  if (!last || headerRole(last.text) !== 'remark') return exact;
  const withRemark = joinHeader(pieces.slice(0, -1), width);
  if (!withRemark) return exact;
  const remark: Cell = { text: squash(last.text), loc: last.loc };
  return !exact || headerScore(withRemark) + 1 > headerScore(exact) ? [...withRemark, remark] : exact;
}

function headerScore(cells: readonly Cell[]): number {
  return cells.reduce((sum, c) => sum + nameScore([c.text]), 0);
}

/** Join header pieces into `width` column names: the joining with the most known names. */
function joinHeader(pieces: readonly Block[], width: number): Cell[] | null {
  const n = pieces.length;
  if (width > n) return null;
  // best[i][j]: best score for the first i pieces joined into j names.
  const best = Array.from({ length: n + 1 }, () => new Array<number>(width + 1).fill(-Infinity));
  const from = Array.from({ length: n + 1 }, () => new Array<number>(width + 1).fill(-1));
  best[0][0] = 0;
  const MAX_JOIN = 4;
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= Math.min(i, width); j++) {
      for (let len = 1; len <= Math.min(MAX_JOIN, i); len++) {
        const prev = best[i - len][j - 1];
        if (prev === -Infinity) continue;
        const parts = pieces.slice(i - len, i).map((p) => squash(p.text));
        const score = prev + nameScore(parts);
        if (score > best[i][j]) {
          best[i][j] = score;
          from[i][j] = i - len;
        }
      }
    }
  }
  if (best[n][width] === -Infinity) return null;
  const cells: Cell[] = [];
  for (let i = n, j = width; j > 0; j--) {
    const start = from[i][j];
    cells.unshift({ text: pieces.slice(start, i).map((p) => squash(p.text)).join(''), loc: pieces[start].loc });
    i = start;
  }
  return cells;
}

/**
 * A name the lexicon lists scores most, one read from its words less; a piece
 * that names nothing costs, and so does running a listed name on into the next.
 */
function nameScore(parts: readonly string[]): number {
  const name = parts.join('');
  const joins = parts.length - 1;
  if (knownLabelRole(name) !== null) return 3 - joins * 0.1;
  let score = headerRole(name) !== null || namesAmount(name) ? 1.5 - joins * 0.1 : parts.length === 1 ? -1 : -2;
  for (let k = 1; k < parts.length; k++) if (knownLabelRole(parts.slice(0, k).join('')) !== null) score -= 1;
  return score;
}

export interface Recovered {
  blocks: Block[];
  end: number;
}

/** A one-cell-per-line table starting at `start`, or null. */
export function recoverCellLines(blocks: readonly Block[], from: number): Recovered | null {
  let start = from;
  if (!isHeaderPiece(blocks[start], true)) return null;
  const leading = new Set<number>();
  let first = start;
  while (first < blocks.length && first - start < MAX_HEADER_PIECES && isHeaderPiece(blocks[first])) first++;
  // Rows start at their 序号, so a header starts at its number column's name: the pieces before a 序号 are
  // something else's (a portal's box of facts, 发布单位 ⏎ 区政府 ⏎ …).
  for (let k = first - 1; k > start; k--) {
    if (headerRole(blocks[k].text) === 'number') {
      start = k;
      break;
    }
  }
  // The first group's heading right before the first row is no column name, though short: a phrase no lexicon
  // knows, longer than a broken name's pieces (责任 ⏎ 领导).
  if (first - start > 2 && numberOf(blocks[first]) !== null && squash(blocks[first - 1].text).length >= MIN_GROUP_HEADING && headerRole(blocks[first - 1].text) === null) first--;
  // Group headings may stand between the header and the first row ("强化科技创新支撑能力。" ⏎ "(一)" ⏎ …).
  let data = first;
  while (data - first < MAX_LEADING_SECTIONS && (isHeadingLike(blocks[data]) || isSectionLine(blocks[data]))) data++;
  if (numberOf(blocks[data]) === null || first - start < 2) return null;
  for (let k = first; k < data; k++) leading.add(k);
  // Row starts: numbers counting up from the first (an excerpt may skip some); section headings between rows head the rows below.
  const anchors: number[] = [];
  const sections = leading;
  let previous = numberOf(blocks[data])! - 1;
  let end = first;
  while (end < blocks.length) {
    if (isSectionLine(blocks[end])) {
      let next = end;
      while (isSectionLine(blocks[next])) next++;
      const resumed = numberOf(blocks[next]) ?? -1;
      // Each section may count its rows from 1 again (一、… 1 2 ⏎ 二、… 1 2 3).
      if (resumed === 1) previous = 0;
      else if (resumed <= previous) break;
      for (let k = end; k < next; k++) sections.add(k);
      end = next;
      continue;
    }
    if (endsTable(blocks[end])) break;
    const number = numberOf(blocks[end]);
    if (number !== null && number > previous && number <= previous + MAX_SKIP && (anchors.length === 0 || end - anchors[anchors.length - 1] >= 2)) {
      anchors.push(end);
      previous = number;
    } else if (anchors.length > 0 && end - anchors[anchors.length - 1] > MAX_ROW_LINES) {
      break;
    }
    end++;
  }
  // Narrow columns written one character a line (公 ⏎ 共 ⏎ 服 ⏎ 务) are Word's export, which flat-table.ts reads.
  if (anchors.length === 0 || hasVerticalText(blocks, first, end)) return null;
  const lines = (from: number, to: number) => blocks.slice(from, to).filter((_, k) => !sections.has(from + k));
  const gaps = anchors.slice(1).map((a, k) => lines(anchors[k], a).length);
  // One row that the page's end cuts short is as wide as the header; it only lost its last cells.
  const oneRowWidth = end === blocks.length ? first - start : Math.min(end - anchors[0], first - start);
  const width = gaps.length > 0 ? rowWidth(gaps, first - start) : oneRowWidth;
  const header = bestHeader(blocks.slice(start, first), width);
  if (!header) return null;
  const roles = settleColumnRoles(header.map((c) => headerRole(c.text)));
  if (!isTaskHeader(roles, header.map((c) => c.text))) return null;
  const last = lastRowEnd(blocks, anchors[anchors.length - 1], width, end);
  const rows: RawRow[] = [];
  const leadingLines = blocks.slice(first, anchors[0]);
  if (leadingLines.length > 0) rows.push(sectionRow(leadingLines));
  anchors.forEach((anchor, k) => {
    const stop = k + 1 < anchors.length ? anchors[k + 1] : last;
    const own = lines(anchor, stop);
    // Headings written after a row's last cell and before the next row head the rows below.
    const trailing = k + 1 < anchors.length ? trailingHeadings(own, width) : 0;
    const cells = own.slice(0, own.length - trailing);
    const sub = subRowStart(cells, width);
    rows.push({ cells: foldExtraLines(cells.slice(0, sub), width), padded: false });
    // A sub-row under a merged number and owner: its own text and date, aligned under their columns by the grid.
    if (sub < cells.length) rows.push({ cells: foldExtraLines(cells.slice(sub), width - 1), padded: false });
    const heads = [...own.slice(own.length - trailing), ...blocks.slice(anchor, stop).filter((_, j) => sections.has(anchor + j) && isSectionLine(blocks[anchor + j]))];
    if (heads.length > 0) rows.push(sectionRow(heads));
  });
  const cut = last === blocks.length && rows[rows.length - 1].cells.length < width;
  const table: Block = { kind: 'table', text: '', rows: [header, ...buildGrid(rows, roles, cut)], loc: blocks[start].loc, separator: '\n' };
  return { blocks: [...blocks.slice(from, start), table], end: last };
}

/**
 * Where the last row ends: its width of lines, and the owners or dates
 * after them that run its last cells on (县住建局 ⏎ 县代建中心 ⏎ 12月底前).
 */
function lastRowEnd(blocks: readonly Block[], anchor: number, width: number, end: number): number {
  let stop = Math.min(end, anchor + width);
  while (stop < end && stop - anchor < MAX_ROW_LINES && isParagraph(blocks[stop]) && CELL_KINDS_OF_A_ROW.has(cellKind(blocks[stop].text))) stop++;
  return stop;
}

/**
 * Where a sub-row starts inside a row's lines: after a complete row (its last
 * cell an owner or a date), a sentence opens the next task of the same number
 * and owner ("5 ⏎ 开工建设养护楼。⏎ 县民政局 ⏎ 5月底前 ⏎ 开工建设老年大学。⏎ 12月底前").
 */
function subRowStart(lines: readonly Block[], width: number): number {
  if (lines.length <= width) return lines.length;
  const complete = CELL_KINDS_OF_A_ROW.has(cellKind(lines[width - 1].text));
  if (complete && cellKind(lines[width].text) === 'text') return width;
  // One short line that counts something (新增学位810个) after any last cell: the task's second indicator, on a sub-row of its own.
  return lines.length === width + 1 && isHeadingLike(lines[width]) && COUNTS.test(lines[width].text) ? width : lines.length;
}

/**
 * A numbered heading between rows ("一、主要预期目标") names the rows below it; it may list the
 * fields it covers and its leaders ("一、…、金融、安全生产等工作目标（牵头领导：…）").
 */
function isSectionLine(block: Block | undefined): boolean {
  if (!isParagraph(block)) return false;
  const label = parseNumberLabel(block.text.trim());
  return label !== null && label.style === 'cn-dun' && block.text.length <= MAX_SECTION_LINE;
}

const MAX_SECTION_LINE = 100;

/** Headings between rows (one or a label and its title, "(一)" ⏎ "加强战略科技力量建设。") make one section row. */
function sectionRow(lines: readonly Block[]): RawRow {
  return { cells: [{ text: lines.map((b) => b.text.trim()).join(''), loc: lines[0].loc }], padded: false, section: true };
}

const MAX_LEADING_SECTIONS = 4;
const MAX_HEADING = 40;

/** A short line a group heading may be: a label alone ("(一)"), or a short title. */
function isHeadingLike(block: Block | undefined): boolean {
  if (!isParagraph(block) || numberOf(block) !== null) return false;
  const text = squash(block.text);
  return text.length > 0 && text.length <= MAX_HEADING;
}

/**
 * How many of a row's last lines are headings of the rows that follow: lines
 * beyond the row's width that look like headings, after a last cell that
 * looks like an owner or a date.
 */
function trailingHeadings(lines: readonly Block[], width: number): number {
  if (lines.length <= width) return 0;
  const extra = lines.slice(width);
  const lastCell = cellKind(lines[width - 1].text);
  if (!['org', 'person', 'date', 'short'].includes(lastCell)) return 0;
  // An owner or a date beyond the width is the row's own cell running on (owners a line each), not a heading; nor is
  // a line that counts something (新增学位810个): a sub-row's task, where a heading names a group.
  return extra.every((b) => isHeadingLike(b) && !CELL_KINDS_OF_A_ROW.has(cellKind(b.text)) && !COUNTS.test(b.text)) ? extra.length : 0;
}

/** A number that counts (810个), not a year or a date (2024年重点工作). */
const COUNTS = /[0-9０-９](?![0-9０-９]*\s*[年月日])/;

const CELL_KINDS_OF_A_ROW: ReadonlySet<string> = new Set(['org', 'person', 'date']);

function hasVerticalText(blocks: readonly Block[], from: number, to: number): boolean {
  let run = 0;
  for (let k = from; k < to; k++) {
    run = /^\p{Script=Han}$/u.test(squash(blocks[k].text)) ? run + 1 : 0;
    if (run >= 2) return true;
  }
  return false;
}

function mostCommon(values: readonly number[]): number {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0][0];
}

/** A width that a third of the rows have is a pattern, not chance. */
const SHARE_OF_EXACT_ROWS = 1 / 3;

/**
 * How many cells a row has: the most common distance between row numbers;
 * but rows that list several owners a line each run wider than the header,
 * and may be as common as the rest: when the common width is more than the
 * header's pieces and a third of the rows are exactly as wide as the header,
 * that is the width.
 */
function rowWidth(gaps: readonly number[], headerPieces: number): number {
  const common = mostCommon(gaps);
  const exact = gaps.filter((gap) => gap === headerPieces).length;
  // Rows one line longer than the header, and only those, end in the heading of the next group (…年底前 ⏎ 深化政策解读 ⏎ 2 ⏎ …).
  const headed = exact > 0 && gaps.every((gap) => gap === headerPieces || gap === headerPieces + 1);
  return common > headerPieces && (headed || exact >= gaps.length * SHARE_OF_EXACT_ROWS) ? headerPieces : common;
}

/**
 * A row with more lines than columns: owners listed a line each are one cell
 * (县水务局 ⏎ 县住建局), and extra lines of running text continue the text cell
 * before them.
 */
function foldExtraLines(lines: readonly Block[], width: number): Cell[] {
  const cells: Cell[] = lines.map((b) => ({ text: b.text.trim(), loc: b.loc }));
  while (cells.length > width) {
    // Join the pair of neighbours of one kind, owners first, then running text, the later into the earlier.
    const pairOf = (kind: string) => cells.findIndex((c, i) => i > 0 && cellKind(c.text) === kind && cellKind(cells[i - 1].text) === kind);
    let k = pairOf('org');
    if (k < 0) k = pairOf('text');
    if (k < 0) k = cells.length - 1;
    cells[k - 1] = copyWith(cells[k - 1], { text: `${cells[k - 1].text}\n${cells[k].text}` });
    cells.splice(k, 1);
  }
  return cells;
}
