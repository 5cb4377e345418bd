import type { Block, Cell } from '../../model/block.js';
import { cellKind, headerRole, isTaskHeader, settleColumnRoles } from './columns.js';
import { alignRow, filledLength } from './grid.js';
import { copyWith } from '../../text/objects.js';

/** Header rows are looked for among the first rows: a caption row may come first. */
const HEADER_SEARCH_ROWS = 4;

/**
 * A TAB table copied from a web page: a cell the page merged over several rows
 * (a 工作任务 spanning its 具体要求) is left out of the rows after the first, so
 * their cells stand one column or more to the left, the row ending in empty
 * cells ("3.及时更新…\t各科室\t"). Such a row's cells go back under their columns
 * (by what each holds, as for "|" rows) and the cells it left out at its start
 * are the ones above, marked merged. A row whose first cell fits the first
 * column keeps its cells where they are: its empty cells are empty.
 */
export function realignShiftedRows(block: Block): Block {
  const rows = block.rows ?? [];
  const h = rows.slice(0, HEADER_SEARCH_ROWS).findIndex((row) => isTaskHeader(row.map((c) => headerRole(c.text)), row.map((c) => c.text)));
  if (h < 0) return block;
  const roles = settleColumnRoles(rows[h].map((c) => headerRole(c.text)));
  const out: Cell[][] = rows.slice(0, h + 1);
  let changed = false;
  for (let r = h + 1; r < rows.length; r++) {
    const cells = rows[r];
    const filled = filledLength(cells);
    const columns = filled > 0 && filled < roles.length ? alignRow(cells.slice(0, filled).map((c) => cellKind(c.text)), roles) : null;
    const above = out[out.length - 1];
    if (!columns || columns[0] === 0 || r === h + 1) {
      out.push(cells);
      continue;
    }
    const row = roles.map((_, c): Cell => (c < columns[0] ? { text: above[c]?.text ?? '', loc: cells[0].loc, merged: true } : { text: '', loc: cells[0].loc }));
    columns.forEach((c, i) => {
      row[c] = row[c].text && !row[c].merged ? { text: `${row[c].text}\n${cells[i].text}`, loc: row[c].loc } : cells[i];
    });
    out.push(row);
    changed = true;
  }
  return changed ? copyWith(block, { rows: out }) : block;
}
