/**
 * Labels of the date lines a document or its web page prints (成文日期：2014年02月23日,
 * 发文日期 | 2022-07-14 |, 时间:2023-07-11 17:01), in simplified script (lines are
 * folded before matching). Data only; src/extract/meta.ts decides what each is worth.
 */

/** The document's own date: as good as the date under its signature. */
export const ISSUE_DATE_LABELS: readonly string[] = ['成文日期', '发文日期', '印发日期'];

/** The page's publication date: the document's year, but it may come later than the document. */
export const PUBLICATION_DATE_LABELS: readonly string[] = ['发布日期', '发布时间', '公发布日', '公布日期', '更新时间', '更新日期'];

/**
 * Bare "time" and "date" labels, and the day a ledger or a form was filled in (填报时间：2024年3月5日 over a
 * 台账's columns): only a year is taken from them.
 */
export const PLAIN_DATE_LABELS: readonly string[] = ['时间', '日期', '填报时间', '填报日期', '填表时间', '填表日期'];

/**
 * The line of minutes giving when the meeting met (開會時間：112年6月1日, 一、时间：…): its date is the
 * minutes' own, as a 落款 date would be. A bare 时间 says so only in a record of a meeting (MEETING_RECORD_WORDS).
 */
export const MEETING_TIME_LABELS: readonly string[] = ['开会时间', '会议时间'];
export const MEETING_RECORD_WORDS: readonly string[] = ['纪要', '纪录', '记录'];
