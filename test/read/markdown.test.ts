import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Block } from '../../src/model/block.js';
import { readMarkdown } from '../../src/read/markdown.js';
import { ReadError } from '../../src/read/types.js';

const fixture = (path: string): Uint8Array => readFileSync(new URL(`../../fixtures/${path}`, import.meta.url));
const md = (text: string) => readMarkdown(Buffer.from(text), { fileName: 'x.md' });
const brief = (blocks: Block[]) => blocks.map((b) => [b.kind, b.text]);
const squash = (s: string): string => s.replace(/\s+/g, '');

const truthAnchors: string[] = JSON.parse(
  readFileSync(new URL('../../fixtures/truth/003_5a35171835c4a9ae.json', import.meta.url), 'utf8'),
).tasks.map((t: { anchor: string }) => t.anchor);

describe('readMarkdown: 003.md (GFM table, real seed)', () => {
  it('yields the title and a table of header + 65 rows, each truth anchor in exactly one row', async () => {
    const result = await readMarkdown(fixture('formats/003.md'), { fileName: '003.md' });
    expect(result.format).toBe('markdown');
    expect(result.encoding).toBe('utf-8');
    expect(brief(result.blocks.slice(0, 2))).toEqual([
      ['paragraph', '附件：'],
      ['heading', '古镇镇创建国家公共文化服务体系示范区任务分解表'],
    ]);
    expect(result.blocks[1]).toMatchObject({ level: 1, loc: { line: 3, column: 1 } });
    const table = result.blocks.find((b) => b.kind === 'table')!;
    expect(table.rows).toHaveLength(66);
    expect(table.rows!.every((r) => r.length === 6)).toBe(true);
    expect(table.rows![0].map((c) => c.text)).toEqual(['序号', '工作任务', '具体内容', '责任单位', '配合单位', '完成时间']);
    const rows = table.rows!.slice(1).map((r) => squash(r.map((c) => c.text).join('\t')));
    for (const anchor of truthAnchors) expect(rows.filter((r) => r.includes(squash(anchor))), anchor).toHaveLength(1);
  });

  it('turns <br> inside cells into "\\n", leaves empty grouping cells empty, locates cells', async () => {
    const result = await readMarkdown(fixture('formats/003.md'), { fileName: '003.md' });
    const table = result.blocks.find((b) => b.kind === 'table')!;
    expect(table.loc).toEqual({ line: 5, column: 1 });
    expect(table.rows![1][0]).toEqual({ text: '1', loc: { line: 7, column: 1 } });
    expect(table.rows![2][0].text).toBe('');
    const row = table.rows!.find((r) => r[2].text.startsWith('细化公共文化设施的土地利用'))!;
    expect(row[3].text).toBe('国土分局\n规划分局');
    expect(row[3].loc.line).toBe(12);
  });
});

describe('readMarkdown: 004.md (prose, real seed)', () => {
  it('gives one Block per line of the original text, in order', async () => {
    const result = await readMarkdown(fixture('formats/004.md'), { fileName: '004.md' });
    const original = readFileSync(new URL('../../fixtures/004_ddf377d826d8cb0f.txt', import.meta.url), 'utf8')
      .split('\n')
      .map(squash)
      .filter(Boolean);
    expect(result.blocks.map((b) => squash(b.text))).toEqual(original);
  });

  it('marks headings with their depth and regenerates list labels', async () => {
    const { blocks } = await readMarkdown(fixture('formats/004.md'), { fileName: '004.md' });
    expect(blocks.find((b) => b.text === '一、工作目标')).toMatchObject({ kind: 'heading', level: 2, loc: { line: 15, column: 1 } });
    const item = blocks.find((b) => b.text.startsWith('1. '))!;
    expect(item.kind).toBe('paragraph');
    expect(item.text).toMatch(/^1\. 将村级文化服务中心图书室/);
    expect(item.loc).toEqual({ line: 33, column: 1 });
    expect(blocks.filter((b) => /^[123]\. /.test(b.text))).toHaveLength(3);
  });
});

describe('readMarkdown: lists', () => {
  it('keeps the marker as typed, including ")" and a start other than 1', async () => {
    const { blocks } = await md('3) 第三项\n4) 第四项\n\n1. 甲\n1. 乙\n');
    expect(blocks.map((b) => b.text)).toEqual(['3) 第三项', '4) 第四项', '1. 甲', '1. 乙']);
  });

  it('walks nested lists in order; bullets add no label; "一、" and "1、" stay in the text', async () => {
    const { blocks } = await md('一、总体要求\n\n1. 外层\n   - 内层甲\n   - 内层乙\n2. 外层二\n\n1、不是列表\n');
    expect(blocks.map((b) => b.text)).toEqual(['一、总体要求', '1. 外层', '内层甲', '内层乙', '2. 外层二', '1、不是列表']);
    expect(blocks[1].loc).toEqual({ line: 3, column: 1 }); // at its label, which is part of the text
    expect(blocks[2].loc).toEqual({ line: 4, column: 6 }); // at its text: the bullet is not
  });

  it('labels only the first paragraph of a multi-paragraph item', async () => {
    const { blocks } = await md('1. 第一段\n\n   第二段\n');
    expect(blocks.map((b) => b.text)).toEqual(['1. 第一段', '第二段']);
  });

  it('descends into blockquotes', async () => {
    const { blocks } = await md('> （一）引用中的任务\n>\n> 1. 引用中的列表\n');
    expect(blocks.map((b) => b.text)).toEqual(['（一）引用中的任务', '1. 引用中的列表']);
    expect(blocks[1].loc).toEqual({ line: 3, column: 3 });
  });
});

describe('readMarkdown: inline text and lines', () => {
  it('strips formatting, keeps link text and inline code, drops images and code blocks', async () => {
    const { blocks } = await md('**责任单位**：*文化局*、[财政局](http://x)、`代码` ![图](a.png)\n\n```\n一、不是正文\n```\n');
    expect(brief(blocks)).toEqual([['paragraph', '责任单位：文化局、财政局、代码']]);
  });

  it('splits a paragraph at soft breaks, hard breaks and <br>, each line located', async () => {
    const { blocks } = await md('一、第一行\n二、第二行  \n三、第三行<br>四、第四行\n');
    expect(blocks.map((b) => b.text)).toEqual(['一、第一行', '二、第二行', '三、第三行', '四、第四行']);
    expect(blocks.map((b) => b.loc.line)).toEqual([1, 2, 3, 3]);
    expect(blocks[3].loc.column).toBe(10);
  });

  it('joins a multi-line setext heading into one heading', async () => {
    const { blocks } = await md('关于印发\n实施方案的通知\n===\n');
    expect(blocks).toEqual([{ kind: 'heading', text: '关于印发实施方案的通知', level: 1, loc: { line: 1, column: 1 } }]);
  });
});

describe('readMarkdown: tables', () => {
  it('strips inline formatting, unescapes pipes, pads short rows', async () => {
    const { blocks } = await md('| 序号 | 任务 |\n| --- | --- |\n| 1 | **甲** \\| 乙<br/>丙 |\n| 2 |\n');
    const table = blocks[0];
    expect(table.kind).toBe('table');
    expect(table.rows!.map((r) => r.map((c) => c.text))).toEqual([['序号', '任务'], ['1', '甲 | 乙\n丙'], ['2', '']]);
    expect(table.rows![1][1].loc).toEqual({ line: 3, column: 5 });
  });

  it('reads a raw HTML table (merged cells) through the HTML reader', async () => {
    const { blocks } = await md('说明\n\n<table>\n<tr><td rowspan="2">1</td><td>甲</td></tr>\n<tr><td>乙</td></tr>\n</table>\n');
    expect(blocks[1].kind).toBe('table');
    expect(blocks[1].rows!.map((r) => r.map((c) => [c.text, c.merged]))).toEqual([
      [['1', undefined], ['甲', undefined]],
      [['1', true], ['乙', undefined]],
    ]);
    expect(blocks[1].rows![0][0].loc).toEqual({ line: 4, column: 5 });
  });
});

describe('readMarkdown: directives', () => {
  it('reads disable / enable / disable-next-line comments with their location', async () => {
    const result = await md(
      '<!-- planlint-disable missing-owner vague-deadline -->\n\n# 标题\n\n<!-- planlint-enable -->\n\n正文<!-- planlint-disable-next-line missing-owner -->\n',
    );
    expect(result.directives).toEqual([
      { kind: 'disable', rules: ['missing-owner', 'vague-deadline'], loc: { line: 1, column: 1 } },
      { kind: 'enable', rules: [], loc: { line: 5, column: 1 } },
      { kind: 'disable-next-line', rules: ['missing-owner'], loc: { line: 7, column: 3 } },
    ]);
    expect(brief(result.blocks)).toEqual([['heading', '标题'], ['paragraph', '正文']]);
  });

  it('ignores ordinary comments', async () => {
    const result = await md('<!-- 备注 -->\n\n正文\n');
    expect(result.directives).toEqual([]);
    expect(brief(result.blocks)).toEqual([['paragraph', '正文']]);
  });
});

describe('readMarkdown: input', () => {
  it('decodes GB18030 and honours a forced encoding', async () => {
    const gb = Buffer.from([0xd2, 0xbb, 0xa1, 0xa2, 0xd7, 0xdc, 0xcc, 0xe5, 0xd2, 0xaa, 0xc7, 0xf3]); // 一、总体要求
    expect((await readMarkdown(gb, { fileName: 'a.md' })).blocks[0].text).toBe('一、总体要求');
    expect((await readMarkdown(gb, { fileName: 'a.md', encoding: 'gbk' })).encoding).toBe('gbk');
  });

  it('0 bytes → empty', async () => {
    await expect(readMarkdown(new Uint8Array(), { fileName: 'a.md' })).rejects.toMatchObject({ code: 'empty' });
    await expect(readMarkdown(new Uint8Array(), { fileName: 'a.md' })).rejects.toBeInstanceOf(ReadError);
  });
});
