import type { SourceLocation } from './location.js';

/** "12:5", "Sheet1!C7", "¶14", "table 2 r3c4" — for humans and annotations. */
export function formatLocation(loc: SourceLocation | undefined): string {
  if (!loc) return '';
  if (loc.line !== undefined) return loc.column !== undefined ? `${loc.line}:${loc.column}` : `${loc.line}`;
  if (loc.cell !== undefined) return loc.sheet ? `${loc.sheet}!${loc.cell}` : loc.cell;
  if (loc.table !== undefined) return `table ${loc.table} r${loc.row ?? '?'}c${loc.col ?? '?'}`;
  if (loc.paragraph !== undefined) return `¶${loc.paragraph}`;
  if (loc.row !== undefined) return `r${loc.row}c${loc.col ?? '?'}`;
  return '';
}
