import rule from '../../src/rules/percent-out-of-range.js';
import { ruleTester } from '../support/rule-tester.js';

const ROW = (content: string) => `序号\t工作任务\t具体内容\t责任单位\t完成时间\n5\t全面完成基层综合性文化服务中心建设\t${content}\t文化站\t2019年`;

ruleTester.run(rule, {
  valid: [
    { name: 'coverage of 100% or more', text: ROW('无线网络覆盖率达到100%以上。') },
    { name: 'a completion rate past 100%', text: ROW('年度任务完成率120%。') },
    { name: 'a coverage rate raised by 120%', text: ROW('数字资源覆盖率比上年提高120%。') },
    { name: 'a range with both signs', text: ROW('群众满意度达到85%～90%。') },
    { name: 'a count range', text: ROW('全年开展活动30-50场。') },
    { name: '千分之三 restated as 3‰', text: ROW('注册志愿者占常住人口比例达千分之三（3‰）。') },
    { name: 'a matching ratio past 100%', text: ROW('地方配套比例达到120%。') },
  ],
  invalid: [
    { name: 'a share raised to a level above 100%', text: ROW('农家书屋覆盖率提高到110%。'), errors: [{ messageId: 'over', task: 1, data: { metric: '农家书屋覆盖率', text: '110%' } }] },
    { name: '百分之一百二十', text: ROW('数字电影放映覆盖率达到百分之一百二十。'), errors: [{ messageId: 'over', task: 1, data: { text: '百分之一百二十' } }] },
    { name: 'a share in per mille above the whole', text: ROW('志愿者占常住人口比例达1200‰。'), errors: [{ messageId: 'over', task: 1, data: { text: '1200‰' } }] },
    { name: 'a range written with 至', text: ROW('公共文化设施利用率达30至40%。'), errors: [{ messageId: 'range', task: 1, data: { text: '30至40%', fixed: '30%～40%' } }] },
  ],
});
