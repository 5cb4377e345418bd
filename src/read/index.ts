import { detectFormat, type DetectedKind } from './detect.js';
import { readDoc } from './doc.js';
import { readDocx } from './docx.js';
import { readHtml } from './html.js';
import { readMarkdown } from './markdown.js';
import { readSheet } from './sheet.js';
import { readText } from './text.js';
import { ReadError, type ReadOptions, type ReadResult, type Reader } from './types.js';

/** The readers by what the bytes are (not what the name says). */
const READERS: Partial<Record<DetectedKind, Reader>> = {
  text: readText,
  markdown: readMarkdown,
  html: readHtml,
  docx: readDocx,
  doc: readDoc,
  xlsx: readSheet,
  xls: readSheet,
  ods: readSheet,
  csv: readSheet,
  tsv: readSheet,
};

/** Why a file cannot be read, in one line for the user. */
const REFUSALS: Partial<Record<DetectedKind, [ReadError['code'], string]>> = {
  empty: ['empty', 'the file is empty'],
  pdf: ['unsupported', 'this is a PDF file; planlint reads Word, spreadsheets, Markdown, HTML and text — export the PDF to Word or text first'],
  'cfb-encrypted': ['encrypted', 'the file is password-protected; save an unprotected copy'],
  'zip-other': ['unsupported', 'a ZIP archive that is neither a Word nor a spreadsheet file'],
  binary: ['binary', 'not a text document (binary content)'],
};

/** Bytes → Blocks, by the format the bytes show. Throws ReadError for what cannot become a model. */
export async function readDocument(bytes: Uint8Array, options: ReadOptions): Promise<ReadResult> {
  const kind = detectFormat(bytes, options.fileName);
  const reader = READERS[kind];
  if (reader) return reader(bytes, options);
  const [code, message] = REFUSALS[kind] ?? ['unsupported', `unsupported file (${kind})`];
  throw new ReadError(code, message);
}

export { ReadError } from './types.js';
