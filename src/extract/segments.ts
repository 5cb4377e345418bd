import type { Block } from '../model/block.js';
import { attachmentListLines } from './attachment-list.js';
import { bodyTaskDrafts, frameLineOrders } from './body-tasks.js';
import { findTimeMentions, lastMilestone } from './deadline.js';
import { directiveDrafts } from './directives.js';
import type { TaskDraft } from './draft.js';
import { noticeEnd } from './notice.js';
import { isChrome, type Line, type Outline } from './outline.js';
import { quotedItemDrafts } from './quoted-items.js';
import { carriesForward, isTrackedItem, recountsRectification, reviewsWork, setsWorkAhead } from './rectification-report.js';
import { dropRestatedItems } from './restated.js';
import type { TaskTable } from './tables.js';

/**
 * Segmentation: which parts of a document are tasks, each a TaskDraft (its
 * text, its fields, where it stands) in document order:
 *  - numbered items under task sections, label blocks, loose annotated
 *    paragraphs (body-tasks.ts), not the covering notice's requirements before
 *    its 落款 (notice.ts) nor the documents it lists as attached (attachment-list.ts);
 *  - the rows of task tables (tables.ts), which replace the items they restate
 *    word for word (restated.ts);
 *  - with neither, the instruction sentences of minutes (directives.ts);
 *  - in paragraphs no other task holds, lists of “quoted items”（unit）
 *    (quoted-items.ts).
 */
const NO_YEAR = { year: null };

/** A sentence that dates the work it names (5月底前完成, 2024年6月): 及时 and 长期坚持 do not. */
function setsDate(text: string): boolean {
  return lastMilestone(findTimeMentions(text, NO_YEAR)) !== null;
}

export function segmentTasks(blocks: readonly Block[], outline: Outline, tables: ReadonlyArray<TaskTable | null>): TaskDraft[] {
  const paragraphs = blocks.flatMap((block, order): Line[] => (block.kind === 'table' ? [] : [{ text: block.text, loc: block.loc, order }]));
  const rows = tables.flatMap((t) => t?.drafts ?? []);
  // A portal's metadata lines (索引号, 发布机构…, often given twice) take no room from the notice's first lines,
  // and the page's own words (a site's terms, its navigation) hold no instruction.
  const pageLines = paragraphs.filter((line) => !isChrome(line.text));
  const notice = noticeEnd(pageLines);
  const listed = attachmentListLines(paragraphs);
  // A report on rectification recounts what was done: only the work it still commits to is tracked.
  const recounts = recountsRectification(paragraphs);
  const found = bodyTaskDrafts(outline, { noticeEnd: notice, hasTaskTable: rows.length > 0 }).filter((draft) => !listed.has(draft.order));
  // A review of work done (工作总结, 施政工作回顾与总结) recounts too: only the work it still sets is tracked.
  const reviews = !recounts && reviewsWork(paragraphs);
  const body = recounts ? found.filter(isTrackedItem) : reviews ? found.filter(setsWorkAhead) : found;
  // The covering notice's sentences are no more tasks than its numbered requirements.
  const planLines = notice === null ? pageLines : pageLines.filter((line) => line.order > notice);
  // Minutes and meeting reports: with nothing else to track, their instruction sentences are the tasks.
  // A frame section's sentences (二、整改原则 ⏎ …各单位要充分认清…) frame the work, unless one sets a date for it.
  const frame = body.length + rows.length === 0 ? frameLineOrders(outline) : new Set<number>();
  const directives = body.length + rows.length === 0 ? directiveDrafts(planLines).filter((d) => !frame.has(d.order) || setsDate(d.text)) : [];
  const prose = recounts ? directives.filter(carriesForward) : reviews ? directives.filter(setsWorkAhead) : directives;
  const held = new Set([...body, ...prose].map((d) => d.order));
  const quoted = quotedItemDrafts(planLines.filter((line) => !held.has(line.order)));
  return [...dropRestatedItems(body, rows), ...rows, ...prose, ...quoted].sort((a, b) => a.order - b.order || a.row - b.row);
}
