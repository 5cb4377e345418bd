import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import type { Block } from '../../src/model/block.js';
import { readHtml } from '../../src/read/html.js';
import { readSheet } from '../../src/read/sheet.js';
import { placeRows, resolveTextRows } from '../../src/read/table-grid.js';
import { cpuMs, fixture, measured, MiB, xlsxWithSheet } from './hostile.js';

const utf8 = (text: string) => new TextEncoder().encode(text);
const texts = (block: Block) => block.rows!.map((row) => row.map((cell) => cell.text));

describe('CSV: memory follows the cells with text', () => {
  it('reads a header and a task around 1 MB of blank lines as two rows', async () => {
    const csv = utf8(`序号,工作任务,责任单位\n${'\n'.repeat(MiB)}1,建成文化礼堂30家,文旅局\n`);
    const { value, peakGrowthMiB } = await measured(() => readSheet(csv, { fileName: 'blank.csv' }));
    expect(texts(value!.blocks[0])).toEqual([['序号', '工作任务', '责任单位'], ['1', '建成文化礼堂30家', '文旅局']]);
    expect(value!.blocks[0].rows![1][0].loc).toMatchObject({ row: MiB + 2 });
    expect(peakGrowthMiB).toBeLessThan(300);
  });

  it('reads 1 MB of delimiter-only lines with one task in it', async () => {
    const csv = utf8(`${',,,,,,,\n'.repeat(MiB / 8)}1,任务,单位\n`);
    const { value, peakGrowthMiB } = await measured(() => readSheet(csv, { fileName: 'commas.csv' }));
    expect(texts(value!.blocks[0])).toEqual([['1', '任务', '单位']]);
    expect(peakGrowthMiB).toBeLessThan(300);
  });

  it('calls 1 MB of blank lines alone an empty file', async () => {
    const { error } = await measured(() => readSheet(utf8('\r\n'.repeat(MiB / 2)), { fileName: 'blank.csv' }));
    expect(error?.code).toBe('empty');
  });
});

describe('HTML tables: spans bounded by the table itself', () => {
  const page = (rows: string) => utf8(`<html><body><table>${rows}</table></body></html>`);

  it('honours rowspan=0 to the end of the table and bounds colspan=1000 by the real columns', async () => {
    const html = page(
      '<tr><td colspan=1000>古镇镇任务分解表</td></tr>' +
        '<tr><th>序号</th><th>工作任务</th><th>责任单位</th></tr>' +
        '<tr><td>1</td><td>建成礼堂</td><td rowspan=0>文旅局</td></tr>' +
        '<tr><td>2</td><td>建成书屋</td></tr>' +
        '<tr><td>3</td><td>建成舞台</td></tr>',
    );
    const { blocks } = await readHtml(html, { fileName: 'spans.html' });
    const table = blocks.find((b) => b.kind === 'table')!;
    expect(texts(table)).toEqual([
      ['古镇镇任务分解表', '', ''],
      ['序号', '工作任务', '责任单位'],
      ['1', '建成礼堂', '文旅局'],
      ['2', '建成书屋', '文旅局'],
      ['3', '建成舞台', '文旅局'],
    ]);
    expect(table.rows![4][2].merged).toBe(true);
  });

  it('refuses a table of rowspan=0 colspan=1000 cells that staircases past the cell limit, within the budget', async () => {
    // Each row's cells start right of the spans from every row above: the table widens by two columns a row, as in a browser.
    const row = '<tr><td rowspan=0 colspan=1000>甲</td><td>乙</td></tr>';
    const html = page(row.repeat((256 * 1024) / row.length));
    const { error, peakGrowthMiB } = await measured(() => readHtml(html, { fileName: 'spans.html' }));
    expect(error).toMatchObject({ code: 'too-large', message: expect.stringMatching(/^a table spans 707 rows × 1415 columns \(limit 1000000 cells\)$/) });
    expect(peakGrowthMiB).toBeLessThan(300);
  });

  it('reads 20 000 rows under one rowspan=0 cell as 20 000 rows, once each', async () => {
    const rows = Array.from({ length: 20_000 }, (_, i) => `<tr>${i === 0 ? '<td rowspan=0>文旅局</td>' : ''}<td>${i}</td></tr>`).join('');
    const { value, peakGrowthMiB } = await measured(() => readHtml(page(rows), { fileName: 'tall.html' }));
    const table = value!.blocks.find((b) => b.kind === 'table')!;
    expect(table.rows).toHaveLength(20_000);
    expect(table.rows![19_999].map((c) => c.text)).toEqual(['文旅局', '19999']);
    expect(peakGrowthMiB).toBeLessThan(300);
  });
});

describe('table-grid bounds', () => {
  const cell = (text: string, rowSpan?: number, colSpan?: number) => ({ text, loc: { line: 1 }, rowSpan, colSpan });

  it('bounds a colspan by the most cells any row lists', () => {
    const placed = placeRows([[cell('标题', 1, 1000)], [cell('A'), cell('B')]]);
    expect(placed[0].colSpan).toBe(2);
  });

  it('builds only the rows where a cell starts, however far a span reaches', () => {
    const placed = [
      { row: 0, col: 0, rowSpan: 5_000_000, text: '单位', loc: { line: 1 } },
      { row: 4_999_999, col: 1, text: '末行', loc: { line: 2 } },
    ];
    const rows = resolveTextRows(placed, () => ({ line: 0 }));
    expect(rows.map((r) => r.map((c) => c.text))).toEqual([['单位', ''], ['单位', '末行']]);
  });

  it('refuses merges that overlap so often that filling them would not end', () => {
    const placed = Array.from({ length: 3000 }, (_, i) => ({ row: 2999 - i, col: 0, rowSpan: 3000, colSpan: 300, text: `${i}`, loc: { line: 1 } }));
    expect(() => resolveTextRows(placed, () => ({ line: 0 }))).toThrow(/merged cells overlap too often/);
  });
});

describe('a workbook: the cell limit holds across its sheets', () => {
  /** `count` sheets, each a task in A1 and a note in the last column of row 2: 2 rows × 16,384 columns of grid apiece. */
  const wideSheets = (count: number): Uint8Array => {
    const wb = XLSX.utils.book_new();
    for (let i = 0; i < count; i++) XLSX.utils.book_append_sheet(wb, { A1: { t: 's', v: `任务${i}` }, XFD2: { t: 's', v: '备注' }, '!ref': 'A1:XFD2' }, `S${i}`);
    return new Uint8Array(XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
  };

  it('reads 30 such sheets (983,040 cells) and refuses 70 (each under the limit, together past it) within the budget', async () => {
    const hostile = wideSheets(70);
    const { error, peakGrowthMiB } = await measured(() => readSheet(hostile, { fileName: 'wide.xlsx' }));
    expect(error?.code).toBe('too-large');
    expect(error?.message).toBe("the workbook's sheets hold more than 1000000 cells between them");
    expect(peakGrowthMiB).toBeLessThan(300);
    expect((await readSheet(wideSheets(30), { fileName: 'wide.xlsx' })).blocks).toHaveLength(30);
  });
});

describe('a sheet: a cell at a far column costs its cell, not its column number', () => {
  it('refuses a row reaching column 600,000,001 at the cost of reading a real workbook (generous: under 50 times)', async () => {
    const far = xlsxWithSheet('<row r="1"><c r="A1" t="inlineStr"><is><t>任务</t></is></c></row><row r="2"><c r="AXLYKYC2" t="inlineStr"><is><t>x</t></is></c></row>');
    const real = fixture('sheets/tasks.xlsx');
    await readSheet(real, { fileName: 'warm.xlsx' });
    // readSheet does its work before its first await: the CPU is spent inside the call.
    let pending: Promise<unknown> = Promise.resolve();
    const hostileMs = cpuMs(() => (pending = readSheet(far, { fileName: 'far.xlsx' }).catch((e: unknown) => e)));
    expect(await pending).toMatchObject({ code: 'too-large', message: 'a table spans 2 rows × 600000001 columns (limit 1000000 cells)' });
    expect(hostileMs / Math.max(1, cpuMs(() => readSheet(real, { fileName: 'tasks.xlsx' })))).toBeLessThan(50);
  });
});
