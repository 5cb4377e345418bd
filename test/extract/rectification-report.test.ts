import { describe, expect, it } from 'vitest';
import { parseBytes } from '../../src/parse.js';

/** The tasks planlint finds in a plain-text document: their texts, first line only. */
async function tasksOf(text: string): Promise<string[]> {
  const parsed = await parseBytes(Buffer.from(text, 'utf8'), 'report.txt');
  return parsed.document.tasks.map((t) => t.text.split('\n')[0]);
}

describe('a report on rectification: its problems and the work it still commits to are tasks, its frame is not', () => {
  it('how it organised the work (一、加强领导) is no task; each problem, fixed or not, and the section of the work ahead are', async () => {
    const text = [
      '某镇关于专项检查反馈问题整改情况的报告',
      '县整改办：',
      '根据县检查组反馈意见，我镇高度重视，现将整改情况报告如下：',
      '一、加强领导',
      '镇党委召开专题会议研究整改工作，成立整改工作专班。',
      '二、整改情况',
      '（一）村级公示栏更新不及时。该问题已完成整改，各村公示栏已全部更新。',
      '（二）垃圾清运不及时。已与保洁公司签订清运协议。',
      '三、下一步工作计划',
      '（一）加强日常巡查，防止问题反弹。',
      '（二）完善考核办法，纳入年度考评。',
    ].join('\n');
    expect(await tasksOf(text)).toEqual([
      '（一）村级公示栏更新不及时。该问题已完成整改，各村公示栏已全部更新。',
      '（二）垃圾清运不及时。已与保洁公司签订清运协议。',
      '（一）加强日常巡查，防止问题反弹。',
      '（二）完善考核办法，纳入年度考评。',
    ]);
  });

  it('its frame items (强化责任担当; 坚持问题导向) are no tasks, but one that names its owner or its term, or says its problem is still open, commits to work', async () => {
    const text = [
      '某局关于巡察反馈意见整改情况的报告',
      '一、强化责任担当，切实提高政治站位。党组书记担任整改工作领导小组组长，统筹部署整改工作。',
      '二、坚持问题导向，逐条细化整改措施。对照反馈意见，明确整改措施和完成时限。',
      '三、完善长效机制。责任单位：局办公室。',
      '四、巩固整改成果。保证9月底前完成制度修订。',
      '五、深化成果运用。相关制度修订工作正在整改推进。',
    ].join('\n');
    expect(await tasksOf(text)).toEqual(['三、完善长效机制。责任单位：局办公室。', '四、巩固整改成果。保证9月底前完成制度修订。', '五、深化成果运用。相关制度修订工作正在整改推进。']);
  });

  it('each problem it lists is a task, whether it says the problem is fixed, names its owner or says it is still open', async () => {
    const text = [
      '某县审计发现问题整改情况的报告',
      '一、资金拨付滞后。已整改到位。',
      '二、台账资料不全。责任单位：县财政局。',
      '三、污水设施未运行。未整改到位，预计年底前整改到位。',
    ].join('\n');
    expect(await tasksOf(text)).toHaveLength(3);
  });

  it('a 公示 of what was done about a problem (…整改情况的公示, 现对…整改完成情况进行公示) recounts: its account items are no tasks', async () => {
    const text = [
      '某镇关于某督察反馈问题整改情况的公示',
      '现对某督察反馈问题整改完成情况进行公示。',
      '整改完成情况：',
      '1、镇党委针对整改问题不定期召开推进会议，压实责任。',
      '2、每月调度一次，及时解决问题难题。',
      '特此公示！',
      '某镇人民政府',
      '2020年5月1日',
    ].join('\n');
    expect(await tasksOf(text)).toEqual([]);
  });

  it('a problem whose 整改措施： label lists its measures (①… ②…), the owner and time lines closing them, is one task: the measures are its text', async () => {
    const text = [
      '某局某反馈问题整改方案',
      '二、整改任务',
      '（一）某项学习不深入。',
      '整改措施：',
      '①制定某学习计划；',
      '②每季度开展某研讨。',
      '责任领导：张某',
      '责任科室：某办公室',
      '整改时限：2023年6月底前',
      '（二）某项制度执行不严。',
      '整改措施：',
      '①修订某制度；',
      '②开展某检查。',
      '责任领导：李某',
      '责任科室：某科',
      '整改时限：长期坚持',
    ].join('\n');
    const parsed = await parseBytes(Buffer.from(text, 'utf8'), 'plan.txt');
    expect(parsed.document.tasks.map((t) => [t.text.split('\n')[0], t.owners.leaders, t.owners.units, t.deadline?.end ?? null])).toEqual([
      ['（一）某项学习不深入。', ['张某'], ['某办公室'], '2023-06-30'],
      ['（二）某项制度执行不严。', ['李某'], ['某科'], null],
    ]);
  });

  it('the 整改措施： label may close the problem’s own line (（一）某问题。整改措施： ⏎ 1.… ⏎ 2.…): still one task', async () => {
    const text = ['某局某整改方案', '二、整改任务', '（一）某项学习不深入。整改措施：', '1.制定某学习计划；', '2.开展某研讨。', '责任领导：张某', '整改时限：2023年6月底前'].join('\n');
    const parsed = await parseBytes(Buffer.from(text, 'utf8'), 'plan.txt');
    expect(parsed.document.tasks.map((t) => [t.owners.leaders, t.deadline?.end])).toEqual([[['张某'], '2023-06-30']]);
  });

  it('a report read to a standing committee (报告…整改情况，请予审议) recounts in prose: its sentences hand out no work', async () => {
    const text = [
      '主任、各位委员：',
      '我受县人民政府委托，向县人大常委会报告2022年度审计查出问题的整改情况，请予审议。',
      '各整改责任单位根据整改要求，主要负责人亲自部署，制定整改台账，实行对账销号。',
    ].join('\n');
    expect(await tasksOf(text)).toEqual([]);
  });

  it('a rectification plan is no report: its measures are tasks whether dated or not', async () => {
    const text = [
      '某局关于巡察反馈问题的整改方案',
      '一、整改措施',
      '（一）健全学习制度，每月集中学习一次。',
      '（二）规范财务报销流程。',
    ].join('\n');
    expect(await tasksOf(text)).toEqual(['（一）健全学习制度，每月集中学习一次。', '（二）规范财务报销流程。']);
  });

  it('a report that opens on 整改 and says “现将工作推进情况总结如下” recounts too: its narrative sentences hand out no work', async () => {
    const text = [
      '某园区环境问题整改推进情况',
      '县环保局：根据县整改实施方案要求，园区高度重视，现将工作推进情况总结如下。',
      '开发区组建了两个督导小组，按片区对企业整改工作开展巡查。',
      '目前，已经向各企业业主进行了宣传引导，要求各业主认清环境保护的重要性。',
    ].join('\n');
    expect(await tasksOf(text)).toEqual([]);
    // A 通报 of what an inspection found sets the work: its requirements are read as they are.
    const notice = ['某县环境整改督查情况通报', '现将督查情况通报如下：', '一、加强日常巡查。', '二、健全长效机制。'];
    expect(await tasksOf(notice.join('\n'))).toEqual(['一、加强日常巡查。', '二、健全长效机制。']);
  });
});

describe('a rectification plan’s frame', () => {
  it('its principles and goals (二、整改原则, 三、整改目标) are frame sections, and their sentences (…各部门要深刻认识…) hand out no work', async () => {
    const text = [
      '某区督察反馈意见整改方案',
      '一、整改原则',
      '（一）坚持党政同责。各单位要充分认清整改任务的艰巨性，不断压实工作责任。',
      '（二）坚持标本兼治。各级主要领导要对本地整改工作负总责。',
      '二、整改目标',
      '（一）年底前反馈问题全部整改到位。',
    ].join('\n');
    expect(await tasksOf(text)).toEqual([]);
    expect(await tasksOf(`${text}\n三、整改措施\n（一）开展河道清淤。`)).toEqual(['（一）开展河道清淤。']);
  });
});


describe('a review of work done (工作总结, 施政工作回顾与总结): it recounts, only the work it still sets is tracked', () => {
  it('the items of a 工作回顾与总结 are no tasks, but those under the work ahead (下一步) and one that names its owner are', async () => {
    const text = [
      '某县2030年施政工作回顾与总结',
      '现在，我简要回顾和总结某县2030年的施政工作。',
      '一、主要成效',
      '（一）稳步推进产业发展',
      '完成某园区道路建设，引进企业12家。',
      '（二）持续改善民生',
      '新建幼儿园3所，改造老旧小区20个。',
      '（三）巩固整治成果。开展某项复查（责任单位：县住建局）。',
      '二、下一步工作',
      '（一）加快某新区建设。',
    ].join('\n');
    expect(await tasksOf(text)).toEqual(['（三）巩固整治成果。开展某项复查（责任单位：县住建局）。', '（一）加快某新区建设。']);
  });

  it('a title that also plans (工作总结和某年工作计划) is no mere review: its items stay tasks', async () => {
    const text = ['某局2030年工作总结和2031年工作计划', '一、2031年重点工作', '（一）完成某系统升级。', '（二）开展某项培训。'].join('\n');
    expect(await tasksOf(text)).toEqual(['（一）完成某系统升级。', '（二）开展某项培训。']);
  });
});
