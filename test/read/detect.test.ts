import { readFileSync } from 'node:fs';
import { zipSync } from 'fflate';
import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { cfbEntryNames, detectFormat, extensionMismatch } from '../../src/read/detect.js';
import { readDocument } from '../../src/read/index.js';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../../fixtures/${name}`, import.meta.url)));
const utf8 = (text: string) => new TextEncoder().encode(text);

/**
 * A minimal compound file (v3, 512-byte sectors): header, one FAT sector, one
 * directory sector holding the root and the given stream names (at most 3).
 */
function buildCfb(streams: string[]): Uint8Array {
  const file = new Uint8Array(512 * 3);
  const view = new DataView(file.buffer);
  file.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  view.setUint16(0x18, 0x3e, true);
  view.setUint16(0x1a, 3, true);
  view.setUint16(0x1c, 0xfffe, true);
  view.setUint16(0x1e, 9, true);
  view.setUint16(0x20, 6, true);
  view.setUint32(0x2c, 1, true); // one FAT sector
  view.setUint32(0x30, 1, true); // directory starts at sector 1
  view.setUint32(0x38, 4096, true);
  view.setUint32(0x3c, 0xfffffffe, true);
  view.setUint32(0x44, 0xfffffffe, true);
  for (let i = 0; i < 109; i++) view.setUint32(0x4c + i * 4, i === 0 ? 0 : 0xffffffff, true);
  const fat = 512;
  for (let i = 0; i < 128; i++) view.setUint32(fat + i * 4, 0xffffffff, true);
  view.setUint32(fat, 0xfffffffd, true); // sector 0 is the FAT
  view.setUint32(fat + 4, 0xfffffffe, true); // sector 1: the directory, end of chain
  ['Root Entry', ...streams].forEach((name, i) => {
    const at = 1024 + i * 128;
    for (let c = 0; c < name.length; c++) view.setUint16(at + c * 2, name.charCodeAt(c), true);
    view.setUint16(at + 0x40, (name.length + 1) * 2, true);
    view.setUint8(at + 0x42, i === 0 ? 5 : 2);
  });
  return file;
}

describe('detectFormat: real fixtures', () => {
  it.each([
    ['formats/000.docx', 'docx'],
    ['formats/003.docx', 'docx'],
    ['formats/003.xlsx', 'xlsx'],
    ['formats/000.doc', 'doc'],
    ['formats/003.doc', 'doc'],
    ['formats/003.csv', 'csv'],
    ['formats/003.md', 'markdown'],
    ['formats/004.md', 'markdown'],
    ['formats/001-gb18030.txt', 'text'],
    ['formats/002-big5.txt', 'text'],
    ['formats/004-utf16le.txt', 'text'],
    ['003_5a35171835c4a9ae.txt', 'text'],
  ] as const)('%s → %s', (name, kind) => {
    expect(detectFormat(fixture(name), name)).toBe(kind);
  });

  it('lists the streams of the Word 97 fixtures', () => {
    for (const name of ['formats/000.doc', 'formats/003.doc']) {
      const streams = cfbEntryNames(fixture(name));
      expect(streams).toEqual(expect.arrayContaining(['Root Entry', 'WordDocument']));
      expect(streams.some((s) => /^[01]Table$/.test(s))).toBe(true);
    }
  });
});

describe('detectFormat: content beats the file name', () => {
  it('calls a PDF renamed .docx a PDF', () => {
    expect(detectFormat(utf8('%PDF-1.7\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n'), 'plan.docx')).toBe('pdf');
    expect(detectFormat(utf8('\ufeff  %PDF-1.4\n'), 'plan.txt')).toBe('pdf');
  });

  it('swaps .doc and .docx by their magic', () => {
    expect(detectFormat(fixture('formats/000.docx'), 'plan.doc')).toBe('docx');
    expect(detectFormat(fixture('formats/000.doc'), 'plan.docx')).toBe('doc');
    expect(detectFormat(fixture('formats/003.xlsx'), 'ledger.xls')).toBe('xlsx');
  });

  it('recognises HTML saved under another name', () => {
    expect(detectFormat(utf8('<!DOCTYPE html><html><body><table></table></body></html>'), 'ledger.xls')).toBe('html');
    expect(detectFormat(utf8('\ufeff\n  <html xmlns:o="urn:schemas-microsoft-com:office:office">'), 'plan.txt')).toBe('html');
    expect(detectFormat(utf8('<?xml version="1.0"?>\n<!-- saved -->\n<HTML><BODY>'), 'plan')).toBe('html');
    const utf16 = new Uint8Array(Buffer.from('\ufeff<!DOCTYPE html>\n<html><body>一、总体要求</body></html>', 'utf16le'));
    expect(detectFormat(utf16, 'page.txt')).toBe('html');
    expect(detectFormat(utf8('<p>not a page</p>'), 'page.html')).toBe('html');
    expect(detectFormat(utf8('<p>not a page</p>'), 'notes.txt')).toBe('text');
  });

  it('keeps Markdown by extension even when it starts with HTML', () => {
    expect(detectFormat(utf8('<html>\n# 一、总体要求'), 'README.md')).toBe('markdown');
    expect(detectFormat(utf8('# 标题'), 'plan.MARKDOWN')).toBe('markdown');
  });
});

describe('detectFormat: spreadsheets', () => {
  const book = () => {
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([['序号', '工作任务', '责任单位'], [1, '建成文化礼堂', '县文旅局']]), '任务');
    return wb;
  };

  it('detects a BIFF8 .xls (a CFB with a Workbook stream)', () => {
    const xls = new Uint8Array(XLSX.write(book(), { bookType: 'xls', type: 'buffer' }));
    expect(cfbEntryNames(xls).map((n) => n.toLowerCase())).toContain('workbook');
    expect(detectFormat(xls, 'ledger.xls')).toBe('xls');
    expect(detectFormat(xls, 'ledger.bin')).toBe('xls');
  });

  it('detects an ODS by its mimetype entry', () => {
    const ods = new Uint8Array(XLSX.write(book(), { bookType: 'ods', type: 'buffer' }));
    expect(detectFormat(ods, 'ledger.ods')).toBe('ods');
    expect(detectFormat(ods, 'ledger.zip')).toBe('ods');
  });

  it('detects CSV and TSV by extension', () => {
    expect(detectFormat(utf8('序号,任务\n1,建成\n'), 'a.csv')).toBe('csv');
    expect(detectFormat(utf8('序号\t任务\n1\t建成\n'), 'a.TSV')).toBe('tsv');
  });
});

describe('detectFormat: containers that are not documents', () => {
  it('calls an encrypted OOXML file cfb-encrypted, whatever its name', () => {
    const encrypted = buildCfb(['EncryptionInfo', 'EncryptedPackage', '\u0006DataSpaces']);
    expect(cfbEntryNames(encrypted)).toEqual(['Root Entry', 'EncryptionInfo', 'EncryptedPackage', '\u0006DataSpaces']);
    expect(detectFormat(encrypted, 'plan.docx')).toBe('cfb-encrypted');
    expect(detectFormat(encrypted, 'ledger.xlsx')).toBe('cfb-encrypted');
  });

  it('uses the streams, then the name, for other compound files', () => {
    expect(detectFormat(buildCfb(['WordDocument', '1Table']), 'x.bin')).toBe('doc');
    expect(detectFormat(buildCfb(['Book']), 'old.bin')).toBe('xls');
    expect(detectFormat(buildCfb(['PowerPoint Document']), 'slides.doc')).toBe('doc');
    expect(detectFormat(buildCfb(['PowerPoint Document']), 'slides.ppt')).toBe('binary');
  });

  it('survives a truncated compound file', () => {
    const doc = fixture('formats/000.doc');
    expect(() => cfbEntryNames(doc.subarray(0, 600))).not.toThrow();
    expect(detectFormat(doc.subarray(0, 600), 'plan.doc')).toBe('doc');
    expect(detectFormat(doc.subarray(0, 8), 'plan.bin')).toBe('binary');
  });

  it('calls other ZIP files zip-other', () => {
    expect(detectFormat(zipSync({ 'readme.txt': utf8('hi') }), 'bundle.zip')).toBe('zip-other');
    expect(detectFormat(zipSync({ 'readme.txt': utf8('hi') }), 'plan.docx')).toBe('zip-other');
    expect(detectFormat(zipSync({}), 'empty.zip')).toBe('zip-other');
  });

  it('trusts the name of a truncated docx so its reader can report it corrupt', () => {
    const docx = fixture('formats/000.docx');
    const half = docx.subarray(0, docx.length >> 1);
    expect(detectFormat(half, 'plan.docx')).toBe('docx');
    expect(detectFormat(half, 'plan.zip')).toBe('zip-other');
  });
});

describe('detectFormat: empty, binary and text', () => {
  it('calls a 0-byte file empty', () => {
    expect(detectFormat(new Uint8Array(0), 'plan.docx')).toBe('empty');
    expect(detectFormat(new Uint8Array(0), 'plan.txt')).toBe('empty');
  });

  it('calls control-byte soup binary', () => {
    const noise = new Uint8Array(4096).map((_, i) => (i * 7919) % 256);
    expect(detectFormat(noise, 'plan.txt')).toBe('binary');
    expect(detectFormat(Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a), 'scan.txt')).toBe('binary');
    expect(detectFormat(Uint8Array.of(0x1f, 0x8b, 0x08, 0x00), 'plan.md')).toBe('binary');
  });

  it('does not call UTF-16 text binary for its NULs', () => {
    const be = new Uint8Array(Buffer.from('一、总体要求\n二、重点任务\n', 'utf16le').swap16());
    expect(detectFormat(be, 'plan.txt')).toBe('text');
  });

  it('tolerates a few control characters in text', () => {
    expect(detectFormat(utf8('一、总体要求\f\n\u001b[1m二\u001b[0m\n\u001a'), 'plan.txt')).toBe('text');
    expect(detectFormat(utf8('plain'), 'noextension')).toBe('text');
  });
});

describe('extensionMismatch: the extension says what the container must be', () => {
  const mismatch = (bytes: Uint8Array, name: string) => extensionMismatch(detectFormat(bytes, name), name);

  it('a .xlsx, .docx or .ods that holds text is a mismatch naming both', () => {
    expect(mismatch(utf8('1,测试\n'), 'ledger.xlsx')).toMatch(/^the file is named \.xlsx \(an Excel workbook\) but holds plain text: /);
    expect(mismatch(utf8('<html><body><table></table></body></html>'), 'plan.DOCX')).toMatch(/named \.docx \(a Word document\) but holds a web page \(HTML\)/);
    expect(mismatch(utf8('序号\t任务\n'), 'tasks.ods')).toMatch(/named \.ods \(an OpenDocument spreadsheet\) but holds plain text/);
    expect(mismatch(Uint8Array.of(0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0), 'ledger.xlsx')).toMatch(/named \.xlsx .* but holds data of no known document format/);
  });

  it('packages under another package name, and web pages saved as .xls or .doc, are no mismatch', () => {
    expect(mismatch(fixture('formats/000.doc'), 'plan.docx')).toBeNull();
    expect(mismatch(fixture('formats/003.xlsx'), 'ledger.xls')).toBeNull();
    expect(mismatch(fixture('formats/003.xlsx'), 'ledger.xlsx')).toBeNull();
    expect(mismatch(utf8('<!DOCTYPE html><html><body><table></table></body></html>'), 'ledger.xls')).toBeNull();
    expect(mismatch(utf8('序号\t任务\n1\t建成\n'), 'ledger.xls')).toBeNull();
    expect(mismatch(utf8('1,测试\n'), 'ledger.csv')).toBeNull();
  });

  it('readDocument refuses the mismatch instead of reading the text as a table', async () => {
    await expect(readDocument(utf8('序号,任务\n1,测试\n'), { fileName: 'ledger.xlsx' })).rejects.toMatchObject({ code: 'unsupported', message: expect.stringMatching(/named \.xlsx/) });
  });
});
