import { stripGlosses } from './gloss.js';
import type { Task } from '../model/plan.js';
import type { DisableDirective } from '../read/types.js';
import type { TimeMention } from './deadline.js';
import type { ResolvedTask, TaskDraft } from './draft.js';
import { leadOf, type LeadFacts } from './lead.js';
import type { DateSource } from './meta.js';
import { describeQuantities, type TargetFact } from './metric.js';
import type { Line, Outline } from './outline.js';
import type { ScheduleFacts } from './schedule.js';
import type { NumberSequence } from './sequences.js';
import type { SumStatement } from './sums.js';

/**
 * The facts API: what extraction knows beyond the model, derived once per
 * document and read-only. Rules read the model and these facts, never the
 * drafts' internals; a rule that needs something new gets it here.
 */

/** What extraction knows about a task beyond the model. */
export interface TaskFacts {
  draft: TaskDraft;
  /** Every time expression in the task's text, in order. */
  mentions: TimeMention[];
  /** Where the owners came from: the task's own fields, its section's, a clause's subject, or nowhere. */
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

/** A task's facts from its draft, its resolved fields and its schedule. */
export function taskFacts(draft: TaskDraft, resolved: ResolvedTask, schedule: ScheduleFacts): TaskFacts {
  const ownerFields = resolved.ownerSource === 'field' ? draft.fields : resolved.ownerSource === 'inherited' ? draft.inheritedFields : [];
  const { targets, sums } = describeQuantities(draft.targetText, resolved.quantities);
  return {
    draft,
    mentions: resolved.mentions,
    ownerSource: resolved.ownerSource,
    lead: leadOf(resolved.owners, ownerFields),
    targetFacts: targets,
    sums,
    schedule,
  };
}

/** The model's task from a resolved draft. */
export function taskOf(id: string, draft: TaskDraft, resolved: ResolvedTask): Task {
  return {
    id,
    number: draft.number,
    path: draft.path,
    // The title is planlint's short name for the task: a mirror site's pinyin gloss is no part of it (the text keeps it verbatim).
    title: stripGlosses(draft.title),
    text: draft.text,
    origin: draft.origin,
    owners: resolved.owners,
    deadline: resolved.deadline,
    targets: resolved.targets,
    loc: draft.loc,
  };
}
