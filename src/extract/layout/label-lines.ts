import type { Block } from '../../model/block.js';
import type { FieldRole } from '../../lexicon/field-labels.js';
import { knownLabelRole } from '../fields.js';
import { copyWith } from '../../text/objects.js';

/**
 * A record of fields that lost its colons when a page was flattened: each
 * label on a line of its own and its value on the next
 * ("责任单位" ⏎ "卫健局、文旅局" ⏎ "完成时限" ⏎ "12月底前"), or kept its colon
 * ("责任单位：" ⏎ "卫健局"). The pairs are put
 * back on one line ("责任单位：卫健局、文旅局"), so fields read as anywhere else.
 * Only a run of such pairs that names an owner or a deadline counts: a lone
 * heading ("重点任务") above a paragraph is no field.
 */
const RECORD_ROLES: ReadonlySet<FieldRole> = new Set(['leader', 'unit', 'partner', 'deadline', 'content', 'title', 'goal', 'status', 'target']);
const ASSIGNING: ReadonlySet<FieldRole> = new Set(['leader', 'unit', 'partner', 'deadline']);
const MAX_LABEL = 8;

function labelOf(block: Block | undefined): FieldRole | null {
  if (block?.kind !== 'paragraph') return null;
  // The colon may stay with the label while its value went to the next line: "项目内容：" ⏎ "新建…".
  const text = block.text.trim().replace(/[:：]$/, '').trim();
  if (text.length === 0 || text.length > MAX_LABEL) return null;
  const role = knownLabelRole(text);
  return role && RECORD_ROLES.has(role) ? role : null;
}

export function recoverLabelLines(blocks: readonly Block[], start: number): { blocks: Block[]; end: number } | null {
  if (labelOf(blocks[start]) === null) return null;
  const pairs: Block[] = [];
  const roles: FieldRole[] = [];
  let k = start;
  while (k + 1 < blocks.length && labelOf(blocks[k]) !== null && blocks[k + 1].kind === 'paragraph' && labelOf(blocks[k + 1]) === null) {
    const label = blocks[k];
    roles.push(labelOf(label)!);
    pairs.push(copyWith(label, { text: `${label.text.trim().replace(/[:：]$/, '')}：${blocks[k + 1].text.trim()}` }));
    k += 2;
  }
  if (pairs.length < 2 || !roles.some((r) => ASSIGNING.has(r))) return null;
  return { blocks: pairs, end: k };
}

/**
 * A page's box of a record's fields, drawn as a two-cell table and flattened to "label: | value |" a line
 * ("重点工作: | 推进某项工作。 |" ⏎ "牵头单位: | 某局 |"), a label whose value went to the next line
 * ("进展情况: |" ⏎ "已完成。 |"): each pair back on one line ("牵头单位：某局"), as the record was written.
 * Only a run that says what the task is and names its owner or deadline counts: a box of a page's facts
 * (成文日期: | … | ⏎ 发布日期: | … |) is no record of a task.
 */
export function recoverPipeFields(blocks: readonly Block[], start: number): { blocks: Block[]; end: number } | null {
  if (pipeField(blocks[start], blocks[start + 1]) === null) return null;
  const pairs: Block[] = [];
  const roles: FieldRole[] = [];
  let k = start;
  for (let found = pipeField(blocks[k], blocks[k + 1]); found; found = pipeField(blocks[k], blocks[k + 1])) {
    roles.push(found.role);
    pairs.push(copyWith(blocks[k], { text: `${found.label}：${found.value}` }));
    k += found.lines;
  }
  if (pairs.length < 2 || !roles.some((r) => ASSIGNING.has(r)) || !roles.some((r) => TASK_TEXT.has(r))) return null;
  return { blocks: pairs, end: k };
}

/** "label: | value |", or "label: |" with its value on the next line ("value |"). */
const PIPE_FIELD = /^([^|:：]{1,20})[:：][\s\u3000]*[|｜][\s\u3000]*([^|｜]*?)[\s\u3000]*[|｜]?[\s\u3000]*$/;
const VALUE_CELL = /^([^|｜]+?)[\s\u3000]*[|｜][\s\u3000]*$/;

function pipeField(block: Block | undefined, next: Block | undefined): { label: string; value: string; role: FieldRole; lines: number } | null {
  if (block?.kind !== 'paragraph' || !block.text.includes('|')) return null;
  const match = PIPE_FIELD.exec(block.text.trim());
  if (!match) return null;
  const label = match[1].replace(/[\s\u3000]+/g, '');
  const role = knownLabelRole(label);
  if (!role || !RECORD_ROLES_OF_A_BOX.has(role)) return null;
  if (match[2]) return { label, value: match[2], role, lines: 1 };
  const value = next?.kind === 'paragraph' && !PIPE_FIELD.test(next.text.trim()) ? VALUE_CELL.exec(next.text.trim())?.[1] : undefined;
  return value ? { label, value, role, lines: 2 } : null;
}

/** A box also names the record's heading task (重点工作: | …) and its progress (进展情况: | …). */
const RECORD_ROLES_OF_A_BOX: ReadonlySet<FieldRole> = new Set([...RECORD_ROLES, 'group', 'remark']);
const TASK_TEXT: ReadonlySet<FieldRole> = new Set(['content', 'title', 'goal', 'group']);
