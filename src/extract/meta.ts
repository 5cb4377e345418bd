import type { Meta } from '../model/plan.js';
import { DOCUMENT_KIND_WORDS, RED_HEAD } from '../lexicon/document.js';
import { foldToSimplified } from '../lexicon/hant.js';
import { ORG_SUFFIXES } from '../lexicon/organisations.js';
import { parseDeadline } from './deadline.js';
import type { Line } from './outline.js';

/** Where meta.date came from: a portal's 发布日期 is weaker evidence than a 落款 date. */
export type DateSource = 'signature' | 'portal' | null;

export interface MetaFacts {
  meta: Meta;
  dateSource: DateSource;
  /** The 文号 line or field was present, even if empty (doc-number rules). */
  hasDocNumberField: boolean;
}

const DOC_NUMBER = /[\u4e00-\u9fff]{1,15}[〔［\[【(（]\s*(\d{4})\s*[〕］\]】)）]\s*第?\s*\d+\s*号/;
const KIND_END = new RegExp(`(?:${DOCUMENT_KIND_WORDS.join('|')})[”」》]?$`);
const PORTAL_DATE = /^(?:发布日期|成文日期|发文日期|印发日期)\s*[:：]\s*([0-9０-９]{4}[.\-/年][0-9]{1,2}[.\-/月][0-9]{1,2}日?)/;
const PORTAL_ISSUER = /发布机构\s*[:：]\s*(\S+)/;
const DOC_NUMBER_FIELD = /文\s*号\s*[:：]/;
/** A 落款 date: a full date alone on its line. */
const SIGNATURE_DATE = /^(?:\d{4}|[〇零一二三四五六七八九]{4})\s*年\s*[0-9〇一二三四五六七八九十]{1,3}\s*月\s*[0-9〇一二三四五六七八九十]{1,3}\s*日$/;
const ORG_NAME_END = new RegExp(`(?:${ORG_SUFFIXES.join('|')})$`);
/** Title prefix "2021年XX局“…”工作方案": the issuer stands before a quote, 关于 or a year. */
const TITLE_ISSUER = new RegExp(`^(?:\\d{4}年(?:度)?)?(.{2,30}?(?:${ORG_SUFFIXES.join('|')}))(?=[“"《]|关于|\\d{4}年)`);

/**
 * Document meta from the preamble (lines before the first numbered section),
 * the page chrome, and the closing lines of the main text.
 */
export function extractMeta(preamble: readonly Line[], chrome: readonly Line[], mainText: readonly Line[]): MetaFacts {
  const title = findTitle(preamble);
  const docNumber = findDocNumber([...preamble, ...chrome]);
  const signature = findSignature(mainText);
  const portal = findPortalDate(chrome);
  const date = signature.date ?? portal;
  const issuer = findIssuer(preamble, chrome, title, signature.issuer);
  const year =
    yearOf(date) ?? (docNumber ? Number(DOC_NUMBER.exec(docNumber)![1]) : null) ?? yearInText(title) ?? null;
  return {
    meta: { title, docNumber, issuer, date, year },
    dateSource: signature.date ? 'signature' : portal ? 'portal' : null,
    hasDocNumberField: chrome.some((l) => DOC_NUMBER_FIELD.test(l.text)) || docNumber !== null,
  };
}

function isFrameLine(text: string): boolean {
  return RED_HEAD.test(text) || DOC_NUMBER.test(text) || /[:：]$/.test(text) || /^附件?/.test(text);
}

/** The first preamble line (or two adjacent lines) that reads as a title. */
function findTitle(preamble: readonly Line[]): string | null {
  const candidates = preamble.filter((l) => l.text.length <= 80 && !isFrameLine(l.text) && !/[。；]$/.test(l.text));
  for (let k = 0; k < candidates.length; k++) {
    const line = candidates[k];
    if (KIND_END.test(foldToSimplified(line.text))) return line.text;
    const next = candidates[k + 1];
    if (next && adjacent(line, next) && KIND_END.test(foldToSimplified(next.text))) return line.text + next.text;
  }
  return candidates[0]?.text ?? null;
}

function adjacent(a: Line, b: Line): boolean {
  if (a.loc.line !== undefined && b.loc.line !== undefined) return b.loc.line === a.loc.line + 1;
  return b.order === a.order + 1;
}

function findDocNumber(lines: readonly Line[]): string | null {
  for (const line of lines) {
    const match = DOC_NUMBER.exec(line.text);
    if (match) return match[0];
  }
  return null;
}

/** 落款: an organisation line followed by a full date, near the end of the main text. */
function findSignature(lines: readonly Line[]): { issuer: string | null; date: string | null } {
  for (let k = lines.length - 1; k >= Math.max(0, lines.length - 8); k--) {
    const text = lines[k].text.replace(/[\s\u3000]+/g, '');
    if (!SIGNATURE_DATE.test(text)) continue;
    const deadline = parseDeadline(text, { year: null });
    const previous = lines[k - 1]?.text.trim() ?? '';
    const issuer = previous.length <= 40 && ORG_NAME_END.test(foldToSimplified(previous)) ? previous : null;
    return { issuer, date: deadline?.end ?? null };
  }
  return { issuer: null, date: null };
}

function findPortalDate(chrome: readonly Line[]): string | null {
  for (const line of chrome) {
    const match = PORTAL_DATE.exec(line.text);
    if (match) return parseDeadline(match[1], { year: null })?.end ?? null;
  }
  return null;
}

function findIssuer(preamble: readonly Line[], chrome: readonly Line[], title: string | null, signed: string | null): string | null {
  for (const line of preamble) {
    const red = RED_HEAD.exec(line.text.replace(/[\s\u3000]+$/, ''));
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

function yearOf(date: string | null): number | null {
  return date ? Number(date.slice(0, 4)) : null;
}

function yearInText(text: string | null): number | null {
  const match = text ? /(?:^|[^\d])((?:19|20)\d{2})\s*年/.exec(text) : null;
  return match ? Number(match[1]) : null;
}
