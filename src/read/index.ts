import { detectFormat, extensionMismatch, type DetectedKind } from './detect.js';
import { libraryError } from './failure.js';
import { readText } from './text.js';
import { ReadError, type ReadOptions, type ReadResult, type Reader } from './types.js';

/** A reader's module, imported on first use and then kept (a dynamic import per file costs a trip through the loader). */
function lazy(load: () => Promise<Reader>): () => Promise<Reader> {
  let reader: Promise<Reader> | undefined;
  return () => (reader ??= load());
}

/**
 * The readers by what the bytes are (not what the name says), loaded on first
 * use: linting a text file never pays for the spreadsheet or Markdown parsers.
 * The text reader, small and the most used, is always there: a module loaded
 * apart costs a trip through the loader at every start.
 */
const loadSheet = lazy(() => import('./sheet.js').then((m) => m.readSheet));
const READERS: Partial<Record<DetectedKind, () => Promise<Reader>>> = {
  text: async () => readText,
  markdown: lazy(() => import('./markdown.js').then((m) => m.readMarkdown)),
  html: lazy(() => import('./html.js').then((m) => m.readHtml)),
  docx: lazy(() => import('./docx.js').then((m) => m.readDocx)),
  doc: lazy(() => import('./doc.js').then((m) => m.readDoc)),
  xlsx: loadSheet,
  xls: loadSheet,
  ods: loadSheet,
  csv: loadSheet,
  tsv: loadSheet,
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
  const mismatch = extensionMismatch(kind, options.fileName);
  if (mismatch) throw new ReadError('unsupported', mismatch);
  const load = READERS[kind];
  if (load) {
    const reader = await load();
    try {
      return await reader(bytes, options);
    } catch (error) {
      // A reader's own bug must still reach the user as one line about the file.
      throw libraryError(error, `the file could not be read as ${kind}; it may be damaged`);
    }
  }
  const [code, message] = REFUSALS[kind] ?? ['unsupported', `unsupported file (${kind})`];
  throw new ReadError(code, message);
}

export { ReadError } from './types.js';
