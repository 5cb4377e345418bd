import rule from '../../src/rules/unit-mismatch.js';
import { ruleTester } from '../support/rule-tester.js';

const ROW = (content: string) => `序号\t工作任务\t具体内容\t责任单位\t完成时间\n9\t打造图书馆总分馆服务体系\t${content}\t文化站\t2019年`;
const BODY_AND_TABLE = (body: string, row: string) =>
  `二、重点任务\n1.${body}（责任科室：公共文化科）\n附2\n序号\t项目名称\t建设内容\t建设年限\t责任科室\n1\t公共文化服务下基层\t${row}\t2021年\t公共文化科`;

ruleTester.run(rule, {
  valid: [
    { name: 'a share as a fraction', text: ROW('国产新片比例不低于1/3。') },
    { name: 'a library turnover rate counted in 次', text: ROW('每册图书年均流通率1次以上，人均到馆1次以上。') },
    { name: 'growth of an investment in percent', text: ROW('全镇文化投资增长10%。') },
    { name: 'money per head', text: ROW('人均文化经费达到1200元/人。') },
    { name: 'matching funds as a percentage', text: ROW('县级配套资金不低于30%。') },
    { name: 'an area in 亩 and in square metres', text: ROW('总用地面积约44亩，总建筑面积约1.88万平方米。') },
    { name: 'a count of persons', text: ROW('培训总人数不少于100人。') },
    { name: 'a number with no metric name', text: ROW('建成文化礼堂、百姓舞台30家。') },
    { name: '4万册 in the body is 40000册 in 附2', text: BODY_AND_TABLE('推进公共文化服务下基层，完成送书4万册。', '完成送书40000册。') },
  ],
  invalid: [
    {
      name: 'a rate in 次',
      text: ROW('数字文化设施配备率（含上网终端、宽带网络等）达到3次。'),
      errors: [{ messageId: 'share', task: 1, data: { metric: '数字文化设施配备率', unit: '次', text: '3次' } }],
    },
    { name: '平米', text: ROW('建筑面积3050平米。'), errors: [{ messageId: 'symbol', task: 1, data: { written: '平米', text: '3050平米' } }] },
  ],
});
