import type { Block } from '../../model/block.js';
import { DOC_SHARING_NOTICE } from '../../lexicon/document.js';
import { copyWith } from '../../text/objects.js';
import { asciiDigits } from '../../text/digits.js';

/**
 * Document-sharing sites (…由会员分享，可在线阅读…) give a file's text in chunks,
 * one per page of their viewer, each opened by the page's number: "1、…",
 * "2、…". A chunk ends wherever the page did, mid-sentence or mid-word, and
 * the next page's number is no item number. Chunks cut that way are joined
 * back, their numbers dropped. A chunk that ends a sentence may be a real list
 * item (1、加强组织领导。), so the text after it is left as it is.
 * An excerpt of such a page may start at its first chunk, the notice left
 * out: then the chunks must open the text and three or more run on, the
 * first two cut mid-sentence, which a document's own list does not do.
 */
const PAGE_MARK = /^([0-9０-９]{1,3})、/;
/** How far into the text the site's notice stands. */
const NOTICE_LINES = 4;
/** Without the notice, this many chunks in a row, every one but the last cut, tell a viewer's pages. */
const MIN_PAGES_UNANNOUNCED = 3;
/** A viewer page holds a page of text; a list item this short is no page. */
const MIN_PAGE = 120;
const SENTENCE_END = /[。；;！？!?）)”」]$/;

export function joinViewerPages(blocks: readonly Block[]): Block[] {
  const announced = blocks.slice(0, NOTICE_LINES).some((b) => DOC_SHARING_NOTICE.test(b.text));
  const first = announced ? blocks.findIndex(isFirstPage) : blocks.length > 0 && isFirstPage(blocks[0]) ? 0 : -1;
  if (first < 0) return [...blocks];
  let end = first + 1;
  while (end < blocks.length && isCutPage(blocks[end - 1]) && blocks[end].kind === 'paragraph' && Number(asciiDigits(PAGE_MARK.exec(blocks[end].text)?.[1] ?? '')) === end - first + 1) end++;
  if (end - first < (announced ? 2 : MIN_PAGES_UNANNOUNCED)) return [...blocks];
  const text = blocks
    .slice(first, end)
    .map((b) => b.text.replace(PAGE_MARK, ''))
    .join('');
  return [...blocks.slice(0, first), copyWith(blocks[first], { text }), ...blocks.slice(end)];
}

function isFirstPage(block: Block): boolean {
  return block.kind === 'paragraph' && asciiDigits(PAGE_MARK.exec(block.text)?.[1] ?? '') === '1';
}

function isCutPage(block: Block): boolean {
  const text = block.text.trimEnd();
  return block.kind === 'paragraph' && text.length >= MIN_PAGE && !SENTENCE_END.test(text);
}
