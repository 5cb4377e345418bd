/**
 * The central directory of a ZIP archive: what the entries are, read without
 * inflating anything. Format detection needs only this, so it does not load
 * the inflater (archive.ts).
 */
import { ReadError } from './types.js';
export interface ZipEntryInfo {
  name: string;
  compressedSize: number;
  uncompressedSize: number;
  /** CRC-32 of the uncompressed data. */
  crc32: number;
  /** 0 = stored, 8 = deflate. */
  method: number;
  /** General-purpose flags: bit 0 = encrypted, bit 3 = data descriptor, bit 11 = UTF-8 name. */
  flags: number;
  /** Offset of the entry's local file header. */
  localHeaderOffset: number;
}

const SIG_EOCD = 0x06054b50;
const SIG_ZIP64_LOCATOR = 0x07064b50;
const SIG_ZIP64_EOCD = 0x06064b50;
const SIG_CENTRAL = 0x02014b50;
export const SIG_LOCAL = 0x04034b50;
const EOCD_SIZE = 22;
const MAX_COMMENT = 0xffff;

export interface CentralDirectory {
  count: number;
  offset: number;
  size: number;
}

/** Reads the central directory. Throws ReadError('corrupt') on a truncated or garbled archive. */
export function listZipEntries(bytes: Uint8Array): ZipEntryInfo[] {
  return readEntries(bytes, locateCentralDirectory(bytes));
}

/** Finds the End Of Central Directory record (and its ZIP64 form) by scanning back over the comment. */
export function locateCentralDirectory(bytes: Uint8Array): CentralDirectory {
  const eocd = findEocd(bytes);
  let dir: CentralDirectory = { count: u16(bytes, eocd + 10), size: u32(bytes, eocd + 12), offset: u32(bytes, eocd + 16) };
  if (dir.count === 0xffff || dir.size === 0xffffffff || dir.offset === 0xffffffff) dir = readZip64Eocd(bytes, eocd);
  if (dir.offset + dir.size > bytes.length) corrupt('central directory lies outside the file');
  return dir;
}

function findEocd(bytes: Uint8Array): number {
  const last = bytes.length - EOCD_SIZE;
  const first = Math.max(0, last - MAX_COMMENT);
  for (let at = last; at >= first; at--) {
    if (bytes[at] === 0x50 && u32(bytes, at) === SIG_EOCD) return at;
  }
  return corrupt('no end-of-central-directory record (truncated archive?)');
}

function readZip64Eocd(bytes: Uint8Array, eocd: number): CentralDirectory {
  const locator = eocd - 20;
  if (locator < 0 || u32(bytes, locator) !== SIG_ZIP64_LOCATOR) corrupt('ZIP64 locator is missing');
  const at = u64(bytes, locator + 8);
  if (at + 56 > bytes.length || u32(bytes, at) !== SIG_ZIP64_EOCD) corrupt('ZIP64 end-of-central-directory record is missing');
  return { count: u64(bytes, at + 32), size: u64(bytes, at + 40), offset: u64(bytes, at + 48) };
}

/** Walks `count` central directory headers, never past the directory's declared end. */
export function readEntries(bytes: Uint8Array, dir: CentralDirectory): ZipEntryInfo[] {
  const entries: ZipEntryInfo[] = [];
  const end = dir.offset + dir.size;
  let at = dir.offset;
  for (let i = 0; i < dir.count; i++) {
    if (at + 46 > end || u32(bytes, at) !== SIG_CENTRAL) corrupt(`central directory entry ${i + 1} is garbled`);
    const nameLength = u16(bytes, at + 28);
    const extraLength = u16(bytes, at + 30);
    const next = at + 46 + nameLength + extraLength + u16(bytes, at + 32);
    if (next > end) corrupt(`central directory entry ${i + 1} is truncated`);
    entries.push(readEntry(bytes, at, nameLength, extraLength));
    at = next;
  }
  return entries;
}

function readEntry(bytes: Uint8Array, at: number, nameLength: number, extraLength: number): ZipEntryInfo {
  const flags = u16(bytes, at + 8);
  const nameBytes = bytes.subarray(at + 46, at + 46 + nameLength);
  const entry: ZipEntryInfo = {
    name: decodeName(nameBytes, flags),
    compressedSize: u32(bytes, at + 20),
    uncompressedSize: u32(bytes, at + 24),
    crc32: u32(bytes, at + 16),
    method: u16(bytes, at + 10),
    flags,
    localHeaderOffset: u32(bytes, at + 42),
  };
  applyZip64Extra(entry, bytes.subarray(at + 46 + nameLength, at + 46 + nameLength + extraLength));
  return entry;
}

/** Office part names are ASCII; others are UTF-8 when flagged (or valid), else CP437-ish bytes as Latin-1. */
function decodeName(nameBytes: Uint8Array, flags: number): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(nameBytes);
  } catch {
    return new TextDecoder(flags & 0x800 ? 'utf-8' : 'latin1').decode(nameBytes);
  }
}

/**
 * ZIP64: a 32-bit field of 0xFFFFFFFF means the real value is in extra field 0x0001,
 * which lists only the saturated fields, in the order uncompressed, compressed, offset.
 */
function applyZip64Extra(entry: ZipEntryInfo, extra: Uint8Array): void {
  const fields = (['uncompressedSize', 'compressedSize', 'localHeaderOffset'] as const).filter((k) => entry[k] === 0xffffffff);
  if (fields.length === 0) return;
  for (let at = 0; at + 4 <= extra.length; at += 4 + u16(extra, at + 2)) {
    if (u16(extra, at) !== 0x0001) continue;
    if (at + 4 + fields.length * 8 > extra.length) break;
    fields.forEach((field, i) => (entry[field] = u64(extra, at + 4 + i * 8)));
    return;
  }
  corrupt(`entry ${entry.name} lacks its ZIP64 sizes`);
}

export function u16(b: Uint8Array, at: number): number {
  return b[at] | (b[at + 1] << 8);
}

export function u32(b: Uint8Array, at: number): number {
  return (b[at] | (b[at + 1] << 8) | (b[at + 2] << 16) | (b[at + 3] << 24)) >>> 0;
}

/** 64-bit little-endian; anything beyond 2^53 is not a real size in a file we could have read. */
function u64(b: Uint8Array, at: number): number {
  const value = u32(b, at + 4) * 0x1_0000_0000 + u32(b, at);
  if (!Number.isSafeInteger(value)) corrupt('ZIP64 size out of range');
  return value;
}

export function corrupt(message: string): never {
  throw new ReadError('corrupt', `not a valid ZIP archive: ${message}`);
}
