import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { textToBlocks } from '../../src/read/text.js';
import { isVerticalText } from '../../src/text/vertical.js';
import { FIXTURES } from '../support/seeds.js';

const tables = (text: string) => textToBlocks(text).blocks.filter((b) => b.kind === 'table');

describe('text reader: Word TAB-cell tables', () => {
  it('reads a header row ended by a blank line and chunks cells into rows of its width', () => {
    const text = '\t序号\n\t工作任务\n\t责任单位\n\n\t1\n\t建立台账\n\t县文化局\n\n\t2\n\t开展培训\n\t县教育局\n';
    const [table] = tables(text);
    expect(table.rows!.map((r) => r.map((c) => c.text))).toEqual([
      ['序号', '工作任务', '责任单位'],
      ['1', '建立台账', '县文化局'],
      ['2', '开展培训', '县教育局'],
    ]);
    expect(table.rows![1][1].loc).toEqual({ line: 6, column: 2 });
  });

  it('keeps a lone TAB as an empty cell, not a blank line (grouping cells left empty)', () => {
    const text = '\t序号\n\t工作任务\n\t责任单位\n\n\t1\n\t建立台账\n\t县文化局\n\n\t\n\t开展培训\n\t县教育局\n';
    expect(tables(text)[0].rows![2].map((c) => c.text)).toEqual(['', '开展培训', '县教育局']);
  });

  it('continues a cell on following lines, blank lines inside it dropped', () => {
    const text = '\t序号\n\t工作任务\n\t责任单位\n\t完成时间\n\n\t1\n\t建立台账\n\t宣传办\n\n文化站\n\n各村\n\t2020年\n';
    expect(tables(text)[0].rows![1][2].text).toBe('宣传办\n文化站\n各村');
  });

  it('joins narrow columns written one character per line, and header cells always', () => {
    const text = '\t类\n别\n\t序\n号\n\t项目名称\n\n\t公\n共\n\n服\n\n务\n行动\n\t1\n\t专项规划\n';
    const [table] = tables(text);
    expect(table.rows![0].map((c) => c.text)).toEqual(['类别', '序号', '项目名称']);
    expect(table.rows![1][0].text).toBe('公共服务行动');
    expect(isVerticalText(['陈忠新', '陈  凯'])).toBe(false);
    expect(isVerticalText(['团委', '妇联'])).toBe(false);
  });

  it('ends the table at body text after a complete row, and lets a short line continue the last cell', () => {
    const text = '\t序号\n\t任务\n\t责任单位\n\n\t1\n\t建立台账\n\t公共文化科\n各直属单位\n\n三、保障措施：各单位要高度重视，加强组织领导，确保各项任务落实到位。\n';
    const { blocks } = textToBlocks(text);
    expect(blocks.map((b) => b.kind)).toEqual(['table', 'paragraph']);
    expect(blocks[0].rows![1][2].text).toBe('公共文化科\n各直属单位');
    expect(blocks[1].text.startsWith('三、保障措施')).toBe(true);
  });

  it('reads the real 任务分解表 of seed 003: 65 rows of 6 cells after the header', () => {
    const text = readFileSync(join(FIXTURES, '003_5a35171835c4a9ae.txt'), 'utf8');
    const [table] = tables(text);
    expect(table.rows!.length).toBe(66);
    expect(new Set(table.rows!.map((r) => r.length))).toEqual(new Set([6]));
  });
});

describe('text reader: TAB rows copied from a web page', () => {
  it('keeps a row with fewer cells than the header (its merged cells and their TABs left out) as a short row of its own', () => {
    const [table] = tables('任务\t要求\t责任单位\n一、某项工作\t1.某项要求\t某局\n2.另一要求\t某办\n二、又一工作\t3.又一要求\t某局\n');
    expect(table.rows!.map((r) => r.map((c) => c.text))).toEqual([
      ['任务', '要求', '责任单位'],
      ['一、某项工作', '1.某项要求', '某局'],
      ['2.另一要求', '某办'],
      ['二、又一工作', '3.又一要求', '某局'],
    ]);
  });

  it('takes the table’s width from its widest line: a header broken over two lines starts short', () => {
    const [table] = tables('任务\t要求\n\t责任单位\n一、某项工作\t1.某项要求\t某局\n');
    expect(table.rows!.map((r) => r.map((c) => c.text))).toEqual([
      ['任务', '要求', '责任单位'],
      ['一、某项工作', '1.某项要求', '某局'],
    ]);
  });

  it('drops the empty cells a copy leaves past the header’s width at a row’s end', () => {
    const [table] = tables('序号\t任务\t责任单位\n1\t某项工作\t某局\t\t\n2\t又一工作\t某办\t\n');
    expect(table.rows!.map((r) => r.map((c) => c.text))).toEqual([
      ['序号', '任务', '责任单位'],
      ['1', '某项工作', '某局'],
      ['2', '又一工作', '某办'],
    ]);
  });

  it('keeps a line without a TAB between rows in the table, but ends the table at one after the last row', () => {
    const { blocks } = textToBlocks('序号\t任务\t责任单位\n1\t某项工作\t某局\n新增某项\n2\t又一工作\t某局\n3\t再一工作\n各单位要抓好落实。\n');
    expect(blocks.map((b) => b.kind)).toEqual(['table', 'paragraph']);
    expect(blocks[0].rows!.at(-1)!.map((c) => c.text)).toEqual(['3', '再一工作']);
  });
});

describe('text reader: other tables, paragraphs, directives', () => {
  it('reads pipe tables with <br> and escaped pipes', () => {
    const [table] = tables('| 任务 | 责任单位 |\n| --- | --- |\n| 建立台账 | 宣传办<br>文化站 |\n| a \\| b | 县局 |\n');
    expect(table.rows!.map((r) => r.map((c) => c.text))).toEqual([
      ['任务', '责任单位'],
      ['建立台账', '宣传办\n文化站'],
      ['a | b', '县局'],
    ]);
  });

  it('reads rows of TAB-separated cells on one line', () => {
    const [table] = tables('序号\t任务\t责任单位\n1\t建立台账\t县局\n');
    expect(table.rows!.map((r) => r.map((c) => c.text))).toEqual([
      ['序号', '任务', '责任单位'],
      ['1', '建立台账', '县局'],
    ]);
  });

  it('a TAB row whose cell held line breaks runs over lines: they are joined into one row of the header’s width', () => {
    const [table] = tables('序号\t任务\t牵头单位\t完成时限\n1\t新建公园\t县住建局\t10月底\n2\t完成植树\n造林\t县林业局\t5月底\n3\t新增就业\t县人社局\t年底\n说明：以上为重点任务。\n');
    expect(table.rows!.map((r) => r.map((c) => c.text))).toEqual([
      ['序号', '任务', '牵头单位', '完成时限'],
      ['1', '新建公园', '县住建局', '10月底'],
      ['2', '完成植树\n造林', '县林业局', '5月底'],
      ['3', '新增就业', '县人社局', '年底'],
    ]);
    // Body text after the last row is not a row.
    expect(textToBlocks('序号\t任务\n1\t建立台账\n说明：以上为重点任务。\n').blocks.map((b) => b.kind)).toEqual(['table', 'paragraph']);
  });

  it('a heading on a line of its own between TAB rows (一、…, （二）…) is a row across the table, no part of the next row’s first cell', () => {
    const [table] = tables('序号\t任务\t牵头单位\n一、经济发展\n1\t实施项目10个\t县发改局\n（二）民生保障\n1\t新建公园1个\t县住建局\n');
    expect(table.rows!.map((r) => r.map((c) => (c.merged ? `^${c.text}` : c.text)))).toEqual([
      ['序号', '任务', '牵头单位'],
      ['一、经济发展', '^', '^'],
      ['1', '实施项目10个', '县发改局'],
      ['（二）民生保障', '^', '^'],
      ['1', '新建公园1个', '县住建局'],
    ]);
  });

  it('gives each non-blank line as a paragraph with its position, ideographic spaces counting as blank', () => {
    const { blocks } = textToBlocks('一、工作目标\n\u3000\u3000\n    （一）总体思路。\n');
    expect(blocks).toEqual([
      { kind: 'paragraph', text: '一、工作目标', loc: { line: 1, column: 1 } },
      { kind: 'paragraph', text: '（一）总体思路。', loc: { line: 3, column: 5 } },
    ]);
  });

  it('takes planlint-disable lines out of the text as directives', () => {
    const { blocks, directives } = textToBlocks('planlint-disable-next-line missing-owner -- 由通知主送单位负责\n1.建立台账。\nplanlint-disable\n');
    expect(blocks.map((b) => b.text)).toEqual(['1.建立台账。']);
    expect(directives).toEqual([
      { kind: 'disable-next-line', rules: ['missing-owner'], loc: { line: 1, column: 1 } },
      { kind: 'disable', rules: [], loc: { line: 3, column: 1 } },
    ]);
  });
});
