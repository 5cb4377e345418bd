import { ADDRESSEE_BODY_WORDS, COVERING_SENTENCE, COVERING_TITLE, DOCUMENT_KIND_WORDS } from '../lexicon/document.js';
import { NON_TASK_SECTION_WORDS, TASK_SECTION_WORDS } from '../lexicon/sections.js';
import { foldToSimplified } from '../lexicon/hant.js';
import { attachedDocument, attachmentListLines } from './attachment-list.js';
import { stripGlosses } from './gloss.js';
import { parseNumberLabel } from './numbering.js';
import type { Line } from './outline.js';
import { withoutSpaces } from '../text/space.js';

/**
 * A plan is often published inside its covering notice (印发…的通知): the
 * notice's own numbered requirements (一、各单位要提高认识…) come before its
 * 落款 — the issuer and the date — and the plan itself starts with its title
 * after them. The notice's requirements are not tasks of the plan.
 */
const FULL_DATE = /^(?:\d{4}|[〇零○一二三四五六七八九]{4})\s*年\s*[0-9〇○一二三四五六七八九十]{1,3}\s*月\s*[0-9〇○一二三四五六七八九十]{1,3}\s*日$/;
/** A plan's title may end in a bracketed note: its years （2023—2025年）, (试行), (共计121项). */
const KIND_END = new RegExp(`(?:${DOCUMENT_KIND_WORDS.filter((w) => w !== '通知').join('|')})[”」》）)]?(?:[(（][^()（）]{1,20}[)）])?$`);
/** How far after the 落款 date the plan's title may stand. */
const TITLE_REACH = 4;
const MAX_TITLE = 60;

/** The title stands among the first lines of the page, after a portal's few lines of 索引号, 发文单位, 发布日期. */
const TITLE_LINES = 12;
/** A notice says what it sends in its first lines, after its title and 主送 line. */
const COVERING_LINES = TITLE_LINES + 6;

/** A 主送 line: the bodies a notice addresses (its groups of bodies parted by semicolons), then a colon. */
const ADDRESSEE = new RegExp(`^[^。！？!?]{0,150}(?:${ADDRESSEE_BODY_WORDS.join('|')})[^。；;！？!?]{0,20}[:：]$`);
/** How far the 落款 date may stand below the 附件 line: more attachments and the issuer come between. */
const ATTACHMENT_REACH = 6;

/**
 * Where the covering notice ends (the order of its 落款 date line, or of the
 * plan's title): the first full date followed by a plan's title; in a page
 * whose title or first sentences issue a plan, the first full date after
 * them; in a notice that names its plan as an attachment, the date after the
 * 附件 line. Null when there is no covering notice.
 */
export function noticeEnd(lines: readonly Line[]): number | null {
  // Indexes of the full-date lines, found once: every way of ending a notice below looks for them.
  const dates = lines.flatMap((line, k) => (FULL_DATE.test(withoutSpaces(line.text)) ? [k] : []));
  for (const k of dates) {
    for (let j = k + 1; j < Math.min(lines.length, k + 1 + TITLE_REACH); j++) if (namesPlan(noticeKey(lines[j].text))) return lines[k].order;
  }
  const sentence = lines.slice(0, COVERING_LINES).findIndex((line) => COVERING_SENTENCE.test(noticeKey(line.text)));
  if (sentence >= 0) return coveringEnd(lines, new Set(dates), sentence);
  // A title alone that issues a plan may head the plan itself, the notice's body cut from the page: only a date ends it.
  const title = lines.slice(0, TITLE_LINES).findIndex((line) => COVERING_TITLE.test(noticeKey(line.text)));
  if (title >= 0) return orderOf(lines, dates.find((k) => k > title));
  return attachingNoticeEnd(lines, dates);
}

function orderOf(lines: readonly Line[], k: number | undefined): number | null {
  return k === undefined ? null : lines[k].order;
}

/**
 * Where a covering notice that says it sends a plan (现将…印发给你们) ends: its
 * 落款 date; without one (a page cut short, or one that drops the signature),
 * the plan's title or the start of its body after it; without those, the page
 * holds the notice alone.
 */
function coveringEnd(lines: readonly Line[], dates: ReadonlySet<number>, covering: number): number {
  // The documents an 附件： list names are the notice's, however much they read like a plan's title.
  const listed = attachmentListLines(lines);
  // Whichever comes first: a notice that lost its 落款 may still end the page with the plan's own date.
  for (let k = covering + 1; k < lines.length; k++) {
    if (dates.has(k) || (!listed.has(lines[k].order) && isPlanTitle(lines[k].text))) return lines[k].order;
    if (startsPlanBody(lines[k].text)) return lines[itemStart(lines, k, covering)].order;
  }
  return Number.MAX_SAFE_INTEGER;
}

/**
 * Where the plan's body begins when an owner field first shows it: a field
 * on a line of its own (牵头责任单位：…) belongs to the item above it, with
 * that item's other fields (牵头负责领导：…) between, and the item stands
 * under its section's heading (一、确保完成主要预期目标, short, no sentence
 * of a notice's requirement).
 */
function itemStart(lines: readonly Line[], field: number, floor: number): number {
  let k = field;
  if (parseNumberLabel(noticeKey(lines[k].text)) !== null) return k;
  while (k - 1 > floor && OWNER_FIELD_LINE.test(noticeKey(lines[k - 1].text))) k--;
  if (k - 1 > floor && parseNumberLabel(noticeKey(lines[k - 1].text)) !== null) k--;
  while (k - 1 > floor && isSectionHeading(noticeKey(lines[k - 1].text))) k--;
  return k;
}

/** A plan's section heading: numbered, short, not a sentence (a notice's 一、高度重视。各单位要… is one). */
function isSectionHeading(key: string): boolean {
  return key.length <= MAX_HEADING && !/[。；;]/.test(key) && parseNumberLabel(key) !== null;
}
const MAX_HEADING = 30;

const PLAN_SECTIONS: ReadonlySet<string> = new Set([...TASK_SECTION_WORDS, ...NON_TASK_SECTION_WORDS]);
/** An owner field with its label: 责任单位：, 牵头领导: — a plan's, never a notice's requirement. */
const OWNER_FIELD = /(?:责任|牵头|配合|主办|协办|协同)(?:负责|责任)?(?:单位|部门|领导|科室|处室|人)\s*[:：]/;
/** A line that is an owner field alone: 牵头负责领导：…, 责任单位：…. */
const OWNER_FIELD_LINE = new RegExp(`^${OWNER_FIELD.source}`);

/**
 * The plan's body, its title lost with the page: a heading of a plan's
 * sections (一、总体要求, 二、重点任务) or an owner field. A notice's own
 * requirements (一、强化责任落实。…) are neither.
 */
function startsPlanBody(text: string): boolean {
  const folded = noticeKey(text);
  const label = parseNumberLabel(folded);
  const heading = label?.rest.replace(/[。．.：:]$/, '');
  return (heading !== undefined && PLAN_SECTIONS.has(heading)) || OWNER_FIELD.test(folded);
}

/** A line that names a plan as its title does (…实施方案, …分解表（2023—2025年）). */
function namesPlan(key: string): boolean {
  return key.length <= MAX_TITLE && KIND_END.test(key);
}

/** A line that names a plan as its title does; an 附件： line names one the notice attaches, not the plan that follows. */
function isPlanTitle(text: string): boolean {
  const key = noticeKey(text);
  return namesPlan(key) && parseNumberLabel(key) === null && attachedDocument(text) === null;
}

/**
 * A notice that sends its plan as an attachment, the page holding only the
 * notice (its title often lost with the page's head): it addresses its 主送
 * bodies, and its 落款 date follows an 附件： line naming the plan
 * (附件：2007年主要任务分解表). What it numbers are its requirements.
 */
function attachingNoticeEnd(lines: readonly Line[], dates: readonly number[]): number | null {
  if (!lines.slice(0, TITLE_LINES).some((line) => ADDRESSEE.test(noticeKey(line.text)))) return null;
  const attachment = lines.findIndex((line) => attachedDocument(line.text) !== null);
  if (attachment < 0) return null;
  return orderOf(lines, dates.find((k) => k > attachment && k <= attachment + ATTACHMENT_REACH));
}

/** A line as a notice's patterns read it: simplified, without spaces or a mirror's pinyin glosses. */
function noticeKey(text: string): string {
  return foldToSimplified(withoutSpaces(stripGlosses(text)));
}

