/**
 * Totals and what they are made of, as plans state them:
 * "总建筑面积2.4万平方米，其中地上1.6万平方米、地下0.8万平方米"
 * (a breakdown), "总投资300万元。资金来源为：上级资金200万元，县级配套100万元"
 * (a breakdown in the next sentence), "共3个：甲、乙、丙" (a list). Only the
 * structure is read here; whether it adds up is the rule's business.
 */
import { foldToSimplified } from '../lexicon/hant.js';
import {
  BREAKDOWN_MARKERS,
  COMPLEMENTARY_PARTS,
  ENUMERATION_OPENERS,
  FUNDING_SOURCE_MARKERS,
  LIST_AMBIGUOUS,
  LIST_OPENERS,
  NOT_PART_MARKERS,
  PARTIAL_LIST_OPENERS,
  PER_ITEM_MARKERS,
  REMAINDER_PARTS,
} from '../lexicon/metrics.js';
import type { TargetFact } from './metric.js';
import { resolveUnit, type QuantityMatch } from './quantity.js';

export interface SumStatement {
  kind: 'breakdown' | 'list';
  /** Index of the total among the task's targets. */
  total: number;
  /** breakdown: indexes of the parts among the task's targets. */
  parts: number[];
  /** list: the items named after the count, as written. */
  items: string[];
  /**
   * Why the parts are all of the total: they name both halves of a pair
   * (地上/地下), or the last one is the remainder (地方配套, 其余); null when
   * they may be a selection ("其中" often names only the notable parts).
   */
  exhaustive: 'pair' | 'remainder' | null;
}

const SENTENCE_END = /[。；;\n\t]/;
const CLAUSE_PUNCTUATION = /^[\s，,：:]*/;
const LIST_END = /[。；;\n\t，,]/;
const OPENERS = [...LIST_OPENERS].sort((a, b) => b.length - a.length);
const OPENING = new Set([...'（(“‘《「【']);
const CLOSING = new Set([...'）)”’》」】']);

export function findSums(text: string, matches: readonly QuantityMatch[], facts: readonly TargetFact[]): SumStatement[] {
  const sums: SumStatement[] = [];
  matches.forEach((match, i) => {
    if (facts[i].range) return;
    if (facts[i].total && match.dimension !== 'ratio') {
      const { parts, skipped } = breakdownParts(text, matches, facts, i);
      const exhaustive = skipped ? null : exhaustiveness(parts.map((p) => facts[p].metric));
      if (parts.length > 0) sums.push({ kind: 'breakdown', total: i, parts, items: [], exhaustive });
    }
    if (match.dimension === 'count' && Number.isInteger(match.value)) {
      const items = listedItems(text, facts[i].end);
      if (items) sums.push({ kind: 'list', total: i, parts: [], items, exhaustive: null });
    }
  });
  return sums;
}

/**
 * The parts of a total: the targets of the same dimension in the rest of the
 * sentence when it goes on with 其中, or in the next sentence when that
 * opens with 资金来源 (money only).
 */
function breakdownParts(
  text: string,
  matches: readonly QuantityMatch[],
  facts: readonly TargetFact[],
  i: number,
): { parts: number[]; skipped: boolean } {
  const after = facts[i].end;
  const clause = after + (CLAUSE_PUNCTUATION.exec(text.slice(after))?.[0].length ?? 0);
  let from = -1;
  if (BREAKDOWN_MARKERS.some((m) => text.startsWith(m, clause))) {
    from = clause;
  } else if (matches[i].dimension === 'money') {
    const end = sentenceEnd(text, after);
    const next = end + 1 + (/^\s*/.exec(text.slice(end + 1))?.[0].length ?? 0);
    const opening = foldToSimplified(text.slice(next, next + 8));
    if (end < text.length && FUNDING_SOURCE_MARKERS.some((m) => opening.startsWith(m))) from = next;
  }
  if (from < 0) return { parts: [], skipped: false };
  const to = sentenceEnd(text, from);
  const parts: number[] = [];
  let skipped = false;
  for (let j = i + 1; j < matches.length; j++) {
    if (facts[j].start < from) continue;
    if (facts[j].start >= to) break;
    if (!comparable(matches[i], matches[j]) || facts[j].nested) continue;
    if (isPart(facts[j])) parts.push(j);
    else skipped = true;
  }
  return { parts, skipped };
}

/**
 * Ranges, per-item figures (每个乡镇16万元) and progress figures (已到位250万元)
 * are not parts; leaving them out leaves the list incomplete.
 */
function isPart(fact: TargetFact): boolean {
  const folded = foldToSimplified(fact.metric);
  return !fact.range && ![...PER_ITEM_MARKERS, ...NOT_PART_MARKERS].some((m) => folded.includes(m));
}

function sentenceEnd(text: string, from: number): number {
  const k = text.slice(from).search(SENTENCE_END);
  return k < 0 ? text.length : from + k;
}

/** Same unit, or both convertible in the same dimension (亩 and 平方米). */
function comparable(a: QuantityMatch, b: QuantityMatch): boolean {
  if (a.dimension !== b.dimension) return false;
  if (a.unit === b.unit) return true;
  return resolveUnit(a.unit)?.toBase !== undefined && resolveUnit(b.unit)?.toBase !== undefined;
}

function exhaustiveness(labels: readonly string[]): SumStatement['exhaustive'] {
  const folded = labels.map(foldToSimplified);
  const names = (word: string) => folded.findIndex((label) => label.includes(word));
  for (const [a, b] of COMPLEMENTARY_PARTS) {
    const ka = names(a);
    const kb = names(b);
    if (ka >= 0 && kb >= 0 && ka !== kb) return 'pair';
  }
  // "其中地方配套91万元" alone names one part; a remainder closes a list of two or more.
  const last = folded[folded.length - 1] ?? '';
  return folded.length >= 2 && REMAINDER_PARTS.some((w) => last.includes(w)) ? 'remainder' : null;
}

/**
 * "3个：甲、乙、丙。" or "3个（甲、乙、丙）" → [甲, 乙, 丙]. Only a list
 * that runs to the end of its sentence or bracket with no comma and no
 * 和/及/等 inside an item: anything else may be partial or split in other
 * ways, and a count must never be misjudged.
 */
function listedItems(text: string, after: number): string[] | null {
  const list = listAfter(text, after)?.trim() ?? null;
  if (list === null || /[，,]/.test(list) || ENUMERATION_OPENERS.some((w) => list.startsWith(w))) return null;
  const items = splitOutsideParentheses(list);
  if (items.length < 2 || items.some((item) => item.length === 0 || LIST_AMBIGUOUS.some((w) => item.includes(w)))) return null;
  return items;
}

/** The text of the list after a count: up to the end of the clause after a colon, or the bracket right after the unit. */
function listAfter(text: string, after: number): string | null {
  const opener = OPENERS.find((o) => text.startsWith(o, after));
  if (opener) {
    const rest = text.slice(after + opener.length);
    const stop = rest.search(LIST_END);
    if (stop >= 0 && /[，,]/.test(rest[stop])) return null;
    return stop < 0 ? rest : rest.slice(0, stop);
  }
  // Only a bracket right after the unit: in "3个乡镇（街道、经开区）" it qualifies the noun, it lists nothing.
  const open = after;
  if (text[open] !== '（' && text[open] !== '(') return null;
  const close = closingBracket(text, open);
  if (close < 0) return null;
  const inside = text.slice(open + 1, close);
  return PARTIAL_LIST_OPENERS.some((w) => inside.startsWith(w)) ? null : inside;
}

function closingBracket(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (OPENING.has(text[i])) depth++;
    else if (CLOSING.has(text[i]) && --depth === 0) return i;
  }
  return -1;
}

/** 甲、乙（含丙、丁）、“一门式办理、一站式服务” is three items: a 、 inside brackets or quotes does not count. */
function splitOutsideParentheses(list: string): string[] {
  const items: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of list) {
    if (OPENING.has(ch)) depth++;
    if (CLOSING.has(ch)) depth = Math.max(0, depth - 1);
    if (ch === '、' && depth === 0) {
      items.push(current.trim());
      current = '';
    } else {
      current += ch;
    }
  }
  items.push(current.trim());
  return items;
}
