import type { DateContext } from './deadline.js';
import { ROC_OFFSET } from './deadline/calendar.js';
import { parseChineseInteger } from '../text/numeral.js';

/**
 * A heading that names one year (二、2023年第四季度工作安排, （三）2024年重点工作) says which year its items'
 * year-less dates are in: the 11月底前 and 1月底前 under it are that year's, not the document's, and not
 * rolled into the next year by the document's own date. A heading naming a span (2023—2025年) or several
 * years names no one year.
 */
const YEARS = /(?:^|[^\d])((?:19|20)\d\d)\s*年/g;
const SPAN = /(?:19|20)\d\d\s*(?:年\s*)?[—\-–~至到]\s*(?:(?:19|20)?\d\d)\s*年/;

export function headingYear(heading: string, roc = false): number | null {
  if (!heading.includes('年') || SPAN.test(heading)) return null;
  let year: number | null = null;
  for (const m of heading.matchAll(YEARS)) {
    const y = Number(m[1]);
    if (year !== null && y !== year) return null;
    year = y;
  }
  return year ?? (roc ? rocHeadingYear(heading) : null);
}

/**
 * A document that writes Republic of China years heads its sections so too (一、112年度辦理事項, （二）一一三年預定工作):
 * one such year, and no span (112至114年), is the section's.
 */
const ROC_YEARS = /(?:^|[^\d〇○一二三四五六七八九十百零])(\d{2,3}|[〇○一二三四五六七八九十百零]{2,5})\s*年/g;
const ROC_SPAN = /\d{2,3}\s*(?:年度?\s*)?[—\-–~至到]\s*\d{2,3}\s*年/;
const ROC_MIN = 50;
const ROC_MAX = 199;

function rocHeadingYear(heading: string): number | null {
  if (ROC_SPAN.test(heading)) return null;
  let year: number | null = null;
  for (const m of heading.matchAll(ROC_YEARS)) {
    const n = /^\d+$/.test(m[1]) ? Number(m[1]) : parseChineseInteger(m[1]);
    if (n === null || n < ROC_MIN || n > ROC_MAX) continue;
    if (year !== null && n + ROC_OFFSET !== year) return null;
    year = n + ROC_OFFSET;
  }
  return year;
}


/** The context a task's year-less dates are read in: the innermost heading's year over the document's. */
export function sectionContexts(ctx: DateContext): (path: readonly string[]) => DateContext {
  const byYear = new Map<number, DateContext>();
  return (path) => {
    for (let k = path.length - 1; k >= 0; k--) {
      const year = headingYear(path[k], ctx.roc === true);
      if (year === null) continue;
      if (year === ctx.year && !ctx.issued) return ctx;
      let own = byYear.get(year);
      if (!own) byYear.set(year, (own = ctx.roc ? { year, roc: true } : { year }));
      return own;
    }
    return ctx;
  };
}
