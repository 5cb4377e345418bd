import { createRequire } from 'node:module';
import { bomEncoding, sniffUtf16 } from './decode.js';
import { listZipEntries, type ZipEntryInfo } from './zip-directory.js';

export type DetectedKind =
  | 'text'
  | 'markdown'
  | 'html'
  | 'docx'
  | 'xlsx'
  | 'ods'
  | 'zip-other'
  | 'doc'
  | 'xls'
  | 'cfb-encrypted'
  | 'csv'
  | 'tsv'
  | 'pdf'
  | 'binary'
  | 'empty';

/** The binary/text judgement looks at the first bytes only. */
const SAMPLE_BYTES = 64 * 1024;

/**
 * What a file really is: magic bytes first (a .docx that is a PDF is 'pdf', a .doc
 * that is HTML is 'html'), the file name only where the content cannot tell.
 */
export function detectFormat(bytes: Uint8Array, fileName: string): DetectedKind {
  if (bytes.length === 0) return 'empty';
  const ext = extensionOf(fileName);
  if (startsWith(bytes, ZIP_MAGIC) || startsWith(bytes, ZIP_EMPTY_MAGIC)) return detectZip(bytes, ext);
  if (startsWith(bytes, CFB_MAGIC)) return detectCfb(bytes, ext);
  const utf16 = utf16Of(bytes);
  const head = asciiHead(bytes, utf16, 1024).trimStart();
  if (head.startsWith('%PDF-')) return 'pdf';
  if (BINARY_MAGICS.some((magic) => startsWith(bytes, magic))) return 'binary';
  return detectTextLike(bytes, ext, utf16 !== null, head);
}

/** Extensions that promise a package (ZIP, or an OLE file when encrypted or misnamed), never text. */
const PACKAGE_EXTENSIONS: Readonly<Record<string, string>> = {
  docx: 'a Word document',
  xlsx: 'an Excel workbook',
  ods: 'an OpenDocument spreadsheet',
};
const TEXT_OR_UNKNOWN: Partial<Record<DetectedKind, string>> = {
  text: 'plain text',
  markdown: 'Markdown text',
  html: 'a web page (HTML)',
  csv: 'CSV text',
  tsv: 'TSV text',
  binary: 'data of no known document format',
};

/**
 * The extension says what the container must be: a .xlsx that is text is
 * not a workbook to read as CSV (its one "task" would be `1,测试`), it is a
 * file that is not what its name says. Word and Excel themselves refuse it.
 * (A .doc or .xls may be HTML or text: Word and Excel save web pages under
 * those names, and open them.) Returns the reason, naming both, or null.
 */
export function extensionMismatch(kind: DetectedKind, fileName: string): string | null {
  const ext = extensionOf(fileName);
  const promised = Object.hasOwn(PACKAGE_EXTENSIONS, ext) ? PACKAGE_EXTENSIONS[ext] : undefined;
  const found = TEXT_OR_UNKNOWN[kind];
  if (!promised || !found) return null;
  return `the file is named .${ext} (${promised}) but holds ${found}: it is not what its name says; save it again from the program that made it, or give it the extension of what it holds`;
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const ZIP_EMPTY_MAGIC = [0x50, 0x4b, 0x05, 0x06];
const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** Common non-document files people drop into a folder: PNG, JPEG, GIF, gzip, 7z, RAR, ELF. */
const BINARY_MAGICS = [
  [0x89, 0x50, 0x4e, 0x47],
  [0xff, 0xd8, 0xff],
  [0x47, 0x49, 0x46, 0x38],
  [0x1f, 0x8b],
  [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c],
  [0x52, 0x61, 0x72, 0x21],
  [0x7f, 0x45, 0x4c, 0x46],
];

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

function extensionOf(fileName: string): string {
  const base = fileName.slice(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}

// ── ZIP ────────────────────────────────────────────────────────────────────────

function detectZip(bytes: Uint8Array, ext: string): DetectedKind {
  let entries: ZipEntryInfo[];
  try {
    entries = listZipEntries(bytes);
  } catch {
    // Truncated: trust the name so the docx/xlsx reader reports "corrupt" rather than "unsupported".
    return ext === 'docx' || ext === 'xlsx' || ext === 'ods' ? ext : 'zip-other';
  }
  const byName = new Map(entries.map((e) => [e.name.replace(/\\/g, '/').toLowerCase(), e]));
  if (byName.has('word/document.xml')) return 'docx';
  if (byName.has('xl/workbook.xml')) return 'xlsx';
  const mimetype = byName.get('mimetype');
  if (mimetype && readSmallEntry(bytes, mimetype).trim() === 'application/vnd.oasis.opendocument.spreadsheet') return 'ods';
  return 'zip-other';
}

/** The ODF `mimetype` entry: a few dozen bytes, normally stored. Anything odd reads as "". */
function readSmallEntry(bytes: Uint8Array, entry: ZipEntryInfo): string {
  if (entry.compressedSize > 1024 || entry.uncompressedSize > 1024 || entry.flags & 1) return '';
  const at = entry.localHeaderOffset;
  if (at + 30 > bytes.length) return '';
  const start = at + 30 + (bytes[at + 26] | (bytes[at + 27] << 8)) + (bytes[at + 28] | (bytes[at + 29] << 8));
  const data = bytes.subarray(start, start + entry.compressedSize);
  try {
    const raw = entry.method === 8 ? inflateRaw(data).subarray(0, entry.uncompressedSize) : data;
    return new TextDecoder('latin1').decode(raw);
  } catch {
    return '';
  }
}

/** ODF stores `mimetype` uncompressed, so zlib is loaded only for the odd file that deflates it. */
function inflateRaw(data: Uint8Array): Uint8Array {
  const zlib = createRequire(import.meta.url)('node:zlib') as typeof import('node:zlib');
  return zlib.inflateRawSync(data);
}

// ── OLE2 / Compound File Binary ───────────────────────────────────────────────

function detectCfb(bytes: Uint8Array, ext: string): DetectedKind {
  const names = new Set(cfbEntryNames(bytes).map((n) => n.toLowerCase()));
  // An encrypted .docx/.xlsx is a CFB holding these two streams, whatever its extension.
  if (names.has('encryptioninfo') || names.has('encryptedpackage')) return 'cfb-encrypted';
  if (names.has('worddocument')) return 'doc';
  if (names.has('workbook') || names.has('book')) return 'xls';
  if (ext === 'doc' || ext === 'xls') return ext;
  return 'binary';
}

const END_OF_CHAIN = 0xfffffffe;
const MAX_REGULAR_SECTOR = 0xfffffffa;
const MAX_DIRECTORY_ENTRIES = 100_000;

/**
 * Names of the storages and streams in a CFB (OLE2) file: the directory sector chain,
 * followed through the FAT. Tolerates damage: returns whatever it could read.
 */
export function cfbEntryNames(bytes: Uint8Array): string[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return cfbDirectoryEntries(bytes)
    .map((at) => directoryEntryName(view, at))
    .filter((name): name is string => name !== null);
}

/**
 * Where each 128-byte entry of a CFB (OLE2) file's directory starts: the
 * directory sector chain, followed through the FAT, cut where it loops or
 * leaves the file. Tolerates damage: returns whatever it could read.
 */
export function cfbDirectoryEntries(bytes: Uint8Array): number[] {
  if (bytes.length < 512 || !startsWith(bytes, CFB_MAGIC)) return [];
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const shift = view.getUint16(0x1e, true);
  if (shift !== 9 && shift !== 12) return [];
  const sectorSize = 1 << shift;
  const fat = readFat(view, sectorSize);
  const entries: number[] = [];
  const seen = new Set<number>();
  for (let sector = view.getUint32(0x30, true); sector <= MAX_REGULAR_SECTOR && !seen.has(sector); sector = fat[sector] ?? END_OF_CHAIN) {
    seen.add(sector);
    const start = (sector + 1) * sectorSize;
    if (start + sectorSize > bytes.length || entries.length >= MAX_DIRECTORY_ENTRIES) break;
    for (let entry = start; entry < start + sectorSize; entry += 128) entries.push(entry);
  }
  return entries;
}

/** A 128-byte directory entry: UTF-16LE name, its byte length (with the NUL) at 0x40, its type at 0x42. */
function directoryEntryName(view: DataView, at: number): string | null {
  const type = view.getUint8(at + 0x42);
  const nameBytes = view.getUint16(at + 0x40, true);
  if (type === 0 || nameBytes < 2 || nameBytes > 64) return null;
  let name = '';
  for (let i = 0; i < nameBytes - 2; i += 2) name += String.fromCharCode(view.getUint16(at + i, true));
  return name;
}

/** The FAT as one array: its sectors are listed by the header's 109 DIFAT slots, then a DIFAT chain. */
function readFat(view: DataView, sectorSize: number): Uint32Array {
  const fatSectors: number[] = [];
  const wanted = Math.min(view.getUint32(0x2c, true), Math.ceil(view.byteLength / sectorSize));
  for (let i = 0; i < 109 && fatSectors.length < wanted; i++) fatSectors.push(view.getUint32(0x4c + i * 4, true));
  const perDifat = sectorSize / 4 - 1;
  const seen = new Set<number>();
  for (let d = view.getUint32(0x44, true); d <= MAX_REGULAR_SECTOR && !seen.has(d) && fatSectors.length < wanted; ) {
    seen.add(d);
    const at = (d + 1) * sectorSize;
    if (at + sectorSize > view.byteLength) break;
    for (let i = 0; i < perDifat && fatSectors.length < wanted; i++) fatSectors.push(view.getUint32(at + i * 4, true));
    d = view.getUint32(at + perDifat * 4, true);
  }
  const perSector = sectorSize / 4;
  const fat = new Uint32Array(fatSectors.length * perSector).fill(END_OF_CHAIN);
  fatSectors.forEach((sector, n) => {
    const at = (sector + 1) * sectorSize;
    if (sector > MAX_REGULAR_SECTOR || at + sectorSize > view.byteLength) return;
    for (let i = 0; i < perSector; i++) fat[n * perSector + i] = view.getUint32(at + i * 4, true);
  });
  return fat;
}

// ── PDF and text-like ─────────────────────────────────────────────────────────

/** UTF-16 by its BOM or by its NUL pattern, or null. */
function utf16Of(bytes: Uint8Array): string | null {
  const bom = bomEncoding(bytes)?.encoding;
  return bom?.startsWith('utf-16') ? bom : sniffUtf16(bytes);
}

/** `head`: the first bytes as ASCII, leading whitespace trimmed ("%PDF-" and "<html" may follow a BOM or blank lines). */
function detectTextLike(bytes: Uint8Array, ext: string, utf16: boolean, head: string): DetectedKind {
  if (!utf16 && controlShare(bytes) > 0.01) return 'binary';
  if (ext === 'md' || ext === 'markdown') return 'markdown';
  if (['html', 'htm', 'xhtml', 'shtml'].includes(ext) || looksLikeHtml(head)) return 'html';
  if (ext === 'csv') return 'csv';
  if (ext === 'tsv') return 'tsv';
  return 'text';
}

/** Bytes below 0x20 other than TAB, LF, VT, FF, CR, SUB (old DOS end of file) and ESC (ANSI colours). */
function controlShare(bytes: Uint8Array): number {
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  // Counted by the regex engine over the bytes as Latin-1: a byte loop in JavaScript costs more than the rest of detection.
  const controls = Buffer.from(sample.buffer, sample.byteOffset, sample.byteLength).toString('latin1').match(CONTROL_BYTES)?.length ?? 0;
  return controls / sample.length;
}

const CONTROL_BYTES = /[\x00-\x08\x0e-\x19\x1c-\x1f]/g;

/** Saved web pages arrive as .txt, .xls or no extension at all. */
function looksLikeHtml(asciiHead: string): boolean {
  let head = asciiHead.toLowerCase();
  if (head.startsWith('<?xml')) head = head.slice(head.indexOf('?>') + 2).trimStart();
  while (head.startsWith('<!--')) head = head.slice(head.indexOf('-->') + 3).trimStart();
  return head.startsWith('<!doctype html') || head.startsWith('<html');
}

/**
 * The first bytes as a string good enough for ASCII comparisons: BOM dropped,
 * UTF-16 decoded as such, anything else byte-for-byte (Latin-1).
 */
function asciiHead(bytes: Uint8Array, utf16: string | null, length: number): string {
  const bom = bomEncoding(bytes);
  const encoding = bom?.encoding ?? utf16 ?? 'latin1';
  const body = bytes.subarray(bom?.length ?? 0);
  const text = new TextDecoder(encoding === 'utf-8' ? 'latin1' : encoding).decode(body.subarray(0, length));
  return text.replace(/^\ufeff/, '');
}
