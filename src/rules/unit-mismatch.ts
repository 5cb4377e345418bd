import type { TargetFact } from '../extract/metric.js';
import { foldToSimplified } from '../lexicon/hant.js';
import { KIND_DIMENSIONS, type MetricKind } from '../lexicon/metrics.js';
import { resolveUnit } from '../extract/quantity.js';
import type { Target, Task } from '../model/plan.js';
import { defineRule } from './define.js';

type DimensionMessage = 'share' | 'area' | 'money' | 'count';

/** A 率 that may pass 100% still has to be a ratio: its message is the share's. */
const MESSAGE_OF_KIND: Readonly<Record<MetricKind, DimensionMessage>> = {
  share: 'share',
  rate: 'share',
  area: 'area',
  money: 'money',
  count: 'count',
};

/** Dimensions a count metric (人数, 场次) is plainly not counted in. */
const NOT_COUNTS = new Set(['money', 'area', 'length', 'mass', 'volume']);

/**
 * A number is only as checkable as its unit (SMART "measurable"): a 覆盖率
 * in 人/个, a 面积 in 个, the same 附表 figure differing from the body, or a
 * unit typed as m2 make a target a reviewer sends back. Only metrics the
 * words before the number name plainly are judged; a number with no metric
 * name passes.
 */
export default defineRule({
  id: 'unit-mismatch',
  severity: 'warning',
  docs: {
    zh: '单位与指标量纲不符，或同一指标在正文/附表间单位、数值不一致，或单位符号不规范',
    en: 'The unit contradicts the kind of metric, the same metric differs between the body and a table, or a unit symbol is non-standard',
  },
  messages: {
    share: {
      zh: '“{metric}”是比率指标，却以“{unit}”为单位（“{text}”）：请改用百分数（%）或千分数（‰）表述，或将指标名称改为与单位相符的说法',
      en: '“{metric}” is a rate but is stated in {unit} (“{text}”): state it as a percentage (%) or per mille (‰), or rename the metric to match its unit',
    },
    area: {
      zh: '“{metric}”是面积指标，却以“{unit}”为单位（“{text}”）：请改用平方米（m²）、亩或公顷',
      en: '“{metric}” is an area but is stated in {unit} (“{text}”): use square metres (m²), mu or hectares',
    },
    money: {
      zh: '“{metric}”是资金指标，却以“{unit}”为单位（“{text}”）：请改用元或万元',
      en: '“{metric}” is an amount of money but is stated in {unit} (“{text}”): use yuan (元 or 万元)',
    },
    count: {
      zh: '“{metric}”是数量指标，却以“{unit}”为单位（“{text}”）：请改用人、个、场等计数单位',
      en: '“{metric}” is a count but is stated in {unit} (“{text}”): use a counting unit such as 人, 个 or 场',
    },
    restated: {
      zh: '“{metric}”在正文中为“{text}”，在附表中为“{other}”：请核对后统一数值和单位',
      en: '“{metric}” is “{text}” in the body but “{other}” in the table: check the figure and make both agree',
    },
    symbol: {
      zh: '单位“{written}”不规范（“{text}”）：请写作{standard}',
      en: 'Non-standard unit symbol “{written}” in “{text}”: write {standard}',
    },
  },
  examples: {
    valid: [
      '序号\t工作任务\t具体内容\t责任单位\t完成时间\n9\t打造图书馆总分馆服务体系\t行政村（社区）综合性文化服务中心覆盖率达100%，镇、村两级注册文化志愿者占常住人口比例达3‰。\t文化站\t2019年',
      '二、重点任务\n1.推进公共文化服务下基层，完成送书4万册、送戏300场、送培训20000人次。（责任科室：公共文化科）\n附2\n序号\t项目名称\t建设内容\t建设年限\t责任科室\n1\t公共文化服务下基层\t推进公共文化服务下基层，完成送书4万册、送戏300场、送培训20000人次。\t2021年\t公共文化科',
    ],
    invalid: [
      {
        text: '序号\t工作任务\t具体内容\t责任单位\t完成时间\n9\t打造图书馆总分馆服务体系\t人均藏书达到1.5册以上，公共图书馆（室）目标人群覆盖率达1.5万人/个。\t文化站\t2019年',
        errors: [{ messageId: 'share', task: 1, data: { metric: '公共图书馆目标人群覆盖率', unit: '人/个', text: '1.5万人/个' } }],
      },
      {
        text: '三、整改内容\n整改项目3：积极争取资金建设乡镇综合文化站。\n整改措施：六个乡镇文化站改扩建工程，建筑面积3050m2，总投资187万元。\n整改时限：2009年\n责任单位：县文化局',
        errors: [{ messageId: 'symbol', task: 1, data: { written: 'm2', text: '3050m2', standard: '平方米（m²）' } }],
      },
      {
        text: '二、重点任务\n1.推进公共文化服务下基层，完成送书4万册、送戏300场。（责任科室：公共文化科）\n附2\n序号\t项目名称\t建设内容\t建设年限\t责任科室\n1\t公共文化服务下基层\t推进公共文化服务下基层，完成送书3万册、送戏300场。\t2021年\t公共文化科',
        errors: [{ messageId: 'restated', task: 1, data: { metric: '完成送书', text: '4万册', other: '3万册' } }],
      },
      { text: '序号\t工作任务\t具体内容\t责任单位\t完成时间\n9\t打造图书馆总分馆服务体系\t新增文化活动用房面积3个。\t文化站\t2019年', errors: [{ messageId: 'area', task: 1, data: { metric: '新增文化活动用房面积', unit: '个' } }] },
      { text: '序号\t工作任务\t具体内容\t责任单位\t完成时间\n9\t打造图书馆总分馆服务体系\t总投资5个。\t文化站\t2019年', errors: [{ messageId: 'money', task: 1, data: { metric: '总投资', unit: '个' } }] },
      { text: '序号\t工作任务\t具体内容\t责任单位\t完成时间\n9\t打造图书馆总分馆服务体系\t参训人数达200平方米。\t文化站\t2019年', errors: [{ messageId: 'count', task: 1, data: { metric: '参训人数', unit: '平方米' } }] },
    ],
  },
  check({ doc, facts }, report) {
    const byId = new Map(doc.tasks.map((t) => [t.id, t]));
    const factsOf = (task: Task): readonly TargetFact[] => {
      const found = facts.tasks.get(task.id)?.targetFacts ?? [];
      return found.length === task.targets.length ? found : [];
    };

    for (const task of doc.tasks) {
      factsOf(task).forEach((fact, k) => {
        const target = task.targets[k];
        if (fact.kind && !fitsKind(fact.kind, target)) {
          report({ messageId: MESSAGE_OF_KIND[fact.kind], task, data: { metric: fact.metric, unit: target.unit, text: target.text } });
        }
        if (fact.symbol) report({ messageId: 'symbol', task, data: { written: fact.symbol.written, text: target.text, standard: fact.symbol.standard } });
      });
    }

    for (const [bodyId, rowIds] of facts.restatedBy) {
      const body = byId.get(bodyId);
      if (!body) continue;
      const rows = rowIds.map((id) => byId.get(id)).filter((t): t is Task => t !== undefined);
      const restated = rows.flatMap((row) => factsOf(row).map((fact, k) => ({ fact, target: row.targets[k] })));
      factsOf(body).forEach((fact, k) => {
        const label = labelOf(fact);
        if (label.length < 2 || fact.range) return;
        const same = restated.filter((r) => !r.fact.range && sameLabel(label, labelOf(r.fact)));
        if (same.length === 0 || same.some((r) => sameAmount(body.targets[k], r.target))) return;
        report({ messageId: 'restated', task: body, data: { metric: fact.metric, text: body.targets[k].text, other: same[0].target.text } });
      });
    }
  },
});

/**
 * Whether the unit suits the metric; a compound unit is judged by its
 * numerator (经费1200元/人 is money; 覆盖率1.5万人/个 is not a rate).
 */
function fitsKind(kind: MetricKind, target: Target): boolean {
  const dimension = target.dimension === 'compound' ? (resolveUnit(target.unit.split('/')[0])?.dimension ?? 'compound') : target.dimension;
  if (kind === 'count') return !NOT_COUNTS.has(dimension);
  return KIND_DIMENSIONS[kind].includes(dimension);
}

function labelOf(fact: TargetFact): string {
  return foldToSimplified(fact.metric).replace(/\s+/g, '');
}

/** 送书 = 送书; 完成送书 and 送书 name the same thing. */
function sameLabel(a: string, b: string): boolean {
  return a === b || (b.length >= 2 && a.endsWith(b)) || (a.length >= 2 && b.endsWith(a));
}

/** Equal after normalising the unit: 4万册 = 40000册, 1.5亩 = 1000平方米. */
function sameAmount(a: Target, b: Target): boolean {
  if (a.unit === b.unit) return close(a.value, b.value);
  const ua = resolveUnit(a.unit);
  const ub = resolveUnit(b.unit);
  if (!ua?.toBase || !ub?.toBase || ua.dimension !== ub.dimension) return false;
  return close(a.value * ua.toBase, b.value * ub.toBase);
}

function close(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}
