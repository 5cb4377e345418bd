import rule from '../../src/rules/numbering-gap.js';
import { ruleTester } from '../support/rule-tester.js';

ruleTester.run(rule, {
  valid: [
    { name: 'numbering going on across sections', text: '一、总体要求\n（一）指导思想。略。\n（二）工作目标。略。\n二、重点任务\n（三）建设设施。略。\n（四）开展活动。略。' },
    { name: 'numbering restarting in an attachment', text: '一、工作目标\n略。\n二、重点任务\n略。\n附件\n长效机制\n一、工作目标\n略。\n二、管理制度\n略。' },
    {
      name: 'a table numbering on across 类别',
      text: '附件\n任务清单\n类别\t序号\t工作任务\t责任单位\t完成时间\n设施建设\t1\t建设图书馆\t县文化局\t2021年\n设施建设\t2\t建设文化馆\t县文化局\t2021年\n活动开展\t3\t开展送戏下乡\t县文化局\t2021年',
    },
    {
      name: 'a repeated number (duplicate-task-number reports it)',
      text: '一、整改内容\n整改项目1：申报历史文化名城。\n整改时限：2009年\n整改项目2：开展文物普查。\n整改时限：2009年\n整改项目2：参与文艺调演。\n整改时限：2009年\n整改项目3：申报文物保护单位。\n整改时限：2009年',
    },
  ],
  invalid: [
    { name: 'several numbers missing', text: '一、工作目标\n略。\n五、保障措施\n略。', errors: [{ messageId: 'gap', line: 3, data: { missing: '“二、”“三、”“四、”' } }] },
    { name: 'a long run missing', text: '一、工作目标\n略。\n十二、保障措施\n略。', errors: [{ messageId: 'gap', line: 3, data: { missing: '“二、”…“十一、”' } }] },
    {
      name: 'a table row number skipped',
      text: '序号\t工作任务\t具体内容\t责任单位\t完成时间\n1\t建立领导机制\t党政主要领导牵头。\t创建办\t2019年\n3\t加强整体规划\t落实专项规划。\t规划分局\t2019年',
      errors: [{ messageId: 'gap', task: 2, data: { before: '1', after: '3', missing: '“2”' } }],
    },
  ],
});
