/**
 * The document's own dates and the year its year-less dates are read in: the
 * 落款 date (under the signature, or under a covering notice), the 文号's
 * 〔2020〕, the title's year, the page's date lines (成文日期, 发布日期, 时间,
 * "• 2008-12-18", also as "发文日期 | 2022-07-14 |" or a label over its value),
 * and whether the document writes Republic of China years.
 */
import { stripGlosses } from './gloss.js';
import { ISSUE_DATE_LABELS, MEETING_RECORD_WORDS, MEETING_TIME_LABELS, PLAIN_DATE_LABELS, PUBLICATION_DATE_LABELS } from '../lexicon/date-labels.js';
import { foldToSimplified } from '../lexicon/hant.js';
import { ORG_NAME_END } from '../lexicon/organisations.js';
import { PLACEHOLDER_CHARS, ROC_ERA_WORDS } from '../lexicon/time-words.js';
import { findTimeMentions, parseDeadline, type DateContext } from './deadline.js';
import { ROC_OFFSET } from './deadline/calendar.js';
import { parseChineseInteger } from '../text/numeral.js';
import type { Line } from './outline.js';
import { detectScript } from './script.js';
import { withoutSpaces } from '../text/space.js';
import { asciiDigits } from '../text/digits.js';

/** Where meta.date came from: a portal's 发布日期 is weaker evidence than a 落款 date. */
export type DateSource = 'signature' | 'portal' | null;

export interface DocumentDates {
  /** The 落款 date, else the page's 成文/发布 date (an upload timestamp is not the document's date). */
  date: string | null;
  dateSource: DateSource;
  /** The year year-less dates are read in. */
  year: number | null;
  /** How the deadline grammar reads this document's dates. */
  dateContext: DateContext;
}

const CN_NUMERAL = '〇零○Ｏ一二三四五六七八九十百';
/** A 落款 date: a full date alone on its line, 二〇一九年三月十二日 or 中華民國九十八年一月五日 too. */
const SIGNATURE_DATE = new RegExp(
  `^(?:中华民国|中華民國|${ROC_ERA_WORDS.join('|')})?(?:\\d{2,4}|[${CN_NUMERAL}]{2,6})年[0-9${CN_NUMERAL}]{1,3}月[0-9${CN_NUMERAL}]{1,3}日$`,
);
/** A page's date line with nothing else on it: "• 2008-12-18". */
const BARE_DATE_LINE = /^[\s•·*\-–—]*((?:19|20)\d\d[-./]\d{1,2}[-./]\d{1,2})(?:\s+\d{1,2}:\d\d(?::\d\d)?)?\s*$/;
/** A time of day in or right after a date: 2023-11-16 16:38. */
const TIME_OF_DAY = /\d{1,2}:\d\d/;
const TIME_OF_DAY_REACH = 8;
const LABELS = [...ISSUE_DATE_LABELS, ...PUBLICATION_DATE_LABELS, ...PLAIN_DATE_LABELS].sort((a, b) => b.length - a.length);
/** A date label at the start of a line or after a space or a cell bar, then its separator. */
const DATE_LABEL = new RegExp(`(?<=^|[\\s|｜,，;；])(${LABELS.map((l) => l.split('').join('\\s*')).join('|')})\\s*[:：|｜]?\\s*`, 'g');
const DOC_NUMBER_YEAR = /[〔［[【(（]\s*((?:19|20)\d\d)\s*[〕］\]】)）]/;
/** A title's year; of a span (三年行动方案（2024—2026年）) the first, the year the plan sets out from. */
const TITLE_YEAR = /(?:^|[^\d])((?:19|20)\d{2})\s*(?:年|[—–\-－~～至到]\s*(?:19|20)\d{2}\s*年)/;
/** 20xx年, ____年, and the masked 20*年 of a shared copy. */
const PLACEHOLDER_YEAR = new RegExp(`(?:(?:19|20)(?:[${PLACEHOLDER_CHARS}]{2}|[*＊]{1,2})|[${PLACEHOLDER_CHARS}]{2,8})\\s*年`);
const ROC_ERA_YEAR = new RegExp(`(?:${ROC_ERA_WORDS.join('|')})\\s*(?:\\d{1,3}|[${CN_NUMERAL}]{1,6})\\s*年`);
/** 98年元旦, 101年9月, 一百零五年三月: a 2- or 3-digit year with a date part after it. */
const ROC_STYLE_YEAR = new RegExp(
  `(?<![\\d０-９.\\-/${CN_NUMERAL}])([0-9０-９]{2,3}|[${CN_NUMERAL}]{3,6})\\s*年\\s*(?:[0-9０-９]{1,2}\\s*月|[一二三四五六七八九十]{1,2}\\s*月|元旦|度)`,
  'g',
);
const ROC_YEAR_MIN = 50;
const ROC_YEAR_MAX = 199;

/** A line that is only a full date written out (a 落款 date) → ISO, else null. */
export function signatureDateOf(text: string): string | null {
  const compact = asciiDigits(withoutSpaces(text));
  if (!SIGNATURE_DATE.test(compact)) return null;
  return parseDeadline(compact, { year: null, roc: true })?.end ?? null;
}

/**
 * The head of minutes and bulletins (纪要, 简报) sets the issuing office and the day on one line, apart:
 * "某县人民政府办公室      2025年1月12日". That day is the document's own, as a 落款's is.
 */
const HEAD_ISSUER_DATE = /^[\s\u3000]*(\S{2,30}?)(?:\s{2,}|\u3000+|\s*\t\s*)(\S{6,20}日)\s*$/;

/** The office's word for issuing it after its name: 某局办公室编, 某县委办公室印发. */
const HEAD_ISSUER_VERB = /(?:编印|编发|印发|编)$/;

function headDateOf(line: Line): string | null {
  if (!line.text.includes('日')) return null;
  const head = HEAD_ISSUER_DATE.exec(line.text);
  return head && ORG_NAME_END.test(head[1].replace(HEAD_ISSUER_VERB, '')) ? signatureDateOf(head[2]) : null;
}

/** The year in a 文号: 〔2020〕, [2020], 【2021】 (臺教綜(一)字第…號 has none). */
export function docNumberYear(docNumber: string | null): number | null {
  const match = docNumber ? DOC_NUMBER_YEAR.exec(docNumber) : null;
  return match ? Number(match[1]) : null;
}

/** A year and, when it was read from the document's own date (not a publication date), that date. */
interface YearSource {
  year: number;
  issued?: string;
}

interface DateLine {
  date: string;
  /** Written with a time of day: an upload timestamp. */
  timestamp: boolean;
}

interface DateLines {
  issue: DateLine | null;
  publication: DateLine | null;
  plain: DateLine | null;
  bare: DateLine | null;
}

/**
 * The document's dates. `signed` is the 落款 date under the main text's
 * signature; a covering notice's 落款 in the preamble counts the same.
 *
 * The year comes from the first source that has one: the document's own date
 * (落款, 成文日期/发文日期), the 文号's 〔2020〕, the title's year, the page's
 * publication and other date lines. A title naming the year after the
 * document's date is a plan issued ahead of its year, and wins. A template that
 * writes its year as a placeholder (xx年, ____年) has no year but its own date
 * or 文号: the title of the site that hosts it is not its year. A year in the
 * body's prose (对2020年已达标的…) is never the document's.
 */
export function documentDates(
  preamble: readonly Line[],
  chrome: readonly Line[],
  mainText: readonly Line[],
  title: string | null,
  docNumber: string | null,
  signed: string | null,
): DocumentDates {
  const notice = signed ?? firstOf(preamble, (l) => signatureDateOf(l.text)) ?? firstOf(preamble, headDateOf);
  const lines = findDateLines([...chrome, ...preamble]);
  const portal = [lines.issue, lines.publication].find((l) => l && !l.timestamp)?.date ?? null;
  const record = title !== null && MEETING_RECORD_WORDS.some((w) => foldToSimplified(title).includes(w));
  const met = (line: Line) => meetingDateOf(line) ?? meetingTimeOf(line, record);
  const own =
    notice ??
    lines.issue?.date ??
    firstOf([...preamble, ...mainText.slice(0, MEETING_HEAD_LINES)], met) ??
    (record ? (firstOf(chrome, heldOn) ?? titledDay(title)) : null);
  const texts = [...preamble, ...chrome, ...mainText].map((l) => l.text);
  const template = texts.some((t) => PLACEHOLDER_YEAR.test(t));
  const roc = writesRocYears(texts);
  const titleYear = title && !template ? (yearIn(title) ?? (roc ? rocYearIn(title) : null)) : null;
  const pageDate = template ? null : (lines.publication ?? lines.plain ?? lines.bare);

  const source = yearSource(own, docNumberYear(docNumber), titleYear, pageDate, pageDate === lines.bare);
  const year = source?.year ?? null;
  return {
    date: notice ?? portal,
    dateSource: notice ? 'signature' : portal ? 'portal' : null,
    year,
    dateContext: { year, ...(roc ? { roc: true } : {}), ...(source?.issued ? { issued: source.issued } : {}) },
  };
}

/** The first source that has a year (see documentDates); `bare`: the page date is a bare date line under the title. */
function yearSource(own: string | null, numbered: number | null, titleYear: number | null, page: DateLine | null, bare: boolean): YearSource | null {
  if (own) return titleYear === yearOfDate(own) + 1 ? { year: titleYear } : { year: yearOfDate(own), issued: own };
  if (numbered !== null) return { year: numbered };
  if (titleYear !== null) return { year: titleYear };
  if (!page) return null;
  return bare && !page.timestamp ? { year: yearOfDate(page.date), issued: page.date } : { year: yearOfDate(page.date) };
}

function firstOf<T>(lines: readonly Line[], read: (line: Line) => T | null): T | null {
  for (const line of lines) {
    const value = read(line);
    if (value !== null) return value;
  }
  return null;
}

/**
 * Minutes open with the day the meeting met: "2024年3月15日，县长某某主持召开县政府第12次常务会议。", or with
 * who met first: "某某组于101年5月30日在某会议室召开第4次工作会议。" That day is the document's own date, as a
 * 落款 would be.
 */
const MEETING_OPENING = /^[\s\u3000]*((?:19|20)\d\d\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)[^。]{0,60}?(?:召开|举行|主持)/;
/** The body that met, then 于 and the day: its name is short and holds no sentence. */
const MET_ON = /^[\s\u3000]*[^。，,；;：:]{2,40}?于\s*(?=[\d〇零○一二三四五六七八九十百])/;
const MET = /召开|举行|主持/;

function meetingDateOf(line: Line): string | null {
  const folded = foldToSimplified(line.text);
  const opening = MEETING_OPENING.exec(folded);
  if (opening) return dateAtStart(opening[1])?.date ?? null;
  const on = MET_ON.exec(folded);
  if (!on) return null;
  const rest = folded.slice(on[0].length);
  const met = MET.exec(rest);
  return met && met.index <= 60 ? (dateAtStart(rest.slice(0, met.index))?.date ?? null) : null;
}

/** How far into the main text minutes give their head (時間, 地點, 主席) before what was decided. */
const MEETING_HEAD_LINES = 6;
const MEETING_TIME = new RegExp(`^[\\s\\u3000]*(?:(?:[一二三四五六七八九十]+|\\d+)\\s*[、.．]\\s*)?(${[...MEETING_TIME_LABELS, '时间'].join('|')})\\s*[:：]\\s*`);

/** A record titled by the day it met (2022年12月20日县长办公会议纪要): that day is its own date. */
const TITLE_DAY = /(?:19|20)\d\d\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日/;

function titledDay(title: string | null): string | null {
  const day = title ? TITLE_DAY.exec(title) : null;
  return day ? (dateAtStart(day[0])?.date ?? null) : null;
}

/**
 * A record's 时间：2022年12月20日 reads as a portal's field and stands with the page's chrome: there, the day it met is
 * the one written with 年 (a portal stamps its post 时间：2023-01-05 10:00).
 */
function heldOn(line: Line): string | null {
  return line.text.includes('年') ? meetingTimeOf(line, true) : null;
}

/** 開會時間：中華民國112年6月1日…, 一、時間：…, 1、開會時間：…: the day minutes met (a bare 时间 only in a record of a meeting). */
function meetingTimeOf(line: Line, record: boolean): string | null {
  const folded = foldToSimplified(line.text);
  const label = MEETING_TIME.exec(folded);
  if (!label || (label[1] === '时间' && !record)) return null;
  // A PDF's text may space its digits out: 中華民國 1 0 1 年 5 月 24 日.
  return dateAtStart(withoutSpaces(folded.slice(label[0].length)).replace(/^(?:中华民国|民国)/, ''))?.date ?? null;
}

/** The first date line of each kind: labelled (成文日期：…, 发文日期 | 2022-07-14 |, a label over its value) or bare. */
function findDateLines(lines: readonly Line[]): DateLines {
  const found: DateLines = { issue: null, publication: null, plain: null, bare: null };
  lines.forEach((line, k) => {
    // A mirror's pinyin glosses split a label (发(fā)文日期): read it without them.
    const text = foldToSimplified(stripGlosses(line.text));
    const bare = BARE_DATE_LINE.exec(text);
    if (bare) {
      found.bare ??= dateAtStart(text.slice(text.indexOf(bare[1])));
      return;
    }
    for (const m of text.matchAll(DATE_LABEL)) {
      const label = m[1].replace(/\s+/g, '');
      const after = text.slice(m.index + m[0].length);
      const value = after.trim() ? after : (lines[k + 1]?.text ?? '');
      const date = dateAtStart(value);
      if (!date) continue;
      const kind = ISSUE_DATE_LABELS.includes(label) ? 'issue' : PUBLICATION_DATE_LABELS.includes(label) ? 'publication' : 'plain';
      // A portal may print its date twice, with the upload's time of day and without: the plain date is the one it states.
      if (found[kind] === null || (found[kind].timestamp && !date.timestamp)) found[kind] = date;
    }
  });
  return found;
}

/** A full date at the start of a label's value, and whether a time of day follows it. */
function dateAtStart(value: string): DateLine | null {
  const [first] = findTimeMentions(value.slice(0, 40), { year: null, roc: true });
  if (!first || first.index > 2 || first.deadline.precision !== 'day' || !first.deadline.end) return null;
  return { date: first.deadline.end, timestamp: TIME_OF_DAY.test(value.slice(first.index, first.index + first.text.length + TIME_OF_DAY_REACH)) };
}

function yearOfDate(date: string): number {
  return Number(date.slice(0, 4));
}

function yearIn(text: string): number | null {
  const match = TITLE_YEAR.exec(text);
  if (match) return Number(match[1]);
  // A year written digit by digit in Chinese numerals: 二〇一八年施政重点, 二○二三年工作要点.
  const written = CN_TITLE_YEAR.exec(text);
  if (!written) return null;
  const year = Number([...written[1]].map(cnDigit).join(''));
  return year >= 1900 && year < 2100 ? year : null;
}

/** 〇○零 are all zero; the rest count on from 一. */
const cnDigit = (ch: string): number => ('〇○零'.includes(ch) ? 0 : '一二三四五六七八九'.indexOf(ch) + 1);
const CN_TITLE_YEAR = /(?<![〇○零一二三四五六七八九十百])([一二][〇○零一二三四五六七八九]{3})\s*年/;

/** A title's ROC year (112年度第2次…, 一百一十二年第一次…) in a document that writes them, as Gregorian. */
const TITLE_ROC_YEAR = new RegExp(`(?<![\\d${CN_NUMERAL}])(\\d{2,3}|[${CN_NUMERAL}]{3,6})\\s*年`);

function rocYearIn(text: string): number | null {
  const match = TITLE_ROC_YEAR.exec(text);
  if (!match) return null;
  const n = /^\d+$/.test(match[1]) ? Number(match[1]) : parseChineseInteger(match[1]);
  return n !== null && n >= ROC_YEAR_MIN && n <= ROC_YEAR_MAX ? n + ROC_OFFSET : null;
}

/**
 * The document writes Republic of China years: 民國 with a year anywhere, or,
 * in traditional script, a 2- or 3-digit (or 一百零一) year with a date part
 * after it (98年元旦, 101年9月). Mainland plans write four-digit years.
 */
function writesRocYears(texts: readonly string[]): boolean {
  if (texts.some((t) => (t.includes('民') || t.includes('中華') || t.includes('中华')) && ROC_ERA_YEAR.test(t))) return true;
  if (detectScript(texts) !== 'hant') return false;
  return texts.some((t) => {
    for (const m of t.matchAll(ROC_STYLE_YEAR)) {
      const digits = asciiDigits(m[1]);
      const n = /^\d+$/.test(digits) ? Number(digits) : parseChineseInteger(m[1]);
      if (n !== null && n >= ROC_YEAR_MIN && n <= ROC_YEAR_MAX) return true;
    }
    return false;
  });
}
