import rule from '../../src/rules/redacted-owner.js';
import { ruleTester } from '../support/rule-tester.js';

const ITEM = '二、整改措施\n整改项目1：规范文化市场管理，提高监管能力。\n整改措施：加强执法检查。\n';
const NOTE = (note: string) => `二、重点任务\n1.推进图书馆总分馆建设。${note}`;

ruleTester.run(rule, {
  valid: [
    { name: 'a half-masked leader', text: `${ITEM}责任领导：陈*\n责任单位：县文化局` },
    { name: 'a masked date is not an owner', text: `${ITEM}责任领导：陈某\n责任单位：县文化局\n整改时限：2009年1月*` },
    { name: 'no owner at all (missing-owner reports it)', text: `${ITEM}整改时限：2009年12月` },
  ],
  invalid: [
    { name: '××', text: NOTE('（责任领导：陈某；责任单位：××）'), errors: [{ messageId: 'redacted', task: 1, data: { fields: '责任单位：××' } }] },
    { name: '某某', text: NOTE('（责任领导：某某；责任单位：县图书馆）'), errors: [{ messageId: 'redacted', task: 1, data: { fields: '责任领导：某某' } }] },
    { name: 'a redacted partner', text: NOTE('（责任单位：县图书馆；配合单位：＊＊）'), errors: [{ messageId: 'redacted', task: 1, data: { fields: '配合单位：＊＊' } }] },
  ],
});
