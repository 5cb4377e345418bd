import { RULE_LEVELS } from '../model/constants.js';
import type { AnyRule } from './define.js';
import { RULES } from './index.js';

/**
 * A user rule's id is `namespace/name`, as ESLint's plugin rules are: it can
 * never shadow a built-in rule, and the config's JSON Schema can tell a
 * misspelt built-in id from a plugin's rule.
 */
export const USER_RULE_ID = /^[a-z0-9][a-z0-9-]*\/[a-z0-9][a-z0-9-]*$/;

/** The built-in rules followed by the user's; throws, naming the rule and `source`, on one that cannot run. */
export function registryWith(userRules: readonly unknown[], source: string): AnyRule[] {
  const registry: AnyRule[] = [...RULES];
  for (const candidate of userRules) {
    const problem = userRuleProblem(candidate);
    const id = (candidate as { id?: unknown } | null)?.id;
    const name = typeof id === 'string' ? `rule ${id}` : 'a rule';
    if (problem) throw new Error(`${source}: ${name}: ${problem}`);
    const rule = candidate as AnyRule;
    if (registry.some((r) => r.id === rule.id)) throw new Error(`${source}: ${name} is defined twice`);
    registry.push(rule);
  }
  return registry;
}

/** What keeps a value from being a rule planlint can run and word, or null. */
function userRuleProblem(value: unknown): string | null {
  if (typeof value !== 'object' || value === null) return 'not a rule object (use defineRule)';
  const rule = value as Partial<Record<keyof AnyRule, unknown>>;
  if (typeof rule.id !== 'string' || !USER_RULE_ID.test(rule.id)) return 'its id must be namespace/name in lowercase letters, digits and hyphens (e.g. "acme/no-empty-target")';
  if (typeof rule.severity !== 'string' || !(RULE_LEVELS as readonly string[]).includes(rule.severity) || rule.severity === 'off') return 'its severity must be error, warning or info';
  if (!isMessage(rule.docs)) return 'its docs need a zh and an en description';
  if (typeof rule.messages !== 'object' || rule.messages === null || !Object.values(rule.messages).every(isMessage)) return 'each of its messages needs zh and en text';
  if (typeof rule.check !== 'function') return 'it has no check function';
  return null;
}

function isMessage(value: unknown): boolean {
  return typeof value === 'object' && value !== null && typeof (value as { zh?: unknown }).zh === 'string' && typeof (value as { en?: unknown }).en === 'string';
}
