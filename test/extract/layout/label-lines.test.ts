import { describe, expect, it } from 'vitest';
import { recoverLayout } from '../../../src/extract/layout/index.js';
import { parseBytes } from '../../../src/parse.js';
import { textToBlocks } from '../../../src/read/text.js';

describe('records whose labels and values stand on lines of their own', () => {
  it('label ⏎ value pairs become fields again, and the record one task', async () => {
    const text = ['具体任务', '抓紧完成方舱医院升级改造。', '责任单位', '卫健局、文旅局', '配合单位', '各乡镇', '完成时限', '12月底前'].join('\n');
    expect(recoverLayout(textToBlocks(text).blocks).map((b) => b.text)).toEqual([
      '具体任务：抓紧完成方舱医院升级改造。',
      '责任单位：卫健局、文旅局',
      '配合单位：各乡镇',
      '完成时限：12月底前',
    ]);
    const parsed = await parseBytes(Buffer.from(text, 'utf8'), 'record.txt');
    expect(parsed.document.tasks).toHaveLength(1);
    expect(parsed.document.tasks[0].owners).toEqual({ leaders: [], units: ['卫健局', '文旅局'], partners: ['各乡镇'] });
  });

  it('a label that kept its colon while its value went to the next line (责任单位： ⏎ 卫健局) is the same pair', () => {
    const text = ['项目内容：', '新建社区书屋3个。', '责任单位:', '文旅局、各街道'].join('\n');
    expect(recoverLayout(textToBlocks(text).blocks).map((b) => b.text)).toEqual(['项目内容：新建社区书屋3个。', '责任单位：文旅局、各街道']);
  });

  it('a record numbered before its first label (01 项目名称：…) names its item, then says what it holds: one task, its number no quantity', async () => {
    const text = ['01 项目名称:改善出行条件', '项目内容:', '新增公交线路4条。', '责任单位:', '交通局', '进展与成效:', '已开通2条线路。', '02 项目名称:建设社区书屋', '项目内容：新建社区书屋3个。', '责任单位：文旅局'].join('\n');
    const { tasks } = (await parseBytes(Buffer.from(text, 'utf8'), 'record.txt')).document;
    expect(tasks.map((t) => [t.number, t.title, t.owners.units, t.targets.map((g) => g.text)])).toEqual([
      ['01', '改善出行条件', ['交通局'], ['4条']],
      ['02', '建设社区书屋', ['文旅局'], ['3个']],
    ]);
  });

  it('a lone heading that happens to be a label (重点任务) above a paragraph stays a heading', () => {
    const blocks = recoverLayout(textToBlocks('重点任务\n全面推进政务公开标准化建设。\n').blocks);
    expect(blocks.map((b) => b.text)).toEqual(['重点任务', '全面推进政务公开标准化建设。']);
  });
});

describe('a record’s box of fields drawn as a two-cell table, flattened to "label: | value |" a line', () => {
  it('each pair goes back on one line, a label whose value went to the next line too; the record (重点工作 + 牵头单位) is one task', async () => {
    const text = ['重点工作: | 12.推进某类违法建设治理。 |', '牵头单位: | 某市城市管理局 |', '完成时限: |', '12月底前 |'].join('\n');
    expect(recoverLayout(textToBlocks(text).blocks).map((b) => b.text)).toEqual([
      '重点工作：12.推进某类违法建设治理。',
      '牵头单位：某市城市管理局',
      '完成时限：12月底前',
    ]);
    const tasks = (await parseBytes(Buffer.from(text, 'utf8'), 'record.txt')).document.tasks;
    expect(tasks.map((t) => [t.title, t.owners.units])).toEqual([['12.推进某类违法建设治理', ['某市城市管理局']]]);
  });

  it('a box of a page’s facts (成文日期: | … | 发布日期: | … |) that says no task stays as it is', () => {
    const text = ['成文日期: | 2024-03-01 |', '完成时限: | 2024-03-05 |'].join('\n');
    expect(recoverLayout(textToBlocks(text).blocks).map((b) => b.text)).toEqual(['成文日期: | 2024-03-01 |', '完成时限: | 2024-03-05 |']);
  });
});
