import type { SourceLocation } from '../model/location.js';
import { formatLocation } from '../model/format-location.js';
import type { Lang } from './format.js';

/** A location for a person: "12:5" and "Sheet1!C7" in both languages; in Chinese "表1 第8行第1列", "第11段". */
export function sayLocation(loc: SourceLocation | undefined, lang: Lang): string {
  if (lang === 'en' || !loc || loc.line !== undefined || loc.cell !== undefined) return formatLocation(loc);
  const cell = (row: number | undefined, col: number | undefined) => `第${row ?? '?'}行第${col ?? '?'}列`;
  if (loc.table !== undefined) return `表${loc.table} ${cell(loc.row, loc.col)}`;
  if (loc.paragraph !== undefined) return `第${loc.paragraph}段`;
  if (loc.row !== undefined) return cell(loc.row, loc.col);
  return '';
}
