import type { Block } from '../model/block.js';
import { numeralValue, type NumberLabel } from './numbering.js';

/**
 * "一是某某行动。" alone on its line, its paragraphs below it, then "二是某某行动。": a plan that heads its
 * points with the counting words prose uses inside a paragraph. Such a head is a title — short, one
 * clause, nothing after its stop — and the heads count up 一, 二, 三… with text between them. Inside a
 * paragraph (（一）某工作。一是…；二是…) or as whole sentences on their own lines, the words stay prose.
 */
const ORDINAL_HEAD = /^[\s\u3000]*([一二三四五六七八九十]{1,3})是([^。．.；;，,：:！!？?、\s\u3000]{2,24})[。．.]?[\s\u3000]*$/;
/** Longer than this, a line is no title (the pattern's own bound, with the label and a stop). */
const MAX_HEAD = 34;
/** A lone "一是…" title may be chance: a list of heads is two or more. */
const MIN_HEADS = 2;

/** The blocks that head a point by its counting word, each with its label (style `label`, numbered 一, 二 …). */
export function ordinalHeads(blocks: readonly Block[]): Map<number, NumberLabel> {
  const heads = new Map<number, NumberLabel>();
  let chain: Array<[number, NumberLabel]> = [];
  let lastOrder = -1;
  const close = () => {
    if (chain.length >= MIN_HEADS) for (const [order, label] of chain) heads.set(order, label);
    chain = [];
  };
  blocks.forEach((block, order) => {
    const text = block.text;
    if (block.kind === 'table' || text.length > MAX_HEAD || !text.includes('是')) return;
    const match = ORDINAL_HEAD.exec(text);
    if (!match) return;
    const value = numeralValue(match[1]);
    if (value === null) return;
    const head = text.slice(0, text.indexOf('是') + 1).trim();
    const label: NumberLabel = { style: 'label', label: head, value, number: match[1], rest: text.slice(text.indexOf('是') + 1) };
    // A head has its text under it: two heads in a row are a list of short clauses, not titles.
    if (value === 1) {
      close();
      chain = [[order, label]];
    } else if (chain.length > 0 && value === chain.length + 1 && order > lastOrder + 1) {
      chain.push([order, label]);
    } else return;
    lastOrder = order;
  });
  close();
  return heads;
}

/**
 * "党建工作：完善某某机制，……。 ⏎ 经济工作：坚持……。": a plan that writes each area of its work as a paragraph
 * opened by the area's name (…工作) and a colon. Two or more such paragraphs are its items; a name before a
 * colon with little after it (联系工作：张某) is a field, not an area.
 */
const AREA_HEAD = /^[\s\u3000]*(\p{Script=Han}{0,6}工作)[：:]/u;
/** Less than this after the colon is a field's value, not an area's work. */
const MIN_AREA_TEXT = 20;

export function areaHeads(blocks: readonly Block[], into: Map<number, NumberLabel>): void {
  const found: Array<[number, NumberLabel]> = [];
  blocks.forEach((block, order) => {
    const text = block.text;
    if (block.kind === 'table' || !text.includes('工作')) return;
    const match = AREA_HEAD.exec(text);
    if (!match || match[1].length < 4) return;
    const rest = text.slice(match[0].length);
    if (rest.length < MIN_AREA_TEXT || !/[。；;]/.test(rest)) return;
    found.push([order, { style: 'label', label: match[0].trim(), value: 1, number: match[1], rest }]);
  });
  if (found.length >= MIN_HEADS) for (const [order, label] of found) if (!into.has(order)) into.set(order, label);
}
