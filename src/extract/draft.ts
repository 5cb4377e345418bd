import type { SourceLocation } from '../model/location.js';
import type { Deadline, Owners, Target } from '../model/plan.js';
import type { FieldRole } from '../lexicon/field-labels.js';
import { deadlineMention, fieldMentions, findTimeMentions, lastMilestone, type DateContext, type TimeMention } from './deadline.js';
import type { Field } from './fields.js';
import { foldToSimplified } from '../lexicon/hant.js';
import { readOwnerValue, type OwnerConventions, type OwnerRole } from './owner-value.js';
import { inferOwnersFromClauses } from './owners.js';
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
  /** The heading of the phase the task is a step of (（一）准备阶段（3月—4月）): its span is the step's deadline when the step gives none. */
  phaseTime?: string;
  /** The number cell was empty or merged and came from the row above. */
  numberInherited: boolean;
  /** A table's column names, when they name one year (2024年目标任务 | 完成时限): the year of its rows' year-less dates, in a document that gives none. */
  columnsYear?: string;
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

export function resolveDraft(draft: TaskDraft, ctx: DateContext, conventions: OwnerConventions): ResolvedTask {
  const { owners: own, timeText } = ownersFrom(draft.fields, conventions);
  const { owners: inherited } = ownersFrom(draft.inheritedFields, conventions);
  let owners = own;
  let ownerSource: ResolvedTask['ownerSource'] = hasAny(own) ? 'field' : 'none';
  if (ownerSource === 'none' && hasAny(inherited)) {
    owners = inherited;
    ownerSource = 'inherited';
  } else if (ownerSource === 'field') {
    // A section's owner fills the roles the item leaves open: the 区长 heading over items with their own 责任单位.
    owners = {
      leaders: own.leaders.length > 0 ? own.leaders : inherited.leaders,
      units: own.units.length > 0 ? own.units : inherited.units,
      partners: own.partners.length > 0 || own.units.length > 0 ? own.partners : inherited.partners,
    };
  }
  if (ownerSource === 'none' && draft.ownerText) {
    const clause = inferOwnersFromClauses(draft.ownerText);
    owners = { leaders: clause.leaders ?? [], units: clause.units, partners: clause.partners };
    if (hasAny(owners)) ownerSource = 'clause';
  }
  const mentions = findTimeMentions(draft.timeText, ctx);
  const quantities = findQuantities(draft.targetText);
  return {
    owners,
    deadline:
      deadlineFrom(draft.fields, ctx) ??
      (timeText ? fieldDeadline(timeText, ctx) : null) ??
      deadlineFrom(draft.inheritedFields, ctx) ??
      deadlineFromMentions(mentions, draft.phase) ??
      (draft.phaseTime ? deadlineFromMentions(findTimeMentions(draft.phaseTime, ctx), true) : null),
    targets: quantities.map(({ index: _index, ...target }) => target),
    quantities,
    mentions,
    ownerSource,
  };
}

const OWNER_ROLES: ReadonlySet<FieldRole> = new Set(['leader', 'unit', 'partner']);
const LEAD_LABEL = /牵头|主办|主责/;

/**
 * Labelled owners win over phrases: "申报工作由建设部门牵头" inside a measure
 * describes the work, while 责任单位 below it assigns the task. With both a
 * 牵头单位 and a 责任单位 label, the 责任单位 are partners (the convention of
 * task tables: 牵头 leads, 责任 carries out).
 */
function ownersFrom(fields: readonly DraftField[], conventions: OwnerConventions): { owners: Owners; timeText: string | null } {
  const owners: Owners = { leaders: [], units: [], partners: [] };
  let timeText: string | null = null;
  const labelled = fields.filter((f) => f.form !== 'phrase' && OWNER_ROLES.has(f.role));
  const used = labelled.length > 0 ? labelled : fields.filter((f) => OWNER_ROLES.has(f.role));
  const leadLabelled = labelled.some((f) => f.role === 'unit' && LEAD_LABEL.test(foldToSimplified(f.label)));
  for (const field of used) {
    let role = field.role as OwnerRole;
    if (role === 'unit' && leadLabelled && !LEAD_LABEL.test(foldToSimplified(field.label))) role = 'partner';
    const reading = readOwnerValue(field.value, role, conventions);
    owners.leaders.push(...reading.leaders);
    owners.units.push(...reading.units);
    owners.partners.push(...reading.partners);
    timeText ??= reading.timeText;
  }
  // Two notes on one task may name the same body again ("〔市某局牵头…〕…（市某局、市另一局牵头）"): it owns the task once.
  // Persons, and names masked out (＊), may differ behind the same written form: only bodies are folded.
  if (used.length > 1) {
    owners.units = onceEach(owners.units);
    owners.partners = onceEach(owners.partners);
  }
  return { owners, timeText };
}

/** Each body named once; a name with no Han character (a mask) may stand for several. */
function onceEach(names: string[]): string[] {
  const seen = new Set<string>();
  return names.filter((name) => {
    if (!/\p{Script=Han}/u.test(name)) return true;
    if (seen.has(name)) return false;
    seen.add(name);
    return true;
  });
}

function hasAny(owners: Owners): boolean {
  return owners.leaders.length + owners.units.length + owners.partners.length > 0;
}

/** A deadline field that says something no grammar reads ("按上级要求") is still a deadline: a vague one. */
function deadlineFrom(fields: readonly DraftField[], ctx: DateContext): Deadline | null {
  const field = fields.find((f) => f.role === 'deadline' && f.value.trim());
  if (!field) return null;
  return fieldDeadline(field.value, ctx) ?? { text: field.value.trim(), start: null, end: null, precision: 'none', flags: ['vague'] };
}

/**
 * A deadline field's deadline: its last milestone, else what it says (尽快,
 * 长期坚持). A deadline column repeats its values down the rows: each value
 * is read once per document.
 */
const FIELD_DEADLINES = new WeakMap<DateContext, Map<string, Deadline | null>>();

function fieldDeadline(value: string, ctx: DateContext): Deadline | null {
  let known = FIELD_DEADLINES.get(ctx);
  if (!known) FIELD_DEADLINES.set(ctx, (known = new Map()));
  let deadline = known.get(value);
  if (deadline === undefined) {
    const mentions = fieldMentions(value, ctx);
    known.set(value, (deadline = (lastMilestone(mentions) ?? deadlineMention(mentions))?.deadline ?? null));
  }
  return deadline;
}

/**
 * With no deadline field, the task's own words set it: the first dated
 * mention (the phase heading "(2018310日前)", "6月底前", "2018年，…"). A
 * cadence (每月5日前, 按月调度) is not a completion time, and a vague word in
 * prose (及时掌握, 尽快) is not one either; rules read those from the mentions.
 */
function deadlineFromMentions(mentions: readonly TimeMention[], phase: boolean): Deadline | null {
  // A phase of 进度安排 is the span its heading gives; the dates inside it are its steps.
  const milestone = phase ? (mentions.find((m) => m.kind !== 'recurring' && m.kind !== 'vague' && m.kind !== 'ongoing') ?? null) : lastMilestone(mentions);
  return milestone?.deadline ?? mentions.find((m) => m.kind === 'relative')?.deadline ?? null;
}
