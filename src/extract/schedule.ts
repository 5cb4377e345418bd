import { REACTIVE_TIME_WORDS } from '../lexicon/time-words.js';
import type { Deadline } from '../model/plan.js';
import { deadlineMention, findTimeMentions, type DateContext, type TimeMention } from './deadline.js';
import type { DraftField, TaskDraft } from './draft.js';

/** What the deadline rules know about a task's time beyond its `deadline`. */
export interface ScheduleFacts {
  /** Where the deadline was read: the task's own field or column, an enclosing item's field, or the task's own words. */
  source: 'field' | 'inherited' | 'text' | null;
  /** The time expression the deadline was read from (its range shape, its other garbled reading); null for an unreadable field. */
  reading: TimeMention | null;
  /** An earlier task whose deadline comes from the same enclosing field: the date is written once, so it is reported once. */
  sharedWith: string | null;
  /** The task's time mentions; inside a 进度安排 phase, garbled digits are read within the phase's own dates (121日前 → 12月1日). */
  mentions: TimeMention[];
  /** Vague and standing-duty words in the task's first sentence, its main clause ("尽快建成…"); reactive words (及时报送) are left out. */
  mainClauseVague: TimeMention[];
}

const SENTENCE_END = /[。；;！!？?\n]/;
const REACTIVE = new Set(REACTIVE_TIME_WORDS);

/**
 * Schedule facts for the tasks of one document, in document order (an
 * inherited deadline is attributed to the first task that inherits it).
 */
export function scheduleReader(ctx: DateContext): (id: string, draft: TaskDraft, deadline: Deadline | null, mentions: TimeMention[]) => ScheduleFacts {
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
    const reading = field ? deadlineMention(findTimeMentions(field.value, ctx)) : (mentions.find(isDated) ?? null);
    const phaseMentions =
      draft.phase && deadline?.end ? findTimeMentions(draft.timeText, { year: ctx.year, after: deadline.start ?? undefined, before: deadline.end }) : mentions;
    const clauseEnd = draft.timeText.search(SENTENCE_END);
    const inClause = (m: TimeMention) => clauseEnd < 0 || m.index < clauseEnd;
    return {
      source: own ? 'field' : inherited ? 'inherited' : deadline ? 'text' : null,
      reading,
      sharedWith,
      mentions: phaseMentions,
      mainClauseVague: mentions.filter((m) => (m.kind === 'vague' || m.kind === 'ongoing') && inClause(m) && !REACTIVE.has(m.text)),
    };
  };
}

function deadlineField(fields: readonly DraftField[]): DraftField | undefined {
  return fields.find((f) => f.role === 'deadline' && f.value.trim());
}

function isDated(m: TimeMention): boolean {
  return m.kind !== 'recurring' && m.kind !== 'vague' && m.kind !== 'ongoing';
}
