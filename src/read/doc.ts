import type { Block, Cell } from '../model/block.js';
import { assertCompoundFileFits } from './compound-file.js';
import { convertDocs, preparedConversion } from './doc-batch.js';
import { boundSectorChains } from './doc-limits.js';
import { findSoffice } from './doc-soffice.js';
import { libraryError } from './failure.js';
import { readDocx, tableText } from './docx.js';
import type { Reader, ReadResult } from './types.js';

/**
 * Word 97–2003 .doc → Blocks. With LibreOffice installed the file is
 * converted to .docx and read by the docx reader, which keeps list numbering
 * and merged cells. Without it, word-extractor gives the plain text: list
 * labels and cell merges are gone, and tables are rebuilt from the
 * cell/row marks it leaves (a TAB after every cell, a line break after a row).
 * A file that prepareDocs converted beforehand is not converted again.
 */
export const readDoc: Reader = async (bytes, options) => {
  const warnings: string[] = [];
  const soffice = findSoffice();
  if (soffice) {
    try {
      const prepared = preparedConversion(bytes);
      if (typeof prepared === 'string') throw new Error(prepared);
      const docx = prepared ?? (await convertDocToDocx(bytes, soffice));
      const result = await readDocx(docx, options);
      return { ...result, format: 'doc' };
    } catch (error) {
      warnings.push(`LibreOffice could not convert the file (${(error as Error).message}); it was read as plain text instead`);
    }
  }
  const fallback = await readDocText(bytes);
  return { ...fallback, warnings: [...warnings, ...fallback.warnings] };
};

// ───────────────────────── LibreOffice ─────────────────────────

export { findSoffice } from './doc-soffice.js';

export interface ConvertOptions {
  /** Kill LibreOffice after this long; a hung conversion must not hang the lint run. */
  timeoutMs?: number;
}

/** .doc bytes → .docx bytes with LibreOffice, one file on its own (prepareDocs converts many per start). */
export async function convertDocToDocx(bytes: Uint8Array, soffice: string, options: ConvertOptions = {}): Promise<Uint8Array> {
  const [result] = await convertDocs(soffice, [bytes], { timeoutMs: options.timeoutMs });
  if (typeof result === 'string') throw new Error(result);
  return result;
}

// ───────────────────────── word-extractor ─────────────────────────

interface WordExtractorDocument {
  getBody(options?: { filterUnicode?: boolean }): string;
}
interface WordExtractorInstance {
  extract(source: Buffer): Promise<WordExtractorDocument>;
}
type WordExtractorClass = new () => WordExtractorInstance;

export const NO_SOFFICE_WARNING =
  'read without LibreOffice: automatic list numbering (一、 （一） 1.) and merged table cells are lost; install LibreOffice (soffice) for a faithful reading';

/** The text-only reading of a .doc, through word-extractor. */
export async function readDocText(bytes: Uint8Array): Promise<ReadResult> {
  // Loaded on demand: most runs never see a .doc. The package ships no types; see WordExtractorClass.
  // @ts-expect-error -- word-extractor has no type declarations
  const { default: WordExtractor } = (await import('word-extractor')) as { default: WordExtractorClass };
  assertCompoundFileFits(bytes, 'not a valid Word .doc file');
  await boundSectorChains();
  let body: string;
  try {
    const doc = await new WordExtractor().extract(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    // filterUnicode would turn “ ” ‘ ’ — into ASCII look-alikes.
    body = doc.getBody({ filterUnicode: false });
  } catch (error) {
    throw libraryError(error, 'not a valid Word .doc file');
  }
  const { blocks, warnings } = docTextToBlocks(body);
  return { format: 'doc', encoding: null, blocks, warnings: [NO_SOFFICE_WARNING, ...warnings], directives: [] };
}

/** A table row longer than this many lines is not believed: it would swallow body text. */
const MAX_ROW_LINES = 40;

/**
 * word-extractor's body text → Blocks. Each line is a paragraph, except
 * table rows: every cell ends with a TAB, and a row ends with a TAB right
 * before the line break; a cell's inner paragraphs are line breaks. Lines
 * outside tables are numbered as paragraphs ({ paragraph: n }).
 */
export function docTextToBlocks(body: string): { blocks: Block[]; warnings: string[] } {
  const lines = body.replace(/\r\n?/g, '\n').split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  const blocks: Block[] = [];
  const warnings: string[] = [];
  let paragraph = 0;
  let tableNumber = 0;
  for (let i = 0; i < lines.length; ) {
    const table = lines[i].includes('\t') ? scanTable(lines, i) : null;
    if (table) {
      tableNumber++;
      const { rows, ragged } = toCells(table.rows, tableNumber);
      if (ragged) warnings.push(`table ${tableNumber}: ${ragged} row(s) have fewer cells than the others (merged cells?); their cells may sit in the wrong columns`);
      blocks.push({ kind: 'table', text: tableText(rows), rows, loc: { table: tableNumber } });
      i = table.end;
      continue;
    }
    paragraph++;
    if (lines[i].trim() !== '') blocks.push({ kind: 'paragraph', text: lines[i], loc: { paragraph } });
    i++;
  }
  return { blocks, warnings };
}

/**
 * Reads table rows from line `start`: a row runs to the next line ending in
 * TAB. Lines before a row's first TAB belong to its first cell only when
 * the row is complete (as many cells as the widest row so far); otherwise
 * they are body paragraphs between two tables and the table ends there.
 */
function scanTable(lines: string[], start: number): { rows: string[][]; end: number } | null {
  const rows: string[][] = [];
  let columns = 0;
  let j = start;
  while (j < lines.length) {
    let k = j;
    while (k < lines.length && !lines[k].endsWith('\t') && k - j < MAX_ROW_LINES) k++;
    if (k >= lines.length || !lines[k].endsWith('\t')) break;
    const cells = lines.slice(j, k + 1).join('\n').slice(0, -1).split('\t');
    const leadIn = !lines[j].includes('\t');
    if (leadIn && (rows.length === 0 || cells.length !== columns)) break;
    if (rows.length === 0 && cells.length < 2 && k > j) break;
    rows.push(cells);
    columns = Math.max(columns, cells.length);
    j = k + 1;
  }
  return rows.length ? { rows, end: j } : null;
}

/**
 * Rows of texts → Cells of equal width. A one-cell row in a wider table is
 * a title spanning the table (its other columns merged); other short rows
 * are padded at the end, since which of their cells spanned is unknown.
 */
function toCells(texts: string[][], table: number): { rows: Cell[][]; ragged: number } {
  const width = Math.max(...texts.map((r) => r.length));
  let ragged = 0;
  const rows = texts.map((cells, r) => {
    const spanning = cells.length === 1 && width > 1;
    if (!spanning && cells.length < width) ragged++;
    return Array.from({ length: width }, (_, c): Cell => {
      const loc = { table, row: r + 1, col: c + 1 };
      if (c < cells.length) return { text: cells[c], loc };
      return spanning ? { text: '', loc, merged: true } : { text: '', loc };
    });
  });
  return { rows, ragged };
}
