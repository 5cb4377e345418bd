import { CLOSED_STATUS_WORDS, OPEN_STATUS_WORDS, STANDING_STATUS_WORDS } from '../lexicon/status-words.js';
import { defineRule } from './define.js';

const mentions = (status: string, words: readonly string[]) => words.some((word) => status.includes(word));

/**
 * Still open: the status does not say the work is done ("推进中", "已逾期"),
 * or says it is not yet ("未完成", "预计7月完成"). A standing duty
 * ("持续推进", "长期坚持") has no completion to be late for.
 */
export function isOpenStatus(status: string): boolean {
  if (mentions(status, OPEN_STATUS_WORDS)) return true;
  return !mentions(status, CLOSED_STATUS_WORDS) && !mentions(status, STANDING_STATUS_WORDS);
}

/**
 * A ledger row (a table with a 进展状态/完成情况 column) whose deadline has
 * passed on the --as-of day while its status says the work is still open:
 * the DCMA missed-task check. Rows with no status are left alone: nobody has
 * reported on them yet, which is not the same as being late.
 */
export default defineRule({
  id: 'overdue-open-task',
  severity: 'warning',
  docs: { zh: '台账事项逾期未办结', en: 'A ledger row is past its deadline and not closed' },
  messages: {
    overdue: {
      zh: '任务“{title}”的完成时限“{deadline}”已过（截至 {asOf}），进展状态仍为“{status}”：请督办或更新进展',
      en: 'Task “{title}” was due by “{deadline}” but its status is still “{status}” as of {asOf}: follow it up or update the status',
    },
  },
  examples: {
    valid: [
      { text: '序号\t工作任务\t责任单位\t完成时限\t进展情况\n1\t建成村级综合文化服务中心12个\t县文化馆\t2024年6月30日\t已完成', asOf: '2024-09-01' },
      { text: '序号\t工作任务\t责任单位\t完成时限\t进展情况\n1\t建成村级综合文化服务中心12个\t县文化馆\t2024年12月31日\t正在推进', asOf: '2024-09-01' },
      { text: '序号\t工作任务\t责任单位\t完成时限\t进展情况\n1\t开展送戏下乡活动\t县文化馆\t2024年6月30日\t持续推进', asOf: '2024-09-01' },
    ],
    invalid: [
      {
        text: '序号\t工作任务\t责任单位\t完成时限\t进展情况\n1\t建成村级综合文化服务中心12个\t县文化馆\t2024年6月30日\t正在推进',
        asOf: '2024-09-01',
        errors: [{ messageId: 'overdue', task: 1, data: { deadline: '2024年6月30日', status: '正在推进', asOf: '2024-09-01' } }],
      },
      {
        text: '序号\t工作任务\t责任单位\t完成时限\t进展状态\n1\t新建农家书屋20个\t县文旅局\t2024年3月底前\t未开始\n2\t更新图书4万册\t县图书馆\t2024年6月底前\t预计9月完成',
        asOf: '2024-09-01',
        errors: [
          { messageId: 'overdue', task: 1, data: { status: '未开始' } },
          { messageId: 'overdue', task: 2, data: { status: '预计9月完成' } },
        ],
      },
    ],
  },
  check({ doc, facts, asOf }, report) {
    for (const task of doc.tasks) {
      const end = task.deadline?.end;
      if (task.origin !== 'table' || !end || end >= asOf || task.deadline!.flags.includes('recurring')) continue;
      const status = facts.tasks.get(task.id)?.draft.fields.find((f) => f.role === 'status')?.value.trim();
      if (status && isOpenStatus(status))
        report({ messageId: 'overdue', task, data: { title: task.title, deadline: task.deadline!.text, status, asOf } });
    }
  },
});
