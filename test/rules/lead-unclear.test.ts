import rule from '../../src/rules/lead-unclear.js';
import { ruleTester } from '../support/rule-tester.js';

const ITEM = '二、重点任务\n1.完善设施用地保障。';

ruleTester.run(rule, {
  valid: [
    { name: 'one unit', text: `${ITEM}（责任单位：县图书馆）` },
    { name: 'a （牵头） mark', text: `${ITEM}（责任单位：县国土局（牵头）、县规划局）` },
    { name: 'a separate 配合 field', text: `${ITEM}（责任单位：县国土局、县规划局；配合单位：县财政局）` },
    { name: 'placeholders beside one named unit', text: `${ITEM}（责任单位：县文化局、各直属单位）` },
    { name: 'clause subjects, not an owner field', text: '二、重点任务\n1.组织学习。区文旅局及各乡镇、街道、经开区要认真组织专题学习一次。' },
    { name: 'redacted leaders', text: '二、整改措施\n整改项目1：规范文化市场管理。\n责任领导：*、*、*\n责任单位：县文化局' },
    { name: 'a 牵头领导 label', text: '二、重点任务\n1.完成规划编制。（牵头领导：陈某、王某；责任科室：办公室）' },
  ],
  invalid: [
    { name: 'two units, the first taken as lead', text: `${ITEM}（责任单位：县国土局、县规划局）`, errors: [{ messageId: 'units', task: 1, data: { owners: '县国土局、县规划局', first: '县国土局' } }] },
    {
      name: 'units and leaders both unsorted, each reported',
      text: '二、重点任务\n1.完成规划编制。（责任领导：陈某、王某；责任科室：办公室、规划科）',
      errors: [
        { messageId: 'units', task: 1, data: { owners: '办公室、规划科' } },
        { messageId: 'leaders', task: 1, data: { owners: '陈某、王某' } },
      ],
    },
  ],
});
