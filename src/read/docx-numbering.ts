import { SaxesParser } from 'saxes';
import { assertSafeXml } from './archive.js';
import { ReadError } from './types.js';
import {
  CHINESE_COUNTING, CHINESE_LEGAL_SIMPLIFIED, CHINESE_LEGAL_TRADITIONAL, EARTHLY_BRANCHES, ENCLOSED_CIRCLE,
  ENCLOSED_FULLSTOP, ENCLOSED_PAREN, HEAVENLY_STEMS, IDEOGRAPH_DIGITS, IDEOGRAPH_ENCLOSED, ROMAN,
  SYMBOL_FONT_BULLETS, TAIWANESE_COUNTING, type CjkCountingChars, type EnclosedRange,
} from '../lexicon/number-formats.js';

// ───────────────────────── a namespace-aware SAX driver for WordprocessingML ─────────────────────────

/** WordprocessingML in its transitional and strict namespaces. */
const W_NAMESPACES = new Set([
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  'http://purl.oclc.org/ooxml/wordprocessingml/main',
]);
const MC_NAMESPACE = 'http://schemas.openxmlformats.org/markup-compatibility/2006';

/**
 * An element as the handlers see it: WordprocessingML elements by their local
 * name ("p", "tbl"), markup-compatibility ones as "mc:Choice", every other
 * namespace by its qualified name as written ("a:p", "wps:txbx"), so a
 * DrawingML paragraph can never pass for a Word one.
 */
export interface WTag {
  name: string;
  /** A WordprocessingML attribute by local name (w:val → "val"). */
  attr(local: string): string | undefined;
}

export interface WHandlers {
  open(tag: WTag): void;
  close(name: string): void;
  text?(text: string): void;
}

/**
 * Runs a part through saxes chunk by chunk. Prefixes are learnt from the
 * root element's xmlns declarations (whatever a producer calls them) rather
 * than assumed to be "w:"; Word and LibreOffice declare them all there. A
 * DOCTYPE is refused: Word never writes one, and entity expansion is the
 * billion-laughs door. The WTag handed to `open` is reused: read it, do not keep it.
 */
export function parseWordXml(chunks: Iterable<string>, part: string, handlers: WHandlers): void {
  const names = new NameTable();
  const tag = new ReusableTag(names);
  const parser = new SaxesParser({ xmlns: false, position: false });
  parser.on('doctype', () => {
    throw new ReadError('corrupt', `not a valid Word .docx file: ${part} declares a DOCTYPE`);
  });
  parser.on('opentag', (raw) => {
    if (!names.learnt) names.learn(raw.attributes);
    tag.name = names.local(raw.name);
    tag.attrs = raw.attributes;
    handlers.open(tag);
    if (raw.isSelfClosing) handlers.close(tag.name);
  });
  parser.on('closetag', (raw) => {
    if (!raw.isSelfClosing) handlers.close(names.local(raw.name));
  });
  const onText = handlers.text?.bind(handlers);
  if (onText) parser.on('text', onText);
  parser.on('error', (error) => {
    throw new ReadError('corrupt', `not a valid Word .docx file: ${part} is not well-formed XML (${error.message})`);
  });
  let first = true;
  for (const chunk of chunks) {
    if (first) assertSafeXml(chunk, part);
    first = false;
    parser.write(chunk);
  }
  parser.close();
}

/** Qualified names → the names handlers see, memoised: a part repeats a few dozen names endlessly. */
class NameTable {
  learnt = false;
  /** The Word prefix: "w" almost always, "" when Word's namespace is the default one. */
  private wPrefix = 'w';
  private mcPrefix = 'mc';
  private readonly cache = new Map<string, string>();
  private readonly attrKeys = new Map<string, string>();

  /** Reads the root element's namespace declarations. */
  learn(attrs: Record<string, string>): void {
    this.learnt = true;
    for (const key in attrs) {
      if (key !== 'xmlns' && !key.startsWith('xmlns:')) continue;
      const prefix = key === 'xmlns' ? '' : key.slice(6);
      if (W_NAMESPACES.has(attrs[key])) this.wPrefix = prefix;
      else if (attrs[key] === MC_NAMESPACE) this.mcPrefix = prefix;
    }
  }

  local(qname: string): string {
    let name = this.cache.get(qname);
    if (name === undefined) {
      const colon = qname.indexOf(':');
      const prefix = colon < 0 ? '' : qname.slice(0, colon);
      const rest = qname.slice(colon + 1);
      name = prefix === this.wPrefix ? rest : colon > 0 && prefix === this.mcPrefix ? `mc:${rest}` : qname;
      this.cache.set(qname, name);
    }
    return name;
  }

  attrKey(local: string): string {
    let key = this.attrKeys.get(local);
    if (key === undefined) this.attrKeys.set(local, (key = this.wPrefix === '' ? local : `${this.wPrefix}:${local}`));
    return key;
  }
}

/** One WTag object for the whole part, repointed at each element's attributes. */
class ReusableTag implements WTag {
  name = '';
  attrs: Record<string, string> = {};
  constructor(private readonly names: NameTable) {}
  attr(local: string): string | undefined {
    return this.attrs[this.names.attrKey(local)];
  }
}

/** Decodes a part in slices so no single huge string is built; UTF-16 parts are rare but legal. */
export function* decodeXmlChunks(bytes: Uint8Array, chunkBytes = 1 << 16): Generator<string> {
  const encoding = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : 'utf-8';
  const decoder = new TextDecoder(encoding);
  for (let at = 0; at < bytes.length; at += chunkBytes) {
    const text = decoder.decode(bytes.subarray(at, at + chunkBytes), { stream: true });
    if (text) yield text;
  }
  const rest = decoder.decode();
  if (rest) yield rest;
}

/** An OOXML on/off property: present means on, unless its val says 0/false/off. */
export function isOn(tag: WTag): boolean {
  const val = tag.attr('val');
  return val === undefined || !(val === '0' || val === 'false' || val === 'off');
}

// ───────────────────────── number formats ─────────────────────────

/** Formats a list counter the way Word prints it for a w:numFmt value. Unknown formats print decimal. */
export function formatNumber(n: number, numFmt: string): string {
  switch (numFmt) {
    case 'none': return '';
    case 'bullet': return '';
    case 'decimalZero': return n >= 0 && n < 10 ? `0${n}` : String(n);
    case 'decimalFullWidth':
    case 'decimalFullWidth2': return fullWidth(String(n));
    case 'upperLetter': return letters(n, 65);
    case 'lowerLetter': return letters(n, 97);
    case 'upperRoman': return roman(n);
    case 'lowerRoman': return roman(n).toLowerCase();
    case 'ordinal': return ordinal(n);
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese': return enclosed(n, ENCLOSED_CIRCLE, String(n));
    case 'decimalEnclosedParen': return enclosed(n, ENCLOSED_PAREN, `(${n})`);
    case 'decimalEnclosedFullstop': return enclosed(n, ENCLOSED_FULLSTOP, `${n}.`);
    case 'ideographEnclosedCircle': return enclosed(n, IDEOGRAPH_ENCLOSED, String(n));
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'japaneseCounting': return cjkCount(n, CHINESE_COUNTING);
    case 'taiwaneseCounting':
    case 'taiwaneseCountingThousand': return cjkCount(n, TAIWANESE_COUNTING);
    case 'chineseLegalSimplified': return cjkCount(n, CHINESE_LEGAL_SIMPLIFIED);
    case 'ideographLegalTraditional':
    case 'japaneseLegal': return cjkCount(n, CHINESE_LEGAL_TRADITIONAL);
    case 'ideographDigital':
    case 'taiwaneseDigital':
    case 'japaneseDigitalTenThousand': return digitByDigit(n, IDEOGRAPH_DIGITS);
    case 'ideographTraditional': return cyclic(n, HEAVENLY_STEMS);
    case 'ideographZodiac': return cyclic(n, EARTHLY_BRANCHES);
    case 'ideographZodiacTraditional': return sexagenary(n);
    default: return String(n);
  }
}

function fullWidth(digits: string): string {
  return digits.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
}

/** A, B … Z, AA, BB …: Word repeats the letter rather than counting in base 26. */
function letters(n: number, base: number): string {
  if (n < 1) return String(n);
  return String.fromCharCode(base + ((n - 1) % 26)).repeat(Math.floor((n - 1) / 26) + 1);
}

function roman(n: number): string {
  if (n < 1 || n >= 4000) return String(n);
  let out = '';
  for (const [value, numeral] of ROMAN) for (; n >= value; n -= value) out += numeral;
  return out;
}

function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
  return `${n}${suffix}`;
}

function enclosed(n: number, ranges: readonly EnclosedRange[], otherwise: string): string {
  for (const r of ranges) if (n >= r.first && n <= r.last) return String.fromCodePoint(r.codePoint + n - r.first);
  return otherwise;
}

function cyclic(n: number, chars: readonly string[]): string {
  return n >= 1 && n <= chars.length ? chars[n - 1] : String(n);
}

/** 甲子, 乙丑 … the sixty-year cycle. */
function sexagenary(n: number): string {
  if (n < 1 || n > 60) return String(n);
  return HEAVENLY_STEMS[(n - 1) % 10] + EARTHLY_BRANCHES[(n - 1) % 12];
}

function digitByDigit(n: number, digits: readonly string[]): string {
  return n < 0 ? String(n) : String(n).replace(/[0-9]/g, (d) => digits[Number(d)]);
}

/** Chinese counting: 十一, 二十, 一百零五, 一千零一十, 一万零二百. */
export function cjkCount(n: number, chars: CjkCountingChars): string {
  if (!Number.isInteger(n) || n < 0 || n >= 1e12) return String(n);
  if (n === 0) return chars.digits[0];
  const groups: number[] = [];
  for (let rest = n; rest > 0; rest = Math.floor(rest / 10000)) groups.push(rest % 10000);
  let out = '';
  let zeroPending = false;
  for (let g = groups.length - 1; g >= 0; g--) {
    const value = groups[g];
    if (value === 0) {
      zeroPending = out !== '';
      continue;
    }
    if (out !== '' && (zeroPending || value < 1000)) out += chars.digits[0];
    out += fourDigits(value, chars);
    if (g > 0) out += g === 1 ? chars.myriads[0] : g === 2 ? chars.myriads[1] : chars.myriads[0] + chars.myriads[1];
    zeroPending = false;
  }
  if (chars.dropLeadingOne && n >= 10 && n < 20) out = out.slice(chars.digits[1].length);
  return out;
}

/** One group below 10000, with 零 for inner gaps (一千零一). */
function fourDigits(value: number, chars: CjkCountingChars): string {
  const places = [Math.floor(value / 1000), Math.floor(value / 100) % 10, Math.floor(value / 10) % 10, value % 10];
  const units = [chars.units[2], chars.units[1], chars.units[0], ''];
  let out = '';
  let gap = false;
  for (let i = 0; i < 4; i++) {
    const d = places[i];
    if (d === 0) {
      gap = out !== '';
      continue;
    }
    if (gap) out += chars.digits[0];
    out += chars.digits[d] + units[i];
    gap = false;
  }
  return out;
}

// ───────────────────────── numbering.xml ─────────────────────────

export type Suffix = 'tab' | 'space' | 'nothing';

/** One w:lvl of a list definition. */
export interface LevelDef {
  start: number;
  numFmt: string;
  /** w:numFmt w:val="custom" w:format="001, 002, 003, …" (Word 2010+, inside mc:Choice). */
  customFormat?: string;
  lvlText: string;
  /** w:lvlRestart: 1-based level whose use restarts this one; 0 = never. Absent = any shallower level. */
  restart?: number;
  isLgl: boolean;
  suff: Suffix;
  /** w:pStyle: the paragraph style bound to this level. */
  pStyle?: string;
}

export interface AbstractNum {
  levels: (LevelDef | undefined)[];
  /** w:numStyleLink: the definition lives in the numbering style of that name. */
  numStyleLink?: string;
}

export interface NumInstance {
  abstractId: string;
  /** w:lvlOverride by level: a new start value and/or a whole new level. */
  overrides: Map<number, { start?: number; level?: LevelDef }>;
}

export interface NumberingDefs {
  abstracts: Map<string, AbstractNum>;
  nums: Map<string, NumInstance>;
}

export const EMPTY_NUMBERING: NumberingDefs = { abstracts: new Map(), nums: new Map() };

function newLevel(): LevelDef {
  // OOXML defaults: start 0, decimal, a tab after the number.
  return { start: 0, numFmt: 'decimal', lvlText: '', isLgl: false, suff: 'tab' };
}

/** Reads numbering.xml into list definitions and instances. */
export function parseNumbering(chunks: Iterable<string>): NumberingDefs {
  const defs: NumberingDefs = { abstracts: new Map(), nums: new Map() };
  let abstract: AbstractNum | undefined;
  let num: NumInstance | undefined;
  let override: { start?: number; level?: LevelDef } | undefined;
  let level: LevelDef | undefined;
  let inChoice = 0;
  parseWordXml(chunks, 'word/numbering.xml', {
    open(tag) {
      switch (tag.name) {
        case 'abstractNum':
          abstract = { levels: [] };
          defs.abstracts.set(tag.attr('abstractNumId') ?? '', abstract);
          break;
        case 'num':
          num = { abstractId: '', overrides: new Map() };
          defs.nums.set(tag.attr('numId') ?? '', num);
          break;
        case 'abstractNumId': if (num) num.abstractId = tag.attr('val') ?? ''; break;
        case 'numStyleLink': if (abstract) abstract.numStyleLink = tag.attr('val'); break;
        case 'lvlOverride':
          override = {};
          num?.overrides.set(toInt(tag.attr('ilvl'), 0), override);
          break;
        case 'startOverride': if (override) override.start = toInt(tag.attr('val'), 0); break;
        case 'lvl':
          level = newLevel();
          if (override) override.level = level;
          else if (abstract) abstract.levels[toInt(tag.attr('ilvl'), 0)] = level;
          break;
        case 'mc:Choice': inChoice++; break;
        default: if (level) readLevelProperty(level, tag, inChoice > 0);
      }
    },
    close(name) {
      if (name === 'abstractNum') abstract = undefined;
      else if (name === 'num') num = undefined;
      else if (name === 'lvlOverride') override = undefined;
      else if (name === 'lvl') level = undefined;
      else if (name === 'mc:Choice') inChoice--;
    },
  });
  return defs;
}

/** The level's own properties; a custom format sits in mc:Choice, its plain fallback in mc:Fallback. */
function readLevelProperty(level: LevelDef, tag: WTag, inChoice: boolean): void {
  const val = tag.attr('val');
  switch (tag.name) {
    case 'start': level.start = toInt(val, 0); break;
    case 'numFmt':
      if (val === 'custom') level.customFormat = tag.attr('format');
      else if (!inChoice || level.customFormat === undefined) level.numFmt = val ?? 'decimal';
      break;
    case 'lvlText': level.lvlText = val ?? ''; break;
    case 'lvlRestart': level.restart = toInt(val, 0); break;
    case 'isLgl': level.isLgl = isOn(tag); break;
    case 'suff': level.suff = val === 'space' || val === 'nothing' ? val : 'tab'; break;
    case 'pStyle': level.pStyle = val; break;
  }
}

export function toInt(value: string | undefined, otherwise: number): number {
  const n = value === undefined ? NaN : parseInt(value, 10);
  return Number.isFinite(n) ? n : otherwise;
}

// ───────────────────────── the counters ─────────────────────────

const LEVELS = 9;

export interface ListLabel {
  /** The label as printed, e.g. "（一）", "1.", "•"; may be empty (numFmt none). */
  text: string;
  suff: Suffix;
}

/**
 * Word's list counters. Instances (w:num) of one abstract list share
 * counters, so a list interrupted by body text goes on where it stopped; an
 * instance with a w:startOverride keeps counters of its own. Using a level
 * restarts the deeper levels (unless their w:lvlRestart says otherwise).
 */
export class ListCounter {
  private readonly counters = new Map<string, (number | undefined)[]>();

  constructor(
    private readonly defs: NumberingDefs,
    /** The numId a numbering style (w:numStyleLink) points at, from styles.xml. */
    private readonly styleNumId: (styleId: string) => string | undefined = () => undefined,
  ) {}

  /** Advances the list of (numId, ilvl) and returns the label of this paragraph, or null if it has none. */
  next(numId: string, ilvl: number): ListLabel | null {
    const num = this.defs.nums.get(numId);
    if (!num || ilvl < 0 || ilvl >= LEVELS) return null;
    const abstractId = this.resolveAbstract(num.abstractId);
    const levelAt = (i: number): LevelDef | undefined => this.level(num, abstractId, i);
    const level = levelAt(ilvl);
    if (!level) return null;
    const key = hasStartOverride(num) ? `num:${numId}` : `abs:${abstractId}`;
    const counts = this.counters.get(key) ?? new Array<number | undefined>(LEVELS).fill(undefined);
    this.counters.set(key, counts);
    const startAt = (i: number): number => num.overrides.get(i)?.start ?? levelAt(i)?.start ?? 0;
    counts[ilvl] = counts[ilvl] === undefined ? startAt(ilvl) : counts[ilvl]! + 1;
    restartDeeper(counts, ilvl, levelAt);
    return { text: renderLevelText(level, ilvl, (i) => counts[i] ?? startAt(i), levelAt), suff: level.suff };
  }

  /** The level index bound to a paragraph style through w:lvl/w:pStyle, for style numbering without w:ilvl. */
  levelOfStyle(numId: string, styleId: string): number | undefined {
    const num = this.defs.nums.get(numId);
    if (!num) return undefined;
    const abstract = this.defs.abstracts.get(this.resolveAbstract(num.abstractId));
    const index = abstract?.levels.findIndex((l) => l?.pStyle === styleId) ?? -1;
    return index >= 0 ? index : undefined;
  }

  private level(num: NumInstance, abstractId: string, ilvl: number): LevelDef | undefined {
    return num.overrides.get(ilvl)?.level ?? this.defs.abstracts.get(abstractId)?.levels[ilvl];
  }

  /** Follows w:numStyleLink to the abstract list that really holds the levels (a few hops at most). */
  private resolveAbstract(abstractId: string): string {
    let id = abstractId;
    for (let hop = 0; hop < 5; hop++) {
      const link = this.defs.abstracts.get(id)?.numStyleLink;
      const numId = link === undefined ? undefined : this.styleNumId(link);
      const target = numId === undefined ? undefined : this.defs.nums.get(numId)?.abstractId;
      if (target === undefined || target === id) return id;
      id = target;
    }
    return id;
  }
}

function hasStartOverride(num: NumInstance): boolean {
  for (const o of num.overrides.values()) if (o.start !== undefined) return true;
  return false;
}

/** After level `ilvl` advanced: deeper levels start over, unless w:lvlRestart names a shallower trigger. */
function restartDeeper(counts: (number | undefined)[], ilvl: number, levelAt: (i: number) => LevelDef | undefined): void {
  for (let d = ilvl + 1; d < LEVELS; d++) {
    const restart = levelAt(d)?.restart;
    if (restart === undefined || (restart !== 0 && ilvl < restart)) counts[d] = undefined;
  }
}

/** Fills "%1、" / "（%2）" / "%1.%2": each %k in the format of level k, or decimal under w:isLgl. */
function renderLevelText(
  level: LevelDef,
  ilvl: number,
  valueAt: (i: number) => number,
  levelAt: (i: number) => LevelDef | undefined,
): string {
  if (level.numFmt === 'bullet') return bulletChar(level.lvlText);
  return level.lvlText.replace(/%([1-9])/g, (_, k: string) => {
    const i = Number(k) - 1;
    if (i > ilvl) return '';
    const of = levelAt(i) ?? level;
    return level.isLgl && of.numFmt !== 'none' ? String(valueAt(i)) : formatLevel(valueAt(i), of);
  });
}

function formatLevel(n: number, level: LevelDef): string {
  const width = level.customFormat?.match(/^(0*)1\b/)?.[0].length;
  if (width !== undefined && width > 1) return String(n).padStart(width, '0');
  return formatNumber(n, level.numFmt);
}

/** A bullet as printed: Symbol/Wingdings private-use characters become their Unicode look-alikes. */
function bulletChar(lvlText: string): string {
  const cp = lvlText.codePointAt(0);
  if (cp === undefined) return '';
  if (cp >= 0xe000 && cp <= 0xf8ff) return SYMBOL_FONT_BULLETS.get(cp) ?? '•';
  return lvlText;
}

/**
 * What goes between a label and the paragraph text. Word prints a tab (or a
 * space) after the number unless w:suff is "nothing"; the text keeps a single
 * space for that, but none after a label that already ends in full-width
 * punctuation ("一、", "（一）"), where the gap is only alignment.
 */
export function labelSeparator(label: ListLabel): string {
  if (label.text === '' || label.suff === 'nothing') return '';
  return /[\u3000-\u303f\uff00-\uffef]$/.test(label.text) ? '' : ' ';
}
