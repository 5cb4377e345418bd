import { spawn } from 'node:child_process';
import { accessSync, constants, statSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Block, Cell } from '../model/block.js';
import { assertCompoundFileFits } from './compound-file.js';
import { boundSectorChains } from './doc-limits.js';
import { libraryError } from './failure.js';
import { readDocx, tableText } from './docx.js';
import { ReadError, type Reader, type ReadResult } from './types.js';

/**
 * Word 97–2003 .doc → Blocks. With LibreOffice installed the file is
 * converted to .docx and read by the docx reader, which keeps list numbering
 * and merged cells. Without it, word-extractor gives the plain text: list
 * labels and cell merges are gone, and tables are rebuilt from the
 * cell/row marks it leaves (a TAB after every cell, a line break after a row).
 */
export const readDoc: Reader = async (bytes, options) => {
  const warnings: string[] = [];
  const soffice = findSoffice();
  if (soffice) {
    try {
      const docx = await convertDocToDocx(bytes, soffice);
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

const SOFFICE_NAMES = process.platform === 'win32' ? ['soffice.exe', 'soffice.com'] : ['soffice', 'libreoffice'];
const MACOS_SOFFICE = '/Applications/LibreOffice.app/Contents/MacOS/soffice';

/** The LibreOffice binary on PATH (or in its usual macOS place), or null. Looked up on every call: PATH may change. */
export function findSoffice(): string | null {
  const dirs = (process.env.PATH ?? '').split(delimiter).filter(Boolean);
  for (const dir of dirs) {
    for (const name of SOFFICE_NAMES) {
      const candidate = join(dir, name);
      if (isExecutableFile(candidate)) return candidate;
    }
  }
  return process.platform === 'darwin' && isExecutableFile(MACOS_SOFFICE) ? MACOS_SOFFICE : null;
}

function isExecutableFile(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

export interface ConvertOptions {
  /** Kill LibreOffice after this long; a hung conversion must not hang the lint run. */
  timeoutMs?: number;
}

/**
 * Converts .doc bytes to .docx bytes with `soffice --headless --convert-to docx`
 * in a private temp folder, with its own user profile so parallel runs do
 * not fight over LibreOffice's lock. The folder is removed whatever happens.
 */
export async function convertDocToDocx(bytes: Uint8Array, soffice: string, options: ConvertOptions = {}): Promise<Uint8Array> {
  const dir = await mkdtemp(join(tmpdir(), 'planlint-doc-'));
  try {
    const input = join(dir, 'input.doc');
    const outDir = join(dir, 'out');
    await writeFile(input, bytes);
    const args = [
      `-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`,
      '--headless', '--norestore', '--nolockcheck', '--nodefault',
      '--convert-to', 'docx', '--outdir', outDir, input,
    ];
    await runProcess(soffice, args, options.timeoutMs ?? 60_000);
    try {
      return new Uint8Array(await readFile(join(outDir, 'input.docx')));
    } catch {
      throw new Error('LibreOffice wrote no .docx');
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * Runs a program to completion. On POSIX it gets its own process group, so a
 * timeout also ends the soffice.bin that the soffice launcher starts.
 */
function runProcess(file: string, args: string[], timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const posix = process.platform !== 'win32';
    const child = spawn(file, args, { stdio: ['ignore', 'ignore', 'pipe'], detached: posix, windowsHide: true });
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      if (stderr.length < 2000) stderr += chunk.toString();
    });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      killTree(child.pid, posix, () => child.kill('SIGKILL'));
    }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (timedOut) reject(new Error(`timed out after ${Math.round(timeoutMs / 1000)} s`));
      else if (code === 0) resolve();
      else reject(new Error(`exit ${code ?? signal}${stderr.trim() ? `: ${stderr.trim().split('\n').pop()}` : ''}`));
    });
  });
}

function killTree(pid: number | undefined, posix: boolean, fallback: () => void): void {
  try {
    if (posix && pid !== undefined) process.kill(-pid, 'SIGKILL');
    else fallback();
  } catch {
    fallback();
  }
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
  // @ts-ignore -- word-extractor has no type declarations
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
