import rule from '../../src/rules/unclear-deadline.js';
import { ruleTester } from '../support/rule-tester.js';

ruleTester.run(rule, {
  valid: [
    {
      name: '适时 later in a dated row describes the mechanism',
      text: '序号\t工作任务\t具体内容\t责任单位\t完成时间\n7\t促进基本公共文化服务标准化\t严格执行相关标准。建立公共文化服务标准动态调整机制，适时调整完善相关标准和衡量指标。\t文化站\t2019年',
    },
    { name: '及时 in the main clause of a reactive duty', text: '二、重点任务\n1.及时报送工作进展情况。（责任单位：文化站）' },
    { name: '尽快 after the main clause of a dated task', text: '二、重点任务\n1.建设乡镇文化站。积极争取资金，尽快开工建设，2021年底前建成。（责任单位：文化站）' },
    { name: '尽快 under a dated 进度安排', text: '二、重点任务\n1.尽快完成村级文化室改造。\n三、进度安排\n（一）组织实施阶段（2018年3月10日—12月10日）。按计划推进。' },
    { name: 'a recurring field', text: '二、重点任务\n1.建立信息报送制度。\n完成时限：每月10日前\n责任单位：创建办' },
    { name: '长期以来 is not a time word', text: '二、重点任务\n1.长期以来形成的文化设施短板要补齐。\n完成时限：2020年底前' },
    { name: 'a range whose start names its month', text: '三、整改内容\n整改项目1：建设文化信息资源共享工程。\n整改时限：2009年1月――2009年12月' },
    { name: 'a multi-year range of bare years', text: '序号\t工作任务\t责任单位\t完成时间\n1\t建立领导小组工作机制。\t创建办\t2018年至2019年' },
    { name: 'a bare-year start in an earlier year', text: '二、重点任务\n1.推进数字文化建设。\n完成时限：2018年至2019年6月' },
  ],
  invalid: [
    { name: '及时 in a field is still no date', text: '二、重点任务\n1.报送进展情况。\n完成时限：及时', errors: [{ messageId: 'vague', task: 1, data: { deadline: '及时' } }] },
    { name: 'traditional script', text: '二、重點任務\n1.適時調整文化設施布局。（責任單位：文化局）', errors: [{ messageId: 'vagueClause', task: 1, data: { word: '適時' } }] },
    {
      name: 'a vague deadline inherited by several items, once on the first',
      text: '二、重点任务\n（一）完善设施。（完成时限：尽快）\n1.建设图书馆。\n2.建设文化馆。',
      errors: [{ messageId: 'vague', task: 1 }],
    },
    {
      name: '尽快 further on in a task that gives no date at all',
      text: '二、重点任务\n1.建设乡镇文化站。积极争取资金，尽快开工建设。（责任单位：文化站）',
      errors: [{ messageId: 'vagueClause', task: 1, data: { word: '尽快' } }],
    },
  ],
});
