import { defineRule } from './define.js';

/**
 * A task nobody owns cannot be tracked (督查: "逐项明确责任领导、承办单位").
 * Owners come from fields, columns, notes, the parent item or a clause subject;
 * partners alone do not own a task.
 */
export default defineRule({
  id: 'missing-owner',
  severity: 'error',
  docs: { zh: '任务无责任单位/责任人', en: 'No owner on the task, its table row or its parent' },
  messages: {
    missing: {
      zh: '任务“{title}”没有明确责任单位或责任领导：请注明“责任单位：…”或“牵头单位：…”',
      en: 'Task “{title}” names no owner: add the lead unit (责任单位：…) or the responsible leader',
    },
  },
  examples: {
    valid: [
      '二、重点任务\n（一）科学规划引领行动。\n完善专项规划编制工作。（责任领导：陈某；责任科室：办公室）',
      '三、工作措施\n（一）组织学习。区文旅局及各乡镇、街道要认真组织专题学习一次。',
    ],
    invalid: [
      {
        text: '二、重点任务和分工\n（一）推进设施网络建设。\n1.落实公共文化服务设施免费开放政策。深入推进图书馆免费开放工作。',
        errors: [{ messageId: 'missing', task: 1, data: { title: '落实公共文化服务设施免费开放政策' } }],
      },
      {
        text: '三、指标任务\n1. 将图书室与旅游咨询点整合进综合服务平台。\n2. 制定相关功能室使用具体措施。',
        errors: [
          { messageId: 'missing', task: 1 },
          { messageId: 'missing', task: 2 },
        ],
      },
    ],
  },
  check({ doc }, report) {
    for (const task of doc.tasks) {
      const { leaders, units } = task.owners;
      if (leaders.length === 0 && units.length === 0) report({ messageId: 'missing', task, data: { title: task.title } });
    }
  },
});
