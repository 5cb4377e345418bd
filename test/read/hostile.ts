/**
 * Hostile and pathological inputs, generated (never committed: the large
 * ones are megabytes), and a memory probe for the tests that read them.
 */
import { readFileSync } from 'node:fs';
import { strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { ReadError } from '../../src/read/types.js';

export const MiB = 1024 * 1024;

export const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(new URL(`../../fixtures/${name}`, import.meta.url)));

/**
 * Runs `read` and returns what it gave (or the ReadError it threw) with how
 * far the process's peak resident memory rose above its size before the call.
 * The peak is the kernel's (getrusage maxrss), so a buffer freed before the
 * call returns still counts. Anything but a ReadError is rethrown.
 */
export async function measured<T>(read: () => Promise<T> | T): Promise<{ value?: T; error?: ReadError; peakGrowthMiB: number }> {
  const before = process.memoryUsage.rss();
  let value: T | undefined;
  let error: ReadError | undefined;
  try {
    value = await read();
  } catch (thrown) {
    if (!(thrown instanceof ReadError)) throw thrown;
    error = thrown;
  }
  const peak = process.resourceUsage().maxRSS * 1024;
  return { value, error, peakGrowthMiB: Math.max(0, peak - before) / MiB };
}

/** CPU milliseconds (user + system) that `run` costs this process: for ratio checks, never absolute ones. */
export function cpuMs(run: () => unknown): number {
  const start = process.cpuUsage();
  run();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

// ── ZIP shapes ──────────────────────────────────────────────────────────────

/** The parts of a real workbook, to rebuild with one part replaced. */
export function workbookParts(name = 'formats/003.xlsx'): Record<string, Uint8Array> {
  return unzipSync(fixture(name));
}

/** A minimal workbook whose only sheet is `sheetData` (the inside of <sheetData>), plus optional extra sheet XML after it. */
export function xlsxWithSheet(sheetData: string, after = ''): Uint8Array {
  const parts = workbookParts();
  parts['xl/worksheets/sheet1.xml'] = strToU8(
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
      '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
      `<sheetData>${sheetData}</sheetData>${after}</worksheet>`,
  );
  return zipSync(parts as Zippable);
}

/**
 * Raw deflate of `1 + 258·runs` zero bytes written with fixed Huffman codes,
 * its final-block bit set or not: a literal 0 then `runs` copies of
 * "length 258, distance 1", 13 bits per 258 bytes.
 */
export function deflatedZeros(runs: number, final = true): Uint8Array {
  const out = new Uint8Array(Math.ceil((3 + 8 + runs * 13 + 7) / 8) + 1);
  let bit = 0;
  const put = (value: number, bits: number) => {
    for (let i = 0; i < bits; i++, bit++) if ((value >>> i) & 1) out[bit >>> 3] |= 1 << (bit & 7);
  };
  const code = (value: number, bits: number) => {
    for (let i = bits - 1; i >= 0; i--, bit++) if ((value >>> i) & 1) out[bit >>> 3] |= 1 << (bit & 7);
  };
  put(final ? 1 : 0, 1);
  put(1, 2); // fixed Huffman
  code(0x30, 8); // literal 0
  for (let i = 0; i < runs; i++) {
    code(0xc5, 8); // length symbol 285 = 258
    code(0, 5); // distance symbol 0 = 1
  }
  code(0, 7); // end of block
  return out.subarray(0, Math.ceil(bit / 8));
}

interface RawEntry {
  name: string;
  /** The bytes as stored (already deflated when method is 8). */
  data: Uint8Array;
  method?: 0 | 8;
  /** Uncompressed size written in the central directory; defaults to data.length. */
  size?: number;
  /** Uncompressed size written in the local header; defaults to `size`. */
  localSize?: number;
}

/** A ZIP written byte by byte, for the shapes fflate will not produce (lying sizes). */
export function rawZip(entries: RawEntry[]): Uint8Array {
  const local: number[] = [];
  const central: number[] = [];
  const u16 = (to: number[], n: number) => to.push(n & 0xff, (n >>> 8) & 0xff);
  const u32 = (to: number[], n: number) => to.push(n & 0xff, (n >>> 8) & 0xff, (n >>> 16) & 0xff, (n >>> 24) & 0xff);
  const chunks: Uint8Array[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = strToU8(e.name);
    const size = e.size ?? e.data.length;
    const header: number[] = [];
    u32(header, 0x04034b50); u16(header, 20); u16(header, 0); u16(header, e.method ?? 0); u32(header, 0); u32(header, 0);
    u32(header, e.data.length); u32(header, e.localSize ?? size); u16(header, name.length); u16(header, 0);
    chunks.push(Uint8Array.from(header), name, e.data);
    u32(central, 0x02014b50); u16(central, 20); u16(central, 20); u16(central, 0); u16(central, e.method ?? 0); u32(central, 0); u32(central, 0);
    u32(central, e.data.length); u32(central, size); u16(central, name.length); u16(central, 0); u16(central, 0); u16(central, 0); u16(central, 0);
    u32(central, 0); u32(central, offset);
    central.push(...name);
    offset += header.length + name.length + e.data.length;
  }
  const end: number[] = [];
  u32(end, 0x06054b50); u16(end, 0); u16(end, 0); u16(end, entries.length); u16(end, entries.length); u32(end, central.length); u32(end, offset); u16(end, 0);
  chunks.push(Uint8Array.from(central), Uint8Array.from(end), Uint8Array.from(local));
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) out.set(c, (at += c.length) - c.length);
  return out;
}

/** A real workbook's parts, stored, with `name` replaced by a raw entry. */
export function workbookWithEntry(entry: RawEntry): Uint8Array {
  const parts = workbookParts();
  delete parts[entry.name];
  return rawZip([...Object.entries(parts).map(([name, data]) => ({ name, data })), entry]);
}
