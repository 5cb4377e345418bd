import { describe, expect, it } from 'vitest';
import { outputFileName, sheetName } from '../../src/export/sheet-names.js';

/** What Excel refuses in a sheet name. */
const INVALID_SHEET_NAME = /[[\]:*?/\\]|^'|'$/;

describe('sheetName', () => {
  it.each([
    ['县文化广电和旅游局', '县文化广电和旅游局'],
    ['[牵头]单位:财政局*?', '_牵头_单位_财政局__'],
    ['办公室/综合科\\档案室', '办公室_综合科_档案室'],
    ["'引号单位'", '引号单位'],
    ['  ', 'Sheet'],
    ['History', 'History_'],
  ])('%j → %j', (raw, expected) => {
    expect(sheetName(raw, new Set())).toBe(expected);
  });

  it('cuts long names to 31 characters and keeps every name unique, ignoring case', () => {
    const taken = new Set<string>();
    const long = '中共某某县委宣传部（县新闻出版局、县版权局、县电影局）文化体制改革办公室';
    const names = [long, long, long, 'Sheet', 'sheet', '任务台账'].map((raw) => sheetName(raw, taken));
    for (const name of names) {
      expect(name.length).toBeLessThanOrEqual(31);
      expect(name).not.toMatch(INVALID_SHEET_NAME);
    }
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
    expect(names[0]).toBe(long.slice(0, 31));
    expect(names[1]).toMatch(/ \(2\)$/);
    expect(names[2]).toMatch(/ \(3\)$/);
    expect(names[4]).toBe('sheet (2)');
  });

  it('never splits a character outside the BMP', () => {
    const name = sheetName('𠀀'.repeat(20), new Set());
    expect(name.length).toBeLessThanOrEqual(31);
    expect([...name].every((ch) => ch === '𠀀')).toBe(true);
  });
});

describe('outputFileName', () => {
  it.each([
    ['plans/2024年实施方案.docx', '2024年实施方案.xlsx'],
    ['../x', 'x.xlsx'],
    ['../../etc/passwd', 'passwd.xlsx'],
    ['C:\\docs\\方案.txt', '方案.xlsx'],
    ['a[1]:*?"<>|.txt', 'a[1]_______.xlsx'],
    ['..', 'ledger.xlsx'],
    ['.hidden', 'hidden.xlsx'],
    ['..plan.txt', 'plan.xlsx'],
    ['con.txt', '_con.xlsx'],
    ['plan. .txt', 'plan.xlsx'],
  ])('%j → %j', (input, expected) => {
    expect(outputFileName(input, new Set(), '.xlsx')).toBe(expected);
  });

  it('tells apart inputs with the same name in different folders, ignoring case', () => {
    const taken = new Set<string>();
    expect(['a/plan.txt', 'b/plan.docx', 'c/PLAN.md'].map((f) => outputFileName(f, taken, '.xlsx'))).toEqual(['plan.xlsx', 'plan-2.xlsx', 'PLAN-3.xlsx']);
  });

  it('keeps names within what file systems allow', () => {
    const name = outputFileName(`${'很长的文件名'.repeat(30)}.txt`, new Set(), '.xlsx');
    expect(Buffer.byteLength(name)).toBeLessThanOrEqual(255);
    expect(name.endsWith('.xlsx')).toBe(true);
  });
});
