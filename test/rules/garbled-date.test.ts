import rule from '../../src/rules/garbled-date.js';
import { ruleTester } from '../support/rule-tester.js';

ruleTester.run(rule, {
  valid: [
    { name: 'a count of days', text: '二、重点任务\n1.开展安全隐患百日大排查，365日不间断值守，100日内完成。\n完成时限：2020年底前' },
    { name: 'ISO and dotted dates', text: '发布日期: 2018.05.07\n二、重点任务\n1.完成文化站改造。\n完成时限：2022-09-30' },
    { name: 'digits before 日 that are a plain day', text: '二、重点任务\n1.每月10日前报送工作动态，25日召开调度会。\n完成时限：2020年12月31日' },
    { name: 'a masked date (unclear-deadline speaks for it)', text: '三、整改内容\n整改项目3：建设乡镇综合文化站。\n整改时限：2009年1月*' },
    { name: 'bare digits with no date context', text: '二、重点任务\n1.放映“2131工程”电影，71场次。\n完成时限：2009年' },
  ],
  invalid: [
    {
      name: 'a range that lost its 年 and 月',
      text: '三、进度安排\n（一）总结验收阶段（20181210—1231日）。组织督查验收。',
      errors: [{ messageId: 'lost', task: 1, data: { pairs: '20181210—1231日 → 2018年12月10日—12月31日？' } }],
    },
    {
      name: '121日前 read within each phase’s dates',
      text: '三、进度安排\n（一）动员发动阶段（2018年1月1日—1月31日）。121日前完成摸底。\n（二）组织实施阶段（2018310—1210日）。71日前完成量不少于50%121日前完成全部任务。',
      errors: [
        { messageId: 'lost', task: 1, data: { pairs: '121日前 → 1月21日前？' } },
        { messageId: 'lost', task: 2, data: { pairs: '2018310—1210日 → 2018年3月10日—12月10日？；71日前 → 7月1日前？；121日前 → 12月1日前？' } },
      ],
    },
    {
      name: 'both readings when nothing decides between them',
      text: '2018年工作方案\n二、重点任务\n1.完成全部任务，121日前报送总结。（责任单位：文化站）',
      errors: [{ messageId: 'lost', task: 1, data: { pairs: '121日前 → 12月1日前或1月21日前？' } }],
    },
    { name: 'a garbled deadline field', text: '二、重点任务\n1.完成文化站改造。\n完成时限：2020630日前', errors: [{ messageId: 'lost', task: 1, data: { pairs: '2020630日前 → 2020年6月30日前？' } }] },
    { name: '月低 for 月底', text: '二、重点任务\n1.完成文化站改造，6月低前完成。（责任单位：文化站）', errors: [{ messageId: 'invalid', task: 1, data: { written: '6月低前' } }] },
    {
      name: 'a blank year outside every task, on its line',
      text: '关于印发____年文化工作方案的通知\n二、重点任务\n1.完成文化站改造。（完成时限：2020年6月底前）',
      errors: [{ messageId: 'inText', line: 1, data: { written: '____年' } }],
    },
  ],
});
