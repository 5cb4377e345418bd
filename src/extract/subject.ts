import { ADVERBIAL_PREPOSITIONS, ADVERBIAL_PREPOSITIONS_AFTER_PLACES, NOT_ADVERBIAL_OPENERS, ORG_SUFFIXES, VERBS_ENDING_LIKE_NAMES } from '../lexicon/organisations.js';
import { PLACE_LEVELS } from '../lexicon/table-layout.js';

/**
 * The organisations a clause opens with, joined by 、及和与 ("县文旅局及各乡镇、街道"),
 * matched as the regex
 *
 *   ^(ORG(?:[、及和与]ORG)*)  with  ORG = 各?[\u4e00-\u9fff（）()“”xX×*＊]{0,40}?SUFFIX(?:[（(][^（）()]{1,12}[）)])?
 *
 * followed by what the caller looks for (a verb) would match: the same subject,
 * chosen in the same order (as many names as can be followed, each as short as
 * it can be). The regex tries every way of cutting the list into names, and
 * 及和与 are Han characters a name may also hold, so one clause of twenty-odd
 * names joined by 和 that fails at the end takes seconds and each further name
 * doubles it. Here each position is resolved once, right to left.
 */

/** How far a name runs before its suffix. */
const MAX_NAME_BODY = 40;
/** A bracketed part after the suffix: 各乡镇(工业区). */
const MAX_BRACKETED = 12;
const SEPARATORS = new Set(['、', '及', '和', '与']);
/** A name's characters; a template or a public copy may hold its place with xx, ×× or ** (县xx局). */
const NAME_BODY = /[\u4e00-\u9fff（）()“”xX×*＊]/;
const BRACKETS = new Set(['（', '）', '(', ')']);
/** Suffixes by their first character, each list in the lexicon's order (the regex alternation's). */
const SUFFIXES_BY_HEAD = new Map<string, string[]>();
for (const suffix of ORG_SUFFIXES) {
  const list = SUFFIXES_BY_HEAD.get(suffix[0]);
  if (list) list.push(suffix);
  else SUFFIXES_BY_HEAD.set(suffix[0], [suffix]);
}

/**
 * The subject at `start` of `text` followed by what `follows` accepts (its
 * answer for the position after the subject, null where it does not follow).
 */
export function clauseSubject<T>(text: string, start: number, follows: (end: number) => T | null): { end: number; then: T } | null {
  // resolved[p]: the first success of the regex's search once a name ends at p (undefined: not yet known).
  const resolved: Array<{ end: number; then: T } | null | undefined> = [];
  const resolve = (p: number): { end: number; then: T } | null => {
    if (resolved[p] !== undefined) return resolved[p];
    let found: { end: number; then: T } | null = null;
    if (SEPARATORS.has(text[p])) {
      for (const q of nameEnds(text, p + 1)) {
        found = resolve(q);
        if (found) break;
      }
    }
    if (!found) {
      const then = follows(p);
      if (then !== null) found = { end: p, then };
    }
    resolved[p] = found;
    return found;
  };
  // Positions further right first: the recursion in resolve then never goes deeper than one name.
  for (let p = text.length; p > start; p--) if (SEPARATORS.has(text[p])) resolve(p);
  for (const q of nameEnds(text, start)) {
    const found = resolve(q);
    if (found) return found;
  }
  return null;
}

/** Where an organisation's name starting at `start` may end, in the regex's order of trying. */
function* nameEnds(text: string, start: number): Generator<number> {
  const bodyStarts = text[start] === '各' ? [start + 1, start] : [start];
  for (const bodyStart of bodyStarts) {
    for (let length = 0; length <= MAX_NAME_BODY; length++) {
      const at = bodyStart + length;
      if (at >= text.length) break;
      for (const suffix of SUFFIXES_BY_HEAD.get(text[at]) ?? []) {
        if (!text.startsWith(suffix, at)) continue;
        const end = at + suffix.length;
        if (endsWithVerb(text, bodyStart, end)) continue;
        const bracketed = bracketedEnd(text, end);
        if (bracketed !== null) yield bracketed;
        yield end;
      }
      if (!NAME_BODY.test(text[at]) || adverbialAfterBody(text, bodyStart, at)) break;
    }
  }
}

const PREPOSITION_HEADS = new Set(ADVERBIAL_PREPOSITIONS.map((word) => word[0]));
/** Suffixes that end a whole body; a place level alone (…市, …县) may go on into a place's name (某市于都县). */
const BODY_SUFFIXES = ORG_SUFFIXES.filter((suffix) => suffix.length > 1 || !PLACE_LEVELS.includes(suffix));
const endsWithAny = (text: string, start: number, at: number, words: readonly string[]) =>
  words.some((word) => at - word.length >= start && text.startsWith(word, at - word.length));

/**
 * Does an adverbial open at `at`, after a complete body's name text[start, at)? The clause's subject
 * ends there: in 某集团对…问题在全集团开展, the owner is 某集团, not the whole span up to 全集团.
 */
export function adverbialAfterBody(text: string, start: number, at: number): boolean {
  if (!PREPOSITION_HEADS.has(text[at])) return false;
  if (NOT_ADVERBIAL_OPENERS.some((word) => text.startsWith(word, at))) return false;
  if (ADVERBIAL_PREPOSITIONS.some((word) => text.startsWith(word, at)) && endsWithAny(text, start, at, BODY_SUFFIXES)) return true;
  return ADVERBIAL_PREPOSITIONS_AFTER_PLACES.some((word) => text.startsWith(word, at)) && endsWithAny(text, start, at, PLACE_LEVELS);
}

/** Does text[start, end) end with a verb that only looks like a name's ending (…部署)? */
export function endsWithVerb(text: string, start: number, end: number): boolean {
  return VERBS_ENDING_LIKE_NAMES.some((verb) => end - verb.length >= start && text.startsWith(verb, end - verb.length));
}

/** The end of "（工业区）" at `at`: one to twelve characters, none a bracket, then the closer. */
function bracketedEnd(text: string, at: number): number | null {
  if (text[at] !== '（' && text[at] !== '(') return null;
  let k = at + 1;
  while (k < text.length && k - at - 1 < MAX_BRACKETED && !BRACKETS.has(text[k])) k++;
  return k > at + 1 && (text[k] === '）' || text[k] === ')') ? k + 1 : null;
}

const SUFFIX_TAILS = new Set(ORG_SUFFIXES.map((suffix) => suffix[suffix.length - 1]));
const BRACKET_CLOSERS = new Set(['）', ')']);

/**
 * Does folded[start, end) end like an organisation, with its suffix last or
 * before a closing bracket part ("各乡镇（工业区）")? As /(?:SUFFIX)(?:[（(][^）)]*[）)])?$/
 * on the slice, without slicing: splitOwners asks at every 及 of a value.
 */
export function endsLikeOrg(folded: string, start: number, end: number): boolean {
  if (suffixEndsAt(folded, start, end)) return true;
  if (end - 1 < start || !BRACKET_CLOSERS.has(folded[end - 1])) return false;
  for (let k = end - 2; k >= start && !BRACKET_CLOSERS.has(folded[k]); k--) {
    if ((folded[k] === '（' || folded[k] === '(') && suffixEndsAt(folded, start, k)) return true;
  }
  return false;
}

function suffixEndsAt(folded: string, start: number, end: number): boolean {
  if (end <= start || !SUFFIX_TAILS.has(folded[end - 1])) return false;
  return ORG_SUFFIXES.some((suffix) => end - suffix.length >= start && folded.startsWith(suffix, end - suffix.length));
}
