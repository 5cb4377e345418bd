import { describe, expect, it } from 'vitest';
import { parseBytes } from '../../src/parse.js';

async function tasksOf(lines: string[]) {
  return (await parseBytes(Buffer.from(lines.join('\n')), 'table.txt')).document.tasks;
}

describe('task-table columns that write their unit or their kind once, in the header', () => {
  it('a quantity column with its unit in brackets (年度投资金额（万元） | 300) gives each row that many of the unit as a target', async () => {
    const tasks = await tasksOf([
      '序号\t项目名称\t建设时间\t年度投资金额（万元）\t责任单位',
      '1\t城北小学门前道路建设项目\t2024\t300\t住建局',
      '2\t老旧小区改造项目\t2024\t1360\t住建局',
    ]);
    expect(tasks.map((t) => t.targets.map((g) => [g.value, g.unit]))).toEqual([[[3000000, '元']], [[13600000, '元']]]);
  });

  it('a bare year in the time column (建设时间 | 2024) is the whole year', async () => {
    const [task] = await tasksOf(['序号\t项目名称\t建设时间\t责任单位', '1\t城北小学门前道路建设项目\t2024\t住建局']);
    expect(task.deadline).toMatchObject({ start: '2024-01-01', end: '2024-12-31' });
  });

  it('numbers under a duration column (建设周期（天）) are no targets: they say how long, not how much', async () => {
    const tasks = await tasksOf(['序号\t项目名称\t建设周期（天）\t责任单位', '1\t城北小学门前道路建设项目\t90\t住建局']);
    expect(tasks[0].targets).toEqual([]);
  });
});

describe('a project table’s money columns (总投资（万元） | 2024年计划投资（万元）)', () => {
  it('the amount the period plans is the row’s target, with the header’s unit; the project’s total is not', async () => {
    const tasks = await tasksOf([
      '序号\t项目名称\t建设内容\t总投资（万元）\t2024年计划投资（万元）\t责任单位',
      '1\t某县污水处理厂扩建工程\t新建污水管网5公里\t12000\t5000\t县住建局',
    ]);
    expect(tasks[0].targets.map((g) => [g.value, g.unit])).toEqual([
      [5, '公里'],
      [50000000, '元'],
    ]);
  });

  it('a money column is no column of the task’s words, though its name says 计划 (建设内容 stays the task)', async () => {
    const [task] = await tasksOf(['序号\t建设内容\t年度计划投资（万元）\t责任单位', '1\t新建某镇卫生院业务用房\t800\t县卫健局']);
    expect(task.title).toBe('新建某镇卫生院业务用房');
    expect(task.targets.map((g) => [g.value, g.unit])).toEqual([[8000000, '元']]);
  });

  it('an amount already spent (已完成投资（万元）) is progress, no target', async () => {
    const [task] = await tasksOf(['序号\t项目名称\t年度计划投资（万元）\t已完成投资（万元）\t责任单位', '1\t某镇道路改造工程\t1500\t600\t某镇政府']);
    expect(task.targets.map((g) => g.value)).toEqual([15000000]);
  });

  it('a total alone, with no amount of the period beside it, is still the row’s amount', async () => {
    const [task] = await tasksOf(['序号\t项目名称\t总投资（万元）\t责任单位', '1\t某镇道路改造工程\t3000\t某镇政府']);
    expect(task.targets.map((g) => g.value)).toEqual([30000000]);
  });
});

describe('a listed column name with the year the table plans before it (2024年目标任务)', () => {
  it('is that column: the 建设内容 beside it stays the task’s words with their targets, and the goal’s milestones give the deadline', async () => {
    const tasks = await tasksOf([
      '序号\t项目名称\t建设内容\t2024年目标任务\t责任单位',
      '1\t某县污水处理厂扩建工程\t新建污水管网5公里\t6月底前开工，12月底前完工\t县住建局',
    ]);
    expect(tasks.map((t) => [t.targets.map((g) => g.text), t.deadline?.text])).toEqual([[['5公里'], '12月底前']]);
  });
});

describe('an owner cell that gives a phone number beside the name (张某 13800000000)', () => {
  it('keeps the owner, not the number: a mobile, an office line, a labelled number', async () => {
    const tasks = await tasksOf([
      '序号\t工作任务\t责任领导\t责任单位\t完成时限',
      '1\t完成某项改造\t张某 13800000000\t县住建局\t6月底前',
      '2\t完成某项整治\t李某（0571-88886666）\t县城管局（电话：88886666）\t9月底前',
    ]);
    expect(tasks.map((t) => [t.owners.leaders, t.owners.units])).toEqual([
      [['张某'], ['县住建局']],
      [['李某'], ['县城管局']],
    ]);
  });
});

describe('a 目标任务分解表 whose only text column is 预期目标', () => {
  it('takes each goal as its row’s task (title and deadline read from it), not the whole row', async () => {
    const tasks = await tasksOf(['序号\t预期目标\t责任单位', '1\t地区生产总值增长5.5%左右\t区发展改革委', '2\t年底前完成城区供水管网改造\t区住房城乡建委']);
    expect(tasks.map((t) => t.title)).toEqual(['地区生产总值增长5.5%左右', '年底前完成城区供水管网改造']);
    expect(tasks.map((t) => t.owners.units)).toEqual([['区发展改革委'], ['区住房城乡建委']]);
    expect(tasks[1].deadline?.text).toBe('年底前');
  });
});

describe('a one-cell-per-line pipe table in traditional script, under a caption row', () => {
  it('names its rows by 項目名稱, and its caption without the page’s bare separators', async () => {
    const row = (n: number, name: string, work: string, unit: string) => ['|', `${n} |`, `${name} |`, '某街道 |', '2024 |', `${work} |`, '300 |', `${unit} |`];
    const tasks = await tasksOf([
      '附件:',
      '|',
      '某縣2024年十大民生實事項目清單 |',
      '||||||',
      '|',
      ...['序號', '項目名稱', '建設地點', '建設時間', '2024年建設內容', '年度投資金額 (萬元)', '責任單位'].map((h) => `${h} |`),
      ...row(1, '城北小學門前道路建設項目', '建成唐塔北路延伸段道路。', '住建局'),
      ...row(2, '高標準農田建設項目', '實施田塊整治500畝。', '農業農村局'),
    ]);
    expect(tasks.map((t) => [t.title, t.path, t.owners.units])).toEqual([
      ['城北小學門前道路建設項目', ['某縣2024年十大民生實事項目清單'], ['住建局']],
      ['高標準農田建設項目', ['某縣2024年十大民生實事項目清單'], ['農業農村局']],
    ]);
  });
});

describe('a table’s own title above its header', () => {
  it('is the table’s caption, not a column: a narrow one-cell-per-line table under “…项目清单 |” is read', async () => {
    const tasks = await tasksOf(['|', '某县2024年民生实事项目清单 |', '|', '序号 |', '项目名称 |', '建设内容 |', '责任单位 |', '|', '1 |', '城北小学门前道路建设项目 |', '建成唐塔北路延伸段道路。 |', '住建局 |', '|', '2 |', '高标准农田建设项目 |', '实施田块整治500亩。 |', '农业农村局 |']);
    expect(tasks.map((t) => [t.title, t.owners.units])).toEqual([
      ['城北小学门前道路建设项目', ['住建局']],
      ['高标准农田建设项目', ['农业农村局']],
    ]);
  });
});

describe('a group row across a task table', () => {
  it('that names its owners (一、…（牵头领导：A、B）) gives them to the rows below, where a row leaves the role open', async () => {
    // One cell per line, as a page flattens it; a row's empty 责任人 cell is an empty line.
    const tasks = await tasksOf(
      ['序号', '目标任务', '牵头单位', '责任人', '一、主要经济指标（牵头领导：张某、李某）', '1', '地区生产总值增长8%。', '区发改局', '赵某', '2', '工业增加值增长9%。', '区经信局', '—', '二、民生实事', '3', '新建幼儿园3所。', '区教育局', '—'],
    );
    expect(tasks.map((t) => [t.owners.leaders, t.owners.units])).toEqual([
      [['赵某'], ['区发改局']],
      [['张某', '李某'], ['区经信局']],
      [[], ['区教育局']],
    ]);
  });
});

describe('a row without a number and without owners under a numbered row', () => {
  it('goes on from that row: its owner cells were merged with the row above; a row naming some owner keeps the others empty', async () => {
    const text = [
      '2024年重点项目推进计划表',
      '| 序号 | 项目名称 | 建设内容 | 责任单位 | 配合单位 | 时间节点 |',
      '| 1 | 县医院综合楼 | 新建综合楼3万平方米 | 县卫健局 | 县财政局 | 6月底前 |',
      '| | | 配套建设停车位500个 | | | 10月底前 |',
      '| 2 | 农贸市场改造 | 改造农贸市场4个 | 县商务局 | 县市场监管局 | 9月底 |',
      '| | | 新建摊位200个 | 各乡镇 | | 11月底 |',
    ].join('\n');
    const { document } = await parseBytes(Buffer.from(text, 'utf8'), 'plan.txt');
    expect(document.tasks.map((t) => [t.title, t.owners.units, t.owners.partners])).toEqual([
      ['县医院综合楼', ['县卫健局'], ['县财政局']],
      ['配套建设停车位500个', ['县卫健局'], ['县财政局']],
      ['农贸市场改造', ['县商务局'], ['县市场监管局']],
      ['新建摊位200个', ['各乡镇'], []],
    ]);
  });
});

describe('a project named once over its tasks (项目名称 | 工作任务 | 完成时间 | 牵头单位)', () => {
  const table = [
    '2024年某县民生实事项目表',
    '项目名称 | 工作任务 | 计划完成时间 | 牵头单位 |',
    '1.城区环境提升项目 | 对东西两条街道进行改造; | 11月 | 某县建设局 |',
    '2024.8 | 某县城投公司 | ||',
    '对北门广场进行绿化提升; | 2024.12 | 某县城投公司 | |',
    '新建停车场3处。 | 10月 | 某县建设局 | |',
    '2.公墓建设项目 | 新建公益性墓地5处。 | 10月底 | 某县民政局 |',
  ];

  it('reads 工作任务 after a name column as the task: the columns run from the outer group to the item, and a short row lost the name first', async () => {
    const tasks = await tasksOf(table);
    expect(tasks.map((t) => t.title)).toEqual(['1.城区环境提升项目', '对北门广场进行绿化提升', '新建停车场3处', '2.公墓建设项目']);
    expect(tasks.map((t) => t.text.split(' | ')[1])).toEqual(['对东西两条街道进行改造;', '对北门广场进行绿化提升;', '新建停车场3处。', '新建公益性墓地5处。']);
  });

  it('folds a row whose task cell is merged with the row above into that task: another owner and milestone of it, the later milestone its deadline', async () => {
    const [first] = await tasksOf(table);
    expect(first.owners.units).toEqual(['某县建设局', '某县城投公司']);
    expect(first.deadline?.end).toBe('2024-11-30');
    expect(first.text).toContain('2024.8');
  });
});

describe('a table row that leaves its owner cells empty', () => {
  it('names its owner in its own words, if anywhere (县财政局要…); a row with an owner cell keeps that owner', async () => {
    const tasks = await tasksOf(['序号\t工作任务\t责任单位\t完成时限', '1\t完成城区道路改造。\t县住建局\t6月底前', '2\t县财政局要做好资金保障。\t\t6月底前', '3\t加强宣传引导。\t\t9月底前']);
    expect(tasks.map((t) => t.owners.units)).toEqual([['县住建局'], ['县财政局'], []]);
  });
});

describe('a rectification list’s owner columns', () => {
  it('the body that oversees the work (督导单位, 督办部门) checks it and does not do it: no owner; 督办领导 stays the task’s leader', async () => {
    const tasks = await tasksOf([
      '序号\t反馈问题\t整改措施\t责任单位\t督导单位\t督办领导\t整改时限',
      '1\t河道垃圾堆积\t开展集中清理\t县水利局\t县生态环境局\t张某\t2022年6月底前',
    ]);
    expect(tasks[0].owners).toEqual({ leaders: ['张某'], units: ['县水利局'], partners: [] });
    const [prose] = await tasksOf(['某县整改方案', '二、整改任务', '（一）清理河道垃圾。责任单位：县水利局；督办部门：县政府办；整改时限：2022年6月底前']);
    expect(prose.owners.units).toEqual(['县水利局']);
  });
});

describe('a measure row under a task that names only its own partners', () => {
  it('keeps the task’s leader and lead unit: those cells were merged over the task’s measures', async () => {
    const text = [
      '某县2025年重点工作任务清单',
      '序号\t工作任务\t具体措施\t责任领导\t牵头单位\t配合单位\t完成时限',
      '1\t城区管网改造\t改造污水管网20公里\t张某\t县住建局\t县财政局\t12月底前',
      '\t\t新建泵站2座\t\t\t县水利局\t10月底前',
      '2\t农村道路提升\t改造农村公路50公里\t李某\t县交通局\t各乡镇\t全年',
      '\t\t修复危桥3座\t\t县公路中心\t\t9月底前',
    ].join('\n');
    const { document } = await parseBytes(Buffer.from(text, 'utf8'), 'plan.txt');
    expect(document.tasks.map((t) => [t.title, t.owners.leaders, t.owners.units, t.owners.partners])).toEqual([
      ['改造污水管网20公里', ['张某'], ['县住建局'], ['县财政局']],
      ['新建泵站2座', ['张某'], ['县住建局'], ['县水利局']],
      ['改造农村公路50公里', ['李某'], ['县交通局'], ['各乡镇']],
      ['修复危桥3座', [], ['县公路中心'], []],
    ]);
  });
});

describe('one column for both owners (牵头单位/配合单位)', () => {
  it('names the lead before the slash and the partners after it', async () => {
    const text = [
      '某县2025年为民办实事任务分解表',
      '| 序号 | 实事项目 | 牵头单位/配合单位 | 完成时限 |',
      '| 1 | 新建幼儿园2所 | 县教育局/县财政局、县住建局 | 8月底 |',
      '| 2 | 改造农村危房100户 | 县住建局 | 11月底 |',
    ].join('\n');
    const { document } = await parseBytes(Buffer.from(text, 'utf8'), 'plan.txt');
    expect(document.tasks.map((t) => [t.owners.units, t.owners.partners])).toEqual([
      [['县教育局'], ['县财政局', '县住建局']],
      [['县住建局'], []],
    ]);
  });
});

describe('a schedule spread over columns named by times (第一季度 | 第二季度 …)', () => {
  it('gives a row without a deadline cell the time of the last column it fills: its last milestone', async () => {
    const text = [
      '某县2025年重点工作推进计划表',
      '| 序号 | 工作任务 | 责任单位 | 第一季度 | 第二季度 | 第三季度 | 第四季度 |',
      '| 1 | 建设县医院新院区 | 县卫健局 | 完成立项 | 开工建设 | 主体施工 | 主体封顶 |',
      '| 2 | 实施城区道路改造 | 县住建局 | 完成设计 | 完成招标 | 全面完工 | |',
    ].join('\n');
    const { document } = await parseBytes(Buffer.from(text, 'utf8'), 'plan.txt');
    expect(document.tasks.map((t) => [t.deadline?.start, t.deadline?.end])).toEqual([
      ['2025-10-01', '2025-12-31'],
      ['2025-07-01', '2025-09-30'],
    ]);
  });

  it('a table of yearly targets (2024年 | 2025年 holding quantities alone) gives no deadline', async () => {
    const text = ['某县主要工作任务表', '| 序号 | 工作任务 | 责任单位 | 2024年 | 2025年 |', '| 1 | 新增城镇就业 | 县人社局 | 1.2万人 | 1.5万人 |', '| 2 | 新增市场主体 | 县市场监管局 | 3000户 | 3500户 |'].join('\n');
    const { document } = await parseBytes(Buffer.from(text, 'utf8'), 'plan.txt');
    expect(document.tasks.map((t) => t.deadline)).toEqual([null, null]);
  });
});

describe('a two-level header (责任单位 spanning 牵头单位 | 配合单位)', () => {
  const expected = [
    [['县发改局'], ['县财政局']],
    [['县教育局'], ['县住建局']],
  ];
  const owners = async (text: string) => (await parseBytes(Buffer.from(text, 'utf8'), 'plan.txt')).document.tasks.map((t) => [t.owners.units, t.owners.partners]);

  it('names the columns by the lower row; that row is no task (TAB rows)', async () => {
    const text = ['某县2025年重点工作任务分解表', '序号\t工作任务\t责任单位\t\t完成时限', '\t\t牵头单位\t配合单位\t', '1\t实施重点项目20个\t县发改局\t县财政局\t12月底前', '2\t新建幼儿园1所\t县教育局\t县住建局\t9月底前'].join('\n');
    expect(await owners(text)).toEqual(expected);
  });

  it('names the columns by the lower row; that row is no task (pipe rows)', async () => {
    const text = ['某县2025年重点工作任务分解表', '| 序号 | 工作任务 | 责任单位 | | 完成时限 |', '| | | 牵头单位 | 配合单位 | |', '| 1 | 实施重点项目20个 | 县发改局 | 县财政局 | 12月底前 |', '| 2 | 新建幼儿园1所 | 县教育局 | 县住建局 | 9月底前 |'].join('\n');
    expect(await owners(text)).toEqual(expected);
  });
});

describe('one column for a body and its person (责任单位及责任人)', () => {
  it('reads the body as the unit and the person after it, in brackets or after a space, as the leader', async () => {
    const text = [
      '某县2025年重点工作任务清单',
      '序号\t工作任务\t责任单位及责任人\t完成时限',
      '1\t新建城市公园1个\t县住建局（张某某）\t10月底前',
      '2\t改造农村公路20公里\t县交通局 李某\t12月底前',
      '3\t新增就业500人\t县人社局（局长 王某）\t全年',
      '4\t新建幼儿园1所\t县教育局、县财政局\t9月底前',
    ].join('\n');
    const { document } = await parseBytes(Buffer.from(text, 'utf8'), 'plan.txt');
    expect(document.tasks.map((t) => [t.owners.leaders, t.owners.units])).toEqual([
      [['张某某'], ['县住建局']],
      [['李某'], ['县交通局']],
      [['王某'], ['县人社局']],
      [[], ['县教育局', '县财政局']],
    ]);
  });
});

describe('a table of indicators (序号 | 指标 | 责任单位 | 2024年 | 2025年)', () => {
  it('with no task column, its 指标 column names what each row tracks: each indicator is a task of its unit', async () => {
    const tasks = await tasksOf(['序号\t指标\t责任单位\t2024年\t2025年', '1\t新增城镇就业人数\t县人社局\t3000人\t3200人', '2\t生活垃圾无害化处理率\t县城管局\t95%\t100%']);
    expect(tasks.map((t) => [t.title, t.owners.units])).toEqual([
      ['新增城镇就业人数', ['县人社局']],
      ['生活垃圾无害化处理率', ['县城管局']],
    ]);
  });
});
