import { describe, expect, it } from 'vitest';
import { extractMeta } from '../../src/extract/meta.js';
import { parseBytes } from '../../src/parse.js';
import type { Line } from '../../src/extract/outline.js';

const lines = (...texts: string[]): Line[] => texts.map((text, k) => ({ text, loc: { line: k + 1 }, order: k }));

describe('document meta', () => {
  it('reads a red-head 通知: issuer, 文号 and its year, the 通知 title', () => {
    const { meta, dateSource } = extractMeta(lines('某市某区文化旅游广电体育局文件', '某资文旅广体发〔2020〕8号', '关于印发《某区实施方案》的通知', '各乡镇、街道：'), [], []);
    expect(meta).toEqual({ title: '关于印发《某区实施方案》的通知', docNumber: '某资文旅广体发〔2020〕8号', issuer: '某市某区文化旅游广电体育局', date: null, year: 2020 });
    expect(dateSource).toBeNull();
  });

  it('a year’s list of work is titled by what it lists (…2023年重点工作任务), after its notice’s 落款 and publication note, without a mirror’s glosses', () => {
    const { meta } = extractMeta(
      lines('各區、市人民政府：', '現印發給你們，請認真組織實施。', '某市人民政府辦公廳', '2023年1月30日', '(此件公開(kāi)發布)', '某市綠色低碳高質量發展2023年重點工(gōng)作任務', '一、實施創新驅動發展戰略'),
      [],
      [],
    );
    expect(meta.title).toBe('某市綠色低碳高質量發展2023年重點工作任務');
  });

  it('a portal’s metadata bullets give their values on the next line (• 信息索引号: ⏎ 1133…/2023-46395, • 文件名称: ⏎ …): the labels are chrome, the number no title, the name is', async () => {
    const text = ['• 信息索引号:', '001122/2023-00001', '• 文件名称:', '中共某县某局党组关于巡察整改情况的通报', '• 发布机构:', '某县某局', '一、加强学习', '（一）学习不深不透。已组织专题学习。'].join('\n');
    const parsed = await parseBytes(Buffer.from(text, 'utf8'), 'page.txt');
    expect(parsed.document.meta.title).toBe('中共某县某局党组关于巡察整改情况的通报');
    expect(parsed.document.tasks.map((t) => t.title)).toEqual(['学习不深不透']);
  });

  it('a document-sharing site heads the text with the uploaded file’s name: the title is without its extension (.docx)', () => {
    const { meta } = extractMeta(lines('某县2023年城乡环境整治工作方案.docx', '一、重点任务'), [], []);
    expect(meta.title).toBe('某县2023年城乡环境整治工作方案');
  });

  it('a portal’s metadata table (名 称: | … |, 发布机构: | 生成日期: |) is chrome: neither title nor an empty issuer', async () => {
    const text = [
      '索 引 号: | 000014349/2023-91150 | 信息分类: | |',
      '发布机构: | 生成日期: | 2022-12-02 08:54:33 | |',
      '名 称: | 市人民政府办公室关于印发某市三年行动方案的通知 |',
      '某市三年行动方案',
      '一、重点任务',
      '1.加强算力基础设施建设。(责任单位:市大数据局)',
    ].join('\n');
    const { meta } = (await parseBytes(Buffer.from(text, 'utf8'), 'plan.txt')).document;
    expect([meta.title, meta.issuer]).toEqual(['某市三年行动方案', null]);
  });

  it('more of a portal’s metadata rows (组配分类:, 生效日期:, 关 键 词:, 内容概览:, 在线链接地址:, 文件下载:) are chrome, not the title', async () => {
    const text = [
      '组配分类: | 区政府文件 | 体裁分类: | 通知 |',
      '生效日期: | 废止日期: | ||',
      '关 键 词: | 区政府;目标任务 |',
      '内容概览: | |||',
      '在线链接地址: | |||',
      '文件下载: | |||',
      '某区2025年目标任务分解方案',
      '一、重点任务',
      '1.新建口袋公园3个。(区园林局主办)',
    ].join('\n');
    const { meta } = (await parseBytes(Buffer.from(text, 'utf8'), 'plan.txt')).document;
    expect(meta.title).toBe('某区2025年目标任务分解方案');
  });

  it('a title a page glued its 文号 onto (…的通知某府办发〔2019〕12号) gives both apart; a short 文号 prefix (发改规划〔…〕) is left whole', async () => {
    const text = ['某省人民政府办公厅关于印发某省乡村建设实施方案的通知某府办发〔2019〕12号', '一、重点任务', '1.新建公园2个。（责任单位：省住建厅）'].join('\n');
    const { meta } = (await parseBytes(Buffer.from(text, 'utf8'), 'plan.txt')).document;
    expect([meta.title, meta.docNumber, meta.year]).toEqual(['某省人民政府办公厅关于印发某省乡村建设实施方案的通知', '某府办发〔2019〕12号', 2019]);
    const { meta: cited } = extractMeta(lines('某市城镇化工作方案', '发改规划〔2017〕1098号'), [], []);
    expect(cited.docNumber).toBe('发改规划〔2017〕1098号');
  });

  it('a portal’s title line with the 文号 after it in brackets gives the title without it; 浏览量: is chrome', async () => {
    const text = ['2021年县政府重点工作任务(华政发〔2021〕2号)', '来源:华容县政府   2021-03-23 10:56', '浏览量:1 | | | |', '一、重点任务', '1.新建公园2个。（责任单位：县住建局）'].join('\n');
    const { meta } = (await parseBytes(Buffer.from(text, 'utf8'), 'plan.txt')).document;
    expect([meta.title, meta.docNumber]).toEqual(['2021年县政府重点工作任务', '华政发〔2021〕2号']);
  });

  it('a portal’s column tag in 【】 before the title (【重点工作】某市人民政府关于…的通知) is not part of it; a 【】 line that is no title keeps its tag', () => {
    expect(extractMeta(lines('【重点工作】某市人民政府关于2020年重点工作及责任分解的通知', '各县、区人民政府：'), [], []).meta.title).toBe('某市人民政府关于2020年重点工作及责任分解的通知');
    expect(extractMeta(lines('【专题】乡村振兴'), [], []).meta.title).toBe('【专题】乡村振兴');
  });

  it('a page’s buttons, breadcrumbs (当前位置：首页 > …) and accessibility toolbar (无障碍浏览 长者模式) are chrome, not the title', async () => {
    const text = ['返 回', '朗读', '无障碍浏览 长者模式', '当前位置: 某市网 > 专题', '首页 > 政务公开 > 计划总结', '某市2024年重点工作任务分工方案', '一、重点任务', '1.新建公园2个。（责任单位：市住建局）'].join('\n');
    const { meta } = (await parseBytes(Buffer.from(text, 'utf8'), 'plan.txt')).document;
    expect(meta.title).toBe('某市2024年重点工作任务分工方案');
  });

  it('the section label a portal’s template puts over the text (新闻详情, 文章详情) is chrome, not part of the title', async () => {
    const text = ['新闻详情', '某省关于做好2023年春耕生产工作的实施意见', '2023-03-01 10:00', '（一）稳定粮食播种面积。'].join('\n');
    const { meta } = (await parseBytes(Buffer.from(text, 'utf8'), 'plan.txt')).document;
    expect(meta.title).toBe('某省关于做好2023年春耕生产工作的实施意见');
  });

  it('a breadcrumb over the text (当前位置：首页 > …, 您现在所在的位置：…, 首页 >> 新闻中心 >> 正文) is chrome, not the title', async () => {
    for (const crumb of ['位置导航:首页 >> 新闻中心 >> 本地要闻 >> 正文', '首页 > 政务公开 > 计划规划', '您当前的位置：首页 > 通知公告', '您当前所在的位置: 网站首页 > 政府公报', '您现在所在的位置: 网站首页> 政府信息公开']) {
      const text = [crumb, '某市政府承诺今年办好10件实事', '一、新建幼儿园5所。'].join('\n');
      const { meta } = (await parseBytes(Buffer.from(text, 'utf8'), 'plan.txt')).document;
      expect(meta.title).toBe('某市政府承诺今年办好10件实事');
    }
  });

  it('a portal’s facts as bullets with the label alone over its value (• 索引号 ⏎ 0001/2021-00038) are chrome: the notice after them is read from its first lines', async () => {
    const title = '某市人民政府关于印发2021年目标任务分解表的通知';
    const fields: Array<[string, string]> = [
      ['索引号', '0001/2021-00038'], ['组配分类', '市政府文件'], ['发布机构', '某市人民政府'], ['发文日期', '2021-02-12'], ['发布文号', '某政秘〔2021〕3号'],
      ['关键词', '规范性文件'], ['信息来源', '某市人民政府'], ['主题导航', ''], ['信息名称', title], ['内容概述', title], ['浏览次数', '120'],
    ];
    const facts = fields.flatMap(([label, value]) => [`  • ${label}`, '', ...(value ? [`    ${value}`, ''] : [])]);
    const notice = [title, '各县、区人民政府，市政府各部门：', '现将《2021年目标任务分解表》印发给你们，并就有关事项通知如下：', '一、强化组织领导，确保目标任务顺利完成', '各牵头单位要加强调度。'];
    const { meta, tasks } = (await parseBytes(Buffer.from([...facts, ...notice].join('\n'), 'utf8'), 'plan.txt')).document;
    expect(meta.title).toBe(title);
    expect(tasks).toEqual([]);
  });

  it('a law database’s record fields over the text (【法宝引证码】…, 【时效性】现行有效) are chrome, not the title', async () => {
    const text = ['【法宝引证码】CLI.12.345678', '【时效性】现行有效', '某市人民政府办公室关于印发某市安全生产责任分解的通知', '一、完善应急预案。（责任单位：市应急局）'].join('\n');
    const { meta } = (await parseBytes(Buffer.from(text, 'utf8'), 'plan.txt')).document;
    expect(meta.title).toBe('某市人民政府办公室关于印发某市安全生产责任分解的通知');
  });

  it('a breadcrumb the page broke after 首页 (首页 ⏎ -> 要闻 -> 公告) is chrome, not the title', async () => {
    const text = ['首页', '-> 要闻 -> 审计公告', '某市审计局关于审计查出问题整改情况的报告', '一、新建幼儿园5所。'].join('\n');
    const { meta } = (await parseBytes(Buffer.from(text, 'utf8'), 'plan.txt')).document;
    expect(meta.title).toBe('某市审计局关于审计查出问题整改情况的报告');
  });

  it('a breadcrumb’s rest on a line of its own, each step after a single > (当前位置 : 首页 ⏎ > 政民互动 > 意见征集), is chrome, not the title', async () => {
    const text = ['当前位置 : 首页', '> 政民互动 > 意见征集', '关于公开征求某某行动计划意见的公告', '一、新建幼儿园5所。'].join('\n');
    const { meta } = (await parseBytes(Buffer.from(text, 'utf8'), 'plan.txt')).document;
    expect(meta.title).toBe('关于公开征求某某行动计划意见的公告');
  });

  it('minutes opening with the day the meeting met (2024年3月15日，某某主持召开…会议) take their year from it', async () => {
    const text = ['县政府常务会议纪要', '2024年3月15日，县长某某主持召开县政府第12次常务会议。会议议定事项如下：', '一、关于停车场建设', '会议同意由县住建局牵头，6月底前完成选址。'].join('\n');
    const { document } = await parseBytes(Buffer.from(text, 'utf8'), 'plan.txt');
    expect([document.meta.year, document.tasks[0]?.deadline?.end]).toEqual([2024, '2024-06-30']);
  });

  it('a page’s 更新时间 line is its publication date: the year of minutes that give none of their own', async () => {
    const text = ['某县长专题调度某项工作', '更新时间:2019-11-28 16:44:04', '11月28日上午，县长某某召开调度会。', '县长强调，有关部门要在12月底前完成某项工作。'].join('\n');
    expect((await parseBytes(Buffer.from(text, 'utf8'), 'plan.txt')).document.meta.year).toBe(2019);
  });

  it('a title’s year written digit by digit in Chinese numerals (二○一八年施政重点) is its year; a skip link (跳過導航) is chrome', async () => {
    const meta = async (text: string) => (await parseBytes(Buffer.from(text, 'utf8'), 'plan.txt')).document.meta;
    const parsed = await meta(['跳過導航', '某特區政府二○一八年施政重點', '（一）完善某機制', '某局要在年底前完成某項工作。'].join('\n'));
    expect([parsed.title, parsed.year]).toEqual(['某特區政府二○一八年施政重點', 2018]);
    expect((await meta(['某县二〇二〇年工作要点', '一、某局要在年底前完成某项工作。'].join('\n'))).year).toBe(2020);
  });

  it('minutes whose opening names who met first (某组于2024年5月30日在…召开…) take their year from that day, an ROC day too', async () => {
    const year = async (text: string) => (await parseBytes(Buffer.from(text, 'utf8'), 'plan.txt')).document.meta.year;
    expect(await year(['某组工作会议', '某某工作组于2024年5月30日在某会议室召开第4次工作会议。', '决议：请某局于6月12日前确认议题。'].join('\n'))).toBe(2024);
    expect(await year(['某組工作會議', '某某工作組於101年5月30日在某會議室召開第4次工作會議。', '決議：請某局於6月12日前確認議題。'].join('\n'))).toBe(2012);
  });

  it('minutes give their year in the head: the meeting’s time line (開會時間：, 一、時間：, 1 、開會時間：1 1 2 年…) or a title’s ROC year (112年度第2次…會議紀錄)', async () => {
    const year = async (text: string) => (await parseBytes(Buffer.from(text, 'utf8'), 'plan.txt')).document.meta.year;
    const head = ['某某市政府某某會報會議紀錄', '一、時間：112年6月1日下午2時', '二、地點：本府會議室', '三、決議事項：', '（一）請某局於7月底前完成某工程。'];
    expect(await year(head.join('\n'))).toBe(2023);
    expect(await year(['某某會議', '開會時間：中華民國一百一十二年三月十日上午十時', '一、請某處於四月底前提報計畫。'].join('\n'))).toBe(2023);
    // Numbered with an Arabic 1、, its digits spaced out as a PDF's text gives them.
    expect(await year(['某局第5次局務會議紀錄', '1 、 開會時間:中華民國 1 1 2 年 5 月 24 日星期四下午', '2、請某科於6月底前完成某工程。'].join('\n'))).toBe(2023);
    expect(await year(['某某市政府112年度第2次某某會報會議紀錄', '一、請某局於7月底前完成某工程。', '二、請某處於年底前完成某事項。'].join('\n'))).toBe(2023);
    // A bare 時間 line says when the meeting met only in a record of one: a plan's 时间 line is its own schedule.
    expect(await year(['某某活动方案', '一、时间：2023年6月1日', '二、请某局做好保障。'].join('\n'))).toBeNull();
  });

  it('a record’s bare 时间：2022年12月20日 line, which reads as a portal field, is the day it met: a year-less date before it is the coming year’s; a portal’s post stamp (时间：2023-01-05 10:00) is not', async () => {
    const parse = async (text: string) => (await parseBytes(Buffer.from(text, 'utf8'), 'plan.txt')).document;
    const met = await parse(['某镇某会议纪要', '时间：2022年12月20日', '地点：镇会议室', '会议议定：', '一、由镇某办牵头，于1月10日前完成排查。'].join('\n'));
    expect(met.tasks[0].deadline?.end).toBe('2023-01-10');
    const posted = await parse(['某镇某会议纪要', '时间：2022-12-20 10:00', '会议议定：', '一、由镇某办牵头，于1月10日前完成排查。'].join('\n'));
    expect(posted.tasks[0].deadline?.end).toBe('2022-01-10');
  });

  it('a record titled by the day it met (某县2022年12月20日某会议纪要) dates itself: a year-less deadline before that day is the coming year’s', async () => {
    const text = ['某县2022年12月20日某会议纪要', '会议议定：', '一、由县某局牵头，于1月10日前完成排查。'].join('\n');
    const { tasks } = (await parseBytes(Buffer.from(text, 'utf8'), 'plan.txt')).document;
    expect(tasks[0].deadline?.end).toBe('2023-01-10');
  });

  it('a newspaper’s page header (第02版:综合 PDF版阅读) is chrome; a 督察通报 names its kind as a plan’s title does, a cited 《…工作报告》 does not', async () => {
    const title = async (text: string) => (await parseBytes(Buffer.from(text, 'utf8'), 'plan.txt')).document.meta.title;
    expect(await title(['第02版:综 合 PDF版阅读', '某市某项工作督察通报', '现将督察发现问题通报如下：', '某路段垃圾未清运。（责任单位：某区）'].join('\n'))).toBe('某市某项工作督察通报');
    expect(await title(['某县人民政府办公室关于印发2022年《政府工作报告》', '重点任务分工的通知', '各乡镇：'].join('\n'))).toBe('某县人民政府办公室关于印发2022年《政府工作报告》重点任务分工的通知');
  });

  it('a portal’s 文件类型 value (政府文件) names a kind of document, not a red head’s issuer', () => {
    const { meta } = extractMeta(lines('文件类型', '政府文件', '一、重点任务'), [], []);
    expect(meta.issuer).toBeNull();
    const red = extractMeta(lines('某县人民政府文件', '关于印发某方案的通知'), [], []);
    expect(red.meta.issuer).toBe('某县人民政府');
  });

  it('a portal’s skip link (跳到主要內容區塊, :::) is chrome, not the title', async () => {
    const text = ['跳到主要內容區塊', ':::', '某市政府第100次市政會議', '一、工務局報告：道路養護情形。主席裁示：請工務局加強巡查。'].join('\n');
    const { meta } = (await parseBytes(Buffer.from(text, 'utf8'), 'plan.txt')).document;
    expect(meta.title).toBe('某市政府第100次市政會議');
  });

  it('a covering notice’s 落款 near the start dates the plan it issues, however long the plan runs after it', async () => {
    const plan = Array.from({ length: 12 }, (_, k) => `（${'一二三四五六七八九十'[k % 10]}）第${k + 1}项工作的具体内容。`);
    const text = ['各县区人民政府：', '现将《某市2024年重点行动方案》印发给你们，请认真遵照执行。', '某市人民政府办公室', '2024年4月22日', '某市2024年重点行动方案', '一、重点任务', ...plan].join('\n');
    const { meta } = (await parseBytes(Buffer.from(text, 'utf8'), 'plan.txt')).document;
    expect([meta.issuer, meta.date]).toEqual(['某市人民政府办公室', '2024-04-22']);
  });

  it('a table’s caption row is the title without the pipe that closed its cell; 分 类: is chrome', async () => {
    const text = ['分 类: 其他;通知', '2021 年政务公开工作重点任务台账 |', '序号 | 工作任务 | 责任处室 |', '1 | 做好疫苗接种信息公开 | 疾控处 |'].join('\n');
    const { meta } = (await parseBytes(Buffer.from(text, 'utf8'), 'plan.txt')).document;
    expect(meta.title).toBe('2021 年政务公开工作重点任务台账');
  });

  it('a 文号 split by a mirror’s pinyin glosses (某政辦發(fā)〔2023〕14號) is read without them', () => {
    const { meta } = extractMeta(lines('某縣人民政府辦公室關于印發(fā)某實施方案的通知', '某政辦發(fā)〔2023〕14號'), [], []);
    expect(meta.docNumber).toBe('某政辦發〔2023〕14號');
  });

  it('a portal’s date label split by a mirror’s pinyin glosses (发(fā)文日期 | 2022-07-14 |) still dates the document', async () => {
    const text = ['发(fā)布单位 | 区(qū)政府 | 发(fā)文日期 | 2022-07-14 |', '序号 | 实事项目 | 责任单位 | 完成时限 |', '1 | 新建公园3处 | 住建局(jú) | 11月底前 |'].join('\n');
    const { document } = await parseBytes(Buffer.from(text, 'utf8'), 'plan.txt');
    expect(document.meta.date).toBe('2022-07-14');
    expect(document.tasks[0].deadline?.end).toBe('2022-11-30');
  });

  it('a numbered heading is no title however its words end (二、重点任务)', () => {
    const { meta } = extractMeta(lines('某区城市更新三年行动', '一、总体要求', '二、重点任务'), [], []);
    expect(meta.title).toBe('某区城市更新三年行动');
  });

  it('a covering notice’s date right under its last sentence dates it, though the page dropped the issuer’s line (a seal)', async () => {
    const plan = Array.from({ length: 12 }, (_, k) => `${k + 1}月份：第${k + 1}项整治工作。`);
    const text = ['各村、各有关单位：', '现将《某镇安全生产整治计划》印发给你们，请遵照执行。', '二〇二三年二月二十日', '某镇安全生产整治计划', '一、整治安排', ...plan].join('\n');
    const { meta } = (await parseBytes(Buffer.from(text, 'utf8'), 'plan.txt')).document;
    expect([meta.date, meta.year]).toEqual(['2023-02-20', 2023]);
  });

  it('a title’s short last words on a line of their own join the line above across one blank line (a page that spaces every line)', () => {
    const spaced = (...texts: string[]): Line[] => texts.map((text, k) => ({ text, loc: { line: 2 * k + 1 }, order: k }));
    expect(extractMeta(spaced('某镇2023年度安全生产专项整治', '工作计划'), [], []).meta.title).toBe('某镇2023年度安全生产专项整治工作计划');
    expect(extractMeta(spaced('某镇2023年度安全生产专项整治', '关于进一步加强全镇安全生产工作的实施方案'), [], []).meta.title).toBe('关于进一步加强全镇安全生产工作的实施方案');
  });

  it('reads a year, a 文号 and a page’s date line written in full-width digits (２０２４年, 〔２０２４〕, • ２０２４-０３-０１)', async () => {
    const text = ['某县２０２４年城乡环境整治工作方案', '• ２０２４-０３-０１', '一、重点任务', '（一）清理河道垃圾。6月底前完成。（责任单位：县水利局）', '（二）整治背街小巷。9月底前完成。（责任单位：县住建局）'].join('\n');
    const { document } = await parseBytes(Buffer.from(text, 'utf8'), 'plan.txt');
    expect(document.meta.year).toBe(2024);
    expect(document.tasks.map((t) => t.deadline?.end)).toEqual(['2024-06-30', '2024-09-30']);
    expect(extractMeta(lines('某县人民政府文件', '某政发〔２０２３〕５号'), [], []).meta.year).toBe(2023);
  });

  it('a site’s footer (主办单位：… 技术支持：…, 网站标识码, ICP备, 【打印本页】) is chrome: no owner of the last task; a 主办单位 line of its own still is one', async () => {
    const plan = ['某县2024年重点工作方案', '一、重点任务', '（一）清理河道垃圾。6月底前完成。', '（二）整治背街小巷。9月底前完成。'];
    const footer = ['【打印本页】 【关闭窗口】', '主办单位：某县人民政府办公室  技术支持：某网络公司', '网站标识码：1234567890  备案号：某ICP备12345678号'];
    const read = async (lines: string[]) => (await parseBytes(Buffer.from(lines.join('\n'), 'utf8'), 'page.txt')).document.tasks.map((t) => t.owners.units);
    expect(await read([...plan, ...footer])).toEqual([[], []]);
    expect(await read([...plan, '主办单位：县城管局', ...footer])).toEqual([['县城管局'], ['县城管局']]);
  });

  it('joins a title written on two adjacent lines and takes its issuer and year', () => {
    const { meta } = extractMeta(lines('2021年某市某区文化广电和旅游局', '“城乡提质工程”工作方案'), [], []);
    expect(meta.title).toBe('2021年某市某区文化广电和旅游局“城乡提质工程”工作方案');
    expect(meta.issuer).toBe('某市某区文化广电和旅游局');
    expect(meta.year).toBe(2021);
  });

  it('takes a portal 发布日期 as the date when no 落款 date exists, and says so', () => {
    const chrome = lines('发布日期: 2018.05.07 索 引 号 : 56616894-5-1408-2011-1007', '发布机构: 文广新局 文      号:');
    const { meta, dateSource, hasDocNumberField } = extractMeta(lines('公共文化服务工程实施方案'), chrome, []);
    expect(meta).toMatchObject({ title: '公共文化服务工程实施方案', date: '2018-05-07', year: 2018, issuer: '文广新局', docNumber: null });
    expect(dateSource).toBe('portal');
    expect(hasDocNumberField).toBe(true);
  });

  it('prefers the 落款 date and issuer at the end of the text', () => {
    const { meta, dateSource } = extractMeta(lines('某县工作方案'), [], lines('……确保完成任务。', '某县文化局', '2020年6月5日'));
    expect(meta).toMatchObject({ date: '2020-06-05', year: 2020, issuer: '某县文化局' });
    expect(dateSource).toBe('signature');
  });

  it('does not take an upload timestamp for the document date', () => {
    const { meta } = extractMeta(lines('文化局整改方案'), lines('時間:2022-09-30 10:15:00'), []);
    expect(meta.date).toBeNull();
  });
  it('a portal’s title field gives the title as its value, not the row: 文件名称 | … |, and 名称: … with the next label (文号:) on its line', () => {
    expect(extractMeta(lines('文件名称 | 2021年某县政府常务会议议定事项督办情况的通报 | ||', '一、总体情况'), [], []).meta.title).toBe('2021年某县政府常务会议议定事项督办情况的通报');
    const chrome = lines('名称: 2021年某局重点工作责任清单进展情况表 文号:', '成文日期: 发布日期: 2022-01-05');
    expect(extractMeta(lines('您的位置: 首页 > 信息公开'), chrome, []).meta).toMatchObject({ title: '2021年某局重点工作责任清单进展情况表', year: 2021 });
  });

  it('a metadata table flattened to pipe rows opens the title field’s row with its border: | 标 题: … | | gives the title', () => {
    const preamble = lines('| 发文单位:某市人民政府办公室 | 成文日期:2019年03月08日 |', '| 标 题: 某市人民政府办公室关于办理某项建议的通知 | |', '各承办单位:');
    expect(extractMeta(preamble, [], []).meta.title).toBe('某市人民政府办公室关于办理某项建议的通知');
  });

  it('rows of a portal’s metadata fields in cells (成文日期: | 发布日期: | 2020-01-02 08:30 |, 标 题: | … |) are chrome, never a table: they give the title and the date (the one written without a time of day)', async () => {
    const text = [
      '索引号: | 000001/202001-00001 | 信息分类: | 通知 |',
      '发布机构: | 某区政府办公室 | 主题分类: | 综合政务 |',
      '成文日期: | 发布日期: | 2020-01-02 08:30 | |',
      '发文字号: | 无 | 有 效 性: | 有效 |',
      '标 题: | 某区人民政府办公室关于印发某项工作任务分解表的通知 | ||',
      '发布日期: | 2020-01-02 | ||',
      '各乡镇、街道：',
      '现将任务分解表印发给你们，请认真抓好落实。',
    ].join('\n');
    const parsed = await parseBytes(Buffer.from(text, 'utf8'), 'page.txt');
    expect(parsed.document.meta).toMatchObject({ title: '某区人民政府办公室关于印发某项工作任务分解表的通知', date: '2020-01-02', year: 2020 });
  });

  it('a portal’s title and 文号 fields as cells without colons (文 号 | … | 发文日期 | …, 标 题 | … |) are chrome: the title is the field’s value, not its row', async () => {
    const text = [
      '文 号 | 某政办〔2021〕3号 | 发文日期 | 2021-02-03 |',
      '发布机构 | 某区政府办公室 | 有 效 性 | 有效 |',
      '标 题 | 某区人民政府办公室关于印发某项任务分解方案的通知 |',
      '各街道办事处：',
    ].join('\n');
    const parsed = await parseBytes(Buffer.from(text, 'utf8'), 'page.txt');
    expect(parsed.document.meta).toMatchObject({ title: '某区人民政府办公室关于印发某项任务分解方案的通知', issuer: '某区人民政府办公室', year: 2021 });
  });

  it('a page that ran its lines together gives the title before its bracketed 文号 (…的通知 (某政办发〔2019〕3号) 各乡镇：…), not a cited title before one', () => {
    const runOn = '某市人民政府办公室关于印发《某项工作目标分解意见》的通知 (某政办发〔2019〕3号) 各区人民政府，市政府各部门：现将意见印发给你们。';
    expect(extractMeta(lines('|', runOn), [], []).meta).toMatchObject({ title: '某市人民政府办公室关于印发《某项工作目标分解意见》的通知', docNumber: '某政办发〔2019〕3号' });
    expect(extractMeta(lines('按照《某县实施方案》（某政发〔2019〕3号）要求，现通知如下：'), [], []).meta.title).toBeNull();
  });
  it('a portal’s facts as rows of cells without colons (索 引 号 | … | 公开方式 | 主动公开 |) are chrome; a list of work titled …责任分工 is the title', async () => {
    const text = [
      '索 引 号 | 000001/2025-00001 | 公开方式 | 主动公开 |',
      '发布机构 | 某县人民政府办公室 | 组配分类 | 某政发 |',
      '成文日期 | 2025-02-01 | 废止日期 | |',
      '各镇政府，县政府各部门：',
      '现将责任分工印发给你们，请认真落实。',
      '2025年某县政府重要工作事项责任分工',
      '一、主要目标',
    ].join('\n');
    const parsed = await parseBytes(Buffer.from(text, 'utf8'), 'page.txt');
    expect(parsed.document.meta).toMatchObject({ title: '2025年某县政府重要工作事项责任分工', year: 2025 });
  });
  it('minutes are titled by their meeting (某組113年第2次工作會議), under a site’s section name; a line saying where a report was given (在某会议) is no title', () => {
    const { meta } = extractMeta(lines('某某推動', '', '某某推動組113年第2次工作會議', '本次會議討論事項如下：'), [], []);
    expect(meta.title).toBe('某某推動組113年第2次工作會議');
    const report = extractMeta(lines('关于2023年度某项审计查出问题整改情况的报告', '——2024年6月1日在某县人大常委会会议', '主任、各位委员：'), [], []);
    expect(report.meta.title).toBe('关于2023年度某项审计查出问题整改情况的报告');
  });
});

describe('a document that opens with an unnumbered heading', () => {
  it('a Markdown title heading (# 某县2024年某项工作方案) over numbered items is the title, and its year dates the items', async () => {
    const text = ['# 某县2024年某项工作方案', '', '一、完成某河堤加固。责任单位：某县水利局。完成时限：6月底前。', '', '二、完成某水库除险。责任单位：某县水利局。完成时限：9月底前。'].join('\n');
    const { meta, tasks } = (await parseBytes(Buffer.from(text, 'utf8'), 'plan.md')).document;
    expect(meta.title).toBe('某县2024年某项工作方案');
    expect(meta.year).toBe(2024);
    expect(tasks.map((t) => t.deadline?.end ?? null)).toEqual(['2024-06-30', '2024-09-30']);
  });

  it('a numbered first heading (# 一、总体要求) is a section, not a title', async () => {
    const text = ['# 一、总体要求', '', '完成某项工作。', '', '# 二、重点任务', '', '（一）完成某河堤加固。责任单位：某县水利局。'].join('\n');
    const { meta } = (await parseBytes(Buffer.from(text, 'utf8'), 'plan.md')).document;
    expect(meta.title).not.toBe('一、总体要求');
  });
});

describe('a portal’s title field in traditional script or in a list of fields', () => {
  it('標題：… and a bulleted - 標題：… are the title field, read as 标题：… is; its year dates the items', async () => {
    const read = async (text: string, file: string) => (await parseBytes(Buffer.from(text, 'utf8'), file)).document;
    const boxed = await read(['標題：某縣2024年某項工作計畫', '', '一、於6月底前完成某系統建置。主辦機關：某局。'].join('\n'), 'page.txt');
    expect(boxed.meta.title).toBe('某縣2024年某項工作計畫');
    expect(boxed.tasks.map((t) => t.deadline?.end)).toEqual(['2024-06-30']);
    const listed = await read(['- 發布單位：某縣政府', '- 標題：某縣2024年某項工作計畫', '', '一、於6月底前完成某系統建置。主辦機關：某局。'].join('\n'), 'page.md');
    expect(listed.meta.title).toBe('某縣2024年某項工作計畫');
  });
});

describe('a title line given as a field with its label', () => {
  it('文件标题：某县…方案 is the title without its label, however the label is worded', async () => {
    for (const label of ['文件标题', '信息标题', '标题', '名称', '標題']) {
      const text = [`${label}：某县2024年某项工作方案`, '', '一、6月底前完成某系统建设。责任单位：某局。'].join('\n');
      const { meta } = (await parseBytes(Buffer.from(text, 'utf8'), 'page.txt')).document;
      expect(meta.title).toBe('某县2024年某项工作方案');
    }
  });
});

describe('a portal’s facts set with spaces', () => {
  it('a portal’s facts set apart by spaces, two labels on a line (索 引 号 … 公开方式 …, 发布机构 … 组配分类 …), are no title, nor is a label left alone (有效性)', async () => {
    const text = ['索  引  号 0001/2021-00001 公开方式 主动公开', '发布机构 某县某局 组配分类 发展计划', '成文日期 2021-02-22 废止日期', '有效性', '某县人民政府关于下达某县2021年发展计划的通知', '各镇政府:', '一、主要任务', '（一）加强管理。责任单位:某局。'].join('\n');
    const parsed = await parseBytes(Buffer.from(text, 'utf8'), 'page.txt');
    expect(parsed.document.meta.title).toBe('某县人民政府关于下达某县2021年发展计划的通知');
  });
});
