import { randomBytes } from 'node:crypto';
import { crc32 } from 'node:zlib';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { crc32Combine } from '../../src/export/crc32.js';
import { LedgerBuilder } from '../../src/export/xlsx.js';
import { DeflatedText, PackageWriter } from '../../src/export/zip-writer.js';
import type { LedgerDocument } from '../../src/export/ledger.js';
import { listZipEntries } from '../../src/read/zip-directory.js';

function expectIntact(zip: Uint8Array): Record<string, Uint8Array> {
  const files = unzipSync(zip);
  // The CRCs the central directory records: what unzip and Excel check.
  const crcs = new Map(listZipEntries(zip).map((entry) => [entry.name, entry.crc32]));
  expect([...crcs.keys()].sort()).toEqual(Object.keys(files).sort());
  for (const [name, data] of Object.entries(files)) expect(crcs.get(name), name).toBe(crc32(data));
  return files;
}

describe('crc32Combine', () => {
  it.each([
    [0, 0],
    [0, 9],
    [5, 0],
    [1, 1],
    [1000, 123_457],
    [70_000, 1 << 20],
  ])('gives crc32(A ‖ B) for |A| = %i, |B| = %i', (a, b) => {
    const [first, second] = [randomBytes(a), randomBytes(b)];
    expect(crc32Combine(crc32(first), crc32(second), b)).toBe(crc32(Buffer.concat([first, second])));
  });
});

describe('PackageWriter', () => {
  it('joins parts compressed at different times into one entry, with the CRC of the whole', () => {
    const rows = new DeflatedText();
    const lines = Array.from({ length: 20_000 }, (_, k) => `<row r="${k + 2}"><c t="inlineStr"><is><t>第${k}项任务：完成时限2024年6月底前</t></is></c></row>`);
    for (const line of lines) rows.write(line);
    const zip = new PackageWriter();
    zip.add('sheet.xml', [DeflatedText.of('<sheetData>'), rows, DeflatedText.of('</sheetData>')]);
    zip.add('empty.xml', [DeflatedText.of('')]);
    zip.add('bytes.bin', [DeflatedText.of(new Uint8Array([0, 1, 2, 255]))]);
    const files = expectIntact(zip.finish());
    expect(Buffer.from(files['sheet.xml']).toString('utf8')).toBe(`<sheetData>${lines.join('')}</sheetData>`);
    expect(files['empty.xml']).toHaveLength(0);
    expect([...files['bytes.bin']]).toEqual([0, 1, 2, 255]);
  });
});

describe('LedgerBuilder', () => {
  const doc = (file: string, tasks: number): LedgerDocument => ({
    file,
    title: null,
    docNumber: null,
    tasks: Array.from({ length: tasks }, (_, k) => ({
      path: `二、重点任务 > ${k + 1}`,
      task: `推进第${k + 1}项重点工作，建成文化礼堂${k}家`.repeat(4),
      leaders: '',
      units: `第${k % 7}科`,
      partners: '',
      deadline: '2024年6月底前',
      start: null,
      end: '2024-06-30',
      targets: `${k}家`,
      problems: '',
      status: '',
      location: `${k + 1}:1`,
      leads: [`第${k % 7}科`],
      coOwners: [],
      partnerUnits: [],
      problemCount: 0,
      severities: { errors: 0, warnings: 0, infos: 0 },
    })),
    problems: [],
    failure: null,
  });

  it('writes a large ledger, added one document at a time, as an intact package whose sheets hold every row', () => {
    const builder = new LedgerBuilder({ fileColumn: true, byOwner: true });
    for (let k = 0; k < 30; k++) builder.add(doc(`plans/${k}.txt`, 200));
    const files = expectIntact(builder.finish());
    const sheet = Buffer.from(files['xl/worksheets/sheet1.xml']).toString('utf8');
    expect(sheet.match(/<row /g)).toHaveLength(6001);
    expect(sheet).toContain('<dimension ref="A1:N6001"/>');
  });
});

describe('DeflatedText', () => {
  it('refuses text after its entry ended, rather than writing a broken stream', () => {
    const text = DeflatedText.of('<sheetData/>').flush(true);
    expect(() => text.write('<row/>')).toThrow(/after its entry ended/);
    expect(() => text.flush(true)).toThrow(/ended twice/);
  });

  it('an entry of no parts is an empty file', () => {
    const zip = new PackageWriter();
    zip.add('empty.xml', []);
    expect(expectIntact(zip.finish())['empty.xml']).toHaveLength(0);
  });
});
