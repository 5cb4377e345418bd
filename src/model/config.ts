import { z } from 'zod';

import { PRESETS, RULE_LEVELS, RULE_LEVEL_ALIASES, ruleLevelOf, type RuleLevelName } from './constants.js';

/** A level, or an alias of one ("warn"), read as the level. */
export const RuleLevel = z.enum([...RULE_LEVELS, ...(Object.keys(RULE_LEVEL_ALIASES) as Array<keyof typeof RULE_LEVEL_ALIASES>)]).transform((name) => ruleLevelOf(name)!);
export type RuleLevel = RuleLevelName;

/** `"error"` or `["warning", { …options }]`. */
export const RuleSetting = z.union([RuleLevel, z.tuple([RuleLevel, z.record(z.string(), z.unknown())])]);
export type RuleSetting = z.infer<typeof RuleSetting>;

export { PRESETS } from './constants.js';

export const Config = z
  .object({
    $schema: z.string().optional(),
    extends: z.union([z.enum(PRESETS), z.array(z.enum(PRESETS))]).optional(),
    rules: z.record(z.string(), RuleSetting).optional(),
    lang: z.enum(['zh', 'en']).optional(),
    /** Treat the document as a draft: owner placeholders are blanks to fill in, errors (the planlint:draft preset). */
    draft: z.boolean().optional(),
    /** Modules of the user's own rules, by path relative to the config file; each exports `rules`. */
    plugins: z.array(z.string()).optional(),
    encoding: z.string().optional(),
    maxWarnings: z.number().int().min(-1).optional(),
    ignorePatterns: z.array(z.string()).optional(),
  })
  .strict();
export type Config = z.infer<typeof Config>;
