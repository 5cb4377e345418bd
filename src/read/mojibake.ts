import { isUtf8 } from 'node:buffer';

/**
 * Mojibake: Chinese stored as GBK, Big5 or UTF-8 bytes that some tool on the
 * way read as Latin-1 / Windows-1252 and saved again as UTF-8, so that 责任单位
 * arrives as "ÔðÈÎµ¥Î»" (GBK) or "è´£ä»»å\u008d\u0095ä½\u008d" (UTF-8). Pages
 * scraped from old portals come like this. Each character then stands for one
 * byte of the original: where a text is made of such characters and holds
 * almost no Chinese, the bytes are rebuilt and read again — as UTF-8 when they
 * are valid UTF-8, else in the legacy encoding whose common characters they
 * are — and kept when that reads as Chinese.
 */

/** Windows-1252's characters for the bytes 0x80–0x9F (five undefined, kept as their C1 code points, as Latin-1 has them). */
const CP1252_80_9F = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
/** The byte each of those stands for, by character code, for the ones outside Latin-1. */
const CP1252_HIGH = new Map<number, number>([...CP1252_80_9F].map((ch, k) => [ch.charCodeAt(0), 0x80 + k]));

/** Fewer byte-characters than this say nothing (a name with an accent, a © line). */
const MIN_BYTE_CHARS = 40;
/** At most one Chinese character per this many byte-characters: a Chinese text quoting Latin words is no mojibake. */
const BYTE_CHARS_PER_HAN = 50;
/** At most one character that stands for no byte (a code page other than Windows-1252 made it: Ŀ, ҳ) per this many; it reads back as "?". */
const BYTE_CHARS_PER_STRAY = 40;
/**
 * Misread Chinese is mostly byte-characters (two or three a character); a Western text's accents are a few in a
 * hundred letters.
 */
const MIN_BYTE_CHAR_SHARE = 0.4;
const SPACES = /\s/g;
/** The repaired text reads as Chinese: its wide characters make this share of what the byte-characters became. */
const MIN_WIDE_SHARE = 0.25;

/**
 * Which double-byte encoding the bytes were, told by where their characters fall. Mainland pages are GBK: it puts
 * the 3,755 common characters (GB2312 level 1) at lead bytes 0xB0–0xD7 with trail bytes 0xA1–0xFE, and the
 * characters GB2312 lacks, traditional forms among them, at lead bytes 0x81–0xA0 (GBK/4); its punctuation, box
 * drawing and other symbols (lead 0xA1–0xA9) tell nothing. Big5 puts its 5,401 frequent characters (常用字) at
 * lead bytes 0xA4–0xC6. A Chinese text keeps most of its characters there in its own encoding.
 */
interface Legacy {
  encoding: 'gb18030' | 'big5';
  isLead: (byte: number) => boolean;
  /** Whether the pair counts at all: symbols do not. */
  counts: (lead: number) => boolean;
  /** Whether the pair is a common character. */
  common: (lead: number, trail: number) => boolean;
}
const LEGACY: readonly Legacy[] = [
  {
    encoding: 'gb18030',
    isLead: (byte) => byte >= 0x81 && byte <= 0xfe,
    counts: (lead) => lead < 0xa1 || lead > 0xa9,
    common: isCommonGbk,
  },
  {
    encoding: 'big5',
    isLead: (byte) => byte >= 0xa1 && byte <= 0xf9,
    counts: (lead) => lead > 0xa3,
    common: (lead) => lead >= 0xa4 && lead <= 0xc6,
  },
];
/** Most characters of a Chinese text are common ones. */
const MIN_COMMON_SHARE = 0.6;

/** The first legacy encoding (GBK before Big5) whose common characters most of the byte pairs are, or null. */
function legacyEncodingOf(bytes: Uint8Array): 'gb18030' | 'big5' | null {
  for (const { encoding, isLead, counts, common } of LEGACY) {
    let pairs = 0;
    let commonPairs = 0;
    for (let k = 0; k + 1 < bytes.length; k++) {
      const lead = bytes[k];
      if (!isLead(lead)) continue;
      k++;
      if (!counts(lead)) continue;
      pairs++;
      if (common(lead, bytes[k])) commonPairs++;
    }
    if (pairs > 0 && commonPairs >= MIN_COMMON_SHARE * pairs) return encoding;
  }
  return null;
}

export interface Repaired {
  text: string;
  /** What the original bytes were. */
  encoding: 'utf-8' | 'gb18030' | 'big5';
}

/** What two or three misread bytes become: Han characters, and the full-width punctuation and box drawing between them. */
const WIDE = /[\u2010-\u2bff\u3000-\u9fff\uf900-\ufaff\uff01-\uff5e]/g;

/** The CJK ideographs of the BMP (unified and extension A): enough to tell a Chinese text. */
function isHan(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf);
}

/** The text as it was before it was misread, or null when it is not mojibake. */
export function repairMojibake(text: string): Repaired | null {
  let byteChars = 0;
  let strays = 0;
  let han = 0;
  for (let k = 0; k < text.length; k++) {
    const code = text.charCodeAt(k);
    if (code < 0x80) continue;
    if (code <= 0xff || CP1252_HIGH.has(code)) byteChars++;
    else if (isHan(code)) {
      // A Chinese text shows it within its first lines: stop there.
      if (++han * BYTE_CHARS_PER_HAN > byteChars + MIN_BYTE_CHARS) return null;
    } else strays++;
  }
  if (byteChars < MIN_BYTE_CHARS || strays * BYTE_CHARS_PER_STRAY > byteChars || han * BYTE_CHARS_PER_HAN > byteChars) return null;
  if (byteChars < MIN_BYTE_CHAR_SHARE * (text.length - (text.match(SPACES)?.length ?? 0))) return null;

  const raw = bytesOf(text, false);
  const bytes = isUtf8(raw) ? raw : bytesOf(text, true);
  const encoding = isUtf8(bytes) ? 'utf-8' : legacyEncodingOf(bytes);
  if (!encoding) return null;
  const repaired = new TextDecoder(encoding).decode(bytes);
  const wide = repaired.match(WIDE)?.length ?? 0;
  const lost = repaired.split('\ufffd').length - 1;
  // GBK and Big5 spend two bytes on a Han character, UTF-8 three: a Chinese text gives at least a quarter of its bytes' count.
  if (wide < MIN_WIDE_SHARE * byteChars || lost * BYTE_CHARS_PER_STRAY > wide) return null;
  return { text: repaired, encoding };
}

/**
 * The bytes the characters stand for. A page's &nbsp; survives the misreading as a no-break space of its own,
 * which reads as the byte 0xA0, and 0xA0 also starts GBK characters (traditional forms among them). With `spaces`,
 * a 0xA0 where a character would start is the space when what follows is no trail byte of it (another such space,
 * ASCII whitespace, the end) or when the common characters that follow (索&nbsp;引号) read better without it.
 * UTF-8 is tried on the bytes as they are first.
 */
function bytesOf(text: string, spaces: boolean): Uint8Array {
  const bytes = Buffer.alloc(text.length);
  for (let k = 0; k < text.length; k++) {
    const code = text.charCodeAt(k);
    bytes[k] = code <= 0xff ? code : (CP1252_HIGH.get(code) ?? 0x3f);
  }
  if (!spaces) return bytes;
  let run = 0;
  let spaced = false;
  for (let k = 0; k < bytes.length; k++) {
    // &nbsp;&nbsp;: the one after a space that was one is one too.
    spaced = bytes[k] === 0xa0 && run % 2 === 0 && (spaced || isEntitySpace(bytes, k));
    if (spaced) bytes[k] = 0x20;
    run = bytes[k] >= 0x80 ? run + 1 : 0;
  }
  return bytes;
}

function isEntitySpace(bytes: Uint8Array, at: number): boolean {
  const next = bytes[at + 1];
  if (next === undefined || next === 0xa0 || next === 0x20 || next === 0x09 || next === 0x0a) return true;
  return plausibleFrom(bytes, at + 1, 3) > plausibleFrom(bytes, at, 3);
}

/**
 * A character a Chinese text is likely to hold, in GBK: one of GB2312's common characters (level 1: lead 0xB0–0xD7,
 * trail 0xA1–0xFE) or one GBK adds after GB2312, traditional forms among them (GBK/4: lead 0x81–0xA0).
 */
function isCommonGbk(lead: number, trail: number): boolean {
  if (lead >= 0x81 && lead <= 0xa0) return trail >= 0x40 && trail !== 0x7f;
  return lead >= 0xb0 && lead <= 0xd7 && trail >= 0xa1 && trail <= 0xfe;
}

/** How many of the next `count` double-byte characters read from `at` are common ones. */
function plausibleFrom(bytes: Uint8Array, at: number, count: number): number {
  let plausible = 0;
  for (let k = at, n = 0; n < count && k + 1 < bytes.length && bytes[k] >= 0x81; k += 2, n++) if (isCommonGbk(bytes[k], bytes[k + 1])) plausible++;
  return plausible;
}
