import { extractDocument, type DocumentFacts, type Extracted } from './extract/index.js';
import type { Block } from './model/block.js';
import type { FileError, PlanDocument } from './model/plan.js';
import { readFileBytes, readFileBytesSync, readStreamBytes } from './read/file.js';
import { readDocument } from './read/index.js';
import { ReadError } from './read/types.js';
import { copyWith } from './text/objects.js';

export interface ParseOptions {
  /** Force a text encoding (gb18030, big5, utf-16le …) instead of detecting it. */
  encoding?: string;
  /** Refuse files larger than this many bytes. */
  maxFileBytes?: number;
  /** Read the file with blocking calls (parseFile): right on a worker thread that does one file at a time. */
  blockingRead?: boolean;
}

/** A parsed document, or the file-level error that kept it from being one. */
export type Parsed = Extracted & { warnings: string[] };

/**
 * Bytes → the model. Never throws for what is wrong with the input: a file
 * that cannot be read comes back as a document whose `errors` say why.
 */
export async function parseBytes(bytes: Uint8Array, fileName: string, options: ParseOptions = {}): Promise<Parsed> {
  try {
    const read = await readDocument(bytes, { fileName, encoding: options.encoding });
    const extracted = extractDocument(read, fileName);
    if (read.blocks.length === 0) extracted.document.errors.push({ code: 'empty', message: 'no text found in the file' });
    else if (undecodable(read.blocks)) {
      const message = `the text does not decode as ${read.encoding ?? 'text'} (most characters are invalid); name the encoding with --encoding`;
      extracted.document.errors.push({ code: 'encoding', message });
    }
    return copyWith(extracted, { warnings: read.warnings });
  } catch (error) {
    return failed(fileName, error);
  }
}

export async function parseFile(path: string, options: ParseOptions = {}): Promise<Parsed> {
  let bytes: Uint8Array;
  try {
    bytes = options.blockingRead ? readFileBytesSync(path, options.maxFileBytes) : await readFileBytes(path, options.maxFileBytes);
  } catch (error) {
    return failed(path, error);
  }
  return parseBytes(bytes, path, options);
}

/** A stream (standard input) as one document, under the same size limit as a file. */
export async function parseStream(stream: AsyncIterable<Uint8Array | string>, fileName: string, options: ParseOptions = {}): Promise<Parsed> {
  let bytes: Uint8Array;
  try {
    bytes = await readStreamBytes(stream, options.maxFileBytes);
  } catch (error) {
    return failed(fileName, error);
  }
  return parseBytes(bytes, fileName, options);
}

/**
 * Bytes that are neither UTF-8, GB18030 nor Big5 still decode, into U+FFFD
 * replacement characters: when they are over 5% of the text it is not a document.
 */
function undecodable(blocks: readonly Block[]): boolean {
  if (!blocks.some(hasReplacementCharacter)) return false; // the usual case: no need to count
  let bad = 0;
  let total = 0;
  const count = (text: string) => {
    for (const ch of text) {
      if (ch === '\ufffd') bad++;
      if (ch.trim()) total++;
    }
  };
  for (const block of blocks) {
    if (block.rows) for (const row of block.rows) for (const cell of row) count(cell.text);
    else count(block.text);
  }
  return bad > 0 && bad > total * 0.05;
}

function hasReplacementCharacter(block: Block): boolean {
  return block.rows ? block.rows.some((row) => row.some((cell) => cell.text.includes('\ufffd'))) : block.text.includes('\ufffd');
}

/** Unexpected exceptions are still one line: a reader bug must not stop a batch. */
function failed(file: string, error: unknown): Parsed {
  const fileError: FileError =
    error instanceof ReadError
      ? { code: error.code, message: error.message }
      : { code: 'corrupt', message: `could not be read: ${error instanceof Error ? error.message : String(error)}` };
  return { document: emptyDocument(file, fileError), facts: emptyFacts(), warnings: [] };
}

function emptyFacts(): DocumentFacts {
  return { dateSource: null, hasDocNumberField: false, tasks: new Map(), lines: [], outline: null, directives: [], restatedBy: new Map(), sequences: [] };
}

export function emptyDocument(file: string, error: FileError): PlanDocument {
  return {
    file,
    format: 'unknown',
    encoding: null,
    script: 'hans',
    meta: { title: null, docNumber: null, issuer: null, date: null, year: null },
    roster: [],
    tasks: [],
    diagnostics: [],
    errors: [error],
  };
}
