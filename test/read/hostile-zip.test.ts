import { deflateSync, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readSheet } from '../../src/read/sheet.js';
import { deflatedZeros, fixture, measured, MiB, rawZip, workbookParts, workbookWithEntry } from './hostile.js';

const SHEET = 'xl/worksheets/sheet1.xml';

/** `times` copies of a deflate stream back to back, as if the stream started again after its end. */
function repeated(stream: Uint8Array, times: number): Uint8Array {
  const out = new Uint8Array(stream.length * times);
  for (let i = 0; i < times; i++) out.set(stream, i * stream.length);
  return out;
}

async function readXlsx(bytes: Uint8Array) {
  return measured(() => readSheet(bytes, { fileName: 'hostile.xlsx' }));
}

describe('workbook archives are inflated by planlint, never by SheetJS', () => {
  it('refuses a 300 MB bomb whose headers claim 0 bytes, within the memory budget', async () => {
    const bomb = deflatedZeros(Math.ceil((300 * MiB) / 258));
    const { error, peakGrowthMiB } = await readXlsx(workbookWithEntry({ name: SHEET, data: bomb, method: 8, size: 0, localSize: 0 }));
    expect(error?.code).toBe('corrupt');
    expect(error?.message).toMatch(/xl\/worksheets\/sheet1\.xml inflates to more than its declared 0 bytes/);
    expect(peakGrowthMiB).toBeLessThan(300);
  });

  it('stops a deflate stream that is not final, and one repeated after its end, at the declared size', async () => {
    const xmlSize = workbookParts()[SHEET].length;
    for (const data of [deflatedZeros(Math.ceil((200 * MiB) / 258), false), repeated(deflatedZeros(4000, false), 500), repeated(deflatedZeros(4000), 500)]) {
      const { error, peakGrowthMiB } = await readXlsx(workbookWithEntry({ name: SHEET, data, method: 8, size: xmlSize }));
      expect(error?.code).toBe('corrupt');
      expect(error?.message).toMatch(/^not a valid ZIP archive: .*xl\/worksheets\/sheet1\.xml/);
      expect(peakGrowthMiB).toBeLessThan(300);
    }
  });

  it('reads a workbook whose local headers lie about the sizes (SheetJS would trust them)', async () => {
    const honest = await readSheet(fixture('formats/003.xlsx'), { fileName: '003.xlsx' });
    const parts = workbookParts();
    const entries = Object.entries(parts).map(([name, xml]) => ({ name, data: deflateSync(xml), method: 8 as const, size: xml.length, localSize: 7 }));
    const lying = await readSheet(rawZip(entries), { fileName: 'lying.xlsx' });
    expect(lying.blocks).toEqual(honest.blocks);
  });

  it('reads an OpenDocument spreadsheet through the same inflater', async () => {
    const ods = fixture('sheets/tasks.ods');
    const honest = await readSheet(ods, { fileName: 'tasks.ods' });
    const entries = Object.entries(unzipSync(ods)).map(([name, data]) => ({ name, data: deflateSync(data), method: 8 as const, size: data.length, localSize: 3 }));
    const lying = await readSheet(rawZip(entries), { fileName: 'tasks.ods' });
    expect(lying.blocks).toEqual(honest.blocks);
    expect(lying.blocks[0].rows!.length).toBeGreaterThan(1);
  });

  it('leaves pictures and other binary parts in the archive unread', async () => {
    const parts = workbookParts();
    const picture = deflatedZeros(Math.ceil((300 * MiB) / 258));
    const entries = [
      ...Object.entries(parts).map(([name, data]) => ({ name, data })),
      { name: 'xl/media/image1.png', data: picture, method: 8 as const, size: 1 },
    ];
    const { value, error } = await readXlsx(rawZip(entries));
    expect(error).toBeUndefined();
    expect(value!.blocks[0].rows!.length).toBeGreaterThan(10);
  });
});
