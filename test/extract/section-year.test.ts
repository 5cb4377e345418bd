import { describe, expect, it } from 'vitest';
import { parseBytes } from '../../src/parse.js';
import { headingYear } from '../../src/extract/section-year.js';

const deadlines = async (text: string) => (await parseBytes(Buffer.from(text, 'utf8'), 'plan.txt')).document.tasks.map((t) => t.deadline?.end ?? null);

describe('the year of a year-less date under a heading that names one', () => {
  it('a heading naming one year (2023年第四季度…) gives it; a span or two years give none', () => {
    expect(headingYear('二、2023年第四季度工作安排')).toBe(2023);
    expect(headingYear('（三）2024年重点工作')).toBe(2024);
    expect(headingYear('一、2023—2025年工作目标')).toBeNull();
    expect(headingYear('二、2023年工作总结和2024年工作打算')).toBeNull();
    expect(headingYear('三、重点任务')).toBeNull();
  });

  it('a document that writes Republic of China years heads its sections so (112年度, 一一三年): the heading’s year is the section’s; a span gives none', async () => {
    expect(headingYear('一、112年度辦理事項', true)).toBe(2023);
    expect(headingYear('（二）一一三年預定工作', true)).toBe(2024);
    expect(headingYear('一、112至114年工作目標', true)).toBeNull();
    expect(headingYear('一、112年度辦理事項')).toBeNull();
    const text = ['某處工作計畫', '一、112年度辦理事項', '1.於6月底前完成某系統建置。', '二、113年度預定工作', '1.於6月底前完成某系統驗收。', '2.於114年3月底前完成某項訓練。'];
    expect(await deadlines(text.join('\n'))).toEqual(['2023-06-30', '2024-06-30', '2025-03-31']);
  });

  it('items under such a heading read their year-less dates in its year, not rolled on by the document’s own date', async () => {
    const head = ['某县某局关于某项工作的报告', '某县某局', '2023年9月28日', '一、2023年第四季度工作安排'];
    const items = ['（一）加快某项建设，11月底前完成，责任单位：某局。', '（二）做好某项储备，1月底前完成，责任单位：某局。'];
    expect(await deadlines([...head, ...items].join('\n'))).toEqual(['2023-11-30', '2023-01-31']);
    // A report dated in the next year keeps the heading's year for the quarter it reports on.
    const later = ['某县某局关于某项工作的报告', '某县某局', '2024年1月5日', '一、2023年第四季度工作情况', '（一）加快某项建设，12月底前完成，责任单位：某局。'];
    expect(await deadlines(later.join('\n'))).toEqual(['2023-12-31']);
  });

  it('a table whose column names name one year (2024年目标任务 | 完成时限) dates its rows’ year-less dates when the document gives no year', async () => {
    const md = (first: string) =>
      ['# 某县重点工作任务清单', '', `| 序号 | ${first} | 责任单位 | 完成时限 |`, '|---|---|---|---|', '| 1 | 完成某项道路改造 | 某县交通局 | 6月底前 |', '| 2 | 建成某公园 | 某县住建局 | 9月底前 |'].join('\n');
    const read = async (text: string) => (await parseBytes(Buffer.from(text, 'utf8'), 'plan.md')).document.tasks.map((t) => t.deadline?.end ?? null);
    expect(await read(md('2024年目标任务'))).toEqual(['2024-06-30', '2024-09-30']);
    // Two years between the columns, or none, name no year of the rows.
    const two = ['# 某县重点工作任务清单', '', '| 序号 | 2024年目标任务 | 2023年完成情况 | 责任单位 | 完成时限 |', '|---|---|---|---|---|', '| 1 | 完成某项道路改造 | 已开工 | 某县交通局 | 6月底前 |'];
    expect(await read(two.join('\n'))).toEqual([null]);
    expect(await read(md('目标任务'))).toEqual([null, null]);
    // The document's own year stands over the columns'.
    expect(await read(md('2024年目标任务').replace('# 某县重点工作任务清单', '# 某县2025年重点工作任务清单'))).toEqual(['2025-06-30', '2025-09-30']);
  });
});
