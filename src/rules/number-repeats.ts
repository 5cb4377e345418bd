import type { DocumentFacts } from '../extract/index.js';
import type { NumberedItem } from '../extract/sequences.js';
import type { SourceLocation } from '../model/location.js';
import type { PlanDocument, Task } from '../model/plan.js';

const MAX_TITLE = 24;

export interface NumberRepeat {
  /** Both items are about the same thing: a merged cell split into rows, not two items. */
  sameTitle: boolean;
  /** The repeating item's task, or its line when it is no task. */
  at: { task: Task } | { loc: SourceLocation };
  data: { label: string; title: string; other: string };
}

/**
 * Each number used a second time among its siblings, with the item it
 * repeats. Numbering that starts again at 1 is a new list (per 类别, per
 * attachment), not a repeat; rows whose number came from the row above are
 * no items (sequences.ts).
 */
export function numberRepeats(doc: PlanDocument, facts: DocumentFacts): NumberRepeat[] {
  const byId = new Map(doc.tasks.map((t) => [t.id, t]));
  const repeats: NumberRepeat[] = [];
  for (const sequence of facts.sequences) {
    let seen = new Map<number, NumberedItem>();
    for (const item of sequence.items) {
      if (item.value === 1) seen = new Map();
      const earlier = seen.get(item.value);
      if (!earlier) {
        seen.set(item.value, item);
        continue;
      }
      const task = item.taskId ? byId.get(item.taskId) : undefined;
      repeats.push({
        sameTitle: squash(earlier.title) === squash(item.title),
        at: task ? { task } : { loc: item.loc },
        data: { label: item.label.replace(/[:：、.．\s]+$/, ''), title: short(item.title), other: short(earlier.title) },
      });
    }
  }
  return repeats;
}

function squash(text: string): string {
  return text.replace(/[\s\u3000。．.，,]/g, '');
}

function short(text: string): string {
  return text.length > MAX_TITLE ? `${text.slice(0, MAX_TITLE)}…` : text;
}
