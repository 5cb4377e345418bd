import type { Block } from '../model/block.js';

/**
 * A table of contents at the top of a page (document-sharing sites print one
 * before the text): short lines, most of them numbered 1.1, 2.3, 4.1.2, none
 * a sentence. They name sections; they are not the sections, and their
 * chapter lines (一、背景分析) between them hold no tasks.
 */
const DECIMAL_ENTRY = /^\s*\d{1,2}(?:[.．]\d{1,2}){1,3}\s*[^\s。；;，,：:]{2,24}\s*$/;
/** A chapter's line among them: 一、背景分析 — a label and a short title, no sentence in it. */
const CHAPTER_ENTRY = /^\s*[一二三四五六七八九十]{1,3}、[^\s。；;，,：:！？!?]{2,24}\s*$/;
/** Fewer decimal entries in a row than this may be a body's headings before their text. */
const MIN_DECIMAL_ENTRIES = 4;

/** The orders of the blocks that make a table of contents. */
export function contentsOrders(blocks: readonly Block[]): Set<number> {
  const orders = new Set<number>();
  let run: number[] = [];
  let decimals = 0;
  const close = () => {
    if (decimals >= MIN_DECIMAL_ENTRIES) for (const order of run) orders.add(order);
    run = [];
    decimals = 0;
  };
  blocks.forEach((block, order) => {
    const text = block.text;
    if (block.kind !== 'table' && DECIMAL_ENTRY.test(text)) {
      run.push(order);
      decimals++;
    } else if (block.kind !== 'table' && CHAPTER_ENTRY.test(text)) {
      run.push(order);
    } else {
      close();
    }
  });
  close();
  return orders;
}
