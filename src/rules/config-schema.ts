import { z } from 'zod';
import { Config, RuleLevel } from '../model/config.js';
import type { AnyRule } from './define.js';
import { RULES } from './index.js';
import { USER_RULE_ID } from './user-rules.js';

/**
 * The JSON Schema of planlint.config.json (schema/planlint.config.schema.json,
 * which `planlint init` points `$schema` at), generated from the config's zod
 * schema with each rule named, described and its options spelt out: an
 * editor completes rule ids and options, and flags a misspelt one. A plugin's
 * rules (namespace/name) are known only at run time: any such id is allowed.
 */
export function configJsonSchema(registry: readonly AnyRule[] = RULES): Record<string, unknown> {
  const rules = z
    .object(Object.fromEntries(registry.map((rule) => [rule.id, ruleSetting(rule).describe(`${rule.docs.zh} — ${rule.docs.en} (default: ${rule.severity})`)])))
    .partial()
    .catchall(ruleSetting(null))
    .describe('Rule id → level ("off", "info", "warning", "error"; "warn" = "warning"), or [level, {options}]');
  return z.toJSONSchema(Config.extend({ rules: rules.optional() }), {
    io: 'input',
    target: 'draft-07',
    override({ zodSchema, jsonSchema }) {
      // A plugin's rule is any namespace/name id; another id that is none of the listed ones is a typo.
      if ((zodSchema as unknown) !== rules) return;
      jsonSchema.patternProperties = { [USER_RULE_ID.source]: jsonSchema.additionalProperties! };
      jsonSchema.additionalProperties = false;
    },
  }) as Record<string, unknown>;
}

/** A rule's level, or [level, options]; a rule without an options schema takes none. */
function ruleSetting(rule: AnyRule | null) {
  const options = rule === null ? z.record(z.string(), z.unknown()) : (rule.options ?? z.object({}).strict());
  return z.union([RuleLevel, z.tuple([RuleLevel, options])]);
}
