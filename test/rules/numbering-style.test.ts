import rule from '../../src/rules/numbering-style.js';
import { ruleTester } from '../support/rule-tester.js';

ruleTester.run(rule, {
  valid: [
    { name: '（1） below 1.', text: '一、重点任务\n（一）推进设施建设。\n1.建设图书馆。\n（1）完成选址。\n（2）完成设计。' },
    { name: '1． with a full-width point', text: '一、重点任务\n1．建设图书馆。\n2．建设文化馆。' },
    {
      name: 'label blocks beside numbered items',
      text: '二、总体目标\n1.服务水平得到提升。\n三、整改内容\n整改项目1：建设文化信息资源共享工程。\n整改时限：2009年\n四、具体要求\n1.加强组织领导。',
    },
    {
      name: 'a flattened table’s row numbers (1 某路口…) with a list of their own in a cell',
      text: '附件 检查问题汇总表 序号 点位 存在问题 责任单位\n1 某路口 占道经营现象突出。 区城管局\n2 某小区\n1、垃圾未及时清运;\n2、绿化带破损。 某街道\n3 某市场 地面污水横流。 区市场监管局',
    },
    { name: 'an attachment with its own scheme', text: '一、工作目标\n略。\n二、重点任务\n（一）建设设施。\n附件\n长效机制\n一、工作目标\n1.统一管理。' },
  ],
  invalid: [
    {
      name: 'every 1、 in a document, once',
      text: '二、總體目標\n1、貫徹落實科學發展觀的自覺性得到增強。\n2、突出問題得到解決。\n四、具體要求\n1、加強組織領導。',
      errors: [{ messageId: 'form', line: 2, data: { count: 3 } }],
    },
    { name: '一. instead of 一、', text: '一.工作目标\n略。\n二.重点任务\n略。', errors: [{ messageId: 'form', line: 1, data: { written: '一.', expected: '一、', count: 2 } }] },
    { name: '1） instead of （1）', text: '一、重点任务\n1.建设图书馆。\n1）完成选址。\n2）完成设计。', errors: [{ messageId: 'form', line: 3, data: { written: '1）', expected: '（1）' } }] },
    { name: 'a mark after the brackets', text: '一、重点任务\n（一）、建设设施。\n（二）、开展活动。', errors: [{ messageId: 'form', line: 2, data: { written: '（一）、', expected: '（一）' } }] },
  ],
});
