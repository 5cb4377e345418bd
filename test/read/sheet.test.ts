import { readFileSync } from 'node:fs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import type { Block, Cell } from '../../src/model/block.js';
import { parseDelimited, readSheet } from '../../src/read/sheet.js';
import { measured } from './hostile.js';
import { ReadError } from '../../src/read/types.js';

const fixture = (path: string): Uint8Array => readFileSync(new URL(`../../fixtures/${path}`, import.meta.url));
const read = (path: string, fileName = path.split('/').pop()!) => readSheet(fixture(path), { fileName });

const truthAnchors: string[] = JSON.parse(
  readFileSync(new URL('../../fixtures/truth/003_5a35171835c4a9ae.json', import.meta.url), 'utf8'),
).tasks.map((t: { anchor: string }) => t.anchor);

const squash = (s: string): string => s.replace(/\s+/g, '');
const rowText = (row: Cell[]): string => row.map((c) => c.text).join('\t');
const texts = (block: Block): string[][] => block.rows!.map((r) => r.map((c) => c.text));

/** Every truth anchor of seed 003 lies in exactly one row (DESIGN: anchors compared ignoring whitespace). */
function expectAnchorsOncePerRow(rows: Cell[][]): void {
  const flat = rows.map((r) => squash(rowText(r)));
  for (const anchor of truthAnchors) {
    const hits = flat.filter((t) => t.includes(squash(anchor)));
    expect(hits, anchor).toHaveLength(1);
  }
}

async function expectError(promise: Promise<unknown>, code: string): Promise<ReadError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ReadError);
  expect((error as ReadError).code).toBe(code);
  expect((error as ReadError).message).not.toMatch(/\n|\bat \S+:\d+/); // one line, no stack
  return error as ReadError;
}

describe('readSheet: 003.xlsx (real seed)', () => {
  it('yields one table: title row, header row and the 65 task rows', async () => {
    const result = await read('formats/003.xlsx');
    expect(result.format).toBe('sheet');
    expect(result.encoding).toBeNull();
    expect(result.blocks).toHaveLength(1);
    const [block] = result.blocks;
    expect(block.kind).toBe('table');
    expect(block.text).toBe('任务分解表');
    expect(block.loc).toEqual({ sheet: '任务分解表' });
    expect(block.rows).toHaveLength(67);
    expect(block.rows!.every((r) => r.length === 6)).toBe(true);
    expect(texts(block)[1]).toEqual(['序号', '工作任务', '具体内容', '责任单位', '配合单位', '完成时间']);
    expectAnchorsOncePerRow(block.rows!.slice(2));
  });

  it('resolves the title merged across and the merged 序号/工作任务 ranges', async () => {
    const [block] = (await read('formats/003.xlsx')).blocks;
    const [title] = block.rows!;
    expect(title[0].text).toMatch(/任务分解表$/);
    expect(title[0].merged).toBeUndefined();
    expect(title.slice(1).every((c) => c.text === '' && c.merged === true)).toBe(true);
    const [first, second, third] = block.rows!.slice(2);
    expect(first[0]).toEqual({ text: '1', loc: { sheet: '任务分解表', cell: 'A3', row: 3, col: 1 } });
    expect(second[0]).toEqual({ text: '1', loc: { sheet: '任务分解表', cell: 'A4', row: 4, col: 1 }, merged: true });
    expect(third[1].text).toBe(first[1].text);
    expect(third[1].merged).toBe(true);
    expect(second[2].merged).toBeUndefined(); // 具体内容 is not merged
    expect(second[2].loc).toEqual({ sheet: '任务分解表', cell: 'C4', row: 4, col: 3 });
  });

  it('keeps line breaks inside cells', async () => {
    const [block] = (await read('formats/003.xlsx')).blocks;
    const row = block.rows!.find((r) => r[2].text.startsWith('细化公共文化设施的土地利用'))!;
    expect(row[3].text).toBe('国土分局\n规划分局');
  });
});

describe('readSheet: 003.csv (real seed, UTF-8 with BOM)', () => {
  it('yields the header and 65 task rows, named after the file as Excel does', async () => {
    const result = await read('formats/003.csv');
    expect(result.encoding).toBe('utf-8');
    const [block] = result.blocks;
    expect(block.text).toBe('003');
    expect(block.rows).toHaveLength(66);
    expect(block.rows![0][0].text).toBe('序号'); // the BOM is gone
    expectAnchorsOncePerRow(block.rows!.slice(1));
  });

  it('keeps empty grouping cells empty and quoted line breaks as "\\n"', async () => {
    const [block] = (await read('formats/003.csv')).blocks;
    const [, first, second] = block.rows!;
    expect(first[0].text).toBe('1');
    expect(second[0]).toEqual({ text: '', loc: { sheet: '003', cell: 'A3', row: 3, col: 1 } });
    expect(block.rows!.flat().some((c) => c.merged)).toBe(false);
    const row = block.rows!.find((r) => r[2].text.startsWith('细化公共文化设施的土地利用'))!;
    expect(row[3].text).toBe('国土分局\n规划分局');
    expect(row[3].loc).toMatchObject({ cell: `D${block.rows!.indexOf(row) + 1}` });
  });
});

describe.each(['tasks.xlsx', 'tasks.xls', 'tasks.ods'])('readSheet: %s written by SheetJS', (name) => {
  it('resolves merges, keeps line breaks and shows numbers without float noise', async () => {
    const result = await read(`sheets/${name}`);
    const [block] = result.blocks;
    expect(block.text).toBe('任务表');
    expect(block.rows).toHaveLength(7);
    const [title, header, r1, r2, r3, , r5] = block.rows!;
    expect(title[0].text).toBe('2024年重点工作任务分解表');
    expect(title.slice(1).map((c) => c.merged)).toEqual([true, true, true, true, true]);
    expect(header.map((c) => c.text)).toEqual(['序号', '工作任务', '具体内容', '责任单位', '配合单位', '完成时限']);
    expect(r1.slice(0, 2).map((c) => [c.text, c.merged])).toEqual([['1', undefined], ['完善公共文化设施', undefined]]);
    expect(r2.slice(0, 2).map((c) => [c.text, c.merged])).toEqual([['1', true], ['完善公共文化设施', true]]);
    expect(r2[1].loc).toEqual({ sheet: '任务表', cell: 'B4', row: 4, col: 2 });
    expect(r2[2].text).toBe('改造文化站3个\n提升服务水平');
    expect(r3[0].text).toBe('2');
    expect(r5[5].text).toBe('0.3');
  });

  it('reads the second sheet as its own block and skips the empty one', async () => {
    const { blocks } = await read(`sheets/${name}`);
    expect(blocks[1]).toEqual({
      kind: 'table',
      text: '说明',
      rows: [[{ text: '说明：本表由办公室汇总', loc: { sheet: '说明', cell: 'B2', row: 2, col: 2 } }]],
      loc: { sheet: '说明' },
    });
    expect(blocks.map((b) => b.text)).not.toContain('空白');
  });
});

describe('readSheet: dates as displayed', () => {
  it.each(['tasks.xlsx', 'tasks.xls'])('%s: custom and built-in (14) date formats', async (name) => {
    const [block] = (await read(`sheets/${name}`)).blocks;
    expect(block.rows![2][5].text).toBe('2024年6月30日');
    expect(block.rows![4][5].text).toBe('2024/9/30'); // format 14 as a Chinese Excel shows it
  });

  it('ods: a date stored as m/d/yy text is written out from its value', async () => {
    // LibreOffice stores its rendering of each cell; SheetJS's ODS writer stored m/d/yy.
    const [block] = (await read('sheets/tasks.ods')).blocks;
    expect(block.rows![2][5].text).toBe('2024年6月30日');
    expect(block.rows![4][5].text).toBe('2024年9月30日');
  });

  it('a table saved as .xls (HTML) keeps m/d/yy text as written: only ODS stores a typed value beside it', async () => {
    const html = '<html><body><table><tr><td>任务</td><td>完成时限</td></tr><tr><td>修订预案</td><td>6/30/24</td></tr></table></body></html>';
    const [block] = (await readSheet(new TextEncoder().encode(html), { fileName: 'tasks.xls' })).blocks;
    expect(texts(block)[1]).toEqual(['修订预案', '6/30/24']);
  });

  it('ods: other display text stored in the file is passed through', async () => {
    const [block] = (await read('sheets/tasks.ods')).blocks;
    expect(block.rows![2].map((c) => c.text)).toContain('新建社区图书室10个');
  });
});

describe('readSheet: hidden sheets', () => {
  it.each(['tasks.xlsx', 'tasks.xls'])('%s: skipped with a warning', async (name) => {
    const result = await read(`sheets/${name}`);
    expect(result.blocks.map((b) => b.text)).toEqual(['任务表', '说明']);
    expect(result.warnings).toEqual(['hidden sheet "下拉" was skipped']);
  });
});

describe('readSheet: only hidden sheets have content', () => {
  it('reads them rather than reporting an empty workbook', async () => {
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([]), '封面');
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([['序号', '任务'], [1, '巡查']]), '数据');
    wb.Workbook = { Sheets: [{ Hidden: 0 }, { Hidden: 1 }] };
    const result = await readSheet(XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }), { fileName: 'h.xlsx' });
    expect(result.blocks.map((b) => b.text)).toEqual(['数据']);
    expect(texts(result.blocks[0])).toEqual([['序号', '任务'], ['1', '巡查']]);
    expect(result.warnings).toEqual(['only hidden sheets have content; read "数据"']);
  });
});

describe('readSheet: sheets that repeat an earlier sheet', () => {
  const header = ['序号', '工作任务', '责任单位', '完成时限'];
  const master = [header, [1, '修订应急预案', '应急局', '2024年6月底前'], [2, '排查隐患点位', '水利局', '2024年9月底前'], [3, '组织演练', '应急局', '2024年10月']];
  const book = (...sheets: Array<[string, unknown[][]]>) => {
    const wb = XLSX.utils.book_new();
    for (const [name, rows] of sheets) XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(rows), name);
    return readSheet(XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }), { fileName: 'book.xlsx' });
  };

  it('skips a per-unit tab copied from the master list, saying so', async () => {
    const result = await book(['总表', master], ['应急局', [header, master[1], master[3]]]);
    expect(result.blocks.map((b) => b.text)).toEqual(['总表']);
    expect(result.warnings).toEqual(['sheet "应急局" repeats rows of sheet "总表" and was skipped']);
  });

  it('keeps tabs whose unit is named only in the tab name, however alike their rows', async () => {
    const generic = [['序号', '工作任务', '完成时限'], [1, '开展安全生产大检查', '2024年底'], [2, '组织应急演练', '2024年10月']];
    const result = await book(['应急局', generic], ['水利局', generic]);
    expect(result.blocks.map((b) => b.text)).toEqual(['应急局', '水利局']);
    expect(result.warnings).toEqual([]);
  });

  it('keeps a sheet with a row of its own, and one with only a header', async () => {
    const result = await book(['总表', master], ['新增', [header, master[1], [4, '更新物资台账', '粮储局', '2024年12月']]], ['空表', [header]]);
    expect(result.blocks.map((b) => b.text)).toEqual(['总表', '新增', '空表']);
    expect(result.warnings).toEqual([]);
  });
});

describe('readSheet: delimited text', () => {
  it('decodes a GB18030 CSV and keeps cells exactly as written', async () => {
    const result = await read('sheets/tasks-gb18030.csv');
    expect(result.encoding).toBe('gb18030');
    const rows = texts(result.blocks[0]);
    expect(result.blocks[0].text).toBe('tasks-gb18030');
    expect(rows).toHaveLength(6);
    expect(rows[0]).toEqual(['2024年重点工作任务分解表', '', '', '', '', '']);
    expect(rows[3]).toEqual(['', '', '改造文化站3个\n提升服务水平', '住建局、"城管局"', '', '2024年底']);
    expect(rows[4][2]).toBe('举办文艺演出20场，每月2场');
    expect(rows[5][0]).toBe('001'); // no number inference
  });

  it('reads TSV with quoted line breaks', async () => {
    const result = await read('sheets/tasks.tsv');
    const rows = texts(result.blocks[0]);
    expect(rows).toHaveLength(6);
    expect(rows[3][2]).toBe('改造文化站3个\n提升服务水平');
    expect(rows[4][2]).toBe('举办文艺演出20场，每月2场');
  });

  it('honours a forced encoding', async () => {
    const result = await readSheet(fixture('sheets/tasks-gb18030.csv'), { fileName: 'x.csv', encoding: 'gbk' });
    expect(result.encoding).toBe('gbk');
    expect(result.blocks[0].rows![1][0].text).toBe('序号');
  });

  it('trims columns that are empty on the left, keeping true addresses', async () => {
    const bytes = Buffer.from(',,序号,任务\n,,1,巡查\n');
    const [block] = (await readSheet(bytes, { fileName: 'a.csv' })).blocks;
    expect(texts(block)).toEqual([['序号', '任务'], ['1', '巡查']]);
    expect(block.rows![1][1].loc).toEqual({ sheet: 'a', cell: 'D2', row: 2, col: 4 });
  });
});

describe('parseDelimited', () => {
  it('follows RFC 4180', () => {
    expect(parseDelimited('a,b\r\nc,d\r\n')).toEqual([['a', 'b'], ['c', 'd']]);
    expect(parseDelimited('"x, y","say ""hi""",\n')).toEqual([['x, y', 'say "hi"', '']]);
    expect(parseDelimited('"line1\r\nline2",z')).toEqual([['line1\nline2', 'z']]);
    expect(parseDelimited('a\n\nb')).toEqual([['a'], [''], ['b']]);
    expect(parseDelimited('a\tb', '\t')).toEqual([['a', 'b']]);
    expect(parseDelimited('"open')).toEqual([['open']]);
  });
});

describe('readSheet: failures', () => {
  it('0 bytes → empty', async () => {
    await expectError(readSheet(new Uint8Array(), { fileName: 'a.xlsx' }), 'empty');
  });

  it('a workbook with no text → empty', async () => {
    await expectError(readSheet(Buffer.from(',,\n,,\n'), { fileName: 'a.csv' }), 'empty');
  });

  it('an encrypted OOXML container → encrypted', async () => {
    const error = await expectError(read('sheets/encrypted.xlsx'), 'encrypted');
    expect(error.message).toMatch(/password/);
  });

  it('a BIFF8 workbook with FILEPASS → encrypted', async () => {
    await expectError(read('sheets/filepass.xls'), 'encrypted');
  });

  it('a truncated xlsx → corrupt', async () => {
    const bytes = fixture('formats/003.xlsx');
    await expectError(readSheet(bytes.subarray(0, bytes.length / 2), { fileName: 'a.xlsx' }), 'corrupt');
  });

  it('a truncated xls → corrupt, without SheetJS internals in the message', async () => {
    const error = await expectError(readSheet(fixture('sheets/tasks.xls').subarray(0, 3000), { fileName: 'a.xls' }), 'corrupt');
    expect(error.message).not.toMatch(/argument|undefined|TypeError/);
  });

  it('text named .xlsx, and a Word file named .xls → corrupt', async () => {
    await expectError(readSheet(Buffer.from('not a workbook'), { fileName: 'a.xlsx' }), 'corrupt');
    await expectError(readSheet(fixture('formats/000.doc'), { fileName: 'a.xls' }), 'corrupt');
  });

  it('checks a zip before inflating it (declared size far over the limit → too-large)', async () => {
    const bytes = Buffer.from(fixture('formats/003.xlsx'));
    const central = bytes.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    bytes.writeUInt32LE(0xfff00000, central + 24); // the first entry claims ~4 GB uncompressed
    await expectError(readSheet(bytes, { fileName: 'bomb.xlsx' }), 'too-large');
  });
});

describe('readSheet: .xls saved as an HTML table', () => {
  it('resolves rowspan through the same grid rules', async () => {
    const html = '<table><tr><td>序号</td><td>任务</td></tr><tr><td rowspan=2>1</td><td>巡查</td></tr><tr><td>宣传</td></tr></table>';
    const [block] = (await readSheet(Buffer.from(html), { fileName: 'export.xls' })).blocks;
    expect(texts(block)).toEqual([['序号', '任务'], ['1', '巡查'], ['1', '宣传']]);
    expect(block.rows![2][0].merged).toBe(true);
  });
});


describe('readSheet: size guard', () => {
  /** A workbook with 序号 in A1 and 远处 at `far`, written by patching a tiny one (SheetJS would take minutes to write it). */
  function farWorkbook(far: string, farRow: number, filler = ''): Uint8Array {
    const ws = XLSX.utils.aoa_to_sheet([['序号', null], [null, '远处']]);
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, ws, 'S');
    const files = unzipSync(XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }));
    const xml = strFromU8(files['xl/worksheets/sheet1.xml'])
      .replace('r="B2"', `r="${far}"`)
      .replace('<row r="2"', `${filler}<row r="${farRow}"`)
      .replace('ref="A1:B2"', 'ref="A1:XFD1048576"');
    files['xl/worksheets/sheet1.xml'] = strToU8(xml);
    return zipSync(files);
  }

  it('reads A1 and XFD1048576 as the two rows they are, not a grid of 17 billion cells', async () => {
    const { value, peakGrowthMiB } = await measured(() => readSheet(farWorkbook('XFD1048576', 1048576), { fileName: 'far.xlsx' }));
    const rows = value!.blocks[0].rows!;
    expect(rows).toHaveLength(2);
    expect(rows[0][0].text).toBe('序号');
    expect(rows[1].at(-1)).toMatchObject({ text: '远处', loc: { cell: 'XFD1048576' } });
    expect(peakGrowthMiB).toBeLessThan(300);
  });

  it('refuses a sheet whose real cells span more than the cell limit', async () => {
    const filler = Array.from({ length: 200 }, (_, i) => `<row r="${i + 3}"><c r="A${i + 3}" t="str"><v>${i}</v></c></row>`).join('');
    const error = await expectError(readSheet(farWorkbook('XFD1048576', 1048576, filler), { fileName: 'far.xlsx' }), 'too-large');
    expect(error.message).toMatch(/202 rows × 16384 columns/);
  });
});
