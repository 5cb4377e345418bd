import rule from '../../src/rules/missing-deadline.js';
import { ruleTester } from '../support/rule-tester.js';

ruleTester.run(rule, {
  valid: [
    { name: 'a deadline inherited from the parent item', text: '二、重点任务\n（一）推进设施建设。（完成时限：2021年6月底前）\n1.建设图书馆。\n2.建设文化馆。' },
    {
      name: 'a 附表 row restating the task gives the time',
      text: '二、重点任务\n1.完善专项规划编制工作。（责任科室：办公室）\n附2\n序号\t项目名称\t建设内容\t建设年限\t责任科室\n1\t专项规划编制\t完善专项规划编制工作。\t2021年\t办公室',
    },
    { name: 'body tasks under dated 进度安排 phases', text: '二、重点任务\n1.建设图书馆。\n三、进度安排\n（一）组织实施阶段（2018年3月10日—12月10日）。按计划推进。' },
  ],
  invalid: [
    {
      name: 'an empty deadline cell',
      text: '序号\t工作任务\t责任单位\t完成时间\n1\t建设图书馆\t县文化局\t2021年\n2\t建设文化馆\t县文化局\t',
      errors: [{ messageId: 'missing', task: '建设文化馆' }],
    },
    { name: 'a reporting cadence is no deadline', text: '二、重点任务\n1.建设图书馆。每月5日前报送进展。', errors: [{ messageId: 'missing', task: 1 }] },
    { name: 'a sibling’s date is not the task’s', text: '二、重点任务\n1.建设图书馆。\n2.建设文化馆，2021年底前建成。', errors: [{ messageId: 'missing', task: 1 }] },
  ],
});
