import type { NumberedItem } from '../extract/sequences.js';
import { defineRule } from './define.js';

const MAX_TITLE = 24;

/**
 * Two items under one heading with the same number cannot be told apart in a
 * 督查 ledger ("整改项目5" twice). A repeated number with the same title is a
 * merged cell split into rows (序号 and 工作任务 written again on a
 * continuation row): advice only. Rows whose number came from the row above,
 * and numbering that restarts at 1 (per 类别, per attachment), are not repeats.
 */
export default defineRule({
  id: 'duplicate-task-number',
  severity: 'error',
  docs: { zh: '同一层级序号重复', en: 'The same number is used twice among sibling items' },
  messages: {
    duplicate: {
      zh: '序号“{label}”重复使用：“{title}”与前面的“{other}”序号相同：请依次重新编号，便于逐项督办',
      en: 'Number “{label}” is used twice: “{title}” has the same number as “{other}” before it: renumber the items so each can be tracked',
    },
    continuation: {
      zh: '序号“{label}”重复出现，且事项相同（“{title}”）：可能是合并单元格拆成了两行，建议合并单元格或删去重复的序号',
      en: 'Number “{label}” appears again with the same item (“{title}”): probably a merged cell split into two rows; merge the cells or drop the repeated number',
    },
  },
  examples: {
    valid: [
      '三、整改内容\n整改项目1：建设文化信息资源共享工程。\n整改时限：2009年\n整改项目2：继续实施农村电影放映工程。\n整改时限：2009年',
      '附2\n类别\t序号\t项目名称\t建设年限\t责任科室\n科学规划引领行动\t1\t专项规划编制\t2021年\t各科室\n公共服务保障行动\t1\t文化中心建成投运\t2021年\t建设办\n公共服务保障行动\t2\t公共文化服务下基层\t2021年\t文保科',
    ],
    invalid: [
      {
        text: '三、整改内容\n整改项目5：认真组织和开展全国第三次文物普查工作。\n整改时限：2009年5月\n整改项目5：积极组织和参与第二届新农村文艺调演。\n整改时限：2009年9月\n整改项目6：申报第七批全国重点文物保护单位。\n整改时限：2012年10月底',
      },
      {
        text: '序号\t工作任务\t具体内容\t责任单位\t完成时间\n6\t完善公共文化服务设施公建配套政策\t明确公共文化设施配套的比例。\t规划分局\t2019年\n6\t完善公共文化服务设施公建配套政策\t建立公建配套公共文化设施公示和通报制度。\t规划分局\t2020年',
      },
    ],
  },
  check({ doc, facts }, report) {
    const byId = new Map(doc.tasks.map((t) => [t.id, t]));
    for (const sequence of facts.sequences) {
      let seen = new Map<number, NumberedItem>();
      for (const item of sequence.items) {
        // Numbering that starts again at 1 is a new list (per category, per attachment), not a repeat.
        if (item.value === 1) seen = new Map();
        const earlier = seen.get(item.value);
        if (!earlier) {
          seen.set(item.value, item);
          continue;
        }
        const same = squash(earlier.title) === squash(item.title);
        const task = item.taskId ? byId.get(item.taskId) : undefined;
        report({
          messageId: same ? 'continuation' : 'duplicate',
          ...(same ? { severity: 'info' as const } : {}),
          ...(task ? { task } : { loc: item.loc }),
          data: { label: item.label.replace(/[:：、.．\s]+$/, ''), title: short(item.title), other: short(earlier.title) },
        });
      }
    }
  },
});

function squash(text: string): string {
  return text.replace(/[\s\u3000。．.，,]/g, '');
}

function short(text: string): string {
  return text.length > MAX_TITLE ? `${text.slice(0, MAX_TITLE)}…` : text;
}
