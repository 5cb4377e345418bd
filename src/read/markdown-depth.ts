import type { SourceLocation } from '../model/location.js';

/**
 * Container nesting cut to a bound before remark parses the text. micromark
 * re-checks every open container on every line, and mdast builds a node per
 * level: a document nesting blockquotes and lists hundreds deep costs far
 * more than its size (400 levels, 160 KB: 17 s). No plan nests that deep;
 * a line's markers past the bound are dropped and its indentation past the
 * bound's width is cut, so deeper lines become siblings at the deepest level
 * kept, their text whole.
 */

/** Blockquote and list markers kept at the start of a line. */
export const MAX_CONTAINER_DEPTH = 32;
/** Leading whitespace kept, in columns (a tab counts 4): 64 levels of two-space list indentation. */
const MAX_INDENT = 4 * MAX_CONTAINER_DEPTH;

/** A line that could go past either bound starts with at least this many prefix characters. */
const MAYBE_DEEP = new RegExp(`^[ \\t>*+\\-0-9.)]{${MAX_CONTAINER_DEPTH + 1}}`, 'm');

/** Where a flattened line's text moved: from this column on (1-based, in the flattened line), `by` columns left. */
export type MovedText = Map<number, { from: number; by: number }>;

export function flattenDeepNesting(source: string): { text: string; moved: MovedText } {
  const moved: MovedText = new Map();
  if (!MAYBE_DEEP.test(source)) return { text: source, moved };
  const lines = source.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const flat = flattenLine(lines[i]);
    if (flat === null) continue;
    lines[i] = flat.line;
    moved.set(i + 1, { from: flat.textAt + 1, by: flat.cut });
  }
  return { text: moved.size > 0 ? lines.join('\n') : source, moved };
}

/** Locations found in the flattened text, put back on the columns of the text as written. */
export function restoreColumns(locations: Iterable<SourceLocation>, moved: MovedText): void {
  if (moved.size === 0) return;
  const done = new Set<SourceLocation>();
  for (const loc of locations) {
    const shift = loc.line === undefined ? undefined : moved.get(loc.line);
    if (!shift || done.has(loc) || (loc.column ?? 1) < shift.from) continue;
    loc.column = (loc.column ?? 1) + shift.by;
    done.add(loc);
  }
}

const isSpace = (c: string | undefined): boolean => c === ' ' || c === '\t';

/** Where a container marker starting at `at` ends (">", "-", "1." or "1)" before a space), or -1. */
function markerEnd(line: string, at: number): number {
  const c = line[at];
  if (c === '>') return at + 1;
  if ((c === '-' || c === '*' || c === '+') && isSpace(line[at + 1])) return at + 1;
  let end = at;
  while (end < line.length && end - at < 9 && line[end] >= '0' && line[end] <= '9') end++;
  return end > at && (line[end] === '.' || line[end] === ')') && isSpace(line[end + 1]) ? end + 1 : -1;
}

/**
 * The line with its prefix's markers past MAX_CONTAINER_DEPTH and whitespace
 * past MAX_INDENT left out, where its text now starts and how many characters
 * were cut before it; null when nothing is cut.
 */
function flattenLine(line: string): { line: string; textAt: number; cut: number } | null {
  let kept = '';
  let markers = 0;
  let columns = 0;
  let at = 0;
  let cutSpace = false;
  let cutMarker = false;
  for (;;) {
    const spaceStart = at;
    while (isSpace(line[at])) at++;
    // The whitespace in front of a marker or of the text; after a dropped marker none is kept (it would read as code).
    for (let i = spaceStart; i < at && !cutMarker; i++) {
      const width = line[i] === '\t' ? 4 : 1;
      if (columns + width > MAX_INDENT) cutSpace = true;
      else {
        kept += line[i];
        columns += width;
      }
    }
    const end = markerEnd(line, at);
    if (end < 0) break;
    if (markers < MAX_CONTAINER_DEPTH) {
      kept += line.slice(at, end);
      columns += end - at;
      markers++;
    } else cutMarker = true;
    at = end;
  }
  if (!cutSpace && !cutMarker) return null;
  // The text stays apart from the last marker kept.
  const prefix = kept + (kept === '' || isSpace(kept[kept.length - 1]) ? '' : ' ');
  return { line: prefix + line.slice(at), textAt: prefix.length, cut: at - prefix.length };
}
