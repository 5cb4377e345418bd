import { describe, expect, it } from 'vitest';
import { fieldMentions, findTimeMentions, parseDeadline } from '../../src/extract/deadline.js';
import type { DateContext } from '../../src/extract/deadline.js';
import { checkDeadline, type DeadlineCase } from './deadline-case.js';

const Y2020: DateContext = { year: 2020 };
const Y2018: DateContext = { year: 2018 };

const check = (c: DeadlineCase, written?: string): void => checkDeadline(c, Y2020, written);

describe('parseDeadline: years, months, days', () => {
  it.each<DeadlineCase>([
    ['2021年', '2021-01-01', '2021-12-31', 'year', []],
    ['2009年4月', '2009-04-01', '2009-04-30', 'month', []],
    ['1998年底', '1998-12-31', '1998-12-31', 'day', []],
    ['2024年6月30日', '2024-06-30', '2024-06-30', 'day', []],
    ['2020年6月底', '2020-06-30', '2020-06-30', 'day', []],
    ['8月15日', '2020-08-15', '2020-08-15', 'day', ['yearInferred']],
    ['6月中旬', '2020-06-11', '2020-06-20', 'xun', ['yearInferred']],
    ['3月上旬', '2020-03-01', '2020-03-10', 'xun', ['yearInferred']],
    ['10月下旬', '2020-10-21', '2020-10-31', 'xun', ['yearInferred']],
    ['2024年2月下旬', '2024-02-21', '2024-02-29', 'xun', []],
    ['12月初', '2020-12-01', '2020-12-10', 'xun', ['yearInferred']],
    ['6月份', '2020-06-01', '2020-06-30', 'month', ['yearInferred']],
    ['年初', '2020-01-01', '2020-03-31', 'quarter', ['yearInferred']],
    ['今年底', '2020-12-31', '2020-12-31', 'day', ['yearInferred']],
    ['2020年度', '2020-01-01', '2020-12-31', 'year', []],
  ])('%s', (...c) => check(c));

  it('6月中旬 with no document year keeps the precision and leaves the dates open', () => {
    check(['6月中旬', null, null, 'xun', ['yearInferred'], { year: null }]);
  });
});

describe('parseDeadline: halves, quarters, seasons', () => {
  it.each<DeadlineCase>([
    ['上半年', '2020-01-01', '2020-06-30', 'half', ['yearInferred']],
    ['下半年', '2020-07-01', '2020-12-31', 'half', ['yearInferred']],
    ['2021年上半年', '2021-01-01', '2021-06-30', 'half', []],
    ['第三季度', '2020-07-01', '2020-09-30', 'quarter', ['yearInferred']],
    ['一季度', '2020-01-01', '2020-03-31', 'quarter', ['yearInferred']],
    ['2020年第一季度', '2020-01-01', '2020-03-31', 'quarter', []],
    ['2020年Q3', '2020-07-01', '2020-09-30', 'quarter', []],
    ['前三季度', '2020-01-01', '2020-09-30', 'quarter', ['yearInferred']],
    ['第三季度末', '2020-09-30', '2020-09-30', 'day', ['yearInferred']],
  ])('%s', (...c) => check(c));

  it('Taiwan, Hong Kong and Macau drop 度 after an ordinal: 第三季 and 前三季 are quarters, a bare 四季 is not', () => {
    check(['2020年第三季', '2020-07-01', '2020-09-30', 'quarter', []]);
    check(['第4季', '2020-10-01', '2020-12-31', 'quarter', ['yearInferred']]);
    check(['前三季', '2020-01-01', '2020-09-30', 'quarter', ['yearInferred']]);
    expect(findTimeMentions('某园四季常青', Y2020)).toEqual([]);
  });

  it('a season has no agreed bounds: no dates, flagged vague', () => {
    check(['冬季', null, null, 'none', ['vague']]);
    check(['今年冬季', null, null, 'none', ['vague']]);
  });
});

describe('parseDeadline: "…前" and horizons', () => {
  it.each<DeadlineCase>([
    ['6月底前', null, '2020-06-30', 'day', ['yearInferred']],
    ['9月30日前', null, '2020-09-30', 'day', ['yearInferred']],
    ['2021年底前', null, '2021-12-31', 'day', []],
    ['年底前', null, '2020-12-31', 'day', ['yearInferred']],
    ['2020年内', null, '2020-12-31', 'year', []],
    ['2018年3月10日以前', null, '2018-03-10', 'day', []],
    ['到2019年底', null, '2019-12-31', 'day', []],
    ['截至2020年6月', null, '2020-06-30', 'month', []],
  ])('%s', (...c) => check(c));
});

describe('parseDeadline: ranges', () => {
  it.each<DeadlineCase>([
    ['2018年至2019年', '2018-01-01', '2019-12-31', 'year', []],
    ['2018年至2020年', '2018-01-01', '2020-12-31', 'year', []],
    ['2019年至2020年', '2019-01-01', '2020-12-31', 'year', []],
    ['2009年1月――2009年12月', '2009-01-01', '2009-12-31', 'month', []],
    ['2009年1月――2010年12月', '2009-01-01', '2010-12-31', 'month', []],
    ['2009年5月――2009年12月', '2009-05-01', '2009-12-31', 'month', []],
    ['2009年――2009年9月', '2009-01-01', '2009-09-30', 'month', []],
    ['2009年7月――2012年10月底', '2009-07-01', '2012-10-31', 'day', []],
    ['2009年1月??2009年12月', '2009-01-01', '2009-12-31', 'month', []],
    ['2009年1月?2009年12月', '2009-01-01', '2009-12-31', 'month', []],
    ['2020年12月至2021年3月', '2020-12-01', '2021-03-31', 'month', []],
    ['12月至次年3月', '2020-12-01', '2021-03-31', 'month', ['yearInferred']],
    ['12月—翌年3月', '2020-12-01', '2021-03-31', 'month', ['yearInferred']],
    ['当年12月至次年3月', '2020-12-01', '2021-03-31', 'month', ['yearInferred']],
    ['2020年1-6月', '2020-01-01', '2020-06-30', 'month', []],
    ['6-8月', '2020-06-01', '2020-08-31', 'month', ['yearInferred']],
    ['2021年3月1日至15日', '2021-03-01', '2021-03-15', 'day', []],
    ['6月1-15日', '2020-06-01', '2020-06-15', 'day', ['yearInferred']],
    ['2016—2020年', '2016-01-01', '2020-12-31', 'year', []],
    ['2021.3-2021.12', '2021-03-01', '2021-12-31', 'month', []],
    ['2021年1月至6月底前', '2021-01-01', '2021-06-30', 'day', []],
    ['2018年 至 2019年', '2018-01-01', '2019-12-31', 'year', []],
  ])('%s', (...c) => check(c));

  it('a range’s end named 今年 or 明年 counts from the document’s year, not from its start (去年12月至今年6月); 次年 counts from the start', () => {
    check(['去年12月至今年6月', '2019-12-01', '2020-06-30', 'month', ['yearInferred']]);
    check(['2019年10月至今年3月', '2019-10-01', '2020-03-31', 'month', ['yearInferred']]);
    check(['2019年12月至次年3月', '2019-12-01', '2020-03-31', 'month', []]);
  });

  it('a range that ends before it starts is flagged, not swapped', () => {
    check(['2019年12月—2019年6月', '2019-12-01', '2019-06-30', 'month', ['reversed']]);
  });
});

describe('parseDeadline: masked dates', () => {
  it.each<DeadlineCase>([
    ['2009年1月*', '2009-01-01', null, 'month', ['masked']],
    ['2009年5月*', '2009-05-01', null, 'month', ['masked']],
    ['2009年5月――2009年*月', '2009-05-01', null, 'year', ['masked']],
  ])('%s', (...c) => check(c));
});

describe('parseDeadline: garbled digit runs', () => {
  it.each<DeadlineCase>([
    ['2018310日前', null, '2018-03-10', 'day', ['garbled'], Y2018],
    ['2018310—1210日', '2018-03-10', '2018-12-10', 'day', ['garbled'], Y2018],
    ['20181210—1231日', '2018-12-10', '2018-12-31', 'day', ['garbled'], Y2018],
    ['310日前', null, '2018-03-10', 'day', ['yearInferred', 'garbled'], Y2018],
    ['71日前', null, '2018-07-01', 'day', ['yearInferred', 'garbled'], Y2018],
    // 12-1 and 1-21 are both dates: the phase bounds decide …
    ['121日前', null, '2018-12-01', 'day', ['yearInferred', 'garbled'], { year: 2018, after: '2018-03-10', before: '2018-12-10' }],
    ['121日前', null, '2018-01-21', 'day', ['yearInferred', 'garbled'], { year: 2018, after: '2018-01-01', before: '2018-01-31' }],
    // … and without bounds the two-digit month wins
    ['121日前', null, '2018-12-01', 'day', ['yearInferred', 'garbled'], Y2018],
    // no valid month/day split: still garbled, dates unknown
    ['2018340日', null, null, 'day', ['garbled'], Y2018],
    ['2020年2月30日', null, null, 'day', ['garbled']],
  ])('%s', (...c) => check(c));
});

describe('parseDeadline: other notations', () => {
  it.each<DeadlineCase>([
    ['2018.05.07', '2018-05-07', '2018-05-07', 'day', []],
    ['2018.5.7', '2018-05-07', '2018-05-07', 'day', []],
    ['2022-09-30', '2022-09-30', '2022-09-30', 'day', []],
    ['2022-09-30 10:15:00', '2022-09-30', '2022-09-30', 'day', []],
    ['2022/9/30', '2022-09-30', '2022-09-30', 'day', []],
    ['二〇二一年三月', '2021-03-01', '2021-03-31', 'month', []],
    ['二〇二〇年十二月三十一日', '2020-12-31', '2020-12-31', 'day', []],
    ['三月底', '2020-03-31', '2020-03-31', 'day', ['yearInferred']],
    ['十月中旬', '2020-10-11', '2020-10-20', 'xun', ['yearInferred']],
    ['2009年12月底前', null, '2009-12-31', 'day', []],
    // a month and day parted by a dot: only 前 or 止 after them tells a date from a decimal
    ['6.30前', null, '2020-06-30', 'day', ['yearInferred']],
    ['12.31之前', null, '2020-12-31', 'day', ['yearInferred']],
  ])('%s', (...c) => check(c));

  it('a month and day parted by a dot with no 前 after them is a number, not a date (6.30万元)', () => {
    expect(parseDeadline('完成投资6.30万元', Y2020)?.end ?? null).toBeNull();
  });

  it('full-width digits are read, and reported as written', () => {
    check(['２０２１年６月', '2021-06-01', '2021-06-30', 'month', []]);
  });

  it('the text is the expression, trimmed, not the whole cell', () => {
    check(['  2021年6月底前完成  ', null, '2021-06-30', 'day', []], '2021年6月底前');
  });
});

describe('parseDeadline: recurring, vague, ongoing', () => {
  it.each<DeadlineCase>([
    ['每月5日前', null, null, 'month', ['recurring']],
    ['每季度末', null, null, 'quarter', ['recurring']],
    ['每年12月底前', null, null, 'year', ['recurring']],
    ['每周五', null, null, 'day', ['recurring']],
    ['按月', null, null, 'month', ['recurring']],
    ['尽快', null, null, 'none', ['vague']],
    ['适时', null, null, 'none', ['vague']],
    ['盡快', null, null, 'none', ['vague']],
    ['长期', null, null, 'none', ['vague', 'ongoing']],
    ['长期坚持', null, null, 'none', ['ongoing']],
    ['長期堅持', null, null, 'none', ['ongoing']],
    ['持续推进', null, null, 'none', ['ongoing']],
    ['常态化', null, null, 'none', ['ongoing']],
  ])('%s', (...c) => check(c));

  it('a cell with a date and a vague word gives the date', () => {
    check(['尽快完成，最迟6月底前', null, '2020-06-30', 'day', ['yearInferred']], '6月底前');
  });
});

describe('parseDeadline: no time expression', () => {
  it.each(['由县文广新局负责', '17700万元', '益资文旅广体发〔2020〕8号', '14个工作日内办结', '365日前', '《某市规划（2012—2020）》', '一村一月放一场电影', ''])(
    '%j → null',
    (text) => expect(parseDeadline(text, Y2020)).toBeNull(),
  );
});

type Seen = [text: string, index: number, kind: string, start: string | null, end: string | null];
const seen = (text: string, ctx: DateContext = Y2020): Seen[] =>
  findTimeMentions(text, ctx).map((m) => [m.text, m.index, m.kind, m.deadline.start, m.deadline.end]);

describe('findTimeMentions', () => {
  it('到2020年 at the head of a sentence is a horizon', () => {
    const ms = findTimeMentions('到2020年，镇、村两级注册文化志愿者占常住人口比例达3‰', Y2020);
    expect(ms).toEqual([
      { text: '到2020年', index: 0, kind: 'until', deadline: { text: '到2020年', start: null, end: '2020-12-31', precision: 'year', flags: [] } },
    ]);
  });

  it('到2019年底 inside a sentence', () => {
    expect(seen('加大综合性文化服务中心建设力度，到2019年底，所有行政村均建成')).toEqual([['到2019年底', 16, 'until', null, '2019-12-31']]);
  });

  it('a date a page hard-wrapped over two lines (2024年6 ⏎ 月底前) is one date; a break between two texts joins nothing', () => {
    expect(seen('全面推行企业开办一网通办，2024年6\n月底前全面实现')).toEqual([['2024年6月底前', 13, 'by', null, '2024-06-30']]);
    expect(seen('县税务局配合，2024年\n12月底前完成')).toEqual([['2024年12月底前', 7, 'by', null, '2024-12-31']]);
    expect(seen('完成3个\n月度报告').map((m) => m[0])).toEqual([]);
  });

  it('skips plan periods inside 《》, even when the parentheses are unbalanced', () => {
    expect(seen('严格执行《某某标准（2016—2020年》，落实各级党政部门的保障责任')).toEqual([]);
    expect(seen('落实《某市规划（2012—2020）》')).toEqual([]);
    expect(seen('落实《规划》，2019年完成')).toEqual([['2019年', 7, 'at', '2019-01-01', '2019-12-31']]);
  });

  it('ignores document numbers, phone numbers, money, 十四五 and 十九大', () => {
    expect(seen('益资文旅广体发〔2020〕8号')).toEqual([]);
    expect(seen('学习党的十九大精神，编制“十四五”规划，总投资17700万元，电话0737-4221234，共1.43万平方米')).toEqual([]);
    expect(seen('推动可持续发展，长期以来')).toEqual([]);
  });

  it('finds garbled deadlines and a recurring one in order', () => {
    const text = '71日前各项重点任务完成量不少于50%121日前完成全部任务。每月5日前汇总上月公共文化服务民心工程各项工作的进展情况。';
    expect(findTimeMentions(text, Y2018).map((m) => [m.text, m.index, m.kind, m.deadline.end, m.deadline.flags])).toEqual([
      ['71日前', 0, 'by', '2018-07-01', ['yearInferred', 'garbled']],
      ['121日前', 19, 'by', '2018-12-01', ['yearInferred', 'garbled']],
      ['每月5日前', 31, 'recurring', null, ['recurring']],
    ]);
  });

  it('uses the phase bounds for ambiguous garbled digits', () => {
    expect(seen('121日前完成全部任务', { year: 2018, after: '2018-01-01', before: '2018-01-31' })).toEqual([['121日前', 0, 'by', null, '2018-01-21']]);
  });

  it('a year at the head of a sentence is a point; quantities are not dates', () => {
    expect(seen('2018年，全县基层群众文艺骨干培训总人数不少于100人', Y2018)).toEqual([['2018年', 0, 'at', '2018-01-01', '2018-12-31']]);
  });

  it('reads phases with garbled ranges', () => {
    expect(seen('（二）组织实施阶段（2018310—1210日）。按照总体要求', Y2018)).toEqual([['2018310—1210日', 10, 'range', '2018-03-10', '2018-12-10']]);
    expect(seen('（一）动员发动阶段（2018310日前）。并于310日前报送', Y2018)).toEqual([
      ['2018310日前', 10, 'by', null, '2018-03-10'],
      ['310日前', 23, 'by', null, '2018-03-10'],
    ]);
  });

  it('a list after a recurring date shares the recurrence', () => {
    const ms = findTimeMentions('各成员单位每月10日前报送一次工作动态，每年3月5日、6月5日、9月5日、12月5日前报送一次深度工作进展情况', Y2020);
    expect(ms.map((m) => [m.text, m.kind, m.deadline.precision])).toEqual([
      ['每月10日前', 'recurring', 'month'],
      ['每年3月5日', 'recurring', 'year'],
      ['6月5日', 'recurring', 'year'],
      ['9月5日', 'recurring', 'year'],
      ['12月5日前', 'recurring', 'year'],
    ]);
  });

  it('tells at, by, range, vague and ongoing apart', () => {
    expect(findTimeMentions('6月中旬召开推进会，6月底前落实到位，2019年至2020年持续推进，尽快建立机制', Y2020).map((m) => [m.text, m.kind])).toEqual([
      ['6月中旬', 'at'],
      ['6月底前', 'by'],
      ['2019年至2020年', 'range'],
      ['持续推进', 'ongoing'],
      ['尽快', 'vague'],
    ]);
  });

  it('reads traditional script and Big5 dash artefacts', () => {
    expect(seen('整改時限:2009年1月??2009年12月\n責任領導:*')).toEqual([['2009年1月??2009年12月', 5, 'range', '2009-01-01', '2009-12-31']]);
    expect(findTimeMentions('縣委政府高度重視,及時成立領導小組', Y2020).map((m) => [m.text, m.kind])).toEqual([['及時', 'vague']]);
  });

  it('does not read 一月 in "一村一月放一场电影" or 前后 as 前', () => {
    expect(seen('一村一月放一场电影')).toEqual([]);
    expect(seen('2020年6月30日前后完成')).toEqual([['2020年6月30日', 0, 'at', '2020-06-30', '2020-06-30']]);
  });

  it('indexes point into the original text when it has full-width digits', () => {
    const text = '计划于２０２１年６月底前完成';
    const [m] = findTimeMentions(text, Y2020);
    expect(m.text).toBe('２０２１年６月底前');
    expect(text.slice(m.index, m.index + m.text.length)).toBe(m.text);
    expect(m.deadline.end).toBe('2021-06-30');
  });

  // Speed is measured by `npm run bench`; here a pathological regex would show as a test timeout.
  it('reads half a million characters of prose and of adversarial runs, every mention found', () => {
    const para = '到2020年，全县文化志愿者不少于100人，6月底前完成，2018310—1210日组织实施，严格执行《标准（2016—2020年）》，投资17700万元。';
    const copies = Math.ceil(5e5 / para.length);
    expect(findTimeMentions(para.repeat(copies), Y2020)).toHaveLength(3 * copies);
    // The comma keeps the last year from dating the 《 run (2018年《…》 names a document, not a time).
    const worst = `${'1'.repeat(5e5)}${'年'.repeat(5e5)}${'2018年'.repeat(5e4)}，${'《'.repeat(5e4)}`;
    expect(findTimeMentions(worst, Y2020)).toHaveLength(5e4);
  });
});

describe('fieldMentions: a deadline field or column that holds only a year', () => {
  const ctx: DateContext = { year: 2024 };
  const deadlineOf = (value: string) => fieldMentions(value, ctx)[0]?.deadline ?? null;

  it('reads a bare year in a time column (建设时间 | 2024) as that year, keeping the text as written', () => {
    expect(deadlineOf('2024')).toMatchObject({ text: '2024', start: '2024-01-01', end: '2024-12-31' });
  });

  it('reads a bare year range (实施年限 | 2023-2025) as the years it spans', () => {
    expect(deadlineOf('2023-2025')).toMatchObject({ start: '2023-01-01', end: '2025-12-31' });
    expect(deadlineOf('2023至2025')).toMatchObject({ start: '2023-01-01', end: '2025-12-31' });
  });

  it('reads a time field of 全年 as the whole of the document’s year, inferred; none without a year, and 全年 in prose qualifies a noun', () => {
    expect(deadlineOf('全年')).toMatchObject({ text: '全年', start: '2024-01-01', end: '2024-12-31', flags: ['yearInferred'] });
    expect(fieldMentions('全年', { year: null })).toEqual([]);
    expect(findTimeMentions('确保完成全年目标任务', ctx)).toHaveLength(0);
  });

  it('leaves other numbers, and bare numbers in prose, unread', () => {
    expect(deadlineOf('300')).toBeNull();
    expect(findTimeMentions('投资2024万元', ctx)).toHaveLength(0);
  });
});
