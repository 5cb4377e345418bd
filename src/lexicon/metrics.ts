/**
 * What a quantity measures, read from the words just before it
 * (“农村公路通达率达98%” → 通达率), and the words that make a list of
 * parts add up to a total. Simplified script; text is folded to simplified
 * first, and the few traditional-only forms the fold table lacks are listed too.
 */

/**
 * share: a part of a whole, 0–100% (覆盖率, 占比, 比例);
 * rate: a ratio that may pass 100% (增长率, 完成率);
 * area, money, count: the dimension the metric is counted in.
 */
export type MetricKind = 'share' | 'rate' | 'area' | 'money' | 'count';

/**
 * Metric head words, matched at the end of the words before the number
 * (longest first). A null kind says "this one has no fixed unit": a library's
 * 流通率 is counted in 次, a 容积率 is a bare number.
 */
export const METRIC_HEADS: readonly (readonly [string, MetricKind | null])[] = [
  // shares: bounded by the whole
  ['覆盖率', 'share'], ['覆蓋率', 'share'], ['覆盖面', 'share'], ['普及率', 'share'], ['达标率', 'share'],
  ['入户率', 'share'], ['建成率', 'share'], ['配备率', 'share'], ['开放率', 'share'], ['参与率', 'share'],
  ['知晓率', 'share'], ['合格率', 'share'], ['满意率', 'share'], ['满意度', 'share'], ['到位率', 'share'],
  ['使用率', 'share'], ['利用率', 'share'], ['入学率', 'share'], ['就业率', 'share'], ['通达率', 'share'],
  ['接种率', 'share'], ['签约率', 'share'], ['办结率', 'share'], ['完好率', 'share'], ['上线率', 'share'],
  ['占比', 'share'], ['佔比', 'share'], ['比例', 'share'], ['比重', 'share'], ['百分比', 'share'],
  // ratios between two amounts, not parts of a whole (地方配套比例120%)
  ['配套比例', 'rate'], ['配比', 'rate'],
  // rates that may exceed 100%
  ['增长率', 'rate'], ['增速', 'rate'], ['增幅', 'rate'], ['完成率', 'rate'], ['率', 'rate'],
  // 率 words with units of their own
  ['流通率', null], ['周转率', null], ['频率', null], ['效率', null], ['功率', null], ['汇率', null], ['容积率', null],
  // money
  ['投资', 'money'], ['资金', 'money'], ['经费', 'money'], ['费用', 'money'], ['金额', 'money'], ['预算', 'money'],
  ['造价', 'money'], ['事业费', 'money'], ['产值', 'money'],
  // area
  ['面积', 'area'], ['占地', 'area'], ['用地', 'area'],
  // counts
  ['人数', 'count'], ['场次', 'count'], ['次数', 'count'], ['个数', 'count'], ['户数', 'count'], ['册数', 'count'],
];

/**
 * The dimensions each metric kind may be stated in (model `Dimension`). Any
 * amount may be a percentage of another (配套资金不低于30%, 绿化面积30%).
 */
export const KIND_DIMENSIONS: Readonly<Record<MetricKind, readonly string[]>> = {
  share: ['ratio'],
  rate: ['ratio'],
  area: ['area', 'ratio'],
  money: ['money', 'ratio'],
  count: ['count', 'ratio', 'compound', 'time', 'none'],
};

/**
 * Words between the metric and its number, stripped from the end of the
 * metric (longest first). `change` verbs make the number a change, not a
 * level: 覆盖率提高20% may pass any bound, 覆盖率提高到100% may not.
 */
export const METRIC_VERBS: readonly (readonly [string, 'level' | 'change' | 'total'])[] = [
  ['达到', 'level'], ['达', 'level'], ['为', 'level'], ['是', 'level'], ['在', 'level'], ['到', 'level'], ['至', 'level'],
  ['保持在', 'level'], ['保持', 'level'], ['控制在', 'level'], ['稳定在', 'level'], ['实现', 'level'],
  ['提高到', 'level'], ['提升到', 'level'], ['提高至', 'level'], ['提升至', 'level'], ['增加到', 'level'], ['增至', 'level'],
  ['降至', 'level'], ['降低到', 'level'], ['降低至', 'level'], ['下降到', 'level'], ['下降至', 'level'],
  ['不少于', 'level'], ['不低于', 'level'], ['不小于', 'level'], ['不超过', 'level'], ['不高于', 'level'], ['超过', 'level'],
  ['低于', 'level'], ['高于', 'level'], ['至少', 'level'], ['最少', 'level'], ['最多', 'level'], ['以上', 'level'],
  ['约', 'level'], ['約', 'level'], ['大约', 'level'], ['近', 'level'], ['逾', 'level'],
  ['提高', 'change'], ['提升', 'change'], ['增长', 'change'], ['增加', 'change'], ['降低', 'change'], ['下降', 'change'],
  ['减少', 'change'], ['上升', 'change'],
  // comparisons with a base: 覆盖率比上年提高20% measures 覆盖率
  ['比上年', 'level'], ['较上年', 'level'], ['比去年', 'level'], ['较去年', 'level'], ['同比', 'level'], ['环比', 'level'],
  ['共计', 'total'], ['合计', 'total'], ['总计', 'total'], ['总共', 'total'], ['累计', 'total'], ['共', 'total'],
];

/** A figure per head or per item is no part of a total (其中每个乡镇16万元). */
export const PER_ITEM_MARKERS: readonly string[] = ['每', '人均', '户均', '平均', '均'];

/**
 * A figure that reports progress on the total or a share of a part
 * (其中已到位资金250万元) overlaps the real parts: the list is no split.
 */
export const NOT_PART_MARKERS: readonly string[] = ['已', '到位', '拨付', '下达', '缺口', '尚需', '尚缺', '还需'];

/** A metric starting with one of these is a total (总投资, 总建筑面积, 共建设文化站). */
export const TOTAL_PREFIXES: readonly string[] = ['总', '合计', '共计', '共'];

/** Words that start like a total but are not one (共同推进, 共建共享, 总书记). */
export const NOT_TOTAL_PREFIXES: readonly string[] = ['共同', '共享', '共建共', '共青', '共产', '共识', '共性', '总书记', '总体', '总结', '总站'];

/** Words opening the list of parts after a total: 其中地上…，地下…. */
export const BREAKDOWN_MARKERS: readonly string[] = ['其中'];

/** A money total's parts may follow in the next sentence: 总投资187万元。资金来源为：国债…，地方配套…。 */
export const FUNDING_SOURCE_MARKERS: readonly string[] = ['资金来源为', '资金来源是', '资金来源'];

/**
 * Pairs of parts that together make the whole (地上 + 地下 = 总建筑面积):
 * when a breakdown names both, it is exhaustive and must add up.
 */
export const COMPLEMENTARY_PARTS: readonly (readonly [string, string])[] = [
  ['地上', '地下'], ['室内', '室外'], ['城镇', '农村'], ['城市', '农村'], ['城区', '农村'], ['男', '女'],
  ['中央', '地方'], ['新建', '改扩建'], ['境内', '境外'], ['财政', '自筹'],
];

/** A part named like this is the remainder, so the list it ends is exhaustive (…，地方配套81万元). */
export const REMAINDER_PARTS: readonly string[] = ['配套', '自筹', '其余', '其他', '其它', '剩余', '余下'];

/** Words after a count that introduce its items: 共3个：甲、乙、丙. */
export const LIST_OPENERS: readonly string[] = ['：', ':', '，分别是', '，分别为', ',分别是', ',分别为', '，即', ',即', '：分别是', '：即'];

/** A bracket after a count may list its items (建设示范点3个（甲、乙、丙）) unless it opens with one of these: then it names only some. */
export const PARTIAL_LIST_OPENERS: readonly string[] = ['含', '包括', '包含', '如', '例如', '其中', '主要', '重点', '涉及'];

/** A list that opens like this enumerates clauses (3项：一是…、…；二是…), not names: its 、 do not separate items. */
export const ENUMERATION_OPENERS: readonly string[] = ['一是', '一要', '首先', '第一', '（1）', '(1)', '1.', '1、', '①'];

/** Words inside an item that make the count of a list ambiguous (甲和乙) or open (丙等). */
export const LIST_AMBIGUOUS: readonly string[] = ['和', '及', '与', '或', '等'];

/**
 * Unit symbols clerks type that GB 3100/3102 write otherwise, with the
 * standard form to use. Longest first when matched at the end of a quantity.
 */
export const NONSTANDARD_UNIT_SYMBOLS: readonly (readonly [string, string])[] = [
  ['km2', '平方公里（km²）'], ['KM2', '平方公里（km²）'], ['hm2', '公顷（hm²）'], ['m2', '平方米（m²）'], ['M2', '平方米（m²）'],
  ['m3', '立方米（m³）'], ['M3', '立方米（m³）'], ['平米', '平方米（m²）'], ['平方', '平方米（m²）'], ['立米', '立方米（m³）'],
  ['公尺', '米（m）'], ['平方公尺', '平方米（m²）'],
];
