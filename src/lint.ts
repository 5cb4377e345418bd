import type { Extracted } from './extract/index.js';
import type { Lang } from './i18n/format.js';
import type { Config, RuleLevel, RuleSetting } from './model/config.js';
import type { Diagnostic, Severity } from './model/diagnostic.js';
import type { AnyRule } from './rules/define.js';
import { lintExtracted, type LintSettings, type RuleSelection } from './rules/engine.js';
import { RULES } from './rules/index.js';

export interface LintOptions {
  config?: Config;
  /** `--rule id=level` overrides, applied after the config. */
  overrides?: Readonly<Record<string, RuleLevel>>;
  lang?: Lang;
  /** ISO date for overdue checks; today when not given. */
  asOf?: string;
  draft?: boolean;
  reportUnusedDisableDirectives?: boolean;
}

/** The severities `planlint:strict` raises rules to: nothing stays advice. */
const STRICT: Readonly<Record<Severity, Severity>> = { info: 'warning', warning: 'error', error: 'error' };

/** Rule id → severity and options, from defaults, presets, the config and the command line. */
export function selectRules(options: LintOptions, registry: readonly AnyRule[] = RULES): Map<string, RuleSelection> {
  const presets = [options.config?.extends ?? []].flat();
  const strict = presets.includes('planlint:strict');
  const selected = new Map<string, RuleSelection>();
  for (const rule of registry) selected.set(rule.id, { severity: strict ? STRICT[rule.severity] : rule.severity, options: {} });
  const apply = (id: string, setting: RuleSetting) => {
    const [level, ruleOptions] = typeof setting === 'string' ? [setting, undefined] : setting;
    if (level === 'off') {
      selected.delete(id);
      return;
    }
    selected.set(id, { severity: level, options: ruleOptions ?? selected.get(id)?.options ?? {} });
  };
  for (const [id, setting] of Object.entries(options.config?.rules ?? {})) apply(id, setting);
  for (const [id, level] of Object.entries(options.overrides ?? {})) apply(id, level);
  return selected;
}

export function lintSettings(options: LintOptions, registry: readonly AnyRule[] = RULES): LintSettings {
  return {
    rules: selectRules(options, registry),
    lang: options.lang ?? 'zh',
    asOf: options.asOf ?? new Date().toISOString().slice(0, 10),
    draft: options.draft ?? options.config?.draft ?? false,
    reportUnusedDisableDirectives: options.reportUnusedDisableDirectives ?? false,
  };
}

/** Check a parsed document: its diagnostics, in source order. */
export function lint(parsed: Extracted, options: LintOptions = {}): Diagnostic[] {
  return lintExtracted(parsed, RULES, lintSettings(options));
}
