import type { DocumentFacts } from '../extract/index.js';
import type { Deadline, PlanDocument, Task } from '../model/plan.js';
import { defineRule } from './define.js';

/**
 * A deadline that had passed when the plan was signed is a slip of the pen or
 * a stale copy. The 成文日期 (落款 date) is the reference; without it, the
 * 文号 year (a deadline in an earlier year). A portal's 发布日期 may be weeks
 * after signing: deadline-before-publication gives advice on it. An upload stamp is no date at all
 * (meta.date stays null). Ends are compared, not starts: a 整改方案 may record
 * work that began before it was written ("2009年1月――2009年12月").
 */
export default defineRule({
  id: 'deadline-before-issue-date',
  severity: 'warning',
  docs: { zh: '时限早于成文日期或文号年份', en: 'A deadline falls before the document’s own date or its number’s year' },
  messages: {
    beforeSigned: {
      zh: '任务“{title}”的时限“{deadline}”（{end}）早于成文日期{date}，印发时已经过期：请核对是否笔误（如年份应为次年），或改为成文日期之后的时间',
      en: 'Task “{title}”’s deadline “{deadline}” ({end}) is before the document’s date {date}, so it had passed when the plan was issued: check for a slip (the next year?) or set a later date',
    },
    beforeDocYear: {
      zh: '任务“{title}”的时限“{deadline}”早于文号年份{year}年：请核对年份是否笔误',
      en: 'Task “{title}”’s deadline “{deadline}” is in a year before the document number’s year {year}: check the year',
    },
  },
  examples: {
    valid: [
      '二、重点任务\n1.完成文化站改造。\n完成时限：2020年9月底前\n某县文化局\n2020年6月5日',
      '三、整改内容\n整改项目1：建设文化信息资源共享工程。\n整改时限：2009年1月――2009年12月\n某县文化局\n2009年6月10日',
    ],
    invalid: [
      {
        text: '二、重点任务\n1.完成文化站改造。\n完成时限：2020年3月底前\n某县文化局\n2020年6月5日',
        errors: [{ messageId: 'beforeSigned', task: 1, data: { deadline: '2020年3月底前', end: '2020-03-31', date: '2020-06-05' } }],
      },
      {
        text: '益资文旅广体发〔2020〕8号\n二、重点任务\n1.完成文化站改造。\n完成时限：2019年12月底前',
        errors: [{ messageId: 'beforeDocYear', task: 1, data: { deadline: '2019年12月底前', year: 2020 } }],
      },
    ],
  },
  check({ doc, facts }, report) {
    const { date, docNumber, year } = doc.meta;
    const reference =
      facts.dateSource === 'signature' && date
        ? { messageId: 'beforeSigned' as const, before: date }
        : facts.dateSource === null && docNumber && year !== null
          ? { messageId: 'beforeDocYear' as const, before: `${year}-01-01` }
          : null;
    if (!reference) return;
    for (const { task, deadline } of deadlinesBefore(doc, facts, reference.before)) {
      report({ messageId: reference.messageId, task, data: { title: task.title, deadline: deadline.text, end: deadline.end!, date: date ?? '', year: year ?? '' } });
    }
  },
});

/**
 * The tasks whose deadline ends before `before` (ISO). A deadline shared
 * with a parent is the parent's to report; a reversed range's end is no
 * reading of what was meant (12月—3月 may mean the next March).
 */
export function deadlinesBefore(doc: PlanDocument, facts: DocumentFacts, before: string): Array<{ task: Task; deadline: Deadline }> {
  return doc.tasks.flatMap((task) => {
    const deadline = task.deadline;
    if (facts.tasks.get(task.id)?.schedule.sharedWith || !deadline?.end || deadline.flags.includes('reversed') || deadline.end >= before) return [];
    return [{ task, deadline }];
  });
}
