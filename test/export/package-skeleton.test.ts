import { strFromU8, unzipSync } from 'fflate';
import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { ledgerStyles, writeWorkbook, type SheetLayout } from '../../src/export/package-skeleton.js';
import { DeflatedText } from '../../src/export/zip-writer.js';
import { LEDGER_STATUSES } from '../../src/lexicon/status-words.js';
import { customProperties } from '../../src/read/provenance.js';

/**
 * Issue 9 (--out-dir speed): the package SheetJS writes for one shape of
 * workbook is kept, and what differs per workbook is set in its XML. That
 * XML must be what SheetJS itself writes for the workbook at hand.
 */

const HEADERS = ['序号', '层级/路径', '任务', '责任领导', '进展状态'];
const layouts = (rows: number, widths: number[]): SheetLayout[] => [
  { name: '任务台账', headers: HEADERS, validations: [{ column: 4, values: LEDGER_STATUSES }], rows, widths },
  { name: "O'Brien 科 (2)", headers: ['牵头单位', '任务数'], validations: [], rows: Math.max(0, rows - 3), widths: widths.slice(0, 2) },
];
const properties = { custom: { generator: 'planlint 0.1.0', source: 'a/b.txt', title: '标题 <1> & 2' }, title: '标题 <1> & 2', subject: '文号〔2020〕8号', pageTitle: '标题 <1> & 2' };

function write(sheets: SheetLayout[]): Record<string, string> {
  const bytes = writeWorkbook(sheets, sheets.map(() => new DeflatedText()), properties, ledgerStyles());
  return Object.fromEntries(Object.entries(unzipSync(bytes)).map(([path, data]) => [path, strFromU8(data)]));
}

/** What SheetJS writes for the same sheets, written directly. */
function sheetJs(sheets: SheetLayout[]): Record<string, string> {
  const workbook = XLSX.utils.book_new();
  workbook.Props = { Author: 'planlint' };
  workbook.Custprops = { 生成工具: 'planlint' };
  for (const sheet of sheets) {
    const ref = XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: sheet.rows, c: sheet.headers.length - 1 } });
    const data = [sheet.headers.map((v): XLSX.CellObject => ({ t: 's', v })), ...new Array<XLSX.CellObject[]>(sheet.rows).fill([])];
    const ws: XLSX.WorkSheet = { '!data': data, '!ref': ref, '!cols': sheet.widths.map((wch) => ({ wch })), '!autofilter': { ref } };
    XLSX.utils.book_append_sheet(workbook, ws, sheet.name);
  }
  const files = unzipSync(XLSX.write(workbook, { type: 'buffer', bookType: 'xlsx', bookSST: false, compression: false }));
  return Object.fromEntries(Object.entries(files).map(([path, data]) => [path, strFromU8(data)]));
}

const ranged = (xml: string) => [...xml.matchAll(/<dimension [^>]*>|<cols>.*?<\/cols>|<autoFilter [^>]*>|<ignoredError [^>]*>/g)].map((m) => m[0]);

describe('writeWorkbook', () => {
  it('a workbook written from the kept package of another of its shape has the ranges and widths SheetJS writes for it', () => {
    const first = layouts(4, [6, 12, 61, 9, 10]);
    write(first);
    for (const [rows, widths] of [
      [250, [8, 30, 60, 16, 12]],
      [0, [6, 6, 6, 6, 6]],
      [70000, [7, 31, 59, 15, 11]],
    ] as Array<[number, number[]]>) {
      const sheets = layouts(rows, widths);
      const ours = write(sheets);
      const theirs = sheetJs(sheets);
      for (const sheet of ['xl/worksheets/sheet1.xml', 'xl/worksheets/sheet2.xml']) expect(ranged(ours[sheet])).toEqual(ranged(theirs[sheet]));
      // The print titles (the header row on every page) are planlint's addition.
      const printTitles = /<definedName name="_xlnm\.Print_Titles"[^>]*>[^<]*<\/definedName>/g;
      expect(ours['xl/workbook.xml'].match(printTitles)).toEqual([
        `<definedName name="_xlnm.Print_Titles" localSheetId="0">'任务台账'!$1:$1</definedName>`,
        `<definedName name="_xlnm.Print_Titles" localSheetId="1">'O''Brien 科 (2)'!$1:$1</definedName>`,
      ]);
      expect(ours['xl/workbook.xml'].replace(printTitles, '')).toBe(theirs['xl/workbook.xml']);
      for (const part of ['[Content_Types].xml', '_rels/.rels', 'xl/_rels/workbook.xml.rels', 'docProps/app.xml', 'xl/theme/theme1.xml']) expect(ours[part]).toBe(theirs[part]);
    }
  });

  it('every column width SheetJS can be asked for comes out as SheetJS writes it', () => {
    const widths = Array.from({ length: 80 }, (_, k) => k + 1);
    const sheets: SheetLayout[] = [{ name: 'S', headers: widths.map(String), validations: [], rows: 3, widths }];
    expect(ranged(write(sheets)['xl/worksheets/sheet1.xml'])).toEqual(ranged(sheetJs(sheets)['xl/worksheets/sheet1.xml']));
  });

  it('writes each workbook’s own properties, escaped, and reads back through SheetJS', () => {
    const files = write(layouts(2, [6, 6, 6, 6, 6]));
    const bytes = writeWorkbook(layouts(2, [6, 6, 6, 6, 6]), [new DeflatedText(), new DeflatedText()], properties, ledgerStyles());
    expect(Object.fromEntries(customProperties(bytes))).toEqual({ 生成工具: 'planlint 0.1.0', 来源文件: 'a/b.txt', 文件标题: '标题 <1> & 2' });
    expect(XLSX.read(bytes, { type: 'buffer' }).Props).toMatchObject({ Title: '标题 <1> & 2', Subject: '文号〔2020〕8号', Author: 'planlint' });
    expect(files['docProps/core.xml']).toContain('<dc:title>标题 &lt;1&gt; &amp; 2</dc:title>');
  });
});
