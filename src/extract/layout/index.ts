import type { Block } from '../../model/block.js';
import { recoverFlattenedTables } from '../flat-table.js';
import { recoverBoxTable } from './box.js';
import { recoverPipeTable } from './pipe.js';
import { recoverSpacedTable } from './spaced.js';

/**
 * Layout recovery, the first stage of extraction: tables that text exports and
 * web pages flattened into lines become table Blocks again, so every later
 * stage reads a table the same way whatever the source did to it.
 *  - box.ts: tables drawn with box characters (┌ ┬ ┐ │ ├ ┼ ┤ └ ┴ ┘ ─ or +---+);
 *  - pipe.ts: cells between "|" (rows per line, rows broken over lines, one cell per line);
 *  - spaced.ts: rows on lines, cells between spaces, under a header line of column names;
 *  - flat-table.ts: Word tables saved as one paragraph per cell line.
 * Everything else passes through as it came.
 */
export function recoverLayout(blocks: readonly Block[]): Block[] {
  const out: Block[] = [];
  let i = 0;
  while (i < blocks.length) {
    const recovered = recoverBoxTable(blocks, i) ?? recoverPipeTable(blocks, i) ?? recoverSpacedTable(blocks, i);
    if (recovered) {
      out.push(...recovered.blocks);
      i = recovered.end;
      continue;
    }
    out.push(blocks[i]);
    i++;
  }
  return recoverFlattenedTables(out);
}
