/**
 * Bordered terminal tables, drawn as cli-table3 draws them with fixed column
 * widths and one space of padding (box-drawing borders, a rule under every
 * row), without its cost at start: cli-table3 measures each cell many times
 * with string-width and its emoji regex, tens of milliseconds for one report.
 * Cells arrive wrapped to their columns (wrap.ts) and are measured with the
 * same display widths.
 */
import { displayWidth } from './wrap.js';

/** How borders and the header row are painted (identity when there is no colour). */
export interface TableStyle {
  border: (text: string) => string;
  head: (text: string) => string;
}

export const PLAIN: TableStyle = { border: (text) => text, head: (text) => text };

interface RuleChars {
  left: string;
  cross: string;
  right: string;
}

const TOP: RuleChars = { left: '┌', cross: '┬', right: '┐' };
const BETWEEN: RuleChars = { left: '├', cross: '┼', right: '┤' };
const BOTTOM: RuleChars = { left: '└', cross: '┴', right: '┘' };
const HORIZONTAL = '─';
const VERTICAL = '│';
const ELLIPSIS = '…';

/** `rows[0]` is the header row; `widths` include the padding of each column. */
export function drawTable(rows: ReadonlyArray<readonly string[]>, widths: readonly number[], style: TableStyle = PLAIN): string {
  const out: string[] = [];
  rows.forEach((row, y) => {
    out.push(rule(widths, y === 0 ? TOP : BETWEEN, style));
    const cells = row.map((text) => text.split('\n'));
    const height = Math.max(1, ...cells.map((lines) => lines.length));
    for (let k = 0; k < height; k++) out.push(textLine(cells.map((lines) => lines[k] ?? ''), widths, y === 0, style));
  });
  out.push(rule(widths, BOTTOM, style));
  return out.join('\n');
}

/** A border line; each cell's piece is painted on its own, as cli-table3 does. */
function rule(widths: readonly number[], chars: RuleChars, style: TableStyle): string {
  const last = widths.length - 1;
  return widths
    .map((width, x) => style.border(`${x === 0 ? chars.left : chars.cross}${HORIZONTAL.repeat(width)}${x === last ? chars.right : ''}`))
    .join('');
}

function textLine(texts: readonly string[], widths: readonly number[], isHead: boolean, style: TableStyle): string {
  const last = widths.length - 1;
  return texts
    .map((text, x) => {
      const content = ` ${fit(text, widths[x] - 2)} `;
      return `${style.border(VERTICAL)}${isHead ? style.head(content) : content}${x === last ? style.border(VERTICAL) : ''}`;
    })
    .join('');
}

/** Padded to `width` columns; a line that is too wide keeps what fits and ends in "…". */
function fit(text: string, width: number): string {
  let shown = text;
  let used = displayWidth(text);
  if (used > width) {
    shown = '';
    used = 0;
    for (const ch of text) {
      const w = displayWidth(ch);
      if (used + w > width - 1) break;
      shown += ch;
      used += w;
    }
    shown += ELLIPSIS;
    used += 1;
  }
  return shown + ' '.repeat(Math.max(0, width - used));
}
