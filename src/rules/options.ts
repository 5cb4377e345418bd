import type { z } from 'zod';
import { CLI_MESSAGES } from '../i18n/cli.js';
import { formatMessage, type Lang } from '../i18n/format.js';
import type { AnyRule } from './define.js';

/**
 * What is wrong with the options given to a rule, worded for the user, or
 * null. A rule without a schema takes no options, and keys its schema does
 * not name are refused: a misspelt option would otherwise change nothing,
 * silently. The rest is the schema's to judge.
 */
export function ruleOptionsProblem(rule: AnyRule, options: Readonly<Record<string, unknown>>, lang: Lang): string | null {
  const say = (id: keyof typeof CLI_MESSAGES, data: Record<string, string>) => formatMessage(CLI_MESSAGES[id], lang, data);
  const shape = !rule.options ? {} : 'shape' in rule.options ? (rule.options as z.ZodObject).shape : null;
  const unknown = shape ? Object.keys(options).filter((key) => !Object.hasOwn(shape, key)) : [];
  if (unknown.length > 0) {
    const list = (keys: string[]) => keys.map((k) => `"${k}"`).join(', ');
    const allowed = Object.keys(shape ?? {});
    return say('unknownRuleOptions', { rule: rule.id, options: list(unknown), allowed: allowed.length > 0 ? list(allowed) : formatMessage(CLI_MESSAGES.none, lang) });
  }
  const parsed = rule.options?.safeParse(options);
  if (parsed && !parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
    return say('badRuleOptions', { rule: rule.id, detail: `${where}${issue.message}` });
  }
  return null;
}
