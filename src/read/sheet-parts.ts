import { strFromU8, zipSync, type Zippable } from 'fflate';
import { unzipEntries } from './archive.js';
import { MAX_GRID_CELLS } from './table-grid.js';
import { ReadError } from './types.js';

/**
 * The parts of an .xlsx or .ods that SheetJS reads: XML and relationships
 * (workbook, sheets, shared strings, styles, content types, manifest) and the
 * ODS mimetype. Pictures, embedded objects, printer settings and macros are
 * left in the archive: nothing of the plan is in them.
 */
function isWorkbookPart(name: string): boolean {
  return name === 'mimetype' || /\.(?:xml|rels)$/i.test(name);
}

/**
 * A workbook's ZIP rebuilt with every wanted part already inflated, by our
 * own size-capped inflater, and stored uncompressed: SheetJS's inflater,
 * which trusts the entry headers (a non-final or repeated deflate stream
 * keeps it busy for minutes and gigabytes), never sees the file's own bytes.
 */
export function inflatedWorkbook(bytes: Uint8Array): Uint8Array {
  const files: Zippable = {};
  for (const [name, data] of unzipEntries(bytes, isWorkbookPart)) {
    if (name === 'content.xml') assertRepeatsBounded(strFromU8(data));
    files[name] = [data, { level: 0 }];
  }
  return zipSync(files);
}

// A row's (a cell's) content never runs past the next row (cell) start: an unclosed tag costs one scan, not one per tag.
const ROW = /<table:table-row\b([^>]*?)(?:\/>|>((?:(?!<table:table-row\b)[\s\S])*?)<\/table:table-row>)/g;
const CELL = /<table:(?:covered-)?table-cell\b([^>]*?)(?:\/>|>((?:(?!<table:(?:covered-)?table-cell\b)[\s\S])*?)<\/table:(?:covered-)?table-cell>)/g;

function repeats(attributes: string, name: string): number {
  const match = new RegExp(`${name}="(\\d+)"`).exec(attributes);
  return match ? Number(match[1]) : 1;
}

/**
 * An OpenDocument row or cell says how many times it repeats, and SheetJS
 * writes every repeat out: one row with text repeated a million times is a
 * million rows (20 s and 1.2 GB), and with its cells repeated too the
 * process runs out of memory. Repeated empty rows and cells (LibreOffice
 * writes a million of them after the last row) cost nothing and are not
 * counted; the cells with content, repeats included, must fit the grid limit.
 */
export function assertRepeatsBounded(contentXml: string): void {
  let cells = 0;
  for (const row of contentXml.matchAll(ROW)) {
    if (!row[2]) continue;
    let perRow = 0;
    for (const cell of row[2].matchAll(CELL)) {
      if (cell[1].includes('office:value') || cell[2]?.includes('<text:')) perRow += repeats(cell[1], 'table:number-columns-repeated');
    }
    cells += perRow * repeats(row[1], 'table:number-rows-repeated');
    if (cells > MAX_GRID_CELLS)
      throw new ReadError('too-large', `the spreadsheet repeats its rows and cells into more than ${MAX_GRID_CELLS} cells with content`);
  }
}
