import type { TaskDraft } from './draft.js';
import { WindowIndex } from './text-index.js';

/**
 * A plan may list its tasks twice: as numbered prose and again, word for
 * word, as the rows of its 任务分解 table. It is one task each time; the row
 * is kept, since it carries the owners and the deadline. Only a verbatim
 * restatement counts: a table that rewrites the body (a 附表 with its own
 * wording) adds rows of its own, which rules compare with the body.
 */
const MIN_SHARED = 12;
/** The run of Han characters an item must share with some row before it is compared with the rows. */
const PROBE = 6;
/** Below this many item × row pairs, trying each pair costs less than indexing the rows. */
const PAIRS_WORTH_INDEXING = 5000;
/** The row must restate most of the item, not share a phrase with it (a 附表 title cell repeats the item's heading). */
const MIN_COVER = 0.6;
/** Whitespace and the punctuation a restatement may change. */
const squash = (s: string) => s.replace(/[\s\u3000，,。．.、；;：:！!？?“”"‘’'（）()《》【】—-]+/g, '');

export function dropRestatedItems(body: readonly TaskDraft[], rows: readonly TaskDraft[]): TaskDraft[] {
  const values = rows.map((row) => row.fields.find((f) => f.role === 'content' || f.role === 'title')?.value ?? '');
  const contents = values.map(squash).filter((c) => c.length >= MIN_SHARED);
  if (contents.length === 0) return [...body];
  // A restatement shares a run of text with the item: items sharing none need no closer look.
  const probes = new Set(values.map((v) => /\p{Script=Han}{6}/u.exec(v)?.[0]).filter((p): p is string => p !== undefined));
  // Few pairs are tried one by one; many through an index of the contents' windows.
  const indexed = body.length * contents.length > PAIRS_WORTH_INDEXING;
  const index = new WindowIndex(PROBE);
  if (indexed) contents.forEach((content, k) => index.add(k, content));
  const everyContent = contents.map((_, k) => k);
  const probeList = [...probes];
  return body.filter((draft) => {
    if (!(indexed ? hasWindowIn(draft.text, probes) : probeList.some((p) => draft.text.includes(p)))) return true;
    const text = squash(draft.text);
    if (text.length < MIN_SHARED) return true;
    // The item's heading sentence may be the table's group column instead of its content.
    const stop = draft.text.search(/[。；;]/);
    const rest = stop >= 0 ? squash(draft.text.slice(stop + 1)) : '';
    // Contents inside the item (or its rest) start with a window of it; contents holding the item hold its first window.
    const candidates = indexed ? [...index.within(text), ...index.containing(text)] : everyContent;
    return !candidates.some((k) => {
      const content = contents[k];
      return (
        (text.includes(content) && content.length >= text.length * MIN_COVER) ||
        (rest.includes(content) && content.length >= rest.length * MIN_COVER) ||
        (text.length >= MIN_SHARED && content.includes(text))
      );
    });
  });
}

/** Whether one of the `PROBE`-character windows of `text` is in `probes`. */
function hasWindowIn(text: string, probes: ReadonlySet<string>): boolean {
  for (let k = 0; k + PROBE <= text.length; k++) if (probes.has(text.slice(k, k + PROBE))) return true;
  return false;
}
