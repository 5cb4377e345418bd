import { z } from 'zod';

import { PRESETS, RULE_LEVELS, RULE_LEVEL_ALIASES, ruleLevelOf, type RuleLevelName } from './constants.js';

/** A level, or an alias of one ("warn"), read as the level. */
export const RuleLevel = z.enum([...RULE_LEVELS, ...(Object.keys(RULE_LEVEL_ALIASES) as Array<keyof typeof RULE_LEVEL_ALIASES>)]).transform((name) => ruleLevelOf(name)!);
export type RuleLevel = RuleLevelName;

/** `"error"` or `["warning", { …options }]`. */
export const RuleSetting = z.union([RuleLevel, z.tuple([RuleLevel, z.record(z.string(), z.unknown())])]);
export type RuleSetting = z.infer<typeof RuleSetting>;

export { PRESETS } from './constants.js';

/** planlint.config.json; the descriptions are what an editor shows from its JSON Schema. */
export const Config = z
  .object({
    $schema: z.string().describe('The JSON Schema editors complete this file from').optional(),
    extends: z
      .union([z.enum(PRESETS), z.array(z.enum(PRESETS))])
      .describe('planlint:recommended (each rule at its default), planlint:strict (every rule a step higher), planlint:draft (owner placeholders are errors)')
      .optional(),
    rules: z.record(z.string(), RuleSetting).describe('Rule id → level, or [level, {options}]').optional(),
    lang: z.enum(['zh', 'en']).describe('The language of the messages').optional(),
    draft: z.boolean().describe('The documents are drafts: owner placeholders are blanks to fill in (turns on planlint:draft)').optional(),
    plugins: z.array(z.string()).describe('Modules of your own rules, as paths relative to this file; each exports `rules`').optional(),
    encoding: z.string().describe('The encoding of text files that do not say (gb18030, big5, utf-16le…)').optional(),
    maxWarnings: z.number().int().min(-1).describe('More warnings than this fail the run (exit 1); -1: no limit').optional(),
    ignorePatterns: z.array(z.string()).describe('Paths left out, in .gitignore syntax').optional(),
  })
  .strict();
export type Config = z.infer<typeof Config>;
