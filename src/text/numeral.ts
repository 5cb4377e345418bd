/**
 * Numerals as Chinese official documents write them (GB/T 15835): Arabic digits
 * (half- and full-width, 1,000 / 1，000, decimals), Chinese numerals
 * (一万二千, 两千, 十五, 二〇二一, financial 壹佰), Arabic with a Chinese
 * magnitude (1.5万, 17700万, 3千) and fractions (1/3, 三分之一).
 */

/** A decimal kept exact: value = mantissa × 10^exponent, so 1.88万 is 18800, not 18799.999999999996. */
export interface Decimal {
  mantissa: number;
  exponent: number;
}

/** A numeral read from running text: its value and where it ends. */
export interface NumeralReading {
  decimal: Decimal;
  end: number;
}

const DIGITS: ReadonlyMap<string, number> = new Map([
  ['〇', 0], ['零', 0], ['○', 0],
  ['一', 1], ['壹', 1], ['幺', 1],
  ['二', 2], ['贰', 2], ['貳', 2], ['两', 2], ['兩', 2],
  ['三', 3], ['叁', 3], ['參', 3],
  ['四', 4], ['肆', 4],
  ['五', 5], ['伍', 5],
  ['六', 6], ['陆', 6], ['陸', 6],
  ['七', 7], ['柒', 7],
  ['八', 8], ['捌', 8],
  ['九', 9], ['玖', 9],
]);

/** 十 百 千 count inside a 万-section; 万 and 亿 close a section. Values as powers of ten. */
const SMALL_UNITS: ReadonlyMap<string, number> = new Map([
  ['十', 1], ['拾', 1], ['百', 2], ['佰', 2], ['千', 3], ['仟', 3],
]);
const LARGE_UNITS: ReadonlyMap<string, number> = new Map([
  ['万', 4], ['萬', 4], ['亿', 8], ['億', 8],
]);

/** Chinese numeral characters: digits, units, financial forms. */
const CHINESE_NUMERAL_CHARS = '〇零○一壹幺二贰貳两兩三叁參四肆五伍六陆陸七柒八捌九玖十拾百佰千仟万萬亿億';
const CHINESE_RUN = new RegExp(`[${CHINESE_NUMERAL_CHARS}]+`, 'y');

// Thousands groups only when the first group has 1–3 digits and every later group exactly 3:
// "2020，100%" is a year, a comma and 100%, not 2020100.
const ARABIC = /(?:[0-9０-９]{1,3}(?:[,，][0-9０-９]{3})+(?![0-9０-９])|[0-9０-９]+)(?:[.．][0-9０-９]+)?/y;
const MAGNITUDE = /[十拾百佰千仟]?[万萬亿億]*/y;
const FULLWIDTH_ZERO = 0xff10;
const ASCII_ZERO = 0x30;

/** value of mantissa × 10^exponent, dividing for negative exponents so 0.03 stays 0.03. */
export function decimalValue(d: Decimal): number {
  return d.exponent >= 0 ? d.mantissa * 10 ** d.exponent : d.mantissa / 10 ** -d.exponent;
}

/** The digit a half- or full-width character stands for, or -1. */
function digitOf(code: number): number {
  if (code >= ASCII_ZERO && code <= ASCII_ZERO + 9) return code - ASCII_ZERO;
  if (code >= FULLWIDTH_ZERO && code <= FULLWIDTH_ZERO + 9) return code - FULLWIDTH_ZERO;
  return -1;
}

/** Reads Arabic digits at `pos` (thousands separators and one decimal point included). */
export function readArabic(text: string, pos: number): NumeralReading | null {
  ARABIC.lastIndex = pos;
  if (!ARABIC.test(text)) return null;
  const end = ARABIC.lastIndex;
  let mantissa = 0;
  let exponent = 0;
  let afterPoint = false;
  for (let i = pos; i < end; i++) {
    const d = digitOf(text.charCodeAt(i));
    if (d >= 0) {
      mantissa = mantissa * 10 + d;
      if (afterPoint) exponent--;
    } else if (text[i] === '.' || text[i] === '．') {
      afterPoint = true;
    }
  }
  return { decimal: { mantissa, exponent }, end };
}

/** Reads a magnitude after Arabic digits (1.5万, 3千, 3百万, 2万亿) as a power of ten; 0 when there is none. */
export function readMagnitude(text: string, pos: number): { exponent: number; end: number } {
  MAGNITUDE.lastIndex = pos;
  const m = MAGNITUDE.exec(text);
  let exponent = 0;
  for (const ch of m ? m[0] : '') exponent += SMALL_UNITS.get(ch) ?? LARGE_UNITS.get(ch) ?? 0;
  return { exponent, end: pos + (m ? m[0].length : 0) };
}

/** Reads the run of Chinese numeral characters at `pos`; null when the run is not a well-formed numeral (十四五). */
export function readChinese(text: string, pos: number): { value: number | null; end: number } | null {
  CHINESE_RUN.lastIndex = pos;
  const m = CHINESE_RUN.exec(text);
  if (!m) return null;
  return { value: parseChineseInteger(m[0]), end: pos + m[0].length };
}

/** The integer part of a decimal written in words: digits and 十 百 千 (十二点五), not 万 or 亿. */
const CHINESE_WHOLE_RUN = /[〇零○一壹幺二贰貳两兩三叁參四肆五伍六陆陸七柒八捌九玖十拾百佰千仟]+/y;

/**
 * 一点五万 → 15000, 二点三亿 → 230000000, 十二点五: a decimal written in words, its digits after 点 read one
 * by one, then its magnitude. Null when the text at `pos` is not one.
 */
export function readChineseDecimal(text: string, pos: number): NumeralReading | null {
  CHINESE_WHOLE_RUN.lastIndex = pos;
  const whole = CHINESE_WHOLE_RUN.exec(text);
  if (!whole) return null;
  const point = pos + whole[0].length;
  if (text[point] !== '点' && text[point] !== '點') return null;
  const integer = parsePositional(whole[0]);
  if (integer === null) return null;
  let end = point + 1;
  let fraction = 0;
  while (end < text.length && DIGITS.has(text[end])) fraction = fraction * 10 + DIGITS.get(text[end++])!;
  const places = end - point - 1;
  if (places === 0) return null;
  const magnitude = readMagnitude(text, end);
  return { decimal: { mantissa: integer * 10 ** places + fraction, exponent: magnitude.exponent - places }, end: magnitude.end };
}

/** 二〇二一 → 2021: a run of bare digits is read digit by digit (years, codes). */
function parseDigitByDigit(s: string): number | null {
  let value = 0;
  for (const ch of s) {
    const d = DIGITS.get(ch);
    if (d === undefined) return null;
    value = value * 10 + d;
  }
  return value;
}

/**
 * The positional grammar: digits take the unit after them, 十 百 千 must fall
 * within a 万-section, 零 fills a gap (一百零五), a bare leading 十/百 means one
 * of it (十五, 百分之百), and a trailing digit takes the next lower unit
 * (一万二 = 12000, 两千五 = 2500).
 */
function parsePositional(s: string): number | null {
  let total = 0; // closed 亿/万 sections
  let section = 0; // below 万
  let digit: number | null = null;
  let lastSmall = 4; // exponent of the last 十/百/千 in this section; the next must be lower
  let lastUnit = 0; // exponent of the unit just read, for the abbreviated trailing digit
  let afterZero = false;
  let wanUsed = false;
  for (const ch of s) {
    const d = DIGITS.get(ch);
    if (d !== undefined) {
      if (digit !== null) return null; // 十四五: two digits with no unit between
      if (d === 0) afterZero = true;
      else digit = d;
      continue;
    }
    const small = SMALL_UNITS.get(ch);
    if (small !== undefined) {
      if (small >= lastSmall || (digit === null && section !== 0)) return null;
      section += (digit ?? 1) * 10 ** small;
      digit = null;
      lastSmall = lastUnit = small;
      afterZero = false;
      continue;
    }
    const large = LARGE_UNITS.get(ch);
    if (large === undefined) return null;
    const sectionValue = section + (digit ?? 0);
    if (large === 8) {
      if (sectionValue === 0 && total === 0) return null;
      total = (total + sectionValue) * 1e8; // 一万亿: 亿 multiplies everything before it
      wanUsed = false;
    } else {
      if (sectionValue === 0 || wanUsed) return null;
      total += sectionValue * 1e4;
      wanUsed = true;
    }
    section = 0;
    digit = null;
    lastSmall = 4;
    lastUnit = large;
    afterZero = false;
  }
  if (digit !== null) section += afterZero || lastUnit === 0 ? digit : digit * 10 ** (lastUnit - 1);
  return total + section;
}

/** A Chinese numeral as an integer, or null when it is not one. */
export function parseChineseInteger(s: string): number | null {
  if (s.length === 0) return null;
  if (s.length > 1) {
    const byDigit = parseDigitByDigit(s);
    if (byDigit !== null) return byDigit;
  }
  return parsePositional(s);
}

/** Reads one integer or decimal (Arabic with optional magnitude, or Chinese) that must fill `s`. */
function parseWhole(s: string): number | null {
  const arabic = readArabic(s, 0);
  if (arabic) {
    const magnitude = readMagnitude(s, arabic.end);
    if (magnitude.end !== s.length) return null;
    const d = arabic.decimal;
    return decimalValue({ mantissa: d.mantissa, exponent: d.exponent + magnitude.exponent });
  }
  const chinese = readChinese(s, 0);
  return chinese && chinese.end === s.length ? chinese.value : null;
}

/** Splits "a/b" and "b分之a" into numerator and denominator strings. */
function splitFraction(s: string): [string, string] | null {
  const slash = s.search(/[/／]/);
  if (slash > 0) return [s.slice(0, slash), s.slice(slash + 1)];
  const of = s.indexOf('分之');
  if (of > 0) return [s.slice(of + 2), s.slice(0, of)];
  return null;
}

/**
 * The value of a numeral string, or null: "1,000" → 1000, "３０" → 30,
 * "1.5万" → 15000, "一万二千" → 12000, "壹佰" → 100, "二〇二一" → 2021,
 * "1/3" and "三分之一" → 0.333…. Percent and permille signs are the quantity
 * layer's business, not a numeral's.
 */
export function parseNumeral(s: string): number | null {
  const trimmed = s.trim();
  const fraction = splitFraction(trimmed);
  if (fraction) {
    const numerator = parseWhole(fraction[0]);
    const denominator = parseWhole(fraction[1]);
    return numerator === null || !denominator ? null : numerator / denominator;
  }
  return parseWhole(trimmed);
}

const DIGIT_CHARS = '〇一二三四五六七八九';

/** A whole number below 100 as a section number is written (七, 十二, 二十); larger ones in digits. */
export function formatChineseInteger(value: number): string {
  if (value < 10) return DIGIT_CHARS[value];
  if (value < 100) {
    const tens = Math.floor(value / 10);
    const ones = value % 10;
    return `${tens === 1 ? '' : DIGIT_CHARS[tens]}十${ones === 0 ? '' : DIGIT_CHARS[ones]}`;
  }
  return String(value);
}
