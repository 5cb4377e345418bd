import type { TaskDraft } from './draft.js';

/**
 * A plan may list its tasks twice: as numbered prose and again, word for
 * word, as the rows of its 任务分解 table. It is one task each time; the row
 * is kept, since it carries the owners and the deadline. Only a verbatim
 * restatement counts: a table that rewrites the body (a 附表 with its own
 * wording) adds rows of its own, which rules compare with the body.
 */
const MIN_SHARED = 12;
/** The row must restate most of the item, not share a phrase with it (a 附表 title cell repeats the item's heading). */
const MIN_COVER = 0.6;
/** Whitespace and the punctuation a restatement may change. */
const squash = (s: string) => s.replace(/[\s\u3000，,。．.、；;：:！!？?“”"‘’'（）()《》【】—-]+/g, '');

export function dropRestatedItems(body: readonly TaskDraft[], rows: readonly TaskDraft[]): TaskDraft[] {
  const values = rows.map((row) => row.fields.find((f) => f.role === 'content' || f.role === 'title')?.value ?? '');
  const contents = values.map(squash).filter((c) => c.length >= MIN_SHARED);
  if (contents.length === 0) return [...body];
  // A restatement shares a run of text with the item: items sharing none need no closer look.
  const probes = values.map((v) => /\p{Script=Han}{6}/u.exec(v)?.[0]).filter((p): p is string => p !== undefined);
  return body.filter((draft) => {
    if (!probes.some((p) => draft.text.includes(p))) return true;
    const text = squash(draft.text);
    if (text.length < MIN_SHARED) return true;
    // The item's heading sentence may be the table's group column instead of its content.
    const stop = draft.text.search(/[。；;]/);
    const rest = stop >= 0 ? squash(draft.text.slice(stop + 1)) : '';
    return !contents.some(
      (content) =>
        (text.includes(content) && content.length >= text.length * MIN_COVER) ||
        (rest.includes(content) && content.length >= rest.length * MIN_COVER) ||
        (text.length >= MIN_SHARED && content.includes(text)),
    );
  });
}
