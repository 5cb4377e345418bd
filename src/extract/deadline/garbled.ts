/**
 * Garbled digit runs: dates that lost 年/月 in conversion ("2018310日前" =
 * 2018年3月10日前, "121日前" = 12月1日 or 1月21日). Each run is split into
 * month/day readings; the reading is chosen by validity, then the phase bounds
 * (after/before), then the two-digit month. Always flagged 'garbled'.
 */
import { daySpan, iso, lastDay, type MonthDay } from './calendar.js';
import { SP, at } from './chars.js';
import type { Pt } from './points.js';
import { copyWith } from '../../text/objects.js';

const RE_GARBLED = new RegExp(`(\\d{2,8})${SP}日(?![内內以])`, 'y');

/** 2018310日, 1210日, 71日: digits that lost 年/月 before 日. */
export function garbledAt(s: string, i: number, p: Pt): Pt | null {
  const m = at(RE_GARBLED, s, i);
  if (!m) return null;
  const r = m[1];
  if (r.length === 2 && +r <= 31) return null; // a plain day
  const withYear = r.length >= 5 && /^(?:19|20)/.test(r);
  if (r.length > 4 && !withYear) return null;
  const md = monthDayReadings(withYear ? r.slice(4) : r);
  if (!withYear && md.length === 0) return null; // 365日, 100日: a count of days
  return copyWith(p, { year: withYear ? +r.slice(0, 4) : null, md, garbled: true, to: i + m[0].length });
}

/** Digits before a garbled end are garbled too: 2018310 = 2018 + 3月10日. */
export function garbleBare(x: Pt, b: string): boolean {
  const withYear = b.length >= 5 && /^(?:19|20)/.test(b);
  if (x.year !== null || x.month !== null || (b.length > 4 && !withYear) || b.length < 3) return false;
  if (withYear) x.year = +b.slice(0, 4);
  x.md = monthDayReadings(withYear ? b.slice(4) : b);
  x.garbled = true;
  x.span = null;
  return true;
}

/** Month/day splits of a digit run: 310 → 3-10 (31-0 is invalid); 121 → 12-1, 1-21. */
export function monthDayReadings(r: string): MonthDay[] {
  const out: MonthDay[] = [];
  for (const k of [2, 1]) {
    const rest = r.slice(k);
    if (r.length <= k || rest.length > 2) continue;
    const m = +r.slice(0, k);
    const d = +rest;
    if (m >= 1 && m <= 12 && d >= 1 && d <= 31) out.push([m, d]);
  }
  return out;
}

/**
 * Pick the reading that is a real date and inside the phase bounds; among equals
 * the two-digit month (listed first) wins. (A two-digit month, 10–12, is always
 * the later reading, so "after the previous mention" adds nothing to this order.)
 * When the bounds do not single out one valid reading, the other is kept in `alt`.
 */
export function chooseReading(p: Pt, year: number | null, lo: string | undefined, hi: string | undefined): void {
  const valid = (p.md ?? []).filter((r) => r[1] <= lastDay(year ?? 2000, r[0])); // 2-30 is no date
  const inside = valid.filter((r) => {
    const date = year === null ? null : iso(year, r[0], r[1]);
    return date !== null && (!lo || date >= lo) && (!hi || date <= hi);
  });
  const best = inside[0] ?? valid[0];
  if (!best) return;
  const other = inside.length === 1 ? undefined : inside.length > 1 ? inside[1] : valid[1];
  p.month = best[0];
  p.span = daySpan(best);
  p.alt = other ? daySpan(other) : null;
}
