/**
 * The lines of a table drawn with box characters, read as segments: the text
 * between two vertical strokes or junctions, one segment per column. A segment
 * made only of horizontal strokes is a rule (it closes the cell above it).
 * Two alphabets are read:
 *  - the box-drawing block (┌ ┬ ┐ │ ├ ┼ ┤ └ ┴ ┘ ─, double ═ ║ ╔ ╦ …, heavy ━ ┃ …);
 *  - ASCII (+---+ rules, | between cells), only in a run that starts with a +---+ rule.
 */
export interface Segment {
  /** Trimmed text; a rule segment's strokes. */
  text: string;
  rule: boolean;
  /** Display position of the segment in its line (CJK counts two), for lines that span columns. */
  start: number;
  end: number;
}

export interface BoxLine {
  segments: Segment[];
  /** Every segment is a rule: a border or a line between rows. */
  rule: boolean;
}

export type BoxAlphabet = 'unicode' | 'ascii';

const BOX_FIRST = 0x2500;
const BOX_LAST = 0x257f;
/** The horizontal strokes of the box-drawing block (light, heavy, double, dashed, half). */
const UNICODE_HORIZONTAL = new Set('─━═┄┅┈┉╌╍╴╶╸╺╼╾');
const ASCII_HORIZONTAL = new Set('-=');
const ASCII_RULE = /^\+(?:[-=]+\+)+$/;

const isBoxChar = (ch: string) => {
  const cp = ch.codePointAt(0)!;
  return cp >= BOX_FIRST && cp <= BOX_LAST;
};

/** Full-width and CJK characters take two columns of a fixed-width page (box strokes included). */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += ch.codePointAt(0)! >= 0x1100 ? 2 : 1;
  return width;
}

/** The alphabet a table drawn from this line on uses, or null when the line starts none. */
export function boxAlphabet(text: string): BoxAlphabet | null {
  const first = text.trimStart()[0];
  if (first === undefined) return null;
  if (isBoxChar(first) && !UNICODE_HORIZONTAL.has(first)) return 'unicode';
  return ASCII_RULE.test(text.trim()) ? 'ascii' : null;
}

function isSeparator(chars: readonly string[], k: number, alphabet: BoxAlphabet): boolean {
  const ch = chars[k];
  if (alphabet === 'unicode') return isBoxChar(ch) && !UNICODE_HORIZONTAL.has(ch);
  if (ch === '|') return true;
  // "+" joins strokes in a rule; inside a cell's text it is a plus sign.
  if (ch !== '+') return false;
  const near = (c: string | undefined) => c === undefined || ASCII_HORIZONTAL.has(c);
  return near(chars[k - 1]) || near(chars[k + 1]);
}

function isRuleText(text: string, alphabet: BoxAlphabet): boolean {
  const strokes = alphabet === 'unicode' ? UNICODE_HORIZONTAL : ASCII_HORIZONTAL;
  const chars = [...text];
  // ASCII: a lone "-" in a cell means "none"; a rule is a run of strokes.
  return chars.length >= (alphabet === 'unicode' ? 1 : 2) && chars.every((c) => strokes.has(c));
}

/** A line of the table, or null when it does not start with a stroke of the alphabet. */
export function readBoxLine(text: string, alphabet: BoxAlphabet): BoxLine | null {
  const chars = [...text.trim()];
  if (chars.length === 0 || !isSeparator(chars, 0, alphabet)) return null;
  const segments: Segment[] = [];
  let piece = '';
  let position = displayWidth(chars[0]);
  let start = position;
  const close = () => {
    const trimmed = piece.trim();
    segments.push({ text: trimmed, rule: isRuleText(trimmed, alphabet), start, end: position });
  };
  for (let k = 1; k < chars.length; k++) {
    if (isSeparator(chars, k, alphabet)) {
      close();
      piece = '';
      position += displayWidth(chars[k]);
      start = position;
    } else {
      piece += chars[k];
      position += displayWidth(chars[k]);
    }
  }
  // A line cut off before its right border keeps its last segment.
  if (piece.trim() !== '') close();
  if (segments.length === 0) return null;
  return { segments, rule: segments.every((s) => s.rule) };
}
