import rule from '../../src/rules/sum-mismatch.js';
import { ruleTester } from '../support/rule-tester.js';

const TASK = (text: string) => `一、重点任务\n1.建设乡镇综合文化站。${text}（责任单位：县文化局；完成时限：2021年）`;

ruleTester.run(rule, {
  valid: [
    { name: '约 allows a digit either way', text: TASK('总面积约1.9万平方米，其中地上约1.43万平方米，地下约0.45万平方米。') },
    { name: 'parts in 亿元 and 万元', text: TASK('总投资1.2亿元，其中中央补助5000万元，地方配套7000万元。') },
    { name: '其中 naming only some parts', text: TASK('总投资500万元，其中中央资金200万元，省级资金100万元。') },
    { name: 'a per-item figure among the parts', text: TASK('总投资187万元，其中中央资金每个乡镇16万元，地方配套91万元。') },
    { name: 'an aside in brackets', text: TASK('总投资1000万元，其中甲项目600万元（含设备200万元），乙项目400万元。') },
    { name: 'a rounded 亩 among square metres', text: TASK('总建筑面积3000平方米，其中地上2000平方米，地下1亩。') },
    { name: 'new and rebuilt stations that add up', text: TASK('共建设文化站50个，其中新建20个、改扩建30个。') },
    { name: 'a count that matches its list', text: TASK('实施3项工程：文化惠民工程、文化品牌工程、文化人才工程。') },
    { name: 'quoted items with 、 inside', text: TASK('重点打造2个品牌：“一门式办理、一站式服务”、“一室多用”。') },
    { name: 'a list that goes on after a comma', text: TASK('实施2项工程：文化惠民、文化品牌，文化人才工程另行安排。') },
    { name: 'a list closed with 等', text: TASK('建设3个示范点：城关镇、河口乡、新华镇、白云乡等。') },
    { name: 'a bracket qualifying the noun', text: TASK('选取3个乡镇（街道、经开区）开展试点。') },
    { name: 'a bracket naming only some', text: TASK('建设文化站3个（含城关镇、河口乡）。') },
    { name: 'a count stated with 以上', text: TASK('建设示范点3个以上：城关镇、河口乡、新华镇、白云乡。') },
    { name: 'a progress figure beside a part', text: TASK('总投资500万元，其中申请上级资金300万元，已到位资金250万元。') },
    { name: 'people counted in overlapping groups', text: TASK('共培训500人次，其中党员200人次，青年350人次。') },
    { name: 'a count followed by enumerated clauses', text: TASK('重点抓好3项工作：一是建设图书馆、文化馆；二是开展送戏下乡；三是培训骨干。') },
  ],
  invalid: [
    {
      name: 'parts that exceed a total, exhaustive or not',
      text: TASK('总投资500万元，其中设备购置300万元，工程建设250万元。'),
      errors: [{ messageId: 'breakdown', task: 1, data: { parts: '“设备购置300万元”＋“工程建设250万元”', sum: '550万元' } }],
    },
    { name: 'new and rebuilt stations that do not add up', text: TASK('共建设文化站50个，其中新建20个、改扩建40个。'), errors: [{ messageId: 'breakdown', task: 1, data: { total: '共建设文化站50个', sum: '60个' } }] },
    {
      name: 'a funding source sentence that falls short',
      text: TASK('总投资187万元。资金来源为：申请国债资金共计96万元，地方配套资金共计81万元。'),
      errors: [{ messageId: 'breakdown', task: 1, data: { parts: '“申请国债资金96万元”＋“地方配套资金81万元”', sum: '177万元' } }],
    },
    { name: 'a list in brackets shorter than its count', text: TASK('建设示范点4个（城关镇、河口乡、新华镇）。'), errors: [{ messageId: 'list', task: 1, data: { total: '建设示范点4个', count: 3 } }] },
  ],
});
