/**
 * Indexes that let a stage compare every body task with every table row
 * without comparing each pair: a 700 KB plan has thousands of both, and a
 * pairwise loop grows with the square of the document.
 */

/**
 * Which texts may contain a query, or be contained in one, found through the
 * n-character windows they share. Answers are candidates, in insertion order:
 * the caller still checks the real condition, so the index never changes
 * what is matched, only how many pairs are looked at.
 */
export class WindowIndex {
  private readonly windows = new Map<string, number[]>();
  private readonly prefixes = new Map<string, number[]>();

  constructor(private readonly n: number) {}

  /** Indexes `text` under `id`; ids must be added in increasing order. */
  add(id: number, text: string): void {
    if (text.length < this.n) return;
    push(this.prefixes, text.slice(0, this.n), id);
    const seen = new Set<string>();
    for (let k = 0; k + this.n <= text.length; k++) {
      const window = text.slice(k, k + this.n);
      if (seen.has(window)) continue;
      seen.add(window);
      push(this.windows, window, id);
    }
  }

  /** Ids whose text may contain `query` (every id whose text has the query's first window). */
  containing(query: string): readonly number[] {
    return query.length < this.n ? [] : (this.windows.get(query.slice(0, this.n)) ?? []);
  }

  /** Ids whose text may stand inside `text` (their first window occurs in it). */
  within(text: string): number[] {
    const found = new Set<number>();
    for (let k = 0; k + this.n <= text.length; k++) {
      const ids = this.prefixes.get(text.slice(k, k + this.n));
      if (ids) for (const id of ids) found.add(id);
    }
    return [...found];
  }
}

function push(map: Map<string, number[]>, key: string, id: number): void {
  const ids = map.get(key);
  if (ids === undefined) map.set(key, [id]);
  else if (ids[ids.length - 1] !== id) ids.push(id);
}

/**
 * Candidate pairs for a Dice threshold over multisets of tokens (prefix
 * filtering, as in the AllPairs algorithm): with every token numbered by its
 * occurrence and all sets sorted from rarest to commonest token, two sets that
 * share enough tokens must share one among the first few of each. Only those
 * prefixes are indexed and probed, and rare tokens have short lists.
 */
export class SimilarityIndex {
  private readonly postings = new Map<number, number[]>();
  private readonly rank: Map<number, number>;

  /**
   * `minDice` is the threshold; `all` every token set that will be added or
   * probed, so that rarity is counted over both sides.
   */
  constructor(
    private readonly minDice: number,
    all: readonly (readonly number[])[],
  ) {
    const frequency = new Map<number, number>();
    for (const tokens of all) for (const token of tokens) frequency.set(token, (frequency.get(token) ?? 0) + 1);
    const order = [...frequency.keys()].sort((a, b) => frequency.get(a)! - frequency.get(b)! || a - b);
    this.rank = new Map(order.map((token, k) => [token, k]));
  }

  add(id: number, tokens: readonly number[]): void {
    for (const token of this.prefix(tokens)) {
      const ids = this.postings.get(token);
      if (ids === undefined) this.postings.set(token, [id]);
      else ids.push(id);
    }
  }

  /** Ids of added sets that may reach the threshold with `tokens`. */
  candidates(tokens: readonly number[]): number[] {
    const found = new Set<number>();
    for (const token of this.prefix(tokens)) for (const id of this.postings.get(token) ?? []) found.add(id);
    return [...found];
  }

  /**
   * Dice ≥ t needs shared ≥ t(|x|+|y|)/2, and since shared ≤ |y| that is at
   * least t|x|/(2−t) whatever the other set: all but that many tokens less one
   * form the prefix that must hold a shared token.
   */
  private prefix(tokens: readonly number[]): number[] {
    if (tokens.length === 0) return [];
    const minShared = Math.max(1, Math.ceil((this.minDice * tokens.length) / (2 - this.minDice) - 1e-9));
    const sorted = [...tokens].sort((a, b) => (this.rank.get(a) ?? 0) - (this.rank.get(b) ?? 0));
    return sorted.slice(0, tokens.length - minShared + 1);
  }
}

/**
 * A text's character bigrams as tokens numbered by occurrence (the second 工作
 * is a token of its own), so that the multiset overlap of two texts is the
 * size of the intersection of their token sets.
 */
export function bigramTokens(text: string): number[] {
  const seen = new Map<number, number>();
  const tokens: number[] = [];
  for (let k = 0; k + 1 < text.length; k++) {
    const bigram = text.charCodeAt(k) * 0x10000 + text.charCodeAt(k + 1);
    const occurrence = seen.get(bigram) ?? 0;
    seen.set(bigram, occurrence + 1);
    // 2^32 bigrams × 2^16 occurrences stays below 2^53.
    tokens.push(bigram * 0x10000 + Math.min(occurrence, 0xffff));
  }
  return tokens;
}
