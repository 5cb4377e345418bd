import type { Block } from '../../model/block.js';
import { recoverFlattenedTables } from '../flat-table.js';
import { recoverBoxTable } from './box.js';
import { recoverCellLines } from './cell-lines.js';
import { recoverFusedTable } from './fused.js';
import { joinHardWraps } from './hard-wrap.js';
import { recoverLabelLines, recoverPipeFields } from './label-lines.js';
import { recoverPipeTable } from './pipe.js';
import { splitGluedRecords, splitRunOn } from './run-on.js';
import { joinViewerPages } from './viewer-pages.js';
import { splitParagraphMarks } from './paragraph-marks.js';
import { dropPageNumbers } from './page-numbers.js';
import { recoverSpacedTable } from './spaced.js';
import { realignShiftedRows } from './tab-rows.js';

/**
 * Layout recovery, the first stage of extraction: tables that text exports and
 * web pages flattened into lines become table Blocks again, so every later
 * stage reads a table the same way whatever the source did to it. In order:
 *  - box.ts: tables drawn with box characters (┌ ┬ ┐ │ ├ ┼ ┤ └ ┴ ┘ ─ or +---+);
 *  - pipe.ts: cells between "|" (rows per line, rows broken over lines, one cell per line);
 *  - spaced.ts: rows on lines, cells between spaces, under a header line of column names;
 *  - cell-lines.ts: one cell per line as web pages write them, rows found by their 序号;
 *  - flat-table.ts: Word tables saved as one paragraph per cell line (narrow columns one character a line);
 *  - label-lines.ts: records whose labels and values stand on lines of their own ("责任单位" ⏎ "卫健局"),
 *    or in a box flattened to "label: | value |" a line;
 *  - page-numbers.ts (first of all): a printed page's number on a line of its own ("— 3 —", 第2页 共9页) is dropped;
 *  - paragraph-marks.ts (first of all): a sharing site's paragraph mark "Р" ends a paragraph again;
 *  - viewer-pages.ts (first): a document-sharing site's page chunks (1、… 2、…), cut mid-word, joined;
 *  - hard-wrap.ts (then): lines a printed page broke at its width joined into their paragraphs;
 *  - fused.ts: a table whose cell boundaries a document-sharing site lost, cells run together;
 *  - run-on.ts (next): a paragraph that swallowed its line breaks is cut where its numbered items start,
 *    and a record's number glued onto the end of the record before it starts a paragraph again;
 *  - tab-rows.ts (first of all): a TAB table copied from a page, whose rows lost the cells merged over them,
 *    gets those rows' cells back under their columns.
 * Everything else passes through as it came.
 */
export function recoverLayout(blocks: readonly Block[]): Block[] {
  const tabTables = blocks.map((b) => (b.kind === 'table' && b.separator === '\t' ? realignShiftedRows(b) : b));
  const tables = scan(splitGluedRecords(splitRunOn(scan(joinHardWraps(joinViewerPages(splitParagraphMarks(dropPageNumbers(tabTables)))), recoverFusedTable))), (b, i) => recoverBoxTable(b, i) ?? recoverPipeTable(b, i) ?? recoverSpacedTable(b, i));
  return scan(recoverFlattenedTables(scan(tables, recoverCellLines)), (b, i) => recoverLabelLines(b, i) ?? recoverPipeFields(b, i));
}

type Recoverer = (blocks: readonly Block[], start: number) => { blocks: Block[]; end: number } | null;

function scan(blocks: readonly Block[], recover: Recoverer): Block[] {
  const out: Block[] = [];
  let i = 0;
  while (i < blocks.length) {
    const found = recover(blocks, i);
    if (found && found.end > i) {
      out.push(...found.blocks);
      i = found.end;
    } else {
      out.push(blocks[i]);
      i++;
    }
  }
  return out;
}
