import { describe, expect, it } from 'vitest';
import { describeQuantities } from '../../src/extract/metric.js';
import { parseBytes } from '../../src/parse.js';

type Row = [text: string, metric: string, kind: string | null, flags: { change?: boolean; total?: boolean; nested?: boolean }];

// Phrases from real plans; the metric is the last target of each.
const metrics: Row[] = [
  ['公共图书馆（室）目标人群覆盖率达1.5万人/个', '公共图书馆目标人群覆盖率', 'share', {}],
  ['镇、村两级注册文化志愿者占常住人口比例达3‰', '村两级注册文化志愿者占常住人口比例', 'share', {}],
  ['数字文化设施配备率（含上网终端、演播设备、宽带网络等）达到100%', '数字文化设施配备率', 'share', {}],
  ['院线上映不足两年的国产新片比例不低于1/3', '院线上映不足两年的国产新片比例', 'share', {}],
  ['每册图书年均流通率1次以上', '每册图书年均流通率', null, {}],
  ['年度任务完成率120%', '年度任务完成率', 'rate', {}],
  ['数字资源覆盖率比上年提高20%', '数字资源覆盖率', 'share', { change: true }],
  ['农家书屋覆盖率提高到100%', '农家书屋覆盖率', 'share', {}],
  ['图书馆，总投资17700万元', '总投资', 'money', { total: true }],
  ['总用地面积约44亩', '总用地面积', 'area', { total: true }],
  ['建筑面積3050m2', '建筑面積', 'area', {}],
  ['申請國債資金共計96萬元', '申請國債資金', 'money', { total: true }],
  ['其中地上约3.16万平方米', '地上', null, {}],
  ['全县基层群众文艺骨干培训总人数不少于100人', '全县基层群众文艺骨干培训总人数', 'count', {}],
  ['共建设文化站50个', '共建设文化站', null, { total: true }],
  ['共同打造示范点5个', '共同打造示范点', null, {}],
  ['甲项目600万元（含设备200万元）', '含设备', null, { nested: true }],
  ['完成送书4万册、送戏300场', '送戏', null, {}],
];

describe('describeQuantities: the metric before a number', () => {
  it.each(metrics)('%s → %s', (text, metric, kind, flags) => {
    const fact = describeQuantities(text).targets.at(-1)!;
    expect({ metric: fact.metric, kind: fact.kind, change: fact.change, total: fact.total, nested: fact.nested }).toEqual({
      metric,
      kind,
      change: flags.change ?? false,
      total: flags.total ?? false,
      nested: flags.nested ?? false,
    });
  });
});

describe('describeQuantities: how the number is written', () => {
  it.each([
    ['约1.88万平方米', 100, 10_000, '万平方米'],
    ['187萬元', 10_000, 10_000, '萬元'],
    ['55萬多元', 10_000, 10_000, '萬多元'],
    ['3050m2', 1, 1, 'm2'],
    ['3千米', 1, 1, '千米'],
    ['0.03册', 0.01, 1, '册'],
  ])('%s: last digit %d, scale %d, unit %s', (text, step, scale, unitText) => {
    const [fact] = describeQuantities(text).targets;
    expect([fact.step, fact.scale, fact.unitText]).toEqual([step, scale, unitText]);
  });

  it('reads non-standard symbols and range shorthand', () => {
    const [area, low, high] = describeQuantities('建筑面积3050m2，满意度达到85-90%').targets;
    expect(area.symbol).toEqual({ written: 'm2', standard: '平方米（m²）' });
    expect([low.range, high.range]).toEqual([
      { lower: '85', upper: '90%' },
      { lower: '85', upper: '90%' },
    ]);
    expect(describeQuantities('5平方公里').targets[0].symbol).toBeNull();
  });
});

describe('describeQuantities: sums', () => {
  it('reads a 其中 breakdown with a complementary pair', () => {
    const { sums } = describeQuantities('总建筑面积约1.88万平方米，其中地上面积约1.43万平方米，地下面积约0.45万平方米；剧院，总投资57000万元');
    expect(sums).toEqual([{ kind: 'breakdown', total: 0, parts: [1, 2], items: [], exhaustive: 'pair' }]);
  });

  it('reads a funding source sentence closed by its remainder', () => {
    const { sums } = describeQuantities('建筑面積3050m2,總投資187萬元。資金來源為:申請國債資金共計96萬元,地方配套資金共計91萬元。中央配備的國債資金每個鄉鎮為16萬元');
    expect(sums).toEqual([{ kind: 'breakdown', total: 1, parts: [2, 3], items: [], exhaustive: 'remainder' }]);
  });

  it('leaves a breakdown with a per-item figure open', () => {
    const { sums } = describeQuantities('总投资187万元，其中中央资金每个乡镇16万元，地方配套91万元。');
    expect(sums).toEqual([{ kind: 'breakdown', total: 0, parts: [2], items: [], exhaustive: null }]);
  });

  it('reads the items after a count', () => {
    expect(describeQuantities('共建设示范文化站3个：城关镇、河口乡（河口村）、新华镇。').sums).toEqual([
      { kind: 'list', total: 0, parts: [], items: ['城关镇', '河口乡（河口村）', '新华镇'], exhaustive: null },
    ]);
    expect(describeQuantities('全縣共計鄉鎮文化站9個,根據中央抓機遇的號召,是楊廣鎮、里山鄉').sums).toEqual([]);
  });
});

describe('number sequences', () => {
  it('keeps the children of one heading per style and table rows per 类别, leaving out inherited numbers', async () => {
    const text = [
      '一、重点任务',
      '（一）推进设施建设。',
      '1.建设图书馆。',
      '2.建设文化馆。',
      '（二）加强队伍建设。',
      '3.培训文艺骨干。',
      '附件',
      '任务清单',
      '类别\t序号\t工作任务\t责任单位\t完成时间',
      '设施建设\t1\t建设图书馆\t县文化局\t2021年',
      '设施建设\t\t建设文化馆\t县文化局\t2021年',
      '活动开展\t1\t开展送戏下乡\t县文化局\t2021年',
    ].join('\n');
    const { facts } = await parseBytes(Buffer.from(text), 'sequences.txt');
    expect(facts.sequences.map((s) => [s.origin, s.scope, s.items.map((i) => i.value), s.continuesFrom])).toEqual([
      ['body', '', [1], null],
      ['body', '一、重点任务', [1, 2], null],
      ['body', '（一）推进设施建设', [1, 2], null],
      ['body', '（二）加强队伍建设', [3], 2],
      ['table', '任务清单 / 设施建设', [1], null],
      ['table', '任务清单 / 活动开展', [1], 1],
    ]);
  });
});
