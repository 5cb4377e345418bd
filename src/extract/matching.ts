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
  const body = tasks.filter((t) => t.origin === 'body').map((t) => ({ task: t, text: normalise(t.text), title: normalise(t.title) }));
  const rows = tasks.filter((t) => t.origin === 'table').map((t) => ({ task: t, text: normalise(t.text), phrases: rowPhrases(t) }));
  for (const b of body) {
    const hits = rows.filter((r) => restates(b, r)).map((r) => r.task.id);
    if (hits.length > 0) matches.set(b.task.id, hits);
  }
  return matches;
}

function restates(body: { text: string; title: string }, row: { text: string; phrases: string[] }): boolean {
  if (row.phrases.some((p) => body.text.includes(p))) return true;
  if (body.title.length >= MIN_SHARED_PHRASE && row.text.includes(body.title)) return true;
  return dice(body.text, row.text) >= MIN_DICE;
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

/** Dice coefficient over character bigrams. */
function dice(a: string, b: string): number {
  if (a.length < 2 || b.length < 2) return 0;
  const grams = new Map<string, number>();
  for (let k = 0; k < a.length - 1; k++) {
    const g = a.slice(k, k + 2);
    grams.set(g, (grams.get(g) ?? 0) + 1);
  }
  let shared = 0;
  for (let k = 0; k < b.length - 1; k++) {
    const g = b.slice(k, k + 2);
    const n = grams.get(g) ?? 0;
    if (n > 0) {
      shared++;
      grams.set(g, n - 1);
    }
  }
  return (2 * shared) / (a.length - 1 + b.length - 1);
}
