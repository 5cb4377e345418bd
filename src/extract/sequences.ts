/**
 * Sibling number sequences: the numbers a reader expects to run 1, 2, 3 …
 * In prose, the children of one heading that share a numbering style
 * (二、重点任务 → （一）（二）…); in a table, the 序号 cells of one table and
 * category (附表 numbering may restart per 类别). A table row whose number
 * came from the row above (merged or empty cell) is a continuation, not an item.
 */
import type { SourceLocation } from '../model/location.js';
import type { Task } from '../model/plan.js';
import type { TaskDraft } from './draft.js';
import { numeralValue, type NumberingStyle } from './numbering.js';
import { firstSentence } from './tables.js';
import { walk, type Outline, type OutlineNode } from './outline.js';
import { pushTo } from './collections.js';

export interface NumberedItem {
  value: number;
  /** The label as written: "整改項目5:", "（一）", "6". */
  label: string;
  /** What the item is about: the heading text, or the row's group/title cell (merged-cell repeats share it). */
  title: string;
  loc: SourceLocation;
  /** The task the item is, when it is one. */
  taskId: string | null;
}

export interface NumberSequence {
  origin: 'body' | 'table';
  style: NumberingStyle | 'table';
  /** The heading or table (and category) the items stand under, for messages. */
  scope: string;
  items: NumberedItem[];
  /**
   * The value numbering would continue from when the previous sequence of the
   * same style in the same part of the document ends just before ((一) 1. 2. (二) 3.).
   */
  continuesFrom: number | null;
}

export function numberSequences(
  outline: Outline | null,
  tasks: readonly Task[],
  drafts: ReadonlyMap<string, { draft: TaskDraft }>,
): NumberSequence[] {
  return [...(outline ? outlineSequences(outline, tasks, drafts) : []), ...tableSequences(tasks, drafts)];
}

function outlineSequences(outline: Outline, tasks: readonly Task[], drafts: ReadonlyMap<string, { draft: TaskDraft }>): NumberSequence[] {
  const taskAt = new Map<number, string>();
  for (const task of tasks) {
    const draft = drafts.get(task.id)?.draft;
    if (draft && task.origin === 'body' && task.number) taskAt.set(draft.order, task.id);
  }
  const sequences: NumberSequence[] = [];
  for (const root of [outline.root, ...outline.attachments]) {
    const lastOfStyle = new Map<string, number>();
    for (const parent of walk(root, [root])) {
      const byStyle = new Map<string, OutlineNode[]>();
      for (const child of parent.children) {
        // Bullets carry no number to run in sequence.
        if (!child.label || child.label.style === 'bullet') continue;
        const key = sequenceKey(child);
        pushTo(byStyle, key, child);
      }
      for (const [key, nodes] of byStyle) {
        const items = nodes.map((node) => outlineItem(node, taskAt));
        const previous = lastOfStyle.get(key);
        sequences.push({
          origin: 'body',
          style: nodes[0].label!.style,
          scope: parent.label ? parent.label.label + firstSentence(parent.label.rest) : (parent.attachment ?? ''),
          items,
          continuesFrom: previous ?? null,
        });
        lastOfStyle.set(key, items[items.length - 1].value);
      }
    }
  }
  return sequences;
}

/** Label blocks count per word: 问题1 措施1 问题2 措施2 are two sequences, not a repeated 1 and 2. */
function sequenceKey(node: OutlineNode): string {
  const label = node.label!;
  return label.style === 'label' ? `label:${label.number.replace(/[0-9０-９〇零一二三四五六七八九十百两]+$/, '')}` : label.style;
}

function outlineItem(node: OutlineNode, taskAt: ReadonlyMap<number, string>): NumberedItem {
  const label = node.label!;
  const line = node.lines[0];
  return { value: label.value, label: label.label, title: firstSentence(label.rest), loc: line.loc, taskId: taskAt.get(line.order) ?? null };
}

/**
 * What a row's number stands for: its 工作任务 group, its 项目名称, its 类别
 * when that is all that names it, else the row's own first sentence. Two rows
 * with one number and the same such name are one item split over rows.
 */
function numberedThing(draft: TaskDraft, task: Task): string {
  const field = (role: string) => draft.fields.find((f) => f.role === role)?.value ?? '';
  return field('group') || field('title') || field('category') || task.title;
}

/** Rows of one table and category, in row order; rows with no number of their own are left out. */
function tableSequences(tasks: readonly Task[], drafts: ReadonlyMap<string, { draft: TaskDraft }>): NumberSequence[] {
  const byScope = new Map<string, NumberSequence>();
  const lastInTable = new Map<number, number>();
  for (const task of tasks) {
    const draft = drafts.get(task.id)?.draft;
    if (!draft || task.origin !== 'table' || draft.numberInherited) continue;
    const written = draft.fields.find((f) => f.role === 'number')?.value.trim();
    const value = written ? numeralValue(written) : null;
    if (!written || value === null) continue;
    const group = draft.fields.find((f) => f.role === 'group')?.value ?? '';
    const scopePath = task.path.filter((p) => p !== group);
    const key = `${draft.order}\u0000${scopePath.join('\u0000')}`;
    // A category may go on numbering where the one above it stopped (类别A 1–3, 类别B 4–5).
    const sequence = byScope.get(key) ?? { origin: 'table' as const, style: 'table' as const, scope: scopePath.join(' / '), items: [], continuesFrom: lastInTable.get(draft.order) ?? null };
    byScope.set(key, sequence);
    sequence.items.push({ value, label: written, title: numberedThing(draft, task).replace(/\s+/g, ''), loc: task.loc, taskId: task.id });
    lastInTable.set(draft.order, value);
  }
  return [...byScope.values()];
}
