import type { Task } from '../model/plan.js';

/** Phrases shorter than this are too common to tie a row to a body task. */
const MIN_SHARED_PHRASE = 6;
const MIN_DICE = 0.5;

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
  for (const b of body) {
    const hits = rows.filter((r) => restates(b, r)).map((r) => r.task.id);
    if (hits.length > 0) matches.set(b.task.id, hits);
  }
  return matches;
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
  return { ...item, bigrams: bigrams.sort() };
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
