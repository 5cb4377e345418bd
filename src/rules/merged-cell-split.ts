import { defineRule } from './define.js';
import { numberRepeats } from './number-repeats.js';

/**
 * A 序号 written again with the same item on the next row is a merged cell
 * that a copy or an export split into rows (003: "6 完善公共文化服务设施公建配套政策"
 * twice): the rows are one task, and a ledger counts it twice. Advice only:
 * the plan is not wrong, its table is untidy. Different items under one number
 * are duplicate-task-number's.
 */
export default defineRule({
  id: 'merged-cell-split',
  severity: 'info',
  docs: { zh: '序号与事项重复出现（合并单元格被拆成多行）', en: 'A number and its item repeated on the next row: a merged cell split into rows' },
  messages: {
    continuation: {
      zh: '序号“{label}”重复出现，且事项相同（“{title}”）：可能是合并单元格拆成了两行，建议合并单元格或删去重复的序号',
      en: 'Number “{label}” appears again with the same item (“{title}”): probably a merged cell split into two rows; merge the cells or drop the repeated number',
    },
  },
  examples: {
    valid: [
      '序号\t工作任务\t具体内容\t责任单位\t完成时间\n6\t完善公共文化服务设施公建配套政策\t明确公共文化设施配套的比例。\t规划分局\t2019年\n\t\t建立公建配套公共文化设施公示和通报制度。\t规划分局\t2020年',
      '三、整改内容\n整改项目5：认真组织和开展全国第三次文物普查工作。\n整改时限：2009年5月\n整改项目5：积极组织和参与第二届新农村文艺调演。\n整改时限：2009年9月',
    ],
    invalid: [
      {
        text: '序号\t工作任务\t具体内容\t责任单位\t完成时间\n6\t完善公共文化服务设施公建配套政策\t明确公共文化设施配套的比例。\t规划分局\t2019年\n6\t完善公共文化服务设施公建配套政策\t建立公建配套公共文化设施公示和通报制度。\t规划分局\t2020年',
        errors: [{ messageId: 'continuation', task: '建立公建配套公共文化设施公示和通报制度', data: { label: '6', title: '完善公共文化服务设施公建配套政策' } }],
      },
    ],
  },
  check({ doc, facts }, report) {
    for (const repeat of numberRepeats(doc, facts)) if (repeat.sameTitle) report({ messageId: 'continuation', ...repeat.at, data: repeat.data });
  },
});
