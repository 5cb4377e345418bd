import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { customProperties, writtenByPlanlint } from '../../src/read/provenance.js';

/** Issue 9: a workbook's custom properties (docProps/custom.xml), read to know planlint's own ledgers in a directory search. */

const CUSTOM_HEAD =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">';
const property = (pid: number, name: string, value: string) => `<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="${pid}" name="${name}"><vt:lpwstr>${value}</vt:lpwstr></property>`;
const workbook = (custom: string | null) =>
  zipSync({ 'xl/workbook.xml': strToU8('<workbook/>'), ...(custom === null ? {} : { 'docProps/custom.xml': strToU8(custom) }) });

describe('customProperties', () => {
  it('reads each property’s text, entities decoded, as Excel and LibreOffice write them', () => {
    const bytes = workbook(`${CUSTOM_HEAD}${property(2, '生成工具', 'planlint 0.1.0')}${property(3, '文件标题', 'A &amp; B &lt;方案&gt;')}</Properties>`);
    expect(Object.fromEntries(customProperties(bytes))).toEqual({ 生成工具: 'planlint 0.1.0', 文件标题: 'A & B <方案>' });
    expect(writtenByPlanlint(bytes)).toBe(true);
  });

  it('is empty for a workbook without them, a broken part, a DTD, or bytes that are no package', () => {
    expect(customProperties(workbook(null)).size).toBe(0);
    expect(customProperties(workbook(`${CUSTOM_HEAD}${property(2, '生成工具', 'planlint')}`)).size).toBe(0);
    expect(customProperties(workbook(`<!DOCTYPE x [<!ENTITY e "planlint">]>${CUSTOM_HEAD}${property(2, '生成工具', '&e;')}</Properties>`)).size).toBe(0);
    expect(customProperties(strToU8('1,测试\n')).size).toBe(0);
  });

  it('a generator other than planlint is not planlint’s output', () => {
    expect(writtenByPlanlint(workbook(`${CUSTOM_HEAD}${property(2, '生成工具', 'WPS 表格')}</Properties>`))).toBe(false);
    expect(writtenByPlanlint(workbook(`${CUSTOM_HEAD}${property(2, 'Generator', 'planlint 0.1.0')}</Properties>`))).toBe(false);
  });
});
