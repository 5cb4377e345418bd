import { describe, expect, it } from 'vitest';
import { extractMeta } from '../../src/extract/meta.js';
import type { Line } from '../../src/extract/outline.js';
import { parseBytes } from '../../src/parse.js';

const lines = (...texts: string[]): Line[] => texts.map((text, k) => ({ text, loc: { line: k + 1 }, order: k }));
const NOTICE = '各乡镇、各有关单位：';

describe('the document’s date: 落款 dates', () => {
  it('a covering notice’s 落款 date in Chinese numerals, above the plan itself', () => {
    const { meta, dateSource, dateContext } = extractMeta(lines(NOTICE, '现将《2017年度工作计划》印发给你们。', '二〇一七年二月二十四日', '某镇2017年度安全生产工作计划'), [], []);
    expect(meta).toMatchObject({ date: '2017-02-24', year: 2017 });
    expect(dateSource).toBe('signature');
    expect(dateContext).toEqual({ year: 2017, issued: '2017-02-24' });
  });

  it('the 落款 date may be written with ○ for zero', () => {
    const { meta } = extractMeta(lines('某市人民政府办公厅关于印发工作事项的通知'), [], lines('某市人民政府办公厅', '二○○六年四月二十八日'));
    expect(meta).toMatchObject({ date: '2006-04-28', year: 2006 });
  });

  it('a title naming the year after the 落款 is a plan issued ahead of its year', () => {
    const { meta, dateContext } = extractMeta(lines('某县2024年工作要点'), [], lines('某县人民政府', '2023年12月25日'));
    expect(meta).toMatchObject({ date: '2023-12-25', year: 2024 });
    expect(dateContext).toEqual({ year: 2024 });
  });
});

describe('a title naming a span of years', () => {
  it('gives the first, the year the plan sets out from (三年行动方案（2024—2026年）)', () => {
    expect(extractMeta(lines('某市某某三年行动方案（2024—2026年）'), [], []).meta.year).toBe(2024);
    expect(extractMeta(lines('某县某某行动计划（2024-2026年）'), [], []).meta.year).toBe(2024);
    expect(extractMeta(lines('某县某某规划（2024年—2026年）'), [], []).meta.year).toBe(2024);
  });

  it('issued in the December before the span, the plan’s first year is its year', () => {
    expect(extractMeta(lines('某市某某三年行动方案（2024—2026年）'), [], lines('某市人民政府', '2023年12月20日')).dateContext).toEqual({ year: 2024 });
  });
});

describe('the document’s year: 文号, title, then the page’s date lines', () => {
  it.each([
    ['某政办发〔2020〕8号', 2020],
    ['局长办公会会议纪要【2021】第2号', 2021],
    ['许政 [2020] 20号', 2020],
    ['穗府辦〔2006〕19號', 2006],
  ])('the 文号 %s gives %i', (number, year) => {
    const { meta } = extractMeta(lines(number, '关于印发工作方案的通知'), [], []);
    expect(meta).toMatchObject({ docNumber: number, year });
  });

  it('an ROC 字第…號 has no year', () => {
    const { meta } = extractMeta(lines('法規名稱: 業務交接注意事項', '發文字號: 臺教綜(一)字第1060080119號'), [], []);
    expect(meta.year).toBeNull();
  });

  it('a 文号 cited after a document title is that document’s, not this one’s', () => {
    const { meta } = extractMeta(lines('根据《某市人民政府关于印发稳增长若干措施的通知》(某政发〔2016〕13号),特制定如下措施。'), [], []);
    expect(meta).toMatchObject({ docNumber: null, year: null });
  });

  it('the 文号 comes before the title, the title before the page’s date', () => {
    expect(extractMeta(lines('某政发〔2020〕8号', '2021年工作方案'), lines('发布日期: 2022-01-05'), []).meta.year).toBe(2020);
    expect(extractMeta(lines('2021年工作方案'), lines('发布日期: 2022-01-05'), []).meta.year).toBe(2021);
  });

  it('a year in the body’s prose is not the document’s', () => {
    const { meta } = extractMeta(lines('文明城市创建行动方案'), [], lines('对 2020 年已达标的街道巩固提升。', '12 月底前完成。'));
    expect(meta.year).toBeNull();
  });

  it('a template that writes its year as xx年 has no year, whatever its host’s title says', () => {
    const { meta } = extractMeta(lines('2023年村人居环境整治工作计划篇1'), [], lines('xx年我县农村人居环境整治工作主要有5项任务'));
    expect(meta.year).toBeNull();
  });

  it('a shared copy that masks its years (20*年) has no year: the page’s upload date is not the plan’s', () => {
    const { meta } = extractMeta(lines('干部作风效能建设工作方案'), lines('时间:2022-06-25 09:05:00'), lines('活动从20*年2月下旬开始到20*年2月底结束。'));
    expect(meta.year).toBeNull();
  });
});

describe('page date lines', () => {
  it('时间: with a time of day is an upload timestamp: its year only', () => {
    const { meta, dateSource, dateContext } = extractMeta(lines('重点工作责任分解'), lines('时间:2023-07-11 17:01 浏览次数: 信息来源: 市政府'), []);
    expect(meta).toMatchObject({ date: null, year: 2023 });
    expect(dateSource).toBeNull();
    expect(dateContext).toEqual({ year: 2023 });
  });

  it('发布时间 with a time of day is a timestamp too', () => {
    expect(extractMeta(lines('进展情况'), lines('发布时间:2023-11-16 16:38'), []).meta).toMatchObject({ date: null, year: 2023 });
  });

  it('a pipe-separated metadata row: 发文日期 | 2022-07-14 |', () => {
    const { meta, dateSource } = extractMeta(lines('索引号 | 000330185/2022-83945 | 公开方式 | 主动公开 |', '发布单位 | 区政府 | 发文日期 | 2022-07-14 |'), [], []);
    expect(meta).toMatchObject({ date: '2022-07-14', year: 2022 });
    expect(dateSource).toBe('portal');
  });

  it('a label line followed by its value line', () => {
    expect(extractMeta(lines('工作方案', '发文日期', '2022-07-14'), [], []).meta).toMatchObject({ date: '2022-07-14', year: 2022 });
  });

  it('成文日期 in a metadata line with other fields, and an empty one before another label', () => {
    expect(extractMeta(lines('發文機關: 國務院辦公廳 成文日期: 2014年02月23日', '關於分工的通知'), [], []).meta).toMatchObject({ date: '2014-02-23', year: 2014 });
    expect(extractMeta(lines('情况汇总表'), lines('成文日期: 发布日期: 2024-01-04'), []).meta).toMatchObject({ date: '2024-01-04', year: 2024 });
  });

  it('a ROC publication date: 公發布日: 民國 101 年 09 月 27 日', () => {
    const { meta, dateContext } = extractMeta(lines('法規內容', '公發布日: 民國 101 年 09 月 27 日', '廢止/停止適用日期: 民國 106 年 06 月 09 日'), [], []);
    expect(meta).toMatchObject({ date: '2012-09-27', year: 2012 });
    expect(dateContext).toEqual({ year: 2012, roc: true });
  });

  it('a bare date line under the title is the document’s date, and later dates may be the coming ones', () => {
    const { meta, dateContext } = extractMeta(lines('第46次擴大主管會報縣長裁示事項', '• 2008-12-18'), [], lines('1、98年元旦升旗活動相關事宜,應事先做好規劃辦理。'));
    expect(meta.year).toBe(2008);
    expect(dateContext).toEqual({ year: 2008, roc: true, issued: '2008-12-18' });
  });
});

describe('Republic of China years', () => {
  it('a traditional-script document with 3-digit years writes ROC years', () => {
    expect(extractMeta(lines('業務交接注意事項'), [], lines('各業務單位應於一百零一年十月三十一日前完成')).dateContext.roc).toBe(true);
    expect(extractMeta(lines('業務交接注意事項'), [], lines('應於101年9月底前完成')).dateContext.roc).toBe(true);
  });

  it('a mainland document writes four-digit years, in either script', () => {
    expect(extractMeta(lines('工作要點'), [], lines('2022年10月底前完成編制')).dateContext.roc).toBeUndefined();
    expect(extractMeta(lines('工作要点'), [], lines('98年元旦前完成')).dateContext.roc).toBeUndefined();
    expect(extractMeta(lines('工作要點'), [], lines('近10年來成效顯著')).dateContext.roc).toBeUndefined();
  });
});

describe('a ledger’s facts above its columns', () => {
  it('the day a ledger was filled in (填报时间：2024年3月5日) gives its year, not its own date', () => {
    const { meta } = extractMeta(lines('某局重点工作台账'), lines('填报单位：某县某局 | 填报时间：2024年3月5日'), []);
    expect(meta).toMatchObject({ year: 2024, date: null });
    expect(extractMeta(lines('某局重点工作台账', '填表日期 | 2023-11-02'), [], []).meta.year).toBe(2023);
  });
});

describe('the head line of minutes and bulletins', () => {
  const read = async (lines: string[]) => (await parseBytes(Buffer.from(lines.join('\n'), 'utf8'), 'plan.txt')).document;

  it('the office and the day on one line, apart (某县人民政府办公室    2025年1月12日), date the document as its 落款 would', async () => {
    const doc = await read(['某县人民政府专题会议纪要', '第1期', '某县人民政府办公室        2025年1月12日', '1月10日，张某主持召开会议。会议议定如下：', '一、由某县住建局负责完成某小区改造，3月底前完成。']);
    expect(doc.meta.date).toBe('2025-01-12');
    expect(doc.tasks.map((t) => t.deadline?.end)).toEqual(['2025-03-31']);
    const bulletin = await read(['某县某局简报', '第3期', '某县某局办公室编\t2024年12月5日', '一、完成某项工作，1月底前完成。责任单位：某局。']);
    expect(bulletin.tasks.map((t) => t.deadline?.end)).toEqual(['2025-01-31']);
  });

  it('a line that is no office before the day (会议时间    2025年1月12日, 张某    2025年1月12日) is no head', async () => {
    const doc = await read(['某县某项工作方案', '张某        2025年1月12日', '一、完成某项工作，3月底前完成。责任单位：某局。']);
    expect(doc.meta.date).toBeNull();
  });
});

