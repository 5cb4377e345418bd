import { describe, expect, it } from 'vitest';
import { deadlineMention, findTimeMentions, lastMilestone, parseDeadline } from '../../src/extract/deadline.js';
import type { DateContext } from '../../src/extract/deadline.js';
import { checkDeadline, type DeadlineCase } from './deadline-case.js';

const Y2021: DateContext = { year: 2021 };
const ROC: DateContext = { year: null, roc: true };

const check = (c: DeadlineCase, written?: string): void => checkDeadline(c, Y2021, written);

type Seen = [text: string, kind: string, end: string | null];
const seen = (text: string, ctx: DateContext = Y2021): Seen[] => findTimeMentions(text, ctx).map((m) => [m.text, m.kind, m.deadline.end]);

describe('Republic of China (民国) years', () => {
  it('a year written with its era is N + 1911 in any document, spaces and all', () => {
    check(['民國 101 年 09 月 27 日', '2012-09-27', '2012-09-27', 'day', [], { year: null }]);
    check(['民国98年底前', null, '2009-12-31', 'day', [], { year: null }]);
  });

  it('Chinese-numeral ROC years, in a document that writes ROC years', () => {
    check(['一百零一年十月三十一日前', null, '2012-10-31', 'day', [], ROC]);
    check(['一百零一年十一月下旬', '2012-11-21', '2012-11-30', 'xun', [], ROC]);
  });

  it('a 2- or 3-digit year with a date part after it, in a document that writes ROC years', () => {
    check(['98年元旦', '2009-01-01', '2009-01-01', 'day', [], ROC]);
    check(['101年9月底前', null, '2012-09-30', 'day', [], ROC]);
    check(['101年內完成', null, '2012-12-31', 'year', [], ROC], '101年內');
  });

  it('elsewhere a 2- or 3-digit year is not read: 98年 could be 1998 or a count', () => {
    expect(seen('98年元旦升旗', { year: 2008 })).toEqual([]);
    expect(seen('一百零一年十月三十一日', { year: null })).toEqual([['十月三十一日', 'at', null]]);
  });

  it('a bare short year is a count of years, even in an ROC document', () => {
    expect(seen('近10年來', ROC)).toEqual([]);
    expect(seen('98年', ROC)).toEqual([]);
  });
});

describe('Chinese numerals and spaces inside dates', () => {
  it.each<DeadlineCase>([
    ['二〇一七年二月二十四日', '2017-02-24', '2017-02-24', 'day', []],
    ['二○○六年四月二十八日', '2006-04-28', '2006-04-28', 'day', []],
    ['一月二十日', '2021-01-20', '2021-01-20', 'day', ['yearInferred']],
    ['十一月下旬', '2021-11-21', '2021-11-30', 'xun', ['yearInferred']],
    ['2018 年 7 月', '2018-07-01', '2018-07-31', 'month', []],
    ['2018 年 7 月 15 日', '2018-07-15', '2018-07-15', 'day', []],
    ['12 月底前', null, '2021-12-31', 'day', ['yearInferred']],
  ])('%s', (...c) => check(c));

  it('the typo 月低 is read as 月底 and flagged garbled', () => {
    check(['2018 年 7 月低完成整改', '2018-07-31', '2018-07-31', 'day', ['garbled']], '2018 年 7 月低');
    expect(seen('确保7月低于5%')).toEqual([['7月', 'at', '2021-07-31']]);
  });

  it('a month that lost its 月 after a year (2016 年 6 底前) is that month’s end, flagged garbled; without a year it is no date', () => {
    check(['2016 年 6 底前', null, '2016-06-30', 'day', ['garbled']], '2016 年 6 底前');
    check(['2019年12末完成', '2019-12-31', '2019-12-31', 'day', ['garbled']], '2019年12末');
    expect(seen('完成6底前')).toEqual([]);
  });
});

describe('parts of a year and month', () => {
  it.each<DeadlineCase>([
    ['9月份', '2021-09-01', '2021-09-30', 'month', ['yearInferred']],
    ['年底前', null, '2021-12-31', 'day', ['yearInferred']],
    ['2020年年底前', null, '2020-12-31', 'day', []],
    ['上半年', '2021-01-01', '2021-06-30', 'half', ['yearInferred']],
    ['年中', '2021-06-30', '2021-06-30', 'day', ['yearInferred']],
    ['2022年年中前', null, '2022-06-30', 'day', []],
    ['三季度', '2021-07-01', '2021-09-30', 'quarter', ['yearInferred']],
    ['6月中旬', '2021-06-11', '2021-06-20', 'xun', ['yearInferred']],
    ['年度的结束', '2021-12-31', '2021-12-31', 'day', ['yearInferred']],
    ['2021年', '2021-01-01', '2021-12-31', 'year', []],
  ])('%s', (...c) => check(c));

  it('年中 is not read inside 年中国 or 年中秋', () => {
    expect(seen('2020年中国经济')).toEqual([['2020年', 'at', '2020-12-31']]);
    expect(seen('2020年中秋节')).toEqual([['2020年', 'at', '2020-12-31']]);
  });

  it('到/至 a year is a horizon ending with the year', () => {
    check(['到2020年', null, '2020-12-31', 'year', []]);
    check(['至2020年', null, '2020-12-31', 'year', []]);
  });

  it('a financial year written with an abbreviated end year and 年度 runs from 1 April to 31 March (Hong Kong)', () => {
    check(['2023-24年度', '2023-04-01', '2024-03-31', 'month', [], { year: null }]);
    check(['1999-00年度', '1999-04-01', '2000-03-31', 'month', [], { year: null }]);
    check(['2031-32 年度', '2031-04-01', '2032-03-31', 'month', [], { year: null }]);
    expect(seen('在某十年(2030-31 至 2039-40 年度)完成某工程', { year: null })).toEqual([['2039-40 年度', 'range', '2040-03-31']]);
  });

  it('an abbreviated span of more than one year, or without 年度, keeps the calendar years', () => {
    check(['2023-25年度', '2023-01-01', '2025-12-31', 'year', [], { year: null }]);
    check(['2023-24年', '2023-01-01', '2024-12-31', 'year', [], { year: null }]);
    check(['民國98年至99年度', '2009-01-01', '2010-12-31', 'year', [], ROC]);
  });
});

describe('relative periods, placeholders, vague and ongoing words: no dates', () => {
  it.each<DeadlineCase>([
    ['3天内', null, null, 'none', ['vague']],
    ['三年内', null, null, 'none', ['vague']],
    ['5年内', null, null, 'none', ['vague']],
    ['三个月之内', null, null, 'none', ['vague']],
    ['半年内', null, null, 'none', ['vague']],
  ])('a relative period with no anchor: %s', (...c) => check(c));

  it('a relative period is its own kind, and 用N年时间 is one', () => {
    expect(seen('力争5年内有10家特色小镇')).toEqual([['5年内', 'relative', null]]);
    expect(seen('用三年时间完成改造')).toEqual([['用三年时间', 'relative', null]]);
  });

  it('working days are a service time limit, not a period', () => {
    expect(seen('环评报告书14个工作日内办结')).toEqual([]);
  });

  it.each<DeadlineCase>([
    ['xx年', null, null, 'year', ['masked']],
    ['20XX年', null, null, 'year', ['masked']],
    ['____年', null, null, 'year', ['masked']],
    ['xx年12月底前', null, null, 'day', ['masked']],
    ['**年5月30日', null, null, 'day', ['masked']],
  ])('a template placeholder year has no dates: %s', (...c) => check(c));

  it('a placeholder date swallows its placeholder month and day', () => {
    expect(seen('决定从 20XX 年 XX 月 XX 日起开展')).toEqual([['20XX 年 XX 月 XX 日', 'at', null]]);
    expect(seen('自 20XX 年起用三年时间')).toEqual([
      ['20XX 年', 'at', null],
      ['用三年时间', 'relative', null],
    ]);
  });

  it.each<DeadlineCase>([
    ['尽快', null, null, 'none', ['vague']],
    ['儘早', null, null, 'none', ['vague']],
    ['及早', null, null, 'none', ['vague']],
    ['时机成熟后', null, null, 'none', ['vague']],
    ['年内见成效', null, null, 'none', ['vague']],
    ['持续推进', null, null, 'none', ['ongoing']],
    ['长期坚持', null, null, 'none', ['ongoing']],
  ])('%s', (...c) => check(c));
});

describe('holidays', () => {
  it('国庆节前 / 国庆前 is 30 September, the eve of National Day; 国庆期间 has no bounds', () => {
    check(['国庆节前', null, '2024-09-30', 'day', ['yearInferred'], { year: 2024 }]);
    check(['2023年国庆前', null, '2023-09-30', 'day', [], { year: null }]);
    check(['國慶節前', null, '2024-09-30', 'day', ['yearInferred'], { year: 2024 }]);
  });

  it('春节前 is the eve of that year’s Spring Festival', () => {
    check(['春节前', null, '2024-02-09', 'day', ['yearInferred'], { year: 2024 }]);
    check(['春節前', null, '2009-01-25', 'day', ['yearInferred'], { year: 2009 }]);
    check(['2023年春节前', null, '2023-01-21', 'day', [], { year: null }]);
  });

  it('a year outside the Spring Festival table leaves the date open', () => {
    check(['2070年春节前', null, null, 'day', [], { year: null }]);
  });

  it('元旦 is 1 January; 元旦前 is the last day of the year before', () => {
    check(['2021年元旦', '2021-01-01', '2021-01-01', 'day', []]);
    check(['2021年元旦前', null, '2020-12-31', 'day', []]);
  });

  it('a year-less 元旦 is the one that closes the document’s year', () => {
    check(['元旦前', null, '2021-12-31', 'day', ['yearInferred']]);
    check(['今年元旦前', null, '2020-12-31', 'day', ['yearInferred']]);
  });

  it('a holiday window has no bounds: its own kind, no dates', () => {
    for (const text of ['春节期间', '過年期間', '元旦前后']) {
      const [m] = findTimeMentions(text, Y2021);
      expect(m).toMatchObject({ text, kind: 'window', deadline: { start: null, end: null, precision: 'none', flags: [] } });
    }
  });

  it('a holiday with neither a year, 前 nor 期间 is not a date', () => {
    expect(seen('春节将近，元旦升旗活动')).toEqual([]);
  });
});

describe('the document’s date: year-less dates are the coming ones', () => {
  const december: DateContext = { year: 2008, issued: '2008-12-18' };

  it('a date more than six months before the document’s date is read in the next year', () => {
    check(['一月二十日', '2009-01-20', '2009-01-20', 'day', ['yearInferred'], december]);
    check(['春节前', null, '2009-01-25', 'day', ['yearInferred'], december]);
    check(['元旦前', null, '2008-12-31', 'day', ['yearInferred'], december]);
  });

  it('a date within six months of it, a written year or 今年 stays in its year', () => {
    check(['年度的结束', '2008-12-31', '2008-12-31', 'day', ['yearInferred'], december]);
    check(['8月底前', null, '2008-08-31', 'day', ['yearInferred'], december]);
    check(['2008年1月', '2008-01-01', '2008-01-31', 'month', [], december]);
    check(['今年1月', '2008-01-01', '2008-01-31', 'month', ['yearInferred'], december]);
  });
});

describe('numbers that are not dates', () => {
  it('an item number before a month is not part of it: 2.8月底前 is item 2, 8月底前', () => {
    expect(seen('1.4月底前主体完工。2.8月底前竣工交付。', { year: 2022 })).toEqual([
      ['4月底前', 'by', '2022-04-30'],
      ['8月底前', 'by', '2022-08-31'],
    ]);
  });

  it('a year compared with is a baseline, not a time', () => {
    expect(seen('到2020年，用水量比2015年下降24%', { year: 2018 })).toEqual([['到2020年', 'until', '2020-12-31']]);
    expect(seen('较2020年底增长10%')).toEqual([]);
    expect(seen('与2015年相比下降5%')).toEqual([]);
    expect(seen('与2015年底前完成的项目')).toEqual([['2015年底前', 'by', '2015-12-31']]);
  });

  it('minutes write this month or year with its number in brackets (本(1)月底前, 本（九十二）年底前): the number is the date', () => {
    expect(seen('请于本(3)月底前完成招标', { year: 2012 })).toEqual([['3月底前', 'by', '2012-03-31']]);
    expect(seen('订于本（11）月20日看现场', { year: 2012 })).toEqual([['11月20日', 'at', '2012-11-20']]);
    expect(seen('请于本（一百零一）年底前完成', ROC)).toEqual([['一百零一年底前', 'by', '2012-12-31']]);
  });

  it('an inspection’s dates tell of the past, not a time to meet: 10月9日督查发现…, 经10月11日复查…', () => {
    expect(seen('5月6日督查发现，路口堆放建筑垃圾，经5月8日复查，问题已整改。')).toEqual([]);
    expect(seen('5月6日检查发现的问题，5月底前整改到位。')).toEqual([['5月底前', 'by', '2021-05-31']]);
  });

  it('a year that dates a titled document names it and sets no time: 2024年《政府工作报告》', () => {
    expect(seen('对2024年《政府工作报告》深研细读')).toEqual([]);
    expect(seen('2024年完成《规划》编制')).toEqual([['2024年', 'at', '2024-12-31']]);
  });

  it('a time inside a quoted name (「某區本年度執行狀況」, “2024年度文明村”) is part of the name; a quoted deadline (“2024年底前完成”) is a time', () => {
    expect(seen('請業務單位將「某區本年度執行狀況」排入議程')).toEqual([]);
    expect(seen('开展“2024年度文明村”评选')).toEqual([]);
    expect(seen('确保实现“2024年底前全部完成”目标')).toEqual([['2024年底前', 'by', '2024-12-31']]);
    expect(seen('2024年度“文明村”评选')).toEqual([['2024年度', 'at', '2024-12-31']]);
  });

  it('a date that opens a reason (由于5月1日适逢节日，故4月30日…) is the cause, not the work’s time', () => {
    expect(seen('由于5月1日适逢节日，故4月30日例会提前结束')).toEqual([['4月30日', 'at', '2021-04-30']]);
    expect(seen('鉴于2020年任务未完成，2021年6月底前完成整改')).toEqual([['2021年6月底前', 'by', '2021-06-30']]);
  });

  it('a year that names an edition sets no time: 2024年版清单, 2024年度版目录', () => {
    expect(seen('公布2024年版部门权力清单')).toEqual([]);
    expect(seen('更新2024年度版服务目录')).toEqual([]);
    expect(seen('2024年编制版面设计规范')).toEqual([['2024年', 'at', '2024-12-31']]);
  });

  it('前 before 提出/提報/提交 (9月30日前提出) closes a deadline; 前提 as a word does not follow a date', () => {
    expect(seen('請某局於9月30日前提出方案')).toEqual([['9月30日前', 'by', '2021-09-30']]);
    expect(seen('於四月底前提報計畫')).toEqual([['四月底前', 'by', '2021-04-30']]);
  });

  it('a year that opens a document’s name (…清单, …方案, …报告, …要点) names which one and sets no time: 2020年度某某清单', () => {
    expect(seen('对照2020年度某项目清单，加快推进建设')).toEqual([]);
    expect(seen('2020年度某某权责清单由某局公布')).toEqual([]);
    expect(seen('按照“2020年度某某工作方案”组织实施')).toEqual([]);
    expect(seen('做好2020年度某某工作年度报告的发布')).toEqual([]);
    // A verb between the year and the kind makes the year the work's time: 2020年完成方案编制.
    expect(seen('2020年完成方案编制')).toEqual([['2020年', 'at', '2020-12-31']]);
    expect(seen('2020年度完成改造10户')).toEqual([['2020年度', 'at', '2020-12-31']]);
  });

  it('a year that opens a plan’s name (2020年度某某学习计划，…) names which one; 计划 as a verb (2020年计划完成…) and a clause (2020年将按照规划…) keep the time', () => {
    expect(seen('制定并落实某某中心组2020年度学习计划，提高质量')).toEqual([]);
    expect(seen('2020年计划完成改造10户')).toEqual([['2020年', 'at', '2020-12-31']]);
    expect(seen('2020年将按照规划及需要，有序推进某项工作')).toEqual([['2020年', 'at', '2020-12-31']]);
  });

  it('a year that names an event (2022年某地冬奥会、…, 2020年某省运动会) names which one; 举办 before the event keeps the time', () => {
    expect(seen('推进2022年某地冬奥会、冬残奥会场馆建设情况等信息公开')).toEqual([]);
    expect(seen('2020年举办某县运动会，做好保障')).toEqual([['2020年', 'at', '2020-12-31']]);
  });

  it('a document’s name a year opens may quote a word (2022年“某某”工作推进方案): the year names which one', () => {
    expect(seen('出台2022年“某某”工作推进方案，积极争取专项资金')).toEqual([]);
    expect(seen('2022年完成“某某”工作推进方案编制')).toEqual([['2022年', 'at', '2022-12-31']]);
  });

  it('a year between a verb and the noun it qualifies names which year’s thing, not a time: 明确2023年考核指标', () => {
    expect(seen('明确2023年考核指标，压实责任')).toEqual([]);
    expect(seen('召开2024年度第一次联席会议')).toEqual([]);
    expect(seen('全力申办2023年某省夏季运动会开幕式')).not.toContainEqual(['2023年', 'at', '2023-12-31']);
    expect(seen('6月底前，制定2025年工作计划', { year: 2025 })).toEqual([['6月底前', 'by', '2025-06-30']]);
    // After a verb of intent, or before a completion verb, the year is the time: 争取2024年开工, 2024年完成.
    expect(seen('争取2024年开工建设')).toEqual([['2024年', 'at', '2024-12-31']]);
    expect(seen('完成2024年底前')).toEqual([['2024年底前', 'by', '2024-12-31']]);
  });

  it('a date that opens the work (自2024年起每年…, 从3月开始) is no time to meet it; a span’s start (…起至…) and 起草 still read', () => {
    expect(seen('自2024年起，每年培训干部200人次', { year: 2024 })).toEqual([['每年', 'recurring', null]]);
    expect(seen('从2024年开始，每年新增10个', { year: 2024 })).toEqual([['每年', 'recurring', null]]);
    expect(seen('3月起草方案', { year: 2024 })).toEqual([['3月', 'at', '2024-03-31']]);
  });

  it('before the flood or rainy season (汛期前, 雨季前) is vague: its dates vary by year and place', () => {
    expect(seen('汛期前完成河道清障', { year: 2024 })).toEqual([['汛期前', 'vague', null]]);
    expect(seen('做好防汛前期准备', { year: 2024 })).toEqual([]);
  });

  it('a year right before the season (今年汛期前, 2030年雨季前) only picks the season: the whole is vague, not the year’s end', () => {
    expect(seen('今年汛期前完成某河道清障', { year: 2024 })).toEqual([['今年汛期前', 'vague', null]]);
    expect(seen('某县2030年主汛期前完成水库除险', { year: 2024 })).toEqual([['2030年主汛期前', 'vague', null]]);
    expect(seen('2030年，汛期前完成某项排查', { year: 2024 })).toEqual([['2030年，汛期前', 'vague', null]]);
  });

  it('a lone comma between a bare year and the date in it (2030年，6月底前) ends no clause: the year dates it', () => {
    expect(seen('2030年，6月底前', { year: null })).toEqual([['6月底前', 'by', '2030-06-30']]);
    expect(seen('完成时限：2031年，年底前', { year: 2024 })).toEqual([['年底前', 'by', '2031-12-31']]);
    // In the document's own year too: the year's end is no second milestone.
    expect(seen('完成时限：2024年，6月底前', { year: 2024 })).toEqual([['6月底前', 'by', '2024-06-30']]);
    expect(seen('2024年，2025年', { year: 2024 })).toEqual([['2024年', 'at', '2024-12-31'], ['2025年', 'at', '2025-12-31']]);
    expect(seen('2021年，全面完成某项工作，6月底前完成', { year: null })).toEqual([['2021年', 'at', '2021-12-31'], ['6月底前', 'by', null]]);
  });

  it('a whole year right before a budget word (纳入2030年预算, 民國120年概算) names the budget, not a time', () => {
    expect(seen('某项经费纳入2030年预算', { year: 2029 })).toEqual([]);
    expect(seen('做好2030年度预算编制', { year: 2029 })).toEqual([]);
    expect(seen('有關民國120年概算之某案請提早準備', { year: null })).toEqual([]);
    expect(seen('2030年底前完成预算编制', { year: 2029 })).toEqual([['2030年底前', 'by', '2030-12-31']]);
  });

  it('the turn of the year as a season (岁末年初) is vague, not the year’s first quarter', () => {
    expect(seen('充分利用岁末年初招商黄金季', { year: 2024 })).toEqual([['岁末年初', 'vague', null]]);
    expect(seen('年初完成招商推介', { year: 2024 })).toEqual([['年初', 'at', '2024-03-31']]);
  });

  it('a year that qualifies a noun with 的 names which one and sets no time: 抓好2023年的收尾工作', () => {
    expect(seen('抓好2023年的收尾工作')).toEqual([]);
    expect(seen('对标2024年度的考核指标')).toEqual([]);
    expect(seen('2024年完成收尾工作')).toEqual([['2024年', 'at', '2024-12-31']]);
  });

  it('a year told of as past is not a time: 2015年以来, 对2020年已达标的', () => {
    expect(seen('2015年以来累计建成50个')).toEqual([]);
    expect(seen('12月底前达到80%。对 2020 年已达标的街道提档升级', { year: null })).toEqual([['12月底前', 'by', null]]);
  });
});

describe('several milestones in one text', () => {
  it('findTimeMentions returns every milestone in order', () => {
    expect(seen('3月底前完成方案；6月底前完成招标；9月底前完成建设')).toEqual([
      ['3月底前', 'by', '2021-03-31'],
      ['6月底前', 'by', '2021-06-30'],
      ['9月底前', 'by', '2021-09-30'],
    ]);
  });

  it('lastMilestone is the latest dated completion milestone', () => {
    const text = '1月底前完成；其它事项12月底前取得明显成效并长期坚持';
    expect(lastMilestone(findTimeMentions(text, { year: 2023 }))?.text).toBe('12月底前');
    expect(lastMilestone(findTimeMentions('11月底前交付，8月底前竣工', Y2021))?.text).toBe('11月底前');
  });

  it('cadences, vague and relative words and holiday windows are not milestones', () => {
    const ms = findTimeMentions('每月5日前报送进展，6月底前完成，尽快推广，3天内整改，春节期间值守', Y2021);
    expect(lastMilestone(ms)?.text).toBe('6月底前');
    expect(lastMilestone(findTimeMentions('每月5日前报送，尽快推广', Y2021))).toBeNull();
  });

  it('a year the document looks back on (在去年…的基础上, 去年底前已完成的) is a baseline, never a milestone; a range from it running on is one', () => {
    expect(lastMilestone(findTimeMentions('在去年集中治理的基础上巩固提高', Y2021))).toBeNull();
    expect(lastMilestone(findTimeMentions('去年底前已建成的站点，今年6月底前完成验收', Y2021))?.text).toBe('今年6月底前');
    expect(lastMilestone(findTimeMentions('去年12月至今年6月开展整治', Y2021))?.kind).toBe('range');
  });

  it('with no year to compare by, the last milestone written', () => {
    expect(lastMilestone(findTimeMentions('5月底前开工，12月底前建成', { year: null }))?.text).toBe('12月底前');
  });

  it('a deadline field means its last milestone, else its vague word, a cadence last', () => {
    expect(parseDeadline('3月底前完成50%，6月底前全部完成', Y2021)?.end).toBe('2021-06-30');
    expect(deadlineMention(findTimeMentions('每月5日前报送，尽快推广', Y2021))?.text).toBe('尽快');
    expect(deadlineMention(findTimeMentions('每月5日前报送', Y2021))?.text).toBe('每月5日前');
  });
});

describe('a date that only dates another', () => {
  it('a year-less date in the clause of a bare year takes that year, not the document’s; the bare year only dated it', () => {
    expect(seen('2019年计划于下半年召开推介会', { year: 2021 })).toEqual([['下半年', 'at', '2019-12-31']]);
    expect(seen('2019年力争9月底前完工', { year: 2021 })).toEqual([['9月底前', 'by', '2019-09-30']]);
    // After a comma the year is the task's own time beside a milestone of the document's year.
    expect(seen('2019年完成一半，6月底前全部完成', { year: 2021 })).toEqual([
      ['2019年', 'at', '2019-12-31'],
      ['6月底前', 'by', '2021-06-30'],
    ]);
    // A date that writes its own year keeps it.
    expect(seen('2019年2020年3月底前完成', { year: 2021 })).toEqual([
      ['2019年', 'at', '2019-12-31'],
      ['2020年3月底前', 'by', '2020-03-31'],
    ]);
  });

  it('a date the work is done for (为迎接明年…周年, 喜迎2030年…) names an occasion, not a deadline', () => {
    expect(seen('为迎接明年建校六十周年，力争9月1日前建成校史馆', { year: 2021 })).toEqual([['9月1日前', 'by', '2021-09-01']]);
    expect(seen('喜迎2030年全运会', { year: 2021 })).toEqual([]);
  });
});
