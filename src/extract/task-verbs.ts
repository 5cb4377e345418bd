import { TASK_OPENING_VERBS } from '../lexicon/table-layout.js';

/** Task verbs long enough not to stand inside a body's name by chance (推进, 建设; not 为, 对). */
const INNER_VERBS = TASK_OPENING_VERBS.filter((verb) => verb.length >= 2);

/** Whether a would-be body's name holds a task's verb: 组建应急救援队 names work, not a body. */
export function holdsTaskVerb(text: string): boolean {
  return INNER_VERBS.some((verb) => text.includes(verb));
}
