import { defineRule } from './define.js';

/**
 * "各有关单位负责" names nobody a 督查 office can call to account. A placeholder
 * is fine as 配合, beside a named lead unit ("县文化局牵头，各有关单位配合")
 * or under a named responsible leader ("责任领导：陈某；责任科室：各科室").
 * 各村, 各乡镇 and 街道 are not placeholders: each acts for its own area.
 */
export default defineRule({
  id: 'vague-owner',
  severity: 'warning',
  docs: { zh: '责任主体为泛指', en: 'The lead owner is a collective placeholder' },
  messages: {
    vague: {
      zh: '任务“{title}”的责任单位只写了“{owners}”，是泛指，督查时找不到具体责任单位：请写明牵头单位（如“县文化局牵头，{owners}配合”），或注明责任领导',
      en: 'Task “{title}” is owned only by “{owners}”, a placeholder nobody answers for: name the lead unit (e.g. 县文化局牵头，{owners}配合) or a responsible leader',
    },
  },
  examples: {
    valid: [
      '二、重点任务\n1.完善专项规划编制工作。（责任领导：陈某；责任科室：各科室）',
      '二、重点任务\n1.开展送戏下乡活动。（县文化局牵头，各有关单位配合）',
      '二、重点任务\n1.推进基层综合性文化服务中心建设。（责任单位：文化站、各村）',
    ],
    invalid: [
      { text: '二、重点任务\n1.建立信息报送制度，每月10日前报送创建工作进展情况。（责任单位：各成员单位）' },
      { text: '二、整改措施\n1.加強文化市場監管。（責任單位：各有關單位）\n2.開展文物普查。（責任單位：相關部門）', count: 2 },
    ],
  },
  check({ doc, facts }, report) {
    for (const task of doc.tasks) {
      const lead = facts.tasks.get(task.id)?.lead;
      if (!lead || lead.units.length === 0 || lead.units.some((u) => u.kind !== 'vague')) continue;
      if (lead.leaders.some((l) => l.kind === 'named' || l.kind === 'masked' || l.kind === 'title')) continue;
      report({ messageId: 'vague', task, data: { title: task.title, owners: lead.units.map((u) => u.written).join('、') } });
    }
  },
});
