import { Zip, unzipSync, type ZipInputFile } from 'fflate';
import { constants, crc32, deflateRawSync } from 'node:zlib';
import * as XLSX from 'xlsx';
import type { Extracted } from '../extract/index.js';
import { LEDGER_STATUSES } from '../lexicon/status-words.js';
import { lint, type LintOptions } from '../lint.js';
import { displayWidth } from '../report/wrap.js';
import {
  FAILURE_COLUMNS,
  FILE_COLUMN,
  PROBLEM_COLUMNS,
  SHEET_NAMES,
  SUMMARY_COLUMNS,
  TASK_COLUMNS,
  ledgerDocument,
  leadsOf,
  summarizeOwners,
  type FailedFile,
  type LedgerColumn,
  type LedgerDocument,
  type ProblemRow,
  type TaskRow,
} from './ledger.js';
import { DATE_FORMAT, addLedgerStyles, rowXml, sheetParts, splitSheet, type CellValue, type ListValidation } from './sheet-xml.js';
import { sheetName } from './sheet-names.js';

/**
 * The library's ledger: parsed documents, each linted with `options`, as the
 * bytes of an .xlsx file.
 *
 *   writeFileSync('台账.xlsx', exportLedger([await parseFile('plan.docx')], { asOf: '2024-09-01' }));
 */
export function exportLedger(parsed: readonly Extracted[], options: LintOptions & LedgerOptions = {}): Uint8Array {
  const ledgers = parsed.map((p) => ledgerDocument(p, p.document.errors.length > 0 ? [] : lint(p, options), options.lang ?? 'zh'));
  return buildLedger(ledgers, options);
}

export interface LedgerOptions {
  /** One more sheet per lead unit, holding its tasks. */
  byOwner?: boolean;
  /** A 文件 column first, telling the inputs apart (default: when there is more than one input). */
  fileColumn?: boolean;
}


/** A sheet to be: its columns and its rows, still as data. */
interface SheetPlan {
  name: string;
  columns: ReadonlyArray<LedgerColumn<string>>;
  rows: readonly object[];
  validations: ListValidation[];
}

const MIN_WIDTH = 6;
/** Excel's day 0 is 1899-12-30 (the 1900 leap-year bug folded in). */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;
/** Sheet XML is compressed in segments of this many bytes. */
const SEGMENT_BYTES = 1 << 20;
/** zlib level 3: half the time of the default 6 on sheet XML, for a file 9% larger. */
const DEFLATE_LEVEL = 3;

/**
 * The Excel ledger (DESIGN.md): 任务台账, 问题清单, 汇总, 失败文件 when a
 * file failed, and with `byOwner` one sheet per lead unit. SheetJS writes
 * the package: sheets with their header rows, widths, ranges and
 * autofilters. sheet-xml adds what SheetJS cannot (bold frozen header,
 * wrapped text, dates, the 进展状态 drop-down) and the data rows, which
 * are compressed as they are written.
 */
export function buildLedger(documents: readonly LedgerDocument[], options: LedgerOptions = {}): Uint8Array {
  const plans = sheetPlans(documents, options);
  const workbook = XLSX.utils.book_new();
  for (const plan of plans) XLSX.utils.book_append_sheet(workbook, headerSheet(plan), plan.name);
  const skeleton: Record<string, Uint8Array> = unzipSync(XLSX.write(workbook, { type: 'buffer', bookType: 'xlsx', bookSST: false, compression: false }));

  const text = (path: string) => Buffer.from(skeleton[path]).toString('utf8');
  const { styles, headerStyle, dateStyle } = addLedgerStyles(text('xl/styles.xml'));
  const parts = sheetParts(text('xl/workbook.xml'), text('xl/_rels/workbook.xml.rels'));
  const planOf = new Map(plans.map((plan) => [parts.get(plan.name), plan]));

  const zip = new PackageWriter();
  for (const [path, bytes] of Object.entries(skeleton)) {
    const plan = planOf.get(path);
    if (plan) {
      const { head, tail } = splitSheet(text(path), headerStyle, plan.validations);
      zip.add(path, sheetXml(head, plan, dateStyle, tail));
    } else {
      zip.add(path, [path === 'xl/styles.xml' ? styles : bytes]);
    }
  }
  return zip.finish();
}

function sheetPlans(documents: readonly LedgerDocument[], options: LedgerOptions): SheetPlan[] {
  const fileColumn = options.fileColumn ?? documents.length > 1;
  const taskColumns = fileColumn ? [FILE_COLUMN, ...TASK_COLUMNS] : TASK_COLUMNS;
  const problemColumns = fileColumn ? [FILE_COLUMN, ...PROBLEM_COLUMNS] : PROBLEM_COLUMNS;
  const tasks: TaskRow[] = [];
  const problems: ProblemRow[] = [];
  for (const doc of documents) {
    const first = tasks.length + 1;
    for (const task of doc.tasks) tasks.push({ file: doc.file, number: String(tasks.length + 1), ...task });
    for (const { taskIndex, ...problem } of doc.problems) problems.push({ file: doc.file, number: taskIndex === null ? '' : String(first + taskIndex), ...problem });
  }
  const failures = documents.filter((doc) => doc.failure !== null).map((doc): FailedFile => ({ file: doc.file, reason: doc.failure! }));

  const taken = new Set<string>();
  const plan = <T extends object>(name: string, columns: ReadonlyArray<LedgerColumn<keyof T & string>>, rows: readonly T[]): SheetPlan => {
    const status = columns.findIndex((c) => c.kind === 'status');
    return { name: sheetName(name, taken), columns, rows, validations: status >= 0 ? [{ column: status, values: LEDGER_STATUSES }] : [] };
  };
  const plans = [
    plan(SHEET_NAMES.tasks, taskColumns, tasks),
    plan(SHEET_NAMES.problems, problemColumns, problems),
    plan(SHEET_NAMES.summary, SUMMARY_COLUMNS, summarizeOwners(documents)),
  ];
  if (failures.length > 0) plans.push(plan(SHEET_NAMES.failures, FAILURE_COLUMNS, failures));
  if (options.byOwner) for (const [owner, rows] of rowsByOwner(tasks)) plans.push(plan(owner, taskColumns, rows));
  return plans;
}

/** Lead unit → its task rows, in order of first appearance; tasks with no lead unit go together. */
function rowsByOwner(rows: readonly TaskRow[]): Map<string, TaskRow[]> {
  const owners = new Map<string, TaskRow[]>();
  for (const row of rows) {
    for (const owner of leadsOf(row)) {
      const list = owners.get(owner);
      if (list) list.push(row);
      else owners.set(owner, [row]);
    }
  }
  return owners;
}

/**
 * What SheetJS writes of a sheet: the header row, the range of the whole
 * table (so the dimension and the autofilter cover every row), and column
 * widths fitted to the widest text, Chinese characters counting two.
 */
function headerSheet(plan: SheetPlan): XLSX.WorkSheet {
  const { columns, rows } = plan;
  const widths = columns.map((c) => cellWidth(c.header));
  for (const row of rows) {
    columns.forEach((column, c) => {
      const value = valueOf(row, column);
      if (value !== undefined) widths[c] = Math.max(widths[c], column.kind === 'date' ? DATE_FORMAT.length : cellWidth(String(value)));
    });
  }
  const ref = XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: rows.length, c: columns.length - 1 } });
  return {
    // The data rows are left empty: sheet-xml writes them.
    '!data': [columns.map((c): XLSX.CellObject => ({ t: 's', v: c.header })), ...new Array<XLSX.CellObject[]>(rows.length).fill([])],
    '!ref': ref,
    '!cols': columns.map((column, c) => ({ wch: Math.min(column.maxWidth, Math.max(MIN_WIDTH, widths[c] + 1)) })),
    '!autofilter': { ref },
  };
}

/** A sheet's XML, its data rows made one at a time between the head and the tail. */
function* sheetXml(head: string, plan: SheetPlan, dateStyle: number, tail: string): Generator<string> {
  yield head;
  for (const [r, row] of plan.rows.entries()) yield rowXml(r + 2, cellsOf(plan.columns, row), dateStyle);
  yield tail;
}

/** A row's cells: text is always text, dates become Excel dates, empty cells are not written. */
function cellsOf(columns: ReadonlyArray<LedgerColumn<string>>, row: object): Array<CellValue | undefined> {
  return columns.map((column) => {
    const value = valueOf(row, column);
    if (value === undefined) return undefined;
    if (column.kind === 'date') return { date: excelDate(value as string) };
    if (column.kind === 'count') return { number: value as number };
    return { text: String(value) };
  });
}

/** The row's value for the column; undefined for an empty cell. */
function valueOf(row: object, column: LedgerColumn<string>): unknown {
  const value = (row as Record<string, unknown>)[column.key];
  return value === null || value === '' ? undefined : value;
}

/** ISO date → Excel serial day, computed in UTC so the time zone cannot shift it. */
export function excelDate(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  return (Date.UTC(y, m - 1, d) - EXCEL_EPOCH) / DAY_MS;
}

/** Width in Excel character units: as in a terminal, a Chinese character counts two; the widest line counts. */
export function cellWidth(text: string): number {
  let widest = 0;
  for (const line of text.split('\n')) widest = Math.max(widest, displayWidth(line));
  return widest;
}

/**
 * A zip package written entry by entry. An entry's pieces (a sheet's rows)
 * are gathered into a reused buffer; zlib (native, several times faster
 * than a JavaScript deflate) compresses each full buffer, flushed to a byte
 * boundary so that the parts join into one deflate stream. No entry is ever
 * held whole, uncompressed. fflate lays out the archive.
 */
class PackageWriter {
  private readonly chunks: Uint8Array[] = [];
  private readonly zip = new Zip((error, chunk) => {
    if (error) throw error;
    this.chunks.push(chunk);
  });
  private readonly buffer = Buffer.allocUnsafe(SEGMENT_BYTES);

  add(path: string, pieces: Iterable<string | Uint8Array>): void {
    const file: ZipInputFile = { filename: path, size: 0, crc: 0, compression: 8 };
    this.zip.add(file);
    let used = 0;
    for (const piece of pieces) {
      const bytes = typeof piece === 'string' ? Buffer.from(piece, 'utf8') : piece;
      if (used + bytes.length > SEGMENT_BYTES) {
        this.deflate(file, this.buffer.subarray(0, used), false);
        used = 0;
      }
      if (bytes.length > SEGMENT_BYTES) {
        this.deflate(file, bytes, false);
      } else {
        this.buffer.set(bytes, used);
        used += bytes.length;
      }
    }
    this.deflate(file, this.buffer.subarray(0, used), true);
  }

  private deflate(file: ZipInputFile, data: Uint8Array, final: boolean): void {
    file.crc = crc32(data, file.crc);
    file.size += data.length;
    file.ondata!(null, deflateRawSync(data, { level: DEFLATE_LEVEL, finishFlush: final ? constants.Z_FINISH : constants.Z_SYNC_FLUSH }), final);
  }

  finish(): Uint8Array {
    this.zip.end();
    return Buffer.concat(this.chunks);
  }
}
