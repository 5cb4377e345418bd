import { isUtf8 } from 'node:buffer';
import { repairMojibake } from './mojibake.js';
import { ReadError } from './types.js';

/** Decoded text with the encoding that produced it (a WHATWG name: 'utf-8', 'gb18030', 'big5', …). */
export interface Decoded {
  text: string;
  encoding: string;
  /** The text had been misread as Latin-1 on its way (mojibake) and was read back: say so. */
  repaired?: string;
}

/** Heuristics look at this many bytes only, so a 200 MB file is decoded exactly once. */
const SAMPLE_BYTES = 64 * 1024;

/** Labels people type that WHATWG does not list. */
const LABEL_ALIASES: Record<string, string> = {
  utf16le: 'utf-16le',
  utf16be: 'utf-16be',
  utf16: 'utf-16le',
  ucs2: 'utf-16le',
  'ucs-2': 'utf-16le',
  cp936: 'gbk',
  ms936: 'gbk',
  cp950: 'big5',
  gb18030_2022: 'gb18030',
};

/**
 * Decodes a text file's bytes. Order: BOM → UTF-16 without BOM (NUL pattern) →
 * strict UTF-8 → GB18030, or Big5 when GB18030 reads as nonsense; then a
 * text that a tool had misread as Latin-1 (mojibake.ts) is read back.
 * Line endings become "\n". Throws only for an unknown `forced` label.
 */
export function decodeText(bytes: Uint8Array, forced?: string): Decoded {
  const decoded = forced ? decodeForced(bytes, forced) : decodeSniffed(bytes);
  const text = normaliseNewlines(decoded.text);
  const mojibake = forced ? null : repairMojibake(text);
  if (!mojibake) return { text, encoding: decoded.encoding };
  return { text: mojibake.text, encoding: mojibake.encoding, repaired: `the text was ${MOJIBAKE_SOURCE[mojibake.encoding]} misread as Latin-1 (mojibake such as "ÔðÈÎ"); it was read back as Chinese` };
}

const MOJIBAKE_SOURCE: Record<string, string> = { 'utf-8': 'UTF-8', gb18030: 'GBK', big5: 'Big5' };

function decodeForced(bytes: Uint8Array, label: string): Decoded {
  const decoder = makeDecoder(label);
  // The decoder itself strips a BOM of its own encoding.
  return { text: decoder.decode(bytes), encoding: decoder.encoding };
}

function makeDecoder(label: string): InstanceType<typeof TextDecoder> {
  const key = label.trim().toLowerCase();
  try {
    return new TextDecoder(LABEL_ALIASES[key] ?? key);
  } catch {
    throw new ReadError('encoding', `unknown encoding "${label}" (try utf-8, gb18030, gbk, big5, utf-16le, utf-16be)`);
  }
}

function decodeSniffed(bytes: Uint8Array): Decoded {
  const bom = bomEncoding(bytes);
  if (bom) return decodeWith(bom.encoding, bytes.subarray(bom.length));

  const utf16 = sniffUtf16(bytes);
  if (utf16) return decodeWith(utf16, bytes);

  const utf8 = tryStrictUtf8(bytes);
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8' };

  return decodeWith(chooseLegacy(nonAsciiSample(bytes)), bytes);
}

/** Non-fatal decode; `ignoreBOM` keeps a stray U+FEFF as data rather than guessing. */
function decodeWith(encoding: string, bytes: Uint8Array): Decoded {
  return { text: new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes), encoding };
}

/** Valid UTF-8 decoded, else null: validated by simdutf (Buffer's isUtf8), twice as fast as a fatal TextDecoder. */
function tryStrictUtf8(bytes: Uint8Array): string | null {
  return isUtf8(bytes) ? new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes) : null;
}

/** Byte order mark, if any: the encoding and how many bytes to skip. */
export function bomEncoding(bytes: Uint8Array): { encoding: string; length: number } | null {
  const [a, b, c] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (a === 0xff && b === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (a === 0xfe && b === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

/**
 * UTF-16 without a BOM: ASCII characters (newlines, digits) put a NUL in the high
 * byte, so NULs cluster at odd offsets (LE) or even offsets (BE). UTF-8 and the
 * legacy CJK encodings never contain NUL. The decoded sample must also look like text,
 * which rules out binaries full of 16-bit zeros.
 */
export function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const sample = bytes.subarray(0, Math.min(bytes.length, SAMPLE_BYTES) & ~1);
  const pairs = sample.length / 2;
  if (pairs < 2 || sample.indexOf(0) < 0) return null; // no NUL at all: the usual case, found by one native search
  let even = 0;
  let odd = 0;
  for (let i = 0; i < sample.length; i += 2) {
    if (sample[i] === 0) even++;
    if (sample[i + 1] === 0) odd++;
  }
  const [dominant, other, encoding] = odd >= even ? [odd, even, 'utf-16le' as const] : [even, odd, 'utf-16be' as const];
  // CJK characters U+xx00 put a few NULs on the other side; the decoded-text check does the rest.
  if (dominant < Math.max(1, pairs * 0.01) || other * 2 > dominant) return null;
  const text = new TextDecoder(encoding).decode(sample);
  return plausibleShare(text) >= 0.7 ? encoding : null;
}

/**
 * The bytes the legacy-encoding heuristics look at: a window starting at the first
 * non-ASCII byte (an ASCII preamble tells nothing about the encoding).
 */
function nonAsciiSample(bytes: Uint8Array): Uint8Array {
  let start = 0;
  while (start < bytes.length && bytes[start] < 0x80) start++;
  return bytes.subarray(start, start + SAMPLE_BYTES);
}

/**
 * Picks the encoding for bytes that are not valid UTF-8. Mostly-UTF-8 (a truncated
 * last character, a stray bad byte) stays UTF-8; otherwise GB18030, unless its
 * reading has private-use/kana characters or rare hanzi and Big5 reads better.
 */
function chooseLegacy(sample: Uint8Array): string {
  if (mostlyUtf8(sample)) return 'utf-8';
  const gb = scoreText(decodeSample('gb18030', sample));
  const suspicious = gb.nonAscii > 0 && (gb.oddScript > gb.nonAscii * 0.01 || gb.good < gb.nonAscii * 0.9);
  if (!suspicious) return 'gb18030';
  const big5 = scoreText(decodeSample('big5', sample));
  return big5.nonAscii > 0 && big5.good / big5.nonAscii > gb.good / gb.nonAscii ? 'big5' : 'gb18030';
}

/** `stream: true` holds back a character cut by the end of the sample instead of emitting U+FFFD. */
function decodeSample(encoding: string, sample: Uint8Array): string {
  return new TextDecoder(encoding, { ignoreBOM: true }).decode(sample, { stream: true });
}

function mostlyUtf8(sample: Uint8Array): boolean {
  const text = decodeSample('utf-8', sample);
  let bad = 0;
  let nonAscii = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xfffd) bad++;
    else if (c >= 0x80) nonAscii++;
  }
  return nonAscii > 0 && bad <= nonAscii * 0.01;
}

interface TextScore {
  /** Characters ≥ U+0080. */
  nonAscii: number;
  /** Of those: common hanzi, CJK/fullwidth/general punctuation, enclosed numerals. */
  good: number;
  /** Of those: private use area and kana — what Big5 bytes turn into when read as GBK. */
  oddScript: number;
}

function scoreText(text: string): TextScore {
  const common = commonHanzi();
  const score: TextScore = { nonAscii: 0, good: 0, oddScript: 0 };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    score.nonAscii++;
    if (common[c] === 1 || isCjkPunctuation(c)) score.good++;
    else if ((c >= 0xe000 && c <= 0xf8ff) || (c >= 0x3040 && c <= 0x30ff)) score.oddScript++;
  }
  return score;
}

/** Share of characters that are ordinary text: ASCII printable/whitespace, common hanzi, punctuation. */
function plausibleShare(text: string): number {
  if (text.length === 0) return 0;
  const common = commonHanzi();
  let good = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x20 && c < 0x7f) || c === 0x09 || c === 0x0a || c === 0x0d || common[c] === 1 || isCjkPunctuation(c)) good++;
  }
  return good / text.length;
}

function isCjkPunctuation(c: number): boolean {
  return (
    (c >= 0x3000 && c <= 0x303f) || // 、。《》「」【】〔〕
    (c >= 0xff01 && c <= 0xff5e) || // fullwidth ASCII：（），
    (c >= 0x2010 && c <= 0x205e) || // — ― “ ” … ‰
    (c >= 0x2160 && c <= 0x217f) || // Ⅰ Ⅱ
    (c >= 0x2460 && c <= 0x24ff) || // ① ⑴ ⒈
    c === 0x00b7 || c === 0x00d7 // · ×
  );
}

let commonTable: Uint8Array | undefined;

/**
 * A 64K lookup table of common hanzi: GB2312 level 1 (the 3755 most used simplified
 * characters) plus Big5 level 1 (5401 common traditional ones). Built once from the
 * runtime's own decoders, so no character list ships with the code.
 */
function commonHanzi(): Uint8Array {
  if (commonTable) return commonTable;
  const table = new Uint8Array(0x10000);
  const mark = (encoding: string, leads: [number, number], trails: Array<[number, number]>) => {
    const pairs: number[] = [];
    for (let lead = leads[0]; lead <= leads[1]; lead++)
      for (const [from, to] of trails) for (let t = from; t <= to; t++) pairs.push(lead, t);
    const text = new TextDecoder(encoding).decode(Uint8Array.from(pairs));
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c >= 0x4e00 && c <= 0x9fff) table[c] = 1;
    }
  };
  mark('gbk', [0xb0, 0xd7], [[0xa1, 0xfe]]);
  mark('big5', [0xa4, 0xc6], [[0x40, 0x7e], [0xa1, 0xfe]]);
  commonTable = table;
  return table;
}

/**
 * CRLF and lone CR become LF. No copy when there is no CR; literal replaceAll is
 * about twice as fast as a regex on a 200 MB string.
 */
function normaliseNewlines(text: string): string {
  if (!text.includes('\r')) return text;
  const lf = text.replaceAll('\r\n', '\n');
  return lf.includes('\r') ? lf.replaceAll('\r', '\n') : lf;
}
