import type { PlanDocument, Task } from '../model/plan.js';
import type { DisableDirective, ReadResult } from '../read/types.js';
import { bodyTaskDrafts } from './body-tasks.js';
import { fieldReader, type TimeMention } from './deadline.js';
import { resolveDraft, type TaskDraft } from './draft.js';
import { leadOf, type LeadFacts } from './lead.js';
import { describeQuantities, type TargetFact } from './metric.js';
import { matchRestatements } from './matching.js';
import { noticeEnd } from './notice.js';
import { dropRestatedItems } from './restated.js';
import { directiveDrafts } from './directives.js';
import { recoverLayout } from './layout/index.js';
import { extractMeta, type DateSource } from './meta.js';
import { buildOutline, subtreeLines, type Line, type Outline } from './outline.js';
import { extractRoster } from './roster.js';
import { scheduleReader, type ScheduleFacts } from './schedule.js';
import { detectScript } from './script.js';
import type { QuantityMatch } from './quantity.js';
import { numberSequences, type NumberSequence } from './sequences.js';
import type { SumStatement } from './sums.js';
import { readTaskTable, type TaskTable } from './tables.js';
import { firstListedLeads, type OwnerConventions } from './owner-value.js';

/** What extraction knows about a task beyond the model: the facts rules read. */
export interface TaskFacts {
  draft: TaskDraft;
  mentions: TimeMention[];
  ownerSource: 'field' | 'inherited' | 'clause' | 'none';
  /** The owners sorted into leads and partners and classified (named, vague, redacted …). */
  lead: LeadFacts;
  /** Per target, in the order of the task's `targets`: the metric it measures and how it is written. */
  targetFacts: TargetFact[];
  /** Totals in the task's text with their parts or listed items. */
  sums: SumStatement[];
  /** Where the deadline was read and how its dates are written (deadline rules read these). */
  schedule: ScheduleFacts;
}

/** What extraction knows about the document beyond the model. */
export interface DocumentFacts {
  dateSource: DateSource;
  hasDocNumberField: boolean;
  /** Facts per task, by task id. */
  tasks: ReadonlyMap<string, TaskFacts>;
  /** Every paragraph line in document order (rules that look at wording read these). */
  lines: readonly Line[];
  /** The numbered structure of the prose (numbering rules read it). */
  outline: Outline | null;
  /** Inline `planlint-disable` comments. */
  directives: readonly DisableDirective[];
  /** Body task id → the ids of table rows that restate it (附表 rows). */
  restatedBy: ReadonlyMap<string, string[]>;
  /** Sibling numbers that should run 1, 2, 3 … (outline children per style, table 序号 per table and category). */
  sequences: readonly NumberSequence[];
}

export interface Extracted {
  document: PlanDocument;
  facts: DocumentFacts;
}

/** Blocks → the model. Format-independent: every reader ends here. */
export function extractDocument(read: ReadResult, file: string): Extracted {
  const blocks = recoverLayout(read.blocks);
  const outline = buildOutline(blocks);
  const mainLines = subtreeLines(outline.root);
  // Attachments follow the main text: appending them keeps document order.
  const lines = [...mainLines];
  for (const attachment of outline.attachments) subtreeLines(attachment, lines);

  const tables = outline.tables.map((t) => readTaskTable(t.block, t.order, captionOf(t.caption, t.attachment)));
  const preamble = outline.root.lines.length > 0 ? outline.root.lines : tableCaptionLines(tables);
  const { meta, dateSource, hasDocNumberField, dateContext } = extractMeta(preamble, outline.chrome, withSignature(mainLines, outline.signature));

  const paragraphs = blocks.flatMap((block, order): Line[] => (block.kind === 'table' ? [] : [{ text: block.text, loc: block.loc, order }]));
  const body = bodyTaskDrafts(outline, { noticeEnd: noticeEnd(paragraphs), hasTaskTable: tables.some((t) => t !== null && t.drafts.length > 0) });
  const rows = tables.flatMap((t) => t?.drafts ?? []);
  // Minutes and meeting reports: with nothing else to track, their instruction sentences are the tasks.
  const prose = body.length + rows.length === 0 ? directiveDrafts(paragraphs) : [];
  const drafts = [...dropRestatedItems(body, rows), ...rows, ...prose].sort(
    (a, b) => a.order - b.order || a.row - b.row,
  );
  const ctx = dateContext;
  const conventions: OwnerConventions = { firstListedLeads: firstListedLeads(documentTexts(lines, tables)) };
  const facts = new Map<string, TaskFacts>();
  const readField = fieldReader(ctx);
  const scheduleOf = scheduleReader(ctx, readField);
  const tasks: Task[] = drafts.map((draft, k) => {
    const id = `T${k + 1}`;
    const resolved = resolveDraft(draft, ctx, conventions);
    const ownerFields = resolved.ownerSource === 'field' ? draft.fields : resolved.ownerSource === 'inherited' ? draft.inheritedFields : [];
    facts.set(id, { draft, mentions: resolved.mentions, ownerSource: resolved.ownerSource, lead: leadOf(resolved.owners, ownerFields), ...quantityFacts(draft.targetText, resolved.quantities), schedule: scheduleOf(id, draft, resolved.deadline, resolved.mentions) });
    return {
      id,
      number: draft.number,
      path: draft.path,
      title: draft.title,
      text: draft.text,
      origin: draft.origin,
      owners: resolved.owners,
      deadline: resolved.deadline,
      targets: resolved.targets,
      loc: draft.loc,
    };
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
  for (const table of tables) if (table) for (const draft of table.drafts) yield draft.text;
}

/** A table's caption: the attachment head and the title lines just above it. */
function captionOf(caption: readonly Line[], attachment: string | null): string[] {
  const texts = caption.map((l) => l.text).filter((t) => t !== attachment);
  return texts.length > 0 ? [texts[texts.length - 1]] : attachment ? [attachment] : [];
}

/** A sheet has no prose: its title rows stand for the preamble. */
function tableCaptionLines(tables: ReadonlyArray<{ caption: string[] } | null>): Line[] {
  const caption = tables.find((t) => t && t.caption.length > 0)?.caption ?? [];
  return caption.map((text, k) => ({ text, loc: {}, order: k }));
}

/** What each target measures and the totals among them (rules read these). */
function quantityFacts(targetText: string, quantities: readonly QuantityMatch[]): Pick<TaskFacts, 'targetFacts' | 'sums'> {
  const { targets, sums } = describeQuantities(targetText, quantities);
  return { targetFacts: targets, sums };
}
