import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { z } from 'zod';
import type { Lang } from '../i18n/format.js';
import type { Config, RuleLevel, RuleSetting } from '../model/config.js';
import { PRESETS, RULE_LEVELS, RULE_LEVEL_ALIASES, ruleLevelOf } from '../model/constants.js';
import { say } from '../report/context.js';
import type { AnyRule } from '../rules/define.js';
import { findRule } from '../rules/index.js';

/** Config files, in the order they are looked for in each folder. */
export const CONFIG_FILES = ['planlint.config.json', '.planlintrc.json', 'package.json'] as const;

export class ConfigError extends Error {
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(message);
    this.name = 'ConfigError';
  }
}

export interface LoadedConfig {
  config: Config;
  /** null when no config file was found. */
  file: string | null;
}

/** `--config F`, else the first config file found upward from `cwd`. `lang` is for the messages about a bad config. */
export async function loadConfig(cwd: string, explicit?: string, lang: Lang = 'en'): Promise<LoadedConfig> {
  if (explicit) {
    const file = resolve(cwd, explicit);
    const text = await readFile(file, 'utf8').catch(() => {
      throw new ConfigError(file, 'cannot read the config file');
    });
    return { config: (await parseConfig(text, file, false, lang))!, file };
  }
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    for (const name of CONFIG_FILES) {
      const file = join(dir, name);
      const text = await readFile(file, 'utf8').catch(() => null);
      if (text === null) continue;
      const config = await parseConfig(text, file, name === 'package.json', lang);
      if (config) return { config, file };
    }
    if (dirname(dir) === dir) return { config: {}, file: null };
  }
}

/**
 * Parse and validate; a package.json without a "planlint" key is not a config
 * (null). The schema library loads only here, when there is a config to check.
 */
export async function parseConfig(text: string, file: string, inPackageJson: boolean, lang: Lang = 'en'): Promise<Config | null> {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new ConfigError(file, `not valid JSON: ${(error as Error).message}`);
  }
  if (inPackageJson) {
    if (typeof raw !== 'object' || raw === null || !Object.hasOwn(raw, 'planlint')) return null;
    raw = (raw as Record<string, unknown>).planlint;
  }
  const { Config } = await import('../model/config.js');
  const parsed = Config.safeParse(raw);
  if (!parsed.success) throw new ConfigError(file, describeIssue(parsed.error.issues[0], Object.keys(Config.shape)));
  for (const [id, setting] of Object.entries(parsed.data.rules ?? {})) {
    const rule = findRule(id);
    if (!rule) throw new ConfigError(file, `rules.${id}: unknown rule (see \`planlint rules\`)`);
    const problem = ruleOptionsProblem(rule, setting, lang);
    if (problem) throw new ConfigError(file, problem);
  }
  return parsed.data;
}

/**
 * `[level, {options}]`: options the rule does not take are refused (a
 * misspelt option would otherwise change nothing, silently), and those it
 * takes are checked against its schema.
 */
function ruleOptionsProblem(rule: AnyRule, setting: RuleSetting, lang: Lang): string | null {
  if (typeof setting === 'string') return null;
  const options = setting[1];
  // A rule without a schema takes no options; an object schema names those it takes.
  const shape = !rule.options ? {} : 'shape' in rule.options ? (rule.options as z.ZodObject).shape : null;
  const allowed = shape ? Object.keys(shape) : [];
  const unknown = shape ? Object.keys(options).filter((key) => !Object.hasOwn(shape, key)) : [];
  if (unknown.length > 0) {
    const list = (keys: string[]) => keys.map((k) => `"${k}"`).join(', ');
    return say({ lang }, 'unknownRuleOptions', { rule: rule.id, options: list(unknown), allowed: allowed.length > 0 ? list(allowed) : say({ lang }, 'none') });
  }
  const parsed = rule.options?.safeParse(options);
  if (parsed && !parsed.success) return say({ lang }, 'badRuleOptions', { rule: rule.id, detail: parsed.error.issues[0].message });
  return null;
}

function describeIssue(issue: z.core.$ZodIssue, allowedKeys: readonly string[]): string {
  const key = issue.path.map(String).join('.') || '(top level)';
  if (issue.code === 'unrecognized_keys') return `unknown key ${issue.keys.map((k) => `"${k}"`).join(', ')} (allowed: ${allowedKeys.join(', ')})`;
  if (key.startsWith('rules.')) return `${key}: expected one of ${levelNames()}, or [level, {options}]`;
  if (key.startsWith('extends')) return `${key}: expected ${PRESETS.join(' or ')}`;
  return `${key}: ${issue.message}`;
}

/** `--rule id=level`, repeatable. Throws a message for the usage error. */
export function parseRuleOverrides(values: readonly string[]): Record<string, RuleLevel> {
  const overrides: Record<string, RuleLevel> = Object.create(null);
  for (const value of values) {
    const [id, name] = value.split('=');
    if (!id || !name) throw new Error(`--rule expects id=level, got "${value}"`);
    if (!findRule(id)) throw new Error(`--rule ${id}: unknown rule (see \`planlint rules\`)`);
    const level = ruleLevelOf(name);
    if (!level) throw new Error(`--rule ${id}=${name}: level must be one of ${levelNames()}`);
    overrides[id] = level;
  }
  return overrides;
}

/** "off, info, warning, error (warn = warning)". */
function levelNames(): string {
  const aliases = Object.entries(RULE_LEVEL_ALIASES).map(([alias, level]) => `${alias} = ${level}`);
  return `${RULE_LEVELS.join(', ')} (${aliases.join(', ')})`;
}

/** What `planlint init` writes. */
export function starterConfig(): string {
  return `${JSON.stringify({ extends: 'planlint:recommended', rules: {}, lang: 'zh' }, null, 2)}\n`;
}
