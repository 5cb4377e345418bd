import rule from '../../src/rules/deadline-conflict.js';
import { ruleTester } from '../support/rule-tester.js';

const TABLE_HEAD = '序号\t工作任务\t具体内容\t责任单位\t完成时间\n';

ruleTester.run(rule, {
  valid: [
    { name: '到2020年 agrees with 2020年', text: `${TABLE_HEAD}2\t加强公共文化设施建设整体规划\t到2020年，全市每千人拥有室内公共文化设施面积达200平方米。\t规划分局\t2020年` },
    { name: 'an unbalanced plan period inside 《》', text: `${TABLE_HEAD}7\t促进基本公共文化服务标准化\t严格执行《某镇基本公共文化服务实施标准（2016—2020年》。\t文化站\t2019年` },
    {
      name: 'background before the deadline',
      text: '三、整改内容\n整改项目1：建设文化信息资源共享工程。\n整改措施：2009年4月，县委政府投入10万元前期启动经费。\n整改时限：2009年5月――2009年12月',
    },
    { name: 'a range in the text is context', text: `${TABLE_HEAD}1\t建立领导小组工作机制\t围绕2018—2020年创建工作，建立例会制度。\t创建办\t2019年` },
    { name: 'a yearless date may be read in the wrong year', text: `${TABLE_HEAD}1\t建立领导小组工作机制\t12月底前召开总结会。\t创建办\t2019年6月` },
    { name: 'a cadence', text: `${TABLE_HEAD}1\t建立信息报送制度\t每年12月5日前报送深度工作进展情况。\t创建办\t2019年6月` },
    { name: 'the plan year inside a phase', text: '三、进度安排\n（一）组织实施阶段（2018年3月10日—12月10日）。2018年，全县培训文艺骨干不少于100人。' },
  ],
  invalid: [
    {
      name: 'a year in the text after a range in the column',
      text: `${TABLE_HEAD}16\t推进数字文化建设\t2021年建成数字文化馆。\t文化站\t2019年至2020年`,
      errors: [{ messageId: 'column', task: 1, data: { mention: '2021年', deadline: '2019年至2020年' } }],
    },
    {
      name: 'a phase whose dates are a field, like any other phase',
      text: '三、进度安排\n（一）组织实施阶段。2018年9月1日前完成全部任务。\n完成时限：2018年6月30日前\n（二）动员部署阶段。制定方案。\n完成时限：2018年3月1日前',
      errors: [
        { messageId: 'phase', task: 1, data: { deadline: '2018年6月30日前', mention: '2018年9月1日前' } },
        { messageId: 'order', task: 2, data: { end: '2018-03-01', previous: '组织实施阶段' } },
      ],
    },
  ],
});
