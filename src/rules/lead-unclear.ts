import type { LeadOwner } from '../extract/lead.js';
import { defineRule } from './define.js';

/**
 * "责任单位：宣传办、文化站、各村" lists co-owners and says nobody leads.
 * By convention the first-listed leads, so this is advice only. It is silent
 * when a 牵头 label or mark or a separate 配合 field already sorts the owners,
 * and when the owners come from a clause subject rather than an owner field.
 * 各村, 各乡镇 beside a named unit are the units that carry it out locally, not rival leads.
 */
export default defineRule({
  id: 'lead-unclear',
  severity: 'info',
  docs: { zh: '多个责任单位未分牵头/配合', en: 'Two or more co-owners, with no lead marked' },
  messages: {
    units: {
      zh: '任务“{title}”列了多个责任单位（{owners}），未标明谁牵头：按惯例视首位的“{first}”为牵头单位；如非如此，请写明“牵头单位：…；配合单位：…”',
      en: 'Task “{title}” lists several owning units ({owners}) and marks no lead: by convention the first, “{first}”, leads; if not, write 牵头单位：… and 配合单位：…',
    },
    leaders: {
      zh: '任务“{title}”列了多名责任领导（{owners}），未标明谁牵头：按惯例视首位的“{first}”为牵头领导；如非如此，请注明牵头领导',
      en: 'Task “{title}” lists several responsible leaders ({owners}) and marks no lead: by convention the first, “{first}”, leads; if not, name the leading one (牵头领导)',
    },
  },
  examples: {
    valid: [
      '二、重点任务\n1.开展送戏下乡活动。（县文化局牵头，县财政局配合）',
      '二、重点任务\n1.推进基层综合性文化服务中心建设。（责任单位：文化站、各村）',
      '二、重点任务\n1.完善公共文化设施用地保障。（牵头单位：县国土局、县规划局）',
    ],
    invalid: [
      {
        text: '二、重点任务\n1.整合基层文化资源，推进文化服务中心建设。（责任单位：宣传办、文化站、各村）',
        errors: [{ messageId: 'units', task: 1, data: { owners: '宣传办、文化站', first: '宣传办' } }],
      },
      { text: '二、重点任务\n1.完成专项规划编制工作。（责任领导：陈某、王某；责任科室：办公室）', errors: [{ messageId: 'leaders', task: 1, data: { owners: '陈某、王某', first: '陈某' } }] },
    ],
  },
  check({ doc, facts }, report) {
    const listed = (owners: readonly LeadOwner[], kinds: ReadonlyArray<LeadOwner['kind']>) => owners.filter((o) => kinds.includes(o.kind)).map((o) => o.written);
    for (const task of doc.tasks) {
      const lead = facts.tasks.get(task.id)?.lead;
      if (!lead || lead.fields.length === 0) continue;
      const units = listed(lead.units, ['named', 'masked']);
      if (units.length >= 2 && !lead.marked.units && lead.partners.length === 0) {
        report({ messageId: 'units', task, data: { title: task.title, owners: units.join('、'), first: units[0] } });
      }
      const leaders = listed(lead.leaders, ['named', 'masked', 'title']);
      if (leaders.length >= 2 && !lead.marked.leaders) {
        report({ messageId: 'leaders', task, data: { title: task.title, owners: leaders.join('、'), first: leaders[0] } });
      }
    }
  },
});
