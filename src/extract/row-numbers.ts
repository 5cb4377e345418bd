import type { Block } from '../model/block.js';
import { parseNumberLabel, rowNumberLabel } from './numbering.js';

/** Fewer rows than this counting up could be chance: "2 个…", "3 月底前…" wrapped onto lines of their own. */
const MIN_ROWS = 3;

/**
 * The blocks whose leading "N " is the 序号 of a table row a page flattened
 * ("1 某街道 某路口…", "2 某小区…"): lines so written that count up 1, 2, 3…
 * in document order (other lines between them), three or more from a 1.
 */
export function countedRowOrders(blocks: readonly Block[]): Set<number> {
  const rows = new Set<number>();
  let chain: number[] = [];
  let expected = 1;
  const close = () => {
    if (chain.length >= MIN_ROWS) for (const order of chain) rows.add(order);
  };
  blocks.forEach((block, order) => {
    if (block.kind === 'table') return;
    const label = rowNumberLabel(block.text);
    if (!label || parseNumberLabel(block.text) !== null) return;
    if (label.value === 1) {
      close();
      chain = [order];
      expected = 2;
    } else if (chain.length > 0 && label.value === expected) {
      chain.push(order);
      expected++;
    }
  });
  close();
  return rows;
}
