import type { AnyRule } from './define.js';
import missingDeadline from './missing-deadline.js';
import unclearDeadline from './unclear-deadline.js';
import coarseDeadline from './coarse-deadline.js';
import garbledDate from './garbled-date.js';
import deadlineBeforeIssueDate from './deadline-before-issue-date.js';
import deadlineBeforePublication from './deadline-before-publication.js';
import reversedDeadlineRange from './reversed-deadline-range.js';
import deadlineConflict from './deadline-conflict.js';
import missingOwner from './missing-owner.js';
import leadUnclear from './lead-unclear.js';
import ownerConflict from './owner-conflict.js';
import ownerNotInRoster from './owner-not-in-roster.js';
import redactedOwner from './redacted-owner.js';
import vagueOwner from './vague-owner.js';
import unitMismatch from './unit-mismatch.js';
import sumMismatch from './sum-mismatch.js';
import percentOutOfRange from './percent-out-of-range.js';
import duplicateTaskNumber from './duplicate-task-number.js';
import mergedCellSplit from './merged-cell-split.js';
import numberingGap from './numbering-gap.js';
import numberingStyle from './numbering-style.js';
import overdueOpenTask from './overdue-open-task.js';

/**
 * Every rule, in catalogue order (owners, deadlines, quantities and
 * numbering, ledgers). `planlint rules`, the README's rule table and
 * docs/rules/ are generated from this list.
 */
export const RULES: readonly AnyRule[] = [
  // Owners
  missingOwner,
  vagueOwner,
  redactedOwner,
  leadUnclear,
  ownerNotInRoster,
  ownerConflict,
  // Deadlines
  missingDeadline,
  unclearDeadline,
  coarseDeadline,
  garbledDate,
  deadlineBeforeIssueDate,
  deadlineBeforePublication,
  reversedDeadlineRange,
  deadlineConflict,
  // Quantities and numbering
  unitMismatch,
  sumMismatch,
  percentOutOfRange,
  duplicateTaskNumber,
  mergedCellSplit,
  numberingGap,
  numberingStyle,
  // Ledgers
  overdueOpenTask,
];

export function findRule(id: string): AnyRule | undefined {
  return RULES.find((rule) => rule.id === id);
}
