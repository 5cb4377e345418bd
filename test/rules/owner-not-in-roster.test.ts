import rule from '../../src/rules/owner-not-in-roster.js';
import { ruleTester } from '../support/rule-tester.js';

const ROSTER = '一、组织领导\n组  长：李明  局长\n副组长：张  华  副局长\n成  员：刘洋  办公室主任\n二、重点任务\n';
const LEADER = (leader: string) => `${ROSTER}1.推进图书馆建设。（责任领导：${leader}；责任科室：图书馆）`;

ruleTester.run(rule, {
  valid: [
    { name: 'a leader padded in the task', text: LEADER('张  华') },
    { name: 'a leader with a title', text: LEADER('张华副局长') },
    { name: 'a post, not a name', text: LEADER('分管副局长') },
    { name: 'a redaction mark', text: LEADER('*') },
    { name: 'a half-masked name', text: LEADER('王*') },
  ],
  invalid: [
    {
      name: 'only the task whose leader is missing',
      text: `${ROSTER}1.完善专项规划编制工作。（责任领导：王伟；责任科室：办公室）\n2.推进图书馆建设。（责任领导：张华；责任科室：图书馆）`,
      errors: [{ messageId: 'missing', task: 1, data: { names: '王伟' } }],
    },
    { name: 'the missing leaders of a task, once each', text: LEADER('李明、王伟局长、赵强、王伟'), errors: [{ messageId: 'missing', task: 1, data: { names: '王伟、赵强' } }] },
  ],
});
