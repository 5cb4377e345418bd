import type { Meta } from '../model/plan.js';
import { DOCUMENT_KIND_WORDS, MINUTES_TITLE_WORDS, PORTAL_FACT_CELL, RED_HEAD, TITLE_ONLY_KIND_WORDS } from '../lexicon/document.js';
import { foldToSimplified } from '../lexicon/hant.js';
import { ORG_NAME_END, ORG_SUFFIXES } from '../lexicon/organisations.js';
import type { DateContext } from './deadline.js';
import { documentDates, signatureDateOf, type DateSource } from './meta-dates.js';
import { stripGlosses } from './gloss.js';
import { parseNumberLabel } from './numbering.js';
import type { Line } from './outline.js';
import { withoutSpaces } from '../text/space.js';
import { copyWith } from '../text/objects.js';
import { asciiDigits } from '../text/digits.js';

export type { DateSource } from './meta-dates.js';

export interface MetaFacts {
  meta: Meta;
  dateSource: DateSource;
  /** The 文号 line or field was present, even if empty (doc-number rules). */
  hasDocNumberField: boolean;
  /** How the document's year-less dates are read: its year, whether it writes ROC years, its own date. */
  dateContext: DateContext;
}

const DOC_NUMBER = /[\u4e00-\u9fff]{1,15}\s*[〔［[【(（]\s*\d{4}\s*[〕］\]】)）]\s*第?\s*\d+\s*[号號]/;
/** The 文号 in a line; the pattern runs only where its last character (号, 號) stands, as it would fail at every position else. */
const docNumberIn = (text: string): RegExpExecArray | null => (text.includes('号') || text.includes('號') ? DOC_NUMBER.exec(text) : null);
/** A title names its kind: a plan's (DOCUMENT_KIND_WORDS), or a 通报 or 公示 on one, not in a cited title's brackets. */
const KIND_END = new RegExp(`(?:(?:${DOCUMENT_KIND_WORDS.join('|')})[”」》]?|(?:${TITLE_ONLY_KIND_WORDS.join('|')}))$`);
/** A meeting's name ends a minutes' title; a line that says where a speech was given (在某会议上) names no meeting of its own. */
const MINUTES_END = new RegExp(`(?:${MINUTES_TITLE_WORDS.join('|')})$`);
const namesMinutes = (folded: string): boolean => MINUTES_END.test(folded) && !folded.includes('在');
/** A 文号's issuer abbreviation is short (黔府办发, 发改规划); a longer run before the bracket holds the title's end. */
const MAX_DOC_NUMBER_PREFIX = 8;
/** Title endings a 文号 may be glued onto: …的通知黔府办发〔2017〕76号. */
const GLUED_KIND = new RegExp(`(?:${DOCUMENT_KIND_WORDS.join('|')})[”」》]?`, 'g');

/**
 * Where a title ends that a page glued its 文号 onto ("…实施方案的通知某府办发〔2019〕12号"), the 文号
 * at `numberAt`: after the last document kind in the run before the bracket, when that run is
 * longer than an issuer's abbreviation. Null when nothing is glued.
 */
function gluedTitleEnd(text: string, numberAt: number): number | null {
  const prefix = /^[\u4e00-\u9fff]+/.exec(text.slice(numberAt))?.[0] ?? '';
  if (prefix.length <= MAX_DOC_NUMBER_PREFIX) return null;
  let end: number | null = null;
  for (const kind of foldToSimplified(prefix).matchAll(GLUED_KIND)) {
    const after = kind.index + kind[0].length;
    if (prefix.length - after >= 2) end = numberAt + after;
  }
  return end;
}
/** 发布机构: 市政府办公室 — the value a word of Han script (a portal's table may leave it empty: "发布机构: | 生成日期:"). */
const PORTAL_ISSUER = /发布机构\s*[:：]\s*([^\s|｜:：]*\p{Script=Han}[^\s|｜:：]*)(?![^\s|｜]*[:：])/u;
const DOC_NUMBER_FIELD = /文\s*号\s*[:：]/;
/** Title prefix "2021年XX局“…”工作方案": the issuer stands before a quote, 关于 or a year. */
const TITLE_ISSUER = new RegExp(`^(?:\\d{4}年(?:度)?)?(.{2,30}?(?:${ORG_SUFFIXES.join('|')}))(?=[“"《]|关于|\\d{4}年)`);

/**
 * Document meta from the preamble (lines before the first numbered section),
 * the page chrome, and the closing lines of the main text. The dates and the
 * year are meta-dates.ts's.
 */
export function extractMeta(written: readonly Line[], writtenChrome: readonly Line[], mainText: readonly Line[]): MetaFacts {
  // Dates, years and 文号 written in full-width digits (２０２３年６月) read as any others (the main text's 落款 dates: signatureDateOf).
  const preamble = written.map(withAsciiDigits);
  const chrome = writtenChrome.map(withAsciiDigits);
  const title = findTitle(preamble, chrome);
  const docNumber = findDocNumber([...preamble, ...chrome]);
  const signature = findSignature(mainText);
  const issuer = findIssuer(preamble, chrome, title, signature.issuer);
  const dates = documentDates(preamble, chrome, mainText, title, docNumber, signature.date);
  return {
    meta: { title, docNumber, issuer, date: dates.date, year: dates.year },
    dateSource: dates.dateSource,
    hasDocNumberField: chrome.some((l) => DOC_NUMBER_FIELD.test(l.text)) || docNumber !== null,
    dateContext: dates.dateContext,
  };
}

function isFrameLine(text: string): boolean {
  // A line wholly in brackets is a note about the document ((此件公开发布), （此页无正文）), not its title.
  return RED_HEAD.test(text) || docNumberIn(text) !== null || /[:：]$/.test(text) || /^附件?/.test(text) || /^[(（][^)）]*(?:[(（][^)）]*[)）][^)）]*)*[)）]$/.test(text.trim());
}

/** Two Han characters: the least a title says. */
const HAS_WORDS = /\p{Script=Han}.*\p{Script=Han}/u;

/**
 * A portal's title field, its value after a colon or in the next cell: 标 题: | 某县关于…的通知 |, 文件名称 | 某方案 |;
 * a metadata table flattened to pipe rows opens the field's row with its border (| 标 题: 某县关于…的通知 | |).
 */
const TITLE_FIELD = /^(?:[|｜]\s*|[-*•·]\s+)?(?:(?:文件|信息|公文)?标\s*题|文件名称|信息名称|名\s*称)\s*(?:[:：]\s*[|｜]?|[|｜])\s*([^|｜]+)/;

const NEXT_FIELD = /\s\S{1,6}[:：].*$/;

/** The value of the page's title field, when it has words. */
function titleField(lines: readonly Line[]): string | null {
  for (const line of lines) {
    const value = titleFieldValue(line.text);
    if (value !== null) return value;
  }
  return null;
}

/** The title a line gives as a field's value (标题：某县关于…的通知), or null when it is no title field. */
function titleFieldValue(written: string): string | null {
  // A page in traditional script labels it so (標題：…); a page's list of fields bullets it (- 標題：…).
  if (!written.includes('题') && !written.includes('称') && !written.includes('題') && !written.includes('稱')) return null;
  const trimmed = written.trim();
  const field = TITLE_FIELD.exec(foldToSimplified(trimmed));
  if (!field) return null;
  // A page that set its fields with spaces goes on to the next label on the same line: 名称: 某方案 文号:.
  const value = trimmed.slice(field.index + field[0].length - field[1].length, field.index + field[0].length).replace(NEXT_FIELD, '').trim();
  return HAS_WORDS.test(value) ? stripGlosses(value) : null;
}

/**
 * The first preamble line (or two adjacent lines) that reads as a title; else the portal's title
 * field (a plan under its notice names itself, the field names the notice); else the first line.
 */
function findTitle(preamble: readonly Line[], chrome: readonly Line[]): string | null {
  // A line without words (a portal's index number, 1133…/2023-46395, its value under the label) is no title either.
  // A portal's fact label left alone on its line, its value emptied (有效性, 废止日期), is no title nor a title's first half.
  const candidates = preamble
    .map(titleLine)
    .filter((l) => l.text.length <= 80 && !isFrameLine(l.text) && !/[。；]$/.test(l.text) && HAS_WORDS.test(l.text) && !PORTAL_FACT_CELL.test(l.text.trim()));
  // A heading (二、重点任务) is no title, however its words end; a mirror's pinyin gloss is no part of one.
  const namesKind = (line: Line) => {
    if (parseNumberLabel(line.text.trim()) !== null) return false;
    const folded = foldToSimplified(stripGlosses(line.text));
    return KIND_END.test(folded) || namesMinutes(folded);
  };
  for (let k = 0; k < candidates.length; k++) {
    const line = candidates[k];
    if (namesKind(line)) return stripGlosses(line.text);
    const next = candidates[k + 1];
    if (next && (adjacent(line, next) || (isTitleTail(next) && lineDistance(line, next) === 2)) && namesKind(next)) return stripGlosses(line.text + next.text);
  }
  return titleField([...chrome, ...preamble]) ?? candidates[0]?.text ?? null;
}

function withAsciiDigits(line: Line): Line {
  const text = asciiDigits(line.text);
  return text === line.text ? line : copyWith(line, { text });
}

/** Document-sharing sites head the text with the uploaded file's name: …工作方案.docx. */
const FILE_EXTENSION = /\.(?:docx?|wps|pdf|xlsx?|txt)$/i;

/** A portal may put the 文号 after the title in brackets: 2021年县政府重点工作任务(某政发〔2021〕2号). */
const TRAILING_DOC_NUMBER = new RegExp(`[(（]\\s*${DOC_NUMBER.source}\\s*[)）]$`);

/** The title as a candidate line gives it, without a file's extension or a bracketed 文号 after it. */
function titleLine(line: Line): Line {
  // A table's caption row keeps the pipe that closed its cell: "2021年重点任务台账 |".
  const trimmed = line.text.trim();
  // (trimEnd, not /\s*\|$/: that pattern retries every space of a long run.)
  const text = /[|｜]$/.test(trimmed) ? trimmed.slice(0, -1).trimEnd() : trimmed;
  // A title given as a field's value (文件标题：某县…方案) is the value, without its label; a row of cells is titleField's.
  const field = text.includes('|') || text.includes('｜') ? null : titleFieldValue(text);
  if (field !== null) return copyWith(line, { text: field });
  if (FILE_EXTENSION.test(text)) return copyWith(line, { text: text.replace(FILE_EXTENSION, '') });
  const number = docNumberIn(text);
  const glued = number && number.index + number[0].length === text.length ? gluedTitleEnd(text, number.index) : null;
  if (glued !== null) return copyWith(line, { text: text.slice(0, glued) });
  const runOn = number && !TRAILING_DOC_NUMBER.test(text) ? titleBeforeDocNumber(text, number.index) : null;
  if (runOn !== null) return copyWith(line, { text: runOn });
  const stripped = withoutPortalTag((number ? text.replace(TRAILING_DOC_NUMBER, '') : text) || text);
  return stripped !== line.text ? copyWith(line, { text: stripped }) : line;
}

/**
 * A page that ran its lines together puts the title, its 文号 in brackets and the text on one line:
 * "某县关于印发…方案的通知 (某政办发〔2020〕1号) 各乡镇：…". The title is the run before the bracket
 * when it names a document kind (a cited title, 《…》（…号）, is not the document's).
 */
function titleBeforeDocNumber(text: string, numberAt: number): string | null {
  const before = text.slice(0, numberAt).trimEnd();
  if (!before.endsWith('(') && !before.endsWith('（')) return null;
  const title = before.slice(0, -1).trim();
  return title.length <= 80 && !endsCitedTitle(title) && KIND_END.test(foldToSimplified(title)) ? title : null;
}

/** A portal's column name in 【】 before a title: 【重点工作】某市人民政府关于…的通知. */
const PORTAL_TAG = /^【[^【】]{1,20}】/;

/** The title without the column tag a portal put before it; a line that is no title after the tag keeps it. */
function withoutPortalTag(text: string): string {
  const tag = PORTAL_TAG.exec(text);
  if (!tag) return text;
  const rest = text.slice(tag[0].length).trim();
  return rest.length > 0 && KIND_END.test(foldToSimplified(rest)) ? rest : text;
}

/**
 * A title's last words broken onto a line of their own (…专项整治 ⏎ 工作计划): short, so
 * on a page that puts a blank line after every line they still join the line above.
 */
const TITLE_TAIL_CHARS = 10;
const isTitleTail = (line: Line) => line.text.trim().length <= TITLE_TAIL_CHARS;
const lineDistance = (a: Line, b: Line) => (a.loc.line !== undefined && b.loc.line !== undefined ? b.loc.line - a.loc.line : b.order - a.order);

function adjacent(a: Line, b: Line): boolean {
  if (a.loc.line !== undefined && b.loc.line !== undefined) return b.loc.line === a.loc.line + 1;
  return b.order === a.order + 1;
}

function findDocNumber(lines: readonly Line[]): string | null {
  for (const line of lines) {
    // A mirror's pinyin glosses split a 文号 (某政辦發(fā)〔2023〕14號): read it without them.
    const text = stripGlosses(line.text);
    const match = docNumberIn(text);
    if (match && !endsCitedTitle(text.slice(0, match.index))) {
      const glued = gluedTitleEnd(text, match.index);
      return glued === null ? match[0] : text.slice(glued, match.index + match[0].length).trim();
    }
  }
  return null;
}

/**
 * A 文号 in brackets right after a cited title, 《…》（昆政发〔2016〕13号）, is the cited
 * document's. Read from the end: /》\s*[(（]?\s*$/ would try every 》 with both runs of spaces.
 */
function endsCitedTitle(before: string): boolean {
  let text = before.trimEnd();
  if (text.endsWith('（') || text.endsWith('(')) text = text.slice(0, -1).trimEnd();
  return text.endsWith('》');
}

/**
 * 落款: an organisation line followed by a full date, near the end of the main text; else a
 * covering notice's, near the start, over the plan it issues (which it dates).
 */
function findSignature(lines: readonly Line[]): { issuer: string | null; date: string | null } {
  for (let k = lines.length - 1; k >= Math.max(0, lines.length - 8); k--) {
    const date = signatureDateOf(lines[k].text);
    if (date) return { issuer: issuerAbove(lines, k), date };
  }
  for (let k = 1; k < Math.min(lines.length - 8, NOTICE_SIGNATURE_LINES); k++) {
    const date = signatureDateOf(lines[k].text);
    const issuer = date ? issuerAbove(lines, k) : null;
    if (issuer) return { issuer, date };
    // A page may drop the issuer's line (a seal's image): the date right under the notice's last sentence is its 落款 still.
    if (date && SENTENCE_END.test(lines[k - 1].text.trim())) return { issuer: null, date };
  }
  return { issuer: null, date: null };
}

/** A line that closes a passage of prose. */
const SENTENCE_END = /[。！]$/;

/** How far down a covering notice's 落款 may stand. */
const NOTICE_SIGNATURE_LINES = 20;

function issuerAbove(lines: readonly Line[], k: number): string | null {
  const previous = lines[k - 1]?.text.trim() ?? '';
  return previous.length <= 40 && ORG_NAME_END.test(foldToSimplified(previous)) ? previous : null;
}

function findIssuer(preamble: readonly Line[], chrome: readonly Line[], title: string | null, signed: string | null): string | null {
  for (const line of preamble) {
    const red = RED_HEAD.exec(line.text.trimEnd());
    if (red && ORG_NAME_END.test(foldToSimplified(red[1]))) return red[1].trim();
  }
  if (signed) return signed;
  for (const line of chrome) {
    const portal = PORTAL_ISSUER.exec(line.text);
    if (portal) return portal[1];
  }
  const fromTitle = title ? TITLE_ISSUER.exec(foldToSimplified(title)) : null;
  return fromTitle && title ? title.slice(fromTitle.index + fromTitle[0].length - fromTitle[1].length, fromTitle[0].length) : null;
}

/** A page that explains a document (《…方案》政策解读, 图解：…, 一图读懂…) is not the document. */
const INTERPRETATION_TITLE = /(?:解读|答记者问)$|^(?:图解|一图读懂|图说)/;

export function isInterpretation(title: string | null): boolean {
  return title !== null && INTERPRETATION_TITLE.test(foldToSimplified(withoutSpaces(title)));
}
