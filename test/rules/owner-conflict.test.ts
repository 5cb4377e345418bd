import { describe, expect, it } from 'vitest';
import { runRuleOnSeed, runRuleOnText, taskIdsOf } from '../support/run-rule.js';
import { SEEDS } from '../support/seeds.js';

const ID = 'owner-conflict';
const BODY = '二、重点任务\n1.完善专项规划编制工作。（责任领导：陈某；责任科室：办公室）\n';
const TABLE = '附件\n重点工作清单\n序号\t项目名称\t建设内容\t责任领导\t责任科室';
const withRow = (leaders: string, units: string, extraHeader = '', extraCell = '') =>
  `${BODY}${TABLE}${extraHeader}\n1\t专项规划编制\t完善专项规划编制工作。\t${leaders}\t${units}${extraCell}`;

describe(ID, () => {
  it.each([
    ['the same owners, padded in the table', withRow('陈  某', '办公室')],
    ['the table adds a partner column', withRow('陈某', '办公室', '\t配合单位', '\t各直属单位')],
    ['the table gives no leader', withRow('', '办公室')],
    ['a redacted leader in the table', withRow('*', '办公室')],
    ['the body partner listed among the table units', `二、重点任务\n1.完善专项规划编制工作。（责任单位：办公室；配合单位：规划科）\n${TABLE}\n1\t专项规划编制\t完善专项规划编制工作。\t\t办公室、规划科`],
    [
      'one row merging two body items and their owners',
      '二、重点任务\n1.建设图书馆新馆。（责任领导：陈某；责任科室：图书馆）\n2.建设剧院新馆。（责任领导：王某；责任科室：剧院）\n' +
        `${TABLE}\n1\t新馆建设\t建设图书馆新馆，建设剧院新馆。\t陈某、王某\t图书馆、剧院`,
    ],
  ])('passes: %s', async (_name, text) => {
    expect((await runRuleOnText(ID, text)).found).toEqual([]);
  });

  it('fires on the body task when the table adds a unit, naming both owner lists', async () => {
    const { parsed, found } = await runRuleOnText(ID, withRow('陈某', '办公室、各直属单位'));
    const [body] = taskIdsOf(parsed, ['（责任领导：陈某；责任科室：办公室）']);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      ruleId: ID,
      severity: 'warning',
      taskId: body,
      message:
        'Task “完善专项规划编制工作” has different owners in the body and the table: the body says “陈某；办公室”, the table row “专项规划编制” says “陈某；办公室、各直属单位”: make the responsible leaders and lead units agree (the table may list partners separately)',
    });
  });

  it.each([
    ['adds a leader', withRow('陈某、王某', '办公室')],
    ['names another leader', withRow('王某', '办公室')],
    ['drops a unit', `二、重点任务\n1.完善专项规划编制工作。（责任领导：陈某；责任科室：办公室、规划科）\n${TABLE}\n1\t专项规划编制\t完善专项规划编制工作。\t陈某\t办公室`],
  ])('fires when the table %s', async (_name, text) => {
    const { found } = await runRuleOnText(ID, text);
    expect(found.map((d) => d.taskId)).toEqual(['T1']);
  });

  it('reports the three owner differences of seed 000 on the body tasks (RULES.md examples)', async () => {
    const { parsed, found } = await runRuleOnSeed(ID, SEEDS[0], { lang: 'zh' });
    const expected = taskIdsOf(parsed, ['完善“十四五”文化旅游专项规划编制工作', '巩固基层综合文化服务中心建成率', '推进公共文化服务下基层，完成送书']);
    expect(found.map((d) => d.taskId)).toEqual(expected);
    expect(found.map((d) => d.message.match(/正文为“([^”]*)”，附表“[^”]*”一行为“([^”]*)”/)?.slice(1))).toEqual([
      ['陈忠新；各科室', '陈忠新、陈凯；各科室'],
      ['陈凯；文化中心建设办、图书馆、海门山歌艺术剧院', '陈凯；文化中心建设办'],
      ['徐叶飞；公共文化和文保科', '徐叶飞；公共文化和文保科、各直属单位'],
    ]);
  });

  it.each([[SEEDS[1]], [SEEDS[2]], [SEEDS[3]], [SEEDS[4]]])('does not fire on seed %s (no body task is restated by a table)', async (seed) => {
    expect((await runRuleOnSeed(ID, seed)).found).toEqual([]);
  });
});
