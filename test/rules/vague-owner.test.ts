import rule from '../../src/rules/vague-owner.js';
import { ruleTester } from '../support/rule-tester.js';

ruleTester.run(rule, {
  valid: [
    { name: 'a named lead with every town as partners', text: '二、重点任务\n1.开展送戏下乡活动。（责任单位：县文化局牵头，各乡镇配合）' },
    { name: 'a named unit listed before a placeholder', text: '二、重点任务\n1.开展送戏下乡活动。（责任单位：县文化局、各有关单位）' },
    { name: 'the 通知 addressees, each for its own area', text: '二、重点任务\n1.制定措施。（责任单位：各乡镇、街道、经开区）' },
    { name: '各县（市、区） is one distributed owner', text: '二、重点任务\n1.制定实施细则。（责任单位：各县（市、区）政府）' },
    { name: 'a placeholder only as 配合单位 in a table', text: '附件\n任务分解表\n序号\t工作任务\t责任单位\t配合单位\n1\t建立领导小组工作机制。\t创建办\t各成员单位' },
  ],
  invalid: [
    {
      name: '有关部门 after a named lead',
      text: '二、重点任务\n1.开展送戏下乡活动。（县文化局牵头，各有关部门按职责分工负责）',
      errors: [{ messageId: 'vaguePartner', task: 1, data: { owners: '各有关部门' } }],
    },
    {
      name: '相关部门 marked 配合 inside the unit field',
      text: '二、重点任务\n1.开展送戏下乡活动。（责任单位：县文化局牵头，区级相关部门配合）',
      errors: [{ messageId: 'vaguePartner', task: 1, data: { owners: '区级相关部门' } }],
    },
    { name: 'a scope that narrows nothing', text: '二、重点任务\n1.加强宣传。（责任单位：市直各有关单位）', errors: [{ messageId: 'vague', task: 1, data: { owners: '市直各有关单位' } }] },
    { name: 'two placeholders', text: '二、重点任务\n1.加强宣传。（责任单位：相关部门、各科室）', errors: [{ messageId: 'vague', task: 1, data: { owners: '相关部门、各科室' } }] },
    { name: 'a clause subject', text: '二、重点任务\n1.加强宣传。各有关部门要加大宣传力度。', errors: [{ messageId: 'vague', task: 1, data: { owners: '各有关部门' } }] },
    {
      name: 'a redacted leader names nobody',
      text: '二、整改措施\n1.规范市场管理。\n责任领导：*\n责任单位：相关单位',
      errors: [{ messageId: 'vague', task: 1, data: { owners: '相关单位' } }],
    },
    { name: 'a post in general', text: '二、重点任务\n1.加强宣传。（责任领导：各科科长；责任单位：县文化局）', errors: [{ messageId: 'vagueLeader', task: 1, data: { owners: '各科科长' } }] },
    {
      name: 'each item inheriting a placeholder from its parent',
      text: '二、重点任务\n（一）完善设施。（责任单位：各有关单位）\n1.建设图书馆。\n2.建设文化馆。',
      errors: [
        { messageId: 'vague', task: 1 },
        { messageId: 'vague', task: 2 },
      ],
    },
  ],
});
