import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { assertRepeatsBounded } from '../../src/read/sheet-parts.js';
import { readSheet } from '../../src/read/sheet.js';
import { fixture, measured } from './hostile.js';

const parts = unzipSync(fixture('sheets/tasks.ods'));
const content = strFromU8(parts['content.xml']);
const ods = (xml: string) => zipSync({ ...parts, 'content.xml': strToU8(xml) });

describe('OpenDocument repeats are counted before SheetJS writes them out', () => {
  it('refuses a row with text repeated a million times, within the budget', async () => {
    const { error, peakGrowthMiB } = await measured(() =>
      readSheet(ods(content.replace('<table:table-row', '<table:table-row table:number-rows-repeated="1048576"')), { fileName: 'rows.ods' }),
    );
    expect(error).toMatchObject({ code: 'too-large', message: 'the spreadsheet repeats its rows and cells into more than 1000000 cells with content' });
    expect(peakGrowthMiB).toBeLessThan(300);
  });

  it('refuses rows and cells repeated into 100 million cells (SheetJS ran out of memory)', async () => {
    const both = content
      .replace('<table:table-row', '<table:table-row table:number-rows-repeated="100000"')
      .replace('<table:table-cell', '<table:table-cell table:number-columns-repeated="1000"');
    const { error } = await measured(() => readSheet(ods(both), { fileName: 'both.ods' }));
    expect(error?.code).toBe('too-large');
  });

  it('does not count the empty rows and cells LibreOffice repeats after the last row', async () => {
    const trailing = '<table:table-row table:number-rows-repeated="1048553"><table:table-cell table:number-columns-repeated="1024"/></table:table-row>';
    const xml = content.replace('</table:table>', `${trailing}</table:table>`);
    expect(() => assertRepeatsBounded(xml)).not.toThrow();
    const { value } = await measured(() => readSheet(ods(xml), { fileName: 'trailing.ods' }));
    expect(value!.blocks[0].rows).toEqual((await readSheet(fixture('sheets/tasks.ods'), { fileName: 'tasks.ods' })).blocks[0].rows);
  });

  it('scans unclosed rows once, not once per row', () => {
    expect(() => assertRepeatsBounded(`${'<table:table-row>'.repeat(50_000)}<table:table-cell office:value="1"/>`)).not.toThrow();
  });
});
