import rule from '../../src/rules/coarse-deadline.js';
import { ruleTester } from '../support/rule-tester.js';

const TABLE_HEAD = '附件\n任务分解表\n序号\t工作任务\t责任单位\t完成时间\n';

ruleTester.run(rule, {
  valid: [
    { name: 'a month', text: '二、重点任务\n1.完成文化站改造。\n完成时限：2019年6月底前' },
    { name: 'a long span with a dated step', text: '二、重点任务\n1.推进数字文化建设，2019年底前完成50%。\n完成时限：2018年至2020年' },
    { name: 'a yearless date under a 成文日期', text: '二、重点任务\n1.完成文化站改造，6月底前完成。\n某县文化局\n2020年6月5日' },
    { name: 'a vague field (unclear-deadline speaks for it)', text: '二、重点任务\n1.完成文化站改造。\n完成时限：长期坚持' },
    { name: 'a masked field', text: '三、整改内容\n整改项目3：建设乡镇综合文化站。\n整改时限：2009年1月*' },
    { name: 'no year and none to take (unclear-deadline speaks for it)', text: '二、重点任务\n1.完成文化站改造。\n完成时限：6月底前' },
  ],
  invalid: [
    {
      name: 'a year from a portal 发布日期',
      text: '发布日期: 2018.05.07\n二、重点任务\n1.完成文化站改造，9月底前完成。',
      errors: [{ messageId: 'noYear', task: 1, data: { deadline: '9月底前', source: '2018-05-07', year: '2018' } }],
    },
    {
      name: 'a table of years, once on its widest row',
      text: `${TABLE_HEAD}1\t建立领导小组工作机制。\t创建办\t2018年至2019年\n2\t细化公共文化设施用地。\t国土分局\t2019年\n3\t开展全民阅读活动。\t宣传办\t2018年至2020年\n4\t建立信息报送制度，每月10日前报送。\t创建办\t2018年至2020年`,
      errors: [{ messageId: 'tableYears', task: '开展全民阅读活动', data: { count: 4 } }],
    },
    {
      name: 'a table that also has months, row by row',
      text: `${TABLE_HEAD}1\t建立领导小组工作机制。\t创建办\t2018年6月底前\n2\t细化公共文化设施用地。\t国土分局\t2019年\n3\t开展全民阅读活动。\t宣传办\t2018年至2020年\n4\t打造阅读空间。\t宣传办\t2019年`,
      errors: [
        { messageId: 'year', task: '细化公共文化设施用地' },
        { messageId: 'span', task: '开展全民阅读活动', data: { months: 36 } },
        { messageId: 'year', task: '打造阅读空间' },
      ],
    },
    {
      name: 'a bare year inherited by several items, once',
      text: '二、重点任务\n（一）完善设施。（完成时限：2021年）\n1.建设图书馆。\n2.建设文化馆。',
      errors: [{ messageId: 'year', task: 1 }],
    },
  ],
});
