import type { Block } from '../../model/block.js';
import { copyWith } from '../../text/objects.js';
import { displayWidth } from '../../text/width.js';
import { parseFieldLine } from '../fields.js';
import { parseNumberLabel } from '../numbering.js';

/**
 * Text taken from a PDF or a printed page keeps the page's line breaks: every
 * line of a paragraph runs to the width of the page and breaks wherever that
 * falls, mid-word or inside a list of names:
 *   1.完善某某工作机制,优
 *   化工作流程,……
 *   配合单位:区财政局、区民政局、某某街道办
 *   事处
 * Where most long lines of a text end at one width, a line that reaches it and
 * ends no sentence goes on in the next line, unless that one starts an item, a
 * field or a heading of its own. A page number standing between the two
 * (— 3 —) is the page's, not the text's, and is dropped.
 */

/** A printed Chinese page sets quotes, dashes and dots (“” — …) full width: measured so, as East Asian fonts do. */
const PRINTED_AMBIGUOUS = true;
/** Lines narrower than this (display columns) tell nothing about the page width. */
const MIN_MEASURED = 30;
/** A full line may fall short of the page width by this much: an indented first line, a wide character that did not fit. */
const SLACK = 5;
/** This many full lines, and this share of the long ones, make a page-wrapped text. */
const MIN_FULL_LINES = 5;
const MIN_FULL_SHARE = 0.6;
/** A line ending so ends its sentence: the break after it is the text's own. */
const SENTENCE_END = /[。！？!?；;：:]\s*$/;
/** A page's number printed in its footer: "— 3 —", "- 12 -", "－ 3 －". */
const PAGE_NUMBER = /^\s*[—–\-－](?:[\s—–\-－]*)\d{1,3}(?:[\s—–\-－]*)$/;
/** Headings of articles and chapters (第三条, 第一章) start lines of their own. */
const ARTICLE_START = /^\s*第[一二三四五六七八九十百零〇\d]+[条章节]/;

export function joinHardWraps(blocks: readonly Block[]): Block[] {
  const width = pageWidth(blocks);
  const out: Block[] = [];
  let k = 0;
  while (k < blocks.length) {
    let block = blocks[k++];
    // The last line joined: whether it reached the page width (a paragraph of three lines goes on past its second).
    let last = block;
    while (block.kind !== 'table') {
      if (opensWithPunctuation(blocks[k], last)) {
        last = blocks[k++];
        block = copyWith(block, { text: block.text.trimEnd() + last.text.trimStart() });
        continue;
      }
      if (width === null || !isFull(last.text, width)) break;
      const next = k < blocks.length && PAGE_NUMBER.test(blocks[k].text) && isContinuation(blocks[k + 1]) ? k + 1 : k;
      if (!isContinuation(blocks[next]) || startsNextRow(last.text, blocks[next].text) || startsNextRow(blocks[next].text, blocks[next + 1]?.text ?? '')) break;
      last = blocks[next];
      block = copyWith(block, { text: block.text.trimEnd() + last.text.trimStart() });
      k = next + 1;
    }
    out.push(block);
  }
  return out;
}

/**
 * Chinese typesetting never starts a line with a pause or a closing mark (、，。；：）」”): a line that does was
 * broken off the line above it by a tool that wrapped at a width, whatever the rest of the text does.
 */
const OPENS_WITH_PUNCTUATION = /^[、，,。；;：:）)」』”》]/;

/** Is `next` a line broken off `last`, right under it, at a pause or a closing mark? */
function opensWithPunctuation(next: Block | undefined, last: Block): boolean {
  return next?.kind === 'paragraph' && last.kind === 'paragraph' && last.loc.line !== undefined && next.loc.line === last.loc.line + 1 && OPENS_WITH_PUNCTUATION.test(next.text.trimStart());
}

/** The width most long lines end at, when they do; null for a text whose lines are paragraphs. */
function pageWidth(blocks: readonly Block[]): number | null {
  const widths = blocks
    .filter((b) => b.kind !== 'table')
    .map((b) => displayWidth(b.text.trim(), PRINTED_AMBIGUOUS))
    .filter((w) => w >= MIN_MEASURED)
    .sort((a, b) => b - a);
  if (widths.length < MIN_FULL_LINES) return null;
  // The upper quartile: the width of full lines, above the paragraphs' short last lines.
  const width = widths[Math.floor(widths.length / 4)];
  const full = widths.filter((w) => w >= width - SLACK && w <= width + SLACK).length;
  return full >= MIN_FULL_LINES && full >= MIN_FULL_SHARE * widths.length ? width : null;
}

function isFull(text: string, width: number): boolean {
  const w = displayWidth(text.trim(), PRINTED_AMBIGUOUS);
  return w >= width - SLACK && w <= width + SLACK && !SENTENCE_END.test(text) && !isColumnRow(text);
}

function isContinuation(block: Block | undefined): boolean {
  if (block?.kind !== 'paragraph') return false;
  const text = block.text.trim();
  return text.length > 0 && !PAGE_NUMBER.test(text) && !ARTICLE_START.test(text) && parseNumberLabel(text) === null && parseFieldLine(text) === null && !isColumnRow(text);
}

/** A table row flattened onto a line, its cells parted by spaces, opens with its 序号: "2 新建公园 县住建局". */
const ROW_NUMBER = /^\s*([0-9]{1,3})[ \u3000\u00a0]+\S/;

/**
 * Does `next` open the row after the one `line` opens (序号 n, then n + 1)? Then each is a row, not a wrapped
 * line, and nothing before them (the header of column names) runs on into them.
 */
function startsNextRow(line: string, next: string): boolean {
  const a = ROW_NUMBER.exec(line);
  const b = a ? ROW_NUMBER.exec(next) : null;
  return b !== null && Number(b[1]) === Number(a![1]) + 1;
}

/** Runs of spaces between words: the gaps of columns aligned with spaces. */
const COLUMN_GAP = /\S[ \u3000\u00a0]{2,}(?=\S)/g;
/** A line with this many such gaps is a row of a table aligned with spaces, each line a row of its own, not a page's wrapped prose. */
const MIN_COLUMN_GAPS = 2;

function isColumnRow(text: string): boolean {
  if (!text.includes('  ') && !text.includes('\u3000\u3000')) return false;
  return (text.trim().match(COLUMN_GAP)?.length ?? 0) >= MIN_COLUMN_GAPS;
}
