import { DOCUMENT_KIND_WORDS } from '../lexicon/document.js';
import { foldToSimplified } from '../lexicon/hant.js';
import type { Line } from './outline.js';

/**
 * A plan is often published inside its covering notice (印发…的通知): the
 * notice's own numbered requirements (一、各责任单位要高度重视…) come before its
 * 落款 — the issuer and the date — and the plan itself starts with its title
 * after them. The notice's requirements are not tasks of the plan.
 */
const FULL_DATE = /^(?:\d{4}|[〇零○一二三四五六七八九]{4})\s*年\s*[0-9〇○一二三四五六七八九十]{1,3}\s*月\s*[0-9〇○一二三四五六七八九十]{1,3}\s*日$/;
const KIND_END = new RegExp(`(?:${DOCUMENT_KIND_WORDS.filter((w) => w !== '通知').join('|')})[”」》）)]?$`);
/** How far after the 落款 date the plan's title may stand. */
const TITLE_REACH = 4;
const MAX_TITLE = 60;

/** The order of the notice's 落款 date line when a plan's title follows it; null when there is no covering notice. */
export function noticeEnd(lines: readonly Line[]): number | null {
  for (let k = 0; k < lines.length; k++) {
    const text = lines[k].text.replace(/[\s\u3000]+/g, '');
    if (!FULL_DATE.test(text)) continue;
    for (let j = k + 1; j < Math.min(lines.length, k + 1 + TITLE_REACH); j++) {
      const candidate = foldToSimplified(lines[j].text.replace(/[\s\u3000]+/g, ''));
      if (candidate.length <= MAX_TITLE && KIND_END.test(candidate)) return lines[k].order;
    }
  }
  return null;
}
