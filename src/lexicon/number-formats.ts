/**
 * Data for Word's list-number formats (w:numFmt): the digit and unit
 * characters each format prints with. The logic lives in read/docx-numbering.ts.
 */

/** One Chinese counting style: ten digits (index 0 = zero) and the units 十 百 千 and 万. */
export interface CjkCountingChars {
  digits: readonly string[];
  /** 十, 百, 千 in this style. */
  units: readonly [string, string, string];
  /** The myriad (10⁴) and 10⁸ units. */
  myriads: readonly [string, string];
  /** Whether 10–19 drop the leading 一 (十一 rather than 一十一), as ordinary counting does. */
  dropLeadingOne: boolean;
}

const LOWER_DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'] as const;

/** chineseCounting, chineseCountingThousand, japaneseCounting: 一 二 … 十 十一 … 一百零一. */
export const CHINESE_COUNTING: CjkCountingChars = {
  digits: LOWER_DIGITS,
  units: ['十', '百', '千'],
  myriads: ['万', '亿'],
  dropLeadingOne: true,
};

/** taiwaneseCounting, taiwaneseCountingThousand: the same digits, traditional myriads. */
export const TAIWANESE_COUNTING: CjkCountingChars = {
  digits: LOWER_DIGITS,
  units: ['十', '百', '千'],
  myriads: ['萬', '億'],
  dropLeadingOne: true,
};

/** chineseLegalSimplified: 壹 贰 叁 … 壹拾. */
export const CHINESE_LEGAL_SIMPLIFIED: CjkCountingChars = {
  digits: ['零', '壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖'],
  units: ['拾', '佰', '仟'],
  myriads: ['万', '亿'],
  dropLeadingOne: false,
};

/** ideographLegalTraditional: 壹 貳 參 … 壹拾. */
export const CHINESE_LEGAL_TRADITIONAL: CjkCountingChars = {
  digits: ['零', '壹', '貳', '參', '肆', '伍', '陸', '柒', '捌', '玖'],
  units: ['拾', '佰', '仟'],
  myriads: ['萬', '億'],
  dropLeadingOne: false,
};

/** ideographDigital, taiwaneseDigital, japaneseDigitalTenThousand: digit by digit (一〇 for 10). */
export const IDEOGRAPH_DIGITS: readonly string[] = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** ideographTraditional: the ten Heavenly Stems 甲 乙 丙 …. */
export const HEAVENLY_STEMS: readonly string[] = ['甲', '乙', '丙', '丁', '戊', '己', '庚', '辛', '壬', '癸'];

/** ideographZodiac: the twelve Earthly Branches 子 丑 寅 …. */
export const EARTHLY_BRANCHES: readonly string[] = ['子', '丑', '寅', '卯', '辰', '巳', '午', '未', '申', '酉', '戌', '亥'];

/** A run of enclosed-number characters: numbers first..last map to codePoint + (n - first). */
export interface EnclosedRange {
  first: number;
  last: number;
  codePoint: number;
}

/** decimalEnclosedCircle (and …Chinese): ① … ⑳, ㉑ … ㉟, ㊱ … ㊿. */
export const ENCLOSED_CIRCLE: readonly EnclosedRange[] = [
  { first: 1, last: 20, codePoint: 0x2460 },
  { first: 21, last: 35, codePoint: 0x3251 },
  { first: 36, last: 50, codePoint: 0x32b1 },
];

/** decimalEnclosedParen: ⑴ … ⒇. */
export const ENCLOSED_PAREN: readonly EnclosedRange[] = [{ first: 1, last: 20, codePoint: 0x2474 }];

/** decimalEnclosedFullstop: ⒈ … ⒛. */
export const ENCLOSED_FULLSTOP: readonly EnclosedRange[] = [{ first: 1, last: 20, codePoint: 0x2488 }];

/** ideographEnclosedCircle: ㈠ … ㈩. */
export const IDEOGRAPH_ENCLOSED: readonly EnclosedRange[] = [{ first: 1, last: 10, codePoint: 0x3220 }];

/** Roman numerals, largest first. */
export const ROMAN: readonly (readonly [number, string])[] = [
  [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
  [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
];

/**
 * Bullets that Word writes as Symbol/Wingdings private-use characters
 * (U+F0xx), mapped to the Unicode character they print as.
 */
export const SYMBOL_FONT_BULLETS: ReadonlyMap<number, string> = new Map([
  [0xf0b7, '•'], [0xf06c, '●'], [0xf0a7, '▪'], [0xf06e, '■'], [0xf075, '◆'], [0xf076, '❖'],
  [0xf0d8, '➢'], [0xf0fc, '✓'], [0xf071, '❑'], [0xf06f, '□'], [0xf0a8, '◆'], [0xf0b2, '◇'],
  [0xf0e8, '➔'], [0xf0f0, '⇨'], [0xf0aa, '★'], [0xf0ab, '☆'], [0xf09f, '•'], [0xf0a1, '○'],
]);
