import rule from '../../src/rules/deadline-before-issue-date.js';
import { ruleTester } from '../support/rule-tester.js';

const SIGNED = '\n某县文化局\n2020年6月5日';

ruleTester.run(rule, {
  valid: [
    { name: 'the 成文日期 itself', text: `二、重点任务\n1.完成文化站改造。\n完成时限：2020年6月5日${SIGNED}` },
    { name: 'a deadline in the 文号 year', text: '益资文旅广体发〔2020〕8号\n二、重点任务\n1.完成文化站改造。\n完成时限：2020年3月底前' },
    { name: 'no date and no 文号', text: '二、重点任务\n1.完成文化站改造。\n完成时限：2009年3月底前' },
    {
      name: 'an upload stamp is no document date',
      text: '文化局整改方案\n時間:2022-09-30 10:15:00\n三、整改內容\n整改項目1：建設文化信息資源共享工程。\n整改時限：2009年1月――2009年12月',
    },
    { name: 'a portal 发布日期 (deadline-before-publication advises on it)', text: '发布日期: 2018.05.07\n三、进度安排\n（一）动员发动阶段（2018年3月10日前）。制定实施方案。' },
    {
      name: 'a yearless date more than half a year before the 成文日期 is the next year’s',
      text: '二、重点任务\n1.完成文化站改造，3月底前完成。（责任单位：文化站）\n某县文化局\n2020年11月20日',
    },
  ],
  invalid: [
    {
      name: 'a yearless date that, read in the signing year, had passed',
      text: '二、重点任务\n1.完成文化站改造，3月底前完成。（责任单位：文化站）\n某县文化局\n2020年5月20日',
      errors: [{ messageId: 'beforeSigned', task: 1, data: { deadline: '3月底前', end: '2020-03-31', date: '2020-05-20' } }],
    },
    {
      name: 'a range compared by its end',
      text: `二、重点任务\n1.完成文化站改造。\n完成时限：2020年1月—2020年5月${SIGNED}`,
      errors: [{ messageId: 'beforeSigned', task: 1, data: { end: '2020-05-31' } }],
    },
  ],
});
