import rule from '../../src/rules/deadline-before-publication.js';
import { ruleTester } from '../support/rule-tester.js';

const PUBLISHED = '发布日期: 2018.05.07\n';

ruleTester.run(rule, {
  valid: [
    { name: 'a deadline after the publication date', text: `${PUBLISHED}二、重点任务\n1.完成文化站改造。\n完成时限：2018年6月底前` },
    { name: 'no date at all', text: '二、重点任务\n1.完成文化站改造。\n完成时限：2018年3月底前' },
  ],
  invalid: [
    {
      name: 'a deadline field before the publication date',
      text: `${PUBLISHED}二、重点任务\n1.完成文化站改造。\n完成时限：2018年3月底前`,
      errors: [{ messageId: 'beforePublished', task: 1, data: { deadline: '2018年3月底前', end: '2018-03-31', date: '2018-05-07' } }],
    },
  ],
});
