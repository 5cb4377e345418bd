import { strFromU8, unzipSync } from 'fflate';
import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { addLedgerStyles, columnName, fitSheet, rowXml, sheetParts, splitSheet } from '../../src/export/sheet-xml.js';
import { cellFormats, elements, fonts, inSchemaOrder, numberFormat, worksheetChildren } from '../support/xlsx.js';

/** A package as SheetJS writes it: one sheet with a header row, a range over three rows, widths and an autofilter. */
function sheetJsPackage(): Record<string, string> {
  const workbook = XLSX.utils.book_new();
  const sheet: XLSX.WorkSheet = {
    '!data': [[{ t: 's', v: '序号' }, { t: 's', v: '任务' }, { t: 's', v: '进展状态' }], [], []],
    '!ref': 'A1:C3',
    '!cols': [{ wch: 6 }, { wch: 40 }, { wch: 10 }],
    '!autofilter': { ref: 'A1:C3' },
  };
  XLSX.utils.book_append_sheet(workbook, sheet, '任务台账');
  XLSX.utils.book_append_sheet(workbook, { '!data': [[{ t: 's', v: '牵头单位' }]], '!ref': 'A1:A1' }, '汇总&<>');
  const bytes = XLSX.write(workbook, { type: 'buffer', bookType: 'xlsx', bookSST: false, compression: false }) as Buffer;
  return Object.fromEntries(Object.entries(unzipSync(bytes)).map(([path, data]) => [path, strFromU8(data)]));
}

describe('addLedgerStyles', () => {
  const original = sheetJsPackage()['xl/styles.xml'];
  const { styles, headerStyle, cells: cellStyles } = addLedgerStyles(original);
  const dateStyle = cellStyles.date;
  const xfs = cellFormats(styles);

  it('adds a bold font and a header format that uses it, centred and wrapped', () => {
    expect(fonts(styles)).toHaveLength(fonts(original).length + 1);
    expect(fonts(styles)[xfs[headerStyle].fontId]).toMatch(/^<font><b\/>/);
    expect(fonts(styles)[0]).not.toContain('<b/>');
    expect(xfs[headerStyle].alignment).toContain('horizontal="center"');
    expect(xfs[headerStyle].alignment).toContain('wrapText="1"');
    expect(styles).toMatch(new RegExp(`<fonts count="${fonts(styles).length}">`));
    expect(styles).toMatch(new RegExp(`<cellXfs count="${xfs.length}">`));
  });

  it('adds a yyyy-mm-dd date format numbered as a custom format', () => {
    expect(xfs[dateStyle].numFmtId).toBeGreaterThanOrEqual(164);
    expect(numberFormat(styles, xfs[dateStyle].numFmtId)).toBe('yyyy-mm-dd');
    expect(XLSX.SSF.is_date(numberFormat(styles, xfs[dateStyle].numFmtId)!)).toBe(true);
  });

  it('wraps text in every format, the default one included', () => {
    for (const xf of xfs) expect(xf.alignment).toContain('wrapText="1"');
  });

  it('stays well-formed', () => {
    expect(() => elements(styles)).not.toThrow();
  });

  it('creates <numFmts> when the stylesheet has none', () => {
    const bare = original.replace(/<numFmts[\s\S]*?<\/numFmts>/, '');
    const added = addLedgerStyles(bare);
    expect(added.styles).toMatch(/<numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"\/><\/numFmts><fonts/);
  });
});

describe('splitSheet', () => {
  const pkg = sheetJsPackage();
  const parts = sheetParts(pkg['xl/workbook.xml'], pkg['xl/_rels/workbook.xml.rels']);
  const sheet = pkg[parts.get('任务台账')!];
  const { head, tail } = splitSheet(sheet, 7, [{ column: 2, values: ['未开始', '推进中', '已完成', '已逾期'] }]);
  const styles = { text: 8, number: 9, date: 10 };
  const rows = rowXml(2, [{ text: '1' }, { text: '建成文化礼堂30家' }, undefined], styles) + rowXml(3, [{ text: '2' }], styles);
  const xml = head + rows + tail;

  it('finds every sheet by name through the workbook relationships, names unescaped', () => {
    expect([...parts.keys()]).toEqual(['任务台账', '汇总&<>']);
    expect([...parts.values()]).toEqual(['xl/worksheets/sheet1.xml', 'xl/worksheets/sheet2.xml']);
  });

  it('freezes the header row', () => {
    const pane = elements(xml).find((e) => e.name === 'pane')!;
    expect(pane.attributes).toEqual({ ySplit: '1', topLeftCell: 'A2', activePane: 'bottomLeft', state: 'frozen' });
    expect(elements(xml).filter((e) => e.name === 'sheetView')).toHaveLength(1);
  });

  it('gives every header cell the header style and no other cell', () => {
    const cells = elements(xml).filter((e) => e.name === 'c');
    expect(cells.filter((c) => /^[A-Z]1$/.test(c.attributes.r)).map((c) => c.attributes.s)).toEqual(['7', '7', '7']);
    expect(cells.filter((c) => !/^[A-Z]1$/.test(c.attributes.r)).map((c) => c.attributes.s)).toEqual(['8', '8', '8', '8']);
  });

  it('adds the drop-down as a list over the column below the header', () => {
    const validation = elements(xml).find((e) => e.name === 'dataValidation')!;
    expect(validation.attributes).toMatchObject({ type: 'list', sqref: 'C2:C1048576', allowBlank: '1' });
    expect(xml).toContain('<formula1>&quot;未开始,推进中,已完成,已逾期&quot;</formula1>');
  });

  it('keeps the worksheet children in schema order, SheetJS’s autofilter and widths included', () => {
    const children = worksheetChildren(xml);
    expect(children).toEqual([
      'sheetPr', 'dimension', 'sheetViews', 'cols', 'sheetData', 'autoFilter', 'dataValidations',
      'printOptions', 'pageMargins', 'pageSetup', 'headerFooter', 'ignoredErrors',
    ]);
    expect(inSchemaOrder(children)).toBe(true);
  });

  it('prints landscape, all columns on one page width, with a page header', () => {
    expect(elements(xml).find((e) => e.name === 'pageSetUpPr')!.attributes).toEqual({ fitToPage: '1' });
    expect(elements(xml).find((e) => e.name === 'pageSetup')!.attributes).toMatchObject({ orientation: 'landscape', fitToWidth: '1', fitToHeight: '0' });
    const fitted = fitSheet({ head, tail }, 'A1:C3', [6, 10, 6], '县 A&B 方案');
    expect(fitted.tail).toContain('<oddHeader>&amp;L县 A&amp;&amp;B 方案 · &amp;A&amp;R第 &amp;P 页 共 &amp;N 页</oddHeader>');
  });

  it('places its elements by the schema in sheets laid out otherwise', () => {
    const other =
      '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetPr/><dimension ref="A1"/><sheetFormatPr defaultRowHeight="15"/>' +
      '<sheetData/><mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells><hyperlinks/><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>';
    const split = splitSheet(other, 1, [{ column: 0, values: ['是', '否'] }]);
    const children = worksheetChildren(split.head + split.tail);
    expect(children).toEqual([
      'sheetPr', 'dimension', 'sheetViews', 'sheetFormatPr', 'sheetData', 'mergeCells', 'dataValidations', 'hyperlinks',
      'printOptions', 'pageMargins', 'pageSetup', 'headerFooter',
    ]);
    expect(inSchemaOrder(children)).toBe(true);
  });
});

const STYLES = { text: 1, number: 2, date: 3 };

describe('rowXml', () => {
  it('writes text as inline strings, never formulas, whatever the text starts with', () => {
    const row = rowXml(5, [{ text: '=HYPERLINK("http://x","点击")' }, { text: '+cmd|\'/C calc\'!A0' }, { text: '@SUM(1+1)' }, { text: '-2+3' }], STYLES);
    expect(row).not.toMatch(/<f[\s>]/);
    const cells = elements(row).filter((e) => e.name === 'c');
    expect(cells.map((c) => [c.attributes.r, c.attributes.t])).toEqual([
      ['A5', 'inlineStr'],
      ['B5', 'inlineStr'],
      ['C5', 'inlineStr'],
      ['D5', 'inlineStr'],
    ]);
    expect(row).toContain('<t>=HYPERLINK(&quot;http://x&quot;,&quot;点击&quot;)</t>');
  });

  it('escapes markup, keeps line breaks and encodes characters XML cannot hold', () => {
    const row = rowXml(2, [{ text: '<b>县&乡</b>' }, { text: '第一行\n第二行' }, { text: 'a\u0001b' }], STYLES);
    expect(() => elements(row)).not.toThrow();
    expect(row).toContain('<t>&lt;b&gt;县&amp;乡&lt;/b&gt;</t>');
    expect(row).toContain('<t xml:space="preserve">第一行\n第二行</t>');
    expect(row).toContain('<t>a_x0001_b</t>');
  });

  it('writes every cell in its format: dates as serial days, numbers as numbers, an empty cell ruled like text', () => {
    expect(rowXml(3, [undefined, { date: 44561 }, { number: 4 }], STYLES, 37)).toBe(
      '<row r="3" ht="37" customHeight="1"><c r="A3" s="1"/><c r="B3" s="3"><v>44561</v></c><c r="C3" s="2"><v>4</v></c></row>',
    );
  });
});

describe('columnName', () => {
  it.each([
    [0, 'A'],
    [12, 'M'],
    [25, 'Z'],
    [26, 'AA'],
    [701, 'ZZ'],
    [702, 'AAA'],
  ])('%i → %s', (index, name) => {
    expect(columnName(index)).toBe(name);
  });
});
