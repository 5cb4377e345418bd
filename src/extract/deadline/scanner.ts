/**
 * The scanner: finds time expressions in running prose or a field value. One
 * table lookup per character skips everything that cannot start one; at a
 * candidate it tries, in order, vague/ongoing words, recurring cycles, "到…"
 * horizons and dated points or ranges.
 */
import type { Deadline, DeadlineFlag, DeadlinePrecision } from '../../model/plan.js';
import { DEADLINE_FLAGS } from '../../model/constants.js';
import {
  BASELINE_AFTER,
  BASELINE_BEFORE,
  BASELINE_OPENERS,
  BUDGET_WORDS,
  CADENCE_WORDS,
  DURATION_NUMERALS,
  DURATION_SPENT_HEAD,
  DURATION_SPENT_TAILS,
  DURATION_UNITS,
  MONTH_PARTS,
  NOT_TIME_WORDS,
  ONGOING_WORDS,
  PAST_AFTER,
  START_AFTER,
  NOT_START_AFTER,
  PAST_BEFORE,
  OCCASION_BEFORE,
  REASON_BEFORE,
  RECURRING_PERIODS,
  RELATIVE_YEARS,
  TITLE_CLOSE,
  TITLE_OPEN,
  QUOTE_OPEN,
  QUOTE_CLOSE,
  UNTIL_BLOCKERS,
  UNTIL_WORDS,
  SEASONAL_VAGUE_WORDS,
  VAGUE_WORDS,
  WEEKDAYS,
  WITHIN_WORDS,
  YEAR_OBJECT_VERBS,
  YEAR_NAMED_KINDS,
  AFTER_NAMED_KIND,
  YEAR_WORK_VERBS,
} from '../../lexicon/time-words.js';
import type { TimeWord } from '../../lexicon/time-words.js';
import { pushTo } from '../collections.js';
import { SP, at, isIn, skipInline, skipSpace, wordAtPos } from './chars.js';
import { parseInterval } from './interval.js';
import { IN_RANGE_END, POINT_START, byAt, maskEnd, parsePoint, partAt } from './points.js';
import type { DateContext, OtherReading, RangeShape, TimeMention, TimeMentionKind } from './types.js';
import { copyWith } from '../../text/objects.js';

/** Every time expression in running prose, in order, with its character index. */
export function findTimeMentions(text: string, ctx: DateContext): TimeMention[] {
  const s = normalise(text);
  const out: TimeMention[] = [];
  for (let i = 0; i < s.length; ) {
    const c = s.charCodeAt(i);
    const t = TRIGGER[c];
    if (t === 0 || (t !== T_WORD && t !== T_TITLE && i > 0 && TRIGGER[s.charCodeAt(i - 1)] === t)) {
      i++; // not a start, or inside a digit/numeral run
      continue;
    }
    if (t === T_TITLE) {
      i = titleEnd(s, i); // 《…（2016—2020年）》 is a title, not a deadline
      continue;
    }
    let hit = scanAt(s, i, t, ctx);
    if (!hit) {
      i++;
      continue;
    }
    if (hit.kind === 'at' && (isBaseline(s, hit.from, hit.to) || isPast(s, hit.from, hit.to) || opensWork(s, hit) || isTitledYear(s, hit.from, hit.to) || namesBudget(s, hit) || isOccasion(s, hit.from) || isCause(s, hit.from) || inQuotedName(s, hit.from, hit.to))) {
      i = hit.to; // 比2015年下降24%, 对2020年已达标的, 迎接明年…周年, “2020年度某奖”: 由于6月1日适逢…: a date compared with, told of, celebrated, given as a reason or named, not a time
      continue;
    }
    // 2021年计划于下半年举办: a year-less date in the clause of a year written bare takes that year, which only dated it.
    const governing = governingYear(out, s, hit.from);
    if (governing) {
      const again = scanAt(s, i, t, copyWith(ctx, { year: governing.year, issued: undefined }));
      // After a lone comma (2024年，6月底前) the year only dated what follows, even where the document's year read it the same.
      const sameYear = governing.apart && again?.dl.end != null && !OWN_YEAR.test(s.slice(hit.from, hit.to));
      if (again && again.to === hit.to && again.kind === hit.kind && (again.dl.end !== hit.dl.end || sameYear)) {
        hit = again;
        out.splice(out.indexOf(governing.mention), 1);
      }
    }
    const prev = out[out.length - 1];
    const written = text.slice(hit.from, hit.to).trim().replace(LINE_BREAK, '').replace(BRACKET_AFTER_NUMBER, '$1');
    // Built field by field: an object spread runs in V8's runtime below TurboFan, and was the scanner's largest cost.
    let m: TimeMention = { text: written, index: hit.from, kind: hit.kind, deadline: writtenDeadline(written, hit.dl) };
    if (hit.range) m.range = hit.range;
    if (hit.other) m.otherReading = hit.other;
    if (prev && prev.kind === 'recurring' && m.kind !== 'vague' && m.kind !== 'ongoing' && LIST_GAP.test(s.slice(prev.index + prev.text.length, hit.from))) {
      // 每年3月5日、6月5日、9月5日前: the list shares the recurrence
      m = { text: m.text, index: m.index, kind: 'recurring', deadline: { text: m.text, start: null, end: null, precision: prev.deadline.precision, flags: ['recurring'] } };
    }
    if (prev && seasonOfYear(prev, m, s)) {
      out.pop(); // 今年汛期前 is one vague time
      const whole = text.slice(prev.index, hit.to).trim();
      m = { text: whole, index: prev.index, kind: 'vague', deadline: writtenDeadline(whole, hit.dl) };
    }
    out.push(m);
    i = hit.to;
  }
  return out;
}

/**
 * Words a year may be written with before the season it picks (今年汛期前, 2030年主汛期前, 明年的雨季前);
 * a lone comma too (2030年，汛期前): nothing stands between them for the comma to close.
 */
const YEAR_THEN_SEASON_GAP = /^[ 的]*$|^ *[，,] *$/;

/**
 * 今年汛期前, 2030年雨季前: a year right before a seasonal vague word only says which
 * season is meant; the pair is one vague time, and the year's end is no deadline of it.
 */
function seasonOfYear(prev: TimeMention, m: TimeMention, s: string): boolean {
  if (m.kind !== 'vague' || prev.kind !== 'at' || !SEASONAL_VAGUE_WORDS.has(m.text)) return false;
  if (!BARE_YEAR.test(prev.text) && !(prev.text in RELATIVE_YEARS)) return false;
  return YEAR_THEN_SEASON_GAP.test(s.slice(prev.index + prev.text.length, m.index));
}

function writtenDeadline(text: string, dl: Omit<Deadline, 'text'>): Deadline {
  return { text, start: dl.start, end: dl.end, precision: dl.precision, flags: dl.flags };
}

/**
 * A comma alone after a bare year ends no clause: 2030年，6月底前 is one date
 * written in two parts (the year, then the day in it), as 2030年6月底前 is.
 */
const LONE_COMMA = /^ *[，,] *$/;

/** What ends the clause a bare year governs. */
const CLAUSE_BREAK = /[，,。；;！!？?\n]/;

/** The bare year (2021年) the clause before `from` opens with, when nothing but words stands between. */
function governingYear(out: readonly TimeMention[], s: string, from: number): { year: number; mention: TimeMention; apart: boolean } | null {
  const last = out[out.length - 1];
  if (last?.kind !== 'at' || !BARE_YEAR.test(last.text)) return null;
  const gap = s.slice(last.index + last.text.length, from);
  const apart = LONE_COMMA.test(gap);
  if (CLAUSE_BREAK.test(gap) && !apart) return null;
  return { year: Number(last.text.slice(0, 4)), mention: last, apart };
}

/** A date that writes its own year (2025年6月): no year before it governs it. */
const OWN_YEAR = /\d{4}\s*年/;

interface Hit {
  from: number;
  to: number;
  kind: TimeMentionKind;
  dl: Omit<Deadline, 'text'>;
  range?: RangeShape;
  other?: OtherReading;
}

const LINE_BREAK = /[ \t]*\r?\n[ \t]*/g;
/** The bracket that closed 本(1)月's number, left in the date as written: 1)月底前 reads 1月底前. */
const BRACKET_AFTER_NUMBER = /^([0-9]{1,3}|[〇零一二三四五六七八九十百]{1,5})[)）]/;

const T_DIGIT = 1;
const T_NUMERAL = 2;
const T_WORD = 3;
const T_TITLE = 4;

/** First characters worth a parse attempt; everything else is skipped in one table lookup. */
const TRIGGER = buildTriggers();

/** Points start where POINT_START says; words, durations and titles add their own first characters. */
function buildTriggers(): Uint8Array {
  const t = new Uint8Array(65536);
  const mark = (chars: Iterable<string>, v: number): void => {
    for (const ch of chars) t[ch.charCodeAt(0)] = v;
  };
  for (let c = 0; c < POINT_START.length; c++) if (POINT_START[c]) t[c] = T_WORD;
  const words = [...VAGUE_WORDS, ...ONGOING_WORDS.map((w) => w.word), ...Object.keys(RECURRING_PERIODS), ...Object.keys(CADENCE_WORDS), ...UNTIL_WORDS];
  mark(words.map((w) => w[0]), T_WORD);
  mark(`${DURATION_NUMERALS}〇零○`, T_NUMERAL);
  mark('0123456789', T_DIGIT);
  mark(TITLE_OPEN, T_TITLE);
  return t;
}

/** What starts at i; `trigger` is its first character's class (only numbers start a relative period). */
function scanAt(s: string, i: number, trigger: number, ctx: DateContext): Hit | null {
  if (trigger !== T_WORD) return (trigger === T_DIGIT || trigger === T_NUMERAL ? relativeAt(s, i, ctx) : null) ?? datedAt(s, i, ctx);
  return wordAt(s, i) ?? recurringAt(s, i) ?? untilAt(s, i, ctx) ?? datedAt(s, i, ctx);
}

/** Gap between items of one list: "、" / "和" / "及". */
const LIST_GAP = /^[\s、和及与與]+$/;

function titleEnd(s: string, i: number): number {
  let j = i + 1;
  for (const limit = Math.min(s.length, i + 300); j < limit; j++) {
    const ch = s[j];
    if (ch === TITLE_CLOSE) return j + 1;
    if (ch === '\n' || ch === TITLE_OPEN) return j; // unclosed: skip only to the line's end
  }
  return j;
}

/** Full-width digits and signs → ASCII, one code unit for one, so indexes stay valid. */
const WIDE = /[\uFF0A\uFF0D-\uFF1A\uFF1F\uFF31\uFF5E]/g;
const HAS_WIDE = /[\uFF0A\uFF0D-\uFF1A\uFF1F\uFF31\uFF5E]/;

/**
 * A line break inside a date (2024年6 ⏎ 月底前) is a page's hard wrap: a date is never
 * written over two lines on purpose. It reads as the spaces a date may hold.
 */
const WRAP_IN_DATE = /(?<=[0-9年月])[ \t]*\r?\n[ \t]*(?=[0-9月日底前])/g;

/**
 * Minutes write this month or year with its number in brackets, 本(1)月底前, 本（九十二）年: the number is
 * the date. 本 and the brackets read as the spaces a date may hold, the number where it stands.
 */
const THIS_NUMBERED = /本[(（]([0-9]{1,3}|[〇零一二三四五六七八九十百]{1,5})[)）](?=[月年])/g;

function normalise(text: string): string {
  let s = HAS_WIDE.test(text) ? text.replace(WIDE, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)) : text;
  if (s.includes('本')) s = s.replace(THIS_NUMBERED, (_, n: string) => `  ${n} `);
  return s.includes('\n') ? s.replace(WRAP_IN_DATE, (wrap) => ' '.repeat(wrap.length)) : s;
}

// ───────────────────────── words: vague, ongoing, recurring, until ─────────────────────────

const WORDS_BY_HEAD = groupByHead([
  ...VAGUE_WORDS.map((word) => ({ word, flags: ['vague'] as const })),
  ...ONGOING_WORDS,
]);

function groupByHead(list: readonly TimeWord[]): Map<string, TimeWord[]> {
  const map = new Map<string, TimeWord[]>();
  for (const w of [...list].sort((a, b) => b.word.length - a.word.length)) {
    const head = w.word[0];
    pushTo(map, head, w);
  }
  return map;
}

function wordAt(s: string, i: number): Hit | null {
  for (const w of WORDS_BY_HEAD.get(s[i]) ?? []) {
    if (!s.startsWith(w.word, i) || insideNonTimeWord(s, i, w.word)) continue;
    const kind = w.flags.includes('ongoing') ? 'ongoing' : 'vague';
    return { from: i, to: i + w.word.length, kind, dl: { start: null, end: null, precision: 'none', flags: sortFlags(w.flags) } };
  }
  return null;
}

/** 可持续发展 contains 持续 but is not a schedule. */
function insideNonTimeWord(s: string, i: number, word: string): boolean {
  for (const stop of NOT_TIME_WORDS) {
    const at = stop.indexOf(word);
    if (at >= 0 && i - at >= 0 && s.startsWith(stop, i - at)) return true;
  }
  return false;
}

const byLength = (a: string, b: string): number => b.length - a.length;
const RECURRING = Object.keys(RECURRING_PERIODS).sort(byLength);
const CADENCE = Object.keys(CADENCE_WORDS).sort(byLength);
const RECURRING_HEADS = [...RECURRING, ...CADENCE].map((w) => w[0]).join('');
const UNTIL_HEADS = UNTIL_WORDS.map((w) => w[0]).join('');

/** 每月5日前, 每季度末, 每年12月底前, 每周五, 按月: a cycle, not a date. */
function recurringAt(s: string, i: number): Hit | null {
  if (!RECURRING_HEADS.includes(s[i])) return null;
  const cadence = wordAtPos(CADENCE, s, i);
  if (cadence) return recurringHit(i, i + cadence.length, CADENCE_WORDS[cadence]);
  const period = wordAtPos(RECURRING, s, i);
  if (!period) return null;
  let j = i + period.length;
  if (/[周週期]$/.test(period)) {
    if (isIn(WEEKDAYS, s[j])) j++;
  } else {
    const part = partAt(s, j, MONTH_PARTS);
    const pt = part ? null : parsePoint(s, j, IN_RANGE_END);
    j = part ? part.to : pt ? pt.to : j;
  }
  const by = byAt(s, j);
  return recurringHit(i, by >= 0 ? by : j, RECURRING_PERIODS[period]);
}

function recurringHit(from: number, to: number, precision: DeadlinePrecision): Hit {
  return { from, to, kind: 'recurring', dl: { start: null, end: null, precision, flags: ['recurring'] } };
}

/** 到2020年，… / 截至2019年底: a horizon, read like "…前". */
function untilAt(s: string, i: number, ctx: DateContext): Hit | null {
  if (!UNTIL_HEADS.includes(s[i])) return null;
  const word = wordAtPos(UNTIL_WORDS, s, i);
  if (!word || isIn(UNTIL_BLOCKERS, s[i - 1])) return null;
  const hit = datedAt(s, skipSpace(s, i + word.length), ctx);
  if (!hit || hit.kind === 'range' || hit.kind === 'window') return hit;
  const to = s[hit.to] === '止' ? hit.to + 1 : hit.to;
  const until: Hit = { from: i, to, kind: 'until', dl: copyWith(hit.dl, { start: null }) };
  if (hit.other) until.other = { start: null, end: hit.other.end };
  return until;
}

// ───────────────────────── relative periods and baselines ─────────────────────────

const RE_DURATION = new RegExp(
  `(\\d{1,3}|[${DURATION_NUMERALS}]{1,3})${SP}(?:个|個)?${SP}(?:${DURATION_UNITS.join('|')})(${[...WITHIN_WORDS, ...DURATION_SPENT_TAILS].join('|')})`,
  'y',
);
/** Republic of China years (101年內 is "within ROC 101") start here; fewer years are a duration. */
const ROC_YEAR_MIN = 50;

/** 3天内, 三个月内, 5年内, 用三年时间: a period from an unstated start, so no dates (flagged vague). */
function relativeAt(s: string, i: number, ctx: DateContext): Hit | null {
  if (!unitAfter(s, i)) return null; // most numbers count things, not time
  const m = at(RE_DURATION, s, i);
  if (!m) return null;
  const spent = DURATION_SPENT_TAILS.includes(m[2]);
  if (spent && s[i - 1] !== DURATION_SPENT_HEAD) return null;
  if (ctx.roc && /^\d{2,3}$/.test(m[1]) && +m[1] >= ROC_YEAR_MIN && m[0].includes('年')) return null;
  const from = spent ? i - 1 : i;
  return { from, to: i + m[0].length, kind: 'relative', dl: { start: null, end: null, precision: 'none', flags: ['vague'] } };
}

/** A duration unit (天, 月, 年 …) after the number at i, with 个 allowed between. */
function unitAfter(s: string, i: number): boolean {
  let j = i;
  while (j < s.length && j - i < 3 && (TRIGGER[s.charCodeAt(j)] === T_DIGIT || TRIGGER[s.charCodeAt(j)] === T_NUMERAL)) j++;
  j = skipInline(s, j);
  if (s[j] === '个' || s[j] === '個') j = skipInline(s, j + 1);
  return DURATION_UNITS.some((u) => s.startsWith(u, j));
}

/** 比2015年, 较2020年底, 与2015年相比: the date is what a figure is compared with. */
function isBaseline(s: string, from: number, to: number): boolean {
  let k = from;
  while (k > 0 && /\s/.test(s[k - 1]) && from - k < 2) k--;
  if (BASELINE_BEFORE.some((w) => s.endsWith(w, k))) return true;
  if (!isIn(BASELINE_OPENERS, s[k - 1])) return false;
  const after = skipInline(s, to);
  return BASELINE_AFTER.some((w) => s.startsWith(w, after));
}

/**
 * 2024年《政府工作报告》, 2024年版清单, 2023年的交账工作, 明确2023年考核指标: a year that dates a titled
 * document or an edition, or qualifies a noun (with 的, or as a verb's object), names which one; it sets no time.
 */
function isTitledYear(s: string, from: number, to: number): boolean {
  const next = s[skipInline(s, to)];
  if (!BARE_YEAR.test(s.slice(from, to).trim())) return false;
  return next === '《' || next === '版' || next === '的' || isObjectYear(s, from, next) || opensNamedDocument(s, skipInline(s, to));
}

/** 纳入2030年预算, 民國120年度概算: a whole year right before a budget word names the budget's year, not a time. */
function namesBudget(s: string, hit: Hit): boolean {
  if (hit.dl.precision !== 'year') return false;
  const j = skipInline(s, hit.to);
  return BUDGET_WORDS.some((w) => s.startsWith(w, j));
}

/** How far from a time its quotation marks may stand, before and after. */
const QUOTE_REACH = 40;

/**
 * 「某區域本年度執行狀況」, “2020年度文明村”: a time inside quotation marks that go on with words after it
 * is part of the quoted name, not a time. A quote that ends at the time (“2020年”) is read as written.
 */
function inQuotedName(s: string, from: number, to: number): boolean {
  let open = -1;
  for (let k = from - 1; k >= 0 && from - k <= QUOTE_REACH; k--) {
    const ch = s[k];
    if (ch === '\n' || isIn(QUOTE_CLOSE, ch)) return false;
    if (isIn(QUOTE_OPEN, ch)) {
      open = QUOTE_OPEN.indexOf(ch);
      break;
    }
  }
  if (open < 0) return false;
  const close = s.indexOf(QUOTE_CLOSE[open], to);
  if (close < 0 || close - to > QUOTE_REACH) return false;
  const inside = s.slice(to, close);
  return !inside.includes('\n') && /\p{Script=Han}/u.test(inside);
}

/** The longest name a year opens before its kind: 2018年度（某某区域）重点项目建设清单. */
const MAX_NAMED = 16;

/**
 * 2018年度重点项目清单由某局公布: the year opens a document's name, ended by its kind (YEAR_NAMED_KINDS); the name
 * may quote a word (2022年“某某”工作推进方案).
 */
function opensNamedDocument(s: string, from: number): boolean {
  for (let k = from; k < s.length && k - from <= MAX_NAMED; k++) {
    if (!/\p{Script=Han}/u.test(s[k]) && !isIn(QUOTE_OPEN, s[k]) && !isIn(QUOTE_CLOSE, s[k])) return false;
    const kind = YEAR_NAMED_KINDS.find((w) => s.startsWith(w, k));
    if (kind === undefined) continue;
    const end = k + kind.length;
    if (end < s.length && !AFTER_NAMED_KIND.includes(s[end])) continue;
    const name = s.slice(from, k);
    return !YEAR_WORK_VERBS.some((verb) => name.includes(verb));
  }
  return false;
}

const BARE_YEAR = /^\d{4}\s*年(?:度)?$/;

/** 明确2023年金融指标, 召开2024年度第一次会议: a year between a verb and its object's noun qualifies the object. */
function isObjectYear(s: string, from: number, next: string | undefined): boolean {
  return next !== undefined && /\p{Script=Han}/u.test(next) && YEAR_OBJECT_VERBS.some((verb) => s.endsWith(verb, from));
}

/** 2015年以来, 2020年已达标, 已于2014年5月30日通车: the date tells of the past. */
function isPast(s: string, from: number, to: number): boolean {
  const after = skipInline(s, to);
  return PAST_AFTER.some((w) => s.startsWith(w, after)) || PAST_BEFORE.some((w) => s.endsWith(w, from));
}

/**
 * 自2024年起, 从3月开始: the date opens the work; 1月1日起至12月31日 is a span, 3月起草 a verb. A start that a
 * duration counts from (自2025年起用两年左右) and a template's placeholder date stay: they are read on.
 */
function opensWork(s: string, hit: Hit): boolean {
  if (hit.dl.flags.includes('masked')) return false;
  const after = skipInline(s, hit.to);
  const word = START_AFTER.find((w) => s.startsWith(w, after));
  if (word === undefined) return false;
  const next = skipInline(s, after + word.length);
  return !isIn(NOT_START_AFTER, s[after + word.length] ?? '') && s[next] !== '用';
}

/** 为迎接明年建县七十周年, 喜迎2025年…: the date names the occasion the work is for, not when it is done. */
function isOccasion(s: string, from: number): boolean {
  return OCCASION_BEFORE.some((w) => s.endsWith(w, from));
}

/** 由于6月1日适逢节日，故…: the date opens the reason the work is set as it is; it is not when the work is done. */
function isCause(s: string, from: number): boolean {
  return REASON_BEFORE.some((w) => s.endsWith(w, from));
}

/** A date or range at i, with its "前" suffix or "*" mask. */
function datedAt(s: string, i: number, ctx: DateContext): Hit | null {
  const iv = parseInterval(s, i, ctx);
  if (!iv) return null;
  let to = iv.to;
  let kind: TimeMentionKind = iv.window ? 'window' : iv.range ? 'range' : iv.within ? 'by' : 'at';
  const flags = [...iv.flags];
  let { start, end } = iv;
  const masked = maskEnd(s, to);
  const by = masked < 0 ? byAt(s, to) : -1;
  if (masked >= 0) {
    // 2009年1月*: the rest is redacted, only the start is known
    to = masked;
    end = null;
    flags.push('masked');
  } else if (by >= 0) {
    to = by;
    if (!iv.range) kind = 'by';
  }
  if (kind === 'by') start = null;
  // "71日" alone is too weak to repair; "71日前" or a range is a date context
  if (iv.weak && kind === 'at') return null;
  const hit: Hit = { from: i, to, kind, dl: { start, end, precision: iv.precision, flags: sortFlags(flags) } };
  if (iv.shape) hit.range = iv.shape;
  if (iv.other && masked < 0) hit.other = kind === 'by' ? { start: null, end: iv.other.end } : iv.other;
  return hit;
}

/** Flags in the model's order, each once. */
function sortFlags(flags: Iterable<DeadlineFlag>): DeadlineFlag[] {
  const list = [...flags];
  const out: DeadlineFlag[] = [];
  for (const f of DEADLINE_FLAGS) if (list.includes(f)) out.push(f);
  return out;
}
