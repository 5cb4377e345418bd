import { DOCUMENT_KIND_WORDS, LISTED_KIND_WORDS } from '../lexicon/document.js';
import { foldToSimplified } from '../lexicon/hant.js';
import { parseNumberLabel } from './numbering.js';
import type { Line } from './outline.js';

/**
 * A covering notice lists what it attaches before its 落款:
 *   附件：1. 2022年预期目标任务分解表
 *         2. 2022年重点工作任务分解表
 * The numbered lines after 附件： name documents; they are not tasks, however
 * much they look like a numbered list.
 */
const ATTACHMENT_HEAD = /^附\s*件\s*[:：]/;
/**
 * A document's name: no sentence punctuation, ending in a kind of document
 * (…分解表, …清单, …方案) and perhaps bracketed notes on it: (代拟稿),
 * (考核指标框架、成员名单).
 */
const DOCUMENT_NAME = new RegExp(`^[^。；;，,：:！？!?]{2,80}(?:${[...DOCUMENT_KIND_WORDS, ...LISTED_KIND_WORDS].join('|')})[”」》）)]?(?:[(（][^()（）]{1,60}[)）]){0,2}$`);

/** The orders of the numbered lines that continue an attachment list. */
export function attachmentListLines(lines: readonly Line[]): Set<number> {
  const listed = new Set<number>();
  for (let k = 0; k < lines.length; k++) {
    if (!ATTACHMENT_HEAD.test(lines[k].text.trim())) continue;
    for (let j = k + 1; j < lines.length && isListedDocument(lines[j].text); j++) listed.add(lines[j].order);
  }
  return listed;
}

function isListedDocument(text: string): boolean {
  const trimmed = text.trim();
  // "2.2018年民生实事任务分解表": the item's number runs into the year it names, as no label of prose would.
  const rest = parseNumberLabel(trimmed)?.rest ?? (NUMBER_BEFORE_YEAR.exec(trimmed) ? trimmed.replace(NUMBER_BEFORE_YEAR, '') : null);
  return rest !== null && namesDocument(rest);
}

const NUMBER_BEFORE_YEAR = /^[0-9０-９]{1,2}[.．](?=(?:19|20)\d{2}\s*年)/;

/** Whether a text is a document's name (…分解表, …实施方案), as an attachment list gives it. */
export function namesDocument(text: string): boolean {
  return DOCUMENT_NAME.test(foldToSimplified(text.replace(/[\s\u3000《》〈〉]+/g, '')));
}

/**
 * The document an 附件： line names on the line itself (附件：2007年主要任务分解表,
 * 附件：1.重点任务分解表), or null when it names none there.
 */
export function attachedDocument(text: string): string | null {
  const head = ATTACHMENT_HEAD.exec(text.trim());
  if (!head) return null;
  const rest = text.trim().slice(head[0].length).trim();
  const named = parseNumberLabel(rest)?.rest ?? rest;
  return named && namesDocument(named) ? named : null;
}
