import { readFile } from 'node:fs/promises';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import type { z } from 'zod';
import type { Lang } from '../i18n/format.js';
import type { Config, RuleLevel } from '../model/config.js';
import { PRESETS, RULE_LEVELS, RULE_LEVEL_ALIASES, ruleLevelOf } from '../model/constants.js';
import type { AnyRule } from '../rules/define.js';
import { findRule } from '../rules/index.js';
import { ruleOptionsProblem } from '../rules/options.js';
import { pluginRules } from '../rules/plugins.js';
import { USER_RULE_ID, registryWith } from '../rules/user-rules.js';
import { ConfigError } from './config-error.js';

/** Config files, in the order they are looked for in each folder. */
export const CONFIG_FILES = ['planlint.config.json', '.planlintrc.json', 'package.json'] as const;

export { ConfigError };

export interface LoadedConfig {
  config: Config;
  /** null when no config file was found. */
  file: string | null;
  /** The rules of the config's plugins, loaded. */
  plugins: AnyRule[];
}

/** `--config F`, else the first config file found upward from `cwd`. `lang` is for the messages about a bad config. */
export async function loadConfig(cwd: string, explicit?: string, lang: Lang = 'en'): Promise<LoadedConfig> {
  if (explicit) {
    const file = resolve(cwd, explicit);
    const text = await readFile(file, 'utf8').catch(() => {
      throw new ConfigError(file, 'cannot read the config file');
    });
    return (await parseConfig(text, file, false, lang))!;
  }
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    for (const name of CONFIG_FILES) {
      const file = join(dir, name);
      const text = await readFile(file, 'utf8').catch(() => null);
      if (text === null) continue;
      const loaded = await parseConfig(text, file, name === 'package.json', lang);
      if (loaded) return loaded;
    }
    if (dirname(dir) === dir) return { config: {}, file: null, plugins: [] };
  }
}

/**
 * Parse and validate, plugins loaded; a package.json without a "planlint"
 * key is not a config (null). The schema library loads only here, when
 * there is a config to check.
 */
export async function parseConfig(text: string, file: string, inPackageJson: boolean, lang: Lang = 'en'): Promise<LoadedConfig | null> {
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
  const config = parsed.data;
  const plugins = await loadPlugins(config, file);
  const registry = registryWith(plugins, file);
  for (const [id, setting] of Object.entries(config.rules ?? {})) {
    const rule = registry.find((r) => r.id === id);
    if (!rule) throw new ConfigError(file, `rules.${id}: unknown rule (see \`planlint rules\`${USER_RULE_ID.test(id) ? '; a plugin rule needs its plugin in "plugins"' : ''})`);
    const problem = typeof setting === 'string' ? null : ruleOptionsProblem(rule, setting[1], lang);
    if (problem) throw new ConfigError(file, problem);
  }
  return { config, file, plugins };
}

/**
 * A plugin is a module, named by its path relative to the config file, that
 * exports `rules` (or a default export with `rules`): an array of rules.
 * The config keeps the absolute paths, for the export's workers to load.
 */
async function loadPlugins(config: Config, configFile: string): Promise<AnyRule[]> {
  const rules: AnyRule[] = [];
  const paths: string[] = [];
  for (const [k, specifier] of (config.plugins ?? []).entries()) {
    const key = `plugins[${k}]`;
    if (!isAbsolute(specifier) && !specifier.startsWith('./') && !specifier.startsWith('../')) {
      throw new ConfigError(configFile, `${key}: "${specifier}" is no path; name the module relative to this file, e.g. "./my-rules.mjs"`);
    }
    const path = resolve(dirname(configFile), specifier);
    let exported: unknown;
    try {
      exported = await pluginRules(path);
    } catch (error) {
      throw new ConfigError(configFile, `${key}: cannot load ${specifier}: ${(error as Error).message}`);
    }
    if (!Array.isArray(exported)) throw new ConfigError(configFile, `${key}: ${specifier} exports no \`rules\` array`);
    try {
      registryWith([...rules, ...exported], specifier);
    } catch (error) {
      throw new ConfigError(configFile, `${key}: ${(error as Error).message}`);
    }
    rules.push(...(exported as AnyRule[]));
    paths.push(path);
  }
  if (paths.length > 0) config.plugins = paths;
  return rules;
}

function describeIssue(issue: z.core.$ZodIssue, allowedKeys: readonly string[]): string {
  const key = issue.path.map(String).join('.') || '(top level)';
  if (issue.code === 'unrecognized_keys') return `unknown key ${issue.keys.map((k) => `"${k}"`).join(', ')} (allowed: ${allowedKeys.join(', ')})`;
  if (key.startsWith('rules.')) return `${key}: expected one of ${levelNames()}, or [level, {options}]`;
  if (key.startsWith('extends')) return `${key}: expected ${PRESETS.slice(0, -1).join(', ')} or ${PRESETS.at(-1)}`;
  return `${key}: ${issue.message}`;
}

/**
 * `--rule id=level`, repeatable. Throws a message for the usage error. A
 * plugin's rule (namespace/name) is known only once the config is loaded:
 * lintSettings checks it.
 */
export function parseRuleOverrides(values: readonly string[]): Record<string, RuleLevel> {
  const overrides: Record<string, RuleLevel> = Object.create(null);
  for (const value of values) {
    const [id, name] = value.split('=');
    if (!id || !name) throw new Error(`--rule expects id=level, got "${value}"`);
    if (!findRule(id) && !USER_RULE_ID.test(id)) throw new Error(`--rule ${id}: unknown rule (see \`planlint rules\`)`);
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

/**
 * Where a project's config finds the JSON Schema that editors complete it
 * from: planlint as the project installed it (the package ships schema/).
 */
export const CONFIG_SCHEMA_URL = './node_modules/planlint/schema/planlint.config.schema.json';

/** What `planlint init` writes. */
export function starterConfig(): string {
  return `${JSON.stringify({ $schema: CONFIG_SCHEMA_URL, extends: 'planlint:recommended', rules: {}, lang: 'zh' }, null, 2)}\n`;
}
