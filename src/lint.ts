import type { Extracted } from './extract/index.js';
import type { Lang } from './i18n/format.js';
import type { Config, RuleLevel, RuleSetting } from './model/config.js';
import type { Diagnostic } from './model/diagnostic.js';
import { RULE_LEVELS, ruleLevelOf } from './model/constants.js';
import type { AnyRule } from './rules/define.js';
import { lintExtracted, type LintSettings, type RuleSelection } from './rules/engine.js';
import { ruleOptionsProblem } from './rules/options.js';
import { presetLevel } from './rules/presets.js';
import { registryWith } from './rules/user-rules.js';

export interface LintOptions {
  config?: Config;
  /** `--rule id=level` overrides, applied after the config. */
  overrides?: Readonly<Record<string, RuleLevel>>;
  /** The user's own rules (ids `namespace/name`), run beside the built-in ones: a plugin's, as loaded. */
  rules?: readonly AnyRule[];
  lang?: Lang;
  /** ISO date for overdue checks; today when not given. */
  asOf?: string;
  draft?: boolean;
  reportUnusedDisableDirectives?: boolean;
}

/**
 * Rule id → rule, severity and options: each rule's preset level, then the
 * config, then the command line. Throws on a rule id nobody defines and on
 * options a rule does not take.
 */
export function selectRules(options: LintOptions, registry: readonly AnyRule[] = registryWith(options.rules ?? [], 'rules')): Map<string, RuleSelection> {
  const presets = [options.config?.extends ?? [], isDraft(options) ? ['planlint:draft' as const] : []].flat();
  const selected = new Map<string, RuleSelection>();
  for (const rule of registry) selected.set(rule.id, { rule, severity: presetLevel(rule, presets), options: {} });
  const lang = options.lang ?? 'zh';
  const apply = (id: string, setting: RuleSetting) => {
    const rule = registry.find((r) => r.id === id);
    if (!rule) throw new Error(`rules.${id}: unknown rule (see \`planlint rules\`)`);
    const [name, ruleOptions] = typeof setting === 'string' ? [setting, undefined] : setting;
    // A config object from a JavaScript caller has not been through the schema: "warn" is read here too.
    const level = ruleLevelOf(name);
    if (!level) throw new Error(`rules.${id}: no level "${name}" (${RULE_LEVELS.join(', ')})`);
    const problem = ruleOptions && ruleOptionsProblem(rule, ruleOptions, lang);
    if (problem) throw new Error(problem);
    if (level === 'off') selected.delete(id);
    else selected.set(id, { rule, severity: level, options: ruleOptions ?? selected.get(id)?.options ?? {} });
  };
  for (const [id, setting] of Object.entries(options.config?.rules ?? {})) apply(id, setting);
  for (const [id, level] of Object.entries(options.overrides ?? {})) apply(id, level);
  return selected;
}

/** --draft, else the config's `draft`, else a config that extends planlint:draft. */
function isDraft(options: LintOptions): boolean {
  return options.draft ?? options.config?.draft ?? [options.config?.extends ?? []].flat().includes('planlint:draft');
}

export function lintSettings(options: LintOptions): LintSettings {
  const registry = registryWith(options.rules ?? [], 'rules');
  return {
    registry,
    rules: selectRules(options, registry),
    lang: options.lang ?? 'zh',
    asOf: options.asOf ?? new Date().toISOString().slice(0, 10),
    draft: isDraft(options),
    reportUnusedDisableDirectives: options.reportUnusedDisableDirectives ?? false,
  };
}

/** Check a parsed document: its diagnostics, in source order. */
export function lint(parsed: Extracted, options: LintOptions = {}): Diagnostic[] {
  return lintExtracted(parsed, lintSettings(options));
}
