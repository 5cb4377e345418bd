import { describe, expect, it } from 'vitest';
import { findQuantities, parseQuantity, resolveUnit } from '../../src/extract/quantity.js';
import { parseNumeral } from '../../src/text/numeral.js';

type Row = [written: string, text: string, value: number, unit: string, dimension: string, comparator: string];

// Expressions from real plans (工作方案, 实施方案, 整改方案, 任务分解表).
const targets: Row[] = [
  ['完成送书4万册', '4万册', 40_000, '册', 'count', '='],
  ['总投资17700万元', '17700万元', 177_000_000, '元', 'money', '='],
  ['总投资57000万元', '57000万元', 570_000_000, '元', 'money', '='],
  ['总建筑面积1.88万平方米', '1.88万平方米', 18_800, '平方米', 'area', '='],
  ['地下面积约0.45万平方米', '0.45万平方米', 4_500, '平方米', 'area', '~'],
  ['总用地面积约44亩', '44亩', 44, '亩', 'area', '~'],
  ['縣支中心55萬多元的設備', '55萬多元', 550_000, '元', 'money', '>'],
  ['每個鄉鎮基層服務點5萬元的設施設備', '5萬元', 50_000, '元', 'money', '='],
  ['投入了10萬元的前期啟動經費', '10萬元', 100_000, '元', 'money', '='],
  ['總投資187萬元', '187萬元', 1_870_000, '元', 'money', '='],
  ['申請國債資金共計96萬元', '96萬元', 960_000, '元', 'money', '='],
  ['建筑面積3050m2', '3050m2', 3050, '平方米', 'area', '='],
  ['建筑面积3050㎡', '3050㎡', 3050, '平方米', 'area', '='],
  ['建筑面积3050平米', '3050平米', 3050, '平方米', 'area', '='],
  ['占常住人口比例达3‰', '3‰', 3, '‰', 'ratio', '='],
  ['国产新片比例1/3', '1/3', 0.3333, '', 'ratio', '='],
  ['国产新片比例不低于1/3', '1/3', 0.3333, '', 'ratio', '>='],
  ['培训总人数不少于100人', '100人', 100, '人', 'count', '>='],
  ['培养人数100人以上', '100人', 100, '人', 'count', '>='],
  ['培养人数达到100人以上', '100人', 100, '人', 'count', '>='],
  ['已放映了150余場電影', '150余場', 150, '場', 'count', '>'],
  ['建成文化礼堂、百姓舞台30家', '30家', 30, '家', 'count', '='],
  ['送戏300场', '300场', 300, '场', 'count', '='],
  ['送展览50场次', '50场次', 50, '场次', 'count', '='],
  ['送培训20000人次', '20000人次', 20_000, '人次', 'count', '='],
  ['人均年增新书达到0.03册以上', '0.03册', 0.03, '册', 'count', '>='],
  ['人均藏书达到1.5册以上', '1.5册', 1.5, '册', 'count', '>='],
  ['每册图书年均流通率1次以上', '1次', 1, '次', 'count', '>='],
  ['目标人群覆盖率达1.5万人/个', '1.5万人/个', 15_000, '人/个', 'compound', '='],
  ['覆盖率达到100%', '100%', 100, '%', 'ratio', '='],
  ['达到100%', '100%', 100, '%', 'ratio', '='],
  ['覆盖率达120%', '120%', 120, '%', 'ratio', '='],
  ['每年每个行政村观看不少于5场的戏剧', '5场', 5, '场', 'count', '>='],
  ['人均服务时数达到15小时以上', '15小时', 15, '小时', 'time', '>='],
  ['每年参加集中培训时间不少于5天', '5天', 5, '天', 'time', '>='],
  ['参加全员培训时间每年不少于50课时', '50课时', 50, '课时', 'time', '>='],
  ['在编在岗人员达到5名以上', '5名', 5, '名', 'count', '>='],
  ['全部实现至少配备1名政府财政补贴人员', '1名', 1, '名', 'count', '>='],
  ['特殊群体的活动项目不少于2个', '2个', 2, '个', 'count', '>='],
  ['鄉鎮文化站建設6個', '6個', 6, '個', 'count', '='],
  ['文艺团队建设不少于20支', '20支', 20, '支', 'count', '>='],
  ['人均拥有室内公共文化设施面积达200平方米', '200平方米', 200, '平方米', 'area', '='],
  ['演出场次达到60场以上', '60场', 60, '场', 'count', '>='],
  ['每个行政村每月放映1场以上的电影', '1场', 1, '场', 'count', '>='],
  ['院线上映的国产新片比例不低于三分之一', '三分之一', 0.3333, '', 'ratio', '>='],
  ['建设二十个基层服务点', '二十个', 20, '个', 'count', '='],
  ['培训三百人', '三百人', 300, '人', 'count', '='],
  ['送书五千册', '五千册', 5000, '册', 'count', '='],
  ['受益群众两万多人', '两万多人', 20_000, '人', 'count', '>'],
  ['力争1个乡镇综合文化站', '1个', 1, '个', 'count', '='],
  ['总投资10余万元', '10余万元', 100_000, '元', 'money', '>'],
  ['年产能达到2.5亿元', '2.5亿元', 250_000_000, '元', 'money', '='],
  ['总投资1.2億元', '1.2億元', 120_000_000, '元', 'money', '='],
  ['藏书8萬冊', '8萬冊', 80_000, '冊', 'count', '='],
  ['处理能力3万吨', '3万吨', 30_000, '吨', 'mass', '='],
  ['绿道全长约12.5公里', '12.5公里', 12.5, '公里', 'length', '~'],
  ['新建步道3km', '3km', 3, '公里', 'length', '='],
  ['湿地面积20公顷', '20公顷', 20, '公顷', 'area', '='],
  ['贫困人口减少1,000人', '1,000人', 1000, '人', 'count', '='],
  ['新增1，200个', '1，200个', 1200, '个', 'count', '='],
  ['覆盖３０个村', '３０个', 30, '个', 'count', '='],
  ['比例提高百分之三十', '百分之三十', 30, '%', 'ratio', '='],
  ['志愿者占比千分之三以上', '千分之三', 3, '‰', 'ratio', '>='],
  ['办结时限不超过5个工作日', '5个工作日', 5, '工作日', 'time', '<='],
  ['参会人员控制在50人以内', '50人', 50, '人', 'count', '<='],
  ['观众100人左右', '100人', 100, '人', 'count', '~'],
  ['受众超过1000人次', '1000人次', 1000, '人次', 'count', '>'],
  ['每次培训不足20人的不予补贴', '20人', 20, '人', 'count', '<'],
  ['提高5个百分点', '5个百分点', 5, '百分点', 'ratio', '='],
  ['标准为120元/平方米', '120元/平方米', 120, '元/平方米', 'compound', '='],
  ['补助3万元/年', '3万元/年', 30_000, '元/年', 'compound', '='],
  ['观众 200 人', '200 人', 200, '人', 'count', '='],
  ['截至2020，100%的行政村', '100%', 100, '%', 'ratio', '='],
  ['投入资金3000余万元', '3000余万元', 30_000_000, '元', 'money', '>'],
  ['新建步道3KM', '3KM', 3, '公里', 'length', '='],
  ['建设5G基站100个', '100个', 100, '个', 'count', '='],
  ['年均增长8%左右', '8%', 8, '%', 'ratio', '~'],
];

describe('parseQuantity: real expressions', () => {
  it.each(targets)('%s', (written, text, value, unit, dimension, comparator) => {
    const target = parseQuantity(written);
    expect(target).not.toBeNull();
    expect(target?.text).toBe(text);
    expect(target?.value).toBeCloseTo(value, 10);
    expect(target?.unit).toBe(unit);
    expect(target?.dimension).toBe(dimension);
    expect(target?.comparator).toBe(comparator);
  });

  it('keeps the qualifier out of the text and exact values for decimals with 万', () => {
    expect(parseQuantity('不少于100人')).toEqual({ text: '100人', value: 100, unit: '人', dimension: 'count', comparator: '>=' });
    expect(parseQuantity('约1.88万平方米')?.value).toBe(18_800);
    expect(parseQuantity('1.43万平方米')?.value).toBe(14_300);
    expect(parseQuantity('4.77万平方米')?.value).toBe(47_700);
  });
});

// Numbers that are not targets: years, dates, durations, ordinals, 文号, plan names, codes, small Chinese counts.
const notTargets: string[] = [
  '两年', '上映不足两年的国产新片', '3年内', '用6个月时间', '2018年', '2009年1月', '1998年底开始',
  '5日前', '12月', '71日前各项重点任务', '于310日前将工作安排报送', '2018310—1210日',
  '十四五', '完善“十四五”文化旅游专项规划', '十九大', '党的十七大提出', '十三五规划',
  '第七批', '第3批', '第一步', '第三次全國文物普查', '全省第一',
  '一次', '组织专题学习一次', '全年实行两次督查', '一个', '六個鄉鎮', '三级', '市、镇、村三级',
  '一村一月放一场电影', '一批', '明确一名班子成员分管', '五个一工程', '“三個一”目標',
  '每千人', '〔2020〕8号', '益资文旅广体发〔2020〕8号', '2131工程', '農村電影2131放映工程',
  '5a級', '秀山國家5a級景區', '5A级景区', '“9·20”特大火災', '2131',
  '56616894-5-1408-2011-1007', '发布日期: 2018.05.07', '時間:2022-09-30 10:15:00',
  '1.做优做强', '2、影響和制約', '（3）積極支持', '附2', '“博爱100”社区文化', 'O2O平台',
  '（2012—2020）', '数十个', '十几个村', '每1000人', '21世紀初', '预计8月15日', 'PM2.5',
  '100M宽带', '5min', '60周岁以上', '2018/3/10', '3部门联合', '2个月内', '1-6月', '五十年代',
  '2.1组织架构建设', '2.3队伍建设', '4.2处理机制',
];

describe('findQuantities: thousands grouped by a space (Hong Kong, Macau)', () => {
  it('新增23 000平方米, 興建72 000 個單位 are one number each; a row number before an amount (12 300万元) and a year (2030 年) are not', () => {
    expect(findQuantities('新增23 000平方米某設施面積。').map((m) => [m.text, m.value, m.unit])).toEqual([['23 000平方米', 23_000, '平方米']]);
    expect(findQuantities('興建不少於172 000 個單位。').map((m) => [m.value, m.unit])).toEqual([[172_000, '個']]);
    expect(findQuantities('12 300万元').map((m) => m.value)).toEqual([3_000_000]);
    expect(findQuantities('2030 年完成100 个').map((m) => m.value)).toEqual([100]);
  });
});

describe('findQuantities: wells and pools are counted by 口 and 眼', () => {
  it('完成50口沼气池, 打10眼机井 are targets; 3口岸 and 5口号 are not', () => {
    expect(findQuantities('完成某年度50口沼气池建设任务。').map((m) => [m.text, m.value, m.unit])).toEqual([['50口', 50, '口']]);
    expect(findQuantities('新打10眼机井。').map((m) => m.text)).toEqual(['10眼']);
    expect(findQuantities('开放3口岸通关。')).toEqual([]);
    expect(findQuantities('提出5口号。')).toEqual([]);
  });
});

describe('findQuantities: units of energy work and compound measure words', () => {
  it('5万吨标准煤, 2亿千瓦时, 5万千瓦, 50延米, 1000台套 and 200户次 are read with their whole unit', () => {
    const read = (text: string) => findQuantities(text).map((m) => [m.value, m.unit]);
    expect(read('全年节能5万吨标准煤。')).toEqual([[50_000, '吨标准煤']]);
    expect(read('发电量达到2亿千瓦时。')).toEqual([[200_000_000, '千瓦时']]);
    expect(read('新增光伏装机5万千瓦。')).toEqual([[50_000, '千瓦']]);
    expect(read('改造供水管网50延米。')).toEqual([[50, '延米']]);
    expect(read('建设充电桩1000台套，走访企业200户次。')).toEqual([[1000, '台套'], [200, '户次']]);
  });
});

describe('findQuantities: decimals written in words', () => {
  it('a bare hundred, thousand or ten thousand and more (百余家, 千余人, 万余人次) is a lower bound; 百姓, 千万元 and 百余年 are not', () => {
    expect(findQuantities('新增市场主体百余家，培训万余人次。').map((m) => [m.value, m.unit, m.comparator])).toEqual([[100, '家', '>'], [10_000, '人次', '>']]);
    expect(findQuantities('服务百姓，千余年历史。')).toEqual([]);
  });

  it('一点五万户 is 15000 户, 二点三亿元 230000000 元: the digits after 点 are the decimal, then the magnitude', () => {
    expect(findQuantities('完成改厕一点五万户。').map((m) => [m.text, m.value, m.unit])).toEqual([['一点五万户', 15_000, '户']]);
    expect(findQuantities('完成投资二点三亿元。').map((m) => [m.text, m.value, m.unit])).toEqual([['二点三亿元', 230_000_000, '元']]);
    expect(findQuantities('三点钟召开会议，一点一滴抓落实。')).toEqual([]);
  });
});

describe('findQuantities: not targets', () => {
  it.each(notTargets)('%s', (written) => {
    expect(findQuantities(written)).toEqual([]);
  });
});

describe('findQuantities: a bound before 的 names a scope, not a promise', () => {
  it('6亩以下(不含6亩)的土地, 100万元以内的项目: no target; 建成3个以上的示范村 is one', () => {
    expect(findQuantities('辖区范围内6亩以下(不含6亩)的土地使用转让手续由区政府审查。')).toEqual([]);
    expect(findQuantities('100万元以内的项目直接发包。')).toEqual([]);
    expect(findQuantities('建成3个以上的示范村。').map((m) => m.text)).toEqual(['3个']);
  });

  it('a bound in a clause opened by 对/针对 (针对10亿元以上重大项目, 对年营收1000万元以上企业) names what a measure covers; the sum it gives is read', () => {
    expect(findQuantities('针对市本级10亿元以上、县级1亿元以上重大项目，加大招引力度。')).toEqual([]);
    expect(findQuantities('对年营收1000万元以上企业给予10万元奖励。').map((m) => m.text)).toEqual(['10万元']);
    expect(findQuantities('新建10个以上示范点。').map((m) => m.text)).toEqual(['10个']);
  });

  it('a rank that picks which things (对排名前10位的项目) is no target; 进入前3位 is one', () => {
    expect(findQuantities('对绩效评价前10位的项目给予奖补。')).toEqual([]);
    expect(findQuantities('力争全市排名进入前3位。').map((m) => m.text)).toEqual(['3位']);
  });

  it('a rate a standard sets (按照4000元/平方米的标准补偿) is no target', () => {
    expect(findQuantities('区园林局按照长久绿地4000元/平方米的标准做绿地补偿。')).toEqual([]);
  });

  it('a count a cited plan makes describes that plan (“十四五”规划20项重大工程, 《纲要》确定的8项任务); the plan\'s own counts are targets', () => {
    expect(findQuantities('聚焦国家“十四五”规划20项重大工程，梳理储备项目。')).toEqual([]);
    expect(findQuantities('落实《纲要》确定的8项任务。')).toEqual([]);
    expect(findQuantities('建成“口袋公园”6个，完成专项规划4项。').map((m) => m.text)).toEqual(['6个', '4项']);
  });

  it('reads the words around a quantity in traditional script as in simplified: a cited plan’s count (“十四五”計劃20項) is no target', () => {
    expect(findQuantities('聚焦國家“十四五”計劃20項重大工程，梳理儲備項目。')).toEqual([]);
    expect(findQuantities('建成“口袋公園”6個，完成專項規劃4項。').map((m) => m.text)).toEqual(['6個', '4項']);
  });

  it('a distance before 处 says where (向北30米处堆放垃圾); 5处 counts places', () => {
    expect(findQuantities('路口东侧便道向北30米处堆放大量生活垃圾。')).toEqual([]);
    expect(findQuantities('整治黑臭水体5处。').map((m) => m.text)).toEqual(['5处']);
  });
});

describe('findQuantities: measure words of devices and animals', () => {
  it('只 and 头 count things (建设200只广播喇叭, 出栏500头生猪) as 个 does', () => {
    expect(findQuantities('建设30个广播室和200只可控广播喇叭。').map((m) => [m.text, m.value, m.unit])).toEqual([
      ['30个', 30, '个'],
      ['200只', 200, '只'],
    ]);
    expect(findQuantities('全年出栏生猪500头。').map((m) => m.text)).toEqual(['500头']);
  });
});

describe('findQuantities: whole sentences', () => {
  it('finds five areas and sums in a construction row, with ~ where 约', () => {
    const found = findQuantities(
      '图书馆，总投资17700万元，总用地面积约44亩，总建筑面积约1.88万平方米，其中地上面积约1.43万平方米，地下面积约0.45万平方米',
    );
    expect(found.map((q) => [q.text, q.value, q.unit, q.comparator])).toEqual([
      ['17700万元', 177_000_000, '元', '='],
      ['44亩', 44, '亩', '~'],
      ['1.88万平方米', 18_800, '平方米', '~'],
      ['1.43万平方米', 14_300, '平方米', '~'],
      ['0.45万平方米', 4_500, '平方米', '~'],
    ]);
  });

  it('reads air and water quality limits as concentrations (35微克/立方米以内, 40毫克/升以下); 5g网络 is no mass', () => {
    expect(findQuantities('PM2.5平均浓度控制在35微克/立方米以内。').map((q) => [q.value, q.unit, q.comparator])).toEqual([[35, '微克/立方米', '<=']]);
    expect(findQuantities('化学需氧量控制在40毫克/升以下。').map((q) => [q.value, q.unit, q.comparator])).toEqual([[40, '毫克/升', '<=']]);
    expect(findQuantities('推进5g网络覆盖。')).toEqual([]);
  });

  it('finds five library indicators', () => {
    const text =
      '全镇人均年增新书达到0.03册以上，人均藏书达到1.5册以上，每册图书年均流通率1次以上，人均到馆1次以上，公共图书馆（室）目标人群覆盖率达1.5万人/个。';
    const found = findQuantities(text);
    expect(found.map((q) => [q.text, q.value, q.unit, q.dimension, q.comparator])).toEqual([
      ['0.03册', 0.03, '册', 'count', '>='],
      ['1.5册', 1.5, '册', 'count', '>='],
      ['1次', 1, '次', 'count', '>='],
      ['1次', 1, '次', 'count', '>='],
      ['1.5万人/个', 15_000, '人/个', 'compound', '='],
    ]);
    for (const q of found) expect(text.slice(q.index, q.index + q.text.length)).toBe(q.text);
  });

  it('splits a percentage from a garbled date written straight after it', () => {
    const found = findQuantities('71日前各项重点任务完成量不少于50%121日前完成全部任务');
    expect(found).toEqual([{ text: '50%', value: 50, unit: '%', dimension: 'ratio', comparator: '>=', index: 16 }]);
  });

  it('reads a delivery list and skips the year', () => {
    const found = findQuantities('2021年，建成文化礼堂、百姓舞台30家。完成送书4万册、送戏300场、送展览50场次、送培训20000人次。');
    expect(found.map((q) => `${q.value}${q.unit}`)).toEqual(['30家', '40000册', '300场', '50场次', '20000人次']);
  });

  it('reads a traditional-script funding paragraph', () => {
    const found = findQuantities(
      '六個鄉鎮文化站改擴建或新建設工程,建筑面積3050m2,總投資187萬元。資金來源為:申請國債資金共計96萬元,地方配套資金共計91萬元。',
    );
    expect(found.map((q) => [q.text, q.value, q.unit])).toEqual([
      ['3050m2', 3050, '平方米'],
      ['187萬元', 1_870_000, '元'],
      ['96萬元', 960_000, '元'],
      ['91萬元', 910_000, '元'],
    ]);
  });

  it('keeps targets next to years and dates', () => {
    expect(findQuantities('2018年,全县基层群众文艺团队建设不少于20支。').map((q) => q.text)).toEqual(['20支']);
    expect(findQuantities('到2019年底，所有行政村综合性文化服务中心覆盖率达100%。').map((q) => q.text)).toEqual(['100%']);
    expect(findQuantities('到2020年，全市每千人拥有室内公共文化设施面积达200平方米。').map((q) => q.text)).toEqual(['200平方米']);
  });

  it('returns both bounds of a range, lower >= and upper <=', () => {
    for (const written of ['30-40%', '30%-40%']) {
      const found = findQuantities(`比例控制在${written}`);
      expect(found.map((q) => [q.text, q.value, q.unit, q.dimension, q.comparator])).toEqual([
        [written, 30, '%', 'ratio', '>='],
        [written, 40, '%', 'ratio', '<='],
      ]);
    }
    expect(findQuantities('补助3-5万元').map((q) => q.value)).toEqual([30_000, 50_000]);
  });
});

describe('parseNumeral', () => {
  it.each([
    ['二〇二一', 2021],
    ['十五', 15],
    ['两千', 2000],
    ['一万二千', 12_000],
    ['一万二', 12_000],
    ['一百零五', 105],
    ['一千零五十', 1050],
    ['三百五十', 350],
    ['一亿二千万', 120_000_000],
    ['萬', null],
    ['十四五', null],
    ['1,000', 1000],
    ['1，000', 1000],
    ['３０', 30],
    ['１．５', 1.5],
    ['壹佰', 100],
    ['贰仟叁佰', 2300],
    ['兩萬', 20_000],
    ['1.5万', 15_000],
    ['4万', 40_000],
    ['17700万', 177_000_000],
    ['3千', 3000],
    ['0.03', 0.03],
    ['1/3', 1 / 3],
    ['三分之一', 1 / 3],
    ['abc', null],
  ] as const)('%s → %s', (s, value) => {
    const parsed = parseNumeral(s);
    if (value === null) expect(parsed).toBeNull();
    else expect(parsed).toBeCloseTo(value, 12);
  });
});

describe('resolveUnit', () => {
  it('reads a table header unit with its magnitude', () => {
    expect(resolveUnit('万元')).toMatchObject({ unit: '元', dimension: 'money', factor: 10_000 });
    expect(resolveUnit('萬冊')).toMatchObject({ unit: '冊', dimension: 'count', factor: 10_000 });
    expect(resolveUnit('亩')).toMatchObject({ unit: '亩', dimension: 'area', factor: 1, toBase: 2000 / 3 });
    expect(resolveUnit('千米')).toMatchObject({ unit: '公里', factor: 1 });
    expect(resolveUnit('年')).toBeNull();
    expect(resolveUnit('__proto__')).toBeNull();
  });
});

describe('targets as plans write them', () => {
  it('a unit keeps the script it is written in (80萬噸 is 800000 噸)', () => {
    expect(findQuantities('抓好80萬噸乙烯改擴建項目').map((q) => [q.value, q.unit])).toEqual([[800000, '噸']]);
    expect(findQuantities('新建高标准农田2000亩').map((q) => [q.value, q.unit])).toEqual([[2000, '亩']]);
  });

  it('a number inside a quoted name is no commitment (“新十条”, “三公经费”), a longer quotation is read', () => {
    expect(findQuantities('全面落实疫情防控“新十条”，完成3所学校改造')).toMatchObject([{ value: 3, unit: '所' }]);
    expect(findQuantities('提出“到年底建成文化礼堂30家，实现全覆盖的总体目标任务”')).toMatchObject([{ value: 30, unit: '家' }]);
  });

  it('从A提高到B: A is where things stand, only B is the commitment', () => {
    const values = (text: string) => findQuantities(text).map((q) => q.value);
    expect(values('将城镇、农村低保人均最低补差水平从每人每月574元、271元分别提高到每人每月609元、300元')).toEqual([609, 300]);
    expect(values('平均办理时间由20个工作日压缩至5个工作日')).toEqual([5]);
    expect(values('从严查处违法案件，全年办结30件，力争提高到40件')).toEqual([30, 40]);
  });

  it('a clause that tells where things stand (目前还有…, 已完成…) holds no commitment; the clause that promises does', () => {
    const values = (text: string) => findQuantities(text).map((q) => q.value);
    expect(values('目前全镇还有15个小区未完成改造，群众反映强烈，年底前完成8个小区改造')).toEqual([8]);
    expect(values('截至目前已完成投资3.5亿元，全年完成投资6亿元')).toEqual([600000000]);
    expect(values('今年已建成公厕12座，再新建公厕10座')).toEqual([10]);
    expect(values('新建公厕10座')).toEqual([10]);
  });

  it('hours that name a standing duty (24小时值班, 24小时在线服务) are its span, not a target; hours to reach still are', () => {
    expect(findQuantities('某镇要实行24小时值班和领导带班制度')).toEqual([]);
    expect(findQuantities('開通24小時(shí)服務熱線')).toEqual([]);
    expect(findQuantities('全年开展培训不少于40小时').map((m) => m.text)).toEqual(['40小时']);
  });

  it('a session numbered after its term (某委十三届十一次全会) names the meeting: no target; 开展培训11次 is one', () => {
    expect(findQuantities('贯彻某委十三届十一次全会的决策部署')).toEqual([]);
    expect(findQuantities('全年开展培训11次').map((m) => m.text)).toEqual(['11次']);
  });

  it('the ground a thing stands on, as its attribute before 的 (占地300亩的某园区), says which thing: no target; without 的 it is one', () => {
    expect(findQuantities('推进占地300亩的某产业园建设，新增企业5家').map((m) => m.text)).toEqual(['5家']);
    expect(findQuantities('建设规划面积约2平方公里的某片区').map((m) => m.text)).toEqual([]);
    expect(findQuantities('新增建设用地300亩').map((m) => m.text)).toEqual(['300亩']);
    expect(findQuantities('某园区占地300亩，年底前建成').map((m) => m.text)).toEqual(['300亩']);
  });

  it('what the work builds on (在完成首批45项的基础上) is given, not promised: only the quantities after it are targets', () => {
    expect(findQuantities('在完成首批45项中余下27项的基础上，再选取10项进行优化').map((m) => m.text)).toEqual(['10项']);
    expect(findQuantities('在完成首階段45項的基礎上，選取10項進行優化').map((m) => m.text)).toEqual(['10項']);
  });
});
