import type { TargetFact } from '../extract/metric.js';
import type { SumStatement } from '../extract/sums.js';
import { resolveUnit } from '../extract/quantity.js';
import type { Target } from '../model/plan.js';
import { defineRule } from './define.js';

/** Only exact and approximate (约) figures add up; 55万多元 or 100人以上 say too little. */
const SUMMABLE = new Set(['=', '~']);

/**
 * Money and areas are split into parts that do not overlap (sources, floors);
 * people and items are often counted in overlapping groups ("共培训500人次，
 * 其中党员200人次，青年350人次"), so their parts may exceed the total.
 */
const SPLIT_DIMENSIONS = new Set(['money', 'area', 'volume', 'length', 'mass']);

/**
 * A total and its parts must agree (督查 checks the arithmetic first). A
 * "其中" list may name only some parts, so a shortfall is judged only when the
 * parts are plainly all of the total (地上 + 地下, …地方配套); money or area
 * parts that together exceed the total are wrong either way. Every figure may be rounded
 * in its last digit (±½), and a figure marked 约 by a whole digit.
 */
export default defineRule({
  id: 'sum-mismatch',
  severity: 'error',
  docs: {
    zh: '分项之和与总数不符，或列举的个数与所称个数不符',
    en: 'The parts do not add up to the total, or the listed items differ from the stated count',
  },
  messages: {
    breakdown: {
      zh: '分项之和与总数不符：“{total}”，而{parts}合计{sum}：请核对总数和各分项',
      en: 'The parts do not add up: the total is “{total}” but {parts} make {sum}: check the total and each part',
    },
    list: {
      zh: '所称数量与列举不符：写明“{total}”，其后却列举了{count}项（{items}）：请核对数量或补全名单',
      en: 'The count does not match the list: “{total}” is stated but {count} items are listed ({items}): check the count or complete the list',
    },
  },
  examples: {
    valid: [
      '序号\t项目名称\t建设内容\t建设年限\t责任科室\n1\t图书馆新馆建成投运\t总投资17700万元，总建筑面积约1.88万平方米，其中地上面积约1.43万平方米，地下面积约0.45万平方米。\t2021年\t建设办',
      '三、整改内容\n整改项目3：积极争取资金建设乡镇综合文化站。\n整改措施：改扩建乡镇文化站6个，总投资187万元。资金来源为：申请国债资金共计96万元，地方配套资金共计91万元。\n整改时限：2009年\n责任单位：县文化局',
      '二、重点任务\n1.建设乡镇综合文化站。总投资300万元，其中中央补助资金120万元。（责任单位：县文化局；完成时限：2021年）',
    ],
    invalid: [
      {
        text: '三、整改内容\n整改项目3：积极争取资金建设乡镇综合文化站。\n整改措施：总投资187万元，其中国债资金96万元、地方配套资金81万元。\n整改时限：2009年\n责任单位：县文化局',
        errors: [{ messageId: 'breakdown', task: 1, data: { total: '总投资187万元', parts: '“国债资金96万元”＋“地方配套资金81万元”', sum: '177万元' } }],
      },
      {
        text: '二、重点任务\n1.建设文化中心。总建筑面积约1.88万平方米，其中地上面积约1.43万平方米，地下面积约0.65万平方米。（责任单位：文化中心建设办；完成时限：2021年）',
        errors: [{ messageId: 'breakdown', task: 1, data: { total: '总建筑面积约1.88万平方米', sum: '2.08万平方米' } }],
      },
      {
        text: '二、重点任务\n1.建设示范文化站。今年共建设示范文化站3个：城关镇、河口乡、新华镇、白云乡。（责任单位：县文化局；完成时限：2021年）',
        errors: [{ messageId: 'list', task: 1, data: { total: '今年共建设示范文化站3个', count: 4, items: '城关镇、河口乡、新华镇、白云乡' } }],
      },
    ],
  },
  check({ doc, facts }, report) {
    for (const task of doc.tasks) {
      const taskFacts = facts.tasks.get(task.id);
      if (!taskFacts || taskFacts.targetFacts.length !== task.targets.length) continue;
      const named = (k: number) => ({ target: task.targets[k], fact: taskFacts.targetFacts[k] });
      for (const sum of taskFacts.sums) {
        const total = named(sum.total);
        if (!SUMMABLE.has(total.target.comparator)) continue;
        if (sum.kind === 'list') {
          if (total.target.comparator === '=' && total.target.value !== sum.items.length) {
            report({ messageId: 'list', task, data: { total: phrase(total), count: sum.items.length, items: sum.items.join('、') } });
          }
          continue;
        }
        const parts = sum.parts.map(named);
        if (parts.some((p) => !SUMMABLE.has(p.target.comparator))) continue;
        const found = addUp(total, parts, sum);
        if (found === null) continue;
        report({
          messageId: 'breakdown',
          task,
          data: { total: phrase(total), parts: parts.map((p) => `“${phrase(p)}”`).join('＋'), sum: found },
        });
      }
    }
  },
});

interface Named {
  target: Target;
  fact: TargetFact;
}

/** "总建筑面积约1.88万平方米": the metric, 约 when the figure is approximate, the figure. */
function phrase({ target, fact }: Named): string {
  return `${fact.metric}${target.comparator === '~' ? '约' : ''}${target.text}`;
}

/** The sum written the way the total is ("1.88万平方米"), when it contradicts the total; null when it agrees or cannot be judged. */
function addUp(total: Named, parts: readonly Named[], sum: SumStatement): string | null {
  const factor = (t: Target) => (t.unit === total.target.unit ? 1 : (resolveUnit(t.unit)?.toBase ?? NaN) / (resolveUnit(total.target.unit)?.toBase ?? NaN));
  const all = [total, ...parts];
  if (all.some((p) => !Number.isFinite(factor(p.target)))) return null;
  const value = parts.reduce((acc, p) => acc + p.target.value * factor(p.target), 0);
  // Rounded figures are off by up to half their last digit; 约 figures by a whole one.
  const slack = all.reduce((acc, p) => acc + p.fact.step * factor(p.target) * (p.target.comparator === '~' ? 1 : 0.5), 0);
  const excess = value - total.target.value;
  const provable = sum.exhaustive !== null ? Math.abs(excess) > slack : parts.length >= 2 && SPLIT_DIMENSIONS.has(total.target.dimension) && excess > slack;
  if (!provable) return null;
  return `${formatAmount(value / total.fact.scale)}${total.fact.unitText}`;
}

function formatAmount(n: number): string {
  return String(Math.round(n * 10_000) / 10_000);
}
