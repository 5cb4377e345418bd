import rule from '../../src/rules/duplicate-task-number.js';
import { ruleTester } from '../support/rule-tester.js';

const HEADER = '序号\t工作任务\t具体内容\t责任单位\t完成时间';

ruleTester.run(rule, {
  valid: [
    { name: 'numbering restarting under unnumbered subheadings', text: '二、重点任务\n推进设施建设\n1.建设图书馆。\n2.建设文化馆。\n加强队伍建设\n1.培训文艺骨干。\n2.建设文艺团队。' },
    {
      name: 'the same numbers under different headings',
      text: '二、重点任务\n（一）推进设施建设。\n1.建设图书馆。\n2.建设文化馆。\n（二）加强队伍建设。\n1.培训文艺骨干。\n2.建设文艺团队。',
    },
    { name: 'label blocks of two kinds', text: '一、整改内容\n问题1：文化设施不足。\n措施1：建设图书馆。\n问题2：队伍薄弱。\n措施2：培训骨干。' },
    {
      name: 'rows whose number comes from the row above',
      text: `${HEADER}\n1\t建立领导机制\t党政主要领导牵头。\t创建办\t2019年\n\t\t制定领导小组工作机制。\t创建办\t2019年\n2\t加强整体规划\t落实专项规划。\t规划分局\t2019年`,
    },
    {
      name: 'a merged-cell continuation row (merged-cell-split advises on it)',
      text: `${HEADER}\n6\t完善公共文化服务设施公建配套政策\t明确公共文化设施配套的比例。\t规划分局\t2019年\n6\t完善公共文化服务设施公建配套政策\t建立公示和通报制度。\t规划分局\t2020年`,
    },
    {
      name: 'a number repeated within one 类别, nothing else naming the rows (a continuation)',
      text: '序号\t类别\t具体内容\t责任单位\t完成时间\n1\t组织领导\t成立领导小组。\t办公室\t2021年\n2\t设施建设\t建设图书馆。\t文化局\t2021年\n2\t设施建设\t建设文化馆。\t文化局\t2021年',
    },
  ],
  invalid: [
    {
      name: 'a numbered item repeated',
      text: '二、重点任务\n1.建设图书馆。\n2.建设文化馆。\n2.建设博物馆。',
      errors: [{ messageId: 'duplicate', task: 3, data: { label: '2', title: '建设博物馆', other: '建设文化馆' } }],
    },
  ],
});
