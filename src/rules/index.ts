import type { AnyRule } from './define.js';
import missingDeadline from './missing-deadline.js';
import missingOwner from './missing-owner.js';

/**
 * Every rule, in catalogue order (RULES.md). `planlint rules` and the README's
 * rule table are generated from this list.
 */
export const RULES: readonly AnyRule[] = [
  // Owners
  missingOwner,
  // Deadlines
  missingDeadline,
  // Quantities and numbering
];

export function findRule(id: string): AnyRule | undefined {
  return RULES.find((rule) => rule.id === id);
}
