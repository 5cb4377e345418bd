import type { DateContext } from './deadline.js';

/**
 * A heading that names one year (二、2023年第四季度工作安排, （三）2024年重点工作) says which year its items'
 * year-less dates are in: the 11月底前 and 1月底前 under it are that year's, not the document's, and not
 * rolled into the next year by the document's own date. A heading naming a span (2023—2025年) or several
 * years names no one year.
 */
const YEARS = /(?:^|[^\d])((?:19|20)\d\d)\s*年/g;
const SPAN = /(?:19|20)\d\d\s*(?:年\s*)?[—\-–~至到]\s*(?:(?:19|20)?\d\d)\s*年/;

export function headingYear(heading: string): number | null {
  if (!heading.includes('年') || SPAN.test(heading)) return null;
  let year: number | null = null;
  for (const m of heading.matchAll(YEARS)) {
    const y = Number(m[1]);
    if (year !== null && y !== year) return null;
    year = y;
  }
  return year;
}

/** The context a task's year-less dates are read in: the innermost heading's year over the document's. */
export function sectionContexts(ctx: DateContext): (path: readonly string[]) => DateContext {
  const byYear = new Map<number, DateContext>();
  return (path) => {
    for (let k = path.length - 1; k >= 0; k--) {
      const year = headingYear(path[k]);
      if (year === null) continue;
      if (year === ctx.year && !ctx.issued) return ctx;
      let own = byYear.get(year);
      if (!own) byYear.set(year, (own = ctx.roc ? { year, roc: true } : { year }));
      return own;
    }
    return ctx;
  };
}
