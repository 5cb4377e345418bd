import rule from '../../src/rules/missing-owner.js';
import { ruleTester } from '../support/rule-tester.js';

ruleTester.run(rule, {
  valid: [
    { name: 'owners inherited from the parent item', text: '二、重点任务\n（一）推进设施建设。（责任单位：县文化局）\n1.建设图书馆。\n2.建设文化馆。' },
    { name: 'a 牵头/配合 phrase', text: '二、重点任务\n1.建设图书馆。（县文化局牵头，县财政局配合）' },
    { name: 'a 由…负责 clause', text: '二、重点任务\n1.建设图书馆。由县文化局负责。' },
    { name: 'a leader and no unit', text: '二、重点任务\n1.建设图书馆。（责任领导：陈某）' },
  ],
  invalid: [
    { name: 'partners alone own nothing', text: '二、重点任务\n1.建设图书馆。（配合单位：县财政局）', errors: [{ messageId: 'missing', task: 1 }] },
    {
      name: 'an empty owner cell is not inherited from the row above',
      text: '序号\t工作任务\t责任单位\t完成时间\n1\t建设图书馆\t县文化局\t2021年\n2\t建设文化馆\t\t2021年',
      errors: [{ messageId: 'missing', task: '建设文化馆' }],
    },
  ],
});
