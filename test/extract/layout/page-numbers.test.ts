import { describe, expect, it } from 'vitest';
import { dropPageNumbers, isPageNumberLine } from '../../../src/extract/layout/page-numbers.js';
import { textToBlocks } from '../../../src/read/text.js';
import { tasksOf } from './recovered.js';

describe('a printed page’s number on a line of its own is the page’s, not the text’s', () => {
  it('the forms printed documents use: — 3 —, - 12 -, 第2页, 第 2 页 共 9 页, 共9页 第2页 (full-width digits too)', () => {
    for (const line of ['— 3 —', '- 12 -', '－ ３ －', '第2页', '第 2 页 共 9 页', '第2页，共9页', '共9页 第2页']) expect(isPageNumberLine(line), line).toBe(true);
  });

  it('text that only looks like one stays: a count of pages in a sentence, a range, a lone number', () => {
    for (const line of ['共9页，请各单位审阅', '3-5', '12', '第2页的表格', '第一页']) expect(isPageNumberLine(line), line).toBe(false);
  });

  it('is dropped where it fell: between a table’s cells, written one a line, the row reads on', async () => {
    const text = ['序号', '工作任务', '责任单位', '完成时限', '1', '新建公园3处', '县住建局', '— 2 —', '2024年6月底前', '2', '改造老旧小区5个', '县住建局', '2024年12月底前'].join('\n');
    expect(dropPageNumbers(textToBlocks(text).blocks).map((b) => b.text)).not.toContain('— 2 —');
    const tasks = await tasksOf(text);
    expect(tasks.map((t) => [t.title, t.owners.units, t.deadline?.end])).toEqual([
      ['新建公园3处', ['县住建局'], '2024-06-30'],
      ['改造老旧小区5个', ['县住建局'], '2024-12-31'],
    ]);
  });

  it('is dropped between a pipe table’s rows: the table goes on over the page break', async () => {
    const text = ['| 序号 | 工作任务 | 责任单位 | 完成时限 |', '| 1 | 新建公园3处 | 县住建局 | 2024年6月底前 |', '- 2 -', '| 2 | 改造老旧小区5个 | 县住建局 | 2024年12月底前 |'].join('\n');
    expect((await tasksOf(text)).map((t) => t.title)).toEqual(['新建公园3处', '改造老旧小区5个']);
  });
});
