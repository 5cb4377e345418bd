import type { Extracted } from '../extract/index.js';
import { LEDGER_STATUSES } from '../lexicon/status-words.js';
import { lint, type LintOptions } from '../lint.js';
import { GENERATOR } from '../version.js';
import { widestLine, wrapLines } from '../text/width.js';
import {
  DOCUMENT_COLUMNS,
  FAILURE_COLUMNS,
  FILE_COLUMN,
  PROBLEM_COLUMNS,
  SHEET_NAMES,
  SUMMARY_COLUMNS,
  TASK_COLUMNS,
  addToSummary,
  documentRow,
  ledgerDocument,
  leadsOf,
  summaryRow,
  type FailedFile,
  type LedgerColumn,
  type LedgerDocument,
  type ProblemRow,
  type TaskRow,
  type UnitSummary,
} from './ledger.js';
import { ledgerStyles, writeWorkbook, type SheetLayout, type WorkbookProperties } from './package-skeleton.js';
import { DATE_FORMAT, rowXml, type CellStyles, type CellValue, type ListValidation } from './sheet-xml.js';
import { sheetName } from './sheet-names.js';
import { DeflatedText } from './zip-writer.js';

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
  /** One more sheet per lead unit, holding its tasks (for the first MAX_OWNER_SHEETS units). */
  byOwner?: boolean;
  /** A 文件 column first, telling the inputs apart (default: when there is more than one input). */
  fileColumn?: boolean;
}

const MIN_WIDTH = 6;
/**
 * --by-owner files each task under its lead units, a sheet each, up to this
 * many units: a plan naming hundreds of units would otherwise write hundreds
 * of sheets no one pages through. Every task is in 任务台账 and every unit in
 * 汇总 whatever the cap.
 */
export const MAX_OWNER_SHEETS = 100;
/**
 * Row heights, in points, for the wrapped lines of the tallest cell: a line
 * of 12-point text in the CJK fonts Excel, WPS and LibreOffice use takes
 * about 16 points. A cell is wrapped one unit narrower than its column (the
 * cell's padding); a CJK character counts two units, as wide as it is in
 * SimSun or DengXian (LibreOffice's Noto CJK is narrower: rows there have room to spare).
 */
const LINE_HEIGHT = 16;
const ROW_PADDING = 3;
const WRAP_MARGIN = 1;
/** Excel's day 0 is 1899-12-30 (the 1900 leap-year bug folded in). */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

/**
 * The Excel ledger (docs/architecture.md) of `documents`: 任务台账, 问题清单, 汇总,
 * 失败文件 when a file failed, and with `byOwner` one sheet per lead unit.
 */
export function buildLedger(documents: readonly LedgerDocument[], options: LedgerOptions = {}): Uint8Array {
  const builder = new LedgerBuilder({ ...options, fileColumn: options.fileColumn ?? documents.length > 1 });
  for (const doc of documents) builder.add(doc);
  return builder.finish();
}

/**
 * The ledger built one document at a time, as an export's files are done:
 * each row is written and compressed when its document arrives, so memory
 * holds the compressed sheets, not the documents, and little is left to do
 * at the end. SheetJS then writes the package around the rows: sheets with
 * their header rows, widths (measured as rows came), ranges and
 * autofilters. sheet-xml adds what SheetJS cannot (bold frozen header,
 * wrapped text, dates, the 进展状态 drop-down).
 */
export class LedgerBuilder {
  private readonly tasks: SheetStream;
  private readonly problems: SheetStream;
  private readonly owners = new Map<string, SheetStream>();
  private readonly summary = new Map<string, UnitSummary>();
  private readonly documents: SheetStream;
  private readonly failures: FailedFile[] = [];
  private readonly styles = ledgerStyles();
  private taskCount = 0;
  /** The documents added, up to two: a ledger of one document names it in its properties. */
  private readonly sources: LedgerDocument[] = [];
  private documentCount = 0;

  constructor(private readonly options: LedgerOptions & { fileColumn: boolean }) {
    this.tasks = this.sheet(SHEET_NAMES.tasks, this.taskColumns());
    this.problems = this.sheet(SHEET_NAMES.problems, options.fileColumn ? [FILE_COLUMN, ...PROBLEM_COLUMNS] : PROBLEM_COLUMNS);
    this.documents = this.sheet(SHEET_NAMES.documents, DOCUMENT_COLUMNS);
  }

  add(doc: LedgerDocument): void {
    if (this.sources.length < 2) this.sources.push(doc);
    this.documentCount++;
    this.documents.add(documentRow(doc));
    const first = this.taskCount + 1;
    for (const task of doc.tasks) {
      const row: TaskRow = { file: doc.file, number: ++this.taskCount, ...task };
      this.tasks.add(row);
      addToSummary(this.summary, doc.file, task);
      if (this.options.byOwner) for (const owner of leadsOf(task)) this.ownerSheet(owner)?.add(row);
    }
    for (const { taskIndex, ...problem } of doc.problems) {
      this.problems.add({ file: doc.file, number: taskIndex === null ? null : first + taskIndex, ...problem } satisfies ProblemRow);
    }
    if (doc.failure !== null) this.failures.push({ file: doc.file, reason: doc.failure });
  }

  /** The .xlsx bytes. The builder is spent afterwards. */
  finish(): Uint8Array {
    const summaryColumns = this.options.fileColumn ? [FILE_COLUMN, ...SUMMARY_COLUMNS] : SUMMARY_COLUMNS;
    const summary = this.sheet(SHEET_NAMES.summary, summaryColumns, [...this.summary.values()].map(summaryRow));
    const sheets = [this.tasks, this.problems, summary, this.documents];
    if (this.failures.length > 0) sheets.push(this.sheet(SHEET_NAMES.failures, FAILURE_COLUMNS, this.failures));
    sheets.push(...this.owners.values());
    const taken = new Set<string>();
    const layouts = sheets.map(
      (sheet): SheetLayout => ({
        name: sheetName(sheet.title, taken),
        headers: sheet.columns.map((column) => column.header),
        validations: sheet.validations,
        rows: sheet.count,
        widths: sheet.columns.map((column, c) => Math.min(column.maxWidth, Math.max(MIN_WIDTH, sheet.widths[c] + 1))),
      }),
    );
    const source = this.sources.length === 1 ? this.sources[0] : null;
    return writeWorkbook(layouts, sheets.map((sheet) => sheet.rows), workbookProperties(source, this.documentCount), this.styles);
  }

  private taskColumns(): ReadonlyArray<LedgerColumn<string>> {
    return this.options.fileColumn ? [FILE_COLUMN, ...TASK_COLUMNS] : TASK_COLUMNS;
  }

  /** The unit's sheet; none past MAX_OWNER_SHEETS units. */
  private ownerSheet(owner: string): SheetStream | undefined {
    let sheet = this.owners.get(owner);
    if (!sheet && this.owners.size < MAX_OWNER_SHEETS) this.owners.set(owner, (sheet = this.sheet(owner, this.taskColumns())));
    return sheet;
  }

  private sheet(title: string, columns: ReadonlyArray<LedgerColumn<string>>, rows: Iterable<object> = []): SheetStream {
    const sheet = new SheetStream(title, columns, this.styles.cells);
    for (const row of rows) sheet.add(row);
    return sheet;
  }
}

/**
 * What made the workbook and from what (WORKBOOK_PROPERTIES): a ledger moved
 * or renamed still says which document it was made from, and a directory
 * search knows it for planlint's own output. Title and 主题 (the 文号) are
 * the ones file managers show.
 */
function workbookProperties(source: LedgerDocument | null, documents: number): WorkbookProperties {
  if (!source) return { custom: { generator: GENERATOR }, title: null, subject: null, pageTitle: documents > 1 ? `${documents} 个文件` : '' };
  return {
    custom: { generator: GENERATOR, source: source.file, title: source.title ?? undefined, docNumber: source.docNumber ?? undefined },
    title: source.title,
    subject: source.docNumber,
    pageTitle: [source.title ?? source.file.split(/[\\/]/).pop(), source.docNumber].filter(Boolean).join(' '),
  };
}

/**
 * A sheet being written: its rows compressed as they come, its column widths
 * measured as they go, each row as high as its tallest wrapped cell. A cell
 * is wrapped at its column's widest width: a column ends narrower only when
 * every one of its lines fits, so the line count is the same either way.
 */
class SheetStream {
  readonly rows = new DeflatedText();
  readonly widths: number[];
  readonly validations: ListValidation[];
  count = 0;

  constructor(
    readonly title: string,
    readonly columns: ReadonlyArray<LedgerColumn<string>>,
    private readonly styles: CellStyles,
  ) {
    this.widths = columns.map((column) => cellWidth(column.header));
    const status = columns.findIndex((column) => column.kind === 'status');
    this.validations = status >= 0 ? [{ column: status, values: LEDGER_STATUSES }] : [];
  }

  add(row: object): void {
    let lines = 1;
    const cells = this.columns.map((column, c) => {
      const value = cellValueOf(row, column);
      if (value === undefined) return undefined;
      if (column.kind === 'text') {
        const text = String(value);
        const widest = cellWidth(text);
        this.widths[c] = Math.max(this.widths[c], widest);
        lines = Math.max(lines, wrappedLineCount(text, widest, column.maxWidth - WRAP_MARGIN));
      } else if (this.widths[c] + 1 < column.maxWidth) {
        // A column at its widest stays so: its cells need not be measured.
        this.widths[c] = Math.max(this.widths[c], column.kind === 'date' ? DATE_FORMAT.length : cellWidth(String(value)));
      }
      return cellOf(column, value);
    });
    // Row 1 is the header.
    this.rows.write(rowXml(++this.count + 1, cells, this.styles, lines * LINE_HEIGHT + ROW_PADDING));
  }
}

/**
 * The lines `text` takes wrapped at `limit`, knowing its widest line: when
 * that fits, every line does, and only the line breaks count (most cells:
 * a unit, a name, a date). Wrapping is done only for text that needs it.
 */
function wrappedLineCount(text: string, widest: number, limit: number): number {
  if (widest > limit) return wrapLines(text, limit, { ambiguousWide: true }).length;
  let lines = 1;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) lines++;
  return lines;
}

/** A cell: text is always text, dates become Excel dates. */
function cellOf(column: LedgerColumn<string>, value: unknown): CellValue {
  if (column.kind === 'date') return { date: excelDate(value as string) };
  if (column.kind === 'count') return { number: value as number };
  return { text: String(value) };
}

/** The row's value for the column; undefined for an empty cell. */
function cellValueOf(row: object, column: LedgerColumn<string>): unknown {
  const value = (row as Record<string, unknown>)[column.key];
  return value === null || value === '' ? undefined : value;
}

/** ISO date → Excel serial day, computed in UTC so the time zone cannot shift it. */
export function excelDate(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  return (Date.UTC(y, m - 1, d) - EXCEL_EPOCH) / DAY_MS;
}

/** Width in Excel character units: a Chinese character, and a quotation mark or dash in a CJK font, counts two; the widest line counts. */
export function cellWidth(text: string): number {
  return widestLine(text, true);
}
