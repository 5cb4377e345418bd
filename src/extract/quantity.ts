/**
 * Quantitative targets in running text: number + unit, normalised to the unit
 * without its multiplier (4万册 → 40000 册), with the qualifier around it as a
 * comparator (不少于100人, 100人以上 → >= 100 人). One left-to-right scan; at
 * each numeral the reader looks a few characters back (qualifier, 第, 每) and
 * forward (magnitude, unit, 以上).
 */
import type { Comparator, Dimension, Target } from '../model/plan.js';
import { foldToSimplified } from '../lexicon/hant.js';
import {
  BASELINE_OPENERS,
  CHANGE_TO_VERBS,
  CODE_SEPARATORS,
  DONE_VERBS,
  COMPARATOR_ADVERBS,
  COMPARATOR_PREFIXES,
  COMPARATOR_SUFFIXES,
  MORE_THAN_INFIXES,
  NOT_QUANTITY_BEFORE,
  NOT_UNITS,
  PER_WORDS,
  PRESENT_STATE_OPENERS,
  QUALIFIER_FILLERS,
  RANGE_SEPARATORS,
  STANDING_DUTY_WORDS,
  UNIT_GROUPS,
  VAGUE_BEFORE_CHINESE,
} from '../lexicon/units.js';
import { type Decimal, decimalValue, readArabic, readChinese, readChineseDecimal, readMagnitude } from '../text/numeral.js';
import { longestAt, longestBefore, wordTable } from './word-table.js';
import { stripGlosses } from './gloss.js';
import { copyWith } from '../text/objects.js';

export type QuantityMatch = Target & { index: number };

interface UnitDef {
  unit: string;
  dimension: Dimension;
  toBase?: number;
}

/** What a unit string means: reported unit, dimension, factor from the written magnitude (万元 → 10000). */
export interface ResolvedUnit extends UnitDef {
  factor: number;
}

// A null entry marks a word that merely starts like a unit (个月, 部门).
const UNITS = wordTable<UnitDef | null>([
  ...UNIT_GROUPS.flatMap((group) =>
    group.aliases.map((alias) => [alias, { unit: group.unit ?? alias, dimension: group.dimension, toBase: group.toBase }] as const),
  ),
  ...NOT_UNITS.map((word) => [word, null] as const),
]);
const PER = wordTable<string>([
  ...PER_WORDS.map((w) => [w, w] as const),
  ...[...UNITS.words].flatMap(([alias, def]) => (def ? [[alias, def.unit] as const] : [])),
]);
const PREFIXES = wordTable(COMPARATOR_PREFIXES);
const SUFFIXES = wordTable(COMPARATOR_SUFFIXES);
const ADVERBS = wordTable(COMPARATOR_ADVERBS);
const INFIXES = new Set(MORE_THAN_INFIXES);
const NOT_BEFORE = new Set(NOT_QUANTITY_BEFORE);
const VAGUE_BEFORE = new Set(VAGUE_BEFORE_CHINESE);
const CODE_SEPS = new Set(CODE_SEPARATORS);
const RANGE_SEPS = new Set(RANGE_SEPARATORS);

const FILLERS = [...QUALIFIER_FILLERS].sort((a, b) => b.length - a.length);
/** How many characters of verb may stand between an adverb and its number (至少配备1名). */
const ADVERB_REACH = 4;
const HAN = /\p{Script=Han}/u;

// Where a numeral may start. Chinese numerals start with a digit or 十 (百姓, 千方百计, 万一 are words);
// 百/千/万 start only 百分之, 千分之, 万分之. A lookup table scans ~8× faster than a regex here.
const NUMERAL_HEADS = '0123456789０１２３４５６７８９〇零一二三四五六七八九十两兩壹贰貳叁參肆伍陆陸柒捌玖拾';
const PERCENT_WORD_HEADS = '百千万萬';
const BARE_MAGNITUDES: ReadonlyMap<string, number> = new Map([['百', 2], ['千', 3], ['万', 4], ['萬', 4]]);
const CANDIDATE = new Uint8Array(0x10000);
for (const ch of NUMERAL_HEADS + PERCENT_WORD_HEADS) CANDIDATE[ch.charCodeAt(0)] = 1;
const DIGIT = /[0-9０-９]/;
const ASCII_LETTER = /[A-Za-z]/;
const ASCII_WORD_CHAR = /[A-Za-z0-9]/;
/** Chinese numerals below this are ordinary words (一次, 六個鄉鎮, 三级); 二十个 and 三百人 are targets. */
const CHINESE_MIN = 10;
const FRACTION_DECIMALS = 4;

/** A number as read at one position, before its unit. */
interface Numeral {
  start: number;
  end: number;
  decimal: Decimal;
  chinese: boolean;
  /** Set when the numeral is itself a ratio (1/3, 三分之一, 百分之三十): no unit follows. */
  ratio?: { value: number; unit: string };
}

/** A numeral with its unit: the value is already scaled by the magnitude. */
interface Measure {
  start: number;
  end: number;
  value: number;
  unit: string;
  dimension: Dimension;
  comparator: Comparator;
  /** The power of ten written after the number (万 = 4); a range's bare lower bound borrows it (3-5万元). */
  exponent: number;
}

/** Spaces a clerk may put between number, unit and qualifier: ASCII, no-break and ideographic. */
function isSpace(ch: string | undefined): boolean {
  return ch === ' ' || ch === '\u00a0' || ch === '\u3000';
}

function skipSpaces(text: string, pos: number): number {
  while (isSpace(text[pos])) pos++;
  return pos;
}

function skipSpacesBack(text: string, pos: number): number {
  while (pos > 0 && isSpace(text[pos - 1])) pos--;
  return pos;
}

/** A unit alias at `pos`; ASCII aliases must end a word (5m but not 5min). undefined = none, null = a NOT_UNITS word. */
function unitAt(text: string, pos: number): { def: UnitDef | null; end: number } | undefined {
  const hit = longestAt(UNITS, text, pos) ?? asciiUnitAt(text, pos);
  if (!hit) return undefined;
  const end = pos + hit[0].length;
  if (ASCII_LETTER.test(hit[0][0]) && end < text.length && ASCII_WORD_CHAR.test(text[end])) return undefined;
  return { def: hit[1], end };
}

/** KM, M2: ASCII symbols typed in upper case. A lone M is left alone: 100M宽带 is bandwidth, not metres. */
function asciiUnitAt(text: string, pos: number): [string, UnitDef | null] | null {
  if (!ASCII_LETTER.test(text[pos] ?? '')) return null;
  const hit = longestAt(UNITS, text.slice(pos, pos + UNITS.max).toLowerCase(), 0);
  return hit && hit[0].length > 1 ? hit : null;
}

/** The numeral at `start` (a CANDIDATE character), or where to resume when there is none. */
function readNumeral(text: string, start: number): Numeral | number {
  if (PERCENT_WORD_HEADS.includes(text[start])) {
    if (text.startsWith('分之', start + 1)) return readPercentWord(text, start);
    // 百余家, 千余人, 万余人次: a bare hundred, thousand or ten thousand and more.
    const more = MORE_THAN_INFIXES.includes(text[start + 1] ?? '') ? BARE_MAGNITUDES.get(text[start]) : undefined;
    return more === undefined ? start + 1 : { start, end: start + 1, decimal: { mantissa: 10 ** more, exponent: 0 }, chinese: true };
  }
  const arabic = readArabic(text, start);
  if (arabic) {
    const grouped = spaceGrouped(text, start, arabic.end);
    const numeral: Numeral = grouped ? { start, end: grouped.end, decimal: grouped.decimal, chinese: false } : { start, end: arabic.end, decimal: arabic.decimal, chinese: false };
    return readFraction(text, numeral) ?? numeral;
  }
  const spelled = readChineseDecimal(text, start);
  if (spelled) return { start, end: spelled.end, decimal: spelled.decimal, chinese: true };
  const chinese = readChinese(text, start);
  if (!chinese) return start + 1;
  if (chinese.value === null) return chinese.end;
  const numeral: Numeral = { start, end: chinese.end, decimal: { mantissa: chinese.value, exponent: 0 }, chinese: true };
  return readFraction(text, numeral) ?? numeral;
}

/** The spaces that group thousands (23 000): a plain, a no-break or a thin space. */
const GROUP_SPACES = ' \u00a0\u2009\u202f';
const THREE_DIGITS = /^[0-9]{3}(?![0-9])/;

/**
 * 23 000平方米, 72 000 個: Hong Kong and Macau group thousands with a space. Read as one number only when the first
 * group has two or three digits, every later group exactly three, and no magnitude follows (12 300万元 is more
 * likely a row's number and its amount, flattened).
 */
function spaceGrouped(text: string, start: number, end: number): { decimal: Decimal; end: number } | null {
  if (end - start < 2 || end - start > 3 || !GROUP_SPACES.includes(text[end] ?? '_') || !THREE_DIGITS.test(text.slice(end + 1, end + 5))) return null;
  if (DIGIT.test(text[start - 1] ?? '') || text[start - 1] === '.') return null;
  let mantissa = Number(text.slice(start, end));
  let at = end;
  while (GROUP_SPACES.includes(text[at] ?? '_') && THREE_DIGITS.test(text.slice(at + 1, at + 5))) {
    mantissa = mantissa * 1000 + Number(text.slice(at + 1, at + 4));
    at += 4;
  }
  if (text[at] === '.' || BARE_MAGNITUDES.has(text[skipSpaces(text, at)] ?? '') || '亿億'.includes(text[skipSpaces(text, at)] ?? '_')) return null;
  return { decimal: { mantissa, exponent: 0 }, end: at };
}

/** 百分之三十 → 30 %, 千分之三 → 3 ‰, 万分之五 → 0.0005. */
function readPercentWord(text: string, start: number): Numeral | number {
  const afterOf = start + 3;
  const part = readPart(text, afterOf);
  if (!part) return afterOf;
  const numeral: Numeral = { start, end: part.end, decimal: part.decimal, chinese: true };
  const value = decimalValue(part.decimal);
  const kind = text[start];
  if (kind === '百') numeral.ratio = { value, unit: '%' };
  else if (kind === '千') numeral.ratio = { value, unit: '‰' };
  else numeral.ratio = { value: round(value / 10_000, 8), unit: '' };
  return numeral;
}

/** A plain Arabic or Chinese number (the parts of a fraction). */
function readPart(text: string, pos: number): { decimal: Decimal; end: number } | null {
  const arabic = readArabic(text, pos);
  if (arabic) return arabic;
  const chinese = readChinese(text, pos);
  return chinese && chinese.value !== null ? { decimal: { mantissa: chinese.value, exponent: 0 }, end: chinese.end } : null;
}

/**
 * 1/3 and 三分之一 as a ratio. A slash fraction must be proper and not continue
 * (2018/3/10 is a date); the value is rounded as annotators write it (0.3333).
 */
function readFraction(text: string, numeral: Numeral): Numeral | null {
  const { end } = numeral;
  let numerator: number;
  let denominator: number;
  let fractionEnd: number;
  if (!numeral.chinese && (text[end] === '/' || text[end] === '／')) {
    const below = readArabic(text, end + 1);
    if (!below || CODE_SEPS.has(text[below.end] ?? '')) return null;
    numerator = decimalValue(numeral.decimal);
    denominator = decimalValue(below.decimal);
    if (!(numerator > 0 && numerator < denominator)) return null;
    fractionEnd = below.end;
  } else if (text.startsWith('分之', end)) {
    const above = readPart(text, end + 2);
    if (!above) return null;
    numerator = decimalValue(above.decimal);
    denominator = decimalValue(numeral.decimal);
    if (denominator === 0) return null;
    fractionEnd = above.end;
  } else {
    return null;
  }
  return copyWith(numeral, { end: fractionEnd, ratio: { value: round(numerator / denominator, FRACTION_DECIMALS), unit: '' } });
}

function round(value: number, decimals: number): number {
  const scale = 10 ** decimals;
  return Math.round(value * scale) / scale;
}

/** Whether what stands right before the numeral makes it no quantity: 第3批, 每1000人, 数十个, 9·20, O2O. */
function excludedByContext(text: string, numeral: Numeral): boolean {
  const before = text[numeral.start - 1] ?? '';
  if (ASCII_LETTER.test(before)) return true;
  if (CODE_SEPS.has(before) && DIGIT.test(text[numeral.start - 2] ?? '')) return true;
  const word = text[skipSpacesBack(text, numeral.start) - 1] ?? '';
  return NOT_BEFORE.has(word) || (numeral.chinese && VAGUE_BEFORE.has(word));
}

/**
 * The unit after a numeral: optional 余/多, magnitude (万, 亿), 余/多 again,
 * the unit, and a compound denominator (人/个). null when no unit follows.
 */
function readUnit(text: string, numeral: Numeral): Omit<Measure, 'comparator'> & { more: boolean } | null {
  let pos = skipSpaces(text, numeral.end);
  let more = false;
  let exponent = 0;
  if (INFIXES.has(text[pos])) {
    more = true;
    pos++;
  }
  // 3千米 is 3 公里: a unit that begins with a magnitude character wins over the magnitude.
  if (!unitAt(text, pos)) {
    const magnitude = readMagnitude(text, pos);
    exponent = magnitude.exponent;
    pos = magnitude.end;
    if (!more && INFIXES.has(text[pos])) {
      more = true;
      pos++;
    }
  }
  const unit = unitAt(text, pos);
  if (!unit?.def) return null;
  let { unit: name, dimension } = unit.def;
  let end = unit.end;
  const slash = text[end];
  if (slash === '/' || slash === '／') {
    const per = longestAt(PER, text, end + 1);
    if (per) {
      name = `${name}/${per[1]}`;
      dimension = 'compound';
      end += 1 + per[0].length;
    }
  }
  const d = numeral.decimal;
  const value = decimalValue({ mantissa: d.mantissa, exponent: d.exponent + exponent });
  return { start: numeral.start, end, value, unit: name, dimension, exponent, more };
}

/** The comparator written before the number (不少于, 约), looking past 达到 (至少达到100人). */
function prefixComparator(text: string, start: number): Comparator | undefined {
  const end = skipSpacesBack(text, start);
  const direct = longestBefore(PREFIXES, text, end);
  if (direct) return direct;
  const filler = FILLERS.find((f) => text.endsWith(f, end));
  const afterFiller = filler ? longestBefore(PREFIXES, text, end - filler.length) : undefined;
  return afterFiller ?? adverbComparator(text, end);
}

/** 至少 + a short verb + the number; the gap holds only Han characters, so no clause boundary is crossed. */
function adverbComparator(text: string, end: number): Comparator | undefined {
  for (let gap = 1; gap <= ADVERB_REACH && gap < end; gap++) {
    if (!HAN.test(text[end - gap])) return undefined;
    const adverb = longestBefore(ADVERBS, text, end - gap);
    if (adverb) return adverb;
  }
  return undefined;
}

/** The comparator written after the unit (以上, 左右). */
function suffixComparator(text: string, end: number): Comparator | undefined {
  return longestAt(SUFFIXES, text, skipSpaces(text, end))?.[1];
}

/** What is written after the number says more than what is written before it: 达到100人以上 is >=. */
function comparatorOf(text: string, start: number, end: number, more: boolean): Comparator {
  return suffixComparator(text, end) ?? (more ? '>' : undefined) ?? prefixComparator(text, start) ?? '=';
}

function toMatch(text: string, m: Measure, textStart = m.start, textEnd = m.end): QuantityMatch {
  return {
    text: text.slice(textStart, textEnd),
    value: m.value,
    unit: m.unit,
    dimension: m.dimension,
    comparator: m.comparator,
    index: textStart,
  };
}

/** A ratio numeral (1/3, 百分之三十) as a measure. */
function ratioMeasure(text: string, numeral: Numeral): Measure {
  const ratio = numeral.ratio as { value: number; unit: string };
  return {
    start: numeral.start,
    end: numeral.end,
    value: ratio.value,
    unit: ratio.unit,
    dimension: 'ratio',
    comparator: comparatorOf(text, numeral.start, numeral.end, false),
    exponent: 0,
  };
}

/** The numeral at `pos` with its unit, without looking at what stands before it. */
function measureAt(text: string, numeral: Numeral): Measure | null {
  if (numeral.ratio) return ratioMeasure(text, numeral);
  const unit = readUnit(text, numeral);
  if (!unit) return null;
  return copyWith(unit, { comparator: comparatorOf(text, numeral.start, unit.end, unit.more) });
}

/** After a range mark (30-40%, 3至5个), the second half; null when none stands there. */
function rangeEnd(text: string, pos: number): Measure | null {
  if (!RANGE_SEPS.has(text[pos])) return null;
  let next = pos + 1;
  if (text[next] === text[pos]) next++; // ―― and —— are one mark
  next = skipSpaces(text, next);
  const numeral = readNumeral(text, next);
  return typeof numeral === 'number' ? null : measureAt(text, numeral);
}

/**
 * A range's two bounds: the lower one takes the upper one's unit and magnitude
 * when it has none (30-40%, 3-5万元); both report the whole range as their text.
 */
function rangeMatches(text: string, lower: Measure | Numeral, upper: Measure): QuantityMatch[] | null {
  let low: Measure;
  if ('unit' in lower) {
    if (lower.unit !== upper.unit) return null;
    low = lower;
  } else {
    if (lower.ratio) return null;
    const d = lower.decimal;
    low = copyWith(upper, { start: lower.start, value: decimalValue({ mantissa: d.mantissa, exponent: d.exponent + upper.exponent }) });
  }
  return [
    toMatch(text, copyWith(low, { comparator: '>=' }), low.start, upper.end),
    toMatch(text, copyWith(upper, { comparator: '<=' }), low.start, upper.end),
  ];
}

/** The targets that start at a CANDIDATE match, and where scanning resumes. */
function quantitiesAt(text: string, start: number): { targets: QuantityMatch[]; resume: number } {
  const numeral = readNumeral(text, start);
  if (typeof numeral === 'number') return { targets: [], resume: numeral };
  const none = { targets: [], resume: numeral.end };
  if (isSmallChineseCount(numeral) || excludedByContext(text, numeral)) return none;
  const measure = measureAt(text, numeral);
  const upper = rangeEnd(text, measure ? measure.end : numeral.end);
  const range = upper && rangeMatches(text, measure ?? numeral, upper);
  if (range) return { targets: range, resume: upper.end };
  if (!measure) return none;
  return { targets: [toMatch(text, measure)], resume: measure.end };
}

/** 一次, 六個鄉鎮, 三级: a Chinese numeral below ten is an ordinary word, never a target (nor a range's lower bound). */
function isSmallChineseCount(numeral: Numeral): boolean {
  return numeral.chinese && !numeral.ratio && numeral.decimal.mantissa < CHINESE_MIN;
}

/** A quoted name is not a commitment: “新十条”, “六稳”, 《…2016—2020年…》. Longer quotes are speech, read as text. */
const MAX_QUOTED_NAME = 20;
const QUOTES: ReadonlyArray<readonly [string, string]> = [['“', '”'], ['‘', '’'], ['「', '」'], ['《', '》']];

/** Spans of short quoted names in `text` ([open, close] index pairs, in order). */
function quotedNames(text: string): number[] {
  const spans: number[] = [];
  for (const [open, close] of QUOTES) {
    for (let k = text.indexOf(open); k >= 0; k = text.indexOf(open, k + 1)) {
      const end = text.indexOf(close, k + 1);
      if (end < 0) break;
      if (end - k <= MAX_QUOTED_NAME) spans.push(k, end);
    }
  }
  if (spans.length <= 2) return spans;
  const pairs: Array<[number, number]> = [];
  for (let k = 0; k < spans.length; k += 2) pairs.push([spans[k], spans[k + 1]]);
  return pairs.sort((a, b) => a[0] - b[0]).flat();
}

/**
 * Spans [from, to) of baselines: "从574元、271元分别提高到609元、300元" —
 * from 从/由 to the change verb, within one clause, stands what is now, not
 * what is promised.
 */
const BASELINE = new RegExp(`[${BASELINE_OPENERS.join('')}]([^，,。；;！？]{1,40}?)(?:分别)?(?:${CHANGE_TO_VERBS.join('|')})(?:到|至)`, 'g');

/**
 * "在完成首批45项的基础上，再完成10项": what the work builds on (在…基础上) is done or given, not promised:
 * its quantities are no targets. Start and end offsets, in pairs. Simplified; fold first.
 */
const ON_GROUND = /在[^。；;，,！？]{1,80}?基础上/g;

function groundSpans(text: string): number[] {
  if (!text.includes('基础上')) return [];
  const spans: number[] = [];
  for (const m of text.matchAll(ON_GROUND)) spans.push(m.index, m.index + m[0].length);
  return spans;
}

function baselineSpans(text: string): number[] {
  if (!text.includes('到') && !text.includes('至')) return [];
  const spans: number[] = [];
  for (const m of text.matchAll(BASELINE)) spans.push(m.index, m.index + 1 + m[1].length);
  return spans;
}

/** Every quantitative target in running text, in order, each with the offset of its text. */
export function findQuantities(text: string): QuantityMatch[] {
  // The words around a quantity are read in simplified script (folding keeps every index).
  const folded = foldToSimplified(text);
  const baselines = [...baselineSpans(folded), ...groundSpans(folded)];
  const found = findAllQuantities(text).filter((m) => !isScope(folded, m));
  if (baselines.length === 0) return found;
  return found.filter((m) => !baselines.some((_, k) => k % 2 === 0 && m.index >= baselines[k] && m.index < baselines[k + 1]));
}

/**
 * "6亩以下的土地", "100万元以内（含）的项目": an upper bound before 的 says which
 * things, not how many to do (建成3个以上的示范村 is a promise: only 以下/以内 bound a scope).
 */
const SCOPE_BOUND = /(?:及以下|以下|以内)$/;
const SCOPE_AFTER = /^\s*(?:及以下|以下|以内)\s*(?:[（(][^（）()]{0,20}[)）])?的/;
const SCOPE_AFTER_BOUND = /^\s*(?:[（(][^（）()]{0,20}[)）])?的/;
/** "(不含6亩)", "（含3个乡镇）": what a scope leaves out or takes in. */
const SCOPE_NOTE_BEFORE = /[（(](?:不含|不包括|含|包括)\s*$/;

/** "向北30米处": a distance before 处 says where, not how much (整治5处 counts places: its unit is 处). */
const PLACE_AFTER_DISTANCE = /^(?:米|公里|千米)$/;

/** "按照4000元/平方米的标准补偿": a rate a standard sets, not a quantity promised. */
const STANDARD_AFTER = /^\s*的?(?:标准|標準)/;

/**
 * "“十四五”规划102项重大工程", "《纲要》确定的20项任务": a count that a cited plan
 * makes describes that plan, not what this one promises (完成专项规划10项 does promise:
 * the plan there is unnamed, the thing counted).
 */
const CITED_PLAN_BEFORE = /(?:”(?:规划|计划|纲要|方案)|》|规划纲要)(?:中|里)?(?:(?:确定|明确|提出|部署|列出|谋划|安排)的)?\s*$/;

const CLAUSE_STOPS = /[，,。；;！？!?\n]/;
const PRESENT_OPENING = new RegExp(`^\\s*(?:${PRESENT_STATE_OPENERS.join('|')})`);
const DONE_BEFORE = new RegExp(DONE_VERBS.join('|'));
/** How far back a clause is looked at for the words that make it a report. */
const MAX_CLAUSE_BEFORE = 40;

/** Does the quantity at `index` stand in a clause telling where things stand, not what is promised? */
function statesPresent(text: string, index: number): boolean {
  let start = index;
  while (start > 0 && index - start < MAX_CLAUSE_BEFORE && !CLAUSE_STOPS.test(text[start - 1])) start--;
  const before = text.slice(start, index);
  return PRESENT_OPENING.test(before) || DONE_BEFORE.test(before);
}

/** "实行24小时值班", "24小时在线服务": hours that name a standing duty's span (see STANDING_DUTY_WORDS). */
const STANDING_DUTY_AFTER = new RegExp(`^\\s*(?:${STANDING_DUTY_WORDS.join('|')})`);

function isStandingDuty(text: string, match: QuantityMatch, end: number): boolean {
  // The unit's last character stays in front: a gloss (小時(shí)) is known by the character it follows.
  return match.dimension === 'time' && STANDING_DUTY_AFTER.test(foldToSimplified(stripGlosses(text.slice(end - 1, end + 16))).slice(1));
}

/**
 * "对年营收1000万元以上企业给予奖励", "针对10亿元以上重大项目": a bound in a clause opened by 对/针对 names which
 * things a measure covers, not how many to do (the sum 给予 gives, after its verb, is still read).
 */
const COVERS_OPENING = /^\s*(?:对于|针对|对)/;
const COVERS_VERBS = /给予|奖励|补助|补贴|安排|达到|完成|建成|新增/;
const BOUND_AFTER = /^\s*(?:及以上|以上|及以下|以下|以内)/;

/**
 * "推进占地300亩的某产业园建设": the ground a thing stands on, given before 的 as the thing's attribute,
 * says which thing, not how much to do (新增用地300亩 is a promise: no 的 follows it).
 */
const FOOTPRINT_BEFORE = /(?:占地|占地面积|规划面积|规划占地)(?:约|近|超|逾|达|为)?\s*$/;
const ATTRIBUTE_AFTER = /^\s*(?:左右|以上|余)?\s*的/;

function describesThing(text: string, index: number, end: number): boolean {
  const before = text.slice(Math.max(0, index - 8), index);
  return (before.includes('地') || before.includes('面积')) && FOOTPRINT_BEFORE.test(before) && ATTRIBUTE_AFTER.test(text.slice(end, end + 4));
}

/** "对排名前10位的项目给予奖补": a rank that picks which things (前N位的, 前N名的) is no target; 进入前3位 is one. */
const RANK_UNITS: ReadonlySet<string> = new Set(['位', '名']);

function boundsCovered(text: string, index: number, end: number): boolean {
  if (!BOUND_AFTER.test(text.slice(end, end + 4))) return false;
  let start = index;
  while (start > 0 && index - start < MAX_CLAUSE_BEFORE && !CLAUSE_STOPS.test(text[start - 1])) start--;
  const before = text.slice(start, index);
  return COVERS_OPENING.test(before) && !COVERS_VERBS.test(before);
}

function isScope(text: string, match: QuantityMatch): boolean {
  if (statesPresent(text, match.index)) return true;
  if (CITED_PLAN_BEFORE.test(text.slice(Math.max(0, match.index - 12), match.index))) return true;
  const end = match.index + match.text.length;
  if (STANDARD_AFTER.test(text.slice(end, end + 4))) return true;
  if (isStandingDuty(text, match, end)) return true;
  if (text[end] === '处' && PLACE_AFTER_DISTANCE.test(match.unit)) return true;
  if (boundsCovered(text, match.index, end)) return true;
  if (text[match.index - 1] === '前' && RANK_UNITS.has(match.unit) && text[end] === '的') return true;
  if (describesThing(text, match.index, end)) return true;
  // "某市委八届五次全会": the session's number after its term (届) names which meeting; it counts nothing.
  if (text[match.index - 1] === '届' && match.unit === '次') return true;
  const after = text.slice(end, end + 30);
  return (SCOPE_BOUND.test(match.text) ? SCOPE_AFTER_BOUND : SCOPE_AFTER).test(after) || SCOPE_NOTE_BEFORE.test(text.slice(Math.max(0, match.index - 6), match.index));
}

function findAllQuantities(text: string): QuantityMatch[] {
  const out: QuantityMatch[] = [];
  const quoted = text.includes('“') || text.includes('‘') || text.includes('「') || text.includes('《') ? quotedNames(text) : [];
  let q = 0;
  let i = 0;
  while (i < text.length) {
    if (CANDIDATE[text.charCodeAt(i)] === 0) {
      i++;
      continue;
    }
    while (q < quoted.length && quoted[q + 1] < i) q += 2;
    if (q < quoted.length && quoted[q] < i) {
      i = quoted[q + 1] + 1;
      continue;
    }
    const { targets, resume } = quantitiesAt(text, i);
    out.push(...targets);
    i = Math.max(resume, i + 1);
  }
  return out;
}

/** The quantity a single cell states ("不少于100人", "100%"), or null. */
export function parseQuantity(text: string): Target | null {
  const [first] = findQuantities(text);
  if (!first) return null;
  const { index: _index, ...target } = first;
  return target;
}

/**
 * A unit as a table header writes it (金额（万元）, 萬冊): the reported unit,
 * its dimension, and the factor its magnitude multiplies by.
 */
export function resolveUnit(written: string): ResolvedUnit | null {
  const s = written.trim();
  const direct = unitAt(s, 0);
  if (direct?.def && direct.end === s.length) return copyWith(direct.def, { factor: 1 });
  const magnitude = readMagnitude(s, 0);
  const unit = unitAt(s, magnitude.end);
  if (!unit?.def || unit.end !== s.length) return null;
  return copyWith(unit.def, { factor: 10 ** magnitude.exponent });
}

