import type { TimeMention } from '../extract/deadline.js';
import type { Task } from '../model/plan.js';
import { defineRule } from './define.js';
import { copyWith } from '../text/objects.js';

/**
 * Times that contradict each other (the DCMA logic check): a date in the
 * task's text later than its own deadline column ("到2020年…" with 完成时间
 * "2019年"), a date inside a 进度安排 phase that falls outside the phase, and
 * phases whose ends run backwards. "到2020年" may be the plan's horizon while
 * the column is an earlier milestone, so this is a warning. Dates before the
 * deadline are background or steps ("2009年4月已投入…") and pass; so do
 * cadences, plan periods inside 《》, dates read with an assumed year and
 * garbled digits (garbled-date speaks for those).
 */
export default defineRule({
  id: 'deadline-conflict',
  severity: 'warning',
  docs: { zh: '时间自相矛盾：内容日期与完成时间不符、阶段内日期超出阶段、阶段顺序颠倒', en: 'Times contradict each other: a date in the text against the deadline column, a date outside its phase, phases out of order' },
  messages: {
    column: {
      zh: '任务“{title}”的内容写“{mention}”，完成时间却是“{deadline}”，两者不一致：请统一；如“{mention}”是远期目标，请写明本项在“{deadline}”要完成的阶段任务',
      en: 'Task “{title}” says “{mention}” but its deadline is “{deadline}”: make them agree, or if “{mention}” is the long-term goal, state what is due by “{deadline}”',
    },
    phase: {
      zh: '阶段“{title}”的时间是“{deadline}”，其中“{mention}”超出了本阶段：请核对日期，或把该事项移到对应阶段',
      en: 'Phase “{title}” runs “{deadline}”, but “{mention}” inside it falls outside the phase: check the date or move the step to the right phase',
    },
    order: {
      zh: '阶段“{title}”截止于{end}，早于前一阶段“{previous}”的截止时间{previousEnd}，阶段顺序颠倒：请核对各阶段日期',
      en: 'Phase “{title}” ends on {end}, before the previous phase “{previous}” ends on {previousEnd}: check the phase dates',
    },
  },
  examples: {
    valid: [
      '序号\t工作任务\t具体内容\t责任单位\t完成时间\n5\t全面完成基层综合性文化服务中心建设\t到2019年底，所有行政村（社区）均建成基层综合性文化服务中心。\t文化站\t2019年',
      '三、进度安排\n（一）动员发动阶段（2018年3月10日前）。并于3月10日前将工作安排报送县文广新局。\n（二）组织实施阶段（2018年3月10日—12月10日）。7月1日前完成量不少于50%，12月1日前完成全部任务。\n（三）总结验收阶段（2018年12月10日—12月31日）。组织督查验收。',
      '序号\t工作任务\t具体内容\t责任单位\t完成时间\n2\t加强公共文化设施建设整体规划\t落实《某市公共服务设施专项规划（2012—2020）》\t规划分局\t2019年',
    ],
    invalid: [
      {
        text: '序号\t工作任务\t具体内容\t责任单位\t完成时间\n16\t推进数字文化建设\t到2020年镇（区）级图书馆可提供数字资源服务。\t文化站\t2019年',
        errors: [{ messageId: 'column', task: 1, data: { mention: '到2020年', deadline: '2019年' } }],
      },
      {
        text: '2018年公共文化服务工程实施方案\n三、进度安排\n（一）组织实施阶段（2018年3月10日—6月30日）。9月1日前完成全部任务。',
        errors: [{ messageId: 'phase', task: 1, data: { deadline: '2018年3月10日—6月30日', mention: '9月1日前' } }],
      },
      {
        text: '三、进度安排\n（一）组织实施阶段（2018年3月10日—12月10日）。按计划推进。\n（二）动员部署阶段（2018年3月1日前）。制定方案。',
        errors: [{ messageId: 'order', task: 2, data: { end: '2018-03-01', previousEnd: '2018-12-10' } }],
      },
    ],
  },
  check({ doc, facts }, report) {
    const lastPhase = new Map<string, Task>();
    for (const task of doc.tasks) {
      const taskFacts = facts.tasks.get(task.id);
      const deadline = task.deadline;
      if (!taskFacts || !deadline?.end || deadline.flags.some((f) => f === 'vague' || f === 'masked' || f === 'recurring' || f === 'reversed')) continue;
      const { schedule, draft } = taskFacts;
      const data = { title: task.title, deadline: deadline.text };
      if (!draft.phase) {
        const later = schedule.source === 'field' || schedule.source === 'inherited' ? schedule.mentions.find((m) => isFirmDate(m) && m.deadline.end! > deadline.end!) : undefined;
        if (later) report({ messageId: 'column', task, data: copyWith(data, { mention: later.text }) });
        continue;
      }
      const heading = schedule.source === 'text' ? schedule.reading?.index : undefined;
      const outside = schedule.mentions.find(
        (m) => m.index !== heading && isFirmDate(m, true) && (m.deadline.end! > deadline.end! || (deadline.start !== null && m.deadline.end! < deadline.start)),
      );
      const key = task.path.join('\u0000');
      const previous = lastPhase.get(key);
      lastPhase.set(key, task);
      if (outside) report({ messageId: 'phase', task, data: copyWith(data, { mention: outside.text }) });
      else if (previous?.deadline?.end && deadline.end < previous.deadline.end)
        report({ messageId: 'order', task, data: { title: task.title, end: deadline.end, previous: previous.title, previousEnd: previous.deadline.end } });
    }
  },
});

/**
 * A point in time the text commits to: not a cadence, vague word or range (a
 * period such as "2018—2020年创建期间" is context); its year written, or, inside
 * a phase, taken from the document (a bare year there is the plan's year); no
 * garbled digits unless read within the phase.
 */
function isFirmDate(m: TimeMention, inPhase = false): boolean {
  if (m.kind !== 'by' && m.kind !== 'at' && m.kind !== 'until') return false;
  if (m.deadline.end === null || m.otherReading) return false;
  // Inside a phase, "2018年，…" is the plan's year, not a step
  if (inPhase) return m.deadline.precision !== 'year';
  return !m.deadline.flags.some((f) => f === 'yearInferred' || f === 'garbled');
}
