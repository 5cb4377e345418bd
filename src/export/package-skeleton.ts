import { unzipSync } from 'fflate';
import * as XLSX from 'xlsx';
import { GENERATOR_NAME, WORKBOOK_PROPERTIES } from '../model/constants.js';
import { addLedgerStyles, addPrintTitles, escapeText, fitSheet, setFilterRanges, sheetParts, splitSheet, type LedgerStyles, type ListValidation } from './sheet-xml.js';
import { DeflatedText, PackageWriter } from './zip-writer.js';

/**
 * The .xlsx package around a ledger's rows. SheetJS writes it — sheets with
 * their header rows, workbook, relationships, content types, theme — once
 * for each shape of workbook (sheet names and columns) and it is kept:
 * --out-dir writes thousands of workbooks of one shape, and SheetJS took
 * longer to write each (4 ms) than planlint took to read its input. What
 * differs from one workbook to the next — each sheet's range and column
 * widths, the autofilter ranges, the document properties — is set in the
 * kept XML (sheet-xml.ts); the parts that never differ are compressed once.
 */

/** One sheet as the package shows it. */
export interface SheetLayout {
  /** A valid, unique sheet name. */
  name: string;
  headers: readonly string[];
  validations: readonly ListValidation[];
  /** Data rows, below the header. */
  rows: number;
  /** Column widths in characters. */
  widths: readonly number[];
}

/** What the workbook says of itself (docProps): who made it and, for one document, from what. */
export interface WorkbookProperties {
  /** WORKBOOK_PROPERTIES key → value; the generator always, the rest for a ledger of one document. */
  custom: Partial<Record<keyof typeof WORKBOOK_PROPERTIES, string>>;
  title: string | null;
  /** 文号, shown as the workbook's subject. */
  subject: string | null;
  /** What the page header names on every printed page: the plan's title, or what the ledger holds. */
  pageTitle: string;
}

type Part =
  | { kind: 'sheet'; path: string; index: number; head: string; tail: string }
  | { kind: 'workbook'; path: string; xml: string }
  | { kind: 'core' | 'custom'; path: string }
  | { kind: 'fixed'; path: string; content: DeflatedText };

interface Skeleton {
  key: string;
  /** In the order SheetJS wrote them. */
  parts: Part[];
}

const CORE_PART = 'docProps/core.xml';
const CUSTOM_PART = 'docProps/custom.xml';
const WORKBOOK_PART = 'xl/workbook.xml';
const STYLES_PART = 'xl/styles.xml';
const XML_HEADER = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const WRITE_OPTIONS: XLSX.WritingOptions = { type: 'buffer', bookType: 'xlsx', bookSST: false, compression: false };

let cachedStyles: LedgerStyles | null = null;

/** styles.xml as SheetJS writes it for a workbook of text header rows, with the ledger's formats added. */
export function ledgerStyles(): LedgerStyles {
  if (!cachedStyles) {
    const workbook = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(workbook, XLSX.utils.aoa_to_sheet([['header']]), 'Sheet1');
    cachedStyles = addLedgerStyles(Buffer.from(unzipSync(XLSX.write(workbook, WRITE_OPTIONS))[STYLES_PART]).toString('utf8'));
  }
  return cachedStyles;
}

/** The last shape written: a run writes one shape again and again (a by-owner ledger, whose sheets are its owners, rarely twice). */
let kept: Skeleton | null = null;

/**
 * The workbook's bytes: each sheet's rows (already compressed, in `rows`,
 * one per layout) inside the package for `sheets`.
 */
export function writeWorkbook(sheets: readonly SheetLayout[], rows: readonly DeflatedText[], properties: WorkbookProperties, styles: LedgerStyles): Uint8Array {
  const key = JSON.stringify(sheets.map((s) => [s.name, s.headers, s.validations]));
  if (kept?.key !== key) kept = buildSkeleton(key, sheets, styles);
  const ranges = sheets.map((sheet) => XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: sheet.rows, c: sheet.headers.length - 1 } }));
  const zip = new PackageWriter();
  for (const part of kept.parts) {
    switch (part.kind) {
      case 'sheet': {
        const { head, tail } = fitSheet(part, ranges[part.index], sheets[part.index].widths, properties.pageTitle);
        zip.add(part.path, [DeflatedText.of(head), rows[part.index], DeflatedText.of(tail)]);
        break;
      }
      case 'workbook':
        zip.add(part.path, [DeflatedText.of(setFilterRanges(part.xml, ranges))]);
        break;
      case 'core':
        zip.add(part.path, [DeflatedText.of(coreXml(properties))]);
        break;
      case 'custom':
        zip.add(part.path, [DeflatedText.of(customXml(properties))]);
        break;
      case 'fixed':
        zip.add(part.path, [part.content]);
    }
  }
  return zip.finish();
}

function buildSkeleton(key: string, sheets: readonly SheetLayout[], styles: LedgerStyles): Skeleton {
  const workbook = XLSX.utils.book_new();
  // Any properties: SheetJS then writes the parts, their relationships and content types; their text is ours.
  workbook.Props = { Author: GENERATOR_NAME };
  workbook.Custprops = { [WORKBOOK_PROPERTIES.generator]: GENERATOR_NAME };
  for (const sheet of sheets) XLSX.utils.book_append_sheet(workbook, headerSheet(sheet), sheet.name);
  const files: Record<string, Uint8Array> = unzipSync(XLSX.write(workbook, WRITE_OPTIONS));
  const text = (path: string) => Buffer.from(files[path]).toString('utf8');
  const partOf = sheetParts(text(WORKBOOK_PART), text('xl/_rels/workbook.xml.rels'));
  const sheetAt = new Map(sheets.map((sheet, k) => [partOf.get(sheet.name), k]));
  const parts = Object.keys(files).map((path): Part => {
    const index = sheetAt.get(path);
    if (index !== undefined) return { kind: 'sheet', path, index, ...splitSheet(text(path), styles.headerStyle, sheets[index].validations) };
    if (path === WORKBOOK_PART) return { kind: 'workbook', path, xml: addPrintTitles(text(path), sheets.map((sheet) => sheet.name)) };
    if (path === CORE_PART) return { kind: 'core', path };
    if (path === CUSTOM_PART) return { kind: 'custom', path };
    // styles.xml: SheetJS's own (the same for any workbook of text header rows) with the ledger's formats added.
    return { kind: 'fixed', path, content: DeflatedText.of(path === STYLES_PART ? styles.styles : files[path]).flush(true) };
  });
  return { key, parts };
}

/** What SheetJS is given of a sheet: the header row, the range of the whole table, the column widths, an autofilter over it all. */
function headerSheet(sheet: SheetLayout): XLSX.WorkSheet {
  const ref = XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: sheet.rows, c: sheet.headers.length - 1 } });
  return {
    // The data rows are left empty: they are written already.
    '!data': [sheet.headers.map((header): XLSX.CellObject => ({ t: 's', v: header })), ...new Array<XLSX.CellObject[]>(sheet.rows).fill([])],
    '!ref': ref,
    '!cols': sheet.widths.map((wch) => ({ wch })),
    '!autofilter': { ref },
  };
}

/** docProps/core.xml: planlint as the author; the document's title and 文号 (as subject) when there is one document. */
function coreXml({ title, subject }: WorkbookProperties): string {
  const element = (name: string, value: string | null) => (value ? `<${name}>${escapeText(value)}</${name}>` : '');
  return (
    `${XML_HEADER}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ` +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" ' +
    `xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">${element('dc:creator', GENERATOR_NAME)}${element('dc:subject', subject)}${element('dc:title', title)}</cp:coreProperties>`
  );
}

/** docProps/custom.xml: text properties, named as WORKBOOK_PROPERTIES says (pid 1 is reserved; theirs start at 2). */
function customXml({ custom }: WorkbookProperties): string {
  const entries = (Object.keys(WORKBOOK_PROPERTIES) as Array<keyof typeof WORKBOOK_PROPERTIES>).filter((key) => custom[key]);
  const properties = entries.map(
    (key, k) =>
      `<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="${k + 2}" name="${WORKBOOK_PROPERTIES[key]}"><vt:lpwstr>${escapeText(custom[key]!)}</vt:lpwstr></property>`,
  );
  return (
    `${XML_HEADER}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" ` +
    `xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">${properties.join('')}</Properties>`
  );
}
