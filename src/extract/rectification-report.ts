import {
  COMMITTING_WORDS,
  DONE_RECTIFICATION_WORDS,
  FORWARD_SECTION_WORDS,
  NOT_SHORTFALL_WORDS,
  OPEN_RECTIFICATION_WORDS,
  PLANNING_TITLE_WORDS,
  PROBLEM_ACCOUNT_LABEL,
  RECTIFICATION_REPORT_SENTENCE,
  RECTIFICATION_REPORT_TITLE,
  REPORT_SENTENCE,
  SHORTFALL_WORDS,
  WORK_REVIEW_SENTENCE,
  WORK_REVIEW_TITLE,
} from '../lexicon/document.js';
import { foldToSimplified } from '../lexicon/hant.js';
import { TASK_SECTION_WORDS } from '../lexicon/sections.js';
import { findTimeMentions } from './deadline.js';
import { stripGlosses } from './gloss.js';
import type { TaskDraft } from './draft.js';
import type { Line } from './outline.js';
import { withoutSpaces } from '../text/space.js';
import { containsAny } from './word-table.js';

/** A title line is short and is no sentence. */
const MAX_TITLE = 80;
/** The title and the sentence that opens the account stand among the first lines. */
const FIRST_LINES = 12;

/**
 * A report on rectification (…整改情况的报告, 现将整改情况报告如下) recounts what was done about each
 * problem: an account of work done is nothing to track. Its tasks are the work it still commits to.
 */
export function recountsRectification(lines: readonly Line[]): boolean {
  const opening = lines.slice(0, FIRST_LINES);
  if (!opening.some((line) => line.text.includes('整改'))) return false;
  for (const line of opening) {
    // A mirror's pinyin glosses (現(xiàn)將) are not the sentence's words.
    const text = foldToSimplified(stripGlosses(withoutSpaces(line.text)));
    if (text.length <= MAX_TITLE && RECTIFICATION_REPORT_TITLE.test(text)) return true;
    // "现将整改情况报告如下", or, the opening speaking of 整改, "现将工作推进情况总结如下".
    if (RECTIFICATION_REPORT_SENTENCE.test(text) || REPORT_SENTENCE.test(text)) return true;
  }
  return false;
}

const plans = containsAny(PLANNING_TITLE_WORDS);

/**
 * A report reviewing work done (2030年工作总结, 施政工作回顾与总结; or opening 现在，我简要回顾和总结…工作) recounts
 * it: nothing in it is tracked but what names an owner or a time, or stands under the work ahead. A title that also
 * plans (工作总结和下年工作计划) does not count: its plan sets work.
 */
export function reviewsWork(lines: readonly Line[]): boolean {
  for (const line of lines.slice(0, FIRST_LINES)) {
    const text = foldToSimplified(stripGlosses(withoutSpaces(line.text)));
    if (!text.includes('回顾') && !text.includes('总结')) continue;
    if (text.length <= MAX_TITLE && WORK_REVIEW_TITLE.test(text) && !plans(text)) return true;
    if (WORK_REVIEW_SENTENCE.test(text)) return true;
  }
  return false;
}

/** An item of a work review still sets work when it names its owner or its time, or stands under the work ahead. */
export function setsWorkAhead(draft: TaskDraft): boolean {
  if (ownedOrTimed(draft)) return true;
  return draft.path.some((title) => namesForward(foldToSimplified(title)) || namesTasks(foldToSimplified(title)));
}

function ownedOrTimed(draft: TaskDraft): boolean {
  return [...draft.fields, ...draft.inheritedFields].some((f) => OWNER_OR_TIME.has(f.role) && f.form !== 'phrase');
}

const OWNER_OR_TIME = new Set(['leader', 'unit', 'partner', 'deadline']);
const namesForward = containsAny(FORWARD_SECTION_WORDS);
const namesTasks = containsAny(TASK_SECTION_WORDS);
const statesShortfall = containsAny(SHORTFALL_WORDS);
const saysOpen = containsAny(OPEN_RECTIFICATION_WORDS);
const promises = containsAny(COMMITTING_WORDS);
const saysDone = containsAny(DONE_RECTIFICATION_WORDS);
const NO_YEAR = { year: null };

/**
 * An item of such a report that states a problem (公示栏更新不及时。已更新。; 问题清单：… 整改情况：…) is one a
 * supervisor checks off, whatever it says was done; so is one that still commits to work (carriesForward). The
 * report's frame (一、高度重视; 强化责任担当，切实提高政治站位) is neither.
 */
export function isTrackedItem(draft: TaskDraft): boolean {
  return namesProblem(draft) || carriesForward(draft);
}

function namesProblem(draft: TaskDraft): boolean {
  const text = foldToSimplified(stripGlosses(draft.text));
  if (PROBLEM_ACCOUNT_LABEL.test(text)) return true;
  let title = foldToSimplified(stripGlosses(draft.title));
  for (const word of NOT_SHORTFALL_WORDS) title = title.replaceAll(word, '');
  return statesShortfall(title);
}

/**
 * An item of such a report still commits to work when it names its owner or its time (…保证7月底前完成整改),
 * stands under the section of the work ahead (三、下一步工作计划) or of its measures (二、整改措施), or says its
 * problem is still open (未整改到位，预计…整改到位). Anything else recounts.
 */
export function carriesForward(draft: TaskDraft): boolean {
  if (setsWorkAhead(draft)) return true;
  const text = foldToSimplified(draft.text);
  if (saysOpen(text)) return true;
  // A date the account gives may be when the work was done (该问题已完成整改…今年已印发…); one the item commits to
  // is a term (…前), or comes with a word that promises it (保证, 预计, 力争), or stands in an item that says nothing is done.
  const commits = promises(text) || !saysDone(text);
  return findTimeMentions(draft.timeText, NO_YEAR).some((m) => m.kind === 'by' || m.kind === 'until' || (commits && (m.kind === 'at' || m.kind === 'range')));
}
