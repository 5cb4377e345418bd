import { defineRule } from './define.js';

/**
 * A task with no completion time cannot be supervised. A task is covered when
 * a table row restating it has a time (附表 "建设年限 2021年"), or when the plan
 * has a dated schedule (进度安排 phases) that the body's tasks run under.
 */
export default defineRule({
  id: 'missing-deadline',
  severity: 'error',
  docs: { zh: '任务无完成时限', en: 'No deadline on the task, its row, or an enclosing phase' },
  messages: {
    missing: {
      zh: '任务“{title}”没有完成时限：请注明“完成时限：××××年××月底前”',
      en: 'Task “{title}” has no deadline: add one such as 完成时限：2021年6月底前',
    },
  },
  examples: {
    valid: [
      '四、工作措施\n（四）制定措施。各乡镇要结合实际制定具体措施，6月底前切实落实措施与任务。',
      '二、重点任务\n1.建设基层群众文艺团队。2018年，全县基层群众文艺团队建设不少于20支。',
    ],
    invalid: [
      {
        text: '三、指标任务\n1. 将村级图书室、文体活动室与旅游咨询点整合进综合服务平台。\n2. 制定相关功能室使用具体措施。',
        errors: [
          { messageId: 'missing', task: 1, data: { title: '将村级图书室、文体活动室与旅游咨询点整合进综合服务平台' } },
          { messageId: 'missing', task: 2 },
        ],
      },
    ],
  },
  check({ doc, facts }, report) {
    const byId = new Map(doc.tasks.map((t) => [t.id, t]));
    const hasSchedule = doc.tasks.some((t) => facts.tasks.get(t.id)?.draft.phase && t.deadline?.end);
    for (const task of doc.tasks) {
      if (task.deadline) continue;
      const restated = (facts.restatedBy.get(task.id) ?? []).some((id) => byId.get(id)?.deadline);
      const scheduled = task.origin === 'body' && hasSchedule;
      if (!restated && !scheduled) report({ messageId: 'missing', task, data: { title: task.title } });
    }
  },
});
