import { VAGUE_CLASS_PATTERN } from '../lexicon/organisations.js';
import { defineRule } from './define.js';

/**
 * "各有关单位负责" names nobody a 督查 office can call to account. A known set is
 * fine beside a named lead ("县文化局牵头，各成员单位配合") or under a named
 * responsible leader ("责任领导：陈某；责任科室：各科室"), but partners that are
 * only "有关/相关" bodies leave open who helps, and a reviewer asks which
 * (相关部门配合, 区政府有关部门). 各村, 各乡镇 and 街道 are not placeholders:
 * each acts for its own area. Posts in general (各科科长) are no persons.
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
    vaguePartner: {
      zh: '任务“{title}”的配合单位“{owners}”没有写明是哪些单位，督查时无法确认谁来配合：请列出具体的配合单位',
      en: 'Task “{title}” names “{owners}” as partners without saying which bodies they are, so nobody can check who helps: list the partner units',
    },
    vagueLeader: {
      zh: '任务“{title}”的责任人写的是“{owners}”，是职务泛指，没有落实到具体的人：请写明责任人姓名',
      en: 'Task “{title}” gives “{owners}” as its responsible people, posts in general rather than persons: name them',
    },
  },
  examples: {
    valid: [
      '二、重点任务\n1.完善专项规划编制工作。（责任领导：陈某；责任科室：各科室）',
      '二、重点任务\n1.开展送戏下乡活动。（县文化局牵头，各成员单位配合）',
      '二、重点任务\n1.推进基层综合性文化服务中心建设。（责任单位：文化站、各村）',
    ],
    invalid: [
      {
        text: '二、重点任务\n1.建立信息报送制度，每月10日前报送创建工作进展情况。（责任单位：各成员单位）',
        errors: [{ messageId: 'vague', task: 1, data: { owners: '各成员单位' } }],
      },
      {
        text: '二、整改措施\n1.加強文化市場監管。（責任單位：各有關單位）\n2.開展文物普查。（責任單位：相關部門）',
        errors: [
          { messageId: 'vague', task: 1, data: { owners: '各有關單位' } },
          { messageId: 'vague', task: 2, data: { owners: '相關部門' } },
        ],
      },
      { text: '二、重点任务\n1.开展送戏下乡活动。（县文化局牵头，相关部门配合）', errors: [{ messageId: 'vaguePartner', task: 1, data: { owners: '相关部门' } }] },
      { text: '二、重点任务\n1.建设学校12个。（牵头单位：教育局；配合单位：各街道、市国有公司）', errors: [{ messageId: 'vaguePartner', task: 1, data: { owners: '市国有公司' } }] },
      { text: '二、重点任务\n1.加强宣传。（责任人：各科室负责人；责任单位：县文化局）', errors: [{ messageId: 'vagueLeader', task: 1, data: { owners: '各科室负责人' } }] },
    ],
  },
  check({ doc, facts }, report) {
    for (const task of doc.tasks) {
      const lead = facts.tasks.get(task.id)?.lead;
      if (!lead) continue;
      const named = lead.leaders.some((l) => l.kind === 'named' || l.kind === 'masked' || l.kind === 'title');
      const list = (owners: ReadonlyArray<{ written: string }>) => owners.map((o) => o.written).join('、');
      if (lead.units.length > 0 && lead.units.every((u) => u.kind === 'vague') && !named) {
        report({ messageId: 'vague', task, data: { title: task.title, owners: list(lead.units) } });
        continue;
      }
      // 相关部门配合, 市国有公司配合: an unnamed subset, or an unnamed one of a class, helps
      // (各成员单位, every member of a known set, passes).
      const partners = lead.partners.filter((p) => p.kind === 'vague' && (/有关|相关|其他|其它/.test(p.key) || VAGUE_CLASS_PATTERN.test(p.key)));
      if (partners.length > 0) report({ messageId: 'vaguePartner', task, data: { title: task.title, owners: list(partners) } });
      const leaders = lead.leaders.filter((l) => l.kind === 'vague');
      if (leaders.length > 0) report({ messageId: 'vagueLeader', task, data: { title: task.title, owners: list(leaders) } });
    }
  },
});
