import type { Severity } from '../model/diagnostic.js';
import type { Preset } from '../model/constants.js';
import type { AnyRule } from './define.js';

/** planlint:strict raises every rule a step: nothing stays advice. */
const STRICT: Readonly<Record<Severity, Severity>> = { info: 'warning', warning: 'error', error: 'error' };

/**
 * planlint:draft is for a plan still being written: a placeholder where an
 * owner belongs (*, ××) is a blank nobody filled in, not the redaction of a
 * public copy. `--draft` and `"draft": true` turn it on.
 */
const DRAFT = new Map<string, Severity>([['redacted-owner', 'error']]);

/** A rule's level under the presets a config extends (planlint:recommended: the rule's own). */
export function presetLevel(rule: AnyRule, presets: readonly Preset[]): Severity {
  let level = rule.severity;
  if (presets.includes('planlint:strict')) level = STRICT[level];
  if (presets.includes('planlint:draft')) level = DRAFT.get(rule.id) ?? level;
  return level;
}
