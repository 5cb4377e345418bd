import { describe, expect, it } from 'vitest';
import { parseBytes } from '../../src/parse.js';

const titles = async (lines: string[]) => (await parseBytes(Buffer.from(lines.join('\n')), 'plan.txt')).document.tasks.map((t) => t.title);

describe('sections that hold a field of the whole plan, not tasks', () => {
  it('a short heading ending in 时间/范围/对象/要求 (检查整改时间, 检查整改范围, 检查督导要求) is no task', async () => {
    expect(
      await titles([
        '一、检查整改时间',
        '2021年3月7日-3月10日',
        '二、检查整改范围',
        '全镇范围内各行各业',
        '三、分组情况',
        '（一）第一检查督导组',
        '责任单位：派出所、市场监督管理所',
        '四、检查督导要求',
        '各检查督导组要深入行业、企业、单位开展检查。',
      ]),
    ).toEqual(['第一检查督导组']);
  });

  it('a self-examination’s diagnosis (一、存在的问题, 二、问题产生的原因) is answered by its measures: neither the problems nor the causes are tasks', async () => {
    const text = ['一、存在的问题', '1.学习不够深入。', '2.制度执行不严。', '二、问题产生的原因', '理想信念有所放松。', '三、整改措施', '（一）健全学习制度。', '（二）严格执行制度。'];
    expect(await titles(text)).toEqual(['健全学习制度', '严格执行制度']);
    expect(await titles(text.slice(0, 5))).toEqual([]);
    expect(await titles(['一、存在的主要问题', ...text.slice(1)])).toEqual(['健全学习制度', '严格执行制度']);
  });

  it('a section of the plan’s goals (一、明确某某的发展目标 ⏎ 1.总体目标 2.任务指标) frames the work: its items are no tasks', async () => {
    const text = ['一、明确建设某某强县的发展目标', '1.总体目标。到某年，基本建成某某强县。', '2.任务指标。某年，全县某率达75%，建设1所示范中心。', '三、主要任务', '（一）新建幼儿园5所。'];
    expect(await titles(text)).toEqual(['新建幼儿园5所']);
    // Cut off before its tasks, the page has none.
    expect(await titles(text.slice(0, 3))).toEqual([]);
  });

  it('a heading that opens with an action on the field (压缩审批时限, 扩大覆盖范围) is work, a task', async () => {
    expect(await titles(['一、重点任务', '（一）压缩审批时限。', '（二）扩大覆盖范围。', '（三）检查整改时间', '2024年3月1日-3月10日'])).toEqual(['压缩审批时限', '扩大覆盖范围']);
  });

  it('a report’s account of the work as a whole (一、工作推进情况 ⏎ （一）… 举办了…) tells what was done: no task; its next steps are', async () => {
    const text = ['某县创建工作推进情况汇报', '一、工作推进情况', '（一）传承历史文脉。一是举办了某节庆活动，发稿50余篇。', '二、下步工作措施', '（一）完善设施建设。年底前建成某中心。'];
    expect(await titles(text)).toEqual(['完善设施建设']);
    // A page that ran its site's name after the heading, past a space, still titles the section so.
    expect(await titles(text.map((line) => (line === '一、工作推进情况' ? '一、工作推进情况 某某范文网 www.example.com' : line)))).toEqual(['完善设施建设']);
    // An item that asks for the account is work.
    expect(await titles(['某县工作方案', '一、主要任务', '1.开展排查。', '2.各乡镇每月报送工作进展情况。'])).toEqual(['开展排查', '各乡镇每月报送工作进展情况']);
  });

  it('a report’s account of where things stand (一、总体情况, 一、基本情况) tells and assigns nothing: no task', async () => {
    expect(
      await titles([
        '一、总体情况',
        '第三次常务会议确定事项15件，截至8月底，已办结5件，正在办理10件。',
        '二、工作要求',
        '请各责任单位加快工作节奏，推动确定事项落实。',
      ]),
    ).toEqual([]);
  });

  it('a page that ran a heading into its paragraph after a space (一、基本情况 今年…) still titles its section with the words before the space', async () => {
    const page = [
      '全镇重点项目进展情况通报 今年以来，全镇上下围绕项目建设目标，早安排、早部署，取得了阶段性成效。',
      '一、基本情况 全镇重点项目共计20个，年度计划投资5亿元，已完成投资2.4亿元，占年度计划的48%。各类项目具体情况如下：',
      '1、工业项目：今年计划投资2亿元，已完成投资1.1亿元。目前6个项目中2个已完工。',
      '2、民生项目：今年计划投资1亿元，已完成投资0.6亿元。目前8个项目中3个已完工。',
    ];
    expect(await titles(page)).toEqual([]);
    page[1] = '一、重点任务 全镇今年实施重点项目20个，各项目责任单位要倒排工期。具体任务如下：';
    page[2] = '1、推进工业项目建设，年内完成投资2亿元。';
    page[3] = '2、推进民生项目建设，年内完成投资1亿元。';
    expect(await titles(page)).toHaveLength(2);
  });

  it('a report’s 总体推进情况 tells how the whole went; a project’s own 进展情况 with its owner and target is still a task', async () => {
    expect(
      await titles([
        '一、问题整改总体推进情况',
        '（一）落实整改主体责任，多措并举开展整改。各责任单位制定整改台账，实行对账销号，已清理往来款项15笔。',
        '（二）加强督查考核。审计局定期督查整改进度。',
      ]),
    ).toEqual([]);
    expect(await titles(['一、关于《某村供水站提升项目》进展情况', '（一）责任领导：某某', '（二）年度目标：完成8个供水站改造，计划于8月完工。'])).toHaveLength(1);
  });

  it('a longer heading that only mentions such a word stays a task when it assigns work', async () => {
    expect(await titles(['一、重点任务', '1.缩短企业开办时间，压减至1个工作日（责任单位：市市场监管局）'])).toHaveLength(1);
  });
});

describe('section titles as a mirror glosses them', () => {
  it('pinyin glosses in a heading (指導(dǎo)思想, 任務(wù)措施) do not hide what the section holds', async () => {
    expect(
      await titles(['一、指導(dǎo)思想', '深入貫徹落實(shí)上級部署，著力解決突出問題。', '二、任務(wù)措施', '(一)建立公示制度。依法公開執法信息。', '(二)加強(qiáng)事前公開。公開執法主體。']),
    ).toEqual(['建立公示制度', '加強事前公開']);
  });
});

describe('an 整改 report without section titles: the problems found, then the measures answering them', () => {
  it('after "针对以上问题…" the second list is the tasks; the first list is what they fix', async () => {
    const tasks = (
      await parseBytes(
        Buffer.from(
          [
            '检查中发现还存在以下问题：',
            '1、教室光线不够充足；',
            '2、旱厕蹲位少，卫生条件差。',
            '针对以上问题，我校制定整改措施如下：',
            '1、学校要求总务处立即加装灯管，2018年7月底前完成整改。',
            '2、学校要求总务处做好旧厕改造，2018年10月底前完成。',
          ].join('\n'),
        ),
        'report.txt',
      )
    ).document.tasks;
    expect(tasks.map((t) => [t.number, t.owners.units])).toEqual([
      ['1', ['总务处']],
      ['2', ['总务处']],
    ]);
  });

  it('a list of problems with no answering list stays the tasks', async () => {
    const tasks = (await parseBytes(Buffer.from(['检查中发现还存在以下问题：', '1、教室光线不够充足；', '2、旱厕蹲位少，卫生条件差。'].join('\n')), 'report.txt')).document.tasks;
    expect(tasks).toHaveLength(2);
  });
});

describe('one owner note per task', () => {
  it('under a numbered title, unnumbered paragraphs each closed by their own owners are a task each; the title is none', async () => {
    const text = ['一、加快某某发展', '突出某某地位。投资20亿元，实施某某工程。（牵头单位：市某局；责任单位：各区）', '加快发展某某业。新增企业10家。（牵头单位：市某委）', '二、推进某某统筹', '建设某某新城。（牵头单位：市某建局）'].join('\n');
    const tasks = (await parseBytes(Buffer.from(text), 'plan.txt')).document.tasks;
    expect(tasks.map((t) => [t.title, t.owners.units])).toEqual([
      ['突出某某地位', ['市某局']],
      ['加快发展某某业', ['市某委']],
      ['推进某某统筹', ['市某建局']],
    ]);
  });

  it('a line after an item that closes with its own owner note is the next task, its number lost or never written', async () => {
    const tasks = (
      await parseBytes(
        Buffer.from(
          [
            '一、构建现代产业体系',
            '（一）加快建设三大汽车产业基地。（牵头单位：市经贸委；配合单位：市发改委、规划局）',
            '?。ǘ┩推进东部石化基地建设，抓好80万吨乙烯项目。（牵头单位：市发改委；配合单位：市经贸委）',
          ].join('\n'),
        ),
        'plan.txt',
      )
    ).document.tasks;
    expect(tasks.map((t) => [t.owners.units, t.owners.partners])).toEqual([
      [['市经贸委'], ['市发改委', '规划局']],
      [['市发改委'], ['市经贸委']],
    ]);
  });

  it('an item whose further lines carry no note of their own stays one task', async () => {
    const tasks = (await parseBytes(Buffer.from(['一、重点任务', '（一）加快建设汽车产业基地。（牵头单位：市经贸委）', '力争年底前完成主体工程。'].join('\n')), 'plan.txt')).document.tasks;
    expect(tasks).toHaveLength(1);
  });
});

describe('minutes whose agenda items are only noted', () => {
  it('an item closed by a ruling that only takes note (主席裁示：准予備查) is no task; one that asks a body to act is', async () => {
    const tasks = (
      await parseBytes(
        Buffer.from(
          [
            '一、議案暨指示事項執行情形報告。主席裁示：准予備查。',
            '二、新聞處報告：一週重要輿情摘要報告。主席裁示：洽悉。',
            '三、建設局報告：美食館營運改善狀況。主席裁示：請交通局與市場處共同規劃停車資訊，農曆春節前完成。',
          ].join('\n'),
        ),
        'minutes.txt',
      )
    ).document.tasks;
    expect(tasks.map((t) => t.number)).toEqual(['三']);
  });

  it('a ruling that only agrees to what the item proposed (主席裁示：同意辦理; 決議：照案通過) sets no work of its own', async () => {
    const text = [
      '一、某科報告：某道路改善進度。主席裁示：同意辦理。',
      '二、某室提案：某規章修正案。決議：照案通過。',
      '三、某科報告：某中心設置案。主席裁示：請某科於3月底前完成場地規劃。',
    ].join('\n');
    const tasks = (await parseBytes(Buffer.from(text), 'minutes.txt')).document.tasks;
    expect(tasks.map((t) => t.number)).toEqual(['三']);
  });
});

describe('a table of contents over the text (1.1…, 2.3… entries)', () => {
  it('its entries and chapter lines are no sections: only the body’s items are tasks', async () => {
    const page = [
      '某县整改工作方案',
      '一、背景分析',
      '1.1政策环境',
      '1.2现实需求',
      '二、重点任务',
      '2.1问题分类',
      '2.2整改方法',
      '三、保障措施',
      '3.1组织保障',
      '二、重点任务',
      '（一）清理河道垃圾。6月底前完成全县河道清理。（责任单位：县水利局）',
      '（二）整治农贸市场。（责任单位：县市场监管局）',
    ];
    expect(await titles(page)).toEqual(['清理河道垃圾', '整治农贸市场']);
  });
});


describe('the steps of a phase (实施步骤 ⏎ （一）准备阶段（3月—4月） ⏎ 1、… 2、…)', () => {
  const tasksOf = async (lines: string[]) => (await parseBytes(Buffer.from(lines.join('\n')), 'plan.txt')).document.tasks;
  const plan = [
    '某镇2023年庭院整治实施方案',
    '三、实施步骤',
    '（一）宣传阶段（2023年2月—3月）。',
    '1、成立工作专班；',
    '2、印发宣传资料，5月底前完成入户宣传。',
    '（二）整治阶段（2023年4月—9月）：',
    '1、拆除违章搭建；',
    '2、组织验收评比。',
  ];

  it('each step under a phase is a task, and a step that states no time of its own takes the phase’s span', async () => {
    const tasks = await tasksOf(plan);
    expect(tasks.map((t) => [t.title, t.deadline?.end ?? null])).toEqual([
      ['成立工作专班', '2023-03-31'],
      ['印发宣传资料，5月底前完成入户宣传', '2023-05-31'],
      ['拆除违章搭建', '2023-09-30'],
      ['组织验收评比', '2023-09-30'],
    ]);
    expect(tasks[0].deadline?.start).toBe('2023-02-01');
  });

  it('setting up the body a frame section describes (成立领导小组, 调整组织机构) is a step of work, not that frame', async () => {
    const titles = (await tasksOf(['三、实施步骤', '（一）筹备阶段（6月）', '1、成立领导小组；', '2、调整组织机构；', '3、召开推进会。'])).map((t) => t.title);
    expect(titles).toEqual(['成立领导小组', '调整组织机构', '召开推进会']);
  });

  it('a section title ends at its colon; a colon inside a sentence or an open bracket ends no title', async () => {
    // Before the colon, 准备阶段 names no frame though the item after it sets up a 领导小组.
    const inline = await tasksOf(['三、实施步骤', '（一）准备阶段（6月）：成立领导小组，明确分工。', '（二）实施阶段（7月—9月）：全面铺开整治。']);
    expect(inline.map((t) => t.number)).toEqual(['一', '二']);
    const notice = await tasksOf(['二、工作要求', '1.各乡镇要主动认领，于7月17日前报送进展。', '2.报告要简洁明了（主要内容包括：存在问题、下步打算）。']);
    expect(notice.map((t) => t.title)).not.toContain('报告要简洁明了（主要内容包括：存在问题、下步打算）');
  });

  it('steps written inline in a phase’s item (…阶段（…）：1、…；2、…) are tasks of their own with the phase’s span; the heading is no task', async () => {
    const tasks = await tasksOf(['某镇2023年庭院整治实施方案', '三、实施步骤', '（一）宣传阶段（2023年2月—3月）：1、成立工作专班；2、印发宣传资料。', '（二）总结阶段（2023年10月）：全面总结。']);
    expect(tasks.map((t) => [t.title, t.deadline?.end ?? null])).toEqual([
      ['成立工作专班', '2023-03-31'],
      ['印发宣传资料', '2023-03-31'],
      ['总结阶段（2023年10月）：全面总结', '2023-10-31'],
    ]);
  });

  it('a phase named by its own title (…阶段（span）) splits its 一是/二是 steps even where no 实施步骤 section encloses it', async () => {
    const tasks = await tasksOf([
      '（一）甲乙丙丁戊己庚辛、动员部署、宣传发动阶段（2023年9月1日至9月15日）。一是召开动员大会。各街道办事处建立工作机构。',
      '二是摸底排查。各街道办事处要建立台账。',
    ]);
    expect(tasks.map((t) => [t.text, t.owners.units, t.deadline?.start ?? null, t.deadline?.end ?? null])).toEqual([
      ['一是召开动员大会。各街道办事处建立工作机构。', ['各街道办事处'], '2023-09-01', '2023-09-15'],
      ['二是摸底排查。各街道办事处要建立台账。', ['各街道办事处'], '2023-09-01', '2023-09-15'],
    ]);
  });
});

describe('a page cut out of the middle of a document', () => {
  it('opening mid-list ((二)…(三)…), a higher-level heading (四、保障措施) is the next section: its items are no tasks', async () => {
    expect(
      await titles([
        '(二)集中整治阶段(5月1日至5月31日)。各村清理垃圾,镇整治办检查通报。',
        '(三)总结阶段(6月1日至6月15日)。各村总结整治成效,于6月15日前报镇整治办。',
        '四、保障措施',
        '(一)加强领导。镇成立领导小组,由张某任组长。',
        '(二)强化督查。镇督查办定期督查通报。',
      ]),
    ).toEqual(['集中整治阶段(5月1日至5月31日)', '总结阶段(6月1日至6月15日)']);
  });

  it('a whole document whose list does start at (一) keeps a later 四、 where its numbering puts it', async () => {
    expect(
      await titles([
        '某镇工作方案',
        '一、重点任务',
        '(一)清理垃圾。各村清理垃圾。',
        '(二)整治河道。镇水利站整治河道。',
        '二、保障措施',
        '(一)加强领导。镇成立领导小组。',
      ]),
    ).toEqual(['清理垃圾', '整治河道']);
  });
});

describe('a short section title ending in 任务 names tasks', () => {
  it('行动任务, 攻坚任务 hold the plan’s tasks beside a 进度安排 section', async () => {
    expect(
      await titles([
        '某县某专项行动方案',
        '一、行动目标',
        '到年底，某项指标达到90%。',
        '二、攻坚任务',
        '（一）新建水源工程。新建水源工程5处。（县某局牵头）',
        '（二）改造供水管网。改造管网10公里。（县某公司负责）',
        '三、进度安排',
        '（一）3月底前完成项目谋划。',
        '四、保障措施',
        '（一）加强组织领导。成立领导小组。',
      ]),
    ).toEqual(['新建水源工程', '改造供水管网', '3月底前完成项目谋划']);
  });

  it('a longer title ending so is a sentence about tasks, no section name: the other sections’ items stay tasks', async () => {
    expect(
      await titles(['一、全面完成上级下达的各项任务', '（一）新建村级服务站。', '（二）改造农贸市场。', '二、提升服务水平', '（一）开展技能培训。', '（二）优化办事流程。']),
    ).toEqual(['新建村级服务站', '改造农贸市场', '开展技能培训', '优化办事流程']);
  });
});

describe('an item closed by its owners in brackets', () => {
  it('assigns as a label does outside the task sections (主要举措 beside 实施步骤), not inside a frame (保障措施)', async () => {
    expect(
      await titles([
        '某县某专项行动方案',
        '一、主要举措',
        '（一）新建水源工程。新建水源工程5处。（县某局牵头，县财政局配合）',
        '（二）改造供水管网。改造管网10公里。（县某公司负责）',
        '二、实施步骤',
        '（一）动员部署阶段（3月）。各乡镇制定方案。',
        '三、保障措施',
        '（一）加强资金保障。统筹安排资金。（县财政局负责）',
      ]),
    ).toEqual(['新建水源工程', '改造供水管网', '动员部署阶段（3月）']);
  });
});

describe('titles of a 行动方案’s measures section', () => {
  it.each(['主要举措', '行动措施', '重点工程', '整治内容', '建设内容'])('二、%s holds tasks beside a 实施步骤 section', async (title) => {
    expect(await titles(['一、工作目标', '到年底，某项指标达到90%。', `二、${title}`, '（一）新建水源工程5处。', '（二）改造供水管网10公里。', '三、实施步骤', '（一）动员部署阶段（3月）。各乡镇制定方案。'])).toEqual([
      '新建水源工程5处',
      '改造供水管网10公里',
      '动员部署阶段（3月）',
    ]);
  });
});

describe('a section on how the plan is carried out (组织实施)', () => {
  it('is the plan’s frame, as 保障措施 is: its items are no tasks, even with owners in brackets', async () => {
    expect(await titles(['一、重点任务', '（一）新建水源工程5处。', '（二）改造供水管网10公里。', '二、组织实施', '（一）强化督导考核。定期通报进展。（县督查室负责）'])).toEqual([
      '新建水源工程5处',
      '改造供水管网10公里',
    ]);
  });

  it('an item that opens with the words (组织实施某某工程) is still a task', async () => {
    expect(await titles(['一、重点任务', '（一）组织实施高标准农田建设。', '（二）改造供水管网10公里。'])).toEqual(['组织实施高标准农田建设', '改造供水管网10公里']);
  });
});

describe('a sentence summing up the items above it', () => {
  it('"以上工作由…牵头，…配合，6月底前完成" after the last item assigns each item above it', async () => {
    const { parseBytes } = await import('../../src/parse.js');
    const text = ['某县2024年某工作方案', '二、重点任务', '（一）治理城区环境', '1.整治占道经营。', '2.清理违规广告牌。', '以上工作由县某局牵头，各社区配合，6月底前完成。'].join('\n');
    const tasks = (await parseBytes(Buffer.from(text), 'plan.txt')).document.tasks;
    expect(tasks.map((t) => [t.title, t.owners.units, t.owners.partners, t.deadline?.end ?? null])).toEqual([
      ['整治占道经营', ['县某局'], ['各社区'], '2024-06-30'],
      ['清理违规广告牌', ['县某局'], ['各社区'], '2024-06-30'],
    ]);
  });
});

describe('an item that lists what it covers', () => {
  it('"重点检查以下内容： ⏎ 1.消防设施； 2.安全通道；" is one task, the names its content; a list of actions stays tasks', async () => {
    expect(
      await titles(['一、整治内容', '（一）开展专项检查。县某大队负责，6月底前完成。重点检查以下内容：', '1.消防设施；', '2.安全通道；', '（二）开展宣传培训。县某局负责。']),
    ).toEqual(['开展专项检查', '开展宣传培训']);
    expect(await titles(['一、重点任务', '（一）加强管理。做好以下工作：', '1.建立工作台账；', '2.落实巡查责任；'])).toEqual(['建立工作台账', '落实巡查责任']);
  });
});

describe('a schedule written as dated lines (进度安排 ⏎ 3月底前：… ⏎ 6月底前：…)', () => {
  it('each line that opens with its time and a colon is a step of its own, dated by that time', async () => {
    const { parseBytes } = await import('../../src/parse.js');
    const text = ['某县2024年某工作方案', '一、进度安排', '3月底前：完成方案制定。', '6月底前：完成年度任务的50%。', '11月底前：全面完成年度任务。'].join('\n');
    const tasks = (await parseBytes(Buffer.from(text), 'plan.txt')).document.tasks;
    expect(tasks.map((t) => t.deadline?.end ?? null)).toEqual(['2024-03-31', '2024-06-30', '2024-11-30']);
    const spans = ['某县2024年某工作方案', '一、时间安排', '3月1日—3月15日：动员部署。', '3月16日至10月31日：集中整治。'].join('\n');
    const steps = (await parseBytes(Buffer.from(spans), 'plan.txt')).document.tasks;
    expect(steps.map((t) => [t.deadline?.start ?? null, t.deadline?.end ?? null])).toEqual([
      ['2024-03-01', '2024-03-15'],
      ['2024-03-16', '2024-10-31'],
    ]);
  });
});
