import type { Block } from '../model/block.js';
import type { SourceLocation } from '../model/location.js';
import type { DocumentFormat, FileError } from '../model/plan.js';
import { printableLine } from '../text/controls.js';

/** An inline `planlint-disable…` comment found in a document. */
export interface DisableDirective {
  kind: 'disable' | 'enable' | 'disable-next-line';
  /** Empty means every rule. */
  rules: string[];
  loc: SourceLocation;
}

/** What every reader yields: the format-independent Blocks and what it noticed on the way. */
export interface ReadResult {
  format: DocumentFormat;
  /** The text encoding that was decoded, for text-based formats. */
  encoding: string | null;
  blocks: Block[];
  /** Non-fatal notes for the user, e.g. "automatic numbering may be lost (no LibreOffice)". */
  warnings: string[];
  directives: DisableDirective[];
}

export interface ReadOptions {
  /** Forced text encoding (--encoding), e.g. "gb18030", "big5", "utf-16le". */
  encoding?: string;
  /** The file name, for format hints and messages. */
  fileName: string;
}

/**
 * A file-level failure: the file cannot become a model. Never a stack trace
 * for the user, and one line whatever the file's own names hold (a part name
 * read from a damaged package can carry line breaks and escape sequences).
 */
export class ReadError extends Error {
  constructor(
    readonly code: FileError['code'],
    message: string,
  ) {
    super(printableLine(message));
    this.name = 'ReadError';
  }
}

export type Reader = (bytes: Uint8Array, options: ReadOptions) => Promise<ReadResult>;
