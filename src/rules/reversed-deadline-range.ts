import type { TimeMention } from '../extract/deadline.js';
import { defineRule } from './define.js';

/**
 * A period that ends before it starts ("2019年12月—2019年6月") cannot be
 * scheduled. Ranges are read after garbled digits are repaired
 * ("20181210—1231日" is 12月10日—12月31日). An end without its own year takes
 * the start's, so "12月—3月" may well mean the next March: a range is reversed
 * when its end names its year (2019年12月—2019年6月), or keeps the start's
 * month (3月15日至10日, 20181231—1210日).
 */
export default defineRule({
  id: 'reversed-deadline-range',
  severity: 'error',
  docs: { zh: '起止时间倒置', en: 'The range ends before it starts' },
  messages: {
    reversed: {
      zh: '任务“{title}”的起止时间“{range}”结束早于开始（{start} 至 {end}）：请核对起止顺序或年份',
      en: 'Task “{title}”’s period “{range}” ends before it starts ({start} to {end}): check the order or the years',
    },
  },
  examples: {
    valid: [
      '三、整改内容\n整改项目1：建设文化信息资源共享工程。\n整改时限：2009年1月――2009年12月',
      '三、进度安排\n（三）总结验收阶段（20181210—1231日）。组织开展督查验收。',
      '二、重点任务\n1.开展冬季送文化下乡活动。\n完成时限：2019年12月至次年3月',
    ],
    invalid: [
      {
        text: '三、整改内容\n整改项目2：规范文化市场管理。\n整改时限：2019年12月—2019年6月',
        errors: [{ messageId: 'reversed', task: 1, data: { range: '2019年12月—2019年6月', start: '2019-12-01', end: '2019-06-30' } }],
      },
      {
        text: '二、重点任务\n1.开展文艺调演。2019年3月15日至10日组织初赛。（责任单位：县文化馆）',
        errors: [{ messageId: 'reversed', task: 1, data: { range: '2019年3月15日至10日', start: '2019-03-15', end: '2019-03-10' } }],
      },
    ],
  },
  check({ doc, facts }, report) {
    for (const task of doc.tasks) {
      const schedule = facts.tasks.get(task.id)?.schedule;
      if (!schedule) continue;
      const own = schedule.source === 'field' || (schedule.source === 'inherited' && !schedule.sharedWith) ? [schedule.reading] : [];
      const reversed = [...own, ...schedule.mentions].find((m) => m?.kind === 'range' && m.deadline.flags.includes('reversed') && !maybeNextYear(m));
      if (!reversed) continue;
      const { start, end } = reversed.deadline;
      report({ messageId: 'reversed', task, data: { title: task.title, range: reversed.text, start: start ?? '', end: end ?? '' } });
    }
  },
});

/** 12月—3月: an end that takes the start's year and names an earlier month probably means the next year. */
function maybeNextYear(m: TimeMention): boolean {
  const { start, end } = m.deadline;
  return m.range?.endTakes === 'year' && start !== null && end !== null && end.slice(5, 7) < start.slice(5, 7);
}
