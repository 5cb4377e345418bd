import { formatChineseInteger } from '../text/numeral.js';
import type { NumberedItem, NumberSequence } from '../extract/sequences.js';
import { defineRule } from './define.js';

/** Missing numbers listed in a message; a longer run is shown as its ends. */
const MAX_LISTED = 4;

/**
 * A skipped number ("一、…三、") usually means an item was deleted or merged
 * while drafting and the list was not renumbered: the reviewer cannot tell
 * whether something is missing. Numbering may start again at 1 (per 类别, per
 * attachment) or go on from the previous section ((一) 1. 2. (二) 3.).
 */
export default defineRule({
  id: 'numbering-gap',
  severity: 'warning',
  docs: { zh: '序号跳号或不从1开始', en: 'A sibling sequence skips a number or does not start at 1' },
  messages: {
    gap: {
      zh: '序号从“{before}”跳到“{after}”，缺少{missing}：请补上缺少的条目，或重新依次编号',
      en: 'Numbering jumps from “{before}” to “{after}”, so {missing} is missing: add the missing item or renumber',
    },
    start: {
      zh: '同级序号从“{first}”开始，前面没有“{expected}”：请从“{expected}”起依次编号',
      en: 'The sequence starts at “{first}” with no “{expected}” before it: number the items from “{expected}”',
    },
  },
  examples: {
    valid: [
      '一、工作目标\n全面提升服务水平。\n二、重点任务\n（一）科学规划引领行动。\n（二）公共服务提升行动。\n三、保障措施\n加强组织领导。',
      '附2\n类别\t序号\t项目名称\t建设年限\t责任科室\n科学规划引领行动\t1\t专项规划编制\t2021年\t各科室\n公共服务保障行动\t1\t文化中心建成投运\t2021年\t建设办\n公共服务保障行动\t2\t公共文化服务下基层\t2021年\t文保科',
    ],
    invalid: [
      {
        text: '一、工作目标\n全面提升服务水平。\n三、重点任务\n1.建成文化礼堂30家。（责任科室：文保科）\n四、保障措施\n加强组织领导。',
        errors: [{ messageId: 'gap', line: 3, data: { before: '一、', after: '三、', missing: '“二、”' } }],
      },
      { text: '一、重点任务\n（一）推进设施网络建设。\n1.落实免费开放政策。\n2.建设服务点。\n4.建设乡镇服务点。', errors: [{ messageId: 'gap', task: 3, data: { before: '2.', after: '4.', missing: '“3.”' } }] },
      {
        text: '一、重点任务\n（一）推进设施网络建设。\n1.落实免费开放政策。\n2.建设服务点。\n（二）加强队伍建设。\n2.培训文艺骨干。\n3.建设文艺团队。',
        errors: [{ messageId: 'start', task: '培训文艺骨干', data: { first: '2.', expected: '1.' } }],
      },
    ],
  },
  check({ doc, facts }, report) {
    const byId = new Map(doc.tasks.map((t) => [t.id, t]));
    const at = (item: NumberedItem) => {
      const task = item.taskId ? byId.get(item.taskId) : undefined;
      return task ? { task } : { loc: item.loc };
    };
    for (const sequence of facts.sequences) {
      const [first] = sequence.items;
      if (first && first.value !== 1 && !continues(sequence, first)) {
        report({ messageId: 'start', ...at(first), data: { first: first.label, expected: relabel(first, 1) } });
      }
      for (let k = 1; k < sequence.items.length; k++) {
        const before = sequence.items[k - 1];
        const item = sequence.items[k];
        // A smaller or equal number is a restart or a repeat (duplicate-task-number), not a gap.
        if (item.value <= before.value + 1) continue;
        report({ messageId: 'gap', ...at(item), data: { before: before.label, after: item.label, missing: missing(before, item) } });
      }
    }
  },
});

/** (一) 1. 2. (二) 3.: the sequence goes on from the previous one of its style. */
function continues(sequence: NumberSequence, first: NumberedItem): boolean {
  return sequence.continuesFrom !== null && first.value === sequence.continuesFrom + 1;
}

function missing(before: NumberedItem, after: NumberedItem): string {
  const values = Array.from({ length: after.value - before.value - 1 }, (_, k) => before.value + 1 + k);
  const shown = values.length > MAX_LISTED ? [values[0], values[values.length - 1]] : values;
  const labels = shown.map((v) => `“${relabel(after, v)}”`);
  return values.length > MAX_LISTED ? labels.join('…') : labels.join('');
}

/** The label written the same way with another number: 三、 → 二、, （3） → （2）, 整改项目7： → 整改项目6：, ③ → ②. */
function relabel(item: NumberedItem, value: number): string {
  if (/[0-9０-９]/.test(item.label)) return item.label.replace(/[0-9０-９]+/, String(value));
  const circled = /[①-⑳]/.exec(item.label);
  if (circled && value >= 1 && value <= 20) return item.label.replace(circled[0], String.fromCharCode(0x2460 + value - 1));
  return item.label.replace(/[〇零一二三四五六七八九十百两]+/, formatChineseInteger(value));
}
