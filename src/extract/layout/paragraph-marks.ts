import type { Block } from '../../model/block.js';
import { copyWith } from '../../text/objects.js';

/**
 * Some document-sharing sites print a file's paragraph ends as a mark of their
 * own, the Cyrillic capital Er "Р", and run the paragraphs on one line:
 * "…如下:Р一、重点任务Р(一)某项工作。…". With no Latin or Cyrillic letter
 * beside it, it is no letter of a word: each such mark ends a paragraph. A mark
 * beside another letter (a Russian or a mixed-script word) is text and stays.
 */
const MARK = 'Р';
const LETTER = /[A-Za-z\u0400-\u04ff]/;

export function splitParagraphMarks(blocks: readonly Block[]): Block[] {
  let out: Block[] | null = null;
  for (let k = 0; k < blocks.length; k++) {
    const block = blocks[k];
    const pieces = block.kind === 'paragraph' && block.text.includes(MARK) ? markedParagraphs(block.text) : null;
    if (pieces && !out) out = blocks.slice(0, k);
    if (out) {
      if (pieces) for (const text of pieces) out.push(copyWith(block, { text }));
      else out.push(block);
    }
  }
  return out ?? [...blocks];
}

/** The paragraphs a line's marks separate, or null when it holds no mark that ends one. */
function markedParagraphs(text: string): string[] | null {
  const pieces: string[] = [];
  let from = 0;
  for (let at = text.indexOf(MARK); at >= 0; at = text.indexOf(MARK, at + 1)) {
    if (LETTER.test(text[at - 1] ?? '') || LETTER.test(text[at + 1] ?? '')) continue;
    pieces.push(text.slice(from, at));
    from = at + 1;
  }
  if (pieces.length === 0) return null;
  pieces.push(text.slice(from));
  const kept = pieces.map((p) => p.trim()).filter((p) => p.length > 0);
  return kept.length > 1 ? kept : null;
}
