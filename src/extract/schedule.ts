import { REACTIVE_TIME_WORDS } from '../lexicon/time-words.js';
import type { Deadline } from '../model/plan.js';
import { findTimeMentions, type DateContext, type FieldReader, type TimeMention } from './deadline.js';
import type { DraftField, TaskDraft } from './draft.js';

/** What the deadline rules know about a task's time beyond its `deadline`. */
export interface ScheduleFacts {
  /** Where the deadline was read: the task's own field or column, an enclosing item's field, or the task's own words. */
  source: 'field' | 'inherited' | 'text' | null;
  /** The time expression the deadline was read from (its range shape, its other garbled reading); null for an unreadable field. */
  reading: TimeMention | null;
  /** An earlier task whose deadline comes from the same enclosing field: the date is written once, so it is reported once. */
  sharedWith: string | null;
  /** The task's time mentions; inside a 进度安排 phase, garbled digits are read within the phase's own dates (121日前 → 12月1日) and in its year. */
  mentions: TimeMention[];
  /** Vague and standing-duty words in the task's first sentence, its main clause ("尽快建成…"); reactive words (及时报送) are left out. */
  mainClauseVague: TimeMention[];
  /** The same anywhere in the task's text ("…牵头，尽快完成方案"). */
  vague: TimeMention[];
  /** Garbled dates written in this task: its own deadline field and its text, in order. */
  garbled: GarbledDate[];
}

export interface GarbledDate {
  mention: TimeMention;
  /** Digits that lost 年/月 (2018310日前, 71日前), as opposed to a date that does not exist (2月30日). */
  lostUnits: boolean;
}

const SENTENCE_END = /[。；;！!？?\n]/;
const REACTIVE = new Set(REACTIVE_TIME_WORDS);

/**
 * Schedule facts for the tasks of one document, in document order (an
 * inherited deadline is attributed to the first task that inherits it).
 */
export function scheduleReader(
  ctx: DateContext,
  readField: FieldReader,
): (id: string, draft: TaskDraft, deadline: Deadline | null, mentions: TimeMention[]) => ScheduleFacts {
  const firstTaskOf = new Map<DraftField, string>();
  return (id, draft, deadline, mentions) => {
    const own = deadlineField(draft.fields);
    const inherited = own ? null : deadlineField(draft.inheritedFields);
    const field = own ?? inherited;
    let sharedWith: string | null = null;
    if (inherited) {
      sharedWith = firstTaskOf.get(inherited) ?? null;
      if (!sharedWith) firstTaskOf.set(inherited, id);
    }
    const reading = field ? readField(field.value) : (mentions.find(isDated) ?? null);
    // A phase's own dates bound its steps, and lend them their year when the document has none
    const phaseMentions =
      draft.phase && deadline?.end
        ? findTimeMentions(draft.timeText, { year: ctx.year ?? Number(deadline.end.slice(0, 4)), after: deadline.start ?? undefined, before: deadline.end })
        : mentions;
    const clauseEnd = draft.timeText.search(SENTENCE_END);
    const inClause = (m: TimeMention) => clauseEnd < 0 || m.index < clauseEnd;
    const written = own || (inherited && !sharedWith) ? [reading, ...phaseMentions] : phaseMentions;
    return {
      source: own ? 'field' : inherited ? 'inherited' : deadline ? 'text' : null,
      reading,
      sharedWith,
      mentions: phaseMentions,
      mainClauseVague: mentions.filter((m) => (m.kind === 'vague' || m.kind === 'ongoing') && inClause(m) && !REACTIVE.has(m.text)),
      vague: mentions.filter((m) => (m.kind === 'vague' || m.kind === 'ongoing' || m.kind === 'relative') && !REACTIVE.has(m.text)),
      garbled: written.flatMap((m) => (m?.deadline.flags.includes('garbled') ? [{ mention: m, lostUnits: !m.text.includes('月') }] : [])),
    };
  };
}

function deadlineField(fields: readonly DraftField[]): DraftField | undefined {
  return fields.find((f) => f.role === 'deadline' && f.value.trim());
}

function isDated(m: TimeMention): boolean {
  return m.kind !== 'recurring' && m.kind !== 'vague' && m.kind !== 'ongoing' && m.kind !== 'relative' && m.kind !== 'window';
}
