import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { z } from 'zod';
import type { Config, RuleLevel } from '../model/config.js';
import { PRESETS, RULE_LEVELS } from '../model/constants.js';
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

/** `--config F`, else the first config file found upward from `cwd`. */
export async function loadConfig(cwd: string, explicit?: string): Promise<LoadedConfig> {
  if (explicit) {
    const file = resolve(cwd, explicit);
    const text = await readFile(file, 'utf8').catch(() => {
      throw new ConfigError(file, 'cannot read the config file');
    });
    return { config: (await parseConfig(text, file, false))!, file };
  }
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    for (const name of CONFIG_FILES) {
      const file = join(dir, name);
      const text = await readFile(file, 'utf8').catch(() => null);
      if (text === null) continue;
      const config = await parseConfig(text, file, name === 'package.json');
      if (config) return { config, file };
    }
    if (dirname(dir) === dir) return { config: {}, file: null };
  }
}

/**
 * Parse and validate; a package.json without a "planlint" key is not a config
 * (null). The schema library loads only here, when there is a config to check.
 */
export async function parseConfig(text: string, file: string, inPackageJson: boolean): Promise<Config | null> {
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
  for (const id of Object.keys(parsed.data.rules ?? {})) {
    if (!findRule(id)) throw new ConfigError(file, `rules.${id}: unknown rule (see \`planlint rules\`)`);
  }
  return parsed.data;
}

function describeIssue(issue: z.core.$ZodIssue, allowedKeys: readonly string[]): string {
  const key = issue.path.map(String).join('.') || '(top level)';
  if (issue.code === 'unrecognized_keys') return `unknown key ${issue.keys.map((k) => `"${k}"`).join(', ')} (allowed: ${allowedKeys.join(', ')})`;
  if (key.startsWith('rules.')) return `${key}: expected one of ${RULE_LEVELS.join(', ')}, or [level, {options}]`;
  if (key.startsWith('extends')) return `${key}: expected ${PRESETS.join(' or ')}`;
  return `${key}: ${issue.message}`;
}

/** `--rule id=level`, repeatable. Throws a message for the usage error. */
export function parseRuleOverrides(values: readonly string[]): Record<string, RuleLevel> {
  const overrides: Record<string, RuleLevel> = Object.create(null);
  const levels: readonly string[] = RULE_LEVELS;
  for (const value of values) {
    const [id, level] = value.split('=');
    if (!id || !level) throw new Error(`--rule expects id=level, got "${value}"`);
    if (!findRule(id)) throw new Error(`--rule ${id}: unknown rule (see \`planlint rules\`)`);
    if (!levels.includes(level)) throw new Error(`--rule ${id}=${level}: level must be one of ${RULE_LEVELS.join(', ')}`);
    overrides[id] = level as RuleLevel;
  }
  return overrides;
}

/** What `planlint init` writes. */
export function starterConfig(): string {
  return `${JSON.stringify({ extends: 'planlint:recommended', rules: {}, lang: 'zh' }, null, 2)}\n`;
}
