import { Inflate } from 'fflate';
import { ReadError } from './types.js';

/** Limits for untrusted ZIP containers (docx, xlsx, ods), checked before anything is inflated. */
export interface ZipLimits {
  /** Sum of all entries' declared uncompressed sizes. */
  maxTotalUncompressed: number;
  maxEntries: number;
  /** Declared uncompressed / compressed, judged only for entries above RATIO_FLOOR. */
  maxRatio: number;
  maxEntrySize: number;
}

const MiB = 1024 * 1024;

export const DEFAULT_ZIP_LIMITS: ZipLimits = Object.freeze({
  maxTotalUncompressed: 200 * MiB,
  maxEntries: 10_000,
  maxRatio: 200,
  maxEntrySize: 100 * MiB,
});

/** Small XML parts legitimately compress 100:1 or better; only big entries are judged by ratio. */
const RATIO_FLOOR = 1 * MiB;

/** Compressed input is fed to the inflater in slices this size, so output can be capped as it grows. */
const INFLATE_SLICE = 16 * 1024;

export interface ZipEntryInfo {
  name: string;
  compressedSize: number;
  uncompressedSize: number;
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
const SIG_LOCAL = 0x04034b50;
const EOCD_SIZE = 22;
const MAX_COMMENT = 0xffff;

interface CentralDirectory {
  count: number;
  offset: number;
  size: number;
}

/** Reads the central directory. Throws ReadError('corrupt') on a truncated or garbled archive. */
export function listZipEntries(bytes: Uint8Array): ZipEntryInfo[] {
  return readEntries(bytes, locateCentralDirectory(bytes));
}

/** Lists the entries and checks every declared size against the limits. Throws ReadError('too-large'). */
export function assertSafeZip(bytes: Uint8Array, limits: ZipLimits = DEFAULT_ZIP_LIMITS): ZipEntryInfo[] {
  const dir = locateCentralDirectory(bytes);
  // Judge the declared count before parsing, so a million-entry directory is not walked.
  if (dir.count > limits.maxEntries) tooMany(dir.count, limits);
  const entries = readEntries(bytes, dir);
  if (entries.length > limits.maxEntries) tooMany(entries.length, limits);
  let total = 0;
  for (const entry of entries) {
    checkEntrySize(entry, limits);
    total += entry.uncompressedSize;
    if (total > limits.maxTotalUncompressed)
      throw new ReadError('too-large', `archive expands to more than ${mib(limits.maxTotalUncompressed)} (total uncompressed size limit)`);
  }
  return entries;
}

function tooMany(count: number, limits: ZipLimits): never {
  throw new ReadError('too-large', `archive has ${count} entries (entry count limit ${limits.maxEntries})`);
}

function checkEntrySize(entry: ZipEntryInfo, limits: ZipLimits): void {
  const { name, uncompressedSize: size, compressedSize: packed } = entry;
  if (size > limits.maxEntrySize)
    throw new ReadError('too-large', `archive entry ${name} expands to ${mib(size)} (entry size limit ${mib(limits.maxEntrySize)})`);
  if (size > RATIO_FLOOR && size / Math.max(packed, 1) > limits.maxRatio)
    throw new ReadError(
      'too-large',
      `archive entry ${name} has compression ratio ${Math.round(size / Math.max(packed, 1))}:1 (compression ratio limit ${limits.maxRatio}:1)`,
    );
}

/**
 * Inflates the entries whose names pass `wanted`, after assertSafeZip. Uses our own
 * directory (the one the limits were checked against) and caps each entry at its
 * declared size while inflating, so a lying header cannot expand further.
 */
export function unzipEntries(
  bytes: Uint8Array,
  wanted: (name: string) => boolean,
  limits: ZipLimits = DEFAULT_ZIP_LIMITS,
): Map<string, Uint8Array> {
  const out = new Map<string, Uint8Array>();
  for (const entry of assertSafeZip(bytes, limits)) {
    if (!wanted(entry.name)) continue;
    if (out.has(entry.name)) throw new ReadError('corrupt', `archive has two entries named ${entry.name}`);
    out.set(entry.name, extractEntry(bytes, entry));
  }
  return out;
}

function extractEntry(bytes: Uint8Array, entry: ZipEntryInfo): Uint8Array {
  if (entry.flags & 1) throw new ReadError('encrypted', `archive entry ${entry.name} is password-protected`);
  const data = entryData(bytes, entry);
  if (entry.method === 0) {
    if (entry.compressedSize !== entry.uncompressedSize) corrupt(`stored entry ${entry.name} has inconsistent sizes`);
    return data;
  }
  if (entry.method !== 8)
    throw new ReadError('unsupported', `archive entry ${entry.name} uses compression method ${entry.method} (only deflate is supported)`);
  return inflateCapped(data, entry);
}

/** The entry's compressed bytes, located through its local header (whose name/extra lengths may differ). */
function entryData(bytes: Uint8Array, entry: ZipEntryInfo): Uint8Array {
  const at = entry.localHeaderOffset;
  if (at + 30 > bytes.length || u32(bytes, at) !== SIG_LOCAL) corrupt(`local header of ${entry.name} is missing`);
  const start = at + 30 + u16(bytes, at + 26) + u16(bytes, at + 28);
  const end = start + entry.compressedSize;
  if (end > bytes.length) corrupt(`data of ${entry.name} is truncated`);
  return bytes.subarray(start, end);
}

/**
 * Streams the deflate data into a buffer of the declared size and stops as soon as
 * the output would exceed it: memory and CPU stay bounded by the checked limits.
 */
function inflateCapped(data: Uint8Array, entry: ZipEntryInfo): Uint8Array {
  const out = new Uint8Array(entry.uncompressedSize);
  let length = 0;
  let overflow = false;
  const inflater = new Inflate((chunk) => {
    if (overflow || length + chunk.length > out.length) {
      overflow = true;
      return;
    }
    out.set(chunk, length);
    length += chunk.length;
  });
  try {
    for (let at = 0; at < data.length && !overflow; at += INFLATE_SLICE) {
      const end = Math.min(at + INFLATE_SLICE, data.length);
      inflater.push(data.subarray(at, end), end === data.length);
    }
    if (data.length === 0) inflater.push(data, true);
  } catch (error) {
    corrupt(`cannot inflate ${entry.name}: ${(error as Error).message}`);
  }
  if (overflow) corrupt(`entry ${entry.name} inflates to more than its declared ${entry.uncompressedSize} bytes`);
  if (length !== out.length) corrupt(`entry ${entry.name} inflates to ${length} bytes, not the declared ${entry.uncompressedSize}`);
  return out;
}

/** Finds the End Of Central Directory record (and its ZIP64 form) by scanning back over the comment. */
function locateCentralDirectory(bytes: Uint8Array): CentralDirectory {
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
function readEntries(bytes: Uint8Array, dir: CentralDirectory): ZipEntryInfo[] {
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

function u16(b: Uint8Array, at: number): number {
  return b[at] | (b[at + 1] << 8);
}

function u32(b: Uint8Array, at: number): number {
  return (b[at] | (b[at + 1] << 8) | (b[at + 2] << 16) | (b[at + 3] << 24)) >>> 0;
}

/** 64-bit little-endian; anything beyond 2^53 is not a real size in a file we could have read. */
function u64(b: Uint8Array, at: number): number {
  const value = u32(b, at + 4) * 0x1_0000_0000 + u32(b, at);
  if (!Number.isSafeInteger(value)) corrupt('ZIP64 size out of range');
  return value;
}

function corrupt(message: string): never {
  throw new ReadError('corrupt', `not a valid ZIP archive: ${message}`);
}

function mib(n: number): string {
  return `${Math.round((n / MiB) * 10) / 10} MiB`;
}

/** True when the XML declares no DTD or entities. Office parts never do; a DTD is how billion-laughs attacks start. */
export function xmlIsSafe(xml: string): boolean {
  return !/<!(?:DOCTYPE|ENTITY)/i.test(xml);
}

/** Throws ReadError('corrupt') when an XML part declares a DTD or entities. */
export function assertSafeXml(xml: string, part: string): void {
  if (!xmlIsSafe(xml)) throw new ReadError('corrupt', `not a valid Office file: XML part ${part} declares a DTD/entities`);
}
