import rule from '../../src/rules/owner-conflict.js';
import { ruleTester } from '../support/rule-tester.js';

const BODY = '二、重点任务\n1.完善专项规划编制工作。（责任领导：陈某；责任科室：办公室）\n';
const TABLE = '附件\n重点工作清单\n序号\t项目名称\t建设内容\t责任领导\t责任科室';
const withRow = (leaders: string, units: string) => `${BODY}${TABLE}\n1\t专项规划编制\t完善专项规划编制工作。\t${leaders}\t${units}`;

ruleTester.run(rule, {
  valid: [
    { name: 'the table gives no leader', text: withRow('', '办公室') },
    { name: 'a redacted leader in the table', text: withRow('*', '办公室') },
    {
      name: 'the body partner listed among the table units',
      text: `二、重点任务\n1.完善专项规划编制工作。（责任单位：办公室；配合单位：规划科）\n${TABLE}\n1\t专项规划编制\t完善专项规划编制工作。\t\t办公室、规划科`,
    },
    {
      name: 'one row merging two body items and their owners',
      text:
        '二、重点任务\n1.建设图书馆新馆。（责任领导：陈某；责任科室：图书馆）\n2.建设剧院新馆。（责任领导：王某；责任科室：剧院）\n' +
        `${TABLE}\n1\t新馆建设\t建设图书馆新馆，建设剧院新馆。\t陈某、王某\t图书馆、剧院`,
    },
  ],
  invalid: [
    { name: 'the table names another leader', text: withRow('王某', '办公室'), errors: [{ messageId: 'conflict', task: 1, data: { table: '王某；办公室' } }] },
    {
      name: 'the table drops a unit',
      text: `二、重点任务\n1.完善专项规划编制工作。（责任领导：陈某；责任科室：办公室、规划科）\n${TABLE}\n1\t专项规划编制\t完善专项规划编制工作。\t陈某\t办公室`,
      errors: [{ messageId: 'conflict', task: 1, data: { body: '陈某；办公室、规划科', table: '陈某；办公室' } }],
    },
  ],
});
