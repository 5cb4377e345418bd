import type { Block, Cell } from '../model/block.js';
import type { SourceLocation } from '../model/location.js';
import { FIELD_LABELS, type FieldRole } from '../lexicon/field-labels.js';
import { foldToSimplified } from '../lexicon/hant.js';
import { ORG_NAME_END, REDACTION_PATTERN, VAGUE_OWNER_WORDS } from '../lexicon/organisations.js';
import { isVerticalText } from '../text/vertical.js';
import { namesWholeYear, parseDeadline } from './deadline.js';
import { labelRole } from './fields.js';
import { parseNumberLabel } from './numbering.js';
import { headerRole } from './layout/columns.js';

/**
 * Some Word files (and .doc files read without LibreOffice) carry a task table
 * as plain paragraphs: one paragraph per line of each cell, no table markup,
 * no TAB markers. Narrow columns wrap one character per line ("类" "别",
 * "公" "共" "服" "务"). This pass finds such runs — a header of known column
 * labels followed by rows whose paragraphs fit the columns' roles — and puts
 * one `table` Block in their place, so table extraction reads them like any
 * other table. Everything else passes through as it came.
 *
 * Conventions relied on (never a document's own words):
 *  - the header is 3+ cells, each 1–4 short paragraphs spelling a lexicon label,
 *    with a task-text column and an owner or deadline column;
 *  - a row's cells come column by column: a numeral for 序号, vertical
 *    one-character text or a short phrase for 类别, one paragraph for task text,
 *    a time phrase for the deadline, name-like lines for leaders,
 *    organisation-like lines for units; grouping cells (类别, 序号) may be empty;
 *  - a row starts with a numeral in the number column or vertical text in a
 *    leading category column; the last cell runs on while lines fit it and do
 *    not start a row; a heading, an attachment head or prose that fits no cell
 *    ends the table.
 */
export function recoverFlattenedTables(blocks: readonly Block[]): Block[] {
  const out: Block[] = [];
  const pieces = new HeaderPieces(blocks);
  let i = 0;
  while (i < blocks.length) {
    const found = pieces.startsLabel(i) || pieces.hinted(i) ? recoverAt(blocks, pieces, i) : null;
    if (found) {
      out.push(found.table);
      i = found.end;
    } else {
      out.push(blocks[i]);
      i++;
    }
  }
  return out;
}

// ── Header ────────────────────────────────────────────────────────────────

/** A header cell wraps into at most this many paragraphs, each this short. */
const MAX_HEADER_PIECES = 4;
const MAX_HEADER_PIECE = 6;
const MIN_HEADER_CELLS = 3;
/** Wider than any real task table: a run of labels this long is a list of words, not a header. */
const MAX_HEADER_CELLS = 20;

const LABELS: ReadonlySet<string> = new Set(Object.values(FIELD_LABELS).flat().map((l) => foldToSimplified(l)));
const LABEL_PREFIXES: ReadonlySet<string> = new Set(
  [...LABELS].flatMap((label) => [...label].map((_, k) => [...label].slice(0, k + 1).join(''))),
);

const TASK_TEXT_ROLES = new Set<FieldRole>(['content', 'title', 'group']);
const OWNER_OR_TIME_ROLES = new Set<FieldRole>(['leader', 'unit', 'partner', 'deadline']);
/** Columns a row may leave empty without looking broken. */
const OPTIONAL_ROLES = new Set<FieldRole>(['partner', 'remark', 'status', 'target', 'path', 'location', 'file']);

const squash = (s: string) => s.replace(/[\s\u00a0\u3000]+/g, '');

/**
 * Each block as a possible piece of a header label: its text without spaces,
 * folded to simplified, when it is short; else null. Computed once per block,
 * so overlapping header attempts stay cheap.
 */
class HeaderPieces {
  private readonly keys: Array<string | null | undefined>;

  constructor(private readonly blocks: readonly Block[]) {
    this.keys = new Array(blocks.length);
  }

  at(k: number): string | null {
    let key = this.keys[k];
    if (key === undefined) {
      key = pieceKey(this.blocks[k]);
      this.keys[k] = key;
    }
    return key;
  }

  /** Cheap test: could a header start here? Most blocks fail on length. */
  startsLabel(k: number): boolean {
    const key = this.at(k);
    return key !== null && LABEL_PREFIXES.has(key);
  }

  /**
   * The role of a column name no lexicon lists whole (工作内容及要求), on a line of its own before a
   * listed one: what its words name, as a header reads it. Null elsewhere.
   */
  hinted(k: number): FieldRole | null {
    const block = this.blocks[k];
    if (block?.kind !== 'paragraph' || k + 1 >= this.blocks.length || !this.startsLabel(k + 1)) return null;
    const key = squash(block.text);
    if (key.length < 3 || key.length > MAX_HINTED_NAME || CLAUSE_MARK.test(key) || /[0-9０-９]/.test(key)) return null;
    const role = headerRole(key);
    return role !== null && HINTED_ROLES.has(role) ? role : null;
  }
}

/** A column name read from its words is this short at the most. */
const MAX_HINTED_NAME = 10;
const HINTED_ROLES: ReadonlySet<FieldRole> = new Set(['content', 'title', 'group', 'goal', 'leader', 'unit', 'partner', 'deadline']);
/** Column names the lexicon lists a header needs, however many it reads from their words. */
const MIN_LISTED_CELLS = 2;
const MIN_ROWS_UNDER_HINTED = 2;

function pieceKey(block: Block): string | null {
  if (block.kind !== 'paragraph') return null;
  const text = block.text.trim();
  if (text.length === 0 || text.length > MAX_HEADER_PIECE * 3) return null;
  const key = foldToSimplified(squash(text));
  return key.length > 0 && key.length <= MAX_HEADER_PIECE ? key : null;
}

interface HeaderCell {
  role: FieldRole;
  from: number;
  to: number;
  /** Named by its words, not listed (pieces.hinted). */
  hinted?: boolean;
}

/** Read header cells greedily from `start`; each takes the longest run of pieces spelling a label. */
function readHeader(pieces: HeaderPieces, length: number, start: number): HeaderCell[] {
  const cells: HeaderCell[] = [];
  let j = start;
  while (j < length && cells.length < MAX_HEADER_CELLS) {
    let key = '';
    let best = 0;
    let role: FieldRole | null = null;
    for (let k = 0; k < MAX_HEADER_PIECES && j + k < length; k++) {
      const piece = pieces.at(j + k);
      if (piece === null) break;
      key += piece;
      if (!LABEL_PREFIXES.has(key)) break;
      const r = LABELS.has(key) ? labelRole(key) : null;
      if (r) {
        best = k + 1;
        role = r;
      }
    }
    if (!role) {
      const hinted = pieces.hinted(j);
      if (!hinted) break;
      cells.push({ role: hinted, from: j, to: j + 1, hinted: true });
      j++;
      continue;
    }
    cells.push({ role, from: j, to: j + best });
    j += best;
  }
  return cells;
}

function acceptableHeader(cells: readonly HeaderCell[], firstRow: Block | undefined): boolean {
  return (
    cells.length >= MIN_HEADER_CELLS &&
    cells.filter((c) => !c.hinted).length >= MIN_LISTED_CELLS &&
    // A task under a heading task (工作任务 | 具体要求 | …) whose rows are numbered (一、… 1.…) reads as the outline those
    // numbers build; unnumbered, the table is the only reading of its lines.
    !(cells.some((c) => c.role === 'group') && cells.some((c) => c.hinted && TASK_TEXT_ROLES.has(c.role)) && startsNumbered(firstRow)) &&
    cells.length < MAX_HEADER_CELLS &&
    cells.some((c) => TASK_TEXT_ROLES.has(c.role)) &&
    cells.some((c) => OWNER_OR_TIME_ROLES.has(c.role))
  );
}

/** A line that opens with an outline's number (一、 （一） 1. ①). */
function startsNumbered(block: Block | undefined): boolean {
  return block === undefined || block.kind !== 'paragraph' || parseNumberLabel(block.text.trim()) !== null;
}

// ── Columns and what fits them ────────────────────────────────────────────

/** grouping: 类别 (vertical text or a short name); group: 工作任务 beside a content column (one paragraph). */
type Kind = 'number' | 'grouping' | 'group' | 'text' | 'deadline' | 'leader' | 'org';

interface Column {
  role: FieldRole;
  kind: Kind;
  /** Empty cells are normal here (grouping columns inherit from above). */
  mayBeEmpty: boolean;
  /** An owner or deadline column: a row needs at least one of these filled. */
  assigns: boolean;
}

function kindOf(role: FieldRole, hasTaskText: boolean): Kind {
  switch (role) {
    case 'number':
    case 'deadline':
    case 'leader':
      return role;
    case 'category':
      return 'grouping';
    case 'group':
      // 工作任务 with no content column beside it is the task itself.
      return hasTaskText ? 'group' : 'text';
    case 'unit':
    case 'partner':
      return 'org';
    default:
      return 'text';
  }
}

function columnsOf(cells: readonly HeaderCell[]): Column[] {
  const roles = cells.map((c) => c.role);
  const hasTaskText = roles.includes('content') || roles.includes('title');
  return roles.map((role): Column => {
    const kind = kindOf(role, hasTaskText);
    return {
      role,
      kind,
      mayBeEmpty: kind === 'number' || kind === 'grouping' || kind === 'group' || OPTIONAL_ROLES.has(role),
      assigns: OWNER_OR_TIME_ROLES.has(role),
    };
  });
}

const NUMERAL = /^(?:[0-9０-９]{1,3}|[一二三四五六七八九十]{1,3}|[①-⑳]|[（(][0-9０-９一二三四五六七八九十]{1,3}[)）])[.、．]?$/u;
const VERTICAL_PIECE = /^\p{Script=Han}{1,2}$/u;
const CLAUSE_MARK = /[。！？!?；;，,：:]/;
/** Outline headings and attachment heads end a table. */
const HEADING_LIKE = /^(?:[一二三四五六七八九十]{1,3}、|第[一二三四五六七八九十百]+[章节条部分])/;
const ATTACHMENT = /^附件?[\s\u3000]*[0-9０-９一二三四五六七八九十]*[\s\u3000]*(?:[:：].*)?$/;

const MAX_SHORT_GROUP = 20;
const MAX_SECTION_LINE = 40;
const MAX_DEADLINE = 30;
const MAX_ORG = 20;
const MAX_ORG_LIST = 60;
/** Paragraphs one cell may hold in the rows read here. */
const MAX_CELL_PARAS = 8;
/** Search states per row: keeps the pass linear on pathological input. */
const MAX_STEPS_PER_ROW = 4000;

const OWNER_SPLIT = /[、，,；;/／]/;
const LEADER_POST = /(?:长|书记|主任|领导|负责人|委员)$/;
const REDACTED_NAME = /^\p{Script=Han}{0,3}[*＊×xXＸ○〇]+\p{Script=Han}{0,3}$/u;

function isGrouping(col: Column): boolean {
  return col.kind === 'number' || col.kind === 'grouping' || col.kind === 'group';
}

function isNumeral(text: string): boolean {
  return NUMERAL.test(squash(text));
}

function isStop(block: Block): boolean {
  if (block.kind !== 'paragraph') return true;
  const text = block.text.trim();
  return text.length === 0 || HEADING_LIKE.test(text) || ATTACHMENT.test(squash(text));
}

function isDate(text: string): boolean {
  return parseDeadline(text, { year: null }) !== null || namesWholeYear(text);
}

/** One organisation: 各科室, 城建办, 各乡镇（街道）. */
function orgPart(part: string): boolean {
  const key = foldToSimplified(squash(part)).replace(/[（(][^（）()]*[)）]$/, '');
  if (key.length < 2) return VAGUE_OWNER_WORDS.includes(key);
  return /^(?:各|相关|有关)/.test(key) || VAGUE_OWNER_WORDS.includes(key) || ORG_NAME_END.test(key);
}

/** Every owner in the line is an organisation. */
function orgLike(text: string): boolean {
  const key = squash(text);
  if (key.length > MAX_ORG_LIST || isNumeral(key)) return false;
  const parts = key.split(OWNER_SPLIT).filter(Boolean);
  return parts.length > 0 && parts.every(orgPart);
}

/**
 * A unit cell's first line: an organisation list, or any short line that is
 * not a numeral, a date, a sentence or a column label (units are not always
 * written with their suffix: 县财政).
 */
function orgFirstFits(text: string): boolean {
  const key = squash(text);
  if (orgLike(text)) return true;
  if (key.length < 2 || key.length > MAX_ORG || isNumeral(key) || CLAUSE_MARK.test(key)) return false;
  return !LABELS.has(foldToSimplified(key)) && !isDate(key);
}

/** A person: 2–4 Han characters once Word's padding is gone, a post, or a redacted name. */
function namePart(part: string): boolean {
  const key = squash(part);
  if (REDACTION_PATTERN.test(key) || (key.length <= 6 && REDACTED_NAME.test(key))) return true;
  if (!/^\p{Script=Han}+$/u.test(key) || orgPart(key)) return false;
  return (key.length >= 2 && key.length <= 4) || (key.length <= 8 && LEADER_POST.test(key));
}

function nameLike(text: string): boolean {
  const parts = squash(text).split(OWNER_SPLIT).filter(Boolean);
  return parts.length > 0 && parts.every(namePart);
}

function deadlineFits(text: string): boolean {
  const key = squash(text);
  return key.length > 0 && key.length <= MAX_DEADLINE && isDate(key);
}

/** A category written on one line is a name (乡村振兴行动), never a clause. */
function shortGroupFits(text: string): boolean {
  const key = squash(text);
  return key.length > 0 && key.length <= MAX_SHORT_GROUP && !isNumeral(key) && !CLAUSE_MARK.test(key);
}

// ── Rows ──────────────────────────────────────────────────────────────────

interface Span {
  from: number;
  to: number;
}

class RowReader {
  /** Columns before the first non-grouping one: where a row's start shows. */
  private readonly leading: number;
  private readonly starts = new Map<number, boolean>();
  private readonly verticals = new Map<number, number>();

  constructor(
    private readonly blocks: readonly Block[],
    private readonly columns: readonly Column[],
  ) {
    let k = 0;
    while (k < columns.length && isGrouping(columns[k])) k++;
    this.leading = k;
  }

  private usable(pos: number): boolean {
    return pos < this.blocks.length && !isStop(this.blocks[pos]);
  }

  private text(pos: number): string {
    return this.blocks[pos].text;
  }

  /** Consecutive vertical pieces from `pos` (stopping at a numeral when a number column follows). */
  private verticalRun(pos: number, c: number): number {
    const key = pos * this.columns.length + c;
    let n = this.verticals.get(key);
    if (n === undefined) {
      n = this.measureVertical(pos, c);
      this.verticals.set(key, n);
    }
    return n;
  }

  private measureVertical(pos: number, c: number): number {
    const numberFollows = this.columns[c + 1]?.kind === 'number';
    let n = 0;
    while (n < MAX_CELL_PARAS * 2 && this.usable(pos + n)) {
      const piece = this.text(pos + n).trim();
      if (!VERTICAL_PIECE.test(piece) || (numberFollows && isNumeral(piece))) break;
      n++;
    }
    if (n < 2) return 0;
    const pieces = this.blocks.slice(pos, pos + n).map((b) => b.text.trim());
    return isVerticalText(pieces) ? n : 0;
  }

  /** Does a new row start at `pos`: a numeral in the number column or vertical text in a leading category column? */
  rowStart(pos: number): boolean {
    let start = this.starts.get(pos);
    if (start === undefined) {
      start = this.startsAt(pos);
      this.starts.set(pos, start);
    }
    return start;
  }

  private startsAt(pos: number): boolean {
    if (!this.usable(pos)) return false;
    for (let c = 0; c < this.leading; c++) {
      const col = this.columns[c];
      if (col.kind === 'number') {
        if (isNumeral(this.text(pos))) return true;
      } else if (this.verticalRun(pos, c) > 0) {
        return true;
      }
    }
    return false;
  }

  /** Lengths a cell of column `c` may take at `pos`, in order of preference. */
  private options(pos: number, c: number): number[] {
    const col = this.columns[c];
    const usable = this.usable(pos);
    const opts: number[] = [];
    const run = (first: (t: string) => boolean, more: (t: string) => boolean): number => {
      if (!usable || (c >= this.leading && this.rowStart(pos)) || !first(this.text(pos))) return 0;
      let n = 1;
      while (n < MAX_CELL_PARAS && this.usable(pos + n) && !this.rowStart(pos + n) && more(this.text(pos + n))) n++;
      return n;
    };
    switch (col.kind) {
      case 'number':
        if (usable && isNumeral(this.text(pos))) opts.push(1);
        break;
      case 'grouping': {
        const vertical = this.verticalRun(pos, c);
        if (vertical > 0) opts.push(vertical);
        else if (usable && shortGroupFits(this.text(pos))) opts.push(1);
        break;
      }
      case 'group': {
        const vertical = this.verticalRun(pos, c);
        if (vertical > 0) opts.push(vertical);
        else if (usable && (c === 0 || !this.rowStart(pos))) opts.push(1);
        break;
      }
      case 'text': {
        // One paragraph; each more costs (see cellCost), so it wins only where the rest of the row needs it.
        if (!usable || (c > 0 && this.rowStart(pos))) break;
        let n = 1;
        opts.push(1);
        while (n < MAX_CELL_PARAS && this.usable(pos + n) && !this.rowStart(pos + n)) opts.push(++n);
        break;
      }
      case 'deadline':
        if (usable && deadlineFits(this.text(pos))) opts.push(1);
        break;
      case 'leader': {
        const n = run(nameLike, nameLike);
        for (let k = n; k >= 1; k--) opts.push(k);
        break;
      }
      case 'org': {
        const n = run(orgFirstFits, orgLike);
        // Beside a partner column, the lead unit cell is most often one line and the rest are partners.
        if (this.columns[c + 1]?.kind === 'org') for (let k = 1; k <= n; k++) opts.push(k);
        else for (let k = n; k >= 1; k--) opts.push(k);
        break;
      }
    }
    // Grouping and optional cells may be empty; an owner or deadline cell only as a last resort.
    if (col.mayBeEmpty || col.assigns) opts.push(0);
    return opts;
  }

  /**
   * The row starting at `pos`: one span per column, or null when no complete
   * row starts here. A complete row has its task text and at least one owner
   * or deadline cell, with at most one of those left empty. Of the complete
   * readings, the one that bends the conventions least wins (see `cellCost`;
   * ties go to the earlier option); the search remembers each state's best
   * finish by (paragraph, column, empties, merged).
   */
  read(pos: number): Span[] | null {
    if (!this.usable(pos)) return null;
    const width = this.columns.length;
    const required = this.columns.map((col) => col.assigns && !OPTIONAL_ROLES.has(col.role));
    const maxEmpty = Math.min(1, Math.max(0, required.filter(Boolean).length - 1));
    const options = new Map<number, number[]>();
    const memo = new Map<number, { cost: number; len: number }>();
    let steps = 0;
    const keyOf = (p: number, c: number, empties: number, merged: boolean) =>
      ((p * width + c) * 2 + empties) * 2 + (merged ? 1 : 0);
    // `merged`: the number cell was empty, so the item's grouping cells after it are merged from above too.
    const best = (p: number, c: number, empties: number, merged: boolean): number => {
      if (c === width) return p > pos ? 0 : Infinity;
      const key = keyOf(p, c, empties, merged);
      const known = memo.get(key);
      if (known) return known.cost;
      const found = { cost: Infinity, len: -1 };
      memo.set(key, found);
      if (++steps > MAX_STEPS_PER_ROW) return Infinity;
      const col = this.columns[c];
      let opts = options.get(p * width + c);
      if (!opts) options.set(p * width + c, (opts = this.options(p, c)));
      if (merged && isGrouping(col)) opts = [0];
      for (const len of opts) {
        const e = empties + (len === 0 && required[c] ? 1 : 0);
        if (e > maxEmpty) continue;
        const rest = best(p + len, c + 1, e, merged || (col.kind === 'number' && len === 0));
        const cost = this.cellCost(p, c, len, required[c], merged) + rest;
        if (cost < found.cost) {
          found.cost = cost;
          found.len = len;
        }
      }
      return found.cost;
    };
    if (best(pos, 0, 0, false) === Infinity) return null;
    const spans: Span[] = [];
    let p = pos;
    let empties = 0;
    let merged = false;
    for (let c = 0; c < width; c++) {
      const len: number = memo.get(keyOf(p, c, empties, merged))!.len;
      spans.push({ from: p, to: p + len });
      empties += len === 0 && required[c] ? 1 : 0;
      merged ||= this.columns[c].kind === 'number' && len === 0;
      p += len;
    }
    return spans;
  }

  /**
   * What a reading of one cell bends: a text cell running over several
   * paragraphs, a unit cell whose first line is not plainly an organisation,
   * an owner or deadline cell left empty (a partner cell less so), a 工作任务
   * cell left empty in a row that has its own number.
   */
  private cellCost(p: number, c: number, len: number, required: boolean, merged: boolean): number {
    const col = this.columns[c];
    if (len === 0) {
      if (required) return 4;
      if (col.kind === 'org' || col.kind === 'text') return 0.5;
      return col.kind === 'group' && !merged ? 1.5 : 0;
    }
    if (col.kind === 'text') return len - 1;
    if (col.kind === 'org' && !orgLike(this.text(p))) return 3;
    return 0;
  }
}

// ── Assembly ──────────────────────────────────────────────────────────────

function recoverAt(blocks: readonly Block[], pieces: HeaderPieces, start: number): { table: Block; end: number } | null {
  const header = readHeader(pieces, blocks.length, start);
  if (header.length === 0 || !acceptableHeader(header, blocks[header[header.length - 1].to])) return null;
  const columns = columnsOf(header);
  const reader = new RowReader(blocks, columns);
  const rows: Cell[][] = [];
  let dataRows = 0;
  let pos = header[header.length - 1].to;
  while (pos < blocks.length) {
    // A section row ("一、组织保障" across the table) is a heading line followed by a row.
    const section = isSectionLine(blocks[pos]) ? 1 : 0;
    const row = reader.read(pos + section);
    if (!row) break;
    if (section) rows.push(sectionRow(blocks[pos], columns.length));
    rows.push(row.map((span) => toCell(blocks, span)));
    dataRows++;
    pos = row[row.length - 1].to;
  }
  // A header read partly from its words is a table's only when its rows bear it out: two of them at least.
  if (dataRows < (header.some((h) => h.hinted) ? MIN_ROWS_UNDER_HINTED : 1)) return null;

  const headerRow: Cell[] = header.map((h) => ({
    text: blocks.slice(h.from, h.to).map((b) => b.text.trim()).join(''),
    loc: blocks[h.from].loc,
  }));
  return {
    table: { kind: 'table', text: '', rows: [headerRow, ...rows], loc: blocks[start].loc },
    end: pos,
  };
}

function isSectionLine(block: Block): boolean {
  return block.kind === 'paragraph' && HEADING_LIKE.test(block.text.trim()) && block.text.length <= MAX_SECTION_LINE;
}

/** The line in the first cell, the rest of the row its horizontal span (the Block convention for merged cells). */
function sectionRow(block: Block, width: number): Cell[] {
  return Array.from({ length: width }, (_, c): Cell =>
    c === 0 ? { text: block.text.trim(), loc: block.loc } : { text: '', loc: block.loc, merged: true },
  );
}

function toCell(blocks: readonly Block[], span: Span): Cell {
  const parts = blocks.slice(span.from, span.to).map((b) => b.text.trim());
  const text = parts.join(isVerticalText(parts) ? '' : '\n');
  return { text, loc: locAt(blocks, span.from) };
}

/** An empty cell stands where the next paragraph is (or the last one, at the end). */
function locAt(blocks: readonly Block[], pos: number): SourceLocation {
  return blocks[Math.min(pos, blocks.length - 1)].loc;
}
