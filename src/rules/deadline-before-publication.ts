import { defineRule } from './define.js';
import { deadlinesBefore } from './deadline-before-issue-date.js';

/**
 * A copy scraped from a government portal often has only the portal's
 * 发布日期, which may come weeks after the plan was signed: a deadline before
 * it may have been in the future when the plan was issued (001: the
 * 动员发动阶段 ended 2018-03-10, the page is dated 2018-05-07). So this is
 * advice to check the original, not a slip; with a 成文日期 or a 文号,
 * deadline-before-issue-date judges instead.
 */
export default defineRule({
  id: 'deadline-before-publication',
  severity: 'info',
  docs: { zh: '时限早于网站发布日期', en: 'A deadline falls before the portal’s publication date' },
  messages: {
    beforePublished: {
      zh: '任务“{title}”的时限“{deadline}”（{end}）早于网站发布日期{date}：发布日期不一定是成文日期，请核对原件；如该节点在印发前已过，请更新时间或说明完成情况',
      en: 'Task “{title}”’s deadline “{deadline}” ({end}) is before the portal’s publication date {date}, which may be later than the document’s own date: check the original, and update the date or report the step as done',
    },
  },
  examples: {
    valid: [
      '发布日期: 2018.05.07\n三、进度安排\n（一）组织实施阶段（2018年3月10日—12月10日）。7月1日前完成量不少于50%。',
      '发布日期: 2018.05.07\n二、重点任务\n1.完成文化站改造。\n完成时限：2018年3月底前\n某县文化局\n2018年2月5日',
    ],
    invalid: [
      {
        text: '发布日期: 2018.05.07\n三、进度安排\n（一）动员发动阶段（2018年3月10日前）。制定实施方案。',
        errors: [{ messageId: 'beforePublished', task: 1, data: { end: '2018-03-10', date: '2018-05-07' } }],
      },
    ],
  },
  check({ doc, facts }, report) {
    const { date } = doc.meta;
    if (facts.dateSource !== 'portal' || !date) return;
    for (const { task, deadline } of deadlinesBefore(doc, facts, date)) {
      report({ messageId: 'beforePublished', task, data: { title: task.title, deadline: deadline.text, end: deadline.end!, date } });
    }
  },
});
