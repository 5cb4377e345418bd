import { afterEach, describe, expect, it, vi } from 'vitest';
import { readSheet } from '../../src/read/sheet.js';

/** A BIFF record: type, length, data. */
const record = (type: number, data: number[]) => [type & 0xff, type >> 8, data.length & 0xff, data.length >> 8, ...data];
const BOF = record(0x0009, [0x02, 0x00, 0x10, 0x00]);
const EOF = record(0x000a, []);
/** BIFF2 LABEL at A1: row, column, three attribute bytes, length, text. */
const LABEL = record(0x0004, [0, 0, 0, 0, 0, 0, 0, 2, 0x41, 0x42]);

afterEach(() => vi.restoreAllMocks());

describe('SheetJS noise becomes one line for the file', () => {
  it('holds back what SheetJS prints and reports it as one warning, reading on', async () => {
    const own = console.error;
    const printed = [vi.spyOn(process.stderr, 'write'), vi.spyOn(process.stdout, 'write')];
    const unknown = record(0x7ff0, [1, 2, 3]);
    const result = await readSheet(Uint8Array.from([...BOF, ...LABEL, ...unknown, ...unknown, ...EOF]), { fileName: 'raw.xls' });
    for (const spy of printed) expect(spy).not.toHaveBeenCalled();
    expect(result.warnings).toEqual(['parts of the spreadsheet could not be read and were skipped: Missing Info for XLS Record 0x7ff0 (and 1 more)']);
    expect(result.blocks[0].rows![0][0].text).toBe('AB');
    expect(console.error).toBe(own);
  });
});
