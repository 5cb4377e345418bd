/**
 * The deadline grammar: a hand-written scanner for the time expressions of
 * Chinese plan documents (chrono-node mangles them). It reads field values
 * ("2018年至2019年", "6月底前", "长期坚持") and running prose ("到2020年，…",
 * "71日前…121日前…") into intervals of ISO dates with a precision and flags.
 *
 * Modules (src/extract/deadline/): scanner.ts finds the mentions in a text;
 * points.ts reads one date point; interval.ts resolves its year and reads
 * ranges; garbled.ts repairs digit runs that lost 年/月; calendar.ts holds
 * month lengths, holidays and ISO formatting.
 *
 * Conventions (see also the lexicon, src/lexicon/time-words.ts):
 * - 底/末 pin the last day, so their precision is 'day'; 初/中 are ten-day spans ('xun').
 * - 年初 is the first quarter; 年中 is 06-30, as 年底 is 12-31.
 * - Seasons (冬季), template placeholders (xx年, 20XX年) and relative periods
 *   (3天内, 三年内) are read but have no dates; holiday windows (春节期间) too.
 *   春节前 is the festival's eve, from a table of Spring Festival dates.
 * - Year-less dates take the document's year; with the document's own date
 *   (DateContext.issued), one more than six months before it is the coming one.
 * - Republic of China years (民國101年; 98年元旦 in a document that writes them) are N + 1911.
 * - A year compared with (比2015年下降24%) is a baseline, not a time: not read.
 * - "…前" and "到…" horizons have no start: start null, end = the end of the date.
 * - A range takes the precision of its end; a range that ends before it starts is
 *   flagged 'reversed', never swapped.
 * - Recurring expressions (每月5日前) have no dates; their precision is the cycle (每月 → month).
 * - Digit runs that lost 年/月 ("2018310日前") are split into month/day readings;
 *   the reading is chosen by validity, then the caller's phase bounds (after/before),
 *   then the two-digit month (121 → 12-1, the later of the two readings).
 */
import type { Deadline, DeadlineFlag } from '../model/plan.js';
import { findTimeMentions } from './deadline/scanner.js';
import type { DateContext, TimeMention, TimeMentionKind } from './deadline/types.js';
import { copyWith } from '../text/objects.js';
import { RELATIVE_YEARS } from '../lexicon/time-words.js';

export { findTimeMentions } from './deadline/scanner.js';
export type { DateContext, OtherReading, RangeShape, TimeMention, TimeMentionKind } from './deadline/types.js';

/** Read a deadline field value or cell; null when it holds no time expression. */
export function parseDeadline(text: string, ctx: DateContext): Deadline | null {
  return deadlineMention(findTimeMentions(text, ctx))?.deadline ?? null;
}

/**
 * A deadline field or column holding only a year ("2024", "2023-2025"): its
 * label says it is a time, so the bare number is that year, as if 年 were
 * written. Elsewhere a bare four-digit number is no date.
 */
const BARE_YEARS = /^((?:19|20)\d{2})(?:\s*([-—–~～至到])\s*((?:19|20)\d{2}))?$/;

/** The time expressions of a deadline field's value (findTimeMentions, reading a bare year as a year). */
export function fieldMentions(value: string, ctx: DateContext): TimeMention[] {
  const written = value.trim();
  // "时间：全年": the whole of the document's year, as "2024年" would say it.
  if (WHOLE_YEAR.test(written)) return ctx.year === null ? [] : readAs(`${ctx.year}年`, written, ctx, ['yearInferred']);
  const bare = BARE_YEARS.exec(written);
  if (!bare) return findTimeMentions(value, ctx);
  return readAs(bare[3] ? `${bare[1]}年至${bare[3]}年` : `${bare[1]}年`, written, ctx, []);
}

/** A field's value that names the whole year it stands in. In prose 全年 qualifies a noun (全年目标任务): fields only. */
const WHOLE_YEAR = /^(?:全年|全年度|全年内)$/;

/** Does a cell or a field's value say only "the whole year" (全年, 全年度)? It is a time, never a name. */
export function namesWholeYear(value: string): boolean {
  return WHOLE_YEAR.test(value.trim());
}

/** The mentions of `marked`, a plainer wording of what the field `written` says, given as written. */
function readAs(marked: string, written: string, ctx: DateContext, flags: readonly DeadlineFlag[]): TimeMention[] {
  return findTimeMentions(marked, ctx).map((m) => copyWith(m, { text: written, index: 0, deadline: copyWith(m.deadline, { text: written, flags: [...m.deadline.flags, ...flags] }) }));
}

/** A deadline field's value → the time expression it means, or null when it has none. */
export type FieldReader = (value: string) => TimeMention | null;

/**
 * Reads the deadline fields of one document: a table's deadline column repeats
 * a handful of values ("2019年" down 60 rows), so each distinct value is read once.
 */
export function fieldReader(ctx: DateContext): FieldReader {
  const readings = new Map<string, TimeMention | null>();
  return (value) => {
    let reading = readings.get(value);
    if (reading === undefined) readings.set(value, (reading = deadlineMention(fieldMentions(value, ctx))));
    return reading;
  };
}

/**
 * The mention a deadline field means: the last completion milestone
 * ("3月底前…；9月底前完成" → 9月底前; "尽快完成，6月底前报送" → 6月底前); when
 * there is none, a vague, relative or holiday-window word, and a cadence last.
 */
export function deadlineMention(mentions: readonly TimeMention[]): TimeMention | null {
  return lastMilestone(mentions) ?? mentions.find((m) => m.kind !== 'recurring') ?? mentions[0] ?? null;
}

/** Kinds that name a completion time; cadences, vague and relative words and holiday windows do not. */
const MILESTONE_KINDS: ReadonlySet<TimeMentionKind> = new Set(['by', 'at', 'range', 'until']);

/**
 * The mention that is a task's deadline when its text holds several
 * milestones: the one that ends latest (the first written on a tie: a phase's heading date); with no
 * dates to compare (no year is known), the last one written. Null when no
 * mention names a completion time.
 */
export function lastMilestone(mentions: readonly TimeMention[]): TimeMention | null {
  let last: TimeMention | null = null;
  let latest: TimeMention | null = null;
  for (const m of mentions) {
    if (!MILESTONE_KINDS.has(m.kind) || looksBack(m)) continue;
    last = m;
    const end = m.deadline.end;
    if (end !== null && (latest === null || end > latest.deadline.end!)) latest = m;
  }
  return latest ?? last;
}

/** The words naming a year before the document's (去年). */
const PAST_YEAR_WORDS = Object.keys(RELATIVE_YEARS).filter((w) => RELATIVE_YEARS[w] < 0);

/**
 * A time that the document's year looks back on (在去年…的基础上, 去年底前已完成的): a baseline or what was
 * done, never a task's completion time. A range that starts there and runs on (去年12月至今年6月) is one.
 */
function looksBack(m: TimeMention): boolean {
  return m.kind !== 'range' && PAST_YEAR_WORDS.some((w) => m.text.startsWith(w));
}
