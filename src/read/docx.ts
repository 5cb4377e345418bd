import type { Block, Cell } from '../model/block.js';
import { unzipEntries } from './archive.js';
import { cfbEntryNames } from './detect.js';
import {
  decodeXmlChunks, EMPTY_NUMBERING, isOn, labelSeparator, ListCounter, parseNumbering, parseWordXml, toInt,
  type NumberingDefs, type WTag,
} from './docx-numbering.js';
import { resolveGrid, type PlacedCell } from './table-grid.js';
import { ReadError, type Reader } from './types.js';

/**
 * Word .docx → Blocks. word/document.xml is streamed through saxes; list
 * numbers, which Word keeps out of the text, are regenerated from
 * numbering.xml (directly or through paragraph styles) and prefixed to the
 * paragraph as printed. Tracked changes read as accepted.
 *
 * Locations: a body paragraph is { paragraph: n }, n counting every w:p
 * outside tables (empty ones too, so numbers stay stable; paragraphs inside
 * table cells are not counted). A table is { table: t } and its cells
 * { table, row, col }, 1-based over the table grid.
 */

export interface DocxParts {
  document: string | Uint8Array;
  numbering?: string | Uint8Array;
  styles?: string | Uint8Array;
}

export const readDocx: Reader = async (bytes) => {
  const parts = unzipDocx(bytes);
  const warnings: string[] = [];
  const blocks = docxToBlocks(parts, warnings);
  return { format: 'docx', encoding: null, blocks, warnings, directives: [] };
};

/** Pure core: the parts' XML (text or bytes) → Blocks. Notes about skipped content go to `warnings`. */
export function docxToBlocks(parts: DocxParts, warnings: string[] = []): Block[] {
  const styles = parts.styles === undefined ? new Map<string, StyleDef>() : parseStyles(chunksOf(parts.styles));
  const numbering = parts.numbering === undefined ? EMPTY_NUMBERING : parseNumbering(chunksOf(parts.numbering));
  const body = new BodyReader(styles, numbering);
  parseWordXml(chunksOf(parts.document), 'word/document.xml', body);
  warnings.push(...body.warnings());
  return body.blocks;
}

function chunksOf(part: string | Uint8Array): Iterable<string> {
  return typeof part === 'string' ? [part] : decodeXmlChunks(part);
}

// ───────────────────────── the package ─────────────────────────

const REL_OFFICE_DOCUMENT = /\/officeDocument$/;
const REL_NUMBERING = /\/numbering$/;
const REL_STYLES = /\/styles$/;

/** A part name as a message quotes it: a damaged package's relationships can name kilobytes of garbage. */
const shortName = (name: string): string => (name.length > 80 ? `${name.slice(0, 80)}…` : name);

/** Finds the main document through the package relationships, and its numbering and styles parts. */
function unzipDocx(bytes: Uint8Array): DocxParts {
  refuseCompoundFile(bytes);
  const first = unzip(bytes, (n) => n === '_rels/.rels' || n === 'word/_rels/document.xml.rels' || DEFAULT_PARTS.has(n));
  const main = relTarget(first.get('_rels/.rels'), '', REL_OFFICE_DOCUMENT) ?? 'word/document.xml';
  const relsName = relsPartOf(main);
  const entries = first.has(main) && first.has(relsName) ? first : unzip(bytes, (n) => n === main || n === relsName);
  const document = entries.get(main);
  if (!document) throw new ReadError('corrupt', `not a valid Word .docx file: ${shortName(main)} is missing`);
  const rels = entries.get(relsName) ?? first.get(relsName);
  const dir = main.slice(0, main.lastIndexOf('/') + 1);
  // Without a relationships part, fall back to the names every producer uses.
  const numberingName = rels ? relTarget(rels, dir, REL_NUMBERING) : `${dir}numbering.xml`;
  const stylesName = rels ? relTarget(rels, dir, REL_STYLES) : `${dir}styles.xml`;
  const missing = [numberingName, stylesName].filter((n): n is string => n !== undefined && !first.has(n));
  const more = missing.length ? unzip(bytes, (n) => missing.includes(n)) : new Map<string, Uint8Array>();
  const part = (name: string | undefined) => (name === undefined ? undefined : first.get(name) ?? more.get(name));
  return { document, numbering: part(numberingName), styles: part(stylesName) };
}

const DEFAULT_PARTS = new Set(['word/document.xml', 'word/numbering.xml', 'word/styles.xml']);

/** A password-protected .docx is an OLE compound file, not a ZIP. */
function refuseCompoundFile(bytes: Uint8Array): void {
  if (bytes[0] !== 0xd0 || bytes[1] !== 0xcf || bytes[2] !== 0x11 || bytes[3] !== 0xe0) return;
  const names = cfbEntryNames(bytes).map((n) => n.toLowerCase());
  if (names.includes('encryptedpackage') || names.includes('encryptioninfo'))
    throw new ReadError('encrypted', 'the Word file is password-protected (encrypted); save it without a password first');
  throw new ReadError('corrupt', 'not a valid Word .docx file: it is an OLE compound file (a Word 97–2003 .doc renamed?)');
}

function unzip(bytes: Uint8Array, wanted: (name: string) => boolean): Map<string, Uint8Array> {
  try {
    return unzipEntries(bytes, wanted);
  } catch (error) {
    if (error instanceof ReadError && error.code === 'corrupt')
      throw new ReadError('corrupt', `not a valid Word .docx file: ${error.message.replace(/^not a valid ZIP archive: /, '')}`);
    throw error;
  }
}

function relsPartOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** The target of the first relationship of a type, as a part name (relative to `dir`, or absolute). */
function relTarget(rels: Uint8Array | undefined, dir: string, type: RegExp): string | undefined {
  if (!rels) return undefined;
  let target: string | undefined;
  // .rels parts use the package-relationships namespace, so attributes come unprefixed: read them raw.
  const text = new TextDecoder().decode(rels);
  for (const m of text.matchAll(/<(?:\w+:)?Relationship\b([^>]*)>/g)) {
    const attrs = m[1];
    const t = /\bType=["']([^"']*)["']/.exec(attrs)?.[1];
    const external = /\bTargetMode=["']External["']/.test(attrs);
    if (t && type.test(t) && !external) {
      target = /\bTarget=["']([^"']*)["']/.exec(attrs)?.[1];
      break;
    }
  }
  return target === undefined ? undefined : normalisePartName(target.startsWith('/') ? target.slice(1) : dir + target);
}

function normalisePartName(name: string): string {
  const out: string[] = [];
  for (const seg of name.split('/')) {
    if (seg === '..') out.pop();
    else if (seg !== '.' && seg !== '') out.push(seg);
  }
  return out.join('/');
}

// ───────────────────────── styles.xml ─────────────────────────

interface StyleDef {
  name?: string;
  basedOn?: string;
  numId?: string;
  ilvl?: number;
  outlineLvl?: number;
  isDefault: boolean;
}

/** Paragraph styles: what numbering and outline level each gives, and what it is based on. */
function parseStyles(chunks: Iterable<string>): Map<string, StyleDef> {
  const styles = new Map<string, StyleDef>();
  let style: StyleDef | undefined;
  let inPPr = false;
  parseWordXml(chunks, 'word/styles.xml', {
    open(tag) {
      if (tag.name === 'style') {
        style = { isDefault: isTrue(tag.attr('default')) };
        if ((tag.attr('type') ?? 'paragraph') === 'paragraph' || tag.attr('type') === 'numbering')
          styles.set(tag.attr('styleId') ?? '', style);
        return;
      }
      if (!style) return;
      const val = tag.attr('val');
      if (tag.name === 'pPr') inPPr = true;
      else if (tag.name === 'name') style.name = val;
      else if (tag.name === 'basedOn') style.basedOn = val;
      else if (inPPr && tag.name === 'numId') style.numId = val;
      else if (inPPr && tag.name === 'ilvl') style.ilvl = toInt(val, 0);
      else if (inPPr && tag.name === 'outlineLvl') style.outlineLvl = toInt(val, 9);
    },
    close(name) {
      if (name === 'style') style = undefined;
      else if (name === 'pPr') inPPr = false;
    },
  });
  return styles;
}

function isTrue(value: string | undefined): boolean {
  return value === '1' || value === 'true' || value === 'on';
}

/** What a paragraph inherits from its style and the styles that style is based on. */
interface StyleFacts {
  numId?: string;
  ilvl?: number;
  /** 0-based outline level; 9 is body text. */
  outlineLvl?: number;
}

function styleFacts(styles: Map<string, StyleDef>, styleId: string | undefined): StyleFacts {
  const facts: StyleFacts = {};
  let id = styleId ?? defaultStyleId(styles);
  for (let hop = 0; id !== undefined && hop < 32; hop++) {
    const style = styles.get(id);
    if (!style) break;
    facts.numId ??= style.numId;
    facts.ilvl ??= style.ilvl;
    facts.outlineLvl ??= style.outlineLvl ?? headingLevelOfName(style.name ?? id);
    id = style.basedOn;
  }
  return facts;
}

function defaultStyleId(styles: Map<string, StyleDef>): string | undefined {
  for (const [id, style] of styles) if (style.isDefault) return id;
  return undefined;
}

/** Built-in heading styles are named "heading 1" … "heading 9" whatever the UI language. */
function headingLevelOfName(name: string): number | undefined {
  const m = /^(?:heading|标题)\s*([1-9])$/i.exec(name);
  return m ? Number(m[1]) - 1 : undefined;
}

// ───────────────────────── document.xml ─────────────────────────

/**
 * Elements whose content is not part of the accepted, printed text: tracked
 * deletions and moves-away, the "before" side of property changes, the
 * mc:Fallback twin of an mc:Choice, text-box contents (they would nest
 * paragraphs inside paragraphs), field codes and ruby (phonetic) annotations.
 */
const SKIPPED = new Set([
  'del', 'moveFrom', 'pPrChange', 'rPrChange', 'sectPrChange', 'tblPrChange', 'tcPrChange', 'trPrChange',
  'tblGridChange', 'numberingChange', 'mc:Fallback', 'txbxContent', 'instrText', 'delInstrText', 'sdtEndPr',
  'rt',
]);

interface Para {
  styleId?: string;
  numId?: string;
  ilvl?: number;
  outlineLvl?: number;
  /** The paragraph mark is a tracked deletion: on acceptance the text joins the next paragraph. */
  markDeleted: boolean;
  parts: string[];
}

interface CellState {
  paras: string[];
  span: number;
  vMerge: 'restart' | 'continue' | null;
  hMergeContinue: boolean;
}

interface RowState {
  cells: CellState[];
  gridBefore: number;
  deleted: boolean;
}

interface TableState {
  placed: PlacedCell[];
  row: RowState | null;
  cell: CellState | null;
  rowIndex: number;
  /** The cell a vertical merge started in, by grid column. */
  openV: Map<number, PlacedCell>;
  /** 1-based number among top-level tables; a nested table shares its outer table's. */
  number: number;
}

interface SdtState {
  placeholder: boolean;
}

class BodyReader {
  readonly blocks: Block[] = [];
  private readonly stack: string[] = [];
  private skipDepth = -1;
  private para: Para | null = null;
  private carried = '';
  private inText = false;
  private runHidden = false;
  private readonly tables: TableState[] = [];
  private readonly sdts: SdtState[] = [];
  private paragraphCount = 0;
  private tableCount = 0;
  private textBoxes = 0;
  private altChunks = 0;
  private readonly counter: ListCounter;
  private readonly factsCache = new Map<string | undefined, StyleFacts>();

  constructor(
    private readonly styles: Map<string, StyleDef>,
    numbering: NumberingDefs,
  ) {
    this.counter = new ListCounter(numbering, (id) => styles.get(id)?.numId);
  }

  warnings(): string[] {
    const out: string[] = [];
    if (this.textBoxes) out.push(`${this.textBoxes} text box(es) were not read`);
    if (this.altChunks) out.push(`${this.altChunks} embedded document chunk(s) (w:altChunk) were not read`);
    return out;
  }

  open(tag: WTag): void {
    const parent = this.stack[this.stack.length - 1];
    this.stack.push(tag.name);
    if (this.skipDepth >= 0) return;
    if (SKIPPED.has(tag.name) || (tag.name === 'sdtContent' && this.sdts[this.sdts.length - 1]?.placeholder)) {
      if (tag.name === 'txbxContent') this.textBoxes++;
      if (tag.name === 'del') this.noteDeletion(parent);
      this.skipDepth = this.stack.length;
      return;
    }
    this.openElement(tag, parent);
  }

  close(name: string): void {
    const depth = this.stack.length;
    this.stack.pop();
    if (this.skipDepth >= 0) {
      if (depth === this.skipDepth) this.skipDepth = -1;
      return;
    }
    this.closeElement(name);
  }

  text(text: string): void {
    if (this.inText && this.skipDepth < 0 && this.para && !this.runHidden) this.para.parts.push(text);
  }

  private openElement(tag: WTag, parent: string | undefined): void {
    const p = this.para;
    switch (tag.name) {
      case 'p': this.para = { markDeleted: false, parts: [] }; return;
      case 'r': this.runHidden = false; return;
      case 't': this.inText = parent === 'r'; return;
      case 'tab': case 'ptab': if (parent === 'r') this.emit('\t'); return;
      case 'br': if (parent === 'r') this.emitBreak(tag); return;
      case 'cr': if (parent === 'r') this.emit('\n'); return;
      case 'noBreakHyphen': if (parent === 'r') this.emit('-'); return;
      case 'sym': if (parent === 'r') this.emitSymbol(tag); return;
      case 'vanish': if (parent === 'rPr' && this.stack[this.stack.length - 3] === 'r') this.runHidden = isOn(tag); return;
      case 'pStyle': if (p && parent === 'pPr') p.styleId = tag.attr('val'); return;
      case 'outlineLvl': if (p && parent === 'pPr') p.outlineLvl = toInt(tag.attr('val'), 9); return;
      case 'numId': if (p && parent === 'numPr') p.numId = tag.attr('val'); return;
      case 'ilvl': if (p && parent === 'numPr') p.ilvl = toInt(tag.attr('val'), 0); return;
      case 'sdt': this.sdts.push({ placeholder: false }); return;
      case 'showingPlcHdr': if (parent === 'sdtPr' && this.sdts.length) this.sdts[this.sdts.length - 1].placeholder = isOn(tag); return;
      case 'altChunk': this.altChunks++; return;
      default: this.openTableElement(tag, parent);
    }
  }

  private openTableElement(tag: WTag, parent: string | undefined): void {
    const table = this.tables[this.tables.length - 1];
    switch (tag.name) {
      case 'tbl':
        this.tables.push({
          placed: [], row: null, cell: null, rowIndex: 0, openV: new Map(),
          number: this.tables.length === 0 ? ++this.tableCount : this.tableCount,
        });
        return;
      case 'tr': if (table) table.row = { cells: [], gridBefore: 0, deleted: false }; return;
      case 'gridBefore': if (table?.row && parent === 'trPr') table.row.gridBefore = Math.max(0, toInt(tag.attr('val'), 0)); return;
      case 'tc': if (table?.row) table.cell = { paras: [], span: 1, vMerge: null, hMergeContinue: false }; return;
      case 'gridSpan': if (table?.cell && parent === 'tcPr') table.cell.span = Math.min(Math.max(1, toInt(tag.attr('val'), 1)), 1000); return;
      case 'vMerge': if (table?.cell && parent === 'tcPr') table.cell.vMerge = tag.attr('val') === 'restart' ? 'restart' : 'continue'; return;
      case 'hMerge': if (table?.cell && parent === 'tcPr') table.cell.hMergeContinue = tag.attr('val') !== 'restart'; return;
    }
  }

  /**
   * A w:del that deletes structure rather than runs: a paragraph mark
   * (w:pPr/w:rPr/w:del) or a whole table row (w:trPr/w:del).
   */
  private noteDeletion(parent: string | undefined): void {
    if (parent === 'rPr' && this.stack[this.stack.length - 3] === 'pPr' && this.para) this.para.markDeleted = true;
    const row = this.tables[this.tables.length - 1]?.row;
    if (parent === 'trPr' && row) row.deleted = true;
  }

  private closeElement(name: string): void {
    switch (name) {
      case 't': this.inText = false; return;
      case 'r': this.runHidden = false; return;
      case 'p': this.endParagraph(); return;
      case 'sdt': this.sdts.pop(); return;
      case 'tc': this.endCell(); return;
      case 'tr': this.endRow(); return;
      case 'trPr': return;
      case 'tbl': this.endTable(); return;
    }
  }

  private emit(text: string): void {
    if (this.para && !this.runHidden) this.para.parts.push(text);
  }

  /** A line break is a line break; page and column breaks print no character. */
  private emitBreak(tag: WTag): void {
    const type = tag.attr('type');
    if (type === undefined || type === 'textWrapping') this.emit('\n');
  }

  /** w:sym: a character from a symbol font; private-use code points (Wingdings …) have no text meaning. */
  private emitSymbol(tag: WTag): void {
    const code = parseInt(tag.attr('char') ?? '', 16);
    if (Number.isFinite(code) && code > 0x1f && !(code >= 0xe000 && code <= 0xf8ff)) this.emit(String.fromCodePoint(code));
  }

  private endParagraph(): void {
    const p = this.para;
    this.para = null;
    if (!p) return;
    const own = p.parts.join('');
    if (p.markDeleted) {
      // Accepting the deletion joins this text to the next paragraph, which keeps its own properties.
      this.carried += own;
      return;
    }
    const text = this.labelOf(p) + this.carried + own;
    this.carried = '';
    const table = this.tables[this.tables.length - 1];
    if (table) {
      table.cell?.paras.push(text);
      return;
    }
    this.paragraphCount++;
    if (text.trim() === '') return;
    const level = this.headingLevel(p);
    const loc = { paragraph: this.paragraphCount };
    this.blocks.push(level === undefined ? { kind: 'paragraph', text, loc } : { kind: 'heading', text, level, loc });
  }

  /** Style facts are looked up per paragraph; a document uses a handful of styles. */
  private facts(styleId: string | undefined): StyleFacts {
    let facts = this.factsCache.get(styleId);
    if (!facts) this.factsCache.set(styleId, (facts = styleFacts(this.styles, styleId)));
    return facts;
  }

  /**
   * The list label Word would print, with its separator; "" for unnumbered
   * paragraphs. numId and ilvl each come from the paragraph, else its style;
   * a style without w:ilvl takes the level that names the style (w:lvl/w:pStyle).
   */
  private labelOf(p: Para): string {
    const fromStyle = this.facts(p.styleId);
    const numId = p.numId ?? fromStyle.numId;
    if (numId === undefined || numId === '0') return '';
    const ilvl = p.ilvl ?? fromStyle.ilvl ?? (p.styleId === undefined ? undefined : this.counter.levelOfStyle(numId, p.styleId));
    const label = this.counter.next(numId, ilvl ?? 0);
    return label ? label.text + labelSeparator(label) : '';
  }

  private headingLevel(p: Para): number | undefined {
    const lvl = p.outlineLvl ?? this.facts(p.styleId).outlineLvl;
    return lvl !== undefined && lvl >= 0 && lvl <= 8 ? lvl + 1 : undefined;
  }

  private endCell(): void {
    const table = this.tables[this.tables.length - 1];
    if (table?.row && table.cell) table.row.cells.push(table.cell);
    if (table) table.cell = null;
  }

  /** Places the row's cells on the grid; vertical continuations extend the span begun above. */
  private endRow(): void {
    const table = this.tables[this.tables.length - 1];
    const row = table?.row;
    if (!table || !row) return;
    table.row = null;
    if (row.deleted || row.cells.length === 0) return;
    const r = table.rowIndex++;
    let col = row.gridBefore;
    let last: PlacedCell | undefined;
    for (const cell of row.cells) {
      if (cell.hMergeContinue && last) {
        last.colSpan = (last.colSpan ?? 1) + cell.span;
        col += cell.span;
        continue;
      }
      last = this.placeCell(table, cell, r, col);
      col += cell.span;
    }
  }

  private placeCell(table: TableState, cell: CellState, r: number, col: number): PlacedCell {
    const above = table.openV.get(col);
    if (cell.vMerge === 'continue' && above && above.row + (above.rowSpan ?? 1) === r) {
      above.rowSpan = (above.rowSpan ?? 1) + 1;
      return above;
    }
    const placed: PlacedCell = {
      row: r, col, colSpan: cell.span, rowSpan: 1, text: cell.paras.join('\n'),
      loc: { table: table.number, row: r + 1, col: col + 1 },
    };
    table.placed.push(placed);
    for (let c = col; c < col + cell.span; c++) table.openV.delete(c);
    if (cell.vMerge === 'restart') table.openV.set(col, placed);
    return placed;
  }

  private endTable(): void {
    const table = this.tables.pop();
    if (!table) return;
    const rows = table.placed.length
      ? resolveGrid(table.placed, (r, c) => ({ table: table.number, row: r + 1, col: c + 1 }))
      : [];
    const outer = this.tables[this.tables.length - 1];
    if (outer) {
      // A table inside a cell: its text goes into the cell, one line per row.
      outer.cell?.paras.push(...flattenRows(rows));
      return;
    }
    this.blocks.push({ kind: 'table', text: tableText(rows), rows, loc: { table: table.number } });
  }
}

function flattenRows(rows: Cell[][]): string[] {
  return rows
    .map((row) => row.filter((c) => !c.merged && c.text !== '').map((c) => c.text).join(' '))
    .filter((line) => line !== '');
}

/** A table's text: cells joined by TAB, rows by newline, so any phrase of the table can be searched. */
export function tableText(rows: Cell[][]): string {
  return rows.map((row) => row.map((c) => c.text).join('\t')).join('\n');
}
