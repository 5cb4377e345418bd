import { describe, expect, it } from 'vitest';
import { recoverLayout } from '../../../src/extract/layout/index.js';
import { textToBlocks } from '../../../src/read/text.js';
import { tasksOf } from './recovered.js';

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

  it('a row that lost a merged cell and its TAB is shorter than the header: its cells go under their columns, the left-out cell merged from above', () => {
    const rows = table(['工作任务\t具体要求\t责任部门', '一、做好某项公开。\t1.推进某项公开。\t某科', '2.及时更新某类信息。\t某办', '二、做好某项解读。\t3.健全某项机制。\t某办'].join('\n'));
    expect(rows).toHaveLength(4);
    expect(rows[2]).toEqual(['^一、做好某项公开。', '2.及时更新某类信息。', '某办']);
    expect(rows[3]).toEqual(['二、做好某项解读。', '3.健全某项机制。', '某办']);
  });

  it('two short rows in a row stay two rows, though their cells together would fill one (a row a line break splits starts at the first column)', () => {
    const rows = table(['工作任务\t具体要求\t责任部门', '一、做好某项公开。\t1.推进某项公开。\t某科', '2.及时更新某类信息。\t某办', '3.及时答复某类意见。\t各科室'].join('\n'));
    expect(rows.slice(2)).toEqual([
      ['^一、做好某项公开。', '2.及时更新某类信息。', '某办'],
      ['^一、做好某项公开。', '3.及时答复某类意见。', '各科室'],
    ]);
  });

  it('a row whose owner cell was merged from the row above lacks it in the middle: the cell is the one above', () => {
    const rows = table(['序号\t工作任务\t责任单位\t完成时限', '1\t完成某路改造\t某县住建局\t6月底前', '2\t新建某公园\t9月底前', '3\t新建某广场\t某县文旅局\t12月底前'].join('\n'));
    expect(rows[2]).toEqual(['2', '新建某公园', '^某县住建局', '9月底前']);
    expect(rows[3]).toEqual(['3', '新建某广场', '某县文旅局', '12月底前']);
  });

  it('a line of one cell between rows that only continues the task above is folded into it', () => {
    const rows = table(['序号\t工作任务\t责任单位\t完成时限', '1\t新建某学校1所\t某县教育局\t6月底前', '新增学位300个', '2\t新建某公园\t某县林业局\t9月底前'].join('\n'));
    expect(rows).toHaveLength(3);
    expect(rows[1][1]).toBe('新建某学校1所\n新增学位300个');
  });

  it('Word’s rows split over lines by a cell’s line break are still joined: their first line starts at the first column', () => {
    const rows = table(['序号\t工作任务\t责任单位\t完成时限', '1\t完成某路', '改造\t某县住建局\t6月底前', '2\t新建某公园\t某县林业局\t9月底前'].join('\n'));
    expect(rows.slice(1)).toEqual([
      ['1', '完成某路\n改造', '某县住建局', '6月底前'],
      ['2', '新建某公园', '某县林业局', '9月底前'],
    ]);
  });
});

describe('a TAB ledger’s facts above its header', () => {
  it('填报时间 in a row over the columns gives year-less deadlines their year', async () => {
    const text = '某局重点工作台账\n填报单位：某县某局\t\t填报时间：2024年3月5日\t\n序号\t工作任务\t责任人\t完成时限\n1\t修缮某村道路\t张某\t6月底前\n2\t新建某镇幼儿园\t李某\t9月底前\n';
    const tasks = await tasksOf(text);
    expect(tasks.map((t) => t.deadline?.end)).toEqual(['2024-06-30', '2024-09-30']);
  });
});
