import rule from '../../src/rules/merged-cell-split.js';
import { ruleTester } from '../support/rule-tester.js';

ruleTester.run(rule, {
  valid: [{ name: 'numbers in order', text: '二、重点任务\n1.建设图书馆。\n2.建设文化馆。' }],
  invalid: [
    {
      name: 'a number repeated within one 类别, nothing else naming the rows',
      text: '序号\t类别\t具体内容\t责任单位\t完成时间\n1\t组织领导\t成立领导小组。\t办公室\t2021年\n2\t设施建设\t建设图书馆。\t文化局\t2021年\n2\t设施建设\t建设文化馆。\t文化局\t2021年',
      errors: [{ messageId: 'continuation', task: 3, data: { label: '2', title: '设施建设' } }],
    },
  ],
});
