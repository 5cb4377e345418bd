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
  /** Each text under one of its windows, the one fewest texts share (chosen when first asked). */
  private readonly keys = new Map<string, number[]>();
  private readonly unkeyed: { id: number; text: string }[] = [];

  constructor(private readonly n: number) {}

  /** Indexes `text` under `id`; ids must be added in increasing order. */
  add(id: number, text: string): void {
    if (text.length < this.n) return;
    this.unkeyed.push({ id, text });
    const seen = new Set<string>();
    for (let k = 0; k + this.n <= text.length; k++) {
      const window = text.slice(k, k + this.n);
      if (seen.has(window)) continue;
      seen.add(window);
      push(this.windows, window, id);
    }
  }

  /**
   * Ids whose text may contain `query`: those holding the query's rarest
   * window (a text holding the query holds every window of it; a first
   * window every row shares, 加快推进…, would propose them all).
   */
  containing(query: string): readonly number[] {
    if (query.length < this.n) return [];
    let rarest: readonly number[] | undefined;
    for (let k = 0; k + this.n <= query.length; k++) {
      const ids = this.windows.get(query.slice(k, k + this.n));
      if (ids === undefined) return [];
      if (rarest === undefined || ids.length < rarest.length) rarest = ids;
    }
    return rarest ?? [];
  }

  /** Ids whose text may stand inside `text`: their key window occurs in it (any window would do; the rarest proposes fewest). */
  within(text: string): number[] {
    for (const { id, text: added } of this.unkeyed.splice(0)) push(this.keys, this.rarestWindow(added), id);
    const found = new Set<number>();
    for (let k = 0; k + this.n <= text.length; k++) {
      const ids = this.keys.get(text.slice(k, k + this.n));
      if (ids) for (const id of ids) found.add(id);
    }
    return [...found];
  }

  private rarestWindow(text: string): string {
    let rarest = text.slice(0, this.n);
    let count = Infinity;
    for (let k = 0; k + this.n <= text.length; k++) {
      const window = text.slice(k, k + this.n);
      const ids = this.windows.get(window)!.length;
      if (ids < count) {
        rarest = window;
        count = ids;
      }
    }
    return rarest;
  }
}

function push(map: Map<string, number[]>, key: string, id: number): void {
  const ids = map.get(key);
  if (ids === undefined) map.set(key, [id]);
  else if (ids[ids.length - 1] !== id) ids.push(id);
}

/**
 * Candidate pairs for a Dice threshold over multisets of tokens, with every
 * token numbered by its occurrence (so that overlap is set intersection).
 * Tokens found in COMMON_FROM sets or more are common — the boilerplate every
 * task of a plan carries ("（责任领导：…；责任单位：…）") — and are never probed:
 * probing them proposes every pair. A pair above the threshold either shares a
 * rare token, found through the rare tokens' short lists (only among the
 * rarest few when the query's common tokens cannot reach the threshold alone,
 * as in the AllPairs prefix filter), or shares so many common tokens that
 * both sides are mostly common: such sets are kept apart and listed whole.
 */
export class SimilarityIndex {
  /** Every rare token of every added set, with the ids holding it. */
  private readonly rarePostings = new Map<number, number[]>();
  /** Added sets that could reach the threshold on common tokens alone, by how far their common part exceeds it. */
  private readonly mostlyCommon: { id: number; surplus: number }[] = [];
  private sorted = true;
  private readonly rank: Map<number, number>;
  private readonly common: Set<number>;

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
    this.common = new Set(order.filter((token) => frequency.get(token)! >= COMMON_FROM));
  }

  add(id: number, tokens: readonly number[]): void {
    let common = 0;
    for (const token of tokens) {
      if (this.common.has(token)) common++;
      else pushId(this.rarePostings, token, id);
    }
    // Sharing only common tokens with x: 2·common ≥ t(|x| + |y|), so common − t|y|/2 must reach t|x|/2 > 0.
    const surplus = common - (this.minDice * tokens.length) / 2;
    if (surplus > 0) {
      this.mostlyCommon.push({ id, surplus });
      this.sorted = false;
    }
  }

  /** Ids of added sets that may reach the threshold with `tokens`. */
  candidates(tokens: readonly number[]): number[] {
    if (tokens.length === 0) return [];
    const found = new Set<number>();
    const rare = tokens.filter((token) => !this.common.has(token));
    // Dice ≥ t needs shared ≥ t|x|/(2−t) whatever the other set (shared ≤ |y|); the common tokens supply at most their number.
    const minShared = Math.max(1, Math.ceil((this.minDice * tokens.length) / (2 - this.minDice) - 1e-9));
    const rareNeeded = minShared - (tokens.length - rare.length);
    // Needing r shared rare tokens, a match shares one among all but r − 1 of them, rarest first.
    const probed = rareNeeded >= 1 ? this.byRarity(rare).slice(0, rare.length - rareNeeded + 1) : rare;
    for (const token of probed) for (const id of this.rarePostings.get(token) ?? []) found.add(id);
    if (rareNeeded < 1) {
      if (!this.sorted) this.mostlyCommon.sort((a, b) => b.surplus - a.surplus);
      this.sorted = true;
      const needed = (this.minDice * tokens.length) / 2 - 1e-9;
      for (const { id, surplus } of this.mostlyCommon) {
        if (surplus < needed) break;
        found.add(id);
      }
    }
    return [...found];
  }

  private byRarity(tokens: readonly number[]): number[] {
    return [...tokens].sort((a, b) => (this.rank.get(a) ?? 0) - (this.rank.get(b) ?? 0));
  }
}

/** A token in this many sets or more is common: its list of sets is never probed. */
const COMMON_FROM = 64;

function pushId(map: Map<number, number[]>, token: number, id: number): void {
  const ids = map.get(token);
  if (ids === undefined) map.set(token, [id]);
  else ids.push(id);
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
