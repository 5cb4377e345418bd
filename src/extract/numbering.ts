/**
 * The hierarchy markers of Chinese official documents (GB/T 9704: 一、 →
 * （一） → 1. → （1）), their variants in the wild (1、, (一), ①, 第一条) and
 * label blocks such as 整改项目3：. Pure: a line in, a label out.
 */

import { parseChineseInteger } from '../text/numeral.js';
import { asciiDigits } from '../text/digits.js';

export type NumberingStyle =
  | 'article' // 第一条 / 第一章 / 第一部分
  | 'cn-dun' // 一、
  | 'cn-paren' // （一）
  | 'ar-dot' // 1.
  | 'ar-dun' // 1、
  | 'ar-paren' // （1）
  | 'ar-half-paren' // 1）
  | 'circled' // ①
  | 'bullet' // • ● ◆ ■ (a list without numbers: minutes, 裁示事项)
  | 'label' // 整改项目1：, 第一阶段：
  | 'row'; // 3 某社区… (a table row's 序号 cell a page flattened before the row's text)

export interface NumberLabel {
  style: NumberingStyle;
  /** The label as written, with its punctuation: "（一）", "1.", "整改項目5:". */
  label: string;
  /** The number it stands for: 一 → 1, ③ → 3. */
  value: number;
  /** The label without punctuation, as a task number: "一", "1", "整改項目5". */
  number: string;
  /** The text after the label. */
  rest: string;
}

/** Conventional depth of each style, for numbering-style checks and ordering. */
export const STYLE_RANK: Readonly<Record<NumberingStyle, number>> = {
  article: 0,
  'cn-dun': 1,
  'cn-paren': 2,
  'ar-dot': 3,
  'ar-dun': 3,
  label: 3,
  'ar-paren': 4,
  'ar-half-paren': 4,
  circled: 5,
  bullet: 6,
  row: 3,
};

const CN_DIGITS = '〇零一二三四五六七八九十百两';
const CN = `[${CN_DIGITS}]{1,4}`;
const AR = '[0-9０-９]{1,3}';
/** A mark some plans put after an item's number to flag it (1*.开展…, 2★、…: a key or a new item): the number is the label. */
const KEY_MARK = '[*＊★※]';
const LABEL_WORDS = '整改项目|整改項目|整改问题|整改問題|项目|項目|任务|任務|问题|問題|事项|事項|措施|目标|目標';

const PATTERNS: ReadonlyArray<readonly [NumberingStyle, RegExp]> = [
  ['article', new RegExp(`^(第\\s*(${CN}|${AR})\\s*(?:条|條|章|节|節|部分))[\\s\\u3000]*`)],
  ['label', new RegExp(`^((?:${LABEL_WORDS})\\s*(${CN}|${AR}))\\s*[:：、.．]?[\\s\\u3000]*`)],
  // A plan's phases (实施步骤: 第一阶段：动员部署…, 第二阶段…) name its items as 整改项目3 does.
  ['label', new RegExp(`^(第\\s*(${CN}|${AR})\\s*(?:阶段|階段))\\s*[:：、.．]?[\\s\\u3000]*`)],
  ['cn-dun', new RegExp(`^((${CN})\\s*[、，,．.])[\\s\\u3000]*`)],
  ['cn-paren', new RegExp(`^([（(]\\s*(${CN})\\s*[）)])[\\s\\u3000]*`)],
  ['ar-paren', new RegExp(`^([（(]\\s*(${AR})\\s*[）)])[\\s\\u3000]*`)],
  // "4.2024年底前完成…" is item 4 whose text opens with its deadline: no decimal runs into 年底/年6月. A title
  // after the number ("1.2025年县重点工作任务清单") stays as it was, an attachment list's line.
  // So is "1.3月底前，完成…": item 1 opening with its month (a decimal is no month: 1.3个月).
  ['ar-dot', new RegExp(`^((${AR})\\s*(?:${KEY_MARK}\\s*)?[.．](?:(?![0-9０-９])|(?=(?:19|20)[0-9]{2}年(?:底|内|末|前|[0-9０-９]{1,2}月|[上下]半年|第?[一二三四]季度|[，,]|起|启动|开始|开工|建成|完成|实现|全面|基本|力争|争取|新增|累计))|(?=(?:1[0-2]|0?[1-9])月(?:底|末|份|初|中|上旬|中旬|下旬|前|[0-9]{1,2}日))))[\\s\\u3000]*`)],
  // "6、98年元旦…" is item 6; after a comma digits go on a number ("1,000").
  ['ar-dun', new RegExp(`^((${AR})\\s*(?:${KEY_MARK}\\s*)?(?:、|[，,](?![0-9０-９])))[\\s\\u3000]*`)],
  ['ar-half-paren', new RegExp(`^((${AR})\\s*[）)])[\\s\\u3000]*`)],
  ['circled', /^(([①-⑳㉑-㉟]))[\s\u3000]*/],
];

/** List bullets: items of an unnumbered list, each one as much an item as a numbered one. */
/**
 * Bullet marks; a hyphen or a middle dot is one before a space ("- 约600个黑点…", as pages write <li>) or
 * right before Chinese ("-新建公厕300座", "·开展清洁行动"), never before a digit (-5℃).
 */
const BULLET = /^(?:([•●◆◇■□▪▫◎★☆►▶➢✓√▲△])[\s\u3000]*|([-–·])(?:[\s\u3000]+|(?=[\u4e00-\u9fff“])))/;

/**
 * What every label starts with: 第, a bracket, a digit, a Chinese numeral, a
 * circled number or the head of a label word. Prose lines fail this one test
 * instead of every pattern.
 */
const LABEL_START = new RegExp(`^[第（(0-9０-９①-⑳㉑-㉟${CN_DIGITS}${[...new Set(LABEL_WORDS.split('|').map((w) => w[0]))].join('')}]`);

/**
 * A number and a space before the text ("3 某社区…"): how a page flattens a
 * table row whose 序号 cell stood apart. Alone it is no label (2 个, 3 月底前
 * wrap that way too): only rows that count up in a document are read so, by the
 * outline. The text after the space opens with a Chinese character.
 */
const ROW_NUMBER = /^([0-9０-９]{1,3})[ \t\u3000]+(?=[\u4e00-\u9fff])/;

export function rowNumberLabel(line: string): NumberLabel | null {
  const match = ROW_NUMBER.exec(line);
  if (!match) return null;
  const value = numeralValue(match[1]);
  if (value === null || value === 0) return null;
  return { style: 'row', label: match[0], value, number: String(value), rest: line.slice(match[0].length) };
}

/** A short Latin term (PM2.5, GDP, 5G) and then Chinese: an item's words, not a file name. */
const LATIN_TERM_OPENING = /^[A-Za-z][A-Za-z0-9.+-]{0,11}[\s\u3000]*[\u4e00-\u9fff]/;

/** Read the numbering label at the start of a line, or null when it has none. */
export function parseNumberLabel(line: string): NumberLabel | null {
  const bullet = BULLET.exec(line);
  if (bullet && line.length > bullet[0].length) return { style: 'bullet', label: bullet[1] ?? bullet[2], value: 1, number: '', rest: line.slice(bullet[0].length) };
  if (!LABEL_START.test(line)) return null;
  for (const [style, pattern] of PATTERNS) {
    const match = pattern.exec(line);
    if (!match) continue;
    const value = numeralValue(match[2]);
    if (value === null || value === 0) continue;
    const rest = line.slice(match[0].length);
    // "一是…", "十九大" and "2018年" are words, not labels: a label must be followed by text.
    if (rest.length === 0 && style !== 'label') continue;
    // "640.webp.jpg": a file name, not an item; an item may open with a Latin term before its Chinese (1.PM2.5浓度…, 2.GDP增长…).
    if ((style === 'ar-dot' || style === 'ar-dun') && /^[A-Za-z]/.test(rest) && !LATIN_TERM_OPENING.test(rest)) continue;
    const label = match[1];
    const number = style === 'label' ? label.replace(/\s+/g, '') : match[2];
    return { style, label, value, number, rest };
  }
  return null;
}

const CIRCLED_START = '①'.codePointAt(0)!;
const CIRCLED_21 = '㉑'.codePointAt(0)!;

/** The value of a label's numeral: Arabic (half or full width), Chinese up to 百, or circled. */
export function numeralValue(text: string): number | null {
  const ascii = asciiDigits(text);
  if (/^\d+$/.test(ascii)) return Number(ascii);
  const cp = text.codePointAt(0)!;
  if (cp >= CIRCLED_START && cp < CIRCLED_START + 20) return cp - CIRCLED_START + 1;
  if (cp >= CIRCLED_21 && cp < CIRCLED_21 + 15) return cp - CIRCLED_21 + 21;
  return parseChineseInteger(text);
}

