import { foldToSimplified } from '../lexicon/hant.js';
import { ENUMERATOR_WORDS, INTRODUCES_WORK } from '../lexicon/sections.js';
import { parseChineseInteger } from '../text/numeral.js';
import { fieldsOfLine, type Field } from './fields.js';
import { copyWith } from '../text/objects.js';

/**
 * An owner sentence that introduces the work after it applies to each item of that work:
 *   局生产技术科牵头，由县推广中心配合，做好以下几方面工作：
 *   一是加大培训。…二是积极引导…。
 * The items are the numbered items under it or, in a paragraph, clauses counted 一是, 二是….
 */

const OWNER_ROLES = new Set(['leader', 'unit', 'partner']);
/** What ends the sentence before the introducing one. */
const SENTENCE_END = /[。；;！？!?]/g;

export interface Introduction {
  /** The owners the introducing sentence names (phrases included: 由X牵头, X配合). */
  owners: Field[];
  /** Where the introduced work starts in the line: after the colon. */
  itemsFrom: number;
}

/** The introduction a line closes with (its items after the colon, on the same line or below), or null. */
export function introductionOf(line: string): Introduction | null {
  const folded = foldToSimplified(line);
  const intro = INTRODUCES_WORK.exec(folded);
  if (!intro) return null;
  const colon = intro.index + intro[0].length;
  // The sentence from the last stop before the introducing words: only its owners are the work's.
  let start = 0;
  for (const stop of folded.slice(0, intro.index).matchAll(SENTENCE_END)) start = stop.index + 1;
  const owners = fieldsOfLine(line.slice(start, colon)).filter((f) => OWNER_ROLES.has(f.role));
  if (owners.length === 0) return null;
  // What follows the colon on its line is the items, or nothing: a line that goes on in prose introduces no list.
  const rest = folded.slice(colon).trim();
  if (rest && enumeratorAt(rest, 0) !== 1) return null;
  return { owners: owners.map((f) => copyWith(f, { index: f.index + start })), itemsFrom: colon };
}

const NUMERALS = '一二三四五六七八九十';
const ENUMERATOR = new RegExp(`[${NUMERALS}]{1,3}(?:${ENUMERATOR_WORDS.join('|')})`, 'y');
const STOPS = new Set(['。', '；', ';', '！', '？', '!', '?', ' ', '\u3000']);

/** The count of an enumerator (一是 → 1) standing at `at`, or null. */
function enumeratorAt(text: string, at: number): number | null {
  ENUMERATOR.lastIndex = at;
  const m = ENUMERATOR.exec(text);
  return m ? parseChineseInteger(m[0].slice(0, -1)) : null;
}

/** The length of the numeral of the enumerator at `at`. */
function numeralLength(text: string, at: number): number {
  let k = at;
  while (NUMERALS.includes(text[k])) k++;
  return k - at;
}

export interface EnumeratedItem {
  /** Which of the texts it stands in. */
  text: number;
  /** Its count: 一是 → 1. */
  value: number;
  start: number;
  end: number;
  /** The length of its numeral (一是 → 1), the counting word after it. */
  counter: number;
}

/**
 * Clauses counted 一是, 二是… from 1 up, each opening a text or following a stop, over the texts in order
 * (the first opening the first text). An item runs to the next one or to the end of its text; a text that
 * opens with no next count ends the list. Fewer than two items are no list.
 */
export function enumeratedItems(texts: readonly string[]): EnumeratedItem[] {
  const items: EnumeratedItem[] = [];
  let expected = 1;
  for (let t = 0; t < texts.length; t++) {
    const folded = foldToSimplified(texts[t]);
    const lead = folded.length - folded.trimStart().length;
    if (enumeratorAt(folded, lead) !== expected) break;
    for (let k = lead; k < folded.length; k++) {
      if (k > lead && !STOPS.has(folded[k - 1])) continue;
      if (enumeratorAt(folded, k) !== expected) continue;
      const last = items[items.length - 1];
      if (last && last.text === t) last.end = k;
      items.push({ text: t, value: expected, start: k, end: folded.length, counter: numeralLength(folded, k) });
      expected++;
    }
  }
  return items.length >= 2 ? items : [];
}
