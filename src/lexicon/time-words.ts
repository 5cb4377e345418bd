/**
 * Time words for the deadline grammar (src/extract/deadline.ts). Data only,
 * simplified and traditional forms side by side; the grammar decides what they
 * mean in context.
 */
import type { DeadlineFlag, DeadlinePrecision } from '../model/plan.js';

export interface TimeWord {
  word: string;
  flags: readonly DeadlineFlag[];
}

/** "As soon as possible" words: no date, flagged vague. */
export const VAGUE_WORDS: readonly string[] = [
  '尽快', '盡快', '儘快', '尽早', '盡早', '儘早', '及早', '早日', '适时', '適時', '近期', '逐步', '择机', '擇機', '择期', '擇期',
  '及时', '及時', '抓紧', '抓緊', '立即', '限期', '适当时候', '適當時候', '另行通知', '视情', '視情', '待定',
  // conditions and hoped-for results, not dates
  '时机成熟后', '時機成熟後', '时机成熟时', '時機成熟時', '条件成熟后', '條件成熟後', '条件成熟时', '條件成熟時',
  '年内见成效', '年內見成效', '当年见成效', '當年見成效',
  // the turn of the year as a season (利用岁末年初黄金季), not the year's first quarter
  '岁末年初', '歲末年初',
  // before the flood or rainy season (汛期前完成排查): a season whose dates each year and place set
  '主汛期前', '汛期前', '雨季前', '雨季來臨前', '雨季来临前',
];

/**
 * Vague words naming a season of the year (汛期前): after a year (今年汛期前, 2030年雨季前)
 * the year only says which season, so the whole stays vague rather than the year's end.
 */
export const SEASONAL_VAGUE_WORDS: ReadonlySet<string> = new Set(['主汛期前', '汛期前', '雨季前', '雨季來臨前', '雨季来临前']);

/** Vague words that suit reactive duties (及时报送, 立即整改, 视情调整): a task's main clause may use them and still be scheduled. */
export const REACTIVE_TIME_WORDS: readonly string[] = ['及时', '及時', '立即', '视情', '視情'];

/** Standing duties: no end date. 长期 alone is also vague (how long?); 长期坚持 states a standing rule. */
export const ONGOING_WORDS: readonly TimeWord[] = [
  { word: '长期坚持', flags: ['ongoing'] },
  { word: '長期堅持', flags: ['ongoing'] },
  { word: '长期', flags: ['ongoing', 'vague'] },
  { word: '長期', flags: ['ongoing', 'vague'] },
  { word: '持续推进', flags: ['ongoing'] },
  { word: '持續推進', flags: ['ongoing'] },
  { word: '持续开展', flags: ['ongoing'] },
  { word: '持續開展', flags: ['ongoing'] },
  { word: '持续', flags: ['ongoing'] },
  { word: '持續', flags: ['ongoing'] },
  { word: '常态化', flags: ['ongoing'] },
  { word: '常態化', flags: ['ongoing'] },
  { word: '常年', flags: ['ongoing'] },
];

/** Longer words that contain a time word but are not one ("可持续发展" is not a schedule). */
export const NOT_TIME_WORDS: readonly string[] = ['长期以来', '長期以來', '可持续', '可持續', '视情节', '視情節'];

/** Years named relative to the document (or, inside a range, to the range's start). */
export const RELATIVE_YEARS: Readonly<Record<string, number>> = {
  今年: 0, 本年: 0, 当年: 0, 當年: 0, 同年: 0,
  明年: 1, 次年: 1, 翌年: 1, 来年: 1, 來年: 1,
  去年: -1,
};
/** Of those, the words that always count from the document's year, in a range's end too (去年12月至今年6月); 次年, 同年 count from the range's start. */
export const DOCUMENT_YEAR_WORDS: readonly string[] = ['今年', '本年', '明年', '来年', '來年', '去年'];
/** Characters after 年 that make a word, not a year: 年龄, 年代, 年级 … */
export const YEAR_WORD_TAILS = '龄齡代级級纪紀轻輕限头頭薪均';

/**
 * Parts of a month: [first day, last day, precision]; day 0 = the month's last day.
 * 底/末 pin the last day, so they are 'day'; 初/中 are ten-day spans like 旬.
 */
export const MONTH_PARTS: Readonly<Record<string, readonly [number, number, DeadlinePrecision]>> = {
  上中旬: [1, 20, 'xun'],
  中下旬: [11, 0, 'xun'],
  上旬: [1, 10, 'xun'],
  中旬: [11, 20, 'xun'],
  下旬: [21, 0, 'xun'],
  初: [1, 10, 'xun'],
  中: [11, 20, 'xun'],
  底: [0, 0, 'day'],
  末: [0, 0, 'day'],
};

/** A one-character part word followed by one of these is another word (月中央, 年初步, 月底线, 年内容). */
export const PART_WORD_TAILS: Readonly<Record<string, string>> = {
  内: '容部外涵在地存科务網网设設控置需销銷心',
  內: '容部外涵在地存科务務網网设設控置需銷心',
  初: '步稿级級心衷期始次审審选選中赛賽见見',
  中: '央共国國心小学學华華层層期午间間型等级級高医醫文西外方旬秋考标標职職药藥部山铁鐵石建专專',
  底: '线線数數子层層部蕴蘊色气氣薪稿',
  末: '端梢位班尾',
  终: '止端点身生极究',
  終: '止端點身生極究',
  低: '于於调調碳价價廉保收端温溫层層速效氧压壓',
};

/** Typos of a month part, read as the part and flagged garbled: 7月低 → 7月底. */
export const MONTH_PART_TYPOS: Readonly<Record<string, string>> = { 低: '底' };

/**
 * Edges of a year, after 年 or 年度: [first month, first day, last month, last day, precision].
 * 年初 is read as the first quarter (documents use it loosely for Jan–Mar);
 * 年中 is the end of the first half, as 年底 is the end of the second.
 */
export const YEAR_PARTS: Readonly<Record<string, readonly [number, number, number, number, DeadlinePrecision]>> = {
  的结束: [12, 0, 12, 0, 'day'],
  的結束: [12, 0, 12, 0, 'day'],
  结束: [12, 0, 12, 0, 'day'],
  結束: [12, 0, 12, 0, 'day'],
  底: [12, 0, 12, 0, 'day'],
  末: [12, 0, 12, 0, 'day'],
  终: [12, 0, 12, 0, 'day'],
  終: [12, 0, 12, 0, 'day'],
  初: [1, 1, 3, 0, 'quarter'],
  中: [6, 0, 6, 0, 'day'],
};

/** Before a bare 年底/年初/年中/年内 these make it another phrase: 3年内 (a duration), 近年初. */
export const YEAR_WORD_HEADS = '0123456789〇零○一二三四五六七八九十两兩几幾多数數近半百千万萬余餘每';

/** Half years: [first month, last month]. */
export const HALF_YEARS: Readonly<Record<string, readonly [number, number]>> = {
  上半年: [1, 6],
  下半年: [7, 12],
};

/**
 * Quarters: 第三季度, 三季度, 3季度, Q3; 前三季度 = the first three. Taiwan, Hong Kong and Macau drop the 度
 * after an ordinal (第三季, 前三季): with 第 or 前 before it, a bare 季 is a quarter, never a season.
 */
export const QUARTER_WORD = '季度';
export const QUARTER_NUMERALS = '一二三四1234';

/**
 * Seasons have no agreed bounds (meteorological 冬季 is Dec–Feb, the solar
 * terms put it from 立冬 to 立春): a season is a time word without dates, flagged vague.
 */
export const SEASON_WORDS: readonly string[] = ['春季', '夏季', '秋季', '冬季'];

/**
 * Holidays as dates: a fixed month and day, or 'spring' for the Spring
 * Festival, which moves (see spring-festival.ts). "春节前" is its eve; a holiday
 * with neither a year nor 前/期间 is not a date ("春节将近").
 */
export const HOLIDAYS: Readonly<Record<string, readonly [number, number] | 'spring'>> = {
  元旦: [1, 1],
  // National Day, 1 October: "国庆节前" is 30 September. The longer word first, so it is the one read.
  国庆节: [10, 1],
  国庆: [10, 1],
  國慶節: [10, 1],
  國慶: [10, 1],
  春节: 'spring',
  春節: 'spring',
  过年: 'spring',
  過年: 'spring',
};
/** After a holiday: a window around it with no bounds of its own (春节期间, 过年期间, 元旦前后). */
export const HOLIDAY_WINDOW_WORDS: readonly string[] = ['期间', '期間', '假期', '前后', '前後'];

/** Republic of China (民国/民國, Taiwan) era: year N is N + 1911; 民國 101 年 = 2012. */
export const ROC_ERA_WORDS: readonly string[] = ['民國', '民国'];

/**
 * Relative periods: "3天内", "三个月内", "5年内" count from an unstated start, so
 * they have no dates (flagged vague). A duration in working days (14个工作日内)
 * is a service time limit, not a period, and is not read.
 */
export const DURATION_NUMERALS = '一二两兩三四五六七八九十百半';
export const DURATION_UNITS: readonly string[] = ['星期', '天', '日', '周', '週', '月', '年'];
export const WITHIN_WORDS: readonly string[] = ['之内', '之內', '以内', '以內', '内', '內'];
/** 用三年时间: a duration spent, read like 三年内. */
export const DURATION_SPENT_HEAD = '用';
export const DURATION_SPENT_TAILS: readonly string[] = ['左右时间', '左右時間', '时间', '時間'];

/** Placeholders of a template's year: xx年, 20XX年, ____年, **年 (a mirror masking it). */
export const PLACEHOLDER_CHARS = 'xX×_＿*＊';

/**
 * A year compared with is a baseline, not a time: 比2015年下降24%, 较2020年底增长,
 * 与2015年相比. The words before the date, longest first; the words after it
 * count when one of the openers stands before it.
 */
export const BASELINE_BEFORE: readonly string[] = ['相比于', '相比於', '相较于', '相較於', '比较', '比較', '对比', '對比', '相比', '相较', '相較', '比', '较', '較'];
export const BASELINE_OPENERS = '与與和同跟';
export const BASELINE_AFTER: readonly string[] = ['相比', '相较', '相較', '比较', '比較'];
/**
 * Kinds of document a year may open the name of (2018年度重点项目清单, 2023年度工作要点): the year names which
 * one, it sets no time. 计划 and 规划 are also verbs (2023年计划完成… is a time): as kinds they end the name
 * only where a name ends (2024年度学习计划，…; 2024年度学习计划由某科制定).
 */
export const YEAR_NAMED_KINDS: readonly string[] = [
  '清单', '方案', '报告', '要点', '名录', '目录', '台账', '名单', '白皮书', '公报', '年鉴', '计划', '計劃', '规划', '規劃',
  // Events a year names (2022年某地冬奥会、…): which one, not when the work is due.
  '冬奥会', '奥运会', '亚运会', '运动会', '運動會', '博览会', '博覽會',
];
/**
 * Budget accounts a year names (纳入2030年预算, 民國120年概算): the year says whose budget, not when the
 * work is due; a budget is drawn up before its year and settled after it.
 */
export const BUDGET_WORDS: readonly string[] = ['预算', '預算', '概算', '决算', '決算'];
/** What may follow such a name: the name ends there (2018年度…清单由某局公布, …清单的编制). */
export const AFTER_NAMED_KIND = '，,。；;、：:》”」』的由已和及与（(）) \n';
/**
 * Verbs that, between the year and the kind, make the year the time of the work (2023年完成方案); so do the
 * words that open a clause (2023年将按照规划…): a name holds neither.
 */
export const YEAR_WORK_VERBS: readonly string[] = [
  '完成', '编制', '編制', '制定', '制訂', '制订', '形成', '出台', '出臺', '印发', '印發', '提交', '报送', '報送', '修订', '修訂',
  '将', '將', '按照', '依照', '根据', '根據', '举办', '舉辦', '召开', '召開', '承办', '承辦',
];

/**
 * Verbs whose object a year may qualify: 明确2023年金融指标, 召开2024年第一次会议, 制定2025年工作计划.
 * A year right after one of them and before the noun it qualifies names which year's thing, not a time;
 * verbs of intent (确保, 力争, 争取, 计划) are left out: 争取2024年开工 is a deadline.
 */
export const YEAR_OBJECT_VERBS: readonly string[] = [
  '明确', '明確', '制定', '制订', '制訂', '编制', '編制', '召开', '召開', '举办', '舉辦', '印发', '印發', '出台', '出臺',
  '下达', '下達', '分解', '梳理', '总结', '總結', '部署', '筹备', '籌備', '上报', '上報', '报送', '報送',
  '申报', '申報', '发布', '發布', '公布', '确定', '確定', '完成', '落实', '落實', '实施', '實施', '启动', '啟動', '开展', '開展',
  // Bidding for or hosting an event: 申办2023年某省消费促进活动.
  '申办', '申辦', '承办', '承辦',
];
/**
 * A year before these tells of the past, not a time to meet: 对2020年已达标的…, 2015年以来; so does a date
 * an inspection found something on (10月9日督查发现…).
 */
/**
 * A date that opens the work, not a time to meet it: 自2024年起每年…, 从3月开始…; never a span's start
 * (1月1日起至12月31日) nor 起草 (3月起草方案).
 */
export const START_AFTER: readonly string[] = ['开始', '開始', '起'];
export const NOT_START_AFTER = '草步跑至到—–-~～';
export const PAST_AFTER: readonly string[] = ['以来', '以來', '已经', '已經', '已', '督查发现', '督查發現', '检查发现', '檢查發現', '巡查发现', '巡查發現', '暗访发现', '暗訪發現', '发现', '發現'];

/**
 * A date after these tells of what was done, not a time to meet: 已于2014年5月30日通车, 已在3月完成; 经 tells
 * what a step on that date found (经10月11日复查，…).
 */
export const PAST_BEFORE: readonly string[] = ['已于', '已於', '已在', '已经于', '已經於', '业已于', '業已於', '截至', '截止到', '截止至', '经', '經'];

/** Words before a date that name it as an occasion the work is for (为迎接明年建县七十周年, 喜迎2025年…): no completion time. */
export const OCCASION_BEFORE: readonly string[] = ['迎接', '喜迎', '庆祝', '慶祝', '纪念', '紀念', '献礼', '獻禮'];

/** Words that open a reason (由于6月1日适逢节日，故…): a date right after them is the cause, not the work's time. */
export const REASON_BEFORE: readonly string[] = ['由于', '由於', '因为', '因為', '鉴于', '鑒於', '鑑於'];

/** Recurrence periods: 每月5日前, 每季度末, 每年12月底前, 每周五. A week has no precision of its own: 'day'. */
export const RECURRING_PERIODS: Readonly<Record<string, DeadlinePrecision>> = {
  每半年: 'half', 每季度: 'quarter', 每季: 'quarter', 每年度: 'year', 每年: 'year', 每月: 'month', 每旬: 'xun',
  每星期: 'day', 每周: 'day', 每週: 'day', 每日: 'day', 每天: 'day',
};
/** Cadence words that say "regularly", with no day: 按月调度. */
export const CADENCE_WORDS: Readonly<Record<string, DeadlinePrecision>> = {
  按季度: 'quarter', 按季: 'quarter', 按年度: 'year', 按年: 'year', 按月: 'month', 按旬: 'xun', 按周: 'day', 按週: 'day',
};
/** Day names after 每周: 每周五. */
export const WEEKDAYS = '一二三四五六日天';

/** Words before a horizon date: 到2020年，…; 截至2019年底. */
export const UNTIL_WORDS: readonly string[] = ['截止到', '截止至', '截至', '截止', '到', '至'];
/** Characters before 到 that make it a verb: 达到2020年水平 is not a horizon. */
export const UNTIL_BLOCKERS = '达達';

/** "Before" suffixes: 6月底前, 2021年之前; the longest first. */
export const BY_WORDS: readonly string[] = ['之前', '以前', '前'];
/** Characters after 前 that make it another word (前后, 前期, 前提). */
export const BY_WORD_TAILS = '后後期夕列沿景途提面身三两兩';
/** …but 提 opening a verb of handing in (9月30日前提出, 四月底前提報) leaves 前 its own: the date is a deadline. */
export const BY_BEFORE_HANDING_IN = '出交报報供请請送';

/**
 * Range separators between two dates: 至 到 and the dashes; ? and ?? are what
 * Big5 makes of ―― (it has no code for it).
 */
export const RANGE_WORDS: readonly string[] = ['至', '到'];
export const RANGE_DASHES = '—―–~～-?';

/** Marks of a redacted part: 2009年1月*. */
export const MASK_CHARS = '*＊×';

/** Book-title marks: a plan period inside 《…（2016—2020年）》 is a title, not a deadline. */
export const TITLE_OPEN = '《';
export const TITLE_CLOSE = '》';

/** Quotation marks around a name (「…」, 『…』, “…”): each opening mark at the index of its closing one. */
export const QUOTE_OPEN = '「『“';
export const QUOTE_CLOSE = '」』”';
