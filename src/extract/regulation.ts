import { foldToSimplified } from '../lexicon/hant.js';
import { REGULATION_KINDS } from '../lexicon/document.js';
import type { Line } from './outline.js';
import { withoutSpaces } from '../text/space.js';

/**
 * A regulation (办法, 规定, 细则, a Taiwan 作业要点 …) says in its first article
 * that it enacts itself: "特制定本办法", "特訂定本要點". Its articles are rules,
 * not tasks a supervisor tracks. A plan says "制定本方案", "制定本要点".
 */
const ENACTS_RULES = new RegExp(`(?:制定|制订|订定)本(?:${REGULATION_KINDS.join('|')})|订定本要点`);
/** A first chapter of general provisions (第一章 总则) opens a code of articles, never a plan. */
const GENERAL_PROVISIONS = /第[一1]章总则/;
/** The enacting clause is the first article: it stands among the first lines. */
const FIRST_LINES = 15;

export function enactsRules(lines: readonly Line[]): boolean {
  // Read as one text: a page that keeps a PDF's line breaks may break the clause itself (…结合实际制 ⏎ 定本办法).
  const opening = lines.slice(0, FIRST_LINES).map((line) => line.text).join('');
  const text = foldToSimplified(withoutSpaces(opening));
  return ENACTS_RULES.test(text) || GENERAL_PROVISIONS.test(text);
}

/**
 * A page titled as a regulation (…督办制度, …管理办法（试行）) holds rules even when its first article
 * does not say it enacts itself; a title that also names a plan (…方案, …清单) is the plan's.
 */
const REGULATION_TITLE = new RegExp(`(?:${REGULATION_KINDS.join('|')})[”」》]?(?:[(（](?:试行|暂行|修订|修订稿|征求意见稿)[)）])?$`);
const PLAN_WORDS = /方案|计划|要点|清单|分解|任务|台账|通知/;

export function namesRegulation(title: string | null): boolean {
  if (!title) return false;
  const key = foldToSimplified(withoutSpaces(title));
  return REGULATION_TITLE.test(key) && !PLAN_WORDS.test(key);
}

/**
 * A plan's items close with who does them: （责任单位：…）, 〔牵头单位：…〕, (区某局牵头，区某局配合).
 * A regulation's articles lay down rules and name no one per article: a page whose items do is a plan,
 * whatever its title or first article calls it (…的实施细则 whose measures each name their owners).
 */
const OWNER_NOTE = /[（(〔【［[](?:(?:责任|牵头|主办|主责|配合|协办)(?:单位|部门)[:：]|[^（()）〔〕]{2,60}?牵头[，,；;)）〕])/;
const OWNER_NOTES = 2;

export function assignsOwners(lines: readonly Line[]): boolean {
  let found = 0;
  for (const line of lines) {
    // Read only for a page that looks like a regulation: a rare test.
    if (OWNER_NOTE.test(foldToSimplified(line.text)) && ++found >= OWNER_NOTES) return true;
  }
  return false;
}
