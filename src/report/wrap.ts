/**
 * Wrapping for terminal tables. cli-table3's own hard wrap counts UTF-16 code
 * units, so a Chinese line comes out twice as wide as its column and is then
 * truncated with "…": text is lost. Cells are wrapped here by display width
 * instead (the same widths cli-table3 pads with: string-width 4), and the
 * table is built with `wordWrap: false`.
 */

import { charWidth, displayWidth } from '../text/width.js';


/**
 * Plain text → lines no wider than `width` columns; nothing but the spaces at
 * a break is dropped. Line breaks in the text are kept; Latin words break at
 * spaces when they fit, CJK text breaks between any two characters.
 */
export function wrapText(text: string, width: number): string {
  const limit = Math.max(2, width);
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    let used = 0;
    const push = () => {
      lines.push(line.trimEnd());
      line = '';
      used = 0;
    };
    // Units: a run of spaces, a Latin word, or one other character.
    for (const unit of paragraph.match(/ +|[\x21-\x7e\u00a0-\u02ff]+|./gsu) ?? []) {
      if (unit.startsWith(' ')) {
        if (used > 0 && used + unit.length <= limit) {
          line += unit;
          used += unit.length;
        } else if (used > 0) push();
        continue;
      }
      const w = displayWidth(unit);
      if (used + w > limit && used > 0) push();
      if (w <= limit) {
        line += unit;
        used += w;
        continue;
      }
      for (const ch of unit) {
        const cw = charWidth(ch.codePointAt(0)!);
        if (used + cw > limit && used > 0) push();
        line += ch;
        used += cw;
      }
    }
    lines.push(line.trimEnd());
  }
  return lines.join('\n');
}
