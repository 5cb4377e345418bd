import { Inflate } from 'fflate';
import { ReadError } from './types.js';
import { corrupt, locateCentralDirectory, readEntries, SIG_LOCAL, u16, u32, type ZipEntryInfo } from './zip-directory.js';

export { listZipEntries, type ZipEntryInfo } from './zip-directory.js';

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
 * Streams the deflate data into a buffer that grows with what really comes
 * out (a header may claim 100 MiB for a few bytes, or 0 for a bomb) and stops
 * as soon as the output would pass the declared size: memory and CPU stay
 * bounded by the checked limits whatever the stream does — a block that is not
 * final, a stream repeated after its end, back-references that never stop.
 */
function inflateCapped(data: Uint8Array, entry: ZipEntryInfo): Uint8Array {
  const cap = entry.uncompressedSize;
  let out: Uint8Array = new Uint8Array(Math.min(cap, Math.max(INFLATE_SLICE, data.length * 4)));
  let length = 0;
  let overflow = false;
  const inflater = new Inflate((chunk) => {
    if (overflow || length + chunk.length > cap) {
      overflow = true;
      return;
    }
    if (length + chunk.length > out.length) out = grown(out, length, Math.min(cap, Math.max(out.length * 2, length + chunk.length)));
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
  if (overflow) corrupt(`entry ${entry.name} inflates to more than its declared ${cap} bytes`);
  if (length !== cap) corrupt(`entry ${entry.name} inflates to ${length} bytes, not the declared ${cap}`);
  return out.length === length ? out : out.subarray(0, length);
}

function grown(buffer: Uint8Array, used: number, size: number): Uint8Array {
  const next = new Uint8Array(size);
  next.set(buffer.subarray(0, used));
  return next;
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
