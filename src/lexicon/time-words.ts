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
  '尽快', '盡快', '尽早', '盡早', '早日', '适时', '適時', '近期', '逐步', '择机', '擇機', '择期', '擇期',
  '及时', '及時', '抓紧', '抓緊', '立即', '限期', '适当时候', '適當時候', '另行通知', '视情', '視情', '待定',
];

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
  中: '央共国國心小学學华華层層期午间間型等级級高医醫文西外方旬',
  底: '线線数數子层層部蕴蘊色气氣薪稿',
  末: '端梢位班尾',
};

/**
 * Edges of a year: [first month, first day, last month, last day, precision].
 * 年初 is read as the first quarter (documents use it loosely for Jan–Mar).
 */
export const YEAR_PARTS: Readonly<Record<string, readonly [number, number, number, number, DeadlinePrecision]>> = {
  底: [12, 0, 12, 0, 'day'],
  末: [12, 0, 12, 0, 'day'],
  初: [1, 1, 3, 0, 'quarter'],
};

/** Before a bare 年底/年初/年内 these make it another phrase: 3年内 (a duration), 近年初. */
export const YEAR_WORD_HEADS = '0123456789〇零○一二三四五六七八九十两兩几幾多数數近半百千万萬余餘每';

/** Half years: [first month, last month]. */
export const HALF_YEARS: Readonly<Record<string, readonly [number, number]>> = {
  上半年: [1, 6],
  下半年: [7, 12],
};

/** Quarters: 第三季度, 三季度, 3季度, Q3; 前三季度 = the first three. */
export const QUARTER_WORD = '季度';
export const QUARTER_NUMERALS = '一二三四1234';

/** Seasons: [first month, last month]; months past 12 fall in the next year (冬季 = Dec–Feb). */
export const SEASONS: Readonly<Record<string, readonly [number, number]>> = {
  春季: [3, 5],
  夏季: [6, 8],
  秋季: [9, 11],
  冬季: [12, 14],
};

/** Chinese digits, for 二〇二一年, 三季度 and 十二月三十一日. */
export const CN_DIGITS: Readonly<Record<string, number>> = {
  〇: 0, 零: 0, '○': 0, Ｏ: 0, 一: 1, 二: 2, 两: 2, 兩: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};

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
