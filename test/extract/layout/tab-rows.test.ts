import { describe, expect, it } from 'vitest';
import { recoverLayout } from '../../../src/extract/layout/index.js';
import { textToBlocks } from '../../../src/read/text.js';

/** The table a text yields after layout recovery: its rows as cell texts, merged cells marked ^. */
function table(text: string): string[][] {
  const found = recoverLayout(textToBlocks(text).blocks).find((b) => b.kind === 'table');
  if (!found?.rows) throw new Error('no table recovered');
  return found.rows.map((row) => row.map((c) => (c.merged ? `^${c.text}` : c.text)));
}

describe('TAB tables copied from a web page, whose rows lost the cells merged over them', () => {
  it('a row that starts one column to the left and ends in an empty cell goes back under its columns, the left-out cell taken from above', () => {
    const rows = table(
      ['工作任务\t具体要求\t责任部门', '一、做好财政信息公开。\t1.推进预算公开。\t财务科', '2.及时更新网站概况信息。\t办公室\t', '二、做好政策解读。\t3.健全解读机制。\t办公室'].join('\n'),
    );
    expect(rows[2]).toEqual(['^一、做好财政信息公开。', '2.及时更新网站概况信息。', '办公室']);
    expect(rows[3]).toEqual(['二、做好政策解读。', '3.健全解读机制。', '办公室']);
  });

  it('a row whose first cell fits the first column keeps its cells: its empty cells stay empty (a Word table’s blank deadline)', () => {
    const rows = table(['序号\t工作任务\t责任单位\t完成时限', '1\t完成道路改造\t县住建局\t6月底前', '2\t新建公园一处\t县林业局\t'].join('\n'));
    expect(rows[2]).toEqual(['2', '新建公园一处', '县林业局', '']);
  });
});
