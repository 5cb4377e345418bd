/**
 * Words looked up by document text (Map, so no prototype keys), with the
 * characters they can start and end with: most positions fail on one Set
 * lookup instead of slicing every length.
 */
export interface WordTable<V> {
  words: Map<string, V>;
  max: number;
  heads: Set<string>;
  tails: Set<string>;
}

export function wordTable<V>(entries: Iterable<readonly [string, V]>): WordTable<V> {
  const words = new Map<string, V>(entries);
  const keys = [...words.keys()];
  return {
    words,
    max: Math.max(...keys.map((w) => w.length)),
    heads: new Set(keys.map((w) => w[0])),
    tails: new Set(keys.map((w) => w[w.length - 1])),
  };
}

/** The longest word of `table` that starts at `pos`. */
export function longestAt<V>(table: WordTable<V>, text: string, pos: number): [string, V] | null {
  if (!table.heads.has(text[pos])) return null;
  for (let len = Math.min(table.max, text.length - pos); len > 0; len--) {
    const word = text.slice(pos, pos + len);
    if (table.words.has(word)) return [word, table.words.get(word) as V];
  }
  return null;
}

/** The longest word of `table` that ends at `pos` and starts at `from` or later. */
export function longestBefore<V>(table: WordTable<V>, text: string, pos: number, from = 0): V | undefined {
  if (!table.tails.has(text[pos - 1])) return undefined;
  for (let len = Math.min(table.max, pos - from); len > 0; len--) {
    const value = table.words.get(text.slice(pos - len, pos));
    if (value !== undefined) return value;
  }
  return undefined;
}

/** Whether a text contains any of `words`: one regex search instead of a scan per word. */
export function containsAny(words: readonly string[]): (text: string) => boolean {
  const pattern = new RegExp(words.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'));
  return (text) => pattern.test(text);
}
