import * as XLSX from 'xlsx';
import { NO_LEAD_UNIT } from '../lexicon/ledger-words.js';
import type { Block } from '../model/block.js';
import type { SourceLocation } from '../model/location.js';
import { NOT_IN_SHEET_NAME } from '../text/sheet-name.js';
import { assertCompoundFileFits } from './compound-file.js';
import { decodeText } from './decode.js';
import { libraryError } from './failure.js';
import { inflatedWorkbook } from './sheet-parts.js';
import { readCompoundFile, workbookStream, checkedRecordStream } from './xls-stream.js';
import { MAX_GRID_CELLS, resolveTextRows, type PlacedCell } from './table-grid.js';
import { ReadError, type ReadOptions, type ReadResult, type Reader } from './types.js';

/**
 * Spreadsheets (.xlsx .xls .ods) through SheetJS, CSV/TSV through a small
 * RFC 4180 parser (SheetJS would turn "001" into 1 and "2019-6" into a date).
 * Every visible sheet with content becomes one `table` Block.
 */
export const readSheet: Reader = async (bytes, options) => {
  if (bytes.length === 0) throw new ReadError('empty', 'the file is empty');
  const container = containerOf(bytes);
  if (container === 'text' && isZipName(options.fileName))
    throw new ReadError('corrupt', 'the spreadsheet is damaged: it is not a zip container');
  if (container === 'text' && !isSheetJsTextName(options.fileName)) return readDelimited(bytes, options);
  if (container === 'text' && !isRawBiff(bytes) && bytes.subarray(0, 4096).includes(0))
    throw new ReadError('corrupt', 'the spreadsheet is damaged: it is neither an Excel file nor text');
  return readWorkbook(bytes, container, options);
};

type Container = 'zip' | 'cfb' | 'text';

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** The bytes decide, not the name: a renamed .xlsx saved as .csv is still a zip. */
function containerOf(bytes: Uint8Array): Container {
  if (startsWith(bytes, ZIP_MAGIC)) return 'zip';
  if (startsWith(bytes, CFB_MAGIC)) return 'cfb';
  return 'text';
}

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

const extOf = (name: string): string => /\.([^./\\]+)$/.exec(name)?.[1]?.toLowerCase() ?? '';
/** Formats that only exist as zip containers. */
const isZipName = (name: string): boolean => ['xlsx', 'xlsm', 'ods'].includes(extOf(name));
/** Text that SheetJS should read: .xls saved as HTML or SpreadsheetML XML, or raw BIFF. */
const isSheetJsTextName = (name: string): boolean => ['xls', 'xml', 'htm', 'html', 'et'].includes(extOf(name));

// ---------------------------------------------------------------- workbooks

/** Read options: displayed text only, no formulas or HTML, Chinese short dates for format 14. */
const SHEETJS_OPTIONS: XLSX.ParsingOptions = {
  cellDates: true,
  cellFormula: false,
  cellHTML: false,
  cellStyles: false,
  cellNF: false,
  dense: true,
  dateNF: 'yyyy/m/d',
  bookVBA: false,
  WTF: false,
};

async function readWorkbook(bytes: Uint8Array, container: Container, options: ReadOptions): Promise<ReadResult> {
  const input = sheetJsInput(bytes, container);
  let encoding: string | null = null;
  const { value: result, noise } = quietly(() => {
    let workbook: XLSX.WorkBook;
    if (container === 'text' && !isRawBiff(bytes)) {
      // .xls files saved as HTML or SpreadsheetML are often GBK; decode them ourselves.
      const decoded = decodeText(bytes, options.encoding);
      encoding = decoded.encoding;
      workbook = XLSX.read(decoded.text, { ...SHEETJS_OPTIONS, type: 'string' });
    } else {
      workbook = XLSX.read(Buffer.from(input.buffer, input.byteOffset, input.byteLength), { ...SHEETJS_OPTIONS, type: 'buffer' });
    }
    if (isOpenDocument(workbook)) writeOutShortDates(workbook);
    return workbookResult(workbook, encoding);
  });
  if (noise.length > 0) result.warnings.push(noiseWarning(noise));
  return result;
}

/** What SheetJS is given: the parts it needs, already inflated or checked, never a container's bytes as they are. */
function sheetJsInput(bytes: Uint8Array, container: Container): Uint8Array {
  if (container === 'zip') return inflatedWorkbook(bytes);
  if (container === 'cfb') return checkedWorkbookStream(bytes);
  return isRawBiff(bytes) ? checkedRecordStream(bytes, DAMAGED) : bytes;
}

/**
 * Runs SheetJS with its console output held back: it prints what it could
 * not parse ("Could not parse defined name", "Missing Info for XLS Record")
 * straight to stderr, between the report's lines. What it said becomes one
 * warning for the file; what it threw, one ReadError.
 */
function quietly<T>(read: () => T): { value: T; noise: string[] } {
  const noise: string[] = [];
  const saved = { error: console.error, warn: console.warn, log: console.log };
  const hold = (...args: unknown[]): void => void noise.push(args.map(String).join(' '));
  Object.assign(console, { error: hold, warn: hold, log: hold });
  try {
    return { value: read(), noise };
  } catch (error) {
    throw toReadError(error);
  } finally {
    Object.assign(console, saved);
  }
}

function noiseWarning(noise: string[]): string {
  const first = noise[0].split('\n')[0].trim().slice(0, 120);
  const more = noise.length > 1 ? ` (and ${noise.length - 1} more)` : '';
  return `parts of the spreadsheet could not be read and were skipped: ${first}${more}`;
}

/** SheetJS names the format it read: ods, or fods for a flat XML one. */
function isOpenDocument(workbook: XLSX.WorkBook): boolean {
  const { bookType } = workbook as { bookType?: string };
  return bookType === 'ods' || bookType === 'fods';
}

/**
 * An ODS cell keeps the text its program rendered beside the typed value. A
 * date rendered m/d/yy (an English-locale program) is ambiguous to a Chinese
 * reader and has lost its century: it is written out from the date value,
 * an ISO day SheetJS gives as that day's UTC midnight, when the two agree.
 */
function writeOutShortDates(workbook: XLSX.WorkBook): void {
  for (const sheet of Object.values(workbook.Sheets)) {
    eachCell(sheet, (cell) => {
      const shown = cell.t === 'd' && cell.v instanceof Date ? US_SHORT_DATE.exec(cell.w ?? '') : null;
      if (!shown) return;
      const date = cell.v as Date;
      const midnight = date.getUTCHours() === 0 && date.getUTCMinutes() === 0 && date.getUTCSeconds() === 0;
      if (midnight && Number(shown[1]) === date.getUTCMonth() + 1 && Number(shown[2]) === date.getUTCDate())
        cell.w = `${date.getUTCFullYear()}年${date.getUTCMonth() + 1}月${date.getUTCDate()}日`;
    });
  }
}

const US_SHORT_DATE = /^(\d{1,2})\/(\d{1,2})\/\d{2}$/;

/** BIFF2–5 files without an OLE wrapper start with a BOF record (09 00/02/04/08). */
function isRawBiff(bytes: Uint8Array): boolean {
  return bytes[0] === 0x09 && [0x00, 0x02, 0x04, 0x08].includes(bytes[1]);
}

/**
 * A compound file's workbook record stream, alone and checked (xls-stream.ts):
 * SheetJS reads it as raw BIFF and never sees the container's other streams.
 * An encrypted .xlsx is an OLE container holding EncryptionInfo + EncryptedPackage.
 */
function checkedWorkbookStream(bytes: Uint8Array): Uint8Array {
  assertCompoundFileFits(bytes, DAMAGED);
  const { value: cfb } = quietly(() => readCompoundFile(bytes));
  const paths = (cfb.FullPaths ?? []).map((p) => p.toLowerCase());
  if (paths.some((p) => p.endsWith('/encryptioninfo') || p.endsWith('/encryptedpackage')))
    throw new ReadError('encrypted', 'the workbook is password-protected (encrypted); save an unprotected copy');
  return workbookStream(cfb, DAMAGED);
}

const DAMAGED = 'the spreadsheet is damaged';

/**
 * One line for the user. SheetJS throws strings or Errors; its own short messages
 * ("Cannot find Workbook stream") help, a TypeError from deep inside a truncated
 * file does not.
 */
function toReadError(error: unknown): ReadError {
  if (!(error instanceof ReadError) && /password|encrypt/i.test(error instanceof Error ? error.message : String(error)))
    return new ReadError('encrypted', 'the workbook is password-protected (encrypted); save an unprotected copy');
  return libraryError(error, 'the spreadsheet is damaged or not a spreadsheet');
}

/**
 * Visible sheets with content, in workbook order. Hidden sheets hold lookup lists
 * and scratch data, not the plan the reader sees: they are skipped with a warning,
 * unless no visible sheet has any content.
 */
function workbookResult(workbook: XLSX.WorkBook, encoding: string | null): ReadResult {
  const visible: Block[] = [];
  const hidden: Block[] = [];
  // Each table is bounded by MAX_GRID_CELLS; so are all of them together (a 64 KB file can repeat one sheet 250 times).
  let cells = 0;
  workbook.SheetNames.forEach((name, index) => {
    const block = sheetBlock(name, workbook.Sheets[name]);
    if (!block) return;
    for (const row of block.rows ?? []) cells += row.length;
    if (cells > MAX_GRID_CELLS) throw new ReadError('too-large', `the workbook's sheets hold more than ${MAX_GRID_CELLS} cells between them`);
    (workbook.Workbook?.Sheets?.[index]?.Hidden ? hidden : visible).push(block);
  });
  if (visible.length === 0 && hidden.length === 0) throw new ReadError('empty', 'the workbook has no cells with content');
  const warnings =
    visible.length > 0
      ? hidden.map((b) => `hidden sheet "${b.text}" was skipped`)
      : [`only hidden sheets have content; read ${hidden.map((b) => `"${b.text}"`).join(', ')}`];
  const { kept, views } = withoutViews(visible.length > 0 ? visible : hidden);
  for (const [view, source] of views) warnings.push(`sheet "${view.text}" repeats rows of sheet "${source.text}" and was skipped`);
  return { format: 'sheet', encoding, blocks: kept, warnings, directives: [] };
}

/**
 * A sheet that is a filter of an earlier one — a tab per unit copied from the
 * master list, a ledger's per-owner sheets — repeats that sheet's rows, header
 * included, in the same order, and names its unit in every data row. Its
 * tasks are already read: reading them again would count each twice. A tab
 * whose rows do not name it (the unit only in the tab name) is a list of its
 * own, however alike the rows.
 */
function withoutViews(blocks: readonly Block[]): { kept: Block[]; views: Array<[Block, Block]> } {
  const kept: Block[] = [];
  const views: Array<[Block, Block]> = [];
  const keysOf = new Map<Block, string[]>();
  for (const block of blocks) {
    const rows = rowKeys(block);
    const source = rows.length > 1 && namedInEveryRow(block) ? kept.find((earlier) => isSubsequence(rows, keysOf.get(earlier)!)) : undefined;
    if (source) {
      views.push([block, source]);
    } else {
      kept.push(block);
      keysOf.set(block, rows);
    }
  }
  return { kept, views };
}

function rowKeys(block: Block): string[] {
  return (block.rows ?? []).map((row) => row.map((cell) => cell.text).join('\u0000'));
}

function namedInEveryRow(block: Block): boolean {
  // A second tab of the same name gets a " (2)" suffix.
  const name = block.text.replace(/\s\(\d+\)$/, '');
  if (name === NO_LEAD_UNIT) return true;
  // A unit's name with characters Excel refuses in sheet names has them replaced in the tab's.
  return block.rows!.slice(1).every((row) => row.some((cell) => cell.text.replace(NOT_IN_SHEET_NAME, '_').includes(name)));
}

/** `part` in `whole`, in order, not necessarily adjacent. */
function isSubsequence(part: readonly string[], whole: readonly string[]): boolean {
  let at = 0;
  for (const item of whole) if (at < part.length && item === part[at]) at++;
  return at === part.length;
}

/**
 * The cells SheetJS placed, row by row, left to right. Its dense rows are
 * sparse arrays: one cell at a far column (608,845,353 in a damaged file)
 * makes a row that long, and forEach or for…of would visit every index
 * before it (13 s). for…in visits only the indexes that hold something.
 */
function eachCell(sheet: XLSX.WorkSheet, visit: (cell: XLSX.CellObject, row: number, col: number) => void): void {
  const data = (sheet['!data'] ?? []) as (XLSX.CellObject | undefined)[][];
  for (const r in data) {
    const row = data[r];
    if (!Array.isArray(row)) continue;
    for (const c in row) {
      const cell = row[c];
      const col = Number(c);
      if (cell && typeof cell === 'object' && Number.isInteger(col)) visit(cell, Number(r), col);
    }
  }
}

type Range = { s: { r: number; c: number }; e: { r: number; c: number } };

/** A sheet → a table Block, or null when it has no text at all. */
function sheetBlock(name: string, sheet: XLSX.WorkSheet | undefined): Block | null {
  if (!sheet) return null;
  const data = (sheet['!data'] ?? []) as (XLSX.CellObject | undefined)[][];
  const texts: PlacedCell[] = [];
  eachCell(sheet, (cell, r, c) => {
    const text = cellText(cell);
    if (text) texts.push({ row: r, col: c, text, loc: cellLoc(name, r, c) });
  });
  const merges = ((sheet['!merges'] ?? []) as Range[]).map((m) => mergeCell(m, data, name));
  return tableBlock(name, merges, texts);
}

function mergeCell(range: Range, data: (XLSX.CellObject | undefined)[][], sheet: string): PlacedCell {
  const { s, e } = range;
  const anchor = data[s.r]?.[s.c];
  return {
    row: s.r,
    col: s.c,
    rowSpan: e.r - s.r + 1,
    colSpan: e.c - s.c + 1,
    text: anchor ? cellText(anchor) : '',
    loc: cellLoc(sheet, s.r, s.c),
  };
}

/** The text Excel shows: SheetJS's formatted `w` (General avoids float noise), CRLF → "\n". */
function cellText(cell: XLSX.CellObject): string {
  if (cell.t === 'z' || cell.v === undefined || cell.v === null) return '';
  return displayText(cell).replace(/\r\n?/g, '\n').trim();
}

/**
 * `w` is the displayed text (for ODS, the text the writing program rendered).
 * A number whose `w` is just the JS number ("0.30000000000000004") was never
 * formatted by anyone, so it gets Excel's General format, as Excel would show it
 * (integers stay whole: a 12-digit ID is not 1.23457E+11).
 */
function displayText(cell: XLSX.CellObject): string {
  try {
    if (cell.t === 'n' && typeof cell.v === 'number' && (cell.w === undefined || cell.w === String(cell.v)))
      return Number.isSafeInteger(cell.v) ? String(cell.v) : XLSX.SSF.format('General', cell.v);
    return cell.w ?? XLSX.utils.format_cell(cell);
  } catch {
    return String(cell.v);
  }
}

function cellLoc(sheet: string, r: number, c: number): SourceLocation {
  return { sheet, cell: XLSX.utils.encode_cell({ r, c }), row: r + 1, col: c + 1 };
}

/**
 * Cells with text and merge ranges → one table Block. The table spans the
 * columns that hold text (a sheet starting at column B has no empty first
 * column); merges are clipped to that area, and so are their repeats.
 */
function tableBlock(name: string, merges: PlacedCell[], texts: PlacedCell[]): Block | null {
  if (texts.length === 0) return null;
  const { top, bottom, left, right } = boundsOf(texts);
  const shift = (p: PlacedCell): PlacedCell | null => {
    const lastRow = Math.min(p.row + (p.rowSpan ?? 1) - 1, bottom);
    const lastCol = Math.min(p.col + (p.colSpan ?? 1) - 1, right);
    if (p.row < top || p.col < left || p.row > bottom || p.col > right) return null;
    return { ...p, row: p.row - top, col: p.col - left, rowSpan: lastRow - p.row + 1, colSpan: lastCol - p.col + 1 };
  };
  // Merge anchors first: a value lying inside another merge's range is not shown by Excel either.
  const placed = [...merges, ...texts].map(shift).filter((p): p is PlacedCell => p !== null);
  const rows = resolveTextRows(placed, (r, c) => cellLoc(name, r + top, c + left));
  return { kind: 'table', text: name, rows, loc: { sheet: name } };
}

/** A loop, not Math.min(...): a sheet can hold more cells than the call stack takes arguments. */
function boundsOf(cells: PlacedCell[]): { top: number; bottom: number; left: number; right: number } {
  let top = Infinity, bottom = -1, left = Infinity, right = -1;
  for (const { row, col } of cells) {
    top = Math.min(top, row);
    bottom = Math.max(bottom, row);
    left = Math.min(left, col);
    right = Math.max(right, col);
  }
  return { top, bottom, left, right };
}

// ---------------------------------------------------------------- CSV / TSV

async function readDelimited(bytes: Uint8Array, options: ReadOptions): Promise<ReadResult> {
  const { text, encoding, repaired } = decodeText(bytes, options.encoding);
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') throw new ReadError('empty', 'the file has no text');
  // Excel names the single sheet of a CSV after the file; so do we.
  const name = sheetNameFor(options.fileName);
  // Only fields with text are kept: a megabyte of blank lines is a million empty records, not a million arrays.
  const texts: PlacedCell[] = [];
  eachField(body, delimiterFor(options.fileName, body), (r, c, value) => {
    const cellText = value.trim();
    if (cellText) texts.push({ row: r, col: c, text: cellText, loc: cellLoc(name, r, c) });
  });
  const block = tableBlock(name, [], texts);
  if (!block) throw new ReadError('empty', 'the file has no cells with content');
  return { format: 'sheet', encoding, blocks: [block], warnings: repaired ? [repaired] : [], directives: [] };
}

function sheetNameFor(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  return base.replace(/\.[^.]*$/, '') || 'Sheet1';
}

/** .tsv/.tab mean TAB; otherwise the first line decides between TAB, comma and semicolon. */
function delimiterFor(fileName: string, text: string): string {
  if (['tsv', 'tab'].includes(extOf(fileName))) return '\t';
  const firstLine = text.slice(0, text.search(/\r|\n|$/));
  const count = (d: string): number => firstLine.split(d).length - 1;
  const best = [',', '\t', ';'].reduce((a, b) => (count(b) > count(a) ? b : a));
  return count(best) > 0 ? best : ',';
}

/**
 * RFC 4180: fields split on `delimiter`, records on CRLF/LF/CR; a quoted field
 * may hold delimiters, doubled quotes and line breaks (kept as "\n"). A quote
 * in the middle of an unquoted field is taken literally, as Excel does.
 */
export function parseDelimited(text: string, delimiter = ','): string[][] {
  const records: string[][] = [];
  eachField(text, delimiter, (row, _col, value) => (records[row] ??= []).push(value));
  return records;
}

/** parseDelimited's scanner: every field with its record and column number, in order. */
function eachField(text: string, delimiter: string, visit: (row: number, col: number, value: string) => void): void {
  let row = 0;
  let col = 0;
  let i = 0;
  while (i <= text.length) {
    const [value, next] = text[i] === '"' ? quotedField(text, i + 1, delimiter) : plainField(text, i, delimiter);
    visit(row, col, value);
    i = next;
    if (text[i] === delimiter) {
      i++;
      col++;
      continue;
    }
    row++;
    col = 0;
    if (i >= text.length) break;
    i += text[i] === '\r' && text[i + 1] === '\n' ? 2 : 1;
    if (i >= text.length) break; // a final line break ends the last record, it does not start one
  }
}

function plainField(text: string, start: number, delimiter: string): [string, number] {
  let i = start;
  while (i < text.length && text[i] !== delimiter && text[i] !== '\n' && text[i] !== '\r') i++;
  return [text.slice(start, i), i];
}

function quotedField(text: string, start: number, delimiter: string): [string, number] {
  let value = '';
  let i = start;
  for (;;) {
    const quote = text.indexOf('"', i);
    if (quote < 0) return [(value + text.slice(i)).replace(/\r\n?/g, '\n'), text.length]; // unterminated: take the rest
    value += text.slice(i, quote);
    if (text[quote + 1] === '"') {
      value += '"';
      i = quote + 2;
      continue;
    }
    // Text between the closing quote and the delimiter (malformed) is kept, as Excel does.
    const [tail, next] = plainField(text, quote + 1, delimiter);
    return [(value + tail).replace(/\r\n?/g, '\n'), next];
  }
}
