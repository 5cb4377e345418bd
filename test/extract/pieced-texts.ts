/**
 * Texts pieced together at random (a fixed seed) from a few words, brackets and
 * separators: short enough for a backtracking reference regex, varied enough
 * to reach its corner cases.
 */
export function piecedTexts(pieces: readonly string[], count: number, maxPieces: number, seed: number): string[] {
  let state = seed;
  const next = () => (state = (Math.imul(state, 1103515245) + 12345) >>> 0);
  return Array.from({ length: count }, () => Array.from({ length: 1 + (next() % maxPieces) }, () => pieces[next() % pieces.length]).join(''));
}
