import type { Block } from '../../model/block.js';

/**
 * Text taken from a printed document (a PDF, a scanned 公报) keeps each page's
 * number where the page ended, on a line of its own, in the middle of a
 * paragraph or between a table's cells: "— 3 —", "- 12 -", "第 2 页 共 9 页",
 * "第3页". It is the page's, not the text's: the line is dropped, so that what
 * it stood between reads on (a wrapped line, a cell a line, a table row).
 */
const PAGE_NUMBER_LINES: readonly RegExp[] = [
  /^[—–\-－]+\s*[0-9０-９]{1,3}\s*[—–\-－]+$/,
  /^第\s*[0-9０-９]{1,3}\s*页(?:\s*[,，、/／]?\s*共\s*[0-9０-９]{1,3}\s*页)?$/,
  /^共\s*[0-9０-９]{1,3}\s*页\s*[,，、/／]?\s*第\s*[0-9０-９]{1,3}\s*页$/,
];

export function isPageNumberLine(text: string): boolean {
  const line = text.trim();
  return line.length > 0 && line.length <= 16 && PAGE_NUMBER_LINES.some((pattern) => pattern.test(line));
}

export function dropPageNumbers(blocks: readonly Block[]): Block[] {
  return blocks.filter((block) => block.kind !== 'paragraph' || !isPageNumberLine(block.text));
}
