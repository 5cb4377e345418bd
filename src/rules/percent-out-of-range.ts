import type { TargetFact } from '../extract/metric.js';
import type { Target } from '../model/plan.js';
import { defineRule } from './define.js';

/** The most a share can be, per unit: 100%, 1000‰, or the whole as a fraction (1/3). */
const WHOLE: Readonly<Record<string, number>> = { '%': 100, '％': 100, '‰': 1000, '': 1 };

/**
 * A share of a whole (覆盖率, 占比, 比例) cannot pass 100%; a number restated
 * in the other of % and ‰ contradicts itself; and GB/T 15835 writes a range of
 * percentages with both signs (30%～40%), since "30-40%" reads as 30 to 0.4.
 * Growth and 完成率 may pass 100%, and a change (提高20%) is not a level:
 * neither is judged.
 */
export default defineRule({
  id: 'percent-out-of-range',
  severity: 'error',
  docs: {
    zh: '比率越界（覆盖率、占比超过100%）、‰与%混淆，或百分数区间写作“30-40%”',
    en: 'A rate or share outside 0–100%, ‰ confused with %, or a percentage range written "30-40%"',
  },
  messages: {
    over: {
      zh: '“{metric}”为“{text}”，超出了100%：覆盖率、占比、比例最多为100%，请核对数值；若指增长幅度，请写明“增长”或“提高”',
      en: '“{metric}” is “{text}”, more than 100%: a coverage rate or share cannot pass 100%; check the figure, or say 增长/提高 if a growth is meant',
    },
    mixed: {
      zh: '“{text}”与紧随其后的“{other}”数值相同而单位不同（‰ 与 %）：两者相差十倍，请核对应为千分数还是百分数',
      en: '“{text}” and the “{other}” right after it have the same number in different units (‰ and %), a tenfold difference: check which one is meant',
    },
    range: {
      zh: '区间“{text}”省略了前一个“{unit}”，易误读：请写作“{fixed}”',
      en: 'The range “{text}” drops the first “{unit}” and can be misread: write “{fixed}”',
    },
  },
  examples: {
    valid: [
      '序号\t工作任务\t具体内容\t责任单位\t完成时间\n16\t开展文化精准扶贫\t农村数字电影放映覆盖率达到100%，国产新片比例不低于1/3。\t文化站\t2019年',
      '序号\t工作任务\t具体内容\t责任单位\t完成时间\n19\t倡导文化志愿服务\t注册文化志愿者占常住人口比例达3‰，文化消费总额增长120%。\t文化站\t2019年',
    ],
    invalid: [
      {
        text: '序号\t工作任务\t具体内容\t责任单位\t完成时间\n5\t全面完成基层综合性文化服务中心建设\t行政村（社区）综合性文化服务中心覆盖率达120%。\t文化站\t2019年',
        errors: [{ messageId: 'over', task: 1, data: { metric: '行政村综合性文化服务中心覆盖率', text: '120%' } }],
      },
      {
        text: '二、重点任务\n1.提高群众满意度。群众满意度达到85-90%。（责任单位：县文化局；完成时限：2021年12月底前）',
        errors: [{ messageId: 'range', task: 1, data: { text: '85-90%', unit: '%', fixed: '85%～90%' } }],
      },
      {
        text: '二、重点任务\n1.倡导文化志愿服务。注册志愿者占常住人口比例达3‰（3%）。（责任单位：县文化馆；完成时限：2020年）',
        errors: [{ messageId: 'mixed', task: 1, data: { text: '3‰', other: '3%' } }],
      },
    ],
  },
  check({ doc, facts }, report) {
    for (const task of doc.tasks) {
      const found = facts.tasks.get(task.id)?.targetFacts ?? [];
      if (found.length !== task.targets.length) continue;
      const reportedRanges = new Set<number>();
      found.forEach((fact, k) => {
        const target = task.targets[k];
        if (target.dimension !== 'ratio' || !(target.unit in WHOLE)) return;
        if (fact.range) {
          if (!reportedRanges.has(fact.start) && droppedUnit(fact, target)) {
            reportedRanges.add(fact.start);
            const { lower, upper } = fact.range;
            report({ messageId: 'range', task, data: { text: target.text, unit: target.unit, fixed: `${lower}${target.unit}～${upper}` } });
          }
          return;
        }
        if (fact.kind === 'share' && !fact.change && target.value > WHOLE[target.unit]) {
          report({ messageId: 'over', task, data: { metric: fact.metric, text: target.text } });
        }
        const next = found[k + 1];
        if (next && restatesInOtherUnit(fact, target, next, task.targets[k + 1])) {
          report({ messageId: 'mixed', task, data: { text: target.text, other: task.targets[k + 1].text } });
        }
      });
    }
  },
});

/** 30-40%: the lower bound is a bare number that borrowed the upper bound's sign. */
function droppedUnit(fact: TargetFact, target: Target): boolean {
  return target.unit !== '' && fact.range !== null && /[0-9０-９]$/.test(fact.range.lower);
}

/** "3‰（3%）": the next target follows at once (in parentheses, with no words of its own) and says the same number in the other unit. */
function restatesInOtherUnit(fact: TargetFact, target: Target, next: TargetFact, nextTarget: Target): boolean {
  const units = new Set([target.unit.replace('％', '%'), nextTarget.unit.replace('％', '%')]);
  return (
    units.has('%') && units.has('‰') && next.metric === '' && !next.range && next.start - fact.end <= 1 && target.value === nextTarget.value
  );
}
