/**
 * The deadline grammar: a hand-written scanner for the time expressions of
 * Chinese plan documents (chrono-node mangles them). It reads field values
 * ("2018年至2019年", "6月底前", "长期坚持") and running prose ("到2020年，…",
 * "71日前…121日前…") into intervals of ISO dates with a precision and flags.
 *
 * Modules (src/extract/deadline/): scanner.ts finds the mentions in a text;
 * points.ts reads one date point; interval.ts resolves its year and reads
 * ranges; garbled.ts repairs digit runs that lost 年/月; calendar.ts holds
 * month lengths and ISO formatting.
 *
 * Conventions (see also the lexicon, src/lexicon/time-words.ts):
 * - 底/末 pin the last day, so their precision is 'day'; 初/中 are ten-day spans ('xun').
 * - 年初 is the first quarter; 冬季 runs into the next year.
 * - "…前" and "到…" horizons have no start: start null, end = the end of the date.
 * - A range takes the precision of its end; a range that ends before it starts is
 *   flagged 'reversed', never swapped.
 * - Recurring expressions (每月5日前) have no dates; their precision is the cycle (每月 → month).
 * - Digit runs that lost 年/月 ("2018310日前") are split into month/day readings;
 *   the reading is chosen by validity, then the caller's phase bounds (after/before),
 *   then the two-digit month (121 → 12-1, the later of the two readings).
 */
import type { Deadline } from '../model/plan.js';
import { findTimeMentions } from './deadline/scanner.js';
import type { DateContext, TimeMention } from './deadline/types.js';

export { findTimeMentions } from './deadline/scanner.js';
export type { DateContext, OtherReading, RangeShape, TimeMention, TimeMentionKind } from './deadline/types.js';

/** Read a deadline field value or cell; null when it holds no time expression. */
export function parseDeadline(text: string, ctx: DateContext): Deadline | null {
  return deadlineMention(findTimeMentions(text, ctx))?.deadline ?? null;
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
    if (reading === undefined) readings.set(value, (reading = deadlineMention(findTimeMentions(value, ctx))));
    return reading;
  };
}

/** The mention a deadline field means: "尽快完成，6月底前报送" means its date; cadence and vague words are fallbacks. */
export function deadlineMention(mentions: readonly TimeMention[]): TimeMention | null {
  for (const m of mentions) if (m.kind !== 'recurring' && m.kind !== 'vague' && m.kind !== 'ongoing') return m;
  return mentions[0] ?? null;
}
