import { describe, expect, it } from 'vitest';
import { parseConfig, parseRuleOverrides } from '../../src/cli/config.js';

/** Issue 9: rule options a rule does not take are refused; "warn", ESLint's name for the level, is a warning. */

describe('parseConfig', () => {
  it('reads "warn" as "warning", alone and with options', async () => {
    const config = await parseConfig('{ "rules": { "missing-owner": "warn", "vague-owner": ["warn", {}] } }', 'planlint.config.json', false);
    expect(config?.rules).toEqual({ 'missing-owner': 'warning', 'vague-owner': ['warning', {}] });
  });

  it('refuses options the rule does not take, naming them, in the language asked for', async () => {
    const text = '{ "rules": { "missing-owner": ["error", { "ignoreUnits": true, "level": 2 }] } }';
    await expect(parseConfig(text, 'planlint.config.json', false)).rejects.toMatchObject({
      file: 'planlint.config.json',
      message: 'rules.missing-owner: no option "ignoreUnits", "level" (this rule’s options: none)',
    });
    await expect(parseConfig(text, 'planlint.config.json', false, 'zh')).rejects.toThrow('rules.missing-owner：没有选项 "ignoreUnits", "level"（此规则的选项：无）');
  });

  it('still refuses a level that is no level', async () => {
    await expect(parseConfig('{ "rules": { "missing-owner": "warns" } }', 'p.json', false)).rejects.toThrow(
      'rules.missing-owner: expected one of off, info, warning, error (warn = warning), or [level, {options}]',
    );
  });
});

describe('parseRuleOverrides', () => {
  it('reads id=warn as a warning', () => {
    expect({ ...parseRuleOverrides(['missing-owner=warn', 'vague-owner=error']) }).toEqual({ 'missing-owner': 'warning', 'vague-owner': 'error' });
  });
});
