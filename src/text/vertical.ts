/**
 * Narrow columns wrap one character per line (类/别, 公/共/服/务): join them.
 * Lines of one or two characters, most of them one, are such a column.
 */
export function isVerticalText(parts: readonly string[]): boolean {
  if (parts.length < 2) return false;
  let single = 0;
  for (const p of parts) {
    const len = [...p].length;
    if (len > 2) return false;
    if (len === 1) single++;
  }
  return single * 2 >= parts.length;
}
