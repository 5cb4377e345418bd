import { sectionContexts } from './section-year.js';
import { foldingWithin } from '../lexicon/hant.js';
import type { Block } from '../model/block.js';
import type { PlanDocument, Task } from '../model/plan.js';
import type { ReadResult } from '../read/types.js';
import { fieldReader } from './deadline.js';
import { resolveDraft } from './draft.js';
import { taskFacts, taskOf, type DocumentFacts, type TaskFacts } from './facts.js';
import { recoverLayout } from './layout/index.js';
import { matchRestatements } from './matching.js';
import { explainsDocument } from './interpretation.js';
import { extractMeta, isInterpretation } from './meta.js';
import { assignsOwners, enactsRules, namesRegulation } from './regulation.js';
import { buildOutline, subtreeLines, type Line, type OutlineNode } from './outline.js';
import { firstListedLeads, type OwnerConventions } from './owner-value.js';
import { extractRoster } from './roster.js';
import { scheduleReader } from './schedule.js';
import { detectScript } from './script.js';
import { segmentTasks } from './segments.js';
import { numberSequences } from './sequences.js';
import { readTaskTable, type TaskTable } from './tables.js';

export type { DocumentFacts, TaskFacts } from './facts.js';

export interface Extracted {
  document: PlanDocument;
  facts: DocumentFacts;
}

/**
 * Blocks → the model, format-independent: every reader ends here. The stages:
 *  1. layout    tables that exports and web pages flattened become tables again;
 *  2. outline   numbering builds the tree; page chrome and the 落款 set aside;
 *  3. tables    header roles, rows as drafts; meta from preamble, chrome, 落款;
 *  4. segments  which parts are tasks (items, label blocks, rows, minutes);
 *  5. fields    each draft's owners, deadline and targets resolved;
 *  6. facts     what rules read beyond the model, computed once.
 */
export function extractDocument(read: ReadResult, file: string): Extracted {
  return foldingWithin([file, ...blockTexts(read.blocks)], () => extractBlocks(read, file));
}

/** Every text a reader gave: paragraphs and table cells. */
function blockTexts(blocks: readonly Block[]): string[] {
  const texts: string[] = [];
  for (const block of blocks) {
    texts.push(block.text);
    for (const row of block.rows ?? []) for (const cell of row) texts.push(cell.text);
  }
  return texts;
}

function extractBlocks(read: ReadResult, file: string): Extracted {
  const blocks = recoverLayout(read.blocks);
  const outline = buildOutline(blocks, { indentedLists: read.format === 'text' });
  const mainLines = subtreeLines(outline.root);
  // Attachments follow the main text: appending them keeps document order.
  const lines = [...mainLines];
  for (const attachment of outline.attachments) subtreeLines(attachment, lines);

  const tables = outline.tables.map((t) => readTaskTable(t.block, t.order, captionOf(t.caption, t.attachment)));
  const preamble = outline.root.lines.length > 0 ? outline.root.lines : (headedPreamble(outline.root) ?? tableCaptionLines(tables));
  // A ledger's facts above its columns (填报单位：… | 填报时间：2024年3月5日) date it as a page's date line would.
  const chrome = [...outline.chrome, ...tableNotes(tables)];
  const { meta, dateSource, hasDocNumberField, dateContext: ctx } = extractMeta(preamble, chrome, withSignature(mainLines, outline.signature));

  // An interpretation of a plan (…政策解读, 图解…, 现将主要内容解读如下) tells about its tasks, and a regulation sets rules: they assign none.
  const explains = isInterpretation(meta.title) || explainsDocument(mainLines);
  const rules = (namesRegulation(meta.title) || enactsRules(mainLines)) && !assignsOwners(mainLines);
  const drafts = explains || rules ? [] : segmentTasks(blocks, outline, tables);

  const conventions: OwnerConventions = { firstListedLeads: firstListedLeads(documentTexts(lines, tables)) };
  const scheduleOf = scheduleReader(ctx, fieldReader(ctx));
  const facts = new Map<string, TaskFacts>();
  const contextOf = sectionContexts(ctx);
  const tasks: Task[] = drafts.map((draft, k) => {
    const id = `T${k + 1}`;
    // A document that gives no year takes one its table's columns name (2024年目标任务), under any heading's own.
    const path = draft.columnsYear && ctx.year === null ? [draft.columnsYear, ...draft.path] : draft.path;
    const resolved = resolveDraft(draft, contextOf(path), conventions);
    facts.set(id, taskFacts(draft, resolved, scheduleOf(id, draft, resolved.deadline, resolved.mentions)));
    return taskOf(id, draft, resolved);
  });

  const document: PlanDocument = {
    file,
    format: read.format,
    encoding: read.encoding,
    script: detectScript([...lines.map((l) => l.text), ...tables.flatMap((t) => t?.drafts.map((d) => d.text) ?? [])]),
    meta,
    roster: extractRoster(lines.map((l) => l.text)),
    tasks,
    diagnostics: [],
    errors: [],
  };
  return {
    document,
    facts: { dateSource, hasDocNumberField, tasks: facts, lines, outline, directives: read.directives, restatedBy: matchRestatements(tasks), sequences: numberSequences(outline, tasks, facts) },
  };
}

/** The main text with its 落款 back in place: meta reads the date and issuer there. */
function withSignature(lines: readonly Line[], signature: readonly Line[]): Line[] {
  return signature.length === 0 ? [...lines] : [...lines, ...signature].sort((a, b) => a.order - b.order);
}

/** Every line and table cell, for document-wide conventions. */
function* documentTexts(lines: readonly Line[], tables: ReadonlyArray<TaskTable | null>): Iterable<string> {
  for (const line of lines) yield line.text;
  // A column's name may carry the note itself: 责任单位（第一个为牵头单位）.
  for (const table of tables) if (table) for (const text of [table.header.join('\t'), ...table.drafts.map((draft) => draft.text)]) yield text;
}

/** A table's caption: the attachment head and the title lines just above it. */
function captionOf(caption: readonly Line[], attachment: string | null): string[] {
  // A line of bare separators ("|", a page's table border) names nothing.
  const texts = caption
    .map((l) => l.text.replace(/^[\s|｜]+|[\s|｜]+$/g, ''))
    .filter((t) => t !== attachment && /[\p{L}\p{N}]/u.test(t));
  return texts.length > 0 ? [texts[texts.length - 1]] : attachment ? [attachment] : [];
}

/** The rows above the tables' headers that are no titles, as lines. */
function tableNotes(tables: ReadonlyArray<TaskTable | null>): Line[] {
  return tables.flatMap((t) => t?.notes ?? []).map((text, k) => ({ text, loc: {}, order: k }));
}

/**
 * A Markdown or HTML document that opens with an unnumbered heading (# 某县某项工作方案) keeps its title there,
 * not in a preamble of its own: the heading and the prose under it, up to its first numbered item, are the preamble.
 */
function headedPreamble(root: OutlineNode): Line[] | null {
  const first = root.children[0];
  return first && first.label === null && first.style.startsWith('h') && first.lines.length > 0 ? first.lines : null;
}

/** A sheet has no prose: its title rows stand for the preamble. */
function tableCaptionLines(tables: ReadonlyArray<{ caption: string[] } | null>): Line[] {
  const caption = tables.find((t) => t && t.caption.length > 0)?.caption ?? [];
  return caption.map((text, k) => ({ text, loc: {}, order: k }));
}
