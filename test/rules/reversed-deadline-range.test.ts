import rule from '../../src/rules/reversed-deadline-range.js';
import { ruleTester } from '../support/rule-tester.js';

ruleTester.run(rule, {
  valid: [
    { name: 'an end month before the start month probably means the next year', text: '二、重点任务\n1.开展冬季送文化下乡活动。\n完成时限：2019年12月—3月' },
    { name: 'a compact range', text: '二、重点任务\n1.开展群众文化活动。\n完成时限：2020年1-6月' },
    { name: 'Big5 dashes', text: '三、整改內容\n整改項目1：建設文化信息資源共享工程。\n整改時限：2009年1月??2009年12月' },
  ],
  invalid: [
    {
      name: 'a garbled range in one month, after repair',
      text: '三、进度安排\n（一）总结验收阶段（20181231—1210日）。组织开展督查验收。',
      errors: [{ messageId: 'reversed', task: 1, data: { range: '20181231—1210日', start: '2018-12-31', end: '2018-12-10' } }],
    },
    { name: 'years written out', text: '二、重点任务\n1.推进数字文化建设。\n完成时限：2020年至2019年', errors: [{ messageId: 'reversed', task: 1, data: { range: '2020年至2019年' } }] },
  ],
});
