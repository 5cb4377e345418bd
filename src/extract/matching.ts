import type { Task } from '../model/plan.js';
import { SimilarityIndex, WindowIndex, bigramTokens } from './text-index.js';
import { copyWith } from '../text/objects.js';

/** Phrases shorter than this are too common to tie a row to a body task. */
const MIN_SHARED_PHRASE = 6;
const MIN_DICE = 0.5;
/** Below this many body × row pairs, trying each pair costs less than building the indexes. */
const PAIRS_WORTH_INDEXING = 5000;

/**
 * Which table rows restate which body tasks (附表 rows summarising the
 * prose): a row's title or one of its sentences stands in the body task, the
 * body task's title stands in the row, or their wording mostly overlaps.
 * Many-to-many: one row may restate parts of two body tasks.
 */
export function matchRestatements(tasks: readonly Task[]): Map<string, string[]> {
  const matches = new Map<string, string[]>();
  if (!tasks.some((t) => t.origin === 'body') || !tasks.some((t) => t.origin === 'table')) return matches;
  const body = tasks.filter((t) => t.origin === 'body').map((t) => withBigrams({ task: t, text: normalise(t.text), title: normalise(t.title) }));
  const rows = tasks.filter((t) => t.origin === 'table').map((t) => withBigrams({ task: t, text: normalise(t.text), phrases: rowPhrases(t) }));
  const everyRow = rows.map((_, k) => k);
  const candidates = body.length * rows.length > PAIRS_WORTH_INDEXING ? candidateRows(body, rows) : () => everyRow;
  for (const b of body) {
    const hits = candidates(b)
      .filter((k) => restates(b, rows[k]))
      .map((k) => rows[k].task.id);
    if (hits.length > 0) matches.set(b.task.id, hits);
  }
  return matches;
}

/**
 * The rows each test of `restates` could pass for a body task, found through
 * indexes rather than by trying every row: a row phrase inside the body text,
 * the body title inside a row, or enough shared bigrams. In row order.
 */
function candidateRows(body: readonly (Wording & { title: string })[], rows: readonly (Wording & { phrases: string[] })[]): (b: Wording & { title: string }) => number[] {
  const phrases = new WindowIndex(MIN_SHARED_PHRASE);
  const rowTexts = new WindowIndex(MIN_SHARED_PHRASE);
  const phraseOwner: number[] = [];
  rows.forEach((row, k) => {
    rowTexts.add(k, row.text);
    for (const phrase of row.phrases) {
      phrases.add(phraseOwner.length, phrase);
      phraseOwner.push(k);
    }
  });
  const tokens = new Map([...body, ...rows].map((w) => [w, bigramTokens(w.text)]));
  const similar = new SimilarityIndex(MIN_DICE, [...tokens.values()]);
  rows.forEach((row, k) => similar.add(k, tokens.get(row)!));
  return (b) => {
    const found = new Set<number>(similar.candidates(tokens.get(b)!));
    for (const phrase of phrases.within(b.text)) found.add(phraseOwner[phrase]);
    if (b.title.length >= MIN_SHARED_PHRASE) for (const k of rowTexts.containing(b.title)) found.add(k);
    return [...found].sort((x, y) => x - y);
  };
}

function restates(body: Wording & { title: string }, row: Wording & { phrases: string[] }): boolean {
  if (row.phrases.some((p) => body.text.includes(p))) return true;
  if (body.title.length >= MIN_SHARED_PHRASE && row.text.includes(body.title)) return true;
  return mostlyShared(body, row);
}

/**
 * The row's title and the sentences of its cells, long enough to be
 * distinctive; owner and deadline cells say who and when, not what.
 */
function rowPhrases(task: Task): string[] {
  const assigned = new Set([...task.owners.leaders, ...task.owners.units, ...task.owners.partners, task.deadline?.text ?? ''].map(normalise));
  const parts = [task.title, ...task.text.split(/[\t\n。；;]/)].map(normalise);
  return [...new Set(parts.filter((p) => p.length >= MIN_SHARED_PHRASE && !assigned.has(p) && !/^\d{4}年/.test(p)))];
}

function normalise(text: string): string {
  return text.replace(/[\s\u3000，,。．.、；;：:“”"'‘’《》（）()]/g, '');
}

/** A normalised text with its character bigrams, sorted: counted once per task rather than once per pair compared. */
interface Wording {
  text: string;
  bigrams: Uint32Array;
}

function withBigrams<T extends { text: string }>(item: T): T & Wording {
  const { text } = item;
  const bigrams = new Uint32Array(Math.max(0, text.length - 1));
  for (let k = 0; k < bigrams.length; k++) bigrams[k] = text.charCodeAt(k) * 0x10000 + text.charCodeAt(k + 1);
  return copyWith(item, { bigrams: bigrams.sort() }) as T & Wording;
}

/**
 * Whether the Dice coefficient over character bigrams reaches MIN_DICE: each
 * bigram is shared as often as the rarer side has it (one merge of the two
 * sorted lists, given up as soon as the bigrams left could no longer reach it).
 */
function mostlyShared(a: Wording, b: Wording): boolean {
  const x = a.bigrams;
  const y = b.bigrams;
  if (x.length === 0 || y.length === 0) return false;
  // Dice = 2 × shared / (x + y): twice the shared bigrams must reach this.
  const needed = MIN_DICE * (x.length + y.length);
  let shared = 0;
  for (let i = 0, j = 0; i < x.length && j < y.length; ) {
    if (2 * (shared + Math.min(x.length - i, y.length - j)) < needed) return false; // even sharing all the rest falls short
    if (x[i] < y[j]) i++;
    else if (x[i] > y[j]) j++;
    else {
      shared++;
      i++;
      j++;
    }
  }
  return 2 * shared >= needed;
}
