import type { SourceLocation } from '../model/location.js';
import type { Deadline, Owners, Target } from '../model/plan.js';
import type { FieldRole } from '../lexicon/field-labels.js';
import { findTimeMentions, type DateContext, type FieldReader, type TimeMention } from './deadline.js';
import type { Field } from './fields.js';
import { inferOwnersFromClauses, splitOwners } from './owners.js';
import { findQuantities, type QuantityMatch } from './quantity.js';

/** A field as a table column gives it. */
export type DraftField = Omit<Field, 'form'> & { form: Field['form'] | 'column' };

/**
 * A task as prose or a table row yields it, before owners, deadline and targets
 * are resolved: the same steps then serve both origins.
 */
export interface TaskDraft {
  origin: 'body' | 'table';
  number: string;
  path: string[];
  title: string;
  text: string;
  loc: SourceLocation;
  /** Block order, then row: tasks are numbered in document order. */
  order: number;
  row: number;
  fields: DraftField[];
  /** Fields of enclosing nodes ("（一）…（牵头单位：X）" over its items). */
  inheritedFields: DraftField[];
  /** Text whose clause subjects may name the owner when no field does. */
  ownerText: string;
  /** Text that may hold the task's quantitative targets. */
  targetText: string;
  /** Text that may hold the task's time, first sentence first. */
  timeText: string;
  /** A phase of 进度安排: its dates bound the work inside it. */
  phase: boolean;
  /** The number cell was empty or merged and came from the row above. */
  numberInherited: boolean;
}

export interface ResolvedTask {
  owners: Owners;
  deadline: Deadline | null;
  targets: Target[];
  /** Every time expression in the task's text (rules compare them with the deadline). */
  mentions: TimeMention[];
  /** The targets with where they stand in the draft's targetText, for the facts built on them. */
  quantities: QuantityMatch[];
  /** Where the owners came from. */
  ownerSource: 'field' | 'inherited' | 'clause' | 'none';
}

/** `readField` reads deadline field values (one per document, see fieldReader). */
export function resolveDraft(draft: TaskDraft, ctx: DateContext, readField: FieldReader): ResolvedTask {
  const own = ownersFrom(draft.fields);
  const inherited = ownersFrom(draft.inheritedFields);
  let owners = own;
  let ownerSource: ResolvedTask['ownerSource'] = hasAny(own) ? 'field' : 'none';
  if (ownerSource === 'none' && hasAny(inherited)) {
    owners = inherited;
    ownerSource = 'inherited';
  }
  if (ownerSource === 'none' && draft.ownerText) {
    const clause = inferOwnersFromClauses(draft.ownerText);
    owners = { leaders: [], units: clause.units, partners: clause.partners };
    if (hasAny(owners)) ownerSource = 'clause';
  }
  const mentions = findTimeMentions(draft.timeText, ctx);
  const quantities = findQuantities(draft.targetText);
  return {
    owners,
    deadline: deadlineFrom(draft.fields, readField) ?? deadlineFrom(draft.inheritedFields, readField) ?? deadlineFromMentions(mentions),
    targets: quantities.map(({ index: _index, ...target }) => target),
    quantities,
    mentions,
    ownerSource,
  };
}

/** Where each owner role's values go. */
const OWNER_KEYS: ReadonlyMap<FieldRole, keyof Owners> = new Map([
  ['leader', 'leaders'],
  ['unit', 'units'],
  ['partner', 'partners'],
]);

/**
 * Labelled owners win over phrases: "申报工作由建设部门牵头" inside a measure
 * describes the work, while 责任单位 below it assigns the task.
 */
function ownersFrom(fields: readonly DraftField[]): Owners {
  const owners: Owners = { leaders: [], units: [], partners: [] };
  const labelled = fields.filter((f) => f.form !== 'phrase' && OWNER_KEYS.has(f.role));
  for (const field of labelled.length > 0 ? labelled : fields) {
    const key = OWNER_KEYS.get(field.role);
    if (key) owners[key].push(...splitOwners(field.value));
  }
  return owners;
}

function hasAny(owners: Owners): boolean {
  return owners.leaders.length + owners.units.length + owners.partners.length > 0;
}

/** A deadline field that says something no grammar reads ("按上级要求") is still a deadline: a vague one. */
function deadlineFrom(fields: readonly DraftField[], readField: FieldReader): Deadline | null {
  const field = fields.find((f) => f.role === 'deadline' && f.value.trim());
  if (!field) return null;
  return readField(field.value)?.deadline ?? { text: field.value.trim(), start: null, end: null, precision: 'none', flags: ['vague'] };
}

/**
 * With no deadline field, the task's own words set it: the first dated
 * mention (the phase heading "(2018310日前)", "6月底前", "2018年，…"). A
 * cadence (每月5日前, 按月调度) is not a completion time, and a vague word in
 * prose (及时掌握, 尽快) is not one either; rules read those from the mentions.
 */
function deadlineFromMentions(mentions: readonly TimeMention[]): Deadline | null {
  return mentions.find((m) => m.kind !== 'recurring' && m.kind !== 'vague' && m.kind !== 'ongoing')?.deadline ?? null;
}
