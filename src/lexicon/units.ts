import type { Comparator, Dimension } from '../model/plan.js';

/**
 * Units of measure as Chinese plans write them (simplified and traditional).
 * Multiplier prefixes (万元, 億元, 萬冊, 万吨) are not listed: the numeral parser
 * reads 万/萬/亿/億/千/百 as a power of ten and the unit after it is looked up
 * here, so 17700万元 is 177000000 元 and 4万册 is 40000 册.
 */
export interface UnitGroup {
  /** The unit reported for every alias; absent = each alias is reported as written (个 and 個 stay apart). */
  readonly unit?: string;
  readonly dimension: Dimension;
  /** A value in this unit × toBase = the value in BASE_UNITS[dimension]; absent when it does not convert. */
  readonly toBase?: number;
  readonly aliases: readonly string[];
}

/** The unit each convertible dimension compares in (亩 vs 平方米, 公里 vs 米). */
export const BASE_UNITS: Readonly<Partial<Record<Dimension, string>>> = {
  money: '元',
  area: '平方米',
  length: '米',
  mass: '千克',
  volume: '立方米',
  time: '小时',
  ratio: '%',
};

export const UNIT_GROUPS: readonly UnitGroup[] = [
  // money
  { unit: '元', dimension: 'money', toBase: 1, aliases: ['元', '圆', '圓', '人民币', '人民幣', '元人民币', '元人民幣'] },
  { unit: '美元', dimension: 'money', aliases: ['美元'] },
  // area: GB 3100 symbols and the spellings clerks type (m2 for m², 平米)
  { unit: '平方米', dimension: 'area', toBase: 1, aliases: ['平方米', '平米', '平方', '平方公尺', 'm2', 'm²', '㎡'] },
  // Units keep the script they are written in (亩 / 畝): targets are reported as the plan writes them.
  { unit: '亩', dimension: 'area', toBase: 2000 / 3, aliases: ['亩'] },
  { unit: '畝', dimension: 'area', toBase: 2000 / 3, aliases: ['畝'] },
  { unit: '公顷', dimension: 'area', toBase: 10_000, aliases: ['公顷', 'hm2', 'hm²'] },
  { unit: '公頃', dimension: 'area', toBase: 10_000, aliases: ['公頃'] },
  { unit: '平方公里', dimension: 'area', toBase: 1_000_000, aliases: ['平方公里', '平方千米', 'km2', 'km²', '㎢'] },
  // length
  { unit: '米', dimension: 'length', toBase: 1, aliases: ['米', '公尺', 'm'] },
  { unit: '公里', dimension: 'length', toBase: 1000, aliases: ['公里', '千米', 'km', '㎞'] },
  { unit: '厘米', dimension: 'length', toBase: 0.01, aliases: ['厘米', '釐米', 'cm', '㎝'] },
  // Pipes and channels measured along their run: 改造管网50延米.
  { unit: '延米', dimension: 'length', toBase: 1, aliases: ['延米'] },
  // mass
  { unit: '吨', dimension: 'mass', toBase: 1000, aliases: ['吨'] },
  { unit: '噸', dimension: 'mass', toBase: 1000, aliases: ['噸'] },
  { unit: '千克', dimension: 'mass', toBase: 1, aliases: ['千克', '公斤', 'kg', '㎏'] },
  // Energy saved or used, counted in standard coal: 节能5万吨标准煤.
  { unit: '吨标准煤', dimension: 'mass', toBase: 1000, aliases: ['吨标准煤', '吨标煤'] },
  { unit: '噸標準煤', dimension: 'mass', toBase: 1000, aliases: ['噸標準煤', '噸標煤'] },
  // Concentrations of air and water quality: 35微克/立方米, 0.5毫克/升.
  { unit: '克', dimension: 'mass', toBase: 0.001, aliases: ['克'] },
  { unit: '毫克', dimension: 'mass', toBase: 1e-6, aliases: ['毫克', 'mg'] },
  { unit: '微克', dimension: 'mass', toBase: 1e-9, aliases: ['微克', 'μg', 'µg'] },
  // volume
  { unit: '立方米', dimension: 'volume', toBase: 1, aliases: ['立方米', '立米', 'm3', 'm³', '㎥'] },
  { unit: '升', dimension: 'volume', toBase: 0.001, aliases: ['升'] },
  // time: 年 and 月 are deliberately absent — "3年", "6个月" are durations, not targets
  { dimension: 'time', toBase: 1, aliases: ['小时', '小時'] },
  { unit: '小时', dimension: 'time', toBase: 1, aliases: ['个小时'] },
  { unit: '小時', dimension: 'time', toBase: 1, aliases: ['個小時'] },
  { dimension: 'time', toBase: 1 / 60, aliases: ['分钟', '分鐘'] },
  { dimension: 'time', aliases: ['天', '课时', '課時', '学时', '學時', '工作日'] },
  { unit: '工作日', dimension: 'time', aliases: ['个工作日', '個工作日'] },
  // power and energy, reported as written: 新增装机5万千瓦, 发电量2亿千瓦时.
  { dimension: 'none', aliases: ['千瓦时', '千瓦時', '兆瓦时', '兆瓦時', '千瓦', '兆瓦', '吉瓦'] },
  // ratio
  { unit: '%', dimension: 'ratio', toBase: 1, aliases: ['%', '％'] },
  { unit: '‰', dimension: 'ratio', toBase: 0.1, aliases: ['‰'] },
  { unit: '百分点', dimension: 'ratio', aliases: ['百分点', '个百分点'] },
  { unit: '百分點', dimension: 'ratio', aliases: ['百分點', '個百分點'] },
  { dimension: 'ratio', aliases: ['倍'] },
  // counts, reported as written; multi-character ones (人次, 场次) win over their first character
  {
    dimension: 'count',
    aliases: [
      '个', '個', '家', '场', '場', '场次', '場次', '人次', '人', '名', '位', '户', '戶',
      '册', '冊', '本', '卷', '部', '套', '台', '臺', '件', '项', '項', '所', '座', '处', '處',
      '村', '期', '批', '批次', '条', '條', '篇', '支', '次', '种', '種', '类', '類', '间', '間',
      '张', '張', '块', '塊', '辆', '輛', '艘', '架', '首', '幅', '份', '组', '組', '队', '隊',
      '栋', '棟', '层', '層', '轮', '輪', '门', '門', '款', '集', '例', '宗', '株', '棵', '盏', '盞',
      // Devices and animals: 200只喇叭, 500头生猪.
      '只', '隻', '头', '頭',
      // Wells, pools and pits: 50口沼气池, 10眼机井.
      '口', '眼',
      // Sets and visits counted as a measure word and its kind: 1000台套, 200户次, 50车次.
      '台套', '臺套', '户次', '戶次', '个次', '個次', '台次', '臺次', '车次', '車次', '架次', '班次',
    ],
  },
];

/**
 * Words that begin with a unit alias but are not one: "6个月" is a duration,
 * "3部门" is not 3 部. Longest match sees these before the alias inside them.
 */
export const NOT_UNITS: readonly string[] = [
  '个月', '個月', '个季度', '個季度', '个年度', '個年度', '个世纪', '個世紀',
  '部门', '部門', '部署', '部分', '期间', '期間', '元旦', '所有', '台账', '臺賬',
  '条例', '條例', '场所', '場所', '场地', '場地', '场馆', '場館',
  // 组织 (to organise), 队伍 (a team as such), 处理 (to handle): 2.1组织架构建设 is a section number and its title.
  '组织', '組織', '队伍', '隊伍', '处理', '處理',
  // 口 and 眼 count wells, not a port, a slogan or a mask: 3口岸, 5口号.
  '口岸', '口径', '口徑', '口号', '口號', '口罩', '口腔', '口味', '眼光', '眼睛',
];

/** Denominators of a compound unit that are not units on their own: 万元/年, 人/月. */
export const PER_WORDS: readonly string[] = ['年', '月', '周', '日', '季度', '镇', '鎮', '乡', '鄉'];

/** Qualifiers written before the number. Longest match wins (不超过 before 超过). */
export const COMPARATOR_PREFIXES: readonly (readonly [string, Comparator])[] = [
  ['不少于', '>='], ['不少於', '>='], ['不低于', '>='], ['不低於', '>='], ['不小于', '>='], ['不小於', '>='],
  ['至少', '>='], ['最少', '>='], ['最低', '>='],
  ['超过', '>'], ['超過', '>'], ['超', '>'], ['逾', '>'], ['多于', '>'], ['多於', '>'],
  ['高于', '>'], ['高於', '>'], ['大于', '>'], ['大於', '>'],
  ['不超过', '<='], ['不超過', '<='], ['不超', '<='], ['不高于', '<='], ['不高於', '<='],
  ['不多于', '<='], ['不多於', '<='], ['不大于', '<='], ['不大於', '<='], ['最多', '<='], ['至多', '<='], ['最高', '<='],
  ['低于', '<'], ['低於', '<'], ['少于', '<'], ['少於', '<'], ['小于', '<'], ['小於', '<'],
  ['不足', '<'], ['不到', '<'], ['未满', '<'], ['未滿', '<'],
  ['约', '~'], ['約', '~'], ['大约', '~'], ['大約', '~'], ['近', '~'], ['将近', '~'], ['將近', '~'], ['接近', '~'],
];

/** Verbs that may stand between a prefix qualifier and its number: 至少达到100人. */
export const QUALIFIER_FILLERS: readonly string[] = ['达到', '達到', '达', '達'];

/** Adverbs that qualify a number a few characters on, across a verb: 至少配备1名, 最多安排3场. */
export const COMPARATOR_ADVERBS: readonly (readonly [string, Comparator])[] = [
  ['至少', '>='], ['最少', '>='], ['至多', '<='], ['最多', '<='],
];

/** Qualifiers written after the unit: 100人以上, 1场以上的电影. */
export const COMPARATOR_SUFFIXES: readonly (readonly [string, Comparator])[] = [
  ['及以上', '>='], ['以上', '>='],
  ['及以下', '<='], ['以下', '<='], ['以内', '<='], ['以內', '<='], ['之内', '<='], ['之內', '<='],
  ['左右', '~'],
];

/** "More than" written between the number and its unit, kept in the text: 150余場, 55萬多元. */
export const MORE_THAN_INFIXES: readonly string[] = ['余', '餘', '多'];

/** A number right after these is not a target: 第3批 (an ordinal), 每1000人 (a denominator). */
export const NOT_QUANTITY_BEFORE: readonly string[] = ['第', '每'];

/** A Chinese numeral right after these is a vague amount (数十个, 几百人); Arabic digits are not (人数100人). */
export const VAGUE_BEFORE_CHINESE: readonly string[] = ['数', '數', '几', '幾'];

/** Separators inside codes, dates and versions: a digit run right after digit+one of these is no quantity (9·20, 2018.05.07, 56616894-5-1408). */
export const CODE_SEPARATORS: readonly string[] = ['-', '－', '.', '．', '·', '・', '•', ':', '/', '／', '—', '–', '―', '~', '～'];

/** Range marks between two quantities: 30-40%, 3至5个. */
export const RANGE_SEPARATORS: readonly string[] = ['-', '－', '—', '–', '―', '~', '～', '至', '到'];

/**
 * "从每人每月574元提高到609元": the amount after 从/由 is where things stand,
 * the one after the change verb the commitment. These open the baseline…
 */
export const BASELINE_OPENERS: readonly string[] = ['从', '從', '由'];
/**
 * What a span of hours before these names: a standing arrangement (24小时值班, 24小时在线服务, 全天24小时
 * 值守), not a quantity to reach. Simplified; fold first.
 */
export const STANDING_DUTY_WORDS: readonly string[] = [
  '值班', '值守', '在岗', '在线', '待命', '备勤', '轮班', '带班', '不间断', '不打烊', '服务', '热线', '监测', '监控', '开放', '营业', '巡逻', '巡查', '畅通', '响应',
];

/**
 * A clause that tells where things stand holds no promise: one that opens with the present
 * (目前全县还有12个小区未改造, 截至目前…) or reports work done (已完成投资7.5亿元).
 */
export const PRESENT_STATE_OPENERS: readonly string[] = ['目前', '当前', '當前', '现阶段', '現階段', '截至目前', '截止目前', '到目前为止', '到目前為止'];
export const DONE_VERBS: readonly string[] = [
  '已完成', '已建成', '已开工', '已開工', '已竣工', '已完工', '已办结', '已辦結', '已整改', '已实现', '已實現', '已发放', '已發放',
  '已累计', '已累計', '已投入', '已经完成', '已經完成',
];

/** …and these close it (the verb and 到/至 after it). */
export const CHANGE_TO_VERBS: readonly string[] = [
  '提高', '提升', '增加', '增长', '增長', '降低', '下降', '减少', '減少', '扩大', '擴大', '调整', '調整', '上调', '上調',
  '下调', '下調', '压减', '壓減', '压缩', '壓縮', '缩短', '縮短', '延长', '延長',
];
