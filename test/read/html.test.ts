import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Block } from '../../src/model/block.js';
import { declaredCharset, htmlToBlocks, readHtml } from '../../src/read/html.js';
import { dropEmptyRows, placeRows, resolveGrid } from '../../src/read/table-grid.js';

const fixture = (path: string): Uint8Array => readFileSync(new URL(`../../fixtures/${path}`, import.meta.url));
const page = (name: string) => readHtml(fixture(`html/${name}`), { fileName: name });
const html = (text: string) => htmlToBlocks(text).blocks;
const textsOf = (blocks: Block[]) => blocks.filter((b) => b.kind !== 'table').map((b) => b.text);
const grid = (block: Block) => block.rows!.map((r) => r.map((c) => c.text));

describe('readHtml: a government page (fixtures/html/plan.html)', () => {
  it('leaves out page chrome: head, scripts, nav, breadcrumb, share, footer, 上一篇/下一篇', async () => {
    const { blocks } = await page('plan.html');
    const all = blocks.map((b) => b.text + (b.rows ?? []).flat().map((c) => c.text).join('')).join('\n');
    for (const chrome of ['门户网站', '首页', '政务公开', '当前位置', '分享到', '上一篇', '下一篇', '热点新闻', '主办', '网站标识码', 'menu', 'text-indent', '_示例市人民政府'])
      expect(all, chrome).not.toContain(chrome);
  });

  it('gives the title as a heading and every numbered line as its own paragraph', async () => {
    const result = await page('plan.html');
    expect(result.format).toBe('html');
    expect(result.encoding).toBe('utf-8');
    expect(result.blocks[0]).toEqual({ kind: 'heading', text: '关于印发《2024年全民阅读推广工作方案》的通知', level: 1, loc: { line: 14, column: 21 } });
    expect(textsOf(result.blocks)).toEqual([
      '关于印发《2024年全民阅读推广工作方案》的通知',
      '发布时间：2024-03-01　来源：市文广旅局',
      '2024年全民阅读推广工作方案',
      '为深入推进全民阅读，建设书香城市，制定本方案。',
      '一、工作目标',
      '全年举办阅读活动 100 场，覆盖群众5万人次。',
      '二、重点任务',
      '（一）阅读阵地建设',
      '1.新建城市书房5个。（责任单位：市图书馆）',
      '2.改造农家书屋20个。（责任单位：各县区文化局）',
      '（二）品牌活动打造',
      '3.举办“书香之城”读书节&阅读月活动。',
      '附件：任务分解表',
    ]);
  });

  it('locates lines split by <br> at their own text', async () => {
    const { blocks } = await page('plan.html');
    const item = blocks.find((b) => b.text.startsWith('2.改造'))!;
    expect(item.loc).toEqual({ line: 23, column: 48 });
  });

  it('resolves rowspan and colspan in the task table with merged flags', async () => {
    const { blocks } = await page('plan.html');
    const table = blocks.find((b) => b.kind === 'table')!;
    expect(table.text).toBe('2024年全民阅读推广任务分解表');
    expect(table.loc).toEqual({ line: 28, column: 5 });
    expect(grid(table)).toEqual([
      ['序号', '工作任务', '具体措施', '责任单位', '完成时限'],
      ['1', '阅读阵地建设', '新建城市书房5个', '市图书馆', '2024年6月底'],
      ['1', '阅读阵地建设', '改造农家书屋20个\n提升服务水平', '各县区文化局', '2024年12月底'],
      ['2', '品牌活动打造', '举办读书节', '市文广旅局牵头，2024年4月', ''],
    ]);
    const [, first, second, third] = table.rows!;
    expect(first[0].merged).toBeUndefined();
    expect(first[0].loc).toEqual({ line: 32, column: 11 });
    expect(second[0].merged).toBe(true);
    expect(second[1].merged).toBe(true);
    expect(second[0].loc).toEqual({ line: 33, column: 7 }); // the row that continues the span
    expect(second[2].merged).toBeUndefined();
    expect(third[4]).toMatchObject({ text: '', merged: true }); // covered by colspan=2
  });

  it('reads directives from HTML comments', async () => {
    const { directives } = await page('plan.html');
    expect(directives).toEqual([{ kind: 'disable-next-line', rules: ['missing-deadline'], loc: { line: 24, column: 5 } }]);
  });
});

describe('readHtml: encodings', () => {
  it('a GBK page with <meta http-equiv … charset=gb2312>', async () => {
    const result = await page('plan-gbk.html');
    expect(result.encoding).toBe('gb18030');
    expect(textsOf(result.blocks)).toEqual(['关于做好秋季防火工作的通知', '一、总体要求', '（一）落实责任。各乡镇要在10月底前完成排查。']);
    const table = result.blocks.find((b) => b.kind === 'table')!;
    expect(grid(table)).toEqual([['序号', '任务', '责任单位'], ['1', '巡查山林', '林业站'], ['1', '设置宣传牌', '各村']]);
    expect(table.rows![2][0].merged).toBe(true);
  });

  it('a Big5 page with <meta charset="big5">', async () => {
    const result = await page('plan-big5.html');
    expect(result.encoding).toBe('big5');
    expect(result.blocks.map((b) => b.text)).toEqual(['推動數位服務實施計畫', '一、計畫目標', '（一）於年底前完成線上申辦系統建置。']);
    expect(result.blocks[0].level).toBe(2);
  });

  it('valid UTF-8 wins over a stale gb2312 meta; --encoding wins over both', async () => {
    const bytes = Buffer.from('<meta charset="gb2312"><p>一、总体要求</p>');
    expect((await readHtml(bytes, { fileName: 'a.html' })).blocks[0].text).toBe('一、总体要求');
    expect((await readHtml(bytes, { fileName: 'a.html', encoding: 'utf-8' })).encoding).toBe('utf-8');
  });

  it('finds the declared charset in either meta form', () => {
    expect(declaredCharset(Buffer.from('<meta charset=gbk>'))).toBe('gb18030');
    expect(declaredCharset(Buffer.from('<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=GB2312">'))).toBe('gb18030');
    expect(declaredCharset(Buffer.from('<meta charset="big5">'))).toBe('big5');
    expect(declaredCharset(Buffer.from('<p>no meta</p>'))).toBeNull();
  });

  it('0 bytes → empty', async () => {
    await expect(readHtml(new Uint8Array(), { fileName: 'a.html' })).rejects.toMatchObject({ code: 'empty' });
  });
});

describe('htmlToBlocks: text', () => {
  it('decodes entities and collapses ASCII whitespace, keeping inner full-width spaces', () => {
    expect(textsOf(html('<p>&nbsp; 组　长：&ldquo;张&nbsp;&nbsp;三&rdquo; \n &amp; 李四 </p>'))).toEqual(['组　长：“张 三” & 李四']);
  });

  it('joins Chinese wrapped over source lines (Word "save as HTML") without a space', () => {
    expect(textsOf(html('<p class=MsoNormal>各乡镇要在10月底前完成\n排查，并报送\r\n  <span>结果。</span> Word\nexport</p>'))).toEqual([
      '各乡镇要在10月底前完成排查，并报送结果。 Word export',
    ]);
  });

  it('block elements and <br> end lines; inline elements do not', () => {
    expect(textsOf(html('<div>前言<p>一、<b>目标</b></p>后记<br>附件</div><ul><li>甲</li><li>乙</li></ul>'))).toEqual([
      '前言', '一、目标', '后记', '附件', '甲', '乙',
    ]);
  });

  it('keeps a heading broken by <br> as one heading', () => {
    expect(html('<h2>关于印发<br>实施方案的通知</h2>')).toEqual([
      { kind: 'heading', text: '关于印发实施方案的通知', level: 2, loc: { line: 1, column: 5 } },
    ]);
  });

  it('splits <pre> at its newlines', () => {
    expect(textsOf(html('<pre>一、甲\n二、乙</pre>'))).toEqual(['一、甲', '二、乙']);
  });
});

describe('htmlToBlocks: chrome', () => {
  it('drops hidden elements and class/id chrome, but not look-alike utility classes', () => {
    const blocks = html(
      '<div id="breadcrumb">首页</div><div class="topMenu">菜单</div><p hidden>隐</p><p style="display: none">藏</p>' +
        '<div class="position-relative"><p>正文</p></div><div class="position">当前栏目</div><div id="print">打印</div>',
    );
    expect(textsOf(blocks)).toEqual(['正文']);
  });

  it('keeps the header of an article, drops the header of the site', () => {
    const blocks = html('<header>门户网站</header><article><header><h1>实施方案</h1></header><p>正文</p></article>');
    expect(blocks.map((b) => [b.kind, b.text])).toEqual([['heading', '实施方案'], ['paragraph', '正文']]);
  });

  it('drops a search form but reads a page wrapped in <form runat=server>', () => {
    expect(textsOf(html('<form><label>站内搜索</label><input></form><p>正文</p>'))).toEqual(['正文']);
    expect(textsOf(html('<form id="form1"><div class="content"><p>一、目标</p></div></form>'))).toEqual(['一、目标']);
  });

  it('drops 上一篇/下一篇 lines outside any chrome container', () => {
    expect(textsOf(html('<p>正文</p><p>上一篇：某通知</p><p>【打印本页】</p>'))).toEqual(['正文']);
  });
});

describe('htmlToBlocks: tables', () => {
  it('reads a layout table (one holding another table) as text, and the inner data table as a table', () => {
    const blocks = html(
      '<table><tr><td>导航</td><td><p>一、目标</p><table><tr><td>序号</td><td>任务</td></tr><tr><td>1</td><td>甲</td></tr></table></td></tr></table>',
    );
    expect(blocks.map((b) => b.kind)).toEqual(['paragraph', 'paragraph', 'table']);
    expect(textsOf(blocks)).toEqual(['导航', '一、目标']);
    expect(grid(blocks[2])).toEqual([['序号', '任务'], ['1', '甲']]);
  });

  it('reads a one-cell table as text', () => {
    expect(html('<table><tr><td>附件：任务表</td></tr></table>')).toMatchObject([{ kind: 'paragraph', text: '附件：任务表' }]);
  });

  it('drops empty spacer rows and pads short rows', () => {
    const [table] = html('<table><tr><td>甲</td><td>乙</td><td>丙</td></tr><tr><td>&nbsp;</td></tr><tr><td>1</td></tr></table>');
    expect(grid(table)).toEqual([['甲', '乙', '丙'], ['1', '', '']]);
  });
});

describe('table-grid', () => {
  const at = (row: number, col: number) => ({ row: row + 1, col: col + 1 });
  const cell = (text: string, rowSpan?: number, colSpan?: number) => ({ text, loc: { line: 1 }, rowSpan, colSpan });

  it('places cells after rowspans from above (the HTML table algorithm)', () => {
    const placed = placeRows([[cell('A', 2), cell('B'), cell('C', 2)], [cell('D')], [cell('E'), cell('F', 1, 2)]]);
    expect(placed.map((p) => [p.text, p.row, p.col])).toEqual([['A', 0, 0], ['B', 0, 1], ['C', 0, 2], ['D', 1, 1], ['E', 2, 0], ['F', 2, 1]]);
  });

  it('expands a block span: repeats in the first column, empties elsewhere, all merged', () => {
    const rows = resolveGrid([{ row: 0, col: 0, rowSpan: 2, colSpan: 2, text: 'X', loc: at(0, 0) }, { row: 0, col: 2, text: 'Y', loc: at(0, 2) }], at);
    expect(rows.map((r) => r.map((c) => [c.text, c.merged ?? false]))).toEqual([
      [['X', false], ['', true], ['Y', false]],
      [['X', true], ['', true], ['', false]],
    ]);
    expect(rows[1][0].loc).toEqual({ row: 2, col: 1 });
  });

  it('keeps the first owner of a slot (a value inside another merge is dropped)', () => {
    const rows = resolveGrid([{ row: 0, col: 0, rowSpan: 2, text: 'A', loc: at(0, 0) }, { row: 1, col: 0, text: 'hidden', loc: at(1, 0) }], at);
    expect(rows.map((r) => r[0].text)).toEqual(['A', 'A']);
  });

  it('clips rowspan to the table and treats rowspan=0 as "to the end"', () => {
    const placed = placeRows([[cell('A', 0), cell('B', 99)], [cell('C')], [cell('D')]]);
    expect(placed.slice(0, 2).map((p) => p.rowSpan)).toEqual([3, 3]);
    expect(placed.slice(2).map((p) => p.col)).toEqual([2, 2]);
  });

  it('drops rows that hold only merged continuation', () => {
    const rows = resolveGrid([{ row: 0, col: 0, rowSpan: 2, colSpan: 2, text: '标题', loc: at(0, 0) }, { row: 2, col: 0, text: '1', loc: at(2, 0) }], at);
    expect(dropEmptyRows(rows).map((r) => r[0].text)).toEqual(['标题', '1']);
  });
});
