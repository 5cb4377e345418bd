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
