import { readFileSync } from 'node:fs';
import { inflateSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_ZIP_LIMITS,
  assertSafeXml,
  assertSafeZip,
  listZipEntries,
  unzipEntries,
  xmlIsSafe,
  type ZipLimits,
} from '../../src/read/archive.js';
import { ReadError } from '../../src/read/types.js';
import { deflatedZeros } from './hostile.js';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../../fixtures/${name}`, import.meta.url)));
const utf8 = (text: string) => new TextEncoder().encode(text);
const MiB = 1024 * 1024;

/** Runs `fn`, expecting a ReadError with `code`; returns its message. */
function readErrorOf(fn: () => unknown, code: ReadError['code']): string {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(ReadError);
    expect((error as ReadError).code).toBe(code);
    return (error as ReadError).message;
  }
  throw new Error(`expected ReadError(${code})`);
}

// ── A tiny ZIP writer, for the shapes fflate will not produce ───────────────

interface RawEntry {
  name: string;
  /** The bytes as stored in the archive (already deflated when method is 8). */
  data: Uint8Array;
  method?: number;
  /** Declared uncompressed size; defaults to data.length. */
  size?: number;
  flags?: number;
  zip64?: boolean;
  descriptor?: boolean;
}

class Bytes {
  private chunks: Uint8Array[] = [];
  length = 0;
  add(chunk: Uint8Array | number[]): this {
    const bytes = chunk instanceof Uint8Array ? chunk : Uint8Array.from(chunk);
    this.chunks.push(bytes);
    this.length += bytes.length;
    return this;
  }
  u16(n: number): this {
    return this.add([n & 0xff, (n >>> 8) & 0xff]);
  }
  u32(n: number): this {
    return this.add([n & 0xff, (n >>> 8) & 0xff, (n >>> 16) & 0xff, (n >>> 24) & 0xff]);
  }
  u64(n: number): this {
    return this.u32(n % 0x1_0000_0000).u32(Math.floor(n / 0x1_0000_0000));
  }
  concat(): Uint8Array {
    const out = new Uint8Array(this.length);
    let at = 0;
    for (const chunk of this.chunks) out.set(chunk, (at += chunk.length) - chunk.length);
    return out;
  }
}

function buildZip(entries: RawEntry[]): Uint8Array {
  const file = new Bytes();
  const central = new Bytes();
  const anyZip64 = entries.some((e) => e.zip64);
  for (const e of entries) {
    const name = utf8(e.name);
    const size = e.size ?? e.data.length;
    const flags = (e.flags ?? 0) | (e.descriptor ? 8 : 0);
    const zip64Extra = new Bytes().u16(1).u16(16).u64(size).u64(e.data.length).concat();
    const extra = e.zip64 ? zip64Extra : new Uint8Array(0);
    const [packed32, size32] = e.zip64 ? [0xffffffff, 0xffffffff] : e.descriptor ? [0, 0] : [e.data.length, size];
    const offset = file.length;
    file.u32(0x04034b50).u16(e.zip64 ? 45 : 20).u16(flags).u16(e.method ?? 0).u32(0).u32(0);
    file.u32(packed32).u32(size32).u16(name.length).u16(extra.length).add(name).add(extra).add(e.data);
    if (e.descriptor) file.u32(0x08074b50).u32(0).u32(e.data.length).u32(size);
    const [cPacked, cSize] = e.zip64 ? [0xffffffff, 0xffffffff] : [e.data.length, size];
    central.u32(0x02014b50).u16(45).u16(e.zip64 ? 45 : 20).u16(flags).u16(e.method ?? 0).u32(0).u32(0);
    central.u32(cPacked).u32(cSize).u16(name.length).u16(extra.length).u16(0).u16(0).u16(0).u32(0).u32(offset);
    central.add(name).add(extra);
  }
  const cdOffset = file.length;
  const cd = central.concat();
  file.add(cd);
  if (anyZip64) {
    const zip64Eocd = file.length;
    file.u32(0x06064b50).u64(44).u16(45).u16(45).u32(0).u32(0).u64(entries.length).u64(entries.length).u64(cd.length).u64(cdOffset);
    file.u32(0x07064b50).u32(0).u64(zip64Eocd).u32(1);
    file.u32(0x06054b50).u16(0).u16(0).u16(0xffff).u16(0xffff).u32(0xffffffff).u32(0xffffffff).u16(0);
  } else {
    file.u32(0x06054b50).u16(0).u16(0).u16(entries.length).u16(entries.length).u32(cd.length).u32(cdOffset).u16(0);
  }
  return file.concat();
}

describe('listZipEntries', () => {
  it('lists the parts of a real docx', () => {
    const entries = listZipEntries(fixture('formats/000.docx'));
    const document = entries.find((e) => e.name === 'word/document.xml');
    expect(document).toBeDefined();
    expect(document!.uncompressedSize).toBeGreaterThan(document!.compressedSize);
    expect(entries.map((e) => e.name)).toContain('[Content_Types].xml');
  });

  it('lists the parts of 003.docx and 003.xlsx', () => {
    expect(listZipEntries(fixture('formats/003.docx')).map((e) => e.name)).toContain('word/document.xml');
    expect(listZipEntries(fixture('formats/003.xlsx')).map((e) => e.name)).toEqual(
      expect.arrayContaining(['xl/workbook.xml', 'xl/worksheets/sheet1.xml']),
    );
  });

  it('reads an empty archive', () => {
    expect(listZipEntries(zipSync({}))).toEqual([]);
  });

  it('rejects a truncated docx as corrupt', () => {
    const docx = fixture('formats/000.docx');
    const message = readErrorOf(() => listZipEntries(docx.subarray(0, docx.length >> 1)), 'corrupt');
    expect(message).toMatch(/end-of-central-directory/);
  });

  it('rejects a garbled central directory as corrupt', () => {
    const zip = zipSync({ 'a.txt': utf8('hello') });
    const cd = zip.length - 22 - (46 + 5);
    const garbled = zip.slice();
    garbled[cd] = 0; // break the central header signature
    readErrorOf(() => listZipEntries(garbled), 'corrupt');
    const outside = zip.slice();
    outside[zip.length - 22 + 16] = 0xff; // directory offset beyond the file
    readErrorOf(() => listZipEntries(outside), 'corrupt');
  });

  it('rejects random bytes and a lone signature as corrupt', () => {
    readErrorOf(() => listZipEntries(Uint8Array.of(0x50, 0x4b, 0x03, 0x04)), 'corrupt');
    readErrorOf(() => listZipEntries(new Uint8Array(1000).fill(0x50)), 'corrupt');
  });

  it('reads ZIP64 sizes from the extra field and the ZIP64 end record', () => {
    const zip = buildZip([{ name: 'word/document.xml', data: utf8('<w:document/>'), zip64: true }]);
    expect(listZipEntries(zip)).toMatchObject([{ name: 'word/document.xml', compressedSize: 13, uncompressedSize: 13 }]);
    expect(new TextDecoder().decode(unzipEntries(zip, () => true).get('word/document.xml'))).toBe('<w:document/>');
  });

  it('takes sizes from the central directory when a data descriptor is used', () => {
    const xml = utf8(`<w:document>${'x'.repeat(5000)}</w:document>`);
    const packed = zipSync({ x: xml }, { level: 9 });
    const deflated = packed.subarray(30 + 1, 30 + 1 + listZipEntries(packed)[0].compressedSize);
    const zip = buildZip([{ name: 'word/document.xml', data: deflated, method: 8, size: xml.length, descriptor: true }]);
    expect(unzipEntries(zip, () => true).get('word/document.xml')).toEqual(xml);
  });
});

describe('assertSafeZip', () => {
  it('passes the real fixtures with the default limits', () => {
    for (const name of ['formats/000.docx', 'formats/003.docx', 'formats/003.xlsx'])
      expect(assertSafeZip(fixture(name)).length).toBeGreaterThan(3);
  });

  it('rejects a 300 MB zip bomb before inflating it', () => {
    const runs = Math.ceil((300 * MiB) / 258);
    const data = deflatedZeros(runs);
    expect(data.length).toBeLessThan(3 * MiB);
    const bomb = buildZip([{ name: 'word/document.xml', data, method: 8, size: 1 + 258 * runs }]);
    expect(readErrorOf(() => assertSafeZip(bomb), 'too-large')).toMatch(/entry size limit/);
    expect(readErrorOf(() => unzipEntries(bomb, () => true), 'too-large')).toMatch(/word\/document\.xml/);
  });

  it('names the ratio limit for a highly compressed entry under the size limit', () => {
    // zlib-style dynamic Huffman reaches ~1000:1 on zeros (the hand-written stream above only 159:1).
    const bomb = zipSync({ 'xl/sharedStrings.xml': [new Uint8Array(20 * MiB), { level: 9 }] });
    expect(readErrorOf(() => assertSafeZip(bomb), 'too-large')).toMatch(/compression ratio limit 200:1/);
  });

  it('does not judge the ratio of small entries', () => {
    const zip = zipSync({ 'word/styles.xml': [new Uint8Array(512 * 1024), { level: 9 }] });
    expect(listZipEntries(zip)[0].uncompressedSize / listZipEntries(zip)[0].compressedSize).toBeGreaterThan(200);
    expect(() => assertSafeZip(zip)).not.toThrow();
  });

  it('names the total size limit', () => {
    const limits: ZipLimits = { ...DEFAULT_ZIP_LIMITS, maxTotalUncompressed: 1000 };
    const zip = zipSync({ a: new Uint8Array(600), b: new Uint8Array(600) }, { level: 0 });
    expect(readErrorOf(() => assertSafeZip(zip, limits), 'too-large')).toMatch(/total uncompressed size limit/);
  });

  it('rejects 20 000 tiny entries by the entry count limit', () => {
    const files: Record<string, [Uint8Array, { level: 0 }]> = {};
    for (let i = 0; i < 20_000; i++) files[`x/${i}.xml`] = [Uint8Array.of(0x41), { level: 0 }];
    const zip = zipSync(files);
    expect(listZipEntries(zip)).toHaveLength(20_000);
    expect(readErrorOf(() => assertSafeZip(zip), 'too-large')).toMatch(/20000 entries \(entry count limit 10000\)/);
  });
});

describe('unzipEntries', () => {
  it('inflates only the wanted parts of a real docx', () => {
    const parts = unzipEntries(fixture('formats/000.docx'), (name) => name === 'word/document.xml');
    expect([...parts.keys()]).toEqual(['word/document.xml']);
    const xml = new TextDecoder().decode(parts.get('word/document.xml'));
    expect(xml.startsWith('<?xml')).toBe(true);
    expect(xml).toContain('<w:body>');
    expect(xmlIsSafe(xml)).toBe(true);
  });

  it('inflates every part of 003.xlsx to its declared size', () => {
    const xlsx = fixture('formats/003.xlsx');
    const parts = unzipEntries(xlsx, () => true);
    for (const entry of listZipEntries(xlsx)) expect(parts.get(entry.name)!.length).toBe(entry.uncompressedSize);
  });

  it('rejects a truncated docx as corrupt', () => {
    const docx = fixture('formats/003.docx');
    readErrorOf(() => unzipEntries(docx.subarray(0, docx.length >> 1), () => true), 'corrupt');
  });

  it('stops inflating an entry that expands past its declared size', () => {
    const runs = Math.ceil((300 * MiB) / 258);
    const liar = buildZip([{ name: 'word/document.xml', data: deflatedZeros(runs), method: 8, size: 100_000 }]);
    // The declared ratio looks harmless (100 kB from 2 MB), so only the inflate cap can catch it.
    expect(() => assertSafeZip(liar)).not.toThrow();
    expect(readErrorOf(() => unzipEntries(liar, () => true), 'corrupt')).toMatch(/more than its declared 100000 bytes/);
  });

  it('rejects an entry that inflates to less than declared', () => {
    const data = deflatedZeros(10);
    expect(inflateSync(data)).toEqual(new Uint8Array(1 + 2580));
    const zip = buildZip([{ name: 'a.xml', data, method: 8, size: 5000 }]);
    expect(readErrorOf(() => unzipEntries(zip, () => true), 'corrupt')).toMatch(/inflates to 2581 bytes, not the declared 5000/);
  });

  it('reports garbage deflate data and data past the end of the file as corrupt', () => {
    const garbage = buildZip([{ name: 'a.xml', data: Uint8Array.of(0xff, 0xff, 0xff, 0xff), method: 8, size: 10 }]);
    expect(readErrorOf(() => unzipEntries(garbage, () => true), 'corrupt')).toMatch(/cannot inflate a\.xml/);
    const zip = zipSync({ 'a.xml': utf8('x'.repeat(100)) });
    const bigger = zip.slice();
    const cd = zip.length - 22 - (46 + 5); // the one central header: 46 bytes + "a.xml"
    bigger[cd + 20] = 0xff; // compressed size now runs past the file
    readErrorOf(() => unzipEntries(bigger, () => true), 'corrupt');
  });

  it('refuses password-protected entries and unknown compression methods', () => {
    const locked = buildZip([{ name: 'a.xml', data: utf8('x'), flags: 1 }]);
    expect(readErrorOf(() => unzipEntries(locked, () => true), 'encrypted')).toMatch(/a\.xml/);
    const lzma = buildZip([{ name: 'a.xml', data: utf8('x'), method: 14 }]);
    expect(readErrorOf(() => unzipEntries(lzma, () => true), 'unsupported')).toMatch(/method 14/);
    // Unwanted entries are never touched.
    expect(unzipEntries(lzma, () => false).size).toBe(0);
  });

  it('rejects two wanted entries with the same name', () => {
    const twice = buildZip([
      { name: 'word/document.xml', data: utf8('<a/>') },
      { name: 'word/document.xml', data: utf8('<b/>') },
    ]);
    readErrorOf(() => unzipEntries(twice, (n) => n === 'word/document.xml'), 'corrupt');
  });
});

describe('XML safety', () => {
  const laughs = [
    '<?xml version="1.0"?>',
    '<!DOCTYPE lolz [',
    ' <!ENTITY lol "lol">',
    ' <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">',
    ' <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">',
    ']>',
    '<w:document><w:body><w:p><w:r><w:t>&lol3;</w:t></w:r></w:p></w:body></w:document>',
  ].join('\n');

  it('rejects a billion-laughs DTD, naming the part', () => {
    expect(xmlIsSafe(laughs)).toBe(false);
    expect(readErrorOf(() => assertSafeXml(laughs, 'word/document.xml'), 'corrupt')).toMatch(
      /XML part word\/document\.xml declares a DTD\/entities/,
    );
  });

  it('rejects a lone entity declaration and a lower-case doctype', () => {
    expect(xmlIsSafe('<x><!ENTITY a "b"></x>')).toBe(false);
    expect(xmlIsSafe('<!doctype x><x/>')).toBe(false);
  });

  it('accepts ordinary Office XML, including escaped markup in text', () => {
    expect(xmlIsSafe('<?xml version="1.0"?><w:t>&lt;!DOCTYPE html&gt; 责任单位</w:t>')).toBe(true);
    expect(() => assertSafeXml('<w:document/>', 'word/document.xml')).not.toThrow();
  });

  it('catches the DTD in a docx part end to end', () => {
    const docx = zipSync({ '[Content_Types].xml': utf8('<Types/>'), 'word/document.xml': utf8(laughs) });
    const xml = new TextDecoder().decode(unzipEntries(docx, (n) => n === 'word/document.xml').get('word/document.xml'));
    readErrorOf(() => assertSafeXml(xml, 'word/document.xml'), 'corrupt');
  });
});
