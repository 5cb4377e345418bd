import { AMBIGUOUS_RANGES, WIDE_RANGES, ZERO_WIDTH_RANGES } from './east-asian-width.js';

/**
 * Display width in terminal columns and in spreadsheet character units: a
 * Chinese character takes two. Everything here is one pass over the text.
 */

function inRanges(ranges: readonly number[], cp: number): boolean {
  let lo = 0;
  let hi = ranges.length / 2 - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (cp < ranges[2 * mid]) hi = mid - 1;
    else if (cp > ranges[2 * mid + 1]) lo = mid + 1;
    else return true;
  }
  return false;
}

/**
 * Columns one code point takes: 0 for controls and combining marks, 2 for
 * East Asian wide ones, else 1. `ambiguousWide` counts the ambiguous ones
 * (“”…—·) two, as a CJK font in a spreadsheet draws them.
 */
export function charWidth(cp: number, ambiguousWide = false): number {
  if (cp <= 0xffff) return bmpWidths(ambiguousWide)[cp];
  if (ambiguousWide && inRanges(AMBIGUOUS_RANGES, cp)) return 2;
  if (inRanges(ZERO_WIDTH_RANGES, cp)) return 0;
  return inRanges(WIDE_RANGES, cp) ? 2 : 1;
}

/**
 * The widths of the Basic Multilingual Plane, one byte a code point, built on
 * first use from the ranges: a lookup per character instead of three binary
 * searches, which below TurboFan made measuring a page's lines the costliest
 * step of reading a PDF's text.
 */
const BMP_WIDTHS: { narrow: Uint8Array | null; wide: Uint8Array | null } = { narrow: null, wide: null };

function bmpWidths(ambiguousWide: boolean): Uint8Array {
  const known = ambiguousWide ? BMP_WIDTHS.wide : BMP_WIDTHS.narrow;
  if (known) return known;
  const table = new Uint8Array(0x10000).fill(1);
  // Later fills win, as the checks come first in charWidth's order: ambiguous, zero width, wide.
  fillRanges(table, WIDE_RANGES, 2, 0x1100);
  fillRanges(table, ZERO_WIDTH_RANGES, 0, 0x300);
  if (ambiguousWide) fillRanges(table, AMBIGUOUS_RANGES, 2, 0xa7);
  table.fill(0, 0, 0x20);
  table.fill(0, 0x7f, 0xa0);
  if (ambiguousWide) BMP_WIDTHS.wide = table;
  else BMP_WIDTHS.narrow = table;
  return table;
}

/** Set `value` for the code points of `ranges` (pairs of first and last) in the BMP, from `from` on. */
function fillRanges(table: Uint8Array, ranges: readonly number[], value: number, from: number): void {
  for (let k = 0; k < ranges.length; k += 2) {
    const first = Math.max(ranges[k], from);
    const last = Math.min(ranges[k + 1], 0xffff);
    if (first <= last) table.fill(value, first, last + 1);
  }
}

/** Columns a string takes (no escape sequences expected: text is made printable first). */
export function displayWidth(text: string, ambiguousWide = false): number {
  const widths = bmpWidths(ambiguousWide);
  let width = 0;
  for (let k = 0; k < text.length; k++) {
    const code = text.charCodeAt(k);
    if (code < 0xd800 || code > 0xdfff) {
      width += widths[code];
      continue;
    }
    const cp = text.codePointAt(k)!;
    if (cp > 0xffff) k++;
    width += charWidth(cp, ambiguousWide);
  }
  return width;
}

/** The widest line of a text with line breaks. */
export function widestLine(text: string, ambiguousWide = false): number {
  let widest = 0;
  for (const line of text.split('\n')) widest = Math.max(widest, displayWidth(line, ambiguousWide));
  return widest;
}

export interface WrapOptions {
  /** Lines kept at most; the last one kept ends in "…" when text was left out. */
  maxLines?: number;
  /** Ambiguous characters count two (a spreadsheet's CJK font), not one (a terminal). */
  ambiguousWide?: boolean;
}

export interface WrappedLine {
  text: string;
  width: number;
}

const ELLIPSIS = '…';

/**
 * Text → lines no wider than `width` columns, each with its width measured
 * as it was built. Line breaks in the text are kept; a Latin word breaks at
 * spaces when it fits, CJK text between any two characters; nothing but the
 * spaces at a break is dropped. With `maxLines`, the last line kept ends in
 * "…" when text was left out, and the rest of the text is not looked at.
 */
export function wrapLines(text: string, width: number, { maxLines = Infinity, ambiguousWide = false }: WrapOptions = {}): WrappedLine[] {
  const limit = Math.max(2, width);
  const widthOf = (ch: string) => charWidth(ch.codePointAt(0)!, ambiguousWide);
  const lines: WrappedLine[] = [];
  let line = '';
  let used = 0;
  const push = () => {
    const trimmed = line.trimEnd();
    lines.push({ text: trimmed, width: used - (line.length - trimmed.length) });
    line = '';
    used = 0;
  };
  // Units: a run of spaces, a Latin word (a hyphen ends one: rule-id breaks after it), a line break, or one other character.
  const units = /( +)|([\x21-\x2c\x2e-\x7e\u00a0-\u02ff]+-*|-+)|(\n)|([\s\S])/gu;
  // One line more than kept tells whether anything was left out.
  for (let match = units.exec(text); match && lines.length <= maxLines; match = units.exec(text)) {
    const [unit, spaces, word, newline] = match;
    if (newline) {
      push();
    } else if (spaces) {
      if (used > 0 && used + unit.length <= limit) {
        line += unit;
        used += unit.length;
      } else if (used > 0) push();
    } else {
      const w = word ? (ambiguousWide ? displayWidth(unit, true) : unit.length) : widthOf(unit);
      if (used + w > limit && used > 0) push();
      if (w <= limit) {
        line += unit;
        used += w;
      } else {
        for (let k = 0; k < unit.length && lines.length <= maxLines; k++) {
          const cw = widthOf(unit[k]);
          if (used + cw > limit && used > 0) push();
          line += unit[k];
          used += cw;
        }
      }
    }
  }
  // A trailing empty line past the last one kept is not text left out.
  if (lines.length < maxLines || (lines.length === maxLines && line.trim() !== '')) push();
  if (lines.length <= maxLines) return lines;
  lines.length = maxLines;
  lines[maxLines - 1] = withEllipsis(lines[maxLines - 1], limit, ambiguousWide);
  return lines;
}

/** A line with "…" at its end, within `limit` columns. */
function withEllipsis(line: WrappedLine, limit: number, ambiguousWide: boolean): WrappedLine {
  const ellipsis = charWidth(ELLIPSIS.codePointAt(0)!, ambiguousWide);
  let text = line.text;
  let width = line.width;
  while (width + ellipsis > limit && text.length > 0) {
    const last = [...text.slice(-2)].pop()!;
    text = text.slice(0, text.length - last.length);
    width -= charWidth(last.codePointAt(0)!, ambiguousWide);
  }
  return { text: `${text}${ELLIPSIS}`, width: width + ellipsis };
}

/** wrapLines joined: plain text no wider than `width`. */
export function wrapText(text: string, width: number, maxLines?: number): string {
  return wrapLines(text, width, { maxLines })
    .map((l) => l.text)
    .join('\n');
}
