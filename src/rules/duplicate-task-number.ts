import { defineRule } from './define.js';
import { numberRepeats } from './number-repeats.js';

/**
 * Two items under one heading with the same number cannot be told apart in a
 * 督查 ledger ("整改项目5" twice). A repeated number with the same title is a
 * merged cell split into rows, which merged-cell-split reports as advice. Rows
 * whose number came from the row above, and numbering that restarts at 1 (per
 * 类别, per attachment), are not repeats.
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
  },
  examples: {
    valid: [
      '三、整改内容\n整改项目1：建设文化信息资源共享工程。\n整改时限：2009年\n整改项目2：继续实施农村电影放映工程。\n整改时限：2009年',
      '附2\n类别\t序号\t项目名称\t建设年限\t责任科室\n科学规划引领行动\t1\t专项规划编制\t2021年\t各科室\n公共服务保障行动\t1\t文化中心建成投运\t2021年\t建设办\n公共服务保障行动\t2\t公共文化服务下基层\t2021年\t文保科',
    ],
    invalid: [
      {
        text: '三、整改内容\n整改项目5：认真组织和开展全国第三次文物普查工作。\n整改时限：2009年5月\n整改项目5：积极组织和参与第二届新农村文艺调演。\n整改时限：2009年9月\n整改项目6：申报第七批全国重点文物保护单位。\n整改时限：2012年10月底',
        errors: [{ messageId: 'duplicate', task: 2, data: { label: '整改项目5', title: '积极组织和参与第二届新农村文艺调演', other: '认真组织和开展全国第三次文物普查工作' } }],
      },
      {
        text: '三、保障措施\n（一）加强组织领导。\n（二）加强宣传发动。\n（二）加强督导考核。',
        errors: [{ messageId: 'duplicate', line: 4, data: { label: '（二）', title: '加强督导考核', other: '加强宣传发动' } }],
      },
    ],
  },
  check({ doc, facts }, report) {
    for (const repeat of numberRepeats(doc, facts)) if (!repeat.sameTitle) report({ messageId: 'duplicate', ...repeat.at, data: repeat.data });
  },
});
