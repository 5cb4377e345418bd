import { describe, expect, it } from 'vitest';
import { parseBytes } from '../../src/parse.js';

/** The tasks planlint finds in a plain-text plan: their texts, first line only. */
async function tasksOf(text: string): Promise<string[]> {
  const parsed = await parseBytes(Buffer.from(text, 'utf8'), 'plan.txt');
  return parsed.document.tasks.map((t) => t.text.split('\n')[0]);
}

describe('which parts of a plan are tasks', () => {
  it('a bullet that ended on a comma goes on in the next bullet (• …，故会议提前结束， ⏎ • 以利…。): one decision, not two', async () => {
    const text = ['某组第2次工作会议纪录', '决议：', '  • 请某科于5月10日前报送资料。', '  • 由于5月1日适逢节日，故4月30日例会提前结束，', '  • 以利与会人员返程。', '  • 请某股整理通讯录。'].join('\n');
    const parsed = await parseBytes(Buffer.from(text, 'utf8'), 'minutes.txt');
    expect(parsed.document.tasks.map((t) => t.text.replace(/^•\s*/, ''))).toEqual([
      '请某科于5月10日前报送资料。',
      '由于5月1日适逢节日，故4月30日例会提前结束，\n以利与会人员返程。',
      '请某股整理通讯录。',
    ]);
  });

  it('after a closing formula (特此公示！) the notice’s particulars (公示时间：…, 联系电话：…) belong to no item: the last item keeps no date of theirs', async () => {
    const text = ['某局某项工作安排', '一、工作任务', '1.某科负责完善管理制度。', '2.某股负责建立工作台账。', '特此公示！', '公示时间：2020年5月1日至2020年5月7日', '联系电话：0000-1234567', '某局', '2020年4月30日'].join('\n');
    const parsed = await parseBytes(Buffer.from(text, 'utf8'), 'plan.txt');
    const last = parsed.document.tasks[parsed.document.tasks.length - 1];
    expect(last.text).not.toContain('公示时间');
    expect(last.deadline).toBeNull();
  });

  it('minutes’ head items (會議主持人, 參加人員：如附件, 主持人致詞：（略）) and heads that say nothing stands under them (討論事項：無, 臨時動議：無) are no tasks', async () => {
    const text = [
      '某局第3次局務會議紀錄',
      '1、會議主持人：王局長',
      '2、參加人員：如附件',
      '3、主持人致詞：（略）',
      '4、業務報告：',
      '（1）請某科於6月底前完成某工程驗收。',
      '5、討論事項：無',
      '6、臨時動議：無',
    ].join('\n');
    expect(await tasksOf(text)).toEqual(['（1）請某科於6月底前完成某工程驗收。']);
  });

  it('a report the chair takes up with the instructions (主席裁示：併指示事項辦理) assigns no work of its own; minutes dated by 開會日期 over its value read 春節前 as the coming one', async () => {
    const text = ['某市政府第10次市政會議', '開會日期', '2019-12-30 00:00:00.000', '一、某處報告：一週輿情摘要報告。主席裁示：併指示事項辦理。', '二、某局報告：某事項辦理情形。主席裁示：請某局於春節前完成某事。'].join('\n');
    const { tasks } = (await parseBytes(Buffer.from(text, 'utf8'), 'minutes.txt')).document;
    expect(tasks.map((t) => t.number)).toEqual(['二']);
    expect(tasks[0].deadline?.end).toBe('2020-01-24');
  });

  it('a 通报’s request to every owner of the problems it lists (请各责任单位于5月20日前整改到位) dates each problem, at the top level too', async () => {
    const text = [
      '关于某项工作督查情况的通报',
      '现将督查发现问题通报如下：',
      '1.某路段占道经营。（责任单位：某街道）',
      '2.某小区垃圾未清运。（责任单位：某社区）',
      '请各责任单位于5月20日前整改到位，并将整改情况报某办。',
      '某办公室',
      '2023年5月12日',
    ].join('\n');
    const { tasks } = (await parseBytes(Buffer.from(text, 'utf8'), 'plan.txt')).document;
    expect(tasks.map((t) => [t.owners.units, t.deadline?.end])).toEqual([
      [['某街道'], '2023-05-20'],
      [['某社区'], '2023-05-20'],
    ]);
  });

  it('minutes head a topic with what the meeting did (研究…专项行动方案): the studied document’s words make no task section', async () => {
    const text = [
      '某县人民政府第5次常务会议纪要',
      '一、研究迎接卫生县城复审工作',
      '1.关于复审设备配备问题。由领导小组提出具体方案。',
      '2.关于复审工作经费问题。县财政安排县卫健局工作经费20万元。',
      '二、研究河道综合治理专项行动方案',
    ].join('\n');
    expect(await tasksOf(text)).toEqual(['1.关于复审设备配备问题。由领导小组提出具体方案。', '2.关于复审工作经费问题。县财政安排县卫健局工作经费20万元。', '二、研究河道综合治理专项行动方案']);
    // A plan's own section with those words still is one: only its items are tasks.
    expect(await tasksOf(text.replace('二、研究河道综合治理专项行动方案', '二、专项行动\n（一）开展河道清淤。'))).toEqual(['（一）开展河道清淤。']);
  });

  it('an excerpt that opens inside an item, its number cut off, opens with that item’s dash points: the rest of an item is a task', async () => {
    const tail = ['（三）改善农村环境，村庄保洁率明显提高。', '--建制村保洁覆盖率达到90%。', '（四）健全长效机制。'];
    expect(await tasksOf(['--全省新增卫生厕所5万户，普及率达到80%。', ...tail].join('\n'))).toEqual([
      '--全省新增卫生厕所5万户，普及率达到80%。',
      '（三）改善农村环境，村庄保洁率明显提高。',
      '（四）健全长效机制。',
    ]);
    // A title, or a dash line that is no sentence (a subtitle), opens a document as it should: no task.
    expect(await tasksOf(['某县农村环境整治工作方案', '--全省新增卫生厕所5万户。', ...tail].join('\n'))).toHaveLength(2);
    expect(await tasksOf(['——在全县环境整治会议上的讲话', ...tail].join('\n'))).toHaveLength(2);
  });

  it('a covering notice’s numbered requirements, before its 落款 and the plan’s title, are not tasks', async () => {
    const text = [
      '各街道办事处，区政府各部门：',
      '现将责任分解方案印发给你们，并就有关事项通知如下：',
      '一、各责任单位要高度重视，制订工作方案。',
      '二、各责任单位要按季度报送进展情况。',
      '区人民政府办公室',
      '2023年1月3日',
      '2023年主要目标任务责任分解方案',
      '一、主要预期目标',
      '（一）地区生产总值增长7%以上',
      '责任单位：区发展和改革局',
    ].join('\n');
    expect(await tasksOf(text)).toEqual(['（一）地区生产总值增长7%以上']);
  });

  it('a notice that issues a plan, published without it: its numbered requirements and their sentences before the 落款 are not tasks', async () => {
    const text = [
      '某市人民政府办公室关于印发《2021年政府工作报告任务分解方案》的通知',
      '各县区人民政府，市政府各部门：',
      '现将《方案》印发给你们，并就抓好任务落实通知如下：',
      '1.明确任务，压实责任。各牵头单位要细化工作举措，于2月7日前报送市政府。',
      '2.统筹协调，合力攻坚。各责任单位要积极配合，共同推动各项工作。',
      '某市人民政府办公室',
      '2021年1月25日',
    ].join('\n');
    expect(await tasksOf(text)).toEqual([]);
  });

  it('a notice that sends its plan as an attachment (主送 line, 附件：…分解表, 落款), published without it and without its title: its numbered requirements are not tasks', async () => {
    const text = [
      '各镇政府(街道办事处)，区政府直属局以上单位:',
      '为推动各项工作的落实，现将有关事项通知如下:',
      '一、各牵头单位要按照任务分解表的要求细化实施方案，于4月20日前上报区督查组。',
      '二、各部门各单位要在每季度末将进展情况报区督查组。',
      '附件:2007年区政府工作主要任务分解表',
      '二○○七年四月十三日',
    ].join('\n');
    expect(await tasksOf(text)).toEqual([]);
  });

  it('a notice that hands down the breakdown (现将…目标任务分解下达。), published without it: the sentences that urge its owners are not tasks; 分解下达如下： opens the breakdown', async () => {
    const notice = [
      '各乡镇人民政府，县直各单位：',
      '为推进工作落实，现将2020年各项目标任务分解下达。请各单位细化目标，靠实责任。',
      '各牵头单位要积极履行牵头抓总职责，加强组织协调。',
      '督查室要跟踪问效，严肃责任追究。',
      '附件:2020年县政府重点工作任务分解表',
    ];
    expect(await tasksOf(notice.join('\n'))).toEqual([]);
    const breakdown = ['某县2020年重点工作', '现将全年目标任务分解下达如下：', '一、重点任务', '1.新建公园2个。（责任单位：县住建局）'];
    expect(await tasksOf(breakdown.join('\n'))).toEqual(['1.新建公园2个。（责任单位：县住建局）']);
  });

  it('a notice that hands the breakdown down with 分解下发 or 下发给你们: its numbered requirements are not tasks', async () => {
    const notice = [
      '各镇人民政府，县政府各部门：',
      '县政府工作报告已经县人大会议审议通过，现将主要目标任务分解下发，请认真抓好落实。',
      '一、提高政治站位，压实工作责任。各单位要把目标任务作为全年工作的责任书。',
      '二、强化督查考核。县督查室要加强跟踪督办。',
    ];
    expect(await tasksOf(notice.join('\n'))).toEqual([]);
    notice[1] = '现将县政府重点工作任务分解表下发给你们，请结合实际认真贯彻落实。';
    expect(await tasksOf(notice.join('\n'))).toEqual([]);
  });

  it('a notice that hands its tasks down with 下达给你们 (现将…分解为…项任务，现下达给你们): the sentences that urge its owners are not tasks', async () => {
    const notice = [
      '各县人民政府，市各委办局：',
      '市政府将今年工作任务分解为10项工作目标，现下达给你们，请认真组织实施。',
      '市政府对各项任务按月调度，日常督办由市督查室承担。',
      '某市人民政府',
      '2025年2月1日',
    ];
    expect(await tasksOf(notice.join('\n'))).toEqual([]);
  });

  it('a notice that hands its tasks down, then the plan without its title: the first item, whose owner fields stand on lines of their own under it, is the plan’s, not the notice’s', async () => {
    const text = [
      '各县人民政府，市政府各部门：',
      '现将市政府2025年重点工作任务分解下达给你们，请认真组织实施。',
      '各责任单位要积极配合，形成合力。牵头单位要切实履行牵头职责。',
      '一、确保完成全年主要预期目标',
      '1.地区生产总值增长6%左右。',
      '牵头负责领导：张某。',
      '牵头责任单位：市发展改革委。',
      '2.一般公共预算收入增长5%左右。',
      '牵头负责领导：张某。',
      '牵头责任单位：市财政局。',
    ];
    expect(await tasksOf(text.join('\n'))).toEqual(['1.地区生产总值增长6%左右。', '2.一般公共预算收入增长5%左右。']);
  });

  it('a 主送 line may group its bodies with semicolons (各县人民政府，某开发区管委会；市各委办局，各直属单位：): the notice that attaches its breakdown still ends at its 落款', async () => {
    const notice = [
      '各县人民政府，某开发区管委会；市各委办局，各直属单位：',
      '为确保今年工作任务圆满完成，现将有关事项通知如下。',
      '市政府对各项任务按月调度，日常督办由市督查室承担。',
      '附件：某市2025年政府工作任务分解表',
      '某市人民政府',
      '2025年2月1日',
    ];
    expect(await tasksOf(notice.join('\n'))).toEqual([]);
  });

  it('a portal’s metadata over the notice (索引号, 组配分类, 关键词…, given twice) takes no room from the notice’s first lines', async () => {
    const meta = ['索引号: 000000000/2025-00001 组配分类: 其他文件', '发布机构: 某县人民政府办公室 主题分类: 综合政务', '有效性: 有效 关键词:', '名称: 某县人民政府办公室关于印发重点工作任务分解的通知', '文号: 某政办〔2025〕1号', '发文日期: 2025-01-10 发布日期: 2025-01-12'];
    const notice = [
      ...meta,
      ...meta.flatMap((line) => line.split(' ')),
      '某县人民政府办公室关于印发重点工作任务分解的通知',
      '发布时间:2025-01-12 09:00 信息来源:某县人民政府办公室',
      '各镇人民政府，县政府各部门：',
      '县政府工作报告已经县人大会议审议通过，现将主要目标任务分解下发，请认真抓好落实。',
      '一、提高政治站位，压实工作责任。各单位要把目标任务作为全年工作的责任书。',
    ];
    expect(await tasksOf(notice.join('\n'))).toEqual([]);
  });

  it('a notice on how to carry out a task breakdown sent apart (现将…任务分解落实有关事项通知如下), published without it: its numbered requirements are not tasks; the breakdown after it is', async () => {
    const notice = [
      '县人民政府关于分解落实2023年重点工作任务的通知',
      '各乡镇人民政府，县政府各部门：',
      '为落实县政府工作报告部署，现将重点任务分解落实有关事项通知如下：',
      '一、提高政治站位，加强组织领导',
      '各乡镇、各部门要高度重视，主要负责人要亲自抓。',
      '二、改进工作作风，狠抓工作落实',
      '各牵头单位要研究制定工作措施，明确具体责任人。',
    ];
    expect(await tasksOf(notice.join('\n'))).toEqual([]);
    const withPlan = [...notice, '2023年1月5日', '2023年重点工作任务分解表', '一、重点任务', '1.新建污水管网5公里。（责任单位：县住建局）'];
    expect(await tasksOf(withPlan.join('\n'))).toEqual(['1.新建污水管网5公里。（责任单位：县住建局）']);
  });

  it('a plan’s first item that follows the notice’s last requirement without a 落款 between is the plan’s, though its number sits under that requirement', async () => {
    const text = [
      '各县区人民政府，市政府各部门：',
      '经市政府同意，现将《某市绿色发展分工落实方案》印发给你们，请认真贯彻实施。',
      '一、高度重视，认真研究政策。各县区要强化组织领导。',
      '二、加强督导，健全推进机制。市发展改革委负责统一调度。',
      '1.建成绿色低碳发展先行区。（牵头单位：市发展改革委）',
      '2.新增光伏装机10万千瓦。（牵头单位：市能源局）',
    ].join('\n');
    expect(await tasksOf(text)).toEqual(['1.建成绿色低碳发展先行区。（牵头单位：市发展改革委）', '2.新增光伏装机10万千瓦。（牵头单位：市能源局）']);
  });

  it('the documents a notice’s 附件： list names (1.…分解表 ⏎ 2.2023年…分解表, the number run into the year) are neither tasks nor the plan’s title', async () => {
    const text = [
      '关于做好2023年重点工作任务落实的通知',
      '各乡镇人民政府，县政府各部门：',
      '现将各项工作任务分解（详见附件），现就有关事宜通知如下：',
      '一、落实责任，确保质量',
      '各责任单位要制定计划，明确责任。',
      '附件：1.2023年重点工作目标任务分解表',
      '2.2023年民生实事任务分解表',
      '3.某市2023年为民办实事任务分解表',
      '某县人民政府办公室',
      '2023年3月1日',
    ].join('\n');
    expect(await tasksOf(text)).toEqual([]);
  });

  it('numbered items before an 附件 line are tasks when nothing addresses them as a notice', async () => {
    const text = ['一、重点任务', '1.完善考核办法。（责任单位：区督查室）', '附件：重点任务分解表', '2023年3月1日'].join('\n');
    expect(await tasksOf(text)).toEqual(['1.完善考核办法。（责任单位：区督查室）']);
  });

  it('a notice that says it sends a plan (现印发给你们) and numbers its requirements, cut before its 落款: no tasks; a plan title after it starts the plan', async () => {
    const notice = ['各乡镇人民政府、县直各单位:', '《2021年县政府重点工作任务分解》已经县人民政府同意,现印发给你们,请认真抓好贯彻落实。', '一、强化责任落实。主要责任单位要切实履行主职主责。', '二、细化工作方案。各主要责任单位要于2021年3月15日前报县政府督查室备案。'];
    expect(await tasksOf(notice.join('\n'))).toEqual([]);
    const withPlan = [...notice, '2021年县政府重点工作任务分解', '一、重点任务', '1.新建公园2个。（责任单位：县住建局）'];
    expect(await tasksOf(withPlan.join('\n'))).toEqual(['1.新建公园2个。（责任单位：县住建局）']);
    // The plan's title lost with the page: its sections (总体要求, 重点任务) or owner fields start it.
    const untitled = [notice[0], notice[1], '一、总体要求', '坚持问题导向。', '二、重点任务', '1.新建公园2个。（责任单位：县住建局）'];
    expect(await tasksOf(untitled.join('\n'))).toEqual(['1.新建公园2个。（责任单位：县住建局）']);
    // A mirror's pinyin glosses inside the sentence (現(xiàn)印發(fā)給你們) change nothing.
    const glossed = ['各鄉(xiāng)鎮(zhèn)人民政府:', '《重點任務分解》已經縣人民政府同意,現(xiàn)印發(fā)給你們。', '一、強化責任落實。各單位要履行主職主責。'];
    expect(await tasksOf(glossed.join('\n'))).toEqual([]);
  });

  it('the documents a notice lists as attached (附件：1.… ⏎ 2.…分解表) are not tasks; the attached table’s rows are', async () => {
    const text = [
      '各镇人民政府、街道办事处：',
      '现将目标任务分解表印发给你们，请认真贯彻落实。',
      '附件：1. 2022年预期目标任务分解表',
      '2. 2022年重点工作任务分解表',
      '3. 2022年民生实事项目清单',
      '附件1',
      '序号\t预期目标\t责任单位',
      '1\t地区生产总值增长5.5%左右\t区发展改革委',
    ].join('\n');
    expect(await tasksOf(text)).toEqual(['1\t地区生产总值增长5.5%左右\t区发展改革委']);
  });

  it('an attachment list names documents with bracketed notes (《…方案(代拟稿)》(…名单)) and 名单: none of them is a task', async () => {
    const text = [
      '市直有关单位:',
      '请各参会单位认真研究方案，提出修改意见。',
      '附件:',
      '1.参会单位名单',
      '2.《健康行动实施方案(代拟稿)》(行动考核指标框架、推进委员会主要职责及成员名单)',
      '2020年10月21日',
    ].join('\n');
    expect(await tasksOf(text)).toEqual([]);
  });

  it('a page’s tab over the text (全文) is chrome, not the title', async () => {
    const text = ['全文', '一、推动审批优化', '1.实施许可事项清单管理。2022年10月底前公布清单。(市政府办公室牵头)'].join('\n');
    const parsed = await parseBytes(Buffer.from(text, 'utf8'), 'plan.txt');
    expect([parsed.document.meta.title, parsed.document.tasks.length]).toEqual([null, 1]);
  });

  it('a meeting’s agenda (会议议题：一、关于…的汇报；二、《…》起草情况的汇报) names what was heard: no task; the decisions are', async () => {
    const text = [
      '会议议题:一、关于2024年政府工作报告起草情况的汇报;',
      '二、《关于2024年计划草案的报告》起草情况的汇报。',
      '会议议定事项:',
      '一、会议听取了区政府办公室的汇报，要求各部门于2月底前修改完善报告。（责任单位：区政府办公室）',
    ].join('\n');
    expect(await tasksOf(text)).toEqual(['一、会议听取了区政府办公室的汇报，要求各部门于2月底前修改完善报告。（责任单位：区政府办公室）']);
  });

  it('a list that goes on from 2. with 3、 is one list: 1. and 1、 are the same level, however a clerk mixes them', async () => {
    const text = ['一、城建类', '1.水厂建设项目', '建设净水厂一座。', '2.站前广场项目', '新建下穿通道1400米。', '3、南延线建设项目', '工程全长2公里。'].join('\n');
    expect(await tasksOf(text)).toEqual(['1.水厂建设项目', '2.站前广场项目', '3、南延线建设项目']);
  });

  it('a numbered item that makes a document (1.制定实施方案) is a task: only an attachment list names documents', async () => {
    const text = ['一、重点任务', '1.制定实施方案', '2.编制年度计划'].join('\n');
    expect(await tasksOf(text)).toEqual(['1.制定实施方案', '2.编制年度计划']);
  });

  it('a portal’s metadata bullets (• 发文单位: • 信息名称:) are chrome, not a list; after the notice’s 落款 the plan, titled with a bracketed note, is read', async () => {
    const text = [
      '  • 索引号:11N000/ZK-2023-000021',
      '  • 发文单位:区政府办',
      '  • 信息名称:关于印发《2023年重点工作分工方案》的通知',
      '  • 信息有效性:有效',
      '  • 公开类型:主动公开',
      '关于印发《2023年重点工作分工方案》的通知',
      '各镇人民政府，区政府各委、办、局：',
      '现印发给你们，并就有关事项通知如下：',
      '  一、提高政治站位，强化担当意识。各部门要早部署、早落实。',
      '  某区人民政府办公室',
      '  2023年3月3日',
      '  2023年重点工作分工方案(共计121项)',
      '  一、全区经济社会发展主要预期目标',
      '  1.地区生产总值比上年增长4.5%以上。',
      '  牵头领导:常务副区长',
      '  主要责任单位:区发展改革委',
      '  完成时限:2023年12月底',
    ].join('\n');
    const parsed = await parseBytes(Buffer.from(text, 'utf8'), 'plan.txt');
    expect(parsed.document.tasks.map((t) => [t.title, t.owners.leaders, t.owners.units, t.deadline?.end])).toEqual([
      ['地区生产总值比上年增长4.5%以上', ['常务副区长'], ['区发展改革委'], '2023-12-31'],
    ]);
  });

  it('an interpretation of a plan (…政策解读) assigns nothing: its numbered points are no tasks', async () => {
    const text = ['《2024年重点工作任务分工方案》政策解读', '一、主要内容', '1.在“深化对外开放”方面(分解任务15项)。', '2.明确责任分工。各责任单位要明确完成时限。'].join('\n');
    expect(await tasksOf(text)).toEqual([]);
  });

  it('a regulation that enacts itself (特制定本办法, 特訂定本要點) sets rules: its articles are no tasks; a plan (制定本要点) keeps its items', async () => {
    const rules = ['某市列管计划调整作业要点', '一、为使各机关申请调整计划有所依据，特订定本要点。', '二、各机关列管计划之调整，依本要点办理。', '三、主管机关应在年度结束前二个月内提出申请。'];
    expect(await tasksOf(rules.join('\n'))).toEqual([]);
    const measures = ['某县资金管理办法', '第一条 为规范资金管理，特制定本办法。', '第二条 县财政局负责资金拨付。'];
    expect(await tasksOf(measures.join('\n'))).toEqual([]);
    // A PDF's line breaks kept by the page may fall inside the enacting clause.
    const wrapped = ['某公司督办工作管理办法', '第一条 为加强督办工作，根据上级有关规定，结合实际制', '定本办法。', '第二条 各级办公室负责督办工作的组织。'];
    expect(await tasksOf(wrapped.join('\n'))).toEqual([]);
    // A code of articles opens with its general provisions, even where the excerpt lost the enacting clause.
    const code = ['某单位督查工作规定', '第一章 总 则', '第一条 督查工作坚持实事求是的原则。', '第二条 办公室负责督查事项的立项和催办。'];
    expect(await tasksOf(code.join('\n'))).toEqual([]);
    const plan = ['2023年政务公开工作要点', '为深化政务公开，制定本要点。', '一、重点任务', '1.加强规划信息公开。（责任单位：市发改委）'];
    expect(await tasksOf(plan.join('\n'))).toEqual(['1.加强规划信息公开。（责任单位：市发改委）']);
  });

  it('a page titled as a regulation (…督办制度, …管理办法（试行）) sets rules though it never says it enacts itself; a document-sharing site’s terms over it are chrome', async () => {
    const rules = ['某局督查督办制度', '1. 1、下载文档前请自行甄别文档内容的完整性。', '一、督办程序', '1、立项。凡列入督办的事项，要进行登记。', '2、催办。督查室要适时督促催办。'];
    expect(await tasksOf(rules.join('\n'))).toEqual([]);
    const plan = ['某局督查督办工作方案', '1. 1、下载文档前请自行甄别文档内容的完整性。', '一、重点任务', '1、建立督办台账。（责任单位：督查室）'];
    expect(await tasksOf(plan.join('\n'))).toEqual(['1、建立督办台账。（责任单位：督查室）']);
  });

  it('a page that says it interprets a plan (现将主要内容解读如下, 政策解读单位：…) without a 解读 title assigns no tasks', async () => {
    const text = [
      '2024年3月1日，某县人民政府印发了《2024年重点工作任务分工方案》，现将主要内容解读如下：',
      '一、出台背景',
      '为确保各项重点工作任务落实到位，县政府办公室对各项任务进行细化分解。',
      '二、保障措施',
      '县政府办公室将每季度汇总一次工作进展并向县政府报告。',
      '政策解读单位：某县人民政府办公室',
    ].join('\n');
    expect(await tasksOf(text)).toEqual([]);
  });

  it('a page that says 现对《通知》进行政策解读 interprets the notice: it assigns no tasks, though it lists the notice’s items with their numbers', async () => {
    const text = [
      '某县人民政府办公室印发了《关于印发2024年为民实事实施方案的通知》（以下简称《通知》），现对《通知》进行政策解读。',
      '一、《通知》出台的目的',
      '确保全县确定的10件实事按期办结。',
      '二、《通知》主要内容',
      '《通知》内容主要包括《城镇新增就业1000人以上》《建成幼儿园2所》等10个为民实事方案。',
    ].join('\n');
    expect(await tasksOf(text)).toEqual([]);
  });

  it('an interpretation that walks through the plan’s parts (《方案》由五部分组成 ⏎ 第一部分总体要求，…) assigns no tasks', async () => {
    const text = [
      '一、制定背景',
      '为改善集镇环境，镇政府决定开展为期一个月的综合整治专项行动，特制定本方案。',
      '二、主要内容',
      '《方案》由四部分组成',
      '第一部分总体要求，全面改善集镇面貌，着力解决环境脏乱差问题。',
      '第二部分组织领导，成立工作领导小组，定期召开调度会。',
      '第三部分主要任务，开展环境卫生整治、交通秩序整治。',
    ].join('\n');
    expect(await tasksOf(text)).toEqual([]);
  });

  it('an encyclopedia page on a plan (• 中文名：…, a heading 内容解读) tells about it: its fact box and what the plan requires are no tasks', async () => {
    const text = [
      '关于落实重点工作分工的意见',
      '基本介绍',
      '• 中文名：关于落实重点工作分工的意见',
      '• 颁布时间：2022年3月',
      '内容解读',
      '《分工意见》要求，各地区、各部门要细化时间表、路线图。',
    ].join('\n');
    expect(await tasksOf(text)).toEqual([]);
  });

  it('a plan whose tasks include publishing interpretations (做好政策解读) keeps them', async () => {
    const text = ['2024年政务公开工作要点', '一、重点任务', '1.做好政策解读。（责任单位：区政府办）'].join('\n');
    expect(await tasksOf(text)).toEqual(['1.做好政策解读。（责任单位：区政府办）']);
  });

  it('an owner note hard-wrapped by the page’s width, inside its list and its own bracketed remark, is read whole', async () => {
    const text = [
      '二、重点任务',
      '1.加强城区街巷清扫保洁。推进环卫作业精细化管理,加强环卫作业监督考核,',
      '做到清扫到位、保洁及时。(责任单位:县城管局',
      '(排序第一的为牵头单位,下同)、县水利局、县房管局、',
      '县卫计委)',
    ].join('\n');
    const [task] = (await parseBytes(Buffer.from(text, 'utf8'), 'plan.txt')).document.tasks;
    expect([task.owners.units, task.owners.partners]).toEqual([['县城管局'], ['县水利局', '县房管局', '县卫计委']]);
  });

  it('a notice whose title does not issue a plan keeps its numbered items as tasks', async () => {
    const text = [
      '某市人民政府办公室关于做好2021年秸秆禁烧工作的通知',
      '各县区人民政府：',
      '1.加强巡查。各县区政府要于3月底前完成巡查。',
      '2.严格考核。市生态环境局负责考核。',
      '某市人民政府办公室',
      '2021年1月25日',
    ].join('\n');
    expect(await tasksOf(text)).toEqual(['1.加强巡查。各县区政府要于3月底前完成巡查。', '2.严格考核。市生态环境局负责考核。']);
  });

  it('a numbered item restated word for word as a table row is one task, the row (it carries the owner)', async () => {
    const text = [
      '一、工作要点',
      '1.深化政策解读。对本局起草的政策文件进行全面解读，创新解读形式。',
      '2.统筹推进信息发布。综合科及时收集、审核、发布各类信息。',
      '二、任务分解',
      '重点任务 | 工作内容 | 负责科室 |',
      '政策解读 | 对本局起草的政策文件进行全面解读，创新解读形式。 | 办公室 |',
    ].join('\n');
    const tasks = await tasksOf(text);
    expect(tasks).toHaveLength(2);
    expect(tasks.some((t) => t.startsWith('政策解读 | 对本局'))).toBe(true);
    expect(tasks.some((t) => t.startsWith('2.统筹推进信息发布'))).toBe(true);
  });

  it('a long item is not a section title even when it mentions 时间安排 or 重点项目', async () => {
    const text = [
      '一、重点工作',
      '1.推进政务公开。（县政府办牵头）',
      '二、工作要求',
      '（一）各有关责任单位要按照时间安排，制定本行业（领域）安全生产专项整治方案并组织实施。',
    ].join('\n');
    expect(await tasksOf(text)).toEqual(['1.推进政务公开。（县政府办牵头）']);
  });

  it('with a task table and no task section, the prose around the table is its frame', async () => {
    const text = ['一、专项整治安排表', '行业 | 时间安排 | 责任单位 |', '危险化学品 | 2月份 | 安监站 |', '二、监督及考核', '镇安委会办公室负责监督各有关责任单位。'].join('\n');
    expect(await tasksOf(text)).toEqual(['危险化学品 | 2月份 | 安监站']);
  });
});

describe('a list of duties', () => {
  it('gives each body that opens a line with its name and a colon (县某局：负责…) its own task; a list of posts is none', async () => {
    const text = ['某县2024年禁烧工作方案', '四、职责分工', '县农业农村局：负责技术指导，推广还田面积5万亩。', '县生态环境局：负责火点监测和通报。', '各乡镇人民政府：落实属地管理责任。'].join('\n');
    const parsed = await parseBytes(Buffer.from(text, 'utf8'), 'plan.txt');
    expect(parsed.document.tasks.map((t) => [t.title, t.owners.units])).toEqual([
      ['负责技术指导，推广还田面积5万亩', ['县农业农村局']],
      ['负责火点监测和通报', ['县生态环境局']],
      ['落实属地管理责任', ['各乡镇人民政府']],
    ]);
    const posts = ['某县2024年禁烧工作方案', '四、职责分工', '组长：张某某', '副组长：李某某'].join('\n');
    expect((await parseBytes(Buffer.from(posts, 'utf8'), 'plan.txt')).document.tasks.map((t) => t.owners.units)).not.toContainEqual(['组长']);
  });
});

describe('owners given once for several items', () => {
  it('one owner line after the last of several sub-items, none with its own, applies to each', async () => {
    const text = [
      '一、重点任务',
      '1.完善应急预案体系',
      '（1）加强应急预案管理，规范编制和备案。',
      '（2）推进应急预案精编化，及时修订预案。',
      '（责任单位：市直各有关单位、各县（市、区）人民政府）',
      '2.健全应急管理体制',
      '（1）推进三级政府应急管理办事机构建设。',
      '（责任单位：市应急管理局）',
    ].join('\n');
    const parsed = await parseBytes(Buffer.from(text, 'utf8'), 'plan.txt');
    expect(parsed.document.tasks.map((t) => [t.number, t.owners.units])).toEqual([
      ['1', ['市直各有关单位', '各县（市、区）人民政府']],
      ['2', ['市直各有关单位', '各县（市、区）人民政府']],
      ['1', ['市应急管理局']],
    ]);
  });

  it('closing field lines after the last of several items speak for each, a deadline line too, unless the others state those roles themselves', async () => {
    const text = [
      '某县2024年重点工作方案',
      '二、主要任务',
      '（一）优化营商环境',
      '1.深化网上办事改革。',
      '2.压缩企业开办时间。',
      '完成时限：2024年6月底前',
      '（二）加快项目建设',
      '3.全年实施重点项目60个。',
      '4.完成投资120亿元。',
      '责任单位：县发改局',
      '完成时限：2024年12月底前',
      '（三）推进服务',
      '5.送戏下乡，9月底前完成。',
      '6.开展培训。',
      '完成时限：2024年11月',
    ].join('\n');
    const parsed = await parseBytes(Buffer.from(text, 'utf8'), 'plan.txt');
    expect(parsed.document.tasks.map((t) => [t.number, t.owners.units, t.deadline?.end ?? null])).toEqual([
      ['1', [], '2024-06-30'],
      ['2', [], '2024-06-30'],
      ['3', ['县发改局'], '2024-12-31'],
      ['4', ['县发改局'], '2024-12-31'],
      ['5', [], '2024-09-30'],
      ['6', [], '2024-11-30'],
    ]);
  });

  it('a section headed by the leader who oversees it (某某市长主抓重点工作) gives that leader to each item, beside the item’s own units', async () => {
    const text = ['一、张某某市长主抓重点工作', '1.出台扶持企业政策。', '责任单位：市财政局、市发改局', '二、李某某副市长牵头重点工作', '1.新建公园3个。', '责任单位：市住建局'].join('\n');
    const parsed = await parseBytes(Buffer.from(text, 'utf8'), 'plan.txt');
    expect(parsed.document.tasks.map((t) => [t.owners.leaders, t.owners.units])).toEqual([
      [['张某某'], ['市财政局', '市发改局']],
      [['李某某'], ['市住建局']],
    ]);
  });

  it('a section headed by the unit that leads it, with the count of its items (某局牵头工作（3项）), gives that unit to each item', async () => {
    const text = ['附件1', '2025年某县政府工作报告任务清单', '一、县文旅局牵头工作（2项）', '1.新建城市书房2个。', '2.举办文化节。', '二、县水利局牵头工作(共1项)', '1.完成堤防加固。'].join('\n');
    const parsed = await parseBytes(Buffer.from(text, 'utf8'), 'plan.txt');
    expect(parsed.document.tasks.map((t) => t.owners.units)).toEqual([['县文旅局'], ['县文旅局'], ['县水利局']]);
  });

  it('an item with its own owner line keeps it: the line after the last item is that item’s', async () => {
    const text = ['一、主要预期目标', '1.生产总值增长6%以上。', '责任单位：市发改委', '2.研发投入强度达到2.3%。', '责任单位：市科技局'].join('\n');
    const parsed = await parseBytes(Buffer.from(text, 'utf8'), 'plan.txt');
    expect(parsed.document.tasks.map((t) => t.owners.units)).toEqual([['市发改委'], ['市科技局']]);
  });
});

describe('minutes and meeting reports', () => {
  it('with nothing numbered, each instruction sentence is a task; what the meeting noted or heard is not', async () => {
    const text = [
      '8月13日下午，局长主持召开局长办公会，现纪要如下：',
      '会议原则同意《扶持骨干企业发展实施方案》。会议指出，制定方案很有必要。会议要求，按照会议研究的意见，进一步修改完善方案后，尽快印发实施。要对照方案目标要求，认真落实帮包责任制和扶持政策。',
      '会议听取了清洁取暖建设情况的汇报。会议强调，要加强督导调度，确保8月底完工率大幅提升。',
    ].join('\n');
    const tasks = await tasksOf(text);
    expect(tasks).toEqual([
      '会议要求，按照会议研究的意见，进一步修改完善方案后，尽快印发实施。',
      '要对照方案目标要求，认真落实帮包责任制和扶持政策。',
      '会议强调，要加强督导调度，确保8月底完工率大幅提升。',
    ]);
  });

  it('the head of minutes (一、時間：… 三、主席：… 五、散會：…) is the record’s frame: only the decisions are tasks', async () => {
    const text = ['某某會報會議紀錄', '一、時間：112年6月1日下午2時', '二、地點：本府會議室', '三、主席：王某某', '四、決議事項：', '（一）請某局於7月底前完成某工程。', '五、散會：下午4時'];
    expect(await tasksOf(text.join('\n'))).toEqual(['（一）請某局於7月底前完成某工程。']);
  });

  it('minutes’ attendance lines at the foot (出席：…, 列席：…) are the record’s frame: no part of the last decision', async () => {
    const text = ['某县常务会议纪要', '一、关于某项工作', '会议要求，某局要在6月底前完成某项工作。', '出席：张某、李某', '列席：某县某局、某县某办'];
    const parsed = await parseBytes(Buffer.from(text.join('\n'), 'utf8'), 'plan.txt');
    expect(parsed.document.tasks.map((t) => t.text)).toEqual(['一、关于某项工作\n会议要求，某局要在6月底前完成某项工作。']);
  });

  it('a numbered ruling that asks a body (一、請某局於…前提報…) is a decision even beside a task table', async () => {
    const text = ['某縣縣務會議紀錄', '| 編號 | 議定事項 | 主辦機關 | 辦理期限 |', '| 1 | 辦理某某工程 | 某處 | 112年12月31日 |', '裁示事項：', '一、請某處於10月15日前提報某某計畫。', '二、本案洽悉。'];
    expect((await tasksOf(text.join('\n'))).slice(1)).toEqual(['一、請某處於10月15日前提報某某計畫。']);
  });

  it('a sentence of a meeting report that asks a group (會議決議請各工作組…) hands out work: it is a task', async () => {
    expect(await tasksOf('某某會議於3月10日召開，會中討論某某事宜，會議決議請各工作組於兩週內會同相關單位研議。')).toHaveLength(1);
  });

  it('a paragraph that counts its points (一是…二是…, 一要…二要…) gives one task a point, each running over its sentences to the next number', async () => {
    const text = [
      '张某要求：一是进度要更快。倒排工期，挂图作战；二是标准要更高。严格验收。三是某局要加强指导，及时通报。',
      '会议指出，一是某项工作成效明显；二是某项工作仍需加强。',
    ].join('\n');
    expect(await tasksOf(text)).toEqual(['张某要求：一是进度要更快。倒排工期，挂图作战；', '二是标准要更高。严格验收。', '三是某局要加强指导，及时通报。']);
    // 一要…二要…: the same, each point its own task.
    expect(await tasksOf('通知要求，一要加强值守，某镇要安排专人带班。二要强化巡查，及时转移群众。')).toEqual([
      '通知要求，一要加强值守，某镇要安排专人带班。',
      '二要强化巡查，及时转移群众。',
    ]);
  });

  it('a sentence opening on 要 with no subject of its own goes on telling whom its paragraph named; a counted point or a new paragraph does not', async () => {
    const text = [
      '会议强调，某县某局要加强巡查，确保安全。要落实物资储备，6月底前完成检查。同时，要加强值班值守工作。',
      '要做好宣传引导。',
    ].join('\n');
    const parsed = await parseBytes(Buffer.from(text, 'utf8'), 'plan.txt');
    expect(parsed.document.tasks.map((t) => t.owners.units)).toEqual([['某县某局'], ['某县某局'], ['某县某局'], []]);
    const points = await parseBytes(Buffer.from('会议要求，一要加强值守，某局要安排专人带班。二要强化巡查，及时转移群众。', 'utf8'), 'plan.txt');
    expect(points.document.tasks.map((t) => t.owners.units)).toEqual([['某局'], []]);
  });

  it('a sentence’s scene (为确保…，围绕…，就…，下一步，) tells no one: the subject after it is told what to do', async () => {
    expect(await tasksOf('围绕全年目标任务，下一步，某局要加快推进某项工作。')).toEqual(['围绕全年目标任务，下一步，某局要加快推进某项工作。']);
    expect(await tasksOf('就做好某项工作扫尾，张某强调，对于某项工作，有关部门要按时收官。')).toHaveLength(1);
    // Someone who 提出具体要求 is recorded speaking: no instruction.
    expect(await tasksOf('县领导张某也就某项工作提出具体要求。')).toEqual([]);
  });

  it('the dates of the topic a scene frames (就做好2020年工作谋划，) are not the time of the work; a purpose’s (为确保9月底前完成，) are', async () => {
    const deadlines = async (text: string) => (await parseBytes(Buffer.from(text, 'utf8'), 'plan.txt')).document.tasks.map((t) => t.deadline?.text ?? null);
    expect(await deadlines('就做好2020年工作谋划，张某强调，某局要加快推进某项工作。')).toEqual([null]);
    expect(await deadlines('会议要求，为确保9月底前完成整改，各乡镇要加快进度。')).toEqual(['9月底前']);
  });

  it('a mirror’s pinyin glosses (會(huì)議強(qiáng)調(diào)) are no part of the words that make a sentence an instruction', async () => {
    expect(await tasksOf('會(huì)議強(qiáng)調(diào)，各有關(guān)部門要加強(qiáng)值守。')).toHaveLength(1);
  });

  it('a site’s terms under the text (1、本网站所登载之内容…, 版权事宜请联系…) are the page’s, not tasks, glossed or not', async () => {
    const text = ['会议要求，某局要加强值守，确保安全。', '1、本網(wǎng)站所登載之內容，不論原創或轉載，皆以傳播信息為主。', '2、本网原创之作品，欢迎转载，请注明出处。'].join('\n');
    expect(await tasksOf(text)).toEqual(['会议要求，某局要加强值守，确保安全。']);
  });

  it('work described by who has it (由X负责的第3件) hands nothing out: the sentence is no instruction; 由X负责，… is', async () => {
    const described = '其中，由县水利局负责的第3件、县交通局负责的第9件进展滞后。';
    const handed = '会后由县交通局负责，10月底前完成路面修复。';
    expect(await tasksOf(`近期，督查室对常务会议确定事项开展了督查。\n${described}\n${handed}`)).toEqual([handed]);
  });

  it('要 inside a word (重要, 主要, 需要) tells no one to act: a purpose sentence that mentions 重要指示 is no instruction', async () => {
    const text = [
      '为深入贯彻落实上级关于防汛工作的重要指示精神，进一步压实主要责任，结合实际，制定本方案。',
      '一、总体要求',
      '坚持人民至上，统筹发展和安全。',
      '各乡镇要在5月底前完成隐患排查。',
    ].join('\n');
    expect(await tasksOf(text)).toEqual(['各乡镇要在5月底前完成隐患排查。']);
  });

  it('what a meeting passed or heard (会议讨论通过了…的请示) is its record: 请示 and 申请 ask no one to act; a leader’s 要求 hands out work', async () => {
    const text = [
      '会议讨论通过了《某县水利工程管理办法》、关于申请调整某乡中心小学校舍的请示以及关于县档案局增加编制的请示。',
      '张某要求，县水利局要在汛期前完成水库巡查。',
    ].join('\n');
    expect(await tasksOf(text)).toEqual(['张某要求，县水利局要在汛期前完成水库巡查。']);
  });

  it('a report of a meeting gives its leader’s words (张某强调，X要…; 同时，要…): what is said is judged as an instruction', async () => {
    const text = [
      '3月5日，副县长张某主持召开项目推进会。',
      '张某要求，要成立由水利局、财政局组成的工作专班，及时解决建设中的问题。',
      '同时，要充分调动群众的积极性。',
      '张某强调，县政府办要强化现场督导，确保项目按期完工。',
    ].join('\n');
    const parsed = await parseBytes(Buffer.from(text, 'utf8'), 'report.txt');
    expect(parsed.document.tasks.map((t) => [t.text.slice(0, 8), t.owners.units])).toEqual([
      ['张某要求，要成立', []],
      ['同时，要充分调动', []],
      ['张某强调，县政府', ['县政府办']],
    ]);
  });

  it('confirming the last minutes (主席裁示：纪录确定, 修正后确定) assigns no work', async () => {
    const text = ['壹、报告事项', '一、本府上周市政会议纪录。主席裁示：纪录确定。', '二、工务局报告：道路养护情形。主席裁示：请工务局加强巡查。', '三、上次会议纪录。主席裁示：修正后确定。'].join('\n');
    expect(await tasksOf(text)).toEqual(['二、工务局报告：道路养护情形。主席裁示：请工务局加强巡查。']);
  });

  it('a page’s nested list keeps its depth as indentation: a bullet with bullets indented under it heads them; a standing report on earlier decisions (…执行情形报告) is no task', async () => {
    const text = [
      '第12次主管会报',
      '  • 上次会议决议及指示事项执行情形报告',
      '  • 各科重大事项提报',
      '    • 工程设计图说请一科督促厂商尽早提出。',
      '    • 年度预算请二科于月底前汇整。',
      '  • 综合指示事项',
      '    • 防汛期间请各科加强值班。',
    ].join('\n');
    const parsed = await parseBytes(Buffer.from(text, 'utf8'), 'minutes.txt');
    expect(parsed.document.tasks.map((t) => [t.path.join('/'), t.title])).toEqual([
      ['•各科重大事项提报', '工程设计图说请一科督促厂商尽早提出'],
      ['•各科重大事项提报', '年度预算请二科于月底前汇整'],
      ['•综合指示事项', '防汛期间请各科加强值班'],
    ]);
  });

  it('a web page’s bullets are siblings wherever its source puts them (its columns say nothing of its lists)', async () => {
    const html = '<html><body><p>一、重点任务</p><p>• 新建公园2个。</p><p>• 改造老旧小区5个。</p></body></html>';
    const parsed = await parseBytes(Buffer.from(html, 'utf8'), 'plan.html');
    expect(parsed.document.tasks.map((t) => t.title)).toEqual(['新建公园2个', '改造老旧小区5个']);
  });

  it('bulleted items are items; minutes assign by asking (请X…会同Y)', async () => {
    const text = ['各科重大事项提报', '• 新年度的委办案请赶办，加速办理上网招标。', '• 土地更新案，请六、七科会同五科派员参加。', '• 绿廊工程案，请一科督促设计单位加速办理图说修正。'].join('\n');
    const parsed = await parseBytes(Buffer.from(text, 'utf8'), 'minutes.txt');
    expect(parsed.document.tasks.map((t) => [t.owners.units, t.owners.partners])).toEqual([
      [[], []],
      [['六、七科'], ['五科']],
      [['一科'], []],
    ]);
  });
});

describe('a plan that is not yet at its tasks', () => {
  it('the plan’s making (为…，结合实际，特制定本实施方案。) is no instruction: a page cut off before its tasks has none', async () => {
    const text = ['某县稳定经济运行实施方案', '为全面落实上级决策部署，促进全县经济平稳增长，结合某县实际，特制定本实施方案。', '一、总体要求', '（一）基本原则', '1.坚持统一领导。坚决服从统一指挥。'].join('\n');
    expect(await tasksOf(text)).toEqual([]);
  });

  it('measures titled …实施细则 whose items each name their owners (（责任单位：…）) are a plan’s tasks, not a regulation’s articles', async () => {
    const items = ['一、落实支持政策', '1.设立某专项资金。（责任单位：某局、某县财政局）', '2.开展某项培训活动。（责任单位：某局）'];
    expect(await tasksOf(['关于支持某产业发展的具体实施细则', '为支持某产业发展，制定如下实施细则。', ...items].join('\n'))).toEqual([
      '1.设立某专项资金。（责任单位：某局、某县财政局）',
      '2.开展某项培训活动。（责任单位：某局）',
    ]);
    // A regulation's articles name no one: still no tasks.
    expect(await tasksOf(['某局公文管理实施细则', '第一条 为规范公文管理，制定本细则。', '第二条 公文由办公室统一登记。', '第三条 公文应当及时归档。'].join('\n'))).toEqual([]);
  });
});

describe('a page cut off after a heading', () => {
  it('a last heading alone whose sibling before it heads a section (一、… （一）… ⏎ 二、统一审批流程) heads one too: no task; a last item among items is one', async () => {
    const text = ['某市审批制度改革实施方案', '一、主要任务', '（一）精简审批事项。取消审批事项10项。', '（二）压缩审批时限。', '二、统一审批流程'];
    expect(await tasksOf(text.join('\n'))).toEqual(['（一）精简审批事项。取消审批事项10项。', '（二）压缩审批时限。']);
    expect(await tasksOf([...text.slice(0, 3), '（二）压缩审批时'].join('\n'))).toEqual(['（一）精简审批事项。取消审批事项10项。', '（二）压缩审批时']);
  });
});

describe('who leads a section', () => {
  it('a sentence after the items that sums them up (以上任务由某局牵头，各乡镇配合) assigns every item that names no owner, even when one does; its time only where none states one', async () => {
    const text = ['某县工作要点', '一、重点工作', '1.推进污水管网建设，由县住建局负责。', '2.开展安全生产检查，年底前完成。', '3.完善长效管护机制。', '以上任务由县某局牵头，各乡镇配合，6月底前完成。'].join('\n');
    const parsed = await parseBytes(Buffer.from(text, 'utf8'), 'plan.txt');
    expect(parsed.document.tasks.map((t) => [t.owners.units, t.owners.partners, t.deadline?.text ?? null])).toEqual([
      [['县住建局'], [], null],
      [['县某局'], ['各乡镇'], '年底前'],
      // The sentence closes the last item: that one reads its time.
      [['县某局'], ['各乡镇'], '6月底前'],
    ]);
  });

  it('the summing sentence in brackets (（以上任务由某局牵头，各乡镇配合）) assigns every item, the last one too', async () => {
    const text = ['某县工作要点', '一、重点任务', '1.推进污水管网建设。', '2.开展安全生产检查。', '（以上任务由县某局牵头，各乡镇配合）'].join('\n');
    const parsed = await parseBytes(Buffer.from(text, 'utf8'), 'plan.txt');
    expect(parsed.document.tasks.map((t) => [t.owners.units, t.owners.partners])).toEqual([
      [['县某局'], ['各乡镇']],
      [['县某局'], ['各乡镇']],
    ]);
  });

  it('a section heading’s note on the line under it (一、… ⏎ （由市某局牵头实施）) gives its lead to the items that name none', async () => {
    const text = ['某市推动经济发展的若干政策', '一、扩大有效投资措施', '（由市某局牵头实施）', '全年推进重点项目800个左右。', '（一）发挥重大项目带动作用。实施重大项目攻坚。（责任单位：市某委）', '（二）加大财政支持力度。统筹安排专项资金。'].join('\n');
    const parsed = await parseBytes(Buffer.from(text, 'utf8'), 'plan.txt');
    expect(parsed.document.tasks.map((t) => t.owners.units)).toEqual([['市某委'], ['市某局']]);
  });
});

describe('instructions in a report of a meeting', () => {
  it('parts of a sentence between ；that each hand work to someone are tasks of their own', async () => {
    const text = '会上，县长要求，由县发展和改革局牵头，县自然资源局配合，在9月底前完成政务服务中心供地工作；由丹凤街道牵头，县自然资源局配合，在12月底前完成土地处置任务。';
    expect(await tasksOf(text)).toEqual([
      '会上，县长要求，由县发展和改革局牵头，县自然资源局配合，在9月底前完成政务服务中心供地工作；',
      '由丹凤街道牵头，县自然资源局配合，在12月底前完成土地处置任务。',
    ]);
  });

  it('a directive verb is a word of its own: the 要 of 重要讲话 or 主要任务 tells nobody to act', async () => {
    const text = ['局长作了重要讲话，对前段工作予以肯定，各科室扎实推进了十项主要任务。', '各科室要在月底前报送整改台账。'].join('\n');
    expect(await tasksOf(text)).toEqual(['各科室要在月底前报送整改台账。']);
  });

  it('确保 after 为 (为了确保…顺利进行) opens a purpose clause: a site’s preface that starts so tells nobody to act', async () => {
    const text = ['为了确保工作顺利开展，通常需要预先制定一份方案。', '为确保按期完成，各科室要在月底前报送进度。'].join('\n');
    expect(await tasksOf(text)).toEqual(['为确保按期完成，各科室要在月底前报送进度。']);
  });

  it('a schedule written as paragraphs led by their months gives a task per month', async () => {
    const text = ['我局的工作方案如下：', '7月，成立局争创文明城市领导小组，进行宣传发动。', '8—9月，重点搞好机关内部的文明创建。'].join('\n');
    expect(await tasksOf(text)).toEqual(['7月，成立局争创文明城市领导小组，进行宣传发动。', '8—9月，重点搞好机关内部的文明创建。']);
  });
});

describe('an item whose numbered sub-items are its fields', () => {
  it('sub-items that are all labelled fields (责任领导：… 年度目标：… 完成情况：…) are the item’s fields, not tasks; its progress sets neither deadline nor targets', async () => {
    const text = [
      '某镇人民政府关于2023年民生实事项目进展情况的报告',
      '一、关于《村级道路硬化项目》进展情况',
      '（一）责任领导：张某某',
      '（二）年度目标：硬化村道8公里，总投资约300万元，计划于2023年9月完工。',
      '（三）完成情况：已硬化村道5公里，2023年11月20日完成验收。',
      '二、关于《农贸市场改造项目》进展情况',
      '（一）责任领导：李某某',
      '（二）年度目标：改造市场2个，计划于2023年12月完工。',
    ].join('\n');
    const parsed = await parseBytes(Buffer.from(text, 'utf8'), 'report.txt');
    const tasks = parsed.document.tasks;
    expect(tasks.map((t) => t.title)).toEqual(['关于《村级道路硬化项目》进展情况', '关于《农贸市场改造项目》进展情况']);
    expect(tasks.map((t) => t.owners.leaders)).toEqual([['张某某'], ['李某某']]);
    expect(tasks.map((t) => t.deadline?.end)).toEqual(['2023-09-30', '2023-12-31']);
    expect(tasks[0].targets.map((t) => `${t.value}${t.unit}`)).toEqual(['8公里', '3000000元']);
  });

  it('numbered sub-items that are sentences, not fields, stay tasks of their own', async () => {
    const text = ['一、重点任务', '（一）责任单位要细化方案。', '（二）完成时限：6月底前。', '（三）推进道路建设。'].join('\n');
    expect((await tasksOf(text)).length).toBe(3);
  });
  it('an item with nothing under it that only mentions a section word (2.优化重点工作调度。…) is one task among its siblings, not a task section that leaves them out', async () => {
    const text = [
      '2025年某局综合科工作计划',
      '一、提升运转效能',
      '1.健全协作机制。每月召开1次协调会。',
      '2.优化重点工作调度。建立工作台账，逐项销号。',
      '3.精简会议活动。同类会议合并召开。',
    ].join('\n');
    expect(await tasksOf(text)).toEqual(['1.健全协作机制。每月召开1次协调会。', '2.优化重点工作调度。建立工作台账，逐项销号。', '3.精简会议活动。同类会议合并召开。']);
    // A real section (a heading with items under it) still confines tasks to itself.
    const sectioned = ['一、总体目标', '1.全年办结率达95%。', '二、重点工作', '1.建立台账。', '2.定期通报。'].join('\n');
    expect(await tasksOf(sectioned)).toEqual(['1.建立台账。', '2.定期通报。']);
  });

  it('a document-sharing site’s facts about the file (- 约 9页, - 格式:doc, - 大小:1.5 MB, - 2025-03-01 发布于湖北, - 举报, - 0) are chrome, not tasks', async () => {
    const text = [
      '- 0',
      '- 约3.1千字',
      '- 约 9页',
      '- 2025-03-01 发布于湖北',
      '- 举报',
      '- 格式:doc',
      '- 大小:1.5 MB',
      '- 文档页数:12',
      '还剩2页未读，继续阅读',
      '文本内容：',
      '2025年某科工作计划',
      '一、完善制度。修订考勤办法。',
      '二、加强培训。全年组织4次业务培训。',
    ].join('\n');
    expect(await tasksOf(text)).toEqual(['一、完善制度。修订考勤办法。', '二、加强培训。全年组织4次业务培训。']);
  });

  it('a news site’s starred prompts to follow it (★加入某报Line好友, ★下载某新闻APP, ★Facebook 按赞追踪) are chrome, not tasks', async () => {
    const text = [
      '某县2030年某项工作安排',
      '1. 某局3月底前完成摸底。',
      '2. 某办4月底前完成验收。',
      '★加入《某报》Line，和我们做好友！',
      '★下載《某某新聞網》APP',
      '★Facebook 按讚追蹤',
    ].join('\n');
    expect(await tasksOf(text)).toEqual(['1. 某局3月底前完成摸底。', '2. 某办4月底前完成验收。']);
  });

  it('a sharing site’s prompt where its preview ends (预览结束，获取完整内容…请扫码联系客服！) is chrome: it asks no body to act', async () => {
    const text = ['某镇工作方案', '一、重点任务', '1. 集镇建设方面', '加强环卫设施建设。', '2. 河道治理方面', '重点治理垃圾乱倒……', '预览结束，获取完整内容请扫码联系客服！'].join('\n');
    const parsed = await parseBytes(Buffer.from(text, 'utf8'), 'plan.txt');
    expect(parsed.document.tasks.map((t) => t.owners.units)).toEqual([[], []]);
    expect(parsed.document.tasks[1].text).not.toContain('扫码');
  });
});

describe('a template copy’s 落款', () => {
  it('a 落款 date whose digits the copy masks (2020年X月XX日, 20XX年XX月XX日) closes the document: no task takes it, nor its year', async () => {
    for (const date of ['2020年X月XX日', '20XX年XX月XX日', '____年__月__日']) {
      const parsed = await parseBytes(Buffer.from(['某镇2020年环境整治工作方案', '一、重点任务', '（一）清理河道垃圾。', '（二）整治乱堆乱放。', date].join('\n'), 'utf8'), 'plan.txt');
      const last = parsed.document.tasks[parsed.document.tasks.length - 1];
      expect(last.text).toBe('（二）整治乱堆乱放。');
      expect(last.deadline).toBeNull();
    }
  });
});

describe('an unnumbered record that opens with its heading task (重点工作：…)', () => {
  it('is one task when a field line after it names its owner (重点工作：… ⏎ 牵头单位：…)', async () => {
    expect(await tasksOf('重点工作：推进某类违法建设分类治理。\n牵头单位：某市城市管理局')).toEqual(['重点工作：推进某类违法建设分类治理。']);
  });
});

describe('a numbered item that names its owners, with unnumbered bullets under it', () => {
  it('is one task when the bullets (▲…) name no owner of their own: they spell out its indicators', async () => {
    const text = [
      '某区2023年政府工作目标任务分解',
      '一、推动经济发展',
      '1.加强经济运行监测，确保完成主要指标。（牵头单位：区发改委、区统计局）',
      '▲地区生产总值增长6%左右。',
      '▲财政收入增长5%。',
      '2.推进重点项目建设。（牵头单位：区建设局）',
    ].join('\n');
    const { tasks } = (await parseBytes(Buffer.from(text, 'utf8'), 'plan.txt')).document;
    expect(tasks.map((t) => [t.text.split('\n')[0], t.owners.units, t.targets.length])).toEqual([
      ['1.加强经济运行监测，确保完成主要指标。（牵头单位：区发改委、区统计局）', ['区发改委', '区统计局'], 2],
      ['2.推进重点项目建设。（牵头单位：区建设局）', ['区建设局'], 0],
    ]);
  });

  it('keeps bullets apart when one names its own owner, or when the item names none', async () => {
    const own = ['一、重点任务', '1.推进某项改革。（牵头单位：某局）', '▲开展某项试点。（责任单位：某镇）', '▲完善某项制度。'].join('\n');
    expect(await tasksOf(own)).toEqual(['▲开展某项试点。（责任单位：某镇）', '▲完善某项制度。']);
    const none = ['一、重点任务', '1.推进某项改革。', '▲开展某项试点。', '▲完善某项制度。'].join('\n');
    expect(await tasksOf(none)).toEqual(['▲开展某项试点。', '▲完善某项制度。']);
    // A heading that names an area with its leader is no sentence: the bullets under it are its tasks.
    const area = ['某区2023年工作任务分解', '（一）经济发展（牵头领导：张某）', '●新建工业园1个。', '●引进企业5家。'].join('\n');
    expect(await tasksOf(area)).toEqual(['●新建工业园1个。', '●引进企业5家。']);
  });
});

describe('a page’s toolbar flattened into a list', () => {
  it('its buttons, each with a bullet (• 字号: ⏎ • | ⏎ • 打印), are chrome, not tasks', async () => {
    const text = ['某镇2024年重点任务进展情况', '  • 字号:', '  • |', '  • 打印', '1.新建公园2个。（责任单位：某镇建设办）'].join('\n');
    expect(await tasksOf(text)).toEqual(['1.新建公园2个。（责任单位：某镇建设办）']);
  });
});
