import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseFile, type Parsed } from '../../src/parse.js';
import type { ExpectedFinding } from '../../src/rules/define.js';
import { RULES } from '../../src/rules/index.js';
import { expectFindings } from '../support/rule-tester.js';
import { FIXTURES, SEEDS } from '../support/seeds.js';

type Seed = (typeof SEEDS)[number];

/**
 * Every finding each rule makes on the five real seeds; a rule a seed does
 * not list makes none there. Tasks are named by a phrase of their text.
 */
const SEED_FINDINGS: Readonly<Record<Seed, Readonly<Record<string, readonly ExpectedFinding[]>>>> = {
  // 000 海门 工作方案: body items restated by 附2, every 附2 deadline the year 2021.
  '000_d5898165c5e6b752': {
    'lead-unclear': [
      { messageId: 'units', task: '巩固基层综合文化服务中心建成率', data: { owners: '文化中心建设办、图书馆、海门山歌艺术剧院' } },
      { messageId: 'units', task: '加强文艺创作生产', data: { owners: '公共文化和文保科、江海艺术研究院' } },
      { messageId: 'leaders', task: '全面完成 “十四五”文化旅游专项规划编制工作', data: { owners: '陈忠新、陈凯' } },
    ],
    'owner-conflict': [
      { messageId: 'conflict', task: '完善“十四五”文化旅游专项规划编制工作', data: { body: '陈忠新；各科室', table: '陈忠新、陈凯；各科室' } },
      { messageId: 'conflict', task: '巩固基层综合文化服务中心建成率', data: { body: '陈凯；文化中心建设办、图书馆、海门山歌艺术剧院', table: '陈凯；文化中心建设办' } },
      { messageId: 'conflict', task: '推进公共文化服务下基层，完成送书', data: { body: '徐叶飞；公共文化和文保科', table: '徐叶飞；公共文化和文保科、各直属单位' } },
    ],
    'missing-deadline': [{ messageId: 'missing', task: '加强文艺创作生产，全力冲刺精神文明建设' }],
    'coarse-deadline': [{ messageId: 'tableYears', task: '全面完成 “十四五”文化旅游专项规划编制', data: { count: 4, deadline: '2021年' } }],
  },
  // 001 邯郸 实施方案: a portal copy whose 进度安排 lost its 年 and 月.
  '001_5fd3a691959281b4': {
    'missing-owner': [
      { messageId: 'missing', task: '落实公共文化服务设施免费开放政策' },
      { messageId: 'missing', task: '按照文化共享工程“进村入户”工作要求' },
      { messageId: 'missing', task: '建设公共数字文化服务提档升级乡镇服务点' },
      { messageId: 'missing', task: '实施群众文艺骨干培训计划' },
      { messageId: 'missing', task: '建设基层群众文艺团队' },
      { messageId: 'missing', task: '推动党的十九大精神进企业' },
      { messageId: 'missing', task: '组织实施阶段(2018310—1210日)' },
    ],
    'garbled-date': [
      { messageId: 'lost', task: '2018310日前', data: { pairs: '2018310日前 → 2018年3月10日前？；310日前 → 3月10日前？' } },
      { messageId: 'lost', task: '2018310—1210日', data: { pairs: '2018310—1210日 → 2018年3月10日—12月10日？；71日前 → 7月1日前？；121日前 → 12月1日前？' } },
      { messageId: 'lost', task: '20181210—1231日', data: { pairs: '20181210—1231日 → 2018年12月10日—12月31日？' } },
    ],
    'deadline-before-publication': [{ messageId: 'beforePublished', task: '2018310日前', data: { end: '2018-03-10', date: '2018-05-07' } }],
    'numbering-style': [{ messageId: 'halfWidth', line: 17, data: { written: '(一)', expected: '（一）', count: 13 } }],
  },
  // 002 繁體 整改方案: redacted owners, masked 整改時限, 整改項目5 twice.
  '002_18e7aa6971dcb1bf': {
    'redacted-owner': [
      { messageId: 'redacted', task: '整改項目1:積極建設和完善全國文化信息資源', data: { fields: '責任領導：*、*、*' } },
      { messageId: 'redacted', task: '整改項目2:繼續實施農村電影2131放映工程', data: { fields: '責任領導：*；責任股室：*' } },
      { messageId: 'redacted', task: '整改項目3:積極爭取資金建設鄉鎮綜合文化站', data: { fields: '責任領導：*、*；責任股室：*' } },
      // ××縣建設局 names a body: only the leaders are listed.
      { messageId: 'redacted', task: '整改項目4:積極爭創國家級歷史文化名城', data: { fields: '責任領導：*、*、*、*' } },
      { messageId: 'redacted', task: '整改項目5:認真組織和開展全國第三次文物普查', data: { fields: '責任領導：*、*；責任股室：*、縣文物管理所' } },
      { messageId: 'redacted', task: '整改項目5:積極組織和參與第二屆新農村文藝調演', data: { fields: '責任領導：*；責任股單位：*' } },
      { messageId: 'redacted', task: '整改項目6:積極組織和落實申報第七批全國重點', data: { fields: '責任領導：*、*；責任股室：*、縣文物管理所' } },
      { messageId: 'redacted', task: '整改項目7:規范文化市場管理', data: { fields: '責任領導：*' } },
      { messageId: 'redacted', task: '整改項目8:加強支部及文化系統的學習', data: { fields: '責任領導：*' } },
      { messageId: 'redacted', task: '整改項目9:進一步加大工作落實力度', data: { fields: '責任領導：*' } },
    ],
    'lead-unclear': [{ messageId: 'units', task: '整改項目1:積極建設和完善全國文化信息資源', data: { owners: '縣圖書館、局辦公室' } }],
    'unclear-deadline': [
      { messageId: 'masked', task: '2009年1月*', data: { deadline: '2009年1月*' } },
      { messageId: 'masked', task: '2009年5月*', data: { deadline: '2009年5月*' } },
      { messageId: 'startLost', task: '2009年――2009年9月', data: { deadline: '2009年――2009年9月' } },
    ],
    'coarse-deadline': [
      { messageId: 'span', task: '2009年1月――2010年12月', data: { months: 24 } },
      { messageId: 'span', task: '2009年7月――2012年10月底', data: { months: 40 } },
      { messageId: 'year', task: '規范文化市場管理', data: { deadline: '2009年' } },
      { messageId: 'year', task: '加強支部及文化系統的學習', data: { deadline: '2009年' } },
      { messageId: 'year', task: '進一步加大工作落實力度', data: { deadline: '2009年' } },
    ],
    'unit-mismatch': [{ messageId: 'symbol', task: '建筑面積3050m2', data: { written: 'm2', text: '3050m2' } }],
    'duplicate-task-number': [{ messageId: 'duplicate', task: '整改項目5:積極組織和參與第二屆新農村文藝調演', data: { label: '整改項目5' } }],
    'numbering-style': [{ messageId: 'form', line: 8, data: { written: '1、', expected: '1.', count: 7 } }],
  },
  // 003 古镇镇 任务分解表: 65 rows, merged 序号 cells split into rows.
  '003_5a35171835c4a9ae': {
    'vague-owner': [
      { messageId: 'vague', task: '严格执行《古镇镇基本公共文化服务实施标准', data: { owners: '各成员单位' } },
      { messageId: 'vague', task: '开展“公共文化服务共建共治共享模式”制度设计研究', data: { owners: '各成员单位' } },
      { messageId: 'vague', task: '建立信息报送制度', data: { owners: '各成员单位' } },
    ],
    // Rows with two or more named units and no 配合 cell; 宣传办 / 文化站 with 经信局 as partner is sorted.
    'lead-unclear': [
      { messageId: 'units', task: '细化公共文化设施的土地利用', data: { owners: '国土分局、规划分局' } },
      { messageId: 'units', task: '整合基层文化资源', data: { owners: '宣传办、文化站' } },
      { messageId: 'units', task: '结合美丽宜居乡村建设', data: { owners: '农业局、文化站' } },
      { messageId: 'units', task: '提升中国合唱基地的建设水平', data: { owners: '文化站、教指中心、社区学院' } },
      { messageId: 'units', task: '构建艺术普及场馆和人才共享体系', data: { owners: '社会事务局文化站、教指中心' } },
      { messageId: 'units', task: '大力推进文化艺术创作发展', data: { owners: '文化站、社区学院' } },
    ],
    'coarse-deadline': [{ messageId: 'tableYears', task: '着力打造“伟人故里 书香中山”系列品牌阅读活动', data: { count: 65, deadline: '2018年至2020年' } }],
    // Rows 7, 14 and 28 agree with their 完成时间.
    'deadline-conflict': [
      { messageId: 'column', task: '到2020年镇（区）级图书馆可提供数字资源服务', data: { mention: '到2020年', deadline: '2019年' } },
      { messageId: 'column', task: '到2020年，镇、村两级注册文化志愿者', data: { mention: '到2020年', deadline: '2019年' } },
    ],
    'unit-mismatch': [{ messageId: 'share', task: '目标人群覆盖率达1.5万人/个', data: { unit: '人/个', text: '1.5万人/个' } }],
    'merged-cell-split': [
      { messageId: 'continuation', task: '建立公建配套公共文化设施公示和通报制度', data: { label: '6' } },
      { messageId: 'continuation', task: '大力推进文化艺术创作发展', data: { label: '12' } },
    ],
  },
  // 004 资阳 通知+实施方案: 指标任务 items with neither owner nor date; years from 〔2020〕.
  '004_ddf377d826d8cb0f': {
    'missing-owner': [
      { messageId: 'missing', task: '将村级文化服务中心图书室、文体活动室与旅游咨询点' },
      { messageId: 'missing', task: '所做牌子必须符合村和社区规范化建设' },
      { messageId: 'missing', task: '制定相关功能室使用具体措施' },
      { messageId: 'missing', task: '6月中旬召开“资阳区文化旅游基层公共服务' },
    ],
    'missing-deadline': [
      { messageId: 'missing', task: '将村级文化服务中心图书室、文体活动室与旅游咨询点' },
      { messageId: 'missing', task: '所做牌子必须符合村和社区规范化建设' },
      { messageId: 'missing', task: '制定相关功能室使用具体措施' },
      { messageId: 'missing', task: '要认真组织专题学习一次省委、市委' },
      { messageId: 'missing', task: '领导小组办公室做好与市文旅广体局' },
    ],
    'coarse-deadline': [
      { messageId: 'noYear', task: '6月中旬召开', data: { deadline: '6月中旬', source: '益资文旅广体发〔2020〕8号', year: '2020' } },
      { messageId: 'noYear', task: '6月底前切实落', data: { deadline: '6月底前', source: '益资文旅广体发〔2020〕8号', year: '2020' } },
    ],
    'numbering-style': [{ messageId: 'mixed', line: 39, data: { written: '1.', expected: '（一）', parent: '三、指标任务' } }],
  },
};

const parsed = new Map<Seed, Parsed>();
beforeAll(async () => {
  for (const seed of SEEDS) parsed.set(seed, await parseFile(join(FIXTURES, `${seed}.txt`)));
});

describe.each(SEEDS.map((seed) => [seed]))('seed %s', (seed) => {
  it('names only rules that exist', () => {
    expect(Object.keys(SEED_FINDINGS[seed]).filter((id) => !RULES.some((rule) => rule.id === id))).toEqual([]);
  });

  it.each(RULES.map((rule) => [rule.id, rule]))('%s', (id, rule) => {
    expectFindings(rule, parsed.get(seed)!, SEED_FINDINGS[seed][id] ?? []);
  });
});

/** Silences that rest on extraction: the facts the rules found nothing wrong in. */
describe('what the seeds’ silences rest on', () => {
  it('000: 陈忠新, 瞿丹, 陈凯 and 徐叶飞, every leader the tasks name, are on the 附1 roster', () => {
    const doc = parsed.get(SEEDS[0])!;
    expect(doc.document.roster.map((r) => r.name)).toEqual(expect.arrayContaining(['陈忠新', '瞿丹', '陈凯', '徐叶飞']));
    const named = new Set(doc.document.tasks.flatMap((t) => doc.facts.tasks.get(t.id)!.lead.leaders.map((l) => l.person)));
    expect([...named].sort()).toEqual(['徐叶飞', '瞿丹', '陈凯', '陈忠新'].sort());
  });

  it('000 and 002: the breakdowns that add up are read (1.88万 = 1.43万 + 0.45万, 4.77万 = 3.16万 + 1.61万; 187萬元 = 96萬元 + 91萬元)', () => {
    const sums = (seed: Seed) => [...parsed.get(seed)!.facts.tasks.values()].flatMap((f) => f.sums.map((s) => [s.kind, s.exhaustive, s.parts.length]));
    expect(sums(SEEDS[0])).toEqual([
      ['breakdown', 'pair', 2],
      ['breakdown', 'pair', 2],
    ]);
    expect(sums(SEEDS[2])).toEqual([['breakdown', 'remainder', 2]]);
  });
});
