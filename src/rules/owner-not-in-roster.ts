import { foldToSimplified } from '../lexicon/hant.js';
import { defineRule } from './define.js';
import { withoutSpaces } from '../text/space.js';

/**
 * A plan that prints its 领导小组 roster should assign tasks to people on it:
 * a 责任领导 missing from it is a misspelling, a departed leader or an omission.
 * Names are compared without padding or titles ("陈  凯", "陈凯副局长");
 * posts (局长), redaction marks (*) and half-masked names (陈*) cannot be checked.
 */
export default defineRule({
  id: 'owner-not-in-roster',
  severity: 'warning',
  docs: { zh: '责任领导不在领导小组名单', en: 'A named leader is missing from the plan’s own roster' },
  messages: {
    missing: {
      zh: '任务“{title}”的责任领导“{names}”不在本方案的领导小组名单中：请核对姓名是否写错，或将其补入名单；如为上级领导或名单另行印发，可忽略',
      en: 'Task “{title}” names leader “{names}”, who is not in this plan’s leading-group roster: check the spelling or add them to the roster; ignore this for higher-level leaders or a roster issued separately',
    },
  },
  examples: {
    valid: [
      '一、组织领导\n组  长：李明  局长\n副组长：张  华  副局长\n二、重点任务\n1.推进图书馆建设。（责任领导：张华，责任科室：图书馆）',
      '二、重点任务\n1.完善专项规划编制工作。（责任领导：王伟；责任科室：办公室）',
    ],
    invalid: [
      {
        text: '一、组织领导\n组  长：李明  局长\n副组长：张  华  副局长\n二、重点任务\n1.完善专项规划编制工作。（责任领导：王伟；责任科室：办公室）',
        errors: [{ messageId: 'missing', task: 1, data: { names: '王伟' } }],
      },
    ],
  },
  check({ doc, facts }, report) {
    if (doc.roster.length === 0) return;
    const roster = new Set(doc.roster.map((entry) => foldToSimplified(withoutSpaces(entry.name))));
    for (const task of doc.tasks) {
      const leaders = facts.tasks.get(task.id)?.lead.leaders ?? [];
      const missing = [...new Set(leaders.filter((l) => l.person !== null && !roster.has(l.key)).map((l) => l.person))];
      if (missing.length > 0) report({ messageId: 'missing', task, data: { title: task.title, names: missing.join('、') } });
    }
  },
});
